#pragma once

#include <QString>
#include <QStringList>

namespace jiujin {

/**
 * Latin pinyin of Chinese text for search: full syllables and initials, without tones.
 * ICU's Han-Latin reads one character at a time and gets polyphones wrong in context (长期 as
 * "zhang qi"), so known phrases are read as a whole and common polyphones also get their other
 * reading, which the index stores beside the first.
 */
class Pinyin
{
public:
    struct Reading
    {
        QString full;     ///< e.g. "yanglaobaoxian"; Latin letters and digits kept as they are
        QString initials; ///< e.g. "ylbx"
        QString altFull; ///< with the other reading of polyphones; equal to full when there is none
        QString altInitials;
    };

    static Reading read(const QString &text);
    /** The syllable of one Han character, e.g. U+517B 养 -> "yang"; empty if not Han. */
    static QString syllable(char32_t han);
    static bool isHan(char32_t c);
};

} // namespace jiujin
