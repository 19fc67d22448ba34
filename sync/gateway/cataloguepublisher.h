#pragma once

#include "cataloguechanges.h"
#include "cataloguestore.h"
#include "formschema.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace jiujin {

namespace gateway {
class CentralStorage;
}

/** What one publish did. */
struct PublishResult
{
    qint64 seq = 0;       ///< the sequence now published (unchanged when nothing changed)
    bool changed = false; ///< false: the bundle equals what is published; nothing was stored
    int upserts = 0, tombstones = 0;
};

/** Central's answer to GET /v1/catalogue/changes?since=N, before it is signed. */
struct CatalogueAnswer
{
    enum class Kind {
        Changes,  ///< 200 with changes (a snapshot when changes.from is 0)
        UpToDate, ///< 204: since is the current sequence
        Snapshot, ///< 410: since is ahead of central (central was reset); ask with since=0
        None,     ///< 404: nothing published yet
    };
    Kind kind = Kind::None;
    protocol::CatalogueChangeSet changes;
};

/**
 * Central's published catalogue (kept by the storage's PublishedCatalogue): each publish of a
 * bundle that differs from what is published gets the next sequence number (1, 2, ...) and
 * records which departments, points and items (by code) it upserted or removed; kiosks then pull
 * the changes since their own sequence. Tombstones are kept, so any earlier sequence can be
 * answered with a delta. Not thread-safe (one caller at a time, like its storage).
 */
class CataloguePublisher
{
public:
    /** Publishes into @p storage (borrowed: it must outlive this). */
    explicit CataloguePublisher(gateway::CentralStorage &storage) : m_storage(storage) {}

    /**
     * Validates @p bundle (db/seed/FORMAT.md) and publishes what differs from the published
     * catalogue under one new sequence, in one transaction. An unchanged bundle stores nothing
     * (changed is false). An invalid or truncated bundle is Error::Invalid (the message names the
     * object and field) and nothing is stored; so is one with an item that has no source for its
     * legal basis or no review record (Provenance::publishProblem).
     */
    Result<PublishResult> publish(const QByteArray &bundle, const QDateTime &now);
    /** What a kiosk at @p since gets: the changes after it, or a full snapshot for 0. */
    Result<CatalogueAnswer> changesSince(qint64 since);
    /** The published sequence; 0 when nothing was published. A read error is an Error. */
    Result<qint64> publishedSequence();
    /** As publishedSequence(), but 0 also when the sequence cannot be read: for IntakeService's
     *  reload check, which then rereads forms() (and fails there if the storage does). */
    qint64 sequence();
    /** The department of item @p itemCode as published; nullopt when nothing is published or the
     *  item is not (or no longer) in the published catalogue. */
    Result<std::optional<QString>> departmentOf(const QString &itemCode);
    /** Item code -> application form of every item as published; empty when nothing is.
     *  Error::Corrupt when a published item's form does not read. */
    Result<QHash<QString, FormSchema>> forms();
    /** Item code -> application form of @p items (ItemRow::guide: the item object as JSON), as a
     *  bundle's or the published items; Error::Invalid names the item whose form does not read. */
    static Result<QHash<QString, FormSchema>> formsOf(const QList<ItemRow> &items);

private:
    gateway::CentralStorage &m_storage;
};

} // namespace jiujin
