#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jiujin::gateway {

/** The three kinds of object a catalogue publishes (db/seed/FORMAT.md). */
enum class CatalogueKind { Departments, Points, Items };

/** Which publish is the current one. */
struct PublishedHeader
{
    qint64 seq = 0;  ///< 1, 2, ...: one more at each publish that changed something
    QString version; ///< the bundle's version
    bool sample = true;
    QDateTime publishedAt; ///< whole seconds, UTC
};

/** One department, point or item as published. */
struct PublishedEntry
{
    CatalogueKind kind = CatalogueKind::Items;
    QString code;
    qint64 seq = 0;   ///< the publish that last changed it (its upsert or its removal)
    int position = 0; ///< its index in its kind's list in the bundle last published with it
    std::optional<QByteArray> body; ///< the object as compact JSON; nullopt: removed (tombstone)
};

/**
 * The published catalogue: the sequence of publishes and, per department, point and item, the
 * sequence of its last change and its object (none once removed). Tombstones are kept for ever,
 * so that every earlier sequence can be answered with a delta. Reads fail closed: a storage error
 * is an Error, never "nothing published". Writes belong to the caller's open transaction.
 */
class PublishedCatalogue
{
public:
    virtual ~PublishedCatalogue() = default;

    /** The current publish; nullopt when nothing was ever published. */
    virtual Result<std::optional<PublishedHeader>> header() = 0;
    /** Every entry of @p kind that is not removed, in no particular order. */
    virtual Result<QList<PublishedEntry>> live(CatalogueKind kind) = 0;
    /** Entry @p code of @p kind; nullopt when it was never published or is removed. */
    virtual Result<std::optional<PublishedEntry>> liveEntry(CatalogueKind kind,
                                                            const QString &code) = 0;
    /** Every entry that is not removed, by kind, then position, then code: a full snapshot. */
    virtual Result<QList<PublishedEntry>> snapshot() = 0;
    /** Every entry changed by a publish after @p seq, tombstones included, by kind, then
     *  position, then code. */
    virtual Result<QList<PublishedEntry>> changedAfter(qint64 seq) = 0;

    /** Stores @p entry in place of the one of its kind and code, if any. */
    virtual Result<void> put(const PublishedEntry &entry) = 0;
    /** Sets entry @p code of @p kind to @p position, its sequence unchanged. */
    virtual Result<void> move(CatalogueKind kind, const QString &code, int position) = 0;
    /** Makes @p header the current publish. */
    virtual Result<void> setHeader(const PublishedHeader &header) = 0;
};

} // namespace jiujin::gateway
