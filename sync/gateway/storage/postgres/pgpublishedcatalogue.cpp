#include "pgpublishedcatalogue.h"

#include "cataloguerows.h"
#include "pgdatabase.h"

namespace jiujin::gateway {

using cataloguerows::entryOf;
using cataloguerows::kindName;

// The columns cataloguerows::entryOf() reads.
#define JJ_ENTRY_COLUMNS "kind, code, seq, position, body"

Result<std::optional<PublishedHeader>> PgPublishedCatalogue::header()
{
    PgStatement s = m_db.prepare(
        "SELECT seq, version, sample, published_at FROM published_catalogue WHERE id = 1");
    return rows::first(s, cataloguerows::headerOf<PgStatement>);
}

Result<QList<PublishedEntry>> PgPublishedCatalogue::live(CatalogueKind kind)
{
    PgStatement s = m_db.prepare("SELECT " JJ_ENTRY_COLUMNS " FROM published_entries"
                                 " WHERE kind = ? AND body IS NOT NULL");
    s.bind(1, kindName(kind));
    return rows::all(s, entryOf<PgStatement>);
}

Result<std::optional<PublishedEntry>> PgPublishedCatalogue::liveEntry(CatalogueKind kind,
                                                                      const QString &code)
{
    PgStatement s = m_db.prepare("SELECT " JJ_ENTRY_COLUMNS " FROM published_entries"
                                 " WHERE kind = ? AND code = ? AND body IS NOT NULL");
    s.bind(1, kindName(kind)).bind(2, code);
    return rows::first(s, entryOf<PgStatement>);
}

Result<QList<PublishedEntry>> PgPublishedCatalogue::snapshot()
{
    PgStatement s = m_db.prepare("SELECT " JJ_ENTRY_COLUMNS " FROM published_entries"
                                 " WHERE body IS NOT NULL ORDER BY kind, position, code");
    return rows::all(s, entryOf<PgStatement>);
}

Result<QList<PublishedEntry>> PgPublishedCatalogue::changedAfter(qint64 seq)
{
    PgStatement s = m_db.prepare("SELECT " JJ_ENTRY_COLUMNS " FROM published_entries"
                                 " WHERE seq > ? ORDER BY kind, position, code");
    s.bind(1, seq);
    return rows::all(s, entryOf<PgStatement>);
}

Result<void> PgPublishedCatalogue::put(const PublishedEntry &entry)
{
    PgStatement s =
        m_db.prepare("INSERT INTO published_entries(" JJ_ENTRY_COLUMNS ") VALUES (?, ?, ?, ?, ?)"
                     " ON CONFLICT(kind, code) DO UPDATE SET seq = excluded.seq,"
                     " position = excluded.position, body = excluded.body");
    s.bind(1, kindName(entry.kind))
        .bind(2, entry.code)
        .bind(3, entry.seq)
        .bind(4, qint64(entry.position));
    if (entry.body)
        s.bind(5, QString::fromUtf8(*entry.body));
    else
        s.bindNull(5);
    return s.run();
}

Result<void> PgPublishedCatalogue::move(CatalogueKind kind, const QString &code, int position)
{
    PgStatement s =
        m_db.prepare("UPDATE published_entries SET position = ? WHERE kind = ? AND code = ?");
    s.bind(1, qint64(position)).bind(2, kindName(kind)).bind(3, code);
    return s.run();
}

Result<void> PgPublishedCatalogue::setHeader(const PublishedHeader &header)
{
    PgStatement s =
        m_db.prepare("INSERT INTO published_catalogue(id, seq, version, sample, published_at)"
                     " VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq,"
                     " version = excluded.version, sample = excluded.sample,"
                     " published_at = excluded.published_at");
    s.bind(1, header.seq)
        .bind(2, header.version)
        .bind(3, qint64(header.sample))
        .bind(4, header.publishedAt.toSecsSinceEpoch());
    return s.run();
}

} // namespace jiujin::gateway
