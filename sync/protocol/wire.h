#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

/*
 * JSON bodies of sync protocol v1 (PROTOCOL.md). Decoders take bytes from the network: they check
 * every type, size and format and return Error{Error::Invalid, "field: what is wrong"} (the
 * message names the field, never its value) instead of crashing. Unknown keys are ignored so that
 * either end may add fields later. Binary fields are standard base64 with padding (RFC 4648 §4);
 * the decoders accept only that canonical form.
 */
namespace jiujin::protocol {

/** Most records in one POST /v1/submissions (and results in its answer). */
inline constexpr qsizetype maxBatchRecords = 100;
/** A client fills a batch up to this many body bytes (PROTOCOL.md: 1 MB) ... */
inline constexpr qsizetype maxBatchBytes = 1024 * 1024;
/** ... but a single record bigger than that (several photos) goes alone, up to this size; it is
 *  also the decoders' and gunzip's bound. */
inline constexpr qsizetype maxBodyBytes = 16 * 1024 * 1024;

/** Most bytes of one attachment upload (a sealed part, PROTOCOL.md: 16 MiB). */
inline constexpr qint64 maxUploadLength = 16 * 1024 * 1024;
/** Most bytes of one PATCH to an upload (PROTOCOL.md: 256 KiB); the kiosk sends chunks this big. */
inline constexpr qsizetype maxUploadChunk = 256 * 1024;
/** Most attachments of one record (indexes 0..maxAttachments-1). */
inline constexpr qsizetype maxAttachments = 64;

/** A sealed attachment as its record names it: the finished upload of the same index must match. */
struct AttachmentRef
{
    QByteArray sha256; ///< raw SHA-256 (32 bytes) of the sealed bytes; lower-case hex on the wire
    qint64 length = 0; ///< bytes, 1..maxUploadLength
    /** The reference of the sealed bytes @p sealed. */
    static AttachmentRef of(QByteArrayView sealed);
    friend bool operator==(const AttachmentRef &, const AttachmentRef &) = default;
};

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

/** Request body of POST /v1/uploads/{uuid}/{index}: what the finished upload must be. */
struct UploadCreate
{
    qint64 length = 0; ///< bytes, 1..maxUploadLength
    QByteArray sha256; ///< raw SHA-256 (32 bytes); lower-case hex on the wire
    friend bool operator==(const UploadCreate &, const UploadCreate &) = default;
};

QByteArray encode(const UploadCreate &create);
Result<UploadCreate> decodeUploadCreate(QByteArrayView json);
/** "/v1/uploads/{uuid}/{index}": the upload of attachment @p index of record @p uuid. */
QByteArray uploadPath(const QString &uuid, qsizetype index);

/** Request body of POST /v1/enroll. */
struct EnrollRequest
{
    QString token;            ///< single-use enrollment token
    QByteArray csrPem;        ///< PKCS#10 PEM, P-256 key made on the device
    QByteArray signingKeyPem; ///< SPKI PEM of the device's signing key (Ed25519 or SM2)
    friend bool operator==(const EnrollRequest &, const EnrollRequest &) = default;
};

/** Response body of a successful POST /v1/enroll. */
struct EnrollResponse
{
    QString deviceId; ///< the client certificate's CN; printable ASCII, no spaces
    QByteArray certificatePem;
    QByteArray caPem;
    QString point;            ///< service point code "NNNNNNNNNNNN-NN", e.g. "150525203000-01"
    QString suite;            ///< "intl" or "gm"
    QByteArray centralKeyPem; ///< SPKI PEM: seal records to this
    QByteArray receiptKeyPem; ///< SPKI PEM: verifies central's receipt signatures
    friend bool operator==(const EnrollResponse &, const EnrollResponse &) = default;
};

QByteArray encode(const EnrollRequest &request);
/** Checks the PEM fields only for size and armour; the caller parses them. */
Result<EnrollRequest> decodeEnrollRequest(QByteArrayView json);
QByteArray encode(const EnrollResponse &response);
Result<EnrollResponse> decodeEnrollResponse(QByteArrayView json);

/** Body of POST /v1/heartbeat (no personal data). Counts are ≥ 0 and ≤ 2^53. */
struct Heartbeat
{
    QString kioskVersion;
    QString catalogueVersion;
    qint64 queueDepth = 0;       ///< outbox records not yet accepted or rejected
    qint64 oldestAgeSeconds = 0; ///< age of the oldest of them, seconds; 0 when none
    qint64 diskFreeMb = 0;       ///< free space on the data partition, MiB
    QString lastError;           ///< last sync error for staff, "" when none
    friend bool operator==(const Heartbeat &, const Heartbeat &) = default;
};

QByteArray encode(const Heartbeat &heartbeat);
Result<Heartbeat> decodeHeartbeat(QByteArrayView json);

/** The bytes central signs for a receipt (PROTOCOL.md): "jiujin-receipt-v1", device id, uuid,
 *  receipt, accepted_at, '\n' separated, UTF-8, no trailing newline. */
QByteArray receiptSigningInput(const QString &deviceId, const QString &uuid, const QString &receipt,
                               const QString &acceptedAt);

/** A gzip (RFC 1952) member of @p data, for Content-Encoding: gzip; empty only if zlib fails. */
QByteArray gzip(QByteArrayView data);
/** The inflated bytes of exactly one gzip member (nothing may follow it). Error::Full when the
 *  output would exceed @p maxOutput bytes (zip bombs: decompression stops there), Error::Invalid
 *  for anything that is not a complete, intact gzip member. */
Result<QByteArray> gunzip(QByteArrayView data, qsizetype maxOutput);

} // namespace jiujin::protocol
