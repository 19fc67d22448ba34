#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin {

/** A record central received and decided on, once per (device, uuid) for ever. */
struct SubmissionRow
{
    QString device, uuid, kind, item, point, suite;
    QString status;              ///< "accepted" or "rejected"
    QString reason;              ///< rejected: for staff, never PII
    QString receipt, acceptedAt; ///< accepted: central receipt number and ISO 8601 UTC time
    QByteArray signature;        ///< accepted: receipt signature (raw)
    QDateTime receivedAt;
    QByteArray record; ///< the record exactly as sent (still sealed)
};

/** An attachment upload of one (device, record uuid, index): its promised length and SHA-256. */
struct UploadRow
{
    QString device, uuid;
    int index = 0;       ///< the attachment's position in its record
    qint64 length = 0;   ///< bytes promised at creation
    QByteArray sha256;   ///< raw SHA-256 (32 bytes) the bytes must have
    qint64 received = 0; ///< bytes stored so far (the Upload-Offset); == length once verified
    QDateTime createdAt;
    /** All bytes are in and their SHA-256 matched (a mismatch resets received to 0). */
    bool finished() const { return received == length; }
};

} // namespace jiujin

namespace jiujin::gateway {

/**
 * Records received from kiosks (sealed, as sent), receipt numbering, attachment uploads (rows
 * here; bytes in files under the data directory on SQLite, in the database on PostgreSQL, where
 * several instances reach them) and what each device sent per service day.
 * Reads fail closed: a storage error is an Error, never "not found".
 */
class IntakeRecords
{
public:
    virtual ~IntakeRecords() = default;

    /** The stored record (@p device, @p uuid), nullopt when central never stored it. */
    virtual Result<std::optional<SubmissionRow>> submission(const QString &device,
                                                            const QString &uuid) = 0;
    /** Those of @p uuids that central stored for @p device, by uuid: a batch's duplicate check
     *  in one lookup where the engine can (here: submission() for each). */
    virtual Result<QHash<QString, SubmissionRow>> storedOf(const QString &device,
                                                           const QStringList &uuids);
    virtual Result<void> insertSubmission(const SubmissionRow &row) = 0;
    /** Newest first; every device when @p device is empty. */
    virtual Result<QList<SubmissionRow>> submissions(const QString &device, int limit = 1000) = 0;

    /** The next receipt sequence of @p day ("yyyyMMdd"), from 1, without bound (a 64-bit
     *  count: it cannot run out); call inside a transaction. PostgreSQL takes it outside that
     *  transaction (DESIGN §11c): one that rolls back leaves its numbers unused. */
    virtual Result<qint64> nextReceiptSequence(const QString &day) = 0;

    virtual Result<std::optional<UploadRow>> upload(const QString &device, const QString &uuid,
                                                    int index) = 0;
    /** Starts (or restarts, dropping its bytes) the upload @p row names, with received = 0. */
    virtual Result<void> startUpload(const UploadRow &row) = 0;
    /** Writes @p data at @p at (the current received) to the upload's file, syncs it, and only
     *  then advances received: bytes past received (a crash between the two) are overwritten. */
    virtual Result<void> appendChunk(const QString &device, const QString &uuid, int index,
                                     qint64 at, QByteArrayView data) = 0;
    /** The raw SHA-256 of the upload's bytes so far, read from its file in pieces (bounded
     *  memory whatever its length); Error::Corrupt when the file lost acknowledged bytes. */
    virtual Result<QByteArray> uploadSha256(const QString &device, const QString &uuid,
                                            int index) = 0;
    /** Drops the bytes of an upload and sets received back to 0 (a checksum mismatch). */
    virtual Result<void> resetUpload(const QString &device, const QString &uuid, int index) = 0;
    /** Forgets every upload row of (@p device, @p uuid): its record is stored, and the files of
     *  its first @p keep attachments stay as the record's; those of higher indexes go. */
    virtual Result<void> deleteUploads(const QString &device, const QString &uuid,
                                       int keep = 0) = 0;
    /** Forgets uploads created before @p before (abandoned) and their files; how many. */
    virtual Result<int> dropUploadsBefore(const QDateTime &before) = 0;
    /** Uploads of @p device not yet taken by a stored record. */
    virtual Result<qint64> openUploads(const QString &device) = 0;
    /** The promised lengths of the uploads of (@p device, @p uuid) but @p exceptIndex, summed. */
    virtual Result<qint64> uploadedTotal(const QString &device, const QString &uuid,
                                         int exceptIndex) = 0;

    /** Where attachment @p index of (@p device, @p uuid) is kept, upload and stored record
     *  alike, relative to the data directory (as the stored record names it). */
    static QString attachmentPath(const QString &device, const QString &uuid, int index);
    /** attachmentPath() made absolute: where SQLite keeps the bytes (PostgreSQL keeps them in
     *  the database, and reads this file only for bytes kept there before its migration 008). */
    virtual QString attachmentFile(const QString &device, const QString &uuid, int index) const = 0;
    /** The bytes central holds for attachment @p index of (@p device, @p uuid), upload in
     *  progress or stored record alike, still sealed; empty when it holds none. */
    virtual Result<QByteArray> attachmentBytes(const QString &device, const QString &uuid,
                                               int index) const = 0;
    /** Attachment @p index of a stored record, still sealed: from where the engine keeps it
     *  (attachmentBytes), or from the record itself for records stored inline (base64) before
     *  attachments were kept apart. */
    virtual Result<QByteArray> storedAttachment(const SubmissionRow &row, int index) const = 0;

    /** What @p device sent on service day @p day ("yyyyMMdd"): records stored and bytes
     *  received (records' inline bytes and attachment bytes as uploaded). */
    struct Usage
    {
        qint64 records = 0, bytes = 0;
    };
    virtual Result<Usage> usage(const QString &device, const QString &day) = 0;
    virtual Result<void> addUsage(const QString &device, const QString &day, qint64 records,
                                  qint64 bytes) = 0;
    /** Ends one record's writes inside the batch's transaction: an engine that holds back writes
     *  to send them together (PostgreSQL: in one round trip) sends them now, so that an error in
     *  them is this record's (intake sets it aside) and never the next one's. */
    virtual Result<void> settle() { return {}; }
};

} // namespace jiujin::gateway
