#include "pgpublishedcatalogue.h"

#include "pgdatabase.h"

#include <QTimeZone>

namespace jiujin::gateway {

namespace {

// The kind column holds the name of the bundle's list.
QString kindName(CatalogueKind kind)
{
    switch (kind) {
    case CatalogueKind::Departments:
        return QStringLiteral("departments");
    case CatalogueKind::Points:
        return QStringLiteral("points");
    case CatalogueKind::Items:
        break;
    }
    return QStringLiteral("items");
}

Result<CatalogueKind> kindFrom(const QString &name)
{
    if (name == QLatin1String("departments"))
        return CatalogueKind::Departments;
    if (name == QLatin1String("points"))
        return CatalogueKind::Points;
    if (name == QLatin1String("items"))
        return CatalogueKind::Items;
    return Error{Error::Corrupt, QStringLiteral("published entry of unknown kind %1").arg(name)};
}

// Columns: kind, code, seq, position, body.
#define JJ_ENTRY_COLUMNS "kind, code, seq, position, body"

Result<PublishedEntry> entryOf(const PgStatement &s)
{
    auto kind = kindFrom(s.text(0));
    if (!kind)
        return kind.error();
    PublishedEntry e;
    e.kind = kind.value();
    e.code = s.text(1);
    e.seq = s.integer(2);
    e.position = int(s.integer(3));
    if (!s.isNull(4))
        e.body = s.text(4).toUtf8();
    return e;
}

Result<QList<PublishedEntry>> entriesOf(PgStatement &s)
{
    QList<PublishedEntry> out;
    while (s.step()) {
        auto e = entryOf(s);
        if (!e)
            return e.error();
        out.append(std::move(e.value()));
    }
    if (s.error())
        return *s.error();
    return out;
}

} // namespace

Result<std::optional<PublishedHeader>> PgPublishedCatalogue::header()
{
    PgStatement s = m_db.prepare(
        "SELECT seq, version, sample, published_at FROM published_catalogue WHERE id = 1");
    if (!s.step()) {
        if (s.error())
            return *s.error();
        return std::optional<PublishedHeader>{};
    }
    PublishedHeader h;
    h.seq = s.integer(0);
    h.version = s.text(1);
    h.sample = s.integer(2) != 0;
    h.publishedAt = QDateTime::fromSecsSinceEpoch(s.integer(3), QTimeZone::utc());
    return std::optional<PublishedHeader>(std::move(h));
}

Result<QList<PublishedEntry>> PgPublishedCatalogue::live(CatalogueKind kind)
{
    PgStatement s = m_db.prepare("SELECT " JJ_ENTRY_COLUMNS " FROM published_entries"
                                 " WHERE kind = ? AND body IS NOT NULL");
    s.bind(1, kindName(kind));
    return entriesOf(s);
}

Result<std::optional<PublishedEntry>> PgPublishedCatalogue::liveEntry(CatalogueKind kind,
                                                                      const QString &code)
{
    PgStatement s = m_db.prepare("SELECT " JJ_ENTRY_COLUMNS " FROM published_entries"
                                 " WHERE kind = ? AND code = ? AND body IS NOT NULL");
    s.bind(1, kindName(kind)).bind(2, code);
    auto entries = entriesOf(s);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return std::optional<PublishedEntry>{};
    return std::optional<PublishedEntry>(entries->first());
}

Result<QList<PublishedEntry>> PgPublishedCatalogue::snapshot()
{
    PgStatement s = m_db.prepare("SELECT " JJ_ENTRY_COLUMNS " FROM published_entries"
                                 " WHERE body IS NOT NULL ORDER BY kind, position, code");
    return entriesOf(s);
}

Result<QList<PublishedEntry>> PgPublishedCatalogue::changedAfter(qint64 seq)
{
    PgStatement s = m_db.prepare("SELECT " JJ_ENTRY_COLUMNS " FROM published_entries"
                                 " WHERE seq > ? ORDER BY kind, position, code");
    s.bind(1, seq);
    return entriesOf(s);
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
