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
/** The same in the session's language (zh, en or mn); Mongolian: "2026 ᠣᠨ ᠤ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 8
 *  ᠭᠠᠷᠠᠭ ᠤᠨ ᠬᠣᠶᠠᠷ 10:00–10:30" (MongolianDate, NEEDS REVIEW). */
QString slotInWords(const QDateTime &start, const QDateTime &end, const QString &language);
/** A day in the session's language: "2026年12月7日", "7 December 2026" or, in Mongolian,
 *  "2026 ᠣᠨ ᠤ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 7" (MongolianDate); "" for an invalid date. */
QString dateInWords(const QDate &d, const QString &language);
/** A moment on the wall clock (a submission): "2026-12-07 14:30"; in Mongolian the day in words,
 *  then the time ("2026 ᠣᠨ ᠤ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 7 14:30"), the digits a Mongolian reader reads. */
QString momentInWords(const QDateTime &t, const QString &language);

} // namespace jiujin::localtext
