#include "pgintakerecords.h"

#include "gatewaylog.h"
#include "pgdatabase.h"
#include "protocollimits.h"
#include "rows.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace jiujin::gateway {

using rows::time;

namespace {

SubmissionRow submissionFrom(const PgStatement &s)
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

Result<std::optional<SubmissionRow>> PgIntakeRecords::submission(const QString &device,
                                                                 const QString &uuid)
{
    PgStatement s = m_db->cached(
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

Result<QHash<QString, SubmissionRow>> PgIntakeRecords::storedOf(const QString &device,
                                                                const QStringList &uuids)
{
    // One round trip for the batch: the uuids as one text[] value (each quoted, so no uuid can
    // be read as two, or as NULL).
    QString array = QStringLiteral("{");
    for (qsizetype i = 0; i < uuids.size(); ++i) {
        QString quoted = uuids.at(i);
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
        array += (i ? QLatin1String(",\"") : QLatin1String("\"")) + quoted + QLatin1Char('"');
    }
    array += QLatin1Char('}');
    PgStatement s = m_db->cached(
        "SELECT device, uuid, kind, item, point, suite, status, reason, receipt, accepted_at,"
        " signature, received_at, record FROM submissions WHERE device = ? AND uuid = "
        "ANY(?::text[])");
    s.bind(1, device).bind(2, array);
    QHash<QString, SubmissionRow> found;
    while (s.step()) {
        SubmissionRow row = submissionFrom(s);
        found.insert(row.uuid, std::move(row));
    }
    if (s.error())
        return *s.error(); // fail closed: a read error is not "never stored"
    return found;
}

Result<void> PgIntakeRecords::insertSubmission(const SubmissionRow &r)
{
    PgStatement s = m_db->cached(
        "INSERT INTO submissions(device, uuid, kind, item, point, suite, status, reason, receipt,"
        " accepted_at, signature, received_at, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, r.device).bind(2, r.uuid).bind(3, r.kind).bind(4, r.item).bind(5, r.point);
    s.bind(6, r.suite).bind(7, r.status).bind(8, r.reason);
    if (r.receipt.isEmpty())
        s.bindNull(9).bindNull(10).bindNull(11);
    else
        s.bind(9, r.receipt).bind(10, r.acceptedAt).bindBlob(11, r.signature);
    s.bind(12, r.receivedAt.toSecsSinceEpoch()).bindBlob(13, r.record);
    // Sent with the case's insert that follows (or settle()): a unique key taken meanwhile by
    // another instance fails there, still this record's error.
    return s.queue();
}

Result<QList<SubmissionRow>> PgIntakeRecords::submissions(const QString &device, int limit)
{
    PgStatement s = m_db->prepare(
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

Result<qint64> PgIntakeRecords::nextReceiptSequence(const QString &day)
{
    // Taken outside the batch's transaction (DESIGN §11c): the day's row would otherwise be held
    // by every batch until its commit. A batch that rolls back leaves its numbers unused.
    return m_db->takeNumber(
        "INSERT INTO receipt_days(day, last) VALUES (?, 1)"
        " ON CONFLICT(day) DO UPDATE SET last = receipt_days.last + 1 RETURNING last",
        day);
}

Result<std::optional<UploadRow>> PgIntakeRecords::upload(const QString &device, const QString &uuid,
                                                         int index)
{
    PgStatement s = m_db->cached("SELECT length, sha256, received, created_at FROM uploads"
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

Result<void> PgIntakeRecords::startUpload(const UploadRow &row)
{
    PgScopedTransaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    PgStatement s =
        m_db->prepare("INSERT INTO uploads(device, uuid, idx, length, sha256, received, created_at)"
                      " VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT(device, uuid, idx) DO UPDATE SET"
                      " length = excluded.length, sha256 = excluded.sha256, received = 0,"
                      " created_at = excluded.created_at");
    s.bind(1, row.device).bind(2, row.uuid).bind(3, qint64(row.index)).bind(4, row.length);
    s.bindBlob(5, row.sha256).bind(6, row.createdAt.toSecsSinceEpoch());
    if (auto r = s.run(); !r)
        return r;
    // Bytes of an earlier start are dropped with the row's reset, in the same transaction.
    if (auto r = dropChunks(row.device, row.uuid, row.index, 0); !r)
        return r;
    return tx.commit();
}

Result<void> PgIntakeRecords::dropChunks(const QString &device, const QString &uuid, int index,
                                         qint64 from)
{
    PgStatement s = m_db->prepare("DELETE FROM attachment_chunks WHERE device = ? AND uuid = ?"
                                  " AND idx = ? AND at >= ?");
    s.bind(1, device).bind(2, uuid).bind(3, qint64(index)).bind(4, from);
    return s.run();
}

Result<void> PgIntakeRecords::appendChunk(const QString &device, const QString &uuid, int index,
                                          qint64 at, QByteArrayView data)
{
    // The bytes and the offset that acknowledges them commit together: no byte past received
    // ever stays, and an acknowledged one is never lost (DESIGN §11c, attachments).
    PgScopedTransaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    PgStatement s = m_db->prepare("UPDATE uploads SET received = received + ?"
                                  " WHERE device = ? AND uuid = ? AND idx = ? AND received = ?");
    s.bind(1, qint64(data.size())).bind(2, device).bind(3, uuid).bind(4, qint64(index)).bind(5, at);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::Busy, QStringLiteral("upload moved on")};
    if (auto r = dropChunks(device, uuid, index, at); !r)
        return r;
    PgStatement put = m_db->prepare(
        "INSERT INTO attachment_chunks(device, uuid, idx, at, data) VALUES (?, ?, ?, ?, ?)");
    put.bind(1, device).bind(2, uuid).bind(3, qint64(index)).bind(4, at).bindBlob(5, data);
    if (auto r = put.run(); !r)
        return r;
    return tx.commit();
}

Result<void> PgIntakeRecords::readChunks(const QString &device, const QString &uuid, int index,
                                         qint64 length,
                                         const std::function<void(QByteArrayView)> &sink) const
{
    // One chunk at a time (each at most one PATCH body): memory stays bounded by a chunk.
    qint64 pos = 0;
    while (pos < length) {
        PgStatement s = m_db->prepare("SELECT at, data FROM attachment_chunks WHERE device = ?"
                                      " AND uuid = ? AND idx = ? AND at <= ? ORDER BY at DESC"
                                      " LIMIT 1");
        s.bind(1, device).bind(2, uuid).bind(3, qint64(index)).bind(4, pos);
        if (!s.step())
            return s.error().value_or(
                Error{Error::Corrupt, QStringLiteral("attachment bytes missing at %1").arg(pos)});
        const QByteArray data = s.blob(1);
        const qint64 skip = pos - s.integer(0);
        if (skip >= data.size())
            return Error{Error::Corrupt, QStringLiteral("attachment bytes missing at %1").arg(pos)};
        const qint64 n = std::min<qint64>(data.size() - skip, length - pos);
        sink(QByteArrayView(data.constData() + skip, n));
        pos += n;
    }
    return {};
}

Result<QByteArray> PgIntakeRecords::uploadSha256(const QString &device, const QString &uuid,
                                                 int index)
{
    const auto found = upload(device, uuid, index);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{Error::NotFound, QStringLiteral("no such upload")};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (auto r = readChunks(device, uuid, index, found.value()->received,
                            [&hash](QByteArrayView part) { hash.addData(part); });
        !r)
        return r.error();
    return hash.result();
}

Result<void> PgIntakeRecords::resetUpload(const QString &device, const QString &uuid, int index)
{
    PgScopedTransaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    PgStatement s =
        m_db->prepare("UPDATE uploads SET received = 0 WHERE device = ? AND uuid = ? AND idx = ?");
    s.bind(1, device).bind(2, uuid).bind(3, qint64(index));
    if (auto r = s.run(); !r)
        return r;
    if (auto r = dropChunks(device, uuid, index, 0); !r)
        return r;
    return tx.commit();
}

Result<void> PgIntakeRecords::deleteUploads(const QString &device, const QString &uuid, int keep)
{
    // One statement (so one round trip and no savepoint, twice for every record a drain
    // stores): the rows go, and of the bytes the first keep attachments' stay, being the stored
    // record's now.
    PgStatement s = m_db->cached(
        "WITH gone AS (DELETE FROM uploads WHERE device = ?1 AND uuid = ?2)"
        " DELETE FROM attachment_chunks WHERE device = ?1 AND uuid = ?2 AND idx >= ?3");
    s.bind(1, device).bind(2, uuid).bind(3, qint64(keep));
    return s.queue();
}

Result<int> PgIntakeRecords::dropUploadsBefore(const QDateTime &before)
{
    PgScopedTransaction tx(*m_db);
    if (!tx.begun())
        return tx.begun().error();
    PgStatement chunks =
        m_db->prepare("DELETE FROM attachment_chunks c USING uploads u WHERE u.device = c.device"
                      " AND u.uuid = c.uuid AND u.idx = c.idx AND u.created_at < ?");
    chunks.bind(1, before.toSecsSinceEpoch());
    if (auto r = chunks.run(); !r)
        return r.error();
    PgStatement s = m_db->prepare("DELETE FROM uploads WHERE created_at < ?");
    s.bind(1, before.toSecsSinceEpoch());
    if (auto r = s.run(); !r)
        return r.error();
    const int dropped = m_db->changes();
    if (auto r = tx.commit(); !r)
        return r.error();
    return dropped;
}

Result<qint64> PgIntakeRecords::openUploads(const QString &device)
{
    PgStatement s = m_db->prepare("SELECT count(*) FROM uploads WHERE device = ?");
    s.bind(1, device);
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("open uploads")});
    return s.integer(0);
}

Result<qint64> PgIntakeRecords::uploadedTotal(const QString &device, const QString &uuid,
                                              int exceptIndex)
{
    PgStatement s = m_db->prepare("SELECT coalesce(sum(length), 0) FROM uploads"
                                  " WHERE device = ? AND uuid = ? AND idx != ?");
    s.bind(1, device).bind(2, uuid).bind(3, qint64(exceptIndex));
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("upload total")});
    return s.integer(0);
}

QString PgIntakeRecords::attachmentFile(const QString &device, const QString &uuid, int index) const
{
    // Where an instance before migration 008 kept the bytes: read back when the database has
    // none of a stored record's (storedAttachment).
    return m_dataDir + QLatin1Char('/') + attachmentPath(device, uuid, index);
}

Result<QByteArray> PgIntakeRecords::attachmentBytes(const QString &device, const QString &uuid,
                                                    int index) const
{
    PgStatement s = m_db->prepare("SELECT coalesce(sum(length(data)), 0), count(*) FROM"
                                  " attachment_chunks WHERE device = ? AND uuid = ? AND idx = ?");
    s.bind(1, device).bind(2, uuid).bind(3, qint64(index));
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("attachment length")});
    const qint64 length = s.integer(0);
    if (s.integer(1) == 0) {
        // Kept as a file by an instance before migration 008 (DESIGN §11c): read from there.
        QFile f(attachmentFile(device, uuid, index));
        if (!f.exists())
            return QByteArray();
        if (!f.open(QIODevice::ReadOnly))
            return Error{Error::Io, QStringLiteral("attachment file: %1").arg(f.errorString())};
        return f.readAll();
    }
    if (length > protocol::maxUploadLength)
        return Error{Error::Full, QStringLiteral("attachment larger than central takes")};
    QByteArray out;
    out.reserve(length);
    if (auto r = readChunks(device, uuid, index, length,
                            [&out](QByteArrayView part) { out.append(part); });
        !r)
        return r.error();
    return out;
}

Result<QByteArray> PgIntakeRecords::storedAttachment(const SubmissionRow &row, int index) const
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
    auto bytes = attachmentBytes(row.device, row.uuid, index);
    if (bytes && bytes->isEmpty()) // an attachment has 1 byte at least: fail closed
        return Error{Error::Io, QStringLiteral("attachment bytes missing")};
    return bytes;
}

Result<IntakeRecords::Usage> PgIntakeRecords::usage(const QString &device, const QString &day)
{
    PgStatement s = m_db->cached("SELECT records, bytes FROM device_usage WHERE device = ?"
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

Result<void> PgIntakeRecords::addUsage(const QString &device, const QString &day, qint64 records,
                                       qint64 bytes)
{
    PgStatement s = m_db->cached(
        "INSERT INTO device_usage(device, day, records, bytes) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(device, day) DO UPDATE SET records = device_usage.records + excluded.records,"
        " bytes = device_usage.bytes + excluded.bytes");
    s.bind(1, device).bind(2, day).bind(3, records).bind(4, bytes);
    return s.queue();
}

Result<void> PgIntakeRecords::settle()
{
    return m_db->flush();
}

} // namespace jiujin::gateway
