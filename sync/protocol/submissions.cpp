#include "submissions.h"

#include "jsonfields.h"
#include "suite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace jiujin::protocol {

namespace {

using json::appendJsonString;
using json::compact;
using json::Empty;
using json::Fields;
using json::invalid;

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Decodes each element of @p list (named @p name) with @p decode; a uuid given twice is refused.
template <typename T, typename Decode>
Result<QList<T>> decodeByUuid(const QJsonArray &list, const char *name, const char *repeated,
                              Decode decode)
{
    QList<T> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i);
        auto r = decode(list.at(i), path);
        if (!r)
            return r.error();
        if (seen.contains(r.value().uuid))
            return invalid(path + QStringLiteral(".uuid"), repeated);
        seen.insert(r.value().uuid);
        out.append(std::move(r.value()));
    }
    return out;
}

bool isUtcTimestamp(const QString &s)
{
    return s.endsWith(u'Z') && QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
}

/** The optional "v" of a body: absent is 1; anything but a whole number >= 1 is refused. */
Result<int> versionField(const Fields &f)
{
    if (f.value("v").isUndefined())
        return receiptsV1;
    auto v = f.count("v");
    if (!v)
        return v.error();
    if (v.value() < receiptsV1)
        return invalid(f.path("v"), "not a version");
    return int(std::min<qint64>(v.value(), receiptsNewest));
}

QString statusName(Outcome o)
{
    switch (o) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Retry:
        return QStringLiteral("retry");
    }
    return {};
}

Result<WireRecord> decodeRecord(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return invalid(path, "not an object");
    const Fields f(value.toObject(), path);
    WireRecord r;

    auto uuid = f.uuid("uuid");
    if (!uuid)
        return uuid.error();
    r.uuid = uuid.value();

    auto meta = f.string("meta", maxMetaBytes);
    if (!meta)
        return meta.error();
    r.meta = meta.value().toUtf8();

    auto suite = f.string("suite", maxShortText);
    if (!suite)
        return suite.error();
    if (!suiteFromName(suite.value()))
        return invalid(f.path("suite"), "not intl or gm");
    r.suite = suite.value();

    auto header = f.base64("key_header", maxKeyHeaderBytes);
    if (!header)
        return header.error();
    r.keyHeader = header.value();

    auto payload = f.base64("payload", maxBodyBytes);
    if (!payload)
        return payload.error();
    r.payload = payload.value();

    auto attachments = f.array("attachments");
    if (!attachments)
        return attachments.error();
    if (attachments.value().size() > maxAttachments)
        return invalid(f.path("attachments"), "too many");
    for (qsizetype i = 0; i < attachments.value().size(); ++i) {
        const QString p = f.path("attachments") + QStringLiteral("[%1]").arg(i);
        auto ref = decodeAttachmentRef(attachments.value().at(i), p);
        if (!ref)
            return ref.error();
        r.attachments.append(ref.value());
    }
    return r;
}

Result<RecordResult> decodeResult(const QJsonValue &value, const QString &path, int version)
{
    if (!value.isObject())
        return invalid(path, "not an object");
    const Fields f(value.toObject(), path);
    RecordResult r;

    auto uuid = f.uuid("uuid");
    if (!uuid)
        return uuid.error();
    r.uuid = uuid.value();

    auto status = f.string("status", maxShortText);
    if (!status)
        return status.error();
    if (status.value() == u"accepted")
        r.status = Outcome::Accepted;
    else if (status.value() == u"duplicate")
        r.status = Outcome::Duplicate;
    else if (status.value() == u"rejected")
        r.status = Outcome::Rejected;
    else if (status.value() == u"retry")
        r.status = Outcome::Retry;
    else
        return invalid(f.path("status"), "not accepted, duplicate, rejected or retry");

    auto receipt = f.optionalString("receipt", maxShortText);
    if (!receipt)
        return receipt.error();
    r.receipt = receipt.value();
    auto acceptedAt = f.optionalString("accepted_at", maxShortText);
    if (!acceptedAt)
        return acceptedAt.error();
    r.acceptedAt = acceptedAt.value();
    if (!r.acceptedAt.isEmpty() && !isUtcTimestamp(r.acceptedAt))
        return invalid(f.path("accepted_at"), "not an ISO 8601 UTC time");
    auto signature = f.optionalString("signature", maxSignatureBytes * 2);
    if (!signature)
        return signature.error();
    auto sigBytes = json::base64Value(signature.value(), f.path("signature"), maxSignatureBytes,
                                      Empty::Allowed);
    if (!sigBytes)
        return sigBytes.error();
    r.signature = sigBytes.value();
    auto reason = f.optionalString("reason", maxStaffText);
    if (!reason)
        return reason.error();
    r.reason = reason.value();

    // v2 signs the answer's receipts once: a signature of its own would be signed by nobody.
    if (version >= receiptsV2 && !r.signature.isEmpty())
        return invalid(f.path("signature"), "a receipt signature of its own in a v2 answer");
    // A receipt is only usable as a whole; half of one would be stored as accepted unsigned.
    const bool hasReceipt = !r.receipt.isEmpty() && !r.acceptedAt.isEmpty() &&
                            (version >= receiptsV2 || !r.signature.isEmpty());
    const bool partReceipt =
        !r.receipt.isEmpty() || !r.acceptedAt.isEmpty() || !r.signature.isEmpty();
    switch (r.status) {
    case Outcome::Accepted:
        if (!hasReceipt)
            return invalid(path, "accepted without receipt, accepted_at and signature");
        break;
    case Outcome::Rejected:
        if (r.reason.isEmpty())
            return invalid(f.path("reason"), "rejected without a reason");
        break;
    case Outcome::Retry:
        // A retry stores nothing, so it has no receipt to carry.
        if (r.reason.isEmpty())
            return invalid(f.path("reason"), "retry without a reason");
        if (partReceipt)
            return invalid(path, "retry with a receipt");
        break;
    case Outcome::Duplicate:
        if (partReceipt && !hasReceipt)
            return invalid(path, "duplicate with an incomplete receipt");
        if (!hasReceipt && r.reason.isEmpty())
            return invalid(path, "duplicate without the original receipt or reason");
        break;
    }
    return r;
}

} // namespace

WireRecord::WireRecord(QString uuid, QByteArray meta, QString suite, QByteArray keyHeader,
                       QByteArray payload, QList<AttachmentRef> attachments)
    : uuid(std::move(uuid)), meta(std::move(meta)), suite(std::move(suite)),
      keyHeader(std::move(keyHeader)), payload(std::move(payload)),
      attachments(std::move(attachments))
{
}

WireRecord::WireRecord(QString uuid, QByteArray meta, QString suite, QByteArray keyHeader,
                       QByteArray payload, const QList<QByteArray> &sealedAttachments)
    : uuid(std::move(uuid)), meta(std::move(meta)), suite(std::move(suite)),
      keyHeader(std::move(keyHeader)), payload(std::move(payload))
{
    attachments.reserve(sealedAttachments.size());
    for (const QByteArray &a : sealedAttachments)
        attachments.append(AttachmentRef::of(a));
}

namespace {
/** encode() written straight to bytes, for batches without pictures (the drain's bulk): the
 *  same text QJsonDocument writes (keys sorted, compact), without building the document. */
QByteArray writeBatch(const SubmissionBatch &batch)
{
    qsizetype size = 32;
    for (const WireRecord &r : batch.records)
        size += 128 + 2 * r.meta.size() + (r.keyHeader.size() + r.payload.size()) * 4 / 3 +
                r.uuid.size() + r.suite.size();
    QByteArray out;
    out.reserve(size);
    out += "{\"records\":[";
    bool first = true;
    for (const WireRecord &r : batch.records) {
        out += first ? "{" : ",{";
        first = false;
        out += "\"attachments\":[],\"key_header\":\"";
        out += r.keyHeader.toBase64();
        out += "\",\"meta\":";
        appendJsonString(out, r.meta);
        out += ",\"payload\":\"";
        out += r.payload.toBase64();
        out += "\",\"suite\":";
        appendJsonString(out, r.suite.toUtf8());
        out += ",\"uuid\":";
        appendJsonString(out, r.uuid.toUtf8());
        out += '}';
    }
    out += ']';
    if (batch.version != receiptsV1)
        out += ",\"v\":" + QByteArray::number(batch.version);
    out += '}';
    return out;
}
} // namespace

QByteArray encode(const SubmissionBatch &batch)
{
    // Written straight to bytes when no record has pictures and every text is sound UTF-8 (what
    // QJsonDocument would have replaced); the same bytes either way (tst_wire checks).
    if (std::all_of(batch.records.cbegin(), batch.records.cend(), [](const WireRecord &r) {
            return r.attachments.isEmpty() && QByteArrayView(r.meta).isValidUtf8();
        }))
        return writeBatch(batch);
    // v1 bodies stay byte for byte what they were (no "v"): old and new centrals read them alike.
    QJsonArray records;
    for (const WireRecord &r : batch.records) {
        QJsonArray attachments;
        for (const AttachmentRef &a : r.attachments)
            attachments.append(toJson(a));
        records.append(QJsonObject{
            {QStringLiteral("uuid"), r.uuid},
            {QStringLiteral("meta"), QString::fromUtf8(r.meta)},
            {QStringLiteral("suite"), r.suite},
            {QStringLiteral("key_header"), b64(r.keyHeader)},
            {QStringLiteral("payload"), b64(r.payload)},
            {QStringLiteral("attachments"), attachments},
        });
    }
    QJsonObject body{{QStringLiteral("records"), records}};
    if (batch.version != receiptsV1)
        body.insert(QStringLiteral("v"), batch.version);
    return compact(body);
}

Result<SubmissionBatch> decodeSubmissionBatch(QByteArrayView json)
{
    auto fields = Fields::ofBody(json, maxBodyBytes);
    if (!fields)
        return fields.error();
    auto version = versionField(fields.value());
    if (!version)
        return version.error();
    auto records = fields->array("records");
    if (!records)
        return records.error();
    if (records.value().isEmpty())
        return invalid(QStringLiteral("records"), "empty");
    if (records.value().size() > maxRecordsIn(version.value()))
        return invalid(QStringLiteral("records"),
                       version.value() >= receiptsV2 ? "more than 500 (v2)" : "more than 100");
    auto list =
        decodeByUuid<WireRecord>(records.value(), "records", "repeated in the batch", decodeRecord);
    if (!list)
        return list.error();
    SubmissionBatch batch;
    batch.records = std::move(list.value());
    batch.version = version.value();
    return batch;
}

namespace {
/** encode(BatchResult) written straight to bytes: the same text QJsonDocument writes (keys
 *  sorted, compact, its escapes), without a QJsonObject per record. Central answers every batch
 *  with it. Only for texts that are sound UTF-16 (QJsonDocument escapes a lone surrogate as
 *  \uXXXX; encode() takes the document's way then). */
QByteArray writeBatchResult(const BatchResult &result)
{
    const bool v1 = result.version == receiptsV1;
    qsizetype size = 64 + result.signature.size() * 4 / 3;
    for (const RecordResult &r : result.results)
        size += 96 + r.uuid.size() + r.receipt.size() + r.acceptedAt.size() + 3 * r.reason.size() +
                (v1 ? r.signature.size() * 4 / 3 + 16 : 0);
    QByteArray out;
    out.reserve(size);
    out += "{\"results\":[";
    bool first = true;
    for (const RecordResult &r : result.results) {
        out += first ? "{" : ",{";
        first = false;
        out += "\"accepted_at\":";
        appendJsonString(out, r.acceptedAt.toUtf8());
        out += ",\"reason\":";
        appendJsonString(out, r.reason.toUtf8());
        out += ",\"receipt\":";
        appendJsonString(out, r.receipt.toUtf8());
        if (v1) {
            out += ",\"signature\":\"";
            out += r.signature.toBase64();
            out += '"';
        }
        out += ",\"status\":";
        appendJsonString(out, statusName(r.status).toUtf8());
        out += ",\"uuid\":";
        appendJsonString(out, r.uuid.toUtf8());
        out += '}';
    }
    out += ']';
    if (!v1) {
        out += ",\"signature\":\"";
        out += result.signature.toBase64();
        out += "\",\"v\":";
        out += QByteArray::number(result.version);
    }
    out += '}';
    return out;
}
} // namespace

QByteArray encode(const BatchResult &result)
{
    if (std::all_of(result.results.cbegin(), result.results.cend(), [](const RecordResult &r) {
            return r.uuid.isValidUtf16() && r.receipt.isValidUtf16() &&
                   r.acceptedAt.isValidUtf16() && r.reason.isValidUtf16();
        }))
        return writeBatchResult(result);
    QJsonArray results;
    const bool v1 = result.version == receiptsV1;
    for (const RecordResult &r : result.results) {
        QJsonObject o{
            {QStringLiteral("uuid"), r.uuid},
            {QStringLiteral("status"), statusName(r.status)},
            {QStringLiteral("receipt"), r.receipt},
            {QStringLiteral("accepted_at"), r.acceptedAt},
            {QStringLiteral("reason"), r.reason},
        };
        if (v1)
            o.insert(QStringLiteral("signature"), b64(r.signature));
        results.append(o);
    }
    QJsonObject body{{QStringLiteral("results"), results}};
    if (!v1) {
        body.insert(QStringLiteral("v"), result.version);
        body.insert(QStringLiteral("signature"), b64(result.signature));
    }
    return compact(body);
}

Result<BatchResult> decodeBatchResult(QByteArrayView json)
{
    auto fields = Fields::ofBody(json, maxBatchResultBytes);
    if (!fields)
        return fields.error();
    auto results = fields->array("results");
    if (!results)
        return results.error();
    auto version = versionField(fields.value());
    if (!version)
        return version.error();
    if (results.value().size() > maxRecordsIn(version.value()))
        return invalid(QStringLiteral("results"), "more than the batch may hold");
    auto list = decodeByUuid<RecordResult>(
        results.value(), "results", "repeated in the answer",
        [v = version.value()](const QJsonValue &value, const QString &path) {
            return decodeResult(value, path, v);
        });
    if (!list)
        return list.error();
    BatchResult out;
    out.results = std::move(list.value());
    out.version = version.value();
    if (out.version >= receiptsV2) {
        // The one signature is what makes every receipt of the answer usable.
        auto signature = fields->base64("signature", maxSignatureBytes);
        if (!signature)
            return signature.error();
        out.signature = signature.value();
    } else if (!fields->value("signature").isUndefined()) {
        return invalid(QStringLiteral("signature"), "a batch signature in a v1 answer");
    }
    return out;
}

QByteArray receiptSigningInput(const QString &deviceId, const QString &uuid, const QString &receipt,
                               const QString &acceptedAt)
{
    return QByteArrayLiteral("jiujin-receipt-v1\n") + deviceId.toUtf8() + '\n' + uuid.toUtf8() +
           '\n' + receipt.toUtf8() + '\n' + acceptedAt.toUtf8();
}

qsizetype maxRecordsIn(int version)
{
    return version >= receiptsV2 ? maxBatchRecordsV2 : maxBatchRecords;
}

QByteArray batchReceiptsSigningInput(const QString &deviceId, const QList<RecordResult> &results)
{
    QByteArray lines;
    qsizetype receipts = 0;
    for (const RecordResult &r : results) {
        if (r.receipt.isEmpty())
            continue;
        ++receipts;
        lines += '\n' + r.uuid.toUtf8() + '\n' + r.receipt.toUtf8() + '\n' + r.acceptedAt.toUtf8();
    }
    return QByteArrayLiteral("jiujin-receipts-v2\n") + deviceId.toUtf8() + '\n' +
           QByteArray::number(receipts) + lines;
}

} // namespace jiujin::protocol
