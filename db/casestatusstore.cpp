#include "casestatusstore.h"

#include "auditlog.h"
#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jiujin {

namespace {

const char *const isoDate = "yyyy-MM-dd";

QString dateText(const QDate &d)
{
    return d.toString(QLatin1String(isoDate));
}

QDate dateOf(const Statement &s, int column)
{
    return s.isNull(column) ? QDate() : QDate::fromString(s.text(column), QLatin1String(isoDate));
}

Statement &bindDate(Statement &s, int index, const QDate &d)
{
    return d.isValid() ? s.bind(index, dateText(d)) : s.bindNull(index);
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Result<QString> settingValue(Database &db, const char *key)
{
    Statement s = db.prepare("SELECT value FROM kiosk_settings WHERE key = ?");
    s.bind(1, QString::fromLatin1(key));
    if (!s.step())
        return s.error() ? Result<QString>(*s.error()) : Result<QString>(QString());
    return s.text(0);
}

Result<void> setSetting(Database &db, const char *key, const QString &value)
{
    Statement s = db.prepare("INSERT INTO kiosk_settings(key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, QString::fromLatin1(key)).bind(2, value);
    return s.run();
}

} // namespace

Result<qint64> CaseStatusStore::sequence()
{
    auto v = settingValue(m_db, casesetting::seq);
    if (!v)
        return v.error();
    if (v.value().isEmpty())
        return qint64(0);
    bool ok = false;
    const qint64 seq = v.value().toLongLong(&ok);
    if (!ok || seq < 0)
        return Error{Error::Corrupt, QStringLiteral("cases.seq is not a sequence")};
    return seq;
}

Result<qint64> CaseStatusStore::apply(const CaseStatusPage &page, const QString &actor,
                                      const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto held = sequence();
    if (!held)
        return held.error();
    if (page.from != 0 && page.from != held.value())
        return Error{Error::Invalid, QStringLiteral("case updates from %1 do not follow %2")
                                         .arg(page.from)
                                         .arg(held.value())};
    if (page.from == 0)
        if (auto r = m_db.exec("DELETE FROM case_statuses"); !r)
            return r.error();
    Statement s = m_db.prepare(
        "INSERT INTO case_statuses(receipt, seq, item, stage, stage_at, reason, materials,"
        " materials_due, pending, due_date, paused, pickup_here)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(receipt) DO UPDATE SET seq = excluded.seq, item = excluded.item,"
        " stage = excluded.stage, stage_at = excluded.stage_at, reason = excluded.reason,"
        " materials = excluded.materials, materials_due = excluded.materials_due,"
        " pending = excluded.pending, due_date = excluded.due_date, paused = excluded.paused,"
        " pickup_here = excluded.pickup_here");
    // Cases opened in the same second share their stage time: its text is made once for them
    // (a drain's page holds hundreds of cases accepted within a few seconds).
    QDateTime lastStageAt;
    QString stageAtText;
    for (const CaseStatus &c : page.cases) {
        if (stageAtText.isEmpty() || c.stageAt != lastStageAt) {
            lastStageAt = c.stageAt;
            stageAtText = c.stageAt.toUTC().toString(Qt::ISODate);
        }
        QJsonArray pending;
        for (const PendingMaterial &m : c.pending)
            pending.append(QJsonObject{{QStringLiteral("name"), m.name},
                                       {QStringLiteral("kind"), m.kind},
                                       {QStringLiteral("due"), dateText(m.due)}});
        s.reset();
        s.bind(1, c.receipt).bind(2, c.seq).bind(3, c.item).bind(4, c.stage);
        s.bind(5, stageAtText).bind(6, c.reason);
        s.bind(7, compact(QJsonArray::fromStringList(c.materials)));
        bindDate(s, 8, c.materialsDue);
        s.bind(9, compact(pending));
        bindDate(s, 10, c.due);
        s.bind(11, qint64(c.paused ? 1 : 0)).bind(12, qint64(c.pickupHere ? 1 : 0));
        if (auto r = s.run(); !r)
            return r.error();
    }
    // Finished long ago: nothing more will happen to them (their stage is final).
    Statement prune =
        m_db.prepare("DELETE FROM case_statuses WHERE stage IN ('delivered', 'refused', 'denied')"
                     " AND stage_at < ?");
    prune.bind(1, now.toUTC().addDays(-keepFinishedDays).toString(Qt::ISODate));
    if (auto r = prune.run(); !r)
        return r.error();
    const qint64 pruned = m_db.changes();
    if (auto r = setSetting(m_db, casesetting::seq, QString::number(page.seq)); !r)
        return r.error();
    if (auto r = setSetting(m_db, casesetting::figures, page.figures); !r)
        return r.error();
    // Receipts and sequences only: no personal data in the audit log.
    if (auto r = AuditLog(m_db).append(now, actor, QStringLiteral("cases.apply"),
                                       QStringLiteral("seq %1").arg(page.seq),
                                       QStringLiteral("from %1, %2 cases, %3 finished dropped")
                                           .arg(page.from)
                                           .arg(page.cases.size())
                                           .arg(pruned));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return page.seq;
}

Result<std::optional<CaseStatus>> CaseStatusStore::status(const QString &receipt)
{
    Statement s = m_db.prepare(
        "SELECT receipt, seq, item, stage, stage_at, reason, materials, materials_due, pending,"
        " due_date, paused, pickup_here FROM case_statuses WHERE receipt = ?");
    s.bind(1, receipt);
    if (!s.step()) {
        if (s.error())
            return *s.error();
        return std::optional<CaseStatus>();
    }
    CaseStatus c;
    c.receipt = s.text(0);
    c.seq = s.integer(1);
    c.item = s.text(2);
    c.stage = s.text(3);
    c.stageAt = QDateTime::fromString(s.text(4), Qt::ISODate);
    c.reason = s.text(5);
    for (const QJsonValue &v : QJsonDocument::fromJson(s.text(6).toUtf8()).array())
        c.materials.append(v.toString());
    c.materialsDue = dateOf(s, 7);
    for (const QJsonValue &v : QJsonDocument::fromJson(s.text(8).toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        c.pending.append(
            {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("kind")).toString(),
             QDate::fromString(o.value(QLatin1String("due")).toString(), QLatin1String(isoDate))});
    }
    c.due = dateOf(s, 9);
    c.paused = s.integer(10) != 0;
    c.pickupHere = s.integer(11) != 0;
    return std::optional<CaseStatus>(std::move(c));
}

Result<QString> CaseStatusStore::figures()
{
    return settingValue(m_db, casesetting::figures);
}

Result<QStringList> CaseStatusStore::waitingForCitizen()
{
    Statement s =
        m_db.prepare("SELECT receipt FROM case_statuses WHERE stage = 'correction'"
                     " OR (stage = 'ready_for_pickup' AND pickup_here = 1)"
                     " OR (pending <> '[]' AND stage NOT IN ('refused', 'denied', 'delivered'))"
                     " ORDER BY receipt");
    QStringList out;
    while (s.step())
        out.append(s.text(0));
    if (s.error())
        return *s.error();
    return out;
}

} // namespace jiujin
