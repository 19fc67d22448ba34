#pragma once

#include "protocollimits.h"
#include "result.h"
#include "uploads.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

/*
 * POST /v1/submissions (PROTOCOL.md, "Submissions"): a batch of sealed records and central's
 * answer, one result per record, with the signed receipt of each accepted one.
 */
namespace jiujin::protocol {

/** One sealed outbox record as sent (RECORD.md); its attachments travel as uploads before it. */
struct WireRecord
{
    QString uuid;         ///< canonical lower-case UUID without braces (the idempotency key)
    QByteArray meta;      ///< the exact metadata JSON text (UTF-8): the AAD, sent as a string
    QString suite;        ///< "intl" or "gm"
    QByteArray keyHeader; ///< raw bytes (base64 on the wire)
    QByteArray payload;   ///< raw sealed bytes (base64 on the wire)
    QList<AttachmentRef> attachments; ///< by reference; index = position

    WireRecord() = default;
    WireRecord(QString uuid, QByteArray meta, QString suite, QByteArray keyHeader,
               QByteArray payload, QList<AttachmentRef> attachments);
    /** The record of an outbox row: its sealed attachments become references (AttachmentRef::of).
     */
    WireRecord(QString uuid, QByteArray meta, QString suite, QByteArray keyHeader,
               QByteArray payload, const QList<QByteArray> &sealedAttachments);
    friend bool operator==(const WireRecord &, const WireRecord &) = default;
};

/** Request body of POST /v1/submissions: 1..maxBatchRecords records with distinct uuids. */
struct SubmissionBatch
{
    QList<WireRecord> records;
    friend bool operator==(const SubmissionBatch &, const SubmissionBatch &) = default;
};

QByteArray encode(const SubmissionBatch &batch);
/** Refuses more than maxBatchRecords records, a body over maxBodyBytes, an empty list and
 *  repeated uuids. */
Result<SubmissionBatch> decodeSubmissionBatch(QByteArrayView json);

/** What central did with one record ("accepted" | "duplicate" | "rejected" | "retry" on the
 *  wire). Retry: an attachment's upload is missing or unfinished; nothing was stored, the kiosk
 *  uploads again and resends the record (never a permanent outcome). */
enum class Outcome { Accepted, Duplicate, Rejected, Retry };

/** Central's answer for one record. Accepted: receipt, acceptedAt and signature are set.
 *  Rejected and Retry: reason is set. Duplicate: either the original receipt triple or the original
 * reason. Fields that do not apply are empty (sent as ""). */
struct RecordResult
{
    QString uuid;
    Outcome status = Outcome::Rejected;
    QString receipt;      ///< central receipt number
    QString acceptedAt;   ///< ISO 8601 UTC ("…Z"), kept byte-exact: the signature covers it
    QByteArray signature; ///< raw signature over receiptSigningInput() (base64 on the wire)
    QString reason;       ///< for staff, never PII
    friend bool operator==(const RecordResult &, const RecordResult &) = default;
};

/** Response body of POST /v1/submissions: one result per record, in request order (the caller
 *  matches them against its batch). At most maxBatchRecords, distinct uuids. */
struct BatchResult
{
    QList<RecordResult> results;
    friend bool operator==(const BatchResult &, const BatchResult &) = default;
};

QByteArray encode(const BatchResult &result);
Result<BatchResult> decodeBatchResult(QByteArrayView json);

/** The bytes central signs for a receipt (PROTOCOL.md): "jiujin-receipt-v1", device id, uuid,
 *  receipt, accepted_at, '\n' separated, UTF-8, no trailing newline. */
QByteArray receiptSigningInput(const QString &deviceId, const QString &uuid, const QString &receipt,
                               const QString &acceptedAt);

} // namespace jiujin::protocol
