#include "wire.h"

#include "jsonfields.h"
#include "suite.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QUuid>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace jiujin::protocol {

namespace {

// Caps per field: generous for honest peers, small enough that hostile input stays cheap.
constexpr qsizetype maxSmallBody = 64 * 1024;   // enroll, heartbeat
constexpr qsizetype maxResultBody = 256 * 1024; // 100 results of a few hundred bytes
constexpr qsizetype maxPem = 16 * 1024;         // as keys.cpp; a certificate chain fits
constexpr qsizetype maxMeta = 8 * 1024;         // RECORD.md metadata is ~400 bytes
constexpr qsizetype maxKeyHeader = 1024;        // intl 86 bytes, gm ~200
constexpr qsizetype maxSignature = 256;         // Ed25519 64, SM2 DER <= 72
constexpr qsizetype maxToken = 256;
constexpr qsizetype maxShort = 128;             // ids, versions, receipt numbers, timestamps
constexpr qsizetype maxText = 1000;             // reasons and errors for staff
constexpr double maxCount = 9007199254740992.0; // 2^53: exact in a JSON double

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

using json::compact;
using json::invalid;
using json::parseObject;

// Reads one JSON object's fields, remembering the path so that errors name the field.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    QString path(const char *key) const
    {
        return m_path.isEmpty() ? QString(QLatin1String(key))
                                : QString(m_path + u'.' + QLatin1String(key));
    }

    // Present and a string within maxSize UTF-16 units (empty allowed unless required).
    Result<QString> string(const char *key, qsizetype maxSize, bool nonEmpty = true) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return invalid(path(key), "missing");
        return stringValue(v, path(key), maxSize, nonEmpty);
    }

    // Absent (empty result) or a string.
    Result<QString> optionalString(const char *key, qsizetype maxSize) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return QString();
        return stringValue(v, path(key), maxSize, false);
    }

    Result<QByteArray> base64(const char *key, qsizetype maxBytes, bool nonEmpty = true) const
    {
        auto s = string(key, maxBytes / 3 * 4 + 4, nonEmpty);
        if (!s)
            return s.error();
        return base64Value(s.value(), path(key), maxBytes, nonEmpty);
    }

    Result<QByteArray> pem(const char *key) const
    {
        auto s = string(key, maxPem);
        if (!s)
            return s.error();
        for (QChar c : s.value()) {
            if (c.unicode() >= 0x80 || (c.unicode() < 0x20 && c != u'\n' && c != u'\r'))
                return invalid(path(key), "not PEM text");
        }
        if (!s.value().startsWith(QLatin1String("-----BEGIN ")))
            return invalid(path(key), "not PEM text");
        return s.value().toLatin1();
    }

    Result<qint64> count(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isDouble())
            return invalid(path(key), "not a number");
        return json::wholeNumber(m_object, key, path(key), maxCount,
                                 "not a whole number from 0 to 2^53");
    }

    Result<QJsonObject> object(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return invalid(path(key), "missing");
        if (!v.isObject())
            return invalid(path(key), "not an object");
        return v.toObject();
    }

    Result<QJsonArray> array(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return invalid(path(key), "missing");
        if (!v.isArray())
            return invalid(path(key), "not an array");
        return v.toArray();
    }

    static Result<QString> stringValue(const QJsonValue &v, const QString &path, qsizetype maxSize,
                                       bool nonEmpty)
    {
        if (!v.isString())
            return invalid(path, "not a string");
        QString s = v.toString();
        if (nonEmpty && s.isEmpty())
            return invalid(path, "empty");
        if (s.size() > maxSize)
            return invalid(path, "too long");
        return s;
    }

    static Result<QByteArray> base64Value(const QString &s, const QString &path, qsizetype maxBytes,
                                          bool nonEmpty)
    {
        if (nonEmpty && s.isEmpty())
            return invalid(path, "empty");
        const QByteArray text = s.toLatin1();
        auto decoded =
            QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        // Only the canonical form: one byte string has one encoding, so what is signed, compared or
        // stored cannot differ from what was meant (toLatin1 also maps non-Latin-1 to '?').
        if (!decoded || decoded.decoded.toBase64() != text || QString::fromLatin1(text) != s)
            return invalid(path, "not canonical base64");
        if (decoded.decoded.size() > maxBytes)
            return invalid(path, "too long");
        return decoded.decoded;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

// The fields of a whole body: one JSON object of at most maxSize bytes.
Result<Fields> bodyFields(QByteArrayView json, qsizetype maxSize)
{
    auto object = parseObject(json, maxSize);
    if (!object)
        return object.error();
    return Fields(object.value(), {});
}

bool isCanonicalUuid(const QString &s)
{
    return s.size() == 36 && QUuid::fromString(s).toString(QUuid::WithoutBraces) == s;
}

Result<QString> uuidField(const Fields &f)
{
    auto uuid = f.string("uuid", maxShort);
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

// Printable ASCII without spaces: it becomes a certificate CN and an HTTP header value.
bool isDeviceId(const QString &s)
{
    if (s.isEmpty() || s.size() > maxShort)
        return false;
    for (QChar c : s) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

bool isPointCode(const QString &s)
{
    if (s.size() != 15 || s[12] != u'-')
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i != 12 && (s[i] < u'0' || s[i] > u'9'))
            return false;
    }
    return true;
}

bool isUtcTimestamp(const QString &s)
{
    return s.endsWith(u'Z') && QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// Exactly 64 lower-case hex digits: one digest has one spelling.
Result<QByteArray> sha256Value(const QJsonValue &v, const QString &path)
{
    if (v.isUndefined())
        return invalid(path, "missing");
    auto s = Fields::stringValue(v, path, 64, true);
    if (!s)
        return s.error();
    if (s.value().size() != 64)
        return invalid(path, "not 64 lower-case hex digits");
    for (QChar c : s.value()) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return invalid(path, "not 64 lower-case hex digits");
    }
    return QByteArray::fromHex(s.value().toLatin1());
}

Result<qint64> uploadLength(const Fields &f)
{
    auto length = f.count("length");
    if (!length)
        return length.error();
    if (length.value() < 1 || length.value() > maxUploadLength)
        return invalid(f.path("length"), "not from 1 to 16 MiB");
    return length.value();
}

Result<AttachmentRef> decodeAttachmentRef(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return invalid(path, "not an object");
    const Fields f(value.toObject(), path);
    AttachmentRef ref;
    auto sha = sha256Value(f.value("sha256"), f.path("sha256"));
    if (!sha)
        return sha.error();
    ref.sha256 = sha.value();
    auto length = uploadLength(f);
    if (!length)
        return length.error();
    ref.length = length.value();
    return ref;
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

    auto meta = f.string("meta", maxMeta);
    if (!meta)
        return meta.error();
    r.meta = meta.value().toUtf8();

    auto suite = f.string("suite", maxShort);
    if (!suite)
        return suite.error();
    if (!suiteFromName(suite.value()))
        return invalid(f.path("suite"), "not intl or gm");
    r.suite = suite.value();

    auto header = f.base64("key_header", maxKeyHeader);
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

    auto status = f.string("status", maxShort);
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

    auto receipt = f.optionalString("receipt", maxShort);
    if (!receipt)
        return receipt.error();
    r.receipt = receipt.value();
    auto acceptedAt = f.optionalString("accepted_at", maxShort);
    if (!acceptedAt)
        return acceptedAt.error();
    r.acceptedAt = acceptedAt.value();
    if (!r.acceptedAt.isEmpty() && !isUtcTimestamp(r.acceptedAt))
        return invalid(f.path("accepted_at"), "not an ISO 8601 UTC time");
    auto signature = f.optionalString("signature", maxSignature * 2);
    if (!signature)
        return signature.error();
    auto sigBytes =
        Fields::base64Value(signature.value(), f.path("signature"), maxSignature, false);
    if (!sigBytes)
        return sigBytes.error();
    r.signature = sigBytes.value();
    auto reason = f.optionalString("reason", maxText);
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

struct InflateEnd
{
    void operator()(z_stream *s) const
    {
        inflateEnd(s);
        delete s;
    }
};

struct DeflateEnd
{
    void operator()(z_stream *s) const
    {
        deflateEnd(s);
        delete s;
    }
};

constexpr int gzipWindowBits = 15 + 16; // zlib: 16 added selects the gzip wrapper
// zlib counts in uInt; feed larger buffers in pieces.
constexpr qsizetype zChunk = 1 << 20;

} // namespace

AttachmentRef AttachmentRef::of(QByteArrayView sealed)
{
    return {QCryptographicHash::hash(sealed, QCryptographicHash::Sha256), qint64(sealed.size())};
}

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
            attachments.append(QJsonObject{{QStringLiteral("sha256"), hex(a.sha256)},
                                           {QStringLiteral("length"), a.length}});
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
    auto fields = bodyFields(json, maxBodyBytes);
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
    auto fields = bodyFields(json, maxResultBody);
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

QByteArray encode(const UploadCreate &create)
{
    return compact(QJsonObject{{QStringLiteral("length"), create.length},
                               {QStringLiteral("sha256"), hex(create.sha256)}});
}

Result<UploadCreate> decodeUploadCreate(QByteArrayView json)
{
    auto fields = bodyFields(json, maxSmallBody);
    if (!fields)
        return fields.error();
    const Fields &f = fields.value();
    UploadCreate c;
    auto length = uploadLength(f);
    if (!length)
        return length.error();
    c.length = length.value();
    auto sha = sha256Value(f.value("sha256"), f.path("sha256"));
    if (!sha)
        return sha.error();
    c.sha256 = sha.value();
    return c;
}

QByteArray uploadPath(const QString &uuid, qsizetype index)
{
    return "/v1/uploads/" + uuid.toLatin1() + '/' + QByteArray::number(index);
}

QByteArray encode(const EnrollRequest &request)
{
    return compact(QJsonObject{
        {QStringLiteral("token"), request.token},
        {QStringLiteral("csr"), QString::fromLatin1(request.csrPem)},
        {QStringLiteral("signing_key"), QString::fromLatin1(request.signingKeyPem)},
    });
}

Result<EnrollRequest> decodeEnrollRequest(QByteArrayView json)
{
    auto fields = bodyFields(json, maxSmallBody);
    if (!fields)
        return fields.error();
    const Fields &f = fields.value();
    EnrollRequest r;
    auto token = f.string("token", maxToken);
    if (!token)
        return token.error();
    r.token = token.value();
    auto csr = f.pem("csr");
    if (!csr)
        return csr.error();
    r.csrPem = csr.value();
    auto signingKey = f.pem("signing_key");
    if (!signingKey)
        return signingKey.error();
    r.signingKeyPem = signingKey.value();
    return r;
}

QByteArray encode(const EnrollResponse &response)
{
    return compact(QJsonObject{
        {QStringLiteral("device_id"), response.deviceId},
        {QStringLiteral("certificate"), QString::fromLatin1(response.certificatePem)},
        {QStringLiteral("ca"), QString::fromLatin1(response.caPem)},
        {QStringLiteral("point"), response.point},
        {QStringLiteral("suite"), response.suite},
        {QStringLiteral("central_key"), QString::fromLatin1(response.centralKeyPem)},
        {QStringLiteral("receipt_key"), QString::fromLatin1(response.receiptKeyPem)},
    });
}

Result<EnrollResponse> decodeEnrollResponse(QByteArrayView json)
{
    auto fields = bodyFields(json, maxSmallBody);
    if (!fields)
        return fields.error();
    const Fields &f = fields.value();
    EnrollResponse r;

    auto deviceId = f.string("device_id", maxShort);
    if (!deviceId)
        return deviceId.error();
    if (!isDeviceId(deviceId.value()))
        return invalid(f.path("device_id"), "not printable ASCII without spaces");
    r.deviceId = deviceId.value();

    auto point = f.string("point", maxShort);
    if (!point)
        return point.error();
    if (!isPointCode(point.value()))
        return invalid(f.path("point"), "not a service point code");
    r.point = point.value();

    auto suite = f.string("suite", maxShort);
    if (!suite)
        return suite.error();
    if (!suiteFromName(suite.value()))
        return invalid(f.path("suite"), "not intl or gm");
    r.suite = suite.value();

    struct PemField
    {
        const char *key;
        QByteArray EnrollResponse::*member;
    };
    for (const PemField &p : {PemField{"certificate", &EnrollResponse::certificatePem},
                              PemField{"ca", &EnrollResponse::caPem},
                              PemField{"central_key", &EnrollResponse::centralKeyPem},
                              PemField{"receipt_key", &EnrollResponse::receiptKeyPem}}) {
        auto pem = f.pem(p.key);
        if (!pem)
            return pem.error();
        r.*p.member = pem.value();
    }
    return r;
}

QByteArray encode(const Heartbeat &heartbeat)
{
    return compact(QJsonObject{
        {QStringLiteral("versions"),
         QJsonObject{{QStringLiteral("kiosk"), heartbeat.kioskVersion},
                     {QStringLiteral("catalogue"), heartbeat.catalogueVersion}}},
        {QStringLiteral("queue_depth"), heartbeat.queueDepth},
        {QStringLiteral("oldest_age_s"), heartbeat.oldestAgeSeconds},
        {QStringLiteral("disk_free_mb"), heartbeat.diskFreeMb},
        {QStringLiteral("last_error"), heartbeat.lastError},
    });
}

Result<Heartbeat> decodeHeartbeat(QByteArrayView json)
{
    auto fields = bodyFields(json, maxSmallBody);
    if (!fields)
        return fields.error();
    const Fields &f = fields.value();
    Heartbeat h;

    auto versions = f.object("versions");
    if (!versions)
        return versions.error();
    const Fields v(versions.value(), QStringLiteral("versions"));
    auto kiosk = v.string("kiosk", maxShort);
    if (!kiosk)
        return kiosk.error();
    h.kioskVersion = kiosk.value();
    // A kiosk that has not imported a catalogue yet reports "".
    auto catalogue = v.string("catalogue", maxShort, false);
    if (!catalogue)
        return catalogue.error();
    h.catalogueVersion = catalogue.value();

    auto queueDepth = f.count("queue_depth");
    if (!queueDepth)
        return queueDepth.error();
    h.queueDepth = queueDepth.value();
    auto oldest = f.count("oldest_age_s");
    if (!oldest)
        return oldest.error();
    h.oldestAgeSeconds = oldest.value();
    auto disk = f.count("disk_free_mb");
    if (!disk)
        return disk.error();
    h.diskFreeMb = disk.value();

    auto lastError = f.string("last_error", maxText, false);
    if (!lastError)
        return lastError.error();
    h.lastError = lastError.value();
    return h;
}

QByteArray receiptSigningInput(const QString &deviceId, const QString &uuid, const QString &receipt,
                               const QString &acceptedAt)
{
    return QByteArrayLiteral("jiujin-receipt-v1\n") + deviceId.toUtf8() + '\n' + uuid.toUtf8() +
           '\n' + receipt.toUtf8() + '\n' + acceptedAt.toUtf8();
}

QByteArray gzip(QByteArrayView data)
{
    std::unique_ptr<z_stream, DeflateEnd> stream;
    {
        auto *s = new z_stream{};
        if (deflateInit2(s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, gzipWindowBits, 8,
                         Z_DEFAULT_STRATEGY) != Z_OK) {
            delete s;
            return {};
        }
        stream.reset(s);
    }
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qsizetype offset = 0;
    int rc = Z_OK;
    do {
        const qsizetype chunk = std::min(zChunk, data.size() - offset);
        stream->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + offset));
        stream->avail_in = uInt(chunk);
        const bool last = offset + chunk == data.size();
        do {
            stream->next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream->avail_out = uInt(buffer.size());
            rc = deflate(stream.get(), last ? Z_FINISH : Z_NO_FLUSH);
            if (rc == Z_STREAM_ERROR)
                return {};
            out.append(buffer.constData(), buffer.size() - qsizetype(stream->avail_out));
        } while (stream->avail_out == 0);
        offset += chunk;
    } while (offset < data.size());
    return rc == Z_STREAM_END ? out : QByteArray();
}

Result<QByteArray> gunzip(QByteArrayView data, qsizetype maxOutput)
{
    if (maxOutput < 0)
        return invalid(QStringLiteral("gzip"), "negative output bound");
    std::unique_ptr<z_stream, InflateEnd> stream;
    {
        auto *s = new z_stream{};
        if (inflateInit2(s, gzipWindowBits) != Z_OK) {
            delete s;
            return Error{Error::Io, QStringLiteral("gzip: zlib failed to start")};
        }
        stream.reset(s);
    }
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qsizetype offset = 0;
    while (true) {
        if (stream->avail_in == 0 && offset < data.size()) {
            const qsizetype chunk = std::min(zChunk, data.size() - offset);
            stream->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + offset));
            stream->avail_in = uInt(chunk);
            offset += chunk;
        }
        stream->next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream->avail_out = uInt(buffer.size());
        const int rc = inflate(stream.get(), Z_NO_FLUSH);
        const qsizetype produced = buffer.size() - qsizetype(stream->avail_out);
        // Checked before appending: a bomb never costs more than maxOutput plus one buffer.
        if (produced > maxOutput - out.size())
            return Error{Error::Full, QStringLiteral("gzip: inflated body too large")};
        out.append(buffer.constData(), produced);
        if (rc == Z_STREAM_END) {
            if (stream->avail_in != 0 || offset < data.size())
                return invalid(QStringLiteral("gzip"), "data after the gzip member");
            return out;
        }
        // Input is refilled before every call, so no progress means the member ended early.
        if (rc == Z_BUF_ERROR)
            return invalid(QStringLiteral("gzip"), stream->avail_in == 0 ? "truncated" : "corrupt");
        if (rc != Z_OK)
            return invalid(QStringLiteral("gzip"), "corrupt");
    }
}

} // namespace jiujin::protocol
