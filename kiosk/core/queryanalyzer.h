#pragma once

#include "synonymtable.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace jiujin {

/** One meaningful word of a query and what it may be found as. */
struct QueryConcept
{
    QString word; ///< as understood: folded; pinyin read as 汉字 when it is a known word
    QStringList alternatives; ///< what to look for: the word first, then the catalogue terms it
                              ///< stands for (synonym table)
    bool weak = false;        ///< orders results only: generic words and lone characters
    QStringList pieces; ///< a run of unknown 汉字 (non-empty only then): its ICU words, to fall
                        ///< back on when the run as a whole finds nothing
};

/** A query as search reads it. */
struct UnderstoodQuery
{
    QString folded;               ///< fold() of the query
    QList<QueryConcept> concepts; ///< in query order, at most QueryAnalyzer::maxConcepts
    QStringList dropped;          ///< stop words taken out
};

/**
 * Query understanding for catalogue search: folds what was typed (full-width, case, traditional
 * characters, spaces between 汉字), cuts Chinese into words (the synonym table's and the
 * catalogue's words first, ICU's dictionary word break for the rest), cuts pinyin sentences the
 * same way, drops question forms and function words, and attaches the catalogue terms each
 * everyday word stands for.
 */
class QueryAnalyzer
{
public:
    static constexpr int maxConcepts = 8;
    static constexpr int maxAlternatives = 8;

    /** @p vocabulary: more words to cut at (the catalogue's keywords). @p table must outlive this.
     */
    explicit QueryAnalyzer(const SynonymTable &table, const QStringList &vocabulary = {});

    UnderstoodQuery analyze(const QString &query) const;

    /**
     * NFKC (full-width to half-width), lower case, traditional to simplified 汉字 (ICU), and no
     * white space between two 汉字 (养 老 -> 养老). Other characters are kept.
     */
    static QString fold(const QString &text);

private:
    struct Segment
    {
        QString text;
        bool known = false; ///< a word of the table or the vocabulary
    };
    QList<Segment> cutHan(const QString &run) const;
    /** @p word in 汉字 when it is the pinyin of known words (possibly several run together). */
    QStringList readPinyin(const QString &word) const;
    void addSegments(const QList<Segment> &segments, UnderstoodQuery &out) const;
    QueryConcept conceptOf(const QString &word) const;

    const SynonymTable &m_table;
    QSet<QString> m_dictionary;       ///< words to cut at
    int m_longest = 1;                ///< longest word of m_dictionary, in characters
    QHash<QString, QString> m_pinyin; ///< full pinyin of a dictionary word -> the word
    int m_longestPinyin = 1;
};

} // namespace jiujin
