#pragma once

#include "cataloguestore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace jiujin {

/**
 * The catalogue's short search columns in memory (names and keywords with their pinyin and
 * initials) and every item's summary, by row id: search finds a word in them as FTS5's trigram
 * phrase match on those columns would (a case-folded substring of one column), without a query
 * per word and field; and the 1-2 character grams. The guide text stays in FTS5 (it is long).
 * Built when the catalogue is first searched, dropped when it changes.
 */
class SearchIndex
{
public:
    /** @p grams: CatalogueStore::grams(), kept. */
    SearchIndex(const QList<SearchFields> &rows, QHash<QString, QList<SearchHit>> grams);

    /**
     * Appends to @p hits the items whose name columns (tier 3), and unless @p namesOnly keyword
     * columns (tier 2), hold @p text (3+ UTF-16 units, lower case): an item once per tier.
     */
    void match(const QString &text, bool namesOnly, QList<SearchHit> &hits) const;

    /** CatalogueStore::matchGram() of @p gram (1-2 characters), from memory. */
    const QList<SearchHit> &matchGram(const QString &gram) const;

    /** The item of row id @p id, or nullptr; handledHere is not set. */
    const ItemSummary *item(qint64 id) const;

private:
    /** One field (name or keyword) of every item: their columns folded, each column followed by
     * U+001F, all in one text; where each trigram occurs in it. A word is then checked only
     * where its rarest trigram occurs. */
    struct Field
    {
        QString text;
        std::vector<quint32> starts; ///< where each item's columns start in text, ascending
        std::vector<qint32> ids;     ///< the row id of the item starting at starts[i]
        QHash<quint64, std::vector<quint32>> postings; ///< trigram -> its offsets, ascending
    };
    static void add(Field &field, qint32 id, const QStringList &columns);
    static void index(Field &field);
    static void find(const Field &field, const QString &word, int tier, QList<SearchHit> &hits);

    Field m_names, m_keywords;
    std::vector<ItemSummary> m_items; ///< by row id; id 0: no item
    QHash<QString, QList<SearchHit>> m_grams;
};

} // namespace jiujin
