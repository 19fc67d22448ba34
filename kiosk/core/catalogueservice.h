#pragma once

#include "cataloguestore.h"
#include "queryanalyzer.h"
#include "result.h"
#include "searchindex.h"
#include "searchmissstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <functional>
#include <optional>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace jiujin {

/** One search result: the item and how well it matched (tier 3 name, 2 keyword, 1 guide text). */
struct SearchResult
{
    ItemSummary item;
    int tier = 0;
};

/** What a search returns: ranked results, and other queries to try when there are none. */
struct SearchOutcome
{
    QList<SearchResult> results;
    QStringList suggestions;
    QStringList understood; ///< the meaningful words search found something for, as it read them
    /** What search looked for, as the catalogue says it: each of understood, or the synonym of
     * it that the first result matches best (残疾证丢了怎么办: 残疾人证 挂失); no duplicates. */
    QStringList lookedFor;
};

/** Catalogue work for the kiosk and jiujinctl: import a bundle, search items by
 * 汉字/pinyin/initials. */
class CatalogueService
{
public:
    using Clock = std::function<QDateTime()>;
    explicit CatalogueService(CatalogueStore &store, Clock clock = &QDateTime::currentDateTimeUtc)
        : m_store(store), m_clock(std::move(clock)), m_generation(store.generation())
    {
    }

    /** The kiosk's clock (UTC), as injected. */
    QDateTime now() const { return m_clock(); }

    /** Validates the bundle and replaces the catalogue in one transaction; keeps the old one on
     * error. */
    Result<CatalogueInfo> importBundle(const QByteArray &json);
    Result<CatalogueInfo> importFile(const QString &path);

    /**
     * Finds items for @p query, typed as 汉字, full pinyin, initials, English or a mix, as
     * keywords or as a question (残疾证丢了怎么办, shebaoka diule). Items whose name or keywords
     * hold every term as typed come first, in today's keyword order (name > keyword > text);
     * then items by how many of the query's meaningful words (QueryAnalyzer, with their
     * synonyms) they match, and in which field; then items handled at @p point, then shorter
     * names. Results are empty only when no meaningful word matches anything. Any input is safe
     * (it is never FTS syntax).
     */
    SearchOutcome search(const QString &query, const QString &point, int limit = 50);

    /** The query as typed, for the keyword match: QueryAnalyzer::fold(), only letters, digits
     * and 汉字, terms split. */
    static QStringList terms(const QString &query);

    /** @name Reading the catalogue, for the screens (controllers never see the store) */
    ///@{
    std::optional<CatalogueInfo> info() { return m_store.info(); }
    QList<DepartmentRow> departments() { return m_store.departments(); }
    /** The department @p code; none for an unknown one. */
    std::optional<DepartmentRow> department(const QString &code);
    /** Items of a department (all when empty); those handled at @p point first. */
    QList<ItemSummary> items(const QString &department, const QString &point)
    {
        return m_store.items(department, point);
    }
    /** The item's guide as the bundle has it (form, materials, ...); none for an unknown code. */
    std::optional<QJsonObject> item(const QString &code);
    /** The item's name in Chinese or English; empty for an unknown code. */
    QString itemName(const QString &code, bool english) { return m_store.itemName(code, english); }
    /** Every item's name in Chinese or English, by code. */
    QHash<QString, QString> itemNames(bool english);
    /** Code -> the item's traditional Mongolian name (`name.mn` in the bundle), for the items
     *  that have one. */
    QHash<QString, QString> mongolianItemNames();
    /** The item's traditional Mongolian name (`name.mn`), as written; empty when it has none or
     *  the code is unknown (the paper then shows the Chinese name). */
    QString mongolianItemName(const QString &code);
    std::optional<PointRow> point(const QString &code) { return m_store.point(code); }
    /** Points that handle the item, nearest level first (village, township, banner). */
    QList<PointRow> pointsHandling(const QString &itemCode)
    {
        return m_store.pointsHandling(itemCode);
    }
    /** The service point this kiosk stands at (kiosksetting::point); empty before enrollment. */
    QString thisPointCode();
    /** thisPointCode()'s row; none when not set or not in the catalogue. */
    std::optional<PointRow> thisPoint() { return m_store.point(thisPointCode()); }
    ///@}

    /**
     * Drops what search keeps in memory when the catalogue changed since it was read (jiujin-syncd
     * applies central's changes from another process); true when it had. Callers choose the
     * moment, so that nothing changes under a citizen mid-visit.
     */
    bool refreshIfChanged();

    /** Where recordMiss() counts queries that found nothing; none (the default): not kept. */
    void setMissLog(SearchMissStore *log) { m_misses = log; }
    /**
     * Counts @p query, which found nothing, for today (UTC+8) in the miss log, folded as search
     * reads it. Never kept: a query with an ID- or phone-like number (redact() masks it, or 6
     * digits in a row: a number typed so far). False when not kept.
     */
    bool recordMiss(const QString &query);

    /** Forgets the lookups of words citizens typed (the benchmark's cold searches); the
     * synonym table's terms stay looked up. */
    void dropRecentTerms();

private:
    /** Per item row id: a term's score (0: no match); empty when nothing matched. */
    using Scores = std::vector<int>;
    /** A term's matches as (row id, score), by row id; empty when nothing matched. */
    using Hits = std::vector<std::pair<qint32, int>>;
    const Hits &termHits(const QString &term, bool slipInKeywords);
    Hits lookUp(const QString &term, bool slipInKeywords);
    void warmTerms();
    QList<SearchResult> rank(const QStringList &terms, const UnderstoodQuery &query,
                             const QString &point, int limit, SearchOutcome &outcome);
    /** @p slipInKeywords: when the 汉字 find nothing, try their pinyin on keywords too. */
    Scores matchTerm(const QString &term, bool slipInKeywords = false);
    /** Per item: the best score of any of the concept's alternatives (a synonym scores below
     * the word itself), or of a slip; empty when nothing matched. */
    Scores matchConcept(const QueryConcept &c,
                        const std::function<const Scores &(const QString &)> &lookup);
    void loadRanking();
    const QueryAnalyzer &analyzer();
    void dropCaches();

    CatalogueStore &m_store;
    Clock m_clock;
    SearchMissStore *m_misses = nullptr;
    std::optional<QStringList>
        m_fallback;                 ///< common words that find something, until the next import
    std::vector<int> m_nameLengths; ///< by row id (shorter names rank first), until the next import
    std::optional<SearchIndex> m_index; ///< names, keywords, summaries; with m_nameLengths
    QHash<QString, std::vector<char>>
        m_handledCache; ///< by row id: handled at the point, until the next import
    std::optional<QueryAnalyzer>
        m_analyzer; ///< the synonym table and the catalogue's keywords, until the next import
    QHash<QString, Hits> m_warmTerms;   ///< the synonym table's words, until the next import
    QHash<QString, Hits> m_recentTerms; ///< other words looked up, until the next import (bounded)
    qint64 m_generation =
        0; ///< CatalogueStore::generation() the caches (and callers' models) belong to
};

} // namespace jiujin
