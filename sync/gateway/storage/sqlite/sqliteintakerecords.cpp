#include "sqliteintakerecords.h"

#include "database.h"
#include "gatewaylog.h"
#include "rows.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace jiujin::gateway {

using rows::time;

namespace {

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

Result<std::optional<SubmissionRow>> SqliteIntakeRecords::submission(const QString &device,
                                                                     const QString &uuid)
{
    auto s = m_db->cached(
        "SELECT device, uuid, kind, item, point, suite, status, reason, receipt, accepted_at,"
        " signature, received_at, record FROM submissions WHERE device = ? AND uuid = ?");
    s.bind(1, device).bind(2, uuid);
    if (!s.step()) {
        if (s.error())
            return *s.error(); // fail closed: a read error is not "none"
        return std::optional<SubmissionRow>();
    }
    return std::optional<SubmissionRow>(submissionFrom(s));
}

Result<void> SqliteIntakeRecords::insertSubmission(const SubmissionRow &r)
{
    auto s = m_db->cached(
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

Result<QList<SubmissionRow>> SqliteIntakeRecords::submissions(const QString &device, int limit)
{
    Statement s = m_db->prepare(
        "SELECT device, uuid, kind, item, point, suite, status, reason, receipt, accepted_at,"
        " signature, received_at, record FROM submissions WHERE ?1 = '' OR device = ?1"
        " ORDER BY id DESC LIMIT ?2");
    s.bind(1, device).bind(2, qint64(limit));
    QList<SubmissionRow> rows;
    while (s.step())
        rows.append(submissionFrom(s));
    if (s.error())
        return *s.error();
    return rows;
}

Result<qint64> SqliteIntakeRecords::nextReceiptSequence(const QString &day)
{
    auto s = m_db->cached("INSERT INTO receipt_days(day, last) VALUES (?, 1)"
                          " ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last");
    s.bind(1, day);
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("receipt sequence")});
    const qint64 next = s.integer(0);
    while (s.step()) {
    }
    return next;
}

Result<std::optional<UploadRow>> SqliteIntakeRecords::upload(const QString &device,
                                                             const QString &uuid, int index)
{
    auto s = m_db->cached("SELECT length, sha256, received, created_at FROM uploads"
                          " WHERE device = ? AND uuid = ? AND idx = ?");
    s.bind(1, device).bind(2, uuid).bind(3, qint64(index));
    if (!s.step()) {
        if (s.error())
            return *s.error(); // fail closed: a read error is not "none"
        return std::optional<UploadRow>();
    }
    UploadRow row;
    row.device = device;
    row.uuid = uuid;
    row.index = index;
    row.length = s.integer(0);
    row.sha256 = s.blob(1);
    row.received = s.integer(2);
    row.createdAt = time(s, 3);
    return std::optional<UploadRow>(row);
}

Result<void> SqliteIntakeRecords::startUpload(const UploadRow &row)
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

Result<void> SqliteIntakeRecords::appendChunk(const QString &device, const QString &uuid, int index,
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

Result<QByteArray> SqliteIntakeRecords::uploadSha256(const QString &device, const QString &uuid,
                                                     int index)
{
    const auto found = upload(device, uuid, index);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{Error::NotFound, QStringLiteral("no such upload")};
    const UploadRow *row = &*found.value();
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

Result<void> SqliteIntakeRecords::resetUpload(const QString &device, const QString &uuid, int index)
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

Result<void> SqliteIntakeRecords::deleteUploads(const QString &device, const QString &uuid,
                                                int keep)
{
    QList<int> stray;
    {
        auto s = m_db->cached("SELECT idx FROM uploads WHERE device = ? AND uuid = ?"
                              " AND idx >= ?");
        s.bind(1, device).bind(2, uuid).bind(3, qint64(keep));
        while (s.step())
            stray.append(int(s.integer(0)));
        if (s.error())
            return *s.error();
    }
    auto s = m_db->cached("DELETE FROM uploads WHERE device = ? AND uuid = ?");
    s.bind(1, device).bind(2, uuid);
    if (auto r = s.run(); !r)
        return r;
    for (int index : stray)
        QFile::remove(attachmentFile(device, uuid, index));
    return {};
}

Result<int> SqliteIntakeRecords::dropUploadsBefore(const QDateTime &before)
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

Result<qint64> SqliteIntakeRecords::openUploads(const QString &device)
{
    Statement s = m_db->prepare("SELECT count(*) FROM uploads WHERE device = ?");
    s.bind(1, device);
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("open uploads")});
    return s.integer(0);
}

Result<qint64> SqliteIntakeRecords::uploadedTotal(const QString &device, const QString &uuid,
                                                  int exceptIndex)
{
    Statement s = m_db->prepare("SELECT coalesce(sum(length), 0) FROM uploads"
                                " WHERE device = ? AND uuid = ? AND idx != ?");
    s.bind(1, device).bind(2, uuid).bind(3, qint64(exceptIndex));
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("upload total")});
    return s.integer(0);
}

QString SqliteIntakeRecords::attachmentFile(const QString &device, const QString &uuid,
                                            int index) const
{
    return m_dataDir + QLatin1Char('/') + attachmentPath(device, uuid, index);
}

Result<QByteArray> SqliteIntakeRecords::storedAttachment(const SubmissionRow &row, int index) const
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

Result<QByteArray> SqliteIntakeRecords::attachmentBytes(const QString &device, const QString &uuid,
                                                        int index) const
{
    QFile f(attachmentFile(device, uuid, index));
    if (!f.exists())
        return QByteArray();
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("attachment file: %1").arg(f.errorString())};
    return f.readAll();
}

Result<IntakeRecords::Usage> SqliteIntakeRecords::usage(const QString &device, const QString &day)
{
    auto s = m_db->cached("SELECT records, bytes FROM device_usage WHERE device = ?"
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

Result<void> SqliteIntakeRecords::addUsage(const QString &device, const QString &day,
                                           qint64 records, qint64 bytes)
{
    auto s =
        m_db->cached("INSERT INTO device_usage(device, day, records, bytes) VALUES (?, ?, ?, ?)"
                     " ON CONFLICT(device, day) DO UPDATE SET records = records + excluded.records,"
                     " bytes = bytes + excluded.bytes");
    s.bind(1, device).bind(2, day).bind(3, records).bind(4, bytes);
    return s.run();
}

} // namespace jiujin::gateway
