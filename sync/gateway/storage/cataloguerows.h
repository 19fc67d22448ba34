#pragma once

#include "publishedcatalogue.h"
#include "rows.h"

/**
 * PublishedCatalogue's rows as both engines read them (templates over the statement type, see
 * rows.h). Each mapper names the columns it expects, in their order.
 */
namespace jiujin::gateway::cataloguerows {

/** The kind column's text: the name of the bundle's list. */
inline QString kindName(CatalogueKind kind)
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

/** kindName()'s inverse; an unknown name is corrupt. */
inline Result<CatalogueKind> kindFrom(const QString &name)
{
    if (name == QLatin1String("departments"))
        return CatalogueKind::Departments;
    if (name == QLatin1String("points"))
        return CatalogueKind::Points;
    if (name == QLatin1String("items"))
        return CatalogueKind::Items;
    return Error{Error::Corrupt, QStringLiteral("published entry of unknown kind %1").arg(name)};
}

/** kind, code, seq, position, body. */
template <class Row> Result<PublishedEntry> entryOf(const Row &s)
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

/** seq, version, sample, published_at. */
template <class Row> PublishedHeader headerOf(const Row &s)
{
    PublishedHeader h;
    h.seq = s.integer(0);
    h.version = s.text(1);
    h.sample = s.integer(2) != 0;
    h.publishedAt = rows::zonedTime(s, 3);
    return h;
}

} // namespace jiujin::gateway::cataloguerows
