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

/** How central signs the receipts of a batch's answer (PROTOCOL.md, "Batches, protocol v2"):
 *  v1 signs each receipt on its own, v2 signs the answer's receipts once. */
inline constexpr int receiptsV1 = 1;
inline constexpr int receiptsV2 = 2;
/** The newest version this side speaks; a request asking for more is answered in this one. */
inline constexpr int receiptsNewest = receiptsV2;

/** Request body of POST /v1/submissions: 1..maxRecordsIn(version) records with distinct
 *  uuids. */
struct SubmissionBatch
{
    QList<WireRecord> records;
    /** The newest answer version the sender understands ("v" on the wire; absent = 1, and
     *  encode() then writes the v1 body byte for byte). */
    int version = receiptsV1;
    friend bool operator==(const SubmissionBatch &, const SubmissionBatch &) = default;
};

QByteArray encode(const SubmissionBatch &batch);
/** Refuses more than maxRecordsIn(version) records, a body over maxBodyBytes, an empty list,
 *  repeated uuids and a version below 1 (one above receiptsNewest is read as receiptsNewest). */
Result<SubmissionBatch> decodeSubmissionBatch(QByteArrayView json);

/** What central did with one record ("accepted" | "duplicate" | "rejected" | "retry" on the
 *  wire). Retry: an attachment's upload is missing or unfinished; nothing was stored, the kiosk
 *  uploads again and resends the record (never a permanent outcome). */
enum class Outcome { Accepted, Duplicate, Rejected, Retry };

/** Central's answer for one record. Accepted: receipt, acceptedAt and (v1) signature are set.
 *  Rejected and Retry: reason is set. Duplicate: either the original receipt triple or the original
 * reason. Fields that do not apply are empty (sent as ""). */
struct RecordResult
{
    QString uuid;
    Outcome status = Outcome::Rejected;
    QString receipt;      ///< central receipt number
    QString acceptedAt;   ///< ISO 8601 UTC ("…Z"), kept byte-exact: the signature covers it
    QByteArray signature; ///< v1: raw signature over receiptSigningInput() (base64 on the wire);
                          ///< v2: empty (the batch's signature covers the receipt)
    QString reason;       ///< for staff, never PII
    friend bool operator==(const RecordResult &, const RecordResult &) = default;
};

/** Response body of POST /v1/submissions: one result per record, in request order (the caller
 *  matches them against its batch). At most maxRecordsIn(version), distinct uuids. */
struct BatchResult
{
    QList<RecordResult> results;
    int version = receiptsV1; ///< "v" on the wire (absent = 1)
    /** v2: central's one signature over batchReceiptsSigningInput() (base64 on the wire, never
     *  empty); v1: empty. */
    QByteArray signature;
    friend bool operator==(const BatchResult &, const BatchResult &) = default;
};

QByteArray encode(const BatchResult &result);
Result<BatchResult> decodeBatchResult(QByteArrayView json);

/** The bytes central signs for a receipt (PROTOCOL.md): "jiujin-receipt-v1", device id, uuid,
 *  receipt, accepted_at, '\n' separated, UTF-8, no trailing newline. */
QByteArray receiptSigningInput(const QString &deviceId, const QString &uuid, const QString &receipt,
                               const QString &acceptedAt);

/** Most records a batch of @p version holds (and results its answer): maxBatchRecords in v1,
 *  maxBatchRecordsV2 in v2. */
qsizetype maxRecordsIn(int version);

/** The bytes central signs once for a v2 answer (PROTOCOL.md): "jiujin-receipts-v2", device id,
 *  the number of results carrying a receipt, then uuid, receipt and accepted_at of each of them
 *  in answer order, '\n' separated, UTF-8, no trailing newline. Results without a receipt
 *  (rejected, retry, a duplicate of a rejection) are not covered, as in v1. */
QByteArray batchReceiptsSigningInput(const QString &deviceId, const QList<RecordResult> &results);

} // namespace jiujin::protocol
