#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

/** How the kiosk's screens write dates and times for people: on the service point's wall clock
 *  (China Standard Time, chinatime.h), in the session's language. */
namespace jiujin::localtext {

/** The locale of the session's language: zh_CN, or British English. */
QLocale locale(bool english);
/** A slot's time of day: "10:00–10:30". */
QString timeRange(const QDateTime &start, const QDateTime &end);
/** A slot in full: "2026年12月8日 周二 10:00–10:30" / "Tue 8 December 2026 10:00–10:30". */
QString slotInWords(const QDateTime &start, const QDateTime &end, bool english);

} // namespace jiujin::localtext
