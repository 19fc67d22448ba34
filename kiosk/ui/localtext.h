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

/** Which words of a date mongolianDate() gives: "6月12日", "周五", "2026年6月12日 周五". */
enum class DatePart { MonthDay, Weekday, DateWithWeekday };
/**
 * A date in Mongolian mode's words on the booking screens (the day strip, the chosen slot, the
 * ticket). For now the Chinese ones, which stand upright in the columns as on the ticket
 * (docs/DESIGN.md §9e); this is the one place that switches to a Mongolian date format.
 */
QString mongolianDate(const QDate &d, DatePart part);

} // namespace jiujin::localtext
