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
 * candidate 汉字, phrases and whole sentences, from a table generated at build time out of
 * rime-data-luna-pinyin plus Naiman's own place names. Stateless: nothing typed is remembered.
 */
class PinyinInput
{
public:
    struct Candidate
    {
        QString text;          ///< one character, a phrase, or a sentence of several words
        int consumed = 0;      ///< how many characters of the input (from the front) it stands for
        bool sentence = false; ///< assembled from several words (PinyinInput's segmentation)
        bool operator==(const Candidate &) const = default;
    };

    /**
     * Pairs of spellings that are taken for one another (fuzzy pinyin), as flags. A fuzzy reading
     * weighs FuzzyFactor of the exact one, so it comes after the exact reading unless that is rare
     * or finds nothing.
     */
    enum Fuzzy : unsigned {
        NoFuzzy = 0,
        ZZh = 1,     ///< z = zh (initials)
        CCh = 2,     ///< c = ch
        SSh = 4,     ///< s = sh
        NL = 8,      ///< n = l
        AnAng = 16,  ///< -an = -ang (finals, also -ian/-iang, -uan/-uang)
        EnEng = 32,  ///< -en = -eng
        InIng = 64,  ///< -in = -ing
        OnOng = 128, ///< -on typed for -ong (zhon, xion); -ong for -eng after b, p, m, f (pong)
        FullFinals = 256, ///< iou, uei, uen typed for iu, ui, un (liou, shuei, chuen)
        /** All of them: see docs/DESIGN.md ("Chinese input") for why. */
        DefaultFuzzy = ZZh | CCh | SSh | NL | AnAng | EnEng | InIng | OnOng | FullFinals,
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
     * Candidates for @p input, best first, at most @p limit (none if limit <= 0).
     *
     * Letters a-z count ('v' for ü, "lue"/"nue" also accepted); ' and spaces separate syllables;
     * anything else is ignored. Only the first MaxLetters letters are read, the rest waits for
     * the next choice. A syllable may be typed in full, as its initial (`nmg` -> 内蒙古, with
     * zh/ch/sh as one initial), or mixed (`naim`, `nman`); the last one may be any front part of
     * a syllable (`neimengg`). Several words typed in one go give a whole-sentence candidate
     * first (the likeliest segmentation over the phrase table, by word frequency), then the
     * words that start the input, longest first; a candidate that stands for only the front of
     * the input says how much in `consumed`, and the rest stays for the next choice.
     */
    QList<Candidate> candidates(const QString &input, int limit,
                                unsigned fuzzy = DefaultFuzzy) const;

    /** Letters read from one input; the rest waits its turn. */
    static constexpr int MaxLetters = 48;

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
        std::u16string text; ///< UTF-16
        quint32 weight = 0;
        std::vector<quint16> ids; ///< syllable indexes into m_syllables
        std::string initials;     ///< first letter of each syllable, l written as n
    };
    struct Piece;
    struct Lattice;
    struct Word;

    int syllableId(std::string_view name) const;
    std::pair<int, int> syllablesStartingWith(std::string_view prefix) const;
    Lattice lattice(const std::string &letters, const std::vector<bool> &breakBefore,
                    unsigned fuzzy) const;
    void words(const Lattice &lattice, int start, bool withCompletions,
               std::vector<Word> &out) const;
    double logWeight(double weight) const;

    std::vector<Syllable> m_syllables; ///< sorted by name
    std::vector<Phrase> m_phrases;
    std::vector<quint32> m_byInitials; ///< phrase indexes, sorted by initials, then weight
    int m_maxPhraseSyllables = 0;
    double m_logTotal = 0; ///< log of the sum of all weights
};

} // namespace jiujin
