#pragma once

#include <QString>

namespace jiujin::gateway {

/** Where `serve` finds the web console's built files: @p given (--console), else
 *  $JIUJIN_CONSOLE_DIR, else the package's /usr/share/jiujin-gateway/console when it holds an
 *  index.html; "" when there is none (central then serves no console and says so). */
QString consoleFolder(const QString &given);

} // namespace jiujin::gateway
