#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace jiujin {

class Database;

/** One queued record. Everything but keyHeader, payload and attachments is readable metadata. */
struct OutboxRecord
{
    QString uuid;
    QString kind;     ///< "submission", "rating", "booking", "booking_cancel", "case_event" or
                      ///< "booking_attendance"
    QString receipt;  ///< 受理编号 of a submission, ticket of a booking; empty otherwise
    QString refersTo; ///< a rating's submission receipt; a booking_cancel's booking uuid; a
                      ///< booking_attendance's booking uuid
    QString itemCode, pointCode;
    QDateTime createdAt, updatedAt;
    QString state =
        QStringLiteral("pending"); ///< pending|sending|accepted|rejected|needs_attention
    QString reason, centralReceipt;
    int attempts = 0;
    QString staffId, authorisation; ///< 代办 only
    bool followUp = false;
    QByteArray meta; ///< canonical metadata JSON, the associated data of the sealing
    QString suite;
    QByteArray keyHeader, payload;
    QList<QByteArray> attachments; ///< sealed; filled on insert and by sealed() only
    qint64 id = 0; ///< the row's place in the queue; filled by forEachWaiting() only
};

/** Queue figures for the staff board. */
struct OutboxCounts
{
    int pending = 0, sending = 0, accepted = 0, rejected = 0, needsAttention = 0;
    std::optional<QDateTime> oldestWaiting; ///< created_at of the oldest pending or sending record
};

/** Owns the outbox: sealed applications and ratings waiting for (or delivered to) central. */
class OutboxStore
{
public:
    explicit OutboxStore(Database &db) : m_db(db) {}

    /** Takes the next receipt sequence number of this kiosk. Call inside the inserting transaction.
     */
    Result<qint64> nextSequence();
    /** Inserts a record and its attachments. Call inside a transaction (with its audit entry). */
    Result<void> insert(const OutboxRecord &record);
    /**
     * Moves a record to a new state, appending the change to the audit log, in one transaction.
     * Accepted records lose their sealed parts (key header, payload, attachments); the metadata
     * and central's receipt stay.
     */
    Result<void> setState(const QString &uuid, const QString &state, const QString &reason,
                          const QString &centralReceipt, const QDateTime &at, const QString &actor);

    /** One record's move for setStates(). */
    struct StateChange
    {
        QString uuid, state, reason, centralReceipt; ///< as for setState(); empty = NULL
        QDateTime at;
    };
    /**
     * setState() for several records in one transaction, with one audit entry per record and the
     * statements prepared once. A record that no longer exists is skipped; any other failure rolls
     * the whole change back. Returns how many records moved.
     */
    Result<int> setStates(const QList<StateChange> &changes, const QString &actor);

    /**
     * setStates() to `sending` for a drain's batch: one UPDATE for all of @p uuids (attempts
     * counted, reason cleared), then one audit entry per record in the order given, in one
     * transaction. Records that no longer exist are skipped; returns how many moved.
     */
    Result<int> markSending(const QStringList &uuids, const QDateTime &at, const QString &actor);

    /** Forgets delivered records last changed before @p before (their retention ran out). */
    Result<int> expire(const QDateTime &before);

    std::optional<OutboxRecord> byReceipt(const QString &receipt);
    std::optional<OutboxRecord> ratingFor(const QString &receipt);
    /** The record with its sealed key header, payload and attachments (for sync and tests). */
    std::optional<OutboxRecord> sealed(const QString &uuid);
    /**
     * sealed() for each of @p uuids in order (missing ones skipped), one record in memory at a
     * time and the statements prepared once; @p each returns false to stop. No statement is
     * active while @p each runs, so it may write to the database.
     */
    void forEachSealed(const QStringList &uuids, const std::function<bool(OutboxRecord &&)> &each);
    /**
     * What a drain sends, read in one pass: the records waiting for delivery (pending, or sending
     * when a push was cut off) whose id is above @p afterId, oldest first, each with its id,
     * uuid, kind, metadata, suite and sealed parts only (no dates or staff fields), one in memory
     * at a time; @p each returns false to stop. Each row is one seek on the row id past the last
     * (statements prepared once), so the queue is neither sorted nor read again per batch, and no
     * statement is active while @p each runs: it may write to the database.
     */
    void forEachWaiting(qint64 afterId, const std::function<bool(OutboxRecord &&)> &each);
    /** Records waiting for delivery (pending, or sending when a push was cut off), oldest first; no
     *  sealed parts (take them with sealed()). */
    QList<OutboxRecord> pending(int limit);
    /** Metadata of the newest records, those needing attention or rejected first; no sealed parts.
     */
    QList<OutboxRecord> board(int limit);
    OutboxCounts counts();
    /** Every record's uuid and receipt, oldest first. */
    QList<QPair<QString, QString>> receipts();

private:
    Database &m_db;
};

} // namespace jiujin
