#pragma once

#include <QString>

namespace jiujin {

/**
 * Rewrites screen text so that every number is read as a person would say it, in Chinese
 * characters, before it is turned into pinyin for the synthesizer (voice guidance): dates
 * (2026年12月8日 → 二零二六年十二月八日), times (09:30 → 九点三十分), money (¥12.50, 12.50元 →
 * 十二元五角), percentages (85% → 百分之八十五), counts (326次 → 三百二十六次), and receipt, ticket
 * and tail numbers digit by digit in their groups, where 1 is 幺 (yao1) as on a telephone so that
 * it cannot be heard as 七.
 */
class SpeechNormalizer
{
public:
    static QString normalize(const QString &text);

    /** 0 → 零, 326 → 三百二十六, 10 → 十, 100000 → 十万; up to 9999'9999'9999. */
    static QString cardinal(qint64 n);
    /** "150" → 幺五零 (each digit on its own). */
    static QString digits(QStringView digits);
};

} // namespace jiujin
