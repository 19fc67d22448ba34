#pragma once

#include <QString>
#include <QStringList>

namespace jiujin {

/**
 * The words the pinyin input never offers (pinyin-data/blocklist.txt): insults, profanity and
 * slurs, alone or inside a candidate, above all a sentence assembled from innocent words
 * (`bylsm` gave 不要脸苏木). Applied to every candidate, so no table, phrase or segmentation can
 * bring one back.
 */
class CandidateFilter
{
public:
    /** The list built into the library; empty only if the resource is missing (logged). */
    static const CandidateFilter &builtin();
    /** A filter of the words in @p list (the blocklist's format: one a line, # comments). */
    static CandidateFilter parse(const QByteArray &list);

    /** True when @p text contains a blocked word. */
    bool blocks(QStringView text) const;
    const QStringList &words() const { return m_words; }

private:
    QStringList m_words;
};

} // namespace jiujin
