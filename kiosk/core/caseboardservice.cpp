#include "caseboardservice.h"

#include "auditlog.h"
#include "cataloguestore.h"
#include "database.h"
#include "settingkeys.h"
#include "submissionservice.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace jiujin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jiujin::CaseBoardService", text);
}

const QString materialReceivedAction = QStringLiteral("material_received");
const QString handedOverAction = QStringLiteral("handed_over");

/** Central has not answered yet, or answered and its case update is not back: the board shows
 *  the action as recorded, waiting for sync. */
bool waiting(const CaseAction &a, const CaseStatus &c)
{
    if (a.state == QLatin1String("pending") || a.state == QLatin1String("sending"))
        return true;
    return a.state == QLatin1String("accepted") && c.seq <= a.caseSeq;
}

} // namespace

CaseBoardService::CaseBoardService(Database &db, SubmissionService &submissions,
                                   std::function<QDateTime()> clock)
    : m_db(db), m_submissions(submissions), m_clock(std::move(clock))
{
}

Result<BoardCase> CaseBoardService::row(const CaseStatus &c,
                                        const QHash<QString, QString> &kioskReceipts,
                                        const QDate &today)
{
    BoardCase b;
    b.status = c;
    b.kioskReceipt = kioskReceipts.value(c.receipt);
    b.correction = c.stage == QLatin1String("correction");
    b.pickup = c.stage == QLatin1String("ready_for_pickup") && c.pickupHere;
    const QDate horizon = WorkCalendar::china().addWorkingDays(today, horizonDays);
    for (const PendingMaterial &m : c.pending)
        if (m.due.isValid() && m.due <= horizon)
            b.dueSoon.append(m);
    std::sort(b.dueSoon.begin(), b.dueSoon.end(),
              [](const PendingMaterial &x, const PendingMaterial &y) { return x.due < y.due; });
    QList<QDate> dates;
    if (b.correction && c.materialsDue.isValid())
        dates.append(c.materialsDue);
    if (!b.dueSoon.isEmpty())
        dates.append(b.dueSoon.constFirst().due);
    if (b.pickup)
        dates.append(WorkCalendar::chinaDate(c.stageAt));
    b.sortDate = dates.isEmpty() ? QDate() : *std::min_element(dates.cbegin(), dates.cend());
    b.overdue = (b.correction && c.materialsDue.isValid() && c.materialsDue < today) ||
                (!b.dueSoon.isEmpty() && b.dueSoon.constFirst().due < today);

    auto actions = CaseActionStore(m_db).forReceipt(c.receipt);
    if (!actions)
        return actions.error();
    for (const CaseAction &a : actions.value()) {
        if (!waiting(a, c))
            continue;
        if (a.action == materialReceivedAction)
            b.recorded.append(a.material);
        else if (a.action == handedOverAction)
            b.handOverRecorded = true;
    }
    if (!actions.value().isEmpty()) {
        const CaseAction &newest = actions.value().constFirst();
        if (newest.state == QLatin1String("rejected"))
            b.refusal = tr("平台未接受：%1").arg(newest.reason);
        else if (newest.state == QLatin1String("needs_attention"))
            b.refusal = tr("未能提交：%1").arg(newest.reason);
    }
    return b;
}

Result<QList<BoardCase>> CaseBoardService::board()
{
    CaseStatusStore statuses(m_db);
    auto receipts = statuses.waitingForCitizen();
    if (!receipts)
        return receipts.error();
    auto kioskReceipts = CaseActionStore(m_db).kioskReceipts();
    if (!kioskReceipts)
        return kioskReceipts.error();
    const QDate today = this->today();
    QList<BoardCase> rows;
    for (const QString &receipt : receipts.value()) {
        auto status = statuses.status(receipt);
        if (!status)
            return status.error();
        if (!status.value())
            continue; // replaced by a page applied in between
        auto b = row(*status.value(), kioskReceipts.value(), today);
        if (!b)
            return b.error();
        // A case waiting only for materials due later is not for today's board.
        if (b->correction || b->pickup || !b->dueSoon.isEmpty())
            rows.append(std::move(b.value()));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const BoardCase &x, const BoardCase &y) {
        if (x.overdue != y.overdue)
            return x.overdue;
        if (x.sortDate != y.sortDate)
            return x.sortDate.isValid() && (!y.sortDate.isValid() || x.sortDate < y.sortDate);
        return x.status.receipt < y.status.receipt;
    });
    return rows;
}

Result<QString> CaseBoardService::materialReceived(const QString &receipt, const QString &name,
                                                   const QString &kind, const QString &staff)
{
    auto status = CaseStatusStore(m_db).status(receipt);
    if (!status)
        return status.error();
    if (!status.value())
        return Error{Error::NotFound, tr("本服务点没有这个办件")};
    const CaseStatus &c = *status.value();
    const bool due =
        std::any_of(c.pending.cbegin(), c.pending.cend(),
                    [&](const PendingMaterial &m) { return m.name == name && m.kind == kind; });
    if (!due || c.stage == QLatin1String("refused") || c.stage == QLatin1String("denied") ||
        c.stage == QLatin1String("delivered"))
        return Error{Error::Invalid, tr("这个办件不在等这份材料")};
    return record(c, materialReceivedAction, name, kind, staff);
}

Result<QString> CaseBoardService::handedOver(const QString &receipt, const QString &staff)
{
    auto status = CaseStatusStore(m_db).status(receipt);
    if (!status)
        return status.error();
    if (!status.value())
        return Error{Error::NotFound, tr("本服务点没有这个办件")};
    const CaseStatus &c = *status.value();
    if (c.stage != QLatin1String("ready_for_pickup") || !c.pickupHere)
        return Error{Error::Invalid, tr("这个办件的结果不在本服务点待领取")};
    return record(c, handedOverAction, QString(), QString(), staff);
}

QString CaseBoardService::itemName(const QString &code, bool english)
{
    const QString name = CatalogueStore(m_db).itemName(code, english);
    return name.isEmpty() ? code : name;
}

QString CaseBoardService::materialLabel(const QString &item, const QString &name, bool english)
{
    if (!english)
        return name;
    const auto guide = CatalogueStore(m_db).guide(item);
    if (!guide)
        return name;
    const QJsonArray materials =
        QJsonDocument::fromJson(*guide).object().value(QLatin1String("materials")).toArray();
    for (const QJsonValue &m : materials) {
        const QJsonObject names = m.toObject().value(QLatin1String("name")).toObject();
        if (names.value(QLatin1String("zh")).toString() != name)
            continue;
        const QString en = names.value(QLatin1String("en")).toString().trimmed();
        return en.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(en, name);
    }
    return name;
}

QDate CaseBoardService::today() const
{
    return WorkCalendar::chinaDate(m_clock());
}

Result<QString> CaseBoardService::record(const CaseStatus &c, const QString &action,
                                         const QString &name, const QString &kind,
                                         const QString &staff)
{
    if (staff.trimmed().isEmpty())
        return Error{Error::Invalid, tr("请先以工作人员身份登录")};
    const QString point = CatalogueStore(m_db).setting(QLatin1String(kiosksetting::point));
    const QDateTime now = m_clock();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // Read again inside the transaction: a second tap (or another screen) recorded it already.
    auto earlier = CaseActionStore(m_db).forReceipt(c.receipt);
    if (!earlier)
        return earlier.error();
    for (const CaseAction &a : earlier.value())
        if (a.action == action && a.material == name && waiting(a, c))
            return Error{Error::Invalid, tr("已经记录过了，正在等待同步")};

    OutboxRecord record;
    record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = QStringLiteral("case_event");
    record.refersTo = c.receipt;
    record.itemCode = c.item;
    record.pointCode = point;
    record.createdAt = now;
    record.staffId = staff;
    QJsonObject extra{{QStringLiteral("action"), action}};
    if (action == materialReceivedAction) {
        extra.insert(QStringLiteral("material"), name);
        extra.insert(QStringLiteral("material_kind"), kind);
    }
    const QString actor = QStringLiteral("staff:") + staff;
    // Nothing personal to seal: the action rides in the metadata, authenticated as the
    // associated data of an empty sealed payload (as a booking_cancel's).
    if (auto r = m_submissions.queueSealed(record, QByteArrayLiteral("{}"), actor, extra); !r)
        return r.error();
    CaseAction a;
    a.uuid = record.uuid;
    a.receipt = c.receipt;
    a.action = action;
    a.material = name;
    a.materialKind = kind;
    a.staff = staff;
    a.caseSeq = c.seq;
    a.createdAt = now;
    if (auto r = CaseActionStore(m_db).insert(a); !r)
        return r.error();
    if (auto r = AuditLog(m_db).append(now, actor, QStringLiteral("case.action"), record.uuid,
                                       action + QLatin1Char(' ') + c.receipt);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return record.uuid;
}

} // namespace jiujin
