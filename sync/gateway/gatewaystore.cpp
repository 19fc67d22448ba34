#include "gatewaystore.h"

#include "database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcGateway, "jiujin.gateway")

namespace jiujin {

namespace {

std::optional<QDateTime> optionalTime(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(s.integer(column), Qt::UTC);
}

QDateTime time(const Statement &s, int column)
{
    return QDateTime::fromSecsSinceEpoch(s.integer(column), Qt::UTC);
}

DeviceRow deviceFrom(const Statement &s)
{
    DeviceRow d;
    d.id = s.text(0);
    d.point = s.text(1);
    d.suite = s.text(2);
    d.signingKeyPem = s.text(3).toUtf8();
    d.certificatePem = s.text(4).toUtf8();
    d.csrKey = s.text(5);
    d.enrolledAt = time(s, 6);
    d.revokedAt = optionalTime(s, 7);
    d.lastHeartbeat = optionalTime(s, 8);
    return d;
}

const char *const deviceColumns =
    "SELECT d.id, d.point, d.suite, d.signing_key, d.certificate, d.csr_key, d.enrolled_at,"
    " d.revoked_at, h.received_at FROM devices d LEFT JOIN heartbeats h ON h.device = d.id";

SubmissionRow submissionFrom(const Statement &s)
{
    SubmissionRow r;
    r.device = s.text(0);
    r.uuid = s.text(1);
    r.kind = s.text(2);
    r.item = s.text(3);
    r.point = s.text(4);
    r.suite = s.text(5);
    r.status = s.text(6);
    r.reason = s.text(7);
    r.receipt = s.text(8);
    r.acceptedAt = s.text(9);
    r.signature = s.blob(10);
    r.receivedAt = time(s, 11);
    r.record = s.blob(12);
    return r;
}

} // namespace

GatewayStore::GatewayStore(Database &db, QString dataDir)
    : m_db(&db), m_dataDir(std::move(dataDir))
{
}

GatewayStore::~GatewayStore() = default;

Result<void> GatewayStore::insertToken(const TokenRow &t)
{
    Statement s = m_db->prepare("INSERT INTO tokens(hash, point, suite, created_at, expires_at)"
                                " VALUES (?, ?, ?, ?, ?)");
    s.bind(1, t.hash).bind(2, t.point).bind(3, t.suite);
    s.bind(4, t.createdAt.toSecsSinceEpoch()).bind(5, t.expiresAt.toSecsSinceEpoch());
    return s.run();
}

std::optional<TokenRow> GatewayStore::token(const QString &hash)
{
    Statement s = m_db->prepare("SELECT hash, point, suite, created_at, expires_at, used_at,"
                                " device, csr_key FROM tokens WHERE hash = ?");
    s.bind(1, hash);
    if (!s.step())
        return std::nullopt;
    TokenRow t;
    t.hash = s.text(0);
    t.point = s.text(1);
    t.suite = s.text(2);
    t.createdAt = time(s, 3);
    t.expiresAt = time(s, 4);
    t.usedAt = optionalTime(s, 5);
    t.device = s.text(6);
    t.csrKey = s.text(7);
    return t;
}

Result<void> GatewayStore::useToken(const QString &hash, const QString &device,
                                    const QString &csrKey, const QDateTime &at)
{
    Statement s = m_db->prepare("UPDATE tokens SET used_at = ?, device = ?, csr_key = ?"
                                " WHERE hash = ? AND used_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, device).bind(3, csrKey).bind(4, hash);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::Busy, QStringLiteral("token already used")};
    return {};
}

Result<void> GatewayStore::insertDevice(const DeviceRow &d)
{
    Statement s = m_db->prepare("INSERT INTO devices(id, point, suite, signing_key, certificate,"
                                " csr_key, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, d.id).bind(2, d.point).bind(3, d.suite);
    s.bind(4, QString::fromUtf8(d.signingKeyPem)).bind(5, QString::fromUtf8(d.certificatePem));
    s.bind(6, d.csrKey).bind(7, d.enrolledAt.toSecsSinceEpoch());
    return s.run();
}

Result<std::optional<DeviceRow>> GatewayStore::device(const QString &id)
{
    Statement s = m_db->prepare((QByteArray(deviceColumns) + " WHERE d.id = ?").constData());
    s.bind(1, id);
    if (!s.step()) {
        if (s.error())
            return *s.error(); // fail closed: a read error is not an unknown device
        return std::optional<DeviceRow>();
    }
    return std::optional<DeviceRow>(deviceFrom(s));
}

QList<DeviceRow> GatewayStore::devices()
{
    Statement s =
        m_db->prepare((QByteArray(deviceColumns) + " ORDER BY d.enrolled_at, d.id").constData());
    QList<DeviceRow> rows;
    while (s.step())
        rows.append(deviceFrom(s));
    return rows;
}

Result<void> GatewayStore::renewDevice(const QString &id, const QByteArray &certificatePem,
                                       const QString &csrKey, const QDateTime &at)
{
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun().error();
    Statement s = m_db->prepare("UPDATE devices SET certificate = ?, csr_key = ?"
                                " WHERE id = ? AND revoked_at IS NULL");
    s.bind(1, QString::fromUtf8(certificatePem)).bind(2, csrKey).bind(3, id);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::NotFound, QStringLiteral("no such device, or revoked")};
    Statement h = m_db->prepare("INSERT INTO device_certificates(device, certificate, csr_key,"
                                " issued_at) VALUES (?, ?, ?, ?)");
    h.bind(1, id).bind(2, QString::fromUtf8(certificatePem)).bind(3, csrKey);
    h.bind(4, at.toSecsSinceEpoch());
    if (auto r = h.run(); !r)
        return r;
    return tx.commit();
}

Result<int> GatewayStore::renewals(const QString &id)
{
    Statement s = m_db->prepare("SELECT count(*) FROM device_certificates WHERE device = ?");
    s.bind(1, id);
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("count failed")};
    return int(s.integer(0));
}

Result<void> GatewayStore::revoke(const QString &id, const QDateTime &at)
{
    auto known = device(id);
    if (!known)
        return known.error();
    if (!known->has_value())
        return Error{Error::NotFound, QStringLiteral("no such device")};
    Statement s =
        m_db->prepare("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, id);
    return s.run();
}

std::optional<SubmissionRow> GatewayStore::submission(const QString &device, const QString &uuid)
{
    Statement s = m_db->prepare(
        "SELECT device, uuid, kind, item, point, suite, status, reason, receipt, accepted_at,"
        " signature, received_at, record FROM submissions WHERE device = ? AND uuid = ?");
    s.bind(1, device).bind(2, uuid);
    if (!s.step())
        return std::nullopt;
    return submissionFrom(s);
}

Result<void> GatewayStore::insertSubmission(const SubmissionRow &r)
{
    Statement s = m_db->prepare(
        "INSERT INTO submissions(device, uuid, kind, item, point, suite, status, reason, receipt,"
        " accepted_at, signature, received_at, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, r.device).bind(2, r.uuid).bind(3, r.kind).bind(4, r.item).bind(5, r.point);
    s.bind(6, r.suite).bind(7, r.status).bind(8, r.reason);
    if (r.receipt.isEmpty())
        s.bindNull(9).bindNull(10).bindNull(11);
    else
        s.bind(9, r.receipt).bind(10, r.acceptedAt).bindBlob(11, r.signature);
    s.bind(12, r.receivedAt.toSecsSinceEpoch()).bindBlob(13, r.record);
    return s.run();
}

QList<SubmissionRow> GatewayStore::submissions(const QString &device, int limit)
{
    Statement s = m_db->prepare(
        "SELECT device, uuid, kind, item, point, suite, status, reason, receipt, accepted_at,"
        " signature, received_at, record FROM submissions WHERE ?1 = '' OR device = ?1"
        " ORDER BY id DESC LIMIT ?2");
    s.bind(1, device).bind(2, qint64(limit));
    QList<SubmissionRow> rows;
    while (s.step())
        rows.append(submissionFrom(s));
    return rows;
}

Result<qint64> GatewayStore::nextReceiptSequence(const QString &day)
{
    Statement s = m_db->prepare("INSERT INTO receipt_days(day, last) VALUES (?, 1)"
                                " ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last");
    s.bind(1, day);
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("receipt sequence")});
    const qint64 next = s.integer(0);
    while (s.step()) {
    }
    return next;
}

Result<bool> GatewayStore::rememberNonce(const QString &nonce, const QString &device,
                                         const QDateTime &now, qint64 windowSeconds)
{
    Statement prune = m_db->prepare("DELETE FROM nonces WHERE seen_at < ?");
    prune.bind(1, now.toSecsSinceEpoch() - windowSeconds);
    if (auto r = prune.run(); !r)
        return r.error();
    Statement s = m_db->prepare(
        "INSERT INTO nonces(nonce, device, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    s.bind(1, nonce).bind(2, device).bind(3, now.toSecsSinceEpoch());
    if (auto r = s.run(); !r)
        return r.error();
    return m_db->changes() == 1;
}

std::optional<UploadRow> GatewayStore::upload(const QString &device, const QString &uuid, int index)
{
    Statement s = m_db->prepare("SELECT length, sha256, received, created_at FROM uploads"
                                " WHERE device = ? AND uuid = ? AND idx = ?");
    s.bind(1, device).bind(2, uuid).bind(3, qint64(index));
    if (!s.step())
        return std::nullopt;
    UploadRow row;
    row.device = device;
    row.uuid = uuid;
    row.index = index;
    row.length = s.integer(0);
    row.sha256 = s.blob(1);
    row.received = s.integer(2);
    row.createdAt = time(s, 3);
    return row;
}

Result<void> GatewayStore::startUpload(const UploadRow &row)
{
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    Statement s =
        m_db->prepare("INSERT INTO uploads(device, uuid, idx, length, sha256, received, created_at)"
                      " VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT(device, uuid, idx) DO UPDATE SET"
                      " length = excluded.length, sha256 = excluded.sha256, received = 0,"
                      " created_at = excluded.created_at");
    s.bind(1, row.device).bind(2, row.uuid).bind(3, qint64(row.index)).bind(4, row.length);
    s.bindBlob(5, row.sha256).bind(6, row.createdAt.toSecsSinceEpoch());
    if (auto r = s.run(); !r)
        return r;
    // Bytes of an earlier start are dropped; received = 0 makes them unreachable even if this
    // truncation is lost (the next append truncates to its offset first).
    QFile file(attachmentFile(row.device, row.uuid, row.index));
    if (file.exists() && !file.resize(0))
        return Error{Error::Io, QStringLiteral("upload file: %1").arg(file.errorString())};
    return tx.commit();
}

Result<void> GatewayStore::appendChunk(const QString &device, const QString &uuid, int index,
                                       qint64 at, QByteArrayView data)
{
    const QString path = attachmentFile(device, uuid, index);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{Error::Io, QStringLiteral("cannot make the upload folder")};
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return Error{Error::Io, QStringLiteral("upload file: %1").arg(file.errorString())};
    // Whatever lies past the stored offset was never acknowledged: it is written over.
    if (file.size() != at && !file.resize(at))
        return Error{Error::Io, QStringLiteral("upload file: %1").arg(file.errorString())};
    if (!file.seek(at) || file.write(data.data(), data.size()) != data.size() || !file.flush() ||
        ::fdatasync(file.handle()) != 0)
        return Error{Error::Io, QStringLiteral("upload file: %1").arg(file.errorString())};
    file.close();
    Statement s = m_db->prepare("UPDATE uploads SET received = received + ?"
                                " WHERE device = ? AND uuid = ? AND idx = ? AND received = ?");
    s.bind(1, qint64(data.size())).bind(2, device).bind(3, uuid).bind(4, qint64(index)).bind(5, at);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::Busy, QStringLiteral("upload moved on")};
    return {};
}

Result<QByteArray> GatewayStore::uploadSha256(const QString &device, const QString &uuid, int index)
{
    const auto row = upload(device, uuid, index);
    if (!row)
        return Error{Error::NotFound, QStringLiteral("no such upload")};
    QFile file(attachmentFile(device, uuid, index));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (row->received > 0) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Io, QStringLiteral("upload file: %1").arg(file.errorString())};
        QByteArray buffer(256 * 1024, Qt::Uninitialized);
        qint64 left = row->received;
        while (left > 0) {
            const qint64 n = file.read(buffer.data(), std::min<qint64>(left, buffer.size()));
            if (n <= 0)
                return Error{Error::Corrupt, QStringLiteral("upload file shorter than received")};
            hash.addData(QByteArrayView(buffer.constData(), n));
            left -= n;
        }
    }
    return hash.result();
}

Result<void> GatewayStore::resetUpload(const QString &device, const QString &uuid, int index)
{
    Statement s =
        m_db->prepare("UPDATE uploads SET received = 0 WHERE device = ? AND uuid = ? AND idx = ?");
    s.bind(1, device).bind(2, uuid).bind(3, qint64(index));
    if (auto r = s.run(); !r)
        return r;
    QFile file(attachmentFile(device, uuid, index));
    if (file.exists() && !file.resize(0))
        qCWarning(lcGateway) << "cannot truncate upload file:" << file.errorString();
    return {};
}

Result<void> GatewayStore::deleteUploads(const QString &device, const QString &uuid, int keep)
{
    QList<int> stray;
    {
        Statement s = m_db->prepare("SELECT idx FROM uploads WHERE device = ? AND uuid = ?"
                                    " AND idx >= ?");
        s.bind(1, device).bind(2, uuid).bind(3, qint64(keep));
        while (s.step())
            stray.append(int(s.integer(0)));
        if (s.error())
            return *s.error();
    }
    Statement s = m_db->prepare("DELETE FROM uploads WHERE device = ? AND uuid = ?");
    s.bind(1, device).bind(2, uuid);
    if (auto r = s.run(); !r)
        return r;
    for (int index : stray)
        QFile::remove(attachmentFile(device, uuid, index));
    return {};
}

Result<int> GatewayStore::dropUploadsBefore(const QDateTime &before)
{
    struct Key
    {
        QString device, uuid;
        int index;
    };
    QList<Key> dropped;
    {
        Statement s = m_db->prepare("SELECT device, uuid, idx FROM uploads WHERE created_at < ?");
        s.bind(1, before.toSecsSinceEpoch());
        while (s.step())
            dropped.append({s.text(0), s.text(1), int(s.integer(2))});
        if (s.error())
            return *s.error();
    }
    if (dropped.isEmpty())
        return 0;
    Statement s = m_db->prepare("DELETE FROM uploads WHERE created_at < ?");
    s.bind(1, before.toSecsSinceEpoch());
    if (auto r = s.run(); !r)
        return r.error();
    // After the rows: a file whose removal is lost is only an orphan, never a missing upload.
    for (const Key &k : dropped) {
        const QString path = attachmentFile(k.device, k.uuid, k.index);
        QFile::remove(path);
        QDir().rmdir(QFileInfo(path).absolutePath()); // only when empty
    }
    return int(dropped.size());
}

Result<qint64> GatewayStore::openUploads(const QString &device)
{
    Statement s = m_db->prepare("SELECT count(*) FROM uploads WHERE device = ?");
    s.bind(1, device);
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("open uploads")});
    return s.integer(0);
}

Result<qint64> GatewayStore::uploadedTotal(const QString &device, const QString &uuid,
                                           int exceptIndex)
{
    Statement s = m_db->prepare("SELECT coalesce(sum(length), 0) FROM uploads"
                                " WHERE device = ? AND uuid = ? AND idx != ?");
    s.bind(1, device).bind(2, uuid).bind(3, qint64(exceptIndex));
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("upload total")});
    return s.integer(0);
}

QString GatewayStore::attachmentPath(const QString &device, const QString &uuid, int index)
{
    // Device ids are central's own ("jj-" + hex) and uuids are checked by the route; encoded
    // all the same, dots included, so no name can climb out of the folder.
    const auto part = [](const QString &name) {
        return QString::fromLatin1(QUrl::toPercentEncoding(name, QByteArray(), "."));
    };
    return QStringLiteral("attachments/%1/%2/%3").arg(part(device), part(uuid)).arg(index);
}

QString GatewayStore::attachmentFile(const QString &device, const QString &uuid, int index) const
{
    return m_dataDir + QLatin1Char('/') + attachmentPath(device, uuid, index);
}

Result<QByteArray> GatewayStore::storedAttachment(const SubmissionRow &row, int index) const
{
    const QJsonArray parts =
        QJsonDocument::fromJson(row.record).object().value(QLatin1String("attachments")).toArray();
    if (index < 0 || index >= parts.size())
        return Error{Error::NotFound, QStringLiteral("no such attachment")};
    const QJsonValue part = parts.at(index);
    if (part.isString())
        return QByteArray::fromBase64(part.toString().toLatin1());
    const QString file = part.toObject().value(QLatin1String("file")).toString();
    if (file != attachmentPath(row.device, row.uuid, index))
        return Error{Error::Corrupt, QStringLiteral("attachment file name")};
    QFile f(m_dataDir + QLatin1Char('/') + file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("attachment file: %1").arg(f.errorString())};
    return f.readAll();
}

Result<GatewayStore::Usage> GatewayStore::usage(const QString &device, const QString &day)
{
    Statement s = m_db->prepare("SELECT records, bytes FROM device_usage WHERE device = ?"
                                " AND day = ?");
    s.bind(1, device).bind(2, day);
    Usage u;
    if (s.step()) {
        u.records = s.integer(0);
        u.bytes = s.integer(1);
    } else if (s.error()) {
        return *s.error(); // fail closed: an unreadable count is not a zero one
    }
    return u;
}

Result<void> GatewayStore::addUsage(const QString &device, const QString &day, qint64 records,
                                    qint64 bytes)
{
    Statement s = m_db->prepare(
        "INSERT INTO device_usage(device, day, records, bytes) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(device, day) DO UPDATE SET records = records + excluded.records,"
        " bytes = bytes + excluded.bytes");
    s.bind(1, device).bind(2, day).bind(3, records).bind(4, bytes);
    return s.run();
}

Result<void> GatewayStore::setHeartbeat(const QString &device, const QByteArray &json,
                                        const QDateTime &at)
{
    Statement s =
        m_db->prepare("INSERT INTO heartbeats(device, received_at, body) VALUES (?, ?, ?)"
                      " ON CONFLICT(device) DO UPDATE SET received_at = excluded.received_at,"
                      " body = excluded.body");
    s.bind(1, device).bind(2, at.toSecsSinceEpoch()).bind(3, QString::fromUtf8(json));
    return s.run();
}

std::optional<QByteArray> GatewayStore::heartbeat(const QString &device)
{
    Statement s = m_db->prepare("SELECT body FROM heartbeats WHERE device = ?");
    s.bind(1, device);
    if (!s.step())
        return std::nullopt;
    return s.text(0).toUtf8();
}

} // namespace jiujin
