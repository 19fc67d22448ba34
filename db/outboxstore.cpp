#include "outboxstore.h"

#include "auditlog.h"
#include "bookingstore.h"
#include "database.h"

#include <QScopeGuard>
#include <QSet>

namespace jiujin {

namespace {
const char *const columns =
    "uuid, kind, receipt, refers_to, item_code, point_code, created_at, updated_at, state, "
    "reason, central_receipt, attempts, staff_id, authorisation, follow_up, meta, suite";

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

OutboxRecord readRow(const Statement &s)
{
    OutboxRecord r;
    r.uuid = s.text(0);
    r.kind = s.text(1);
    r.receipt = s.text(2);
    r.refersTo = s.text(3);
    r.itemCode = s.text(4);
    r.pointCode = s.text(5);
    r.createdAt = QDateTime::fromString(s.text(6), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(s.text(7), Qt::ISODateWithMs);
    r.state = s.text(8);
    r.reason = s.text(9);
    r.centralReceipt = s.text(10);
    r.attempts = int(s.integer(11));
    r.staffId = s.text(12);
    r.authorisation = s.text(13);
    r.followUp = s.integer(14) != 0;
    r.meta = s.text(15).toUtf8();
    r.suite = s.text(16);
    return r;
}

Statement &bindOrNull(Statement &s, int index, const QString &value)
{
    return value.isEmpty() ? s.bindNull(index) : s.bind(index, value);
}
} // namespace

Result<qint64> OutboxStore::nextSequence()
{
    auto s = m_db.cached(
        "INSERT INTO kiosk_settings (key, value) VALUES ('receipt.sequence', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value");
    if (!s.step())
        return s.error().value_or(m_db.lastError("receipt sequence"));
    const qint64 next = s.text(0).toLongLong();
    s.reset();
    return next;
}

Result<void> OutboxStore::insert(const OutboxRecord &r)
{
    auto s = m_db.cached(
        "INSERT INTO outbox (uuid, kind, receipt, refers_to, item_code, point_code, created_at, "
        "updated_at, state, staff_id, authorisation, follow_up, meta, suite, key_header, payload) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    s.bind(1, r.uuid).bind(2, r.kind);
    bindOrNull(s, 3, r.receipt);
    bindOrNull(s, 4, r.refersTo);
    s.bind(5, r.itemCode).bind(6, r.pointCode).bind(7, iso(r.createdAt)).bind(8, iso(r.createdAt));
    bindOrNull(s, 9, r.staffId);
    bindOrNull(s, 10, r.authorisation);
    s.bind(11, qint64(r.followUp)).bind(12, QString::fromUtf8(r.meta)).bind(13, r.suite);
    s.bindBlob(14, r.keyHeader).bindBlob(15, r.payload);
    if (!s.step())
        return s.error().value_or(m_db.lastError("queue record"));
    const qint64 id = s.integer(0);
    s.reset();
    auto a = m_db.cached("INSERT INTO attachment (record_id, position, sealed) VALUES (?, ?, ?)");
    for (int i = 0; i < r.attachments.size(); ++i) {
        a.bind(1, id).bind(2, qint64(i)).bindBlob(3, r.attachments.at(i));
        if (auto done = a.run(); !done)
            return done;
        a.reset();
    }
    return {};
}

Result<void> OutboxStore::setState(const QString &uuid, const QString &state, const QString &reason,
                                   const QString &centralReceipt, const QDateTime &at,
                                   const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto s = m_db.prepare(
        "UPDATE outbox SET state = ?, reason = ?, central_receipt = COALESCE(?, central_receipt), "
        "updated_at = ?, attempts = attempts + (? = 'sending') WHERE uuid = ?");
    s.bind(1, state);
    bindOrNull(s, 2, reason);
    bindOrNull(s, 3, centralReceipt);
    s.bind(4, iso(at)).bind(5, state).bind(6, uuid);
    if (auto r = s.run(); !r)
        return r;
    if (m_db.changes() == 0)
        return Error{Error::NotFound, QStringLiteral("no outbox record %1").arg(uuid)};
    if (state == QLatin1String("accepted")) {
        // Central has it (and answers a replay from its own copy): the sealed parts are dead
        // weight.
        auto purge =
            m_db.prepare("UPDATE outbox SET key_header = x'', payload = x'' WHERE uuid = ?");
        purge.bind(1, uuid);
        auto parts = m_db.prepare(
            "DELETE FROM attachment WHERE record_id = (SELECT id FROM outbox WHERE uuid = ?)");
        parts.bind(1, uuid);
        for (Statement *s : {&purge, &parts})
            if (auto r = s->run(); !r)
                return r;
    }
    if (auto r = AuditLog(m_db).append(at, actor, QStringLiteral("record.") + state, uuid, reason);
        !r)
        return r;
    if (auto r = BookingStore(m_db).recordOutcome(uuid, state, at, actor); !r)
        return r;
    return tx.commit();
}

Result<int> OutboxStore::setStates(const QList<StateChange> &changes, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // One statement per record for its row: the state, and for an accepted record the sealed
    // parts emptied at once (same purge as setState(): central has the record). It returns the
    // row's id and kind, so the rest is done only where it applies.
    auto update =
        m_db.cached("UPDATE outbox SET state = ?1, reason = ?2, central_receipt = COALESCE(?3, "
                    "central_receipt), "
                    "updated_at = ?4, attempts = attempts + (?1 = 'sending'), "
                    "key_header = CASE WHEN ?1 = 'accepted' THEN x'' ELSE key_header END, "
                    "payload = CASE WHEN ?1 = 'accepted' THEN x'' ELSE payload END WHERE uuid = ?5 "
                    "RETURNING id, kind = 'booking'");
    // The chain's head is copied to the settings once for the batch, not once per record.
    AuditLog audit(m_db, AuditLog::Head::AtEnd);
    int moved = 0;
    // Accepted records whose pictures are dropped, as a JSON array of row ids (one DELETE).
    QByteArray acceptedIds;
    // A batch's changes share their instant: its text is made once, not once per record.
    QDateTime lastAt;
    QString when;
    for (const StateChange &c : changes) {
        if (when.isEmpty() || c.at != lastAt) {
            lastAt = c.at;
            when = iso(c.at);
        }
        update.bind(1, c.state);
        bindOrNull(update, 2, c.reason);
        bindOrNull(update, 3, c.centralReceipt);
        update.bind(4, when).bind(5, c.uuid);
        const bool found = update.step();
        const qint64 id = found ? update.integer(0) : 0;
        const bool booking = found && update.integer(1) != 0;
        const std::optional<Error> failed = update.error();
        update.reset();
        if (failed)
            return *failed;
        if (!found)
            continue;
        if (c.state == QLatin1String("accepted")) {
            acceptedIds += acceptedIds.isEmpty() ? '[' : ',';
            acceptedIds += QByteArray::number(id);
        }
        if (auto a =
                audit.append(c.at, actor, QStringLiteral("record.") + c.state, c.uuid, c.reason);
            !a)
            return a.error();
        // A booking request's answer is the booking's answer too (one place: BookingStore).
        if (booking)
            if (auto b = BookingStore(m_db).recordOutcome(c.uuid, c.state, c.at, actor); !b)
                return b.error();
        ++moved;
    }
    if (!acceptedIds.isEmpty()) {
        acceptedIds += ']';
        auto parts = m_db.cached(
            "DELETE FROM attachment WHERE record_id IN (SELECT value FROM json_each(?))");
        parts.bind(1, QString::fromLatin1(acceptedIds));
        if (auto done = parts.run(); !done)
            return done.error();
    }
    if (moved > 0)
        if (auto h = audit.writeHead(); !h)
            return h.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return moved;
}

Result<int> OutboxStore::markSending(const QStringList &uuids, const QDateTime &at,
                                     const QString &actor)
{
    if (uuids.isEmpty())
        return 0;
    // The uuids go in as one JSON array; a uuid JSON would need escaped is no uuid of ours.
    QByteArray list = "[";
    for (const QString &uuid : uuids) {
        if (uuid.contains(QLatin1Char('"')) || uuid.contains(QLatin1Char('\\')))
            return Error{Error::Invalid, QStringLiteral("not a uuid: %1").arg(uuid.left(40))};
        if (list.size() > 1)
            list += ',';
        list += '"' + uuid.toUtf8() + '"';
    }
    list += ']';
    // This commit need not wait for the disk: lost in a power cut, the records are still
    // waiting (pending) and go again, and central answers a record it holds duplicate with its
    // first receipt. The outcomes' commit (synchronous as set, FULL) flushes the WAL with these
    // frames in it; WAL keeps this commit atomic either way (DESIGN §6b).
    qint64 synchronous = -1;
    {
        auto current = m_db.prepare("PRAGMA synchronous");
        if (current.step())
            synchronous = current.integer(0);
    }
    if (synchronous > 1)
        (void)m_db.exec("PRAGMA synchronous = NORMAL");
    const auto restore = qScopeGuard([&] {
        if (synchronous > 1)
            (void)m_db.exec(synchronous == 3 ? "PRAGMA synchronous = EXTRA"
                                             : "PRAGMA synchronous = FULL");
    });
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString when = iso(at);
    auto update = m_db.cached(
        "UPDATE outbox SET state = 'sending', reason = NULL, updated_at = ?1, "
        "attempts = attempts + 1 WHERE uuid IN (SELECT value FROM json_each(?2)) RETURNING uuid");
    update.bind(1, when).bind(2, QString::fromLatin1(list));
    QSet<QString> moved;
    moved.reserve(uuids.size());
    while (update.step())
        moved.insert(update.text(0));
    const std::optional<Error> failed = update.error();
    update.reset();
    if (failed)
        return *failed;
    // Each record keeps its own audit entry, in the order given.
    AuditLog audit(m_db, AuditLog::Head::AtEnd);
    const QString action = QStringLiteral("record.sending");
    for (const QString &uuid : uuids)
        if (moved.contains(uuid))
            if (auto a = audit.append(at, actor, action, uuid); !a)
                return a.error();
    if (!moved.isEmpty())
        if (auto h = audit.writeHead(); !h)
            return h.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(moved.size());
}

Result<int> OutboxStore::expire(const QDateTime &before)
{
    auto s = m_db.prepare("DELETE FROM outbox WHERE state = 'accepted' AND updated_at < ?");
    s.bind(1, iso(before));
    if (auto r = s.run(); !r)
        return r.error();
    return m_db.changes();
}

std::optional<OutboxRecord> OutboxStore::byReceipt(const QString &receipt)
{
    auto s = m_db.prepare(
        (QByteArray("SELECT ") + columns + " FROM outbox WHERE receipt = ?").constData());
    s.bind(1, receipt);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::optional<OutboxRecord> OutboxStore::ratingFor(const QString &receipt)
{
    auto s = m_db.prepare(
        (QByteArray("SELECT ") + columns + " FROM outbox WHERE kind = 'rating' AND refers_to = ?")
            .constData());
    s.bind(1, receipt);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::optional<OutboxRecord> OutboxStore::sealed(const QString &uuid)
{
    auto s = m_db.prepare(
        (QByteArray("SELECT ") + columns + ", key_header, payload, id FROM outbox WHERE uuid = ?")
            .constData());
    s.bind(1, uuid);
    if (!s.step())
        return std::nullopt;
    OutboxRecord r = readRow(s);
    r.keyHeader = s.blob(17);
    r.payload = s.blob(18);
    auto a = m_db.prepare("SELECT sealed FROM attachment WHERE record_id = ? ORDER BY position");
    a.bind(1, s.integer(19));
    while (a.step())
        r.attachments.append(a.blob(0));
    return r;
}

void OutboxStore::forEachSealed(const QStringList &uuids,
                                const std::function<bool(OutboxRecord &&)> &each)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + columns + ", key_header, payload, id FROM outbox WHERE uuid = ?";
    for (const QString &uuid : uuids) {
        auto s = m_db.cached(sql.constData());
        s.bind(1, uuid);
        if (!s.step()) {
            s.reset();
            continue;
        }
        OutboxRecord r = readRow(s);
        r.keyHeader = s.blob(17);
        r.payload = s.blob(18);
        const qint64 id = s.integer(19);
        s.reset();
        auto a = m_db.cached("SELECT sealed FROM attachment WHERE record_id = ? ORDER BY position");
        a.bind(1, id);
        while (a.step())
            r.attachments.append(a.blob(0));
        a.reset();
        if (!each(std::move(r)))
            return;
    }
}

void OutboxStore::forEachWaiting(qint64 afterId, const std::function<bool(OutboxRecord &&)> &each)
{
    // `+state` keeps the state index out: the rows are walked on the row id from @p afterId on
    // (the index would find every waiting row and sort them all, for each batch).
    auto next =
        m_db.cached("SELECT id, uuid, kind, meta, suite, key_header, payload FROM outbox "
                    "WHERE id > ? AND +state IN ('pending', 'sending') ORDER BY id LIMIT 1");
    qint64 after = afterId;
    for (;;) {
        next.bind(1, after);
        if (!next.step()) {
            next.reset();
            return;
        }
        OutboxRecord r;
        r.id = next.integer(0);
        r.uuid = next.text(1);
        r.kind = next.text(2);
        r.meta = next.blob(3); // the text's UTF-8 bytes, as sealed
        r.suite = next.text(4);
        r.keyHeader = next.blob(5);
        r.payload = next.blob(6);
        next.reset();
        after = r.id;
        auto a = m_db.cached("SELECT sealed FROM attachment WHERE record_id = ? ORDER BY position");
        a.bind(1, r.id);
        while (a.step())
            r.attachments.append(a.blob(0));
        a.reset();
        if (!each(std::move(r)))
            return;
    }
}

QList<OutboxRecord> OutboxStore::pending(int limit)
{
    auto s = m_db.prepare((QByteArray("SELECT ") + columns +
                           " FROM outbox WHERE state IN ('pending', 'sending') ORDER BY id LIMIT ?")
                              .constData());
    s.bind(1, qint64(limit));
    QList<OutboxRecord> rows;
    while (s.step())
        rows.append(readRow(s));
    return rows;
}

QList<OutboxRecord> OutboxStore::board(int limit)
{
    auto s = m_db.prepare(
        (QByteArray("SELECT ") + columns +
         " FROM outbox ORDER BY CASE state WHEN 'needs_attention' THEN 0 WHEN 'rejected' THEN 1 "
         "ELSE 2 END, created_at DESC LIMIT ?")
            .constData());
    s.bind(1, qint64(limit));
    QList<OutboxRecord> rows;
    while (s.step())
        rows.append(readRow(s));
    return rows;
}

OutboxCounts OutboxStore::counts()
{
    OutboxCounts c;
    auto s = m_db.prepare("SELECT state, count(*) FROM outbox GROUP BY state");
    while (s.step()) {
        const QString state = s.text(0);
        const int n = int(s.integer(1));
        if (state == QLatin1String("pending"))
            c.pending = n;
        else if (state == QLatin1String("sending"))
            c.sending = n;
        else if (state == QLatin1String("accepted"))
            c.accepted = n;
        else if (state == QLatin1String("rejected"))
            c.rejected = n;
        else
            c.needsAttention = n;
    }
    auto o =
        m_db.prepare("SELECT min(created_at) FROM outbox WHERE state IN ('pending', 'sending')");
    if (o.step() && !o.isNull(0))
        c.oldestWaiting = QDateTime::fromString(o.text(0), Qt::ISODateWithMs);
    return c;
}

QList<QPair<QString, QString>> OutboxStore::receipts()
{
    auto s = m_db.prepare("SELECT uuid, receipt FROM outbox ORDER BY id");
    QList<QPair<QString, QString>> all;
    while (s.step())
        all.append({s.text(0), s.text(1)});
    return all;
}

} // namespace jiujin
