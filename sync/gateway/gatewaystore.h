#pragma once

#include "result.h"
#include "storage/devicerecords.h"
#include "storage/intakerecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <memory>
#include <optional>

/** The gateway library's logging category ("jiujin.gateway"). */
Q_DECLARE_LOGGING_CATEGORY(lcGateway)

namespace jiujin {

class Database;

/** An enrollment token as stored: only its SHA-256 is kept, never the token itself. */
struct TokenRow
{
    QString hash, point;
    QString suite; ///< "intl", "gm", or empty: the serving suite decides at enrollment
    QDateTime createdAt, expiresAt;
    std::optional<QDateTime> usedAt;
    QString device; ///< set once used
    QString csrKey; ///< fingerprint of the CSR key it was used with
};

/** An enrolled kiosk. */
struct DeviceRow
{
    QString id, point, suite;
    QByteArray signingKeyPem, certificatePem;
    QString csrKey;
    QDateTime enrolledAt;
    std::optional<QDateTime> revokedAt;
    std::optional<QDateTime> lastHeartbeat;
};

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

/**
 * Owns the gateway's own database (not the kiosk schema): tokens, devices, received records,
 * attachment uploads, receipt sequences, request nonces and heartbeats. Not thread-safe: one caller
 * at a time.
 */
class GatewayStore final : public gateway::DeviceRecords, public gateway::IntakeRecords
{
public:
    /** Over @p db, migrated by SqliteCentralStorage; attachment files live under @p dataDir. */
    GatewayStore(Database &db, QString dataDir);
    ~GatewayStore() override;

    Database &database() { return *m_db; }

    Result<void> insertToken(const TokenRow &token);
    std::optional<TokenRow> token(const QString &hash);
    /** Marks the token used by @p device with CSR key @p csrKey; call inside a transaction. */
    Result<void> useToken(const QString &hash, const QString &device, const QString &csrKey,
                          const QDateTime &at);

    Result<void> insertDevice(const DeviceRow &device);
    /** The device @p id, nullopt when central does not know it; an Error when it cannot tell. */
    Result<std::optional<DeviceRow>> device(const QString &id);
    QList<DeviceRow> devices();
    /** Records a renewed certificate of @p id (same device id, new TLS key @p csrKey): it becomes
     *  the device's certificate, and the history keeps every one issued. Error::NotFound for an
     *  unknown or revoked device. */
    Result<void> renewDevice(const QString &id, const QByteArray &certificatePem,
                             const QString &csrKey, const QDateTime &at);
    /** How many certificates were issued to @p id by renewal (enrollment's not counted). */
    Result<int> renewals(const QString &id);
    /** Error::NotFound for an unknown device; revoking twice keeps the first time. */
    Result<void> revoke(const QString &id, const QDateTime &at);

    std::optional<SubmissionRow> submission(const QString &device, const QString &uuid);
    Result<void> insertSubmission(const SubmissionRow &row);
    /** Newest first; every device when @p device is empty. */
    QList<SubmissionRow> submissions(const QString &device, int limit = 1000);

    /** The next receipt sequence of @p day ("yyyyMMdd"), from 1, without bound (a 64-bit
     *  count: it cannot run out); call inside a transaction. */
    Result<qint64> nextReceiptSequence(const QString &day);

    /** Records @p nonce at @p now after dropping those older than @p windowSeconds; false when it
     *  was already seen within the window (a replay). */
    Result<bool> rememberNonce(const QString &nonce, const QString &device, const QDateTime &now,
                               qint64 windowSeconds);

    std::optional<UploadRow> upload(const QString &device, const QString &uuid, int index);
    /** Starts (or restarts, dropping its bytes) the upload @p row names, with received = 0. */
    Result<void> startUpload(const UploadRow &row);
    /** Writes @p data at @p at (the current received) to the upload's file, syncs it, and only
     *  then advances received: bytes past received (a crash between the two) are overwritten. */
    Result<void> appendChunk(const QString &device, const QString &uuid, int index, qint64 at,
                             QByteArrayView data);
    /** The raw SHA-256 of the upload's bytes so far, read from its file in pieces (bounded
     *  memory whatever its length). */
    Result<QByteArray> uploadSha256(const QString &device, const QString &uuid, int index);
    /** Drops the bytes of an upload and sets received back to 0 (a checksum mismatch). */
    Result<void> resetUpload(const QString &device, const QString &uuid, int index);
    /** Forgets every upload row of (@p device, @p uuid): its record is stored, and the files of
     *  its first @p keep attachments stay as the record's; those of higher indexes go. */
    Result<void> deleteUploads(const QString &device, const QString &uuid, int keep = 0);
    /** Forgets uploads created before @p before (abandoned) and their files; how many. */
    Result<int> dropUploadsBefore(const QDateTime &before);
    /** Uploads of @p device not yet taken by a stored record. */
    Result<qint64> openUploads(const QString &device);
    /** The promised lengths of the uploads of (@p device, @p uuid) but @p exceptIndex, summed. */
    Result<qint64> uploadedTotal(const QString &device, const QString &uuid, int exceptIndex);

    /** Where attachment @p index of (@p device, @p uuid) is kept, upload and stored record
     *  alike, relative to the data directory (as the stored record names it). */
    static QString attachmentPath(const QString &device, const QString &uuid, int index);
    /** attachmentPath() made absolute. */
    QString attachmentFile(const QString &device, const QString &uuid, int index) const;
    /** Attachment @p index of a stored record, still sealed: from its file, or from the record
     *  itself for records stored inline (base64) before attachments were files. */
    Result<QByteArray> storedAttachment(const SubmissionRow &row, int index) const;

    /** What @p device sent on service day @p day ("yyyyMMdd"): records stored and bytes
     *  received (records' inline bytes and attachment bytes as uploaded). */
    struct Usage
    {
        qint64 records = 0, bytes = 0;
    };
    Result<Usage> usage(const QString &device, const QString &day);
    Result<void> addUsage(const QString &device, const QString &day, qint64 records, qint64 bytes);

    /** Keeps the newest heartbeat of a device (compact JSON, no personal data). */
    Result<void> setHeartbeat(const QString &device, const QByteArray &json, const QDateTime &at);
    std::optional<QByteArray> heartbeat(const QString &device);

private:
    Database *m_db;
    QString m_dataDir; ///< the database's folder: attachment files live under it
};

} // namespace jiujin
