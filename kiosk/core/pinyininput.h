#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <string>
#include <vector>

namespace jiujin {

/**
 * Pinyin input without a system input method: Latin letters typed on the kiosk's keyboard to
 * candidate 汉字 and phrases, from a table generated at build time out of rime-data-luna-pinyin.
 */
class PinyinInput
{
public:
    struct Candidate
    {
        QString text;     ///< one character or a phrase
        int consumed = 0; ///< how many of the typed letters (from the front) it stands for
        bool operator==(const Candidate &) const = default;
    };

    /** An empty table: every lookup finds nothing. */
    PinyinInput() = default;

    /**
     * The table built into the library (a Qt resource), parsed on first use; thread-safe.
     * Empty (and a warning logged) if the resource is missing or damaged.
     */
    static const PinyinInput &builtin();
    /** Parses a table in jiujin-mkpinyintable's format; Error::Corrupt if it is not one. */
    static Result<PinyinInput> parse(const QByteArray &table);

    /**
     * Candidates for @p letters, best first, at most @p limit (none if limit <= 0).
     * Letters are a-z ('v' for ü, "lue"/"nue" also accepted) and ' to separate syllables;
     * anything else gives no candidates. Several syllables typed together match phrases
     * ("neimeng" -> 内蒙, 内蒙古); a candidate that uses only the front letters says how many in
     * `consumed`, and the rest stays for the next choice. A lone syllable prefix ("wan") also
     * offers characters of the longer syllables ("wang"); letters that start no syllable at all
     * ("xqz") get the candidates of the longest front part that does ("x").
     */
    QList<Candidate> candidates(const QString &letters, int limit) const;

    /** Number of syllables in the table (about 400 when the table is complete). */
    int syllableCount() const { return int(m_syllables.size()); }
    /** Number of phrases in the table. */
    int phraseCount() const { return int(m_phrases.size()); }

private:
    struct Syllable
    {
        std::string name;             ///< e.g. "wang"; "v" for ü
        std::u32string chars;         ///< commonest first
        std::vector<quint32> weights; ///< one per char; 0 for rare characters
    };
    struct Phrase
    {
        std::string key;     ///< syllables joined by ', e.g. "nei'meng'gu"
        std::u16string text; ///< UTF-16
        quint32 weight = 0;
        int syllables = 0;
    };
    struct Piece;

    const Syllable *syllable(const std::string &name) const;
    bool isPrefix(const std::string &letters) const;
    void segment(const std::string &s, std::size_t pos, const std::vector<bool> &splittable,
                 std::vector<Piece> &pieces, std::vector<std::vector<Piece>> &out) const;

    std::vector<Syllable> m_syllables; ///< sorted by name
    std::vector<Phrase> m_phrases;     ///< sorted by key, then weight (highest first)
};

} // namespace jiujin
