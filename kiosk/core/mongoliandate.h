#pragma once

#include <QDate>
#include <QString>

namespace jiujin {

/**
 * Dates in traditional Mongolian, the same on the screens and on paper: "2026 ᠣᠨ ᠤ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 7"
 * (2026 on-u 12 sar_a-yin 7), digits as the kiosk has them, U+202F before the suffixes ᠤ and ᠶᠢᠨ,
 * U+180E in ᠰᠠᠷ᠎ᠠ. The words come from paper-data/paper-mn.tsv, NEEDS REVIEW by the banner's
 * Mongolian language office like every Mongolian text of the kiosk (qml/i18n/GLOSSARY-mn.md).
 */
class MongolianDate
{
public:
    /** "2026 ᠣᠨ ᠤ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 7"; "" for an invalid date. */
    static QString date(const QDate &d);
    /** "12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 7" (12 sar_a-yin 7): the month and day without the year; "" if invalid. */
    static QString monthDay(const QDate &d);
    /** The day of the week: "ᠭᠠᠷᠠᠭ ᠤᠨ ᠨᠢᠭᠡᠨ" (γaraγ-un nigen, Monday) ... "ᠭᠠᠷᠠᠭ ᠤᠨ ᠡᠳᠦᠷ"
     *  (Sunday); "" for an invalid date. */
    static QString weekday(const QDate &d);
    /** "2026 ᠣᠨ ᠤ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 8 ᠭᠠᠷᠠᠭ ᠤᠨ ᠬᠣᠶᠠᠷ": the date, then its weekday. */
    static QString dateWithWeekday(const QDate &d);
};

} // namespace jiujin
