#pragma once

#include "publishedcatalogue.h"

namespace jiujin::gateway {

class PgDatabase;

/** PublishedCatalogue in central's PostgreSQL database (tables published_entries and
 *  published_catalogue, migration 001). */
class PgPublishedCatalogue final : public PublishedCatalogue
{
public:
    explicit PgPublishedCatalogue(PgDatabase &db) : m_db(db) {}

    Result<std::optional<PublishedHeader>> header() override;
    Result<QList<PublishedEntry>> live(CatalogueKind kind) override;
    Result<std::optional<PublishedEntry>> liveEntry(CatalogueKind kind,
                                                    const QString &code) override;
    Result<QList<PublishedEntry>> snapshot() override;
    Result<QList<PublishedEntry>> changedAfter(qint64 seq) override;
    Result<void> put(const PublishedEntry &entry) override;
    Result<void> move(CatalogueKind kind, const QString &code, int position) override;
    Result<void> setHeader(const PublishedHeader &header) override;

private:
    PgDatabase &m_db;
};

} // namespace jiujin::gateway
