#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jiujin {

class Database;

/** A query that found nothing, over a period. */
struct SearchMiss
{
    QString query;
    int count = 0; ///< times it was searched
    int days = 0;  ///< days it was searched on
    QDate last;    ///< the last of them
};

/**
 * Owns search_misses: per local day, how often each query that found nothing was searched. The
 * caller decides what may be kept (CatalogueService::recordMiss); this keeps at most
 * maxQueriesPerDay distinct queries a day and forgets days older than keepDays.
 */
class SearchMissStore
{
public:
    static constexpr int maxQueriesPerDay = 500;
    static constexpr int keepDays = 90;

    explicit SearchMissStore(Database &db) : m_db(db) {}

    /** Counts @p query once more on @p day; a new query beyond the day's limit is dropped. */
    Result<void> record(const QString &query, QDate day);
    /** The queries missed on @p since or later, most searched first. */
    QList<SearchMiss> since(QDate since);

private:
    Database &m_db;
};

} // namespace jiujin
