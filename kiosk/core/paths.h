#pragma once

#include <QString>

namespace jiujin {

/** $JIUJIN_DB if set, else the kiosk state directory's jiujin.db (/var/lib/jiujin or ./var for a checkout). */
QString defaultDatabasePath();

} // namespace jiujin
