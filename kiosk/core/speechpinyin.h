#pragma once

#include <QString>
#include <QStringList>

namespace jiujin {

/**
 * Tone-numbered pinyin for espeak-ng's cmn-latn-pinyin voice, from text SpeechNormalizer has
 * made all Chinese: "请到银行办理。" → "qing3 dao4 yin2 hang2 ban4 li3." Phrases of the table
 * pinyin-data/speech-phrases.tsv are read as a whole (polyphones: 银行 yin2 hang2, 长大 zhang3
 * da4), every other character as ICU's Han-Latin reads it (tone marks turned into numbers, ü as
 * v); then tone sandhi within each stretch between pauses (一 and 不, third tone before third
 * tone); punctuation becomes "," (a short pause) or "." (a long one). Search's Pinyin is left as
 * it is: this class reads for the ear, not for matching.
 */
class SpeechPinyin
{
public:
    static QString read(const QString &normalizedText);

    /** Syllables with citation tones, before sandhi (for tests and the golden table). */
    static QStringList syllables(const QString &normalizedText);

    /** "hǎo" → "hao3", "lǜ" → "lv4", "de" → "de5". */
    static QString numbered(const QString &toneMarked);
};

} // namespace jiujin
