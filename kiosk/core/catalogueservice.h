#pragma once

#include "cataloguestore.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
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

    /** Validates the bundle and replaces the catalogue in one transaction; keeps the old one on
     * error. */
    Result<CatalogueInfo> importBundle(const QByteArray &json);
    Result<CatalogueInfo> importFile(const QString &path);

    /**
     * Finds items whose name, keywords or guide text contain every term of @p query, typed as
     * 汉字, full pinyin, initials, English or a mix. Any input is safe (it is never FTS syntax).
     * Ranked name > keyword > text, then items handled at @p point, then shorter names.
     */
    SearchOutcome search(const QString &query, const QString &point, int limit = 50);

    /** The query as search reads it: NFKC, lower case, only letters, digits and 汉字, terms split.
     */
    static QStringList terms(const QString &query);

    CatalogueStore &store() { return m_store; }

    /**
     * Drops what search keeps in memory when the catalogue changed since it was read (jiujin-syncd
     * applies central's changes from another process); true when it had. Callers choose the
     * moment, so that nothing changes under a citizen mid-visit.
     */
    bool refreshIfChanged();

private:
    /** Per item row id: a term's score (0: no match); empty when nothing matched. */
    using Scores = std::vector<int>;
    QList<SearchResult> rank(const QStringList &terms, const QString &point, int limit);
    Scores matchTerm(const QString &term);
    void loadRanking();
    void dropCaches();

    CatalogueStore &m_store;
    Clock m_clock;
    std::optional<QStringList>
        m_fallback;                 ///< common words that find something, until the next import
    std::vector<int> m_nameLengths; ///< by row id (shorter names rank first), until the next import
    QHash<QString, std::vector<char>>
        m_handledCache; ///< by row id: handled at the point, until the next import
    qint64 m_generation =
        0; ///< CatalogueStore::generation() the caches (and callers' models) belong to
};

} // namespace jiujin
