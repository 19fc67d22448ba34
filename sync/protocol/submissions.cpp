#include "submissions.h"

#include "jsonfields.h"
#include "suite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QUuid>

namespace jiujin::protocol {

namespace {

using json::compact;
using json::Empty;
using json::Fields;
using json::invalid;

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool isCanonicalUuid(const QString &s)
{
    return s.size() == 36 && QUuid::fromString(s).toString(QUuid::WithoutBraces) == s;
}

Result<QString> uuidField(const Fields &f)
{
    auto uuid = f.string("uuid", maxShortText);
    if (!uuid)
        return uuid.error();
    if (!isCanonicalUuid(uuid.value()))
        return invalid(f.path("uuid"), "not a lower-case UUID without braces");
    return uuid.value();
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

    auto uuid = uuidField(f);
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

Result<RecordResult> decodeResult(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return invalid(path, "not an object");
    const Fields f(value.toObject(), path);
    RecordResult r;

    auto uuid = uuidField(f);
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

    // A receipt is only usable as a whole; half of one would be stored as accepted unsigned.
    const bool hasReceipt =
        !r.receipt.isEmpty() && !r.acceptedAt.isEmpty() && !r.signature.isEmpty();
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

QByteArray encode(const SubmissionBatch &batch)
{
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
    return compact(QJsonObject{{QStringLiteral("records"), records}});
}

Result<SubmissionBatch> decodeSubmissionBatch(QByteArrayView json)
{
    auto fields = Fields::ofBody(json, maxBodyBytes);
    if (!fields)
        return fields.error();
    auto records = fields->array("records");
    if (!records)
        return records.error();
    if (records.value().isEmpty())
        return invalid(QStringLiteral("records"), "empty");
    if (records.value().size() > maxBatchRecords)
        return invalid(QStringLiteral("records"), "more than 100");
    auto list =
        decodeByUuid<WireRecord>(records.value(), "records", "repeated in the batch", decodeRecord);
    if (!list)
        return list.error();
    SubmissionBatch batch;
    batch.records = std::move(list.value());
    return batch;
}

QByteArray encode(const BatchResult &result)
{
    QJsonArray results;
    for (const RecordResult &r : result.results) {
        results.append(QJsonObject{
            {QStringLiteral("uuid"), r.uuid},
            {QStringLiteral("status"), statusName(r.status)},
            {QStringLiteral("receipt"), r.receipt},
            {QStringLiteral("accepted_at"), r.acceptedAt},
            {QStringLiteral("signature"), b64(r.signature)},
            {QStringLiteral("reason"), r.reason},
        });
    }
    return compact(QJsonObject{{QStringLiteral("results"), results}});
}

Result<BatchResult> decodeBatchResult(QByteArrayView json)
{
    auto fields = Fields::ofBody(json, maxBatchResultBytes);
    if (!fields)
        return fields.error();
    auto results = fields->array("results");
    if (!results)
        return results.error();
    if (results.value().size() > maxBatchRecords)
        return invalid(QStringLiteral("results"), "more than 100");
    auto list = decodeByUuid<RecordResult>(results.value(), "results", "repeated in the answer",
                                           decodeResult);
    if (!list)
        return list.error();
    BatchResult out;
    out.results = std::move(list.value());
    return out;
}

QByteArray receiptSigningInput(const QString &deviceId, const QString &uuid, const QString &receipt,
                               const QString &acceptedAt)
{
    return QByteArrayLiteral("jiujin-receipt-v1\n") + deviceId.toUtf8() + '\n' + uuid.toUtf8() +
           '\n' + receipt.toUtf8() + '\n' + acceptedAt.toUtf8();
}

} // namespace jiujin::protocol
