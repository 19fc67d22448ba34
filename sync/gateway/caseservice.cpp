#include "caseservice.h"

#include "auditchain.h"
#include "casefeedrecords.h"
#include "gatewaylog.h"
#include "intakerecords.h"
#include "jsonfields.h"
#include "publishedcatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace jiujin::gateway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jiujin::gateway::CaseService", text);
}

bool closedStage(const QString &stage)
{
    return stage == CaseService::refused || stage == CaseService::approved ||
           stage == CaseService::denied || stage == CaseService::readyForPickup ||
           stage == CaseService::delivered;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/** The detail of a case's "case.open" audit entry: json() of {receipt, device, uuid, item, point}
 *  written straight to bytes (keys sorted, compact, QJsonDocument's escapes), since every
 *  application intake stores opens a case. The entry's hash covers these bytes, so they must be
 *  the document's: a text that is not sound UTF-16 (which the document escapes) takes its way. */
QString openDetail(const CaseRow &row)
{
    const QString *const values[] = {&row.device, &row.item, &row.point, &row.receipt, &row.uuid};
    if (!std::all_of(std::begin(values), std::end(values),
                     [](const QString *v) { return v->isValidUtf16(); }))
        return json({{QStringLiteral("receipt"), row.receipt},
                     {QStringLiteral("device"), row.device},
                     {QStringLiteral("uuid"), row.uuid},
                     {QStringLiteral("item"), row.item},
                     {QStringLiteral("point"), row.point}});
    static const char *const keys[] = {
        "{\"device\":", ",\"item\":", ",\"point\":", ",\"receipt\":", ",\"uuid\":"};
    QByteArray out;
    out.reserve(160);
    for (size_t i = 0; i < std::size(values); ++i) {
        out += keys[i];
        protocol::json::appendJsonString(out, values[i]->toUtf8());
    }
    out += '}';
    return QString::fromUtf8(out);
}

} // namespace

CaseService::CaseService(CentralStorage &storage, const WorkCalendar &calendar)
    : m_storage(storage), m_calendar(calendar)
{
}

QStringList CaseService::stages()
{
    return {submitted, accepted, refused,        correction, review,
            approved,  denied,   readyForPickup, delivered};
}

QString CaseService::stageText(const QString &stage)
{
    if (stage == submitted)
        return tr("已提交");
    if (stage == accepted)
        return tr("已受理");
    if (stage == refused)
        return tr("不予受理");
    if (stage == correction)
        return tr("待补正");
    if (stage == review)
        return tr("审查中");
    if (stage == approved)
        return tr("办结（准予）");
    if (stage == denied)
        return tr("办结（不予）");
    if (stage == readyForPickup)
        return tr("待领取");
    if (stage == delivered)
        return tr("已送达");
    return {};
}

QStringList CaseService::next(const QString &from)
{
    if (from == submitted)
        return {accepted, refused, correction};
    if (from == correction) // back to where it was asked: accepted (before acceptance) or review
        return {accepted, refused, review};
    if (from == accepted)
        return {review, correction};
    if (from == review)
        return {approved, denied, correction};
    if (from == approved)
        return {readyForPickup, delivered};
    if (from == denied || from == readyForPickup)
        return {delivered};
    return {}; // refused, delivered: final
}

QString CaseService::problem(const CaseRow &row, const Move &m, QDate today)
{
    if (stageText(m.stage).isEmpty())
        return tr("未知的办件环节 %1（可用：%2）").arg(m.stage, stages().join(QLatin1String(", ")));
    if (m.operatorId.trimmed().isEmpty())
        return tr("须注明经办人");
    const bool wasAccepted = row.acceptedAt.has_value();
    bool allowed = next(row.stage).contains(m.stage);
    // 待补正 goes back to where it was asked from: before acceptance to 已受理 (or 不予受理),
    // after acceptance to 审查中.
    if (allowed && row.stage == correction)
        allowed = m.stage == review ? wasAccepted : !wasAccepted;
    if (!allowed)
        return tr("办件 %1 处于“%2”，不能转为“%3”")
            .arg(row.receipt, stageText(row.stage), stageText(m.stage));
    if ((m.stage == refused || m.stage == denied) && m.reason.trimmed().isEmpty())
        return tr("“%1”须注明理由").arg(stageText(m.stage));
    if (m.stage == correction) {
        QStringList materials;
        for (const QString &s : m.materials)
            if (!s.trimmed().isEmpty())
                materials.append(s);
        if (materials.isEmpty())
            return tr("“待补正”须列明需补正的材料或事项");
        if (!m.due.isValid())
            return tr("“待补正”须给出补正期限");
        if (m.due < today)
            return tr("补正期限 %1 已过").arg(m.due.toString(Qt::ISODate));
    }
    if (!m.result.isEmpty() && m.stage != approved)
        return tr("办理结果（证照编号）只随“办结（准予）”记录");
    return {};
}

Result<CaseRow> CaseService::open(const SubmissionRow &submission, const QDateTime &now,
                                  QHash<QString, ItemTerms> *terms)
{
    auto tx = m_storage.begin(); // nests in intake's
    if (!tx)
        return tx.error();
    // One case per application, for ever: the insert below does nothing for an application that
    // has one (Error::Busy), and that case is read then. Intake opens a case only for a record it
    // has just stored, so the read is not made for every record.
    CaseRow row;
    row.device = submission.device;
    row.uuid = submission.uuid;
    row.receipt = submission.receipt;
    // NM20261128000001 -> BJ20261128000001: unique as the receipt is, and readable beside it.
    row.number = QStringLiteral("BJ") + submission.receipt.mid(2);
    row.item = submission.item;
    row.point = submission.point;
    row.stage = submitted;
    row.createdAt = row.updatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    auto known =
        terms ? terms->constFind(submission.item) : QHash<QString, ItemTerms>::const_iterator();
    ItemTerms itemTerms;
    if (terms && known != terms->cend()) {
        itemTerms = known.value();
    } else {
        auto item = m_storage.catalogue().liveEntry(CatalogueKind::Items, submission.item);
        if (!item)
            return item.error(); // fail closed: a read error is not "no limit"
        if (item.value() && item.value()->body) {
            const QJsonObject body = QJsonDocument::fromJson(*item.value()->body).object();
            itemTerms.department = body.value(QLatin1String("department")).toString();
            const QJsonValue days = body.value(QLatin1String("promised_days"));
            if (days.isDouble() && days.toInt(-1) >= 0)
                itemTerms.promisedDays = days.toInt();
        }
        if (terms)
            terms->insert(submission.item, itemTerms);
    }
    row.department = itemTerms.department;
    row.promisedDays = itemTerms.promisedDays;
    auto id = m_storage.cases().insertCase(row);
    if (!id && id.error().code == Error::Busy) {
        auto existing = m_storage.cases().caseOf(submission.device, submission.uuid);
        if (!existing)
            return existing.error();
        if (!existing.value()) // busy, yet no case: a conflict on something else
            return id.error();
        if (auto r = tx.value()->commit(); !r)
            return r.error();
        return *existing.value();
    }
    if (!id)
        return id.error();
    row.id = id.value();
    CaseEventRow event;
    event.caseId = row.id;
    event.toStage = submitted;
    event.operatorId = QStringLiteral("intake");
    event.at = row.createdAt;
    if (auto r = m_storage.cases().insertEvent(event); !r)
        return r.error();
    if (auto r = m_storage.caseFeed().touch(row.id, row.point); !r) // down to the point's kiosks
        return r.error();
    auto audited = AuditChain(m_storage).append(event.operatorId, QStringLiteral("case.open"),
                                                row.number, openDetail(row), now);
    if (!audited)
        return audited.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return row;
}

Result<CaseRow> CaseService::move(const QString &receipt, const Move &m, const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto found = m_storage.cases().caseByReceipt(receipt);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::NotFound, tr("没有回执号为 %1 的办件").arg(receipt)};
    CaseRow row = *found.value();
    const QDate today = WorkCalendar::chinaDate(now);
    if (const QString why = problem(row, m, today); !why.isEmpty())
        return Error{Error::Invalid, why};
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    const QString from = row.stage;

    if (from == correction) {
        // The clock restarts: the working days spent waiting for the applicant are added back.
        if (row.pausedSince.isValid()) {
            int spent = 0;
            for (QDate d = row.pausedSince; d < today; d = d.addDays(1))
                spent += m_calendar.isOpen(d) ? 1 : 0;
            row.pausedDays += spent;
            row.pausedSince = QDate();
        }
        row.correctionDue = QDate();
        row.correctionMaterials.clear();
    }
    QStringList materials;
    for (const QString &s : m.materials)
        if (!s.trimmed().isEmpty())
            materials.append(s.trimmed());
    if (m.stage == accepted)
        row.acceptedAt = at;
    if (m.stage == correction) {
        row.correctionDue = m.due;
        row.correctionMaterials = materials;
        if (row.acceptedAt)
            row.pausedSince = today; // the clock runs only once accepted
    }
    if (m.stage == refused || m.stage == approved || m.stage == denied)
        row.closedAt = at;
    if (m.stage == approved)
        row.result = m.result.trimmed();
    if (row.acceptedAt && row.promisedDays)
        row.dueDate =
            dueDate(WorkCalendar::chinaDate(*row.acceptedAt), *row.promisedDays, row.pausedDays);
    row.stage = m.stage;
    row.updatedAt = at;
    if (auto r = m_storage.cases().updateCase(row); !r)
        return r.error();

    CaseEventRow event;
    event.caseId = row.id;
    event.fromStage = from;
    event.toStage = m.stage;
    event.operatorId = m.operatorId.trimmed();
    event.at = at;
    event.reason = m.reason.trimmed();
    event.materials = materials;
    event.dueDate = m.stage == correction ? m.due : QDate();
    if (auto r = m_storage.cases().insertEvent(event); !r)
        return r.error();
    if (auto r = m_storage.caseFeed().touch(row.id, row.point); !r)
        return r.error();
    QJsonObject detail{{QStringLiteral("receipt"), row.receipt},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("to"), m.stage},
                       {QStringLiteral("reason"), event.reason},
                       {QStringLiteral("materials"), QJsonArray::fromStringList(materials)}};
    if (event.dueDate.isValid())
        detail.insert(QStringLiteral("due"), event.dueDate.toString(Qt::ISODate));
    if (!row.result.isEmpty() && m.stage == approved)
        detail.insert(QStringLiteral("result"), row.result);
    auto audited = AuditChain(m_storage).append(event.operatorId, QStringLiteral("case.move"),
                                                row.number, json(detail), now);
    if (!audited)
        return audited.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return row;
}

Result<int> CaseService::openMissing(const QDateTime &now)
{
    int opened = 0;
    for (;;) {
        auto keys = m_storage.cases().acceptedWithoutCase(200);
        if (!keys)
            return keys.error();
        if (keys.value().isEmpty())
            return opened;
        for (const auto &[device, uuid] : keys.value()) {
            auto stored = m_storage.intake().submission(device, uuid);
            if (!stored)
                return stored.error();
            if (!stored.value())
                return Error{Error::Corrupt, QStringLiteral("stored record %1 vanished").arg(uuid)};
            if (auto r = open(*stored.value(), now); !r)
                return r.error();
            ++opened;
        }
    }
}

Result<std::optional<CaseRow>> CaseService::find(const QString &receipt)
{
    return m_storage.cases().caseByReceipt(receipt);
}

Result<QList<CaseRow>> CaseService::list(const CaseFilter &filter)
{
    return m_storage.cases().cases(filter);
}

Result<qint64> CaseService::count(const CaseFilter &filter)
{
    return m_storage.cases().countCases(filter, countCap + 1); // one more: "more than countCap"
}

Result<QList<CaseEventRow>> CaseService::timeline(qint64 caseId)
{
    return m_storage.cases().events(caseId);
}

Result<CaseMaterialRow> CaseService::promiseMaterial(const QString &receipt, const QString &name,
                                                     const QString &kind, const QDate &due,
                                                     const QString &operatorId,
                                                     const QDateTime &now)
{
    if (name.trimmed().isEmpty() || !due.isValid() || operatorId.trimmed().isEmpty() ||
        (kind != QLatin1String("rongque") && kind != QLatin1String("chengnuo")))
        return Error{Error::Invalid, tr("容缺/告知承诺材料须有名称、类型（rongque 或 chengnuo）、"
                                        "期限和经办人")};
    if (due < WorkCalendar::chinaDate(now))
        return Error{Error::Invalid, tr("期限 %1 已过").arg(due.toString(Qt::ISODate))};
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto found = m_storage.cases().caseByReceipt(receipt);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::NotFound, tr("没有回执号为 %1 的办件").arg(receipt)};
    CaseMaterialRow m;
    m.caseId = found.value()->id;
    m.name = name.trimmed();
    m.kind = kind;
    m.dueDate = due;
    m.state = QStringLiteral("pending");
    auto id = m_storage.cases().insertMaterial(m);
    if (!id)
        return id.error();
    m.id = id.value();
    if (auto r = m_storage.caseFeed().touch(found.value()->id, found.value()->point); !r)
        return r.error();
    auto audited = AuditChain(m_storage).append(
        operatorId.trimmed(), QStringLiteral("case.material.promise"), found.value()->number,
        json({{QStringLiteral("material"), m.id},
              {QStringLiteral("kind"), kind},
              {QStringLiteral("name"), m.name},
              {QStringLiteral("due"), due.toString(Qt::ISODate)}}),
        now);
    if (!audited)
        return audited.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return m;
}

Result<void> CaseService::receiveMaterial(const QString &receipt, qint64 id, const QString &point,
                                          const QString &operatorId, const QDateTime &now)
{
    if (operatorId.trimmed().isEmpty())
        return Error{Error::Invalid, tr("须注明经办人")};
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto found = m_storage.cases().caseByReceipt(receipt);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::NotFound, tr("没有回执号为 %1 的办件").arg(receipt)};
    auto materials = m_storage.cases().materials(found.value()->id);
    if (!materials)
        return materials.error();
    for (CaseMaterialRow m : materials.value()) {
        if (m.id != id)
            continue;
        if (m.state == QLatin1String("received"))
            return Error{Error::Invalid, tr("材料 %1 已收到").arg(id)};
        m.state = QStringLiteral("received");
        m.receivedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
        m.receivedPoint = point;
        if (auto r = m_storage.cases().updateMaterial(m); !r)
            return r;
        if (auto r = m_storage.caseFeed().touch(found.value()->id, found.value()->point); !r)
            return r.error();
        auto audited = AuditChain(m_storage).append(
            operatorId.trimmed(), QStringLiteral("case.material.receive"), found.value()->number,
            json({{QStringLiteral("material"), id}, {QStringLiteral("point"), point}}), now);
        if (!audited)
            return audited.error();
        return tx.value()->commit();
    }
    return Error{Error::NotFound, tr("办件 %1 没有材料 %2").arg(receipt).arg(id)};
}

Result<CaseService::Sweep> CaseService::sweepOverdue(const QDateTime &now)
{
    const QDate today = WorkCalendar::chinaDate(now);
    Sweep sweep;
    QSet<qint64> failed; // materials of cases that failed: skipped until the next sweep
    for (;;) {
        auto due = m_storage.cases().pendingDueBefore(today, 200 + int(failed.size()));
        if (!due)
            return due.error(); // fail closed: an unreadable list is not "nothing overdue"
        QList<QString> receipts;
        QHash<QString, QList<CaseMaterialRow>> byCase;
        for (const auto &[receipt, material] : due.value()) {
            if (failed.contains(material.id))
                continue;
            if (!byCase.contains(receipt))
                receipts.append(receipt);
            byCase[receipt].append(material);
        }
        if (receipts.isEmpty())
            return sweep;
        for (const QString &receipt : receipts) {
            const QList<CaseMaterialRow> &materials = byCase.value(receipt);
            auto done = sweepCase(receipt, materials, now);
            if (!done) {
                qCWarning(lcGateway) << "overdue materials of case" << receipt
                                     << "left for the next sweep:" << done.error().message;
                ++sweep.failed;
                for (const CaseMaterialRow &m : materials)
                    failed.insert(m.id);
                continue;
            }
            sweep.overdue += int(materials.size());
            sweep.toCorrection += done.value();
        }
    }
}

Result<int> CaseService::sweepCase(const QString &receipt, const QList<CaseMaterialRow> &materials,
                                   const QDateTime &now)
{
    const QString system = QStringLiteral("system");
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto found = m_storage.cases().caseByReceipt(receipt);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::NotFound, QStringLiteral("no case %1").arg(receipt)};
    CaseRow row = *found.value();
    QStringList late; // 容缺 materials now overdue, by name
    for (CaseMaterialRow m : materials) {
        m.state = QStringLiteral("overdue");
        if (auto r = m_storage.cases().updateMaterial(m); !r)
            return r.error();
        auto audited = AuditChain(m_storage).append(
            system, QStringLiteral("case.material.overdue"), row.number,
            json({{QStringLiteral("material"), m.id},
                  {QStringLiteral("kind"), m.kind},
                  {QStringLiteral("due"), m.dueDate.toString(Qt::ISODate)}}),
            now);
        if (!audited)
            return audited.error();
        if (m.kind == QLatin1String("rongque") && !late.contains(m.name))
            late.append(m.name);
    }
    int moved = 0;
    if (!late.isEmpty() && row.stage == correction) {
        // Already waiting for the applicant: the overdue material joins what is asked.
        QStringList asked = row.correctionMaterials;
        for (const QString &name : late)
            if (!asked.contains(name))
                asked.append(name);
        if (asked != row.correctionMaterials) {
            row.correctionMaterials = asked;
            row.updatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
            if (auto r = m_storage.cases().updateCase(row); !r)
                return r.error();
        }
    } else if (!late.isEmpty() && next(row.stage).contains(correction)) {
        Move m;
        m.stage = correction;
        m.operatorId = system;
        m.reason = tr("容缺材料逾期未补交");
        m.materials = late;
        m.due = m_calendar.addWorkingDays(WorkCalendar::chinaDate(now), overdueCorrectionDays);
        if (auto r = move(receipt, m, now); !r)
            return r.error();
        moved = 1;
    }
    // The point's kiosks learn of the overdue materials (a move above touched it already).
    if (!moved)
        if (auto r = m_storage.caseFeed().touch(row.id, row.point); !r)
            return r.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return moved;
}

int CaseService::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const int sign = from <= to ? 1 : -1;
    const QDate lo = std::min(from, to), hi = std::max(from, to);
    int n = 0;
    for (QDate d = lo.addDays(1); d <= hi; d = d.addDays(1))
        n += m_calendar.isOpen(d) ? 1 : 0;
    return sign * n;
}

QDate CaseService::dueDate(QDate acceptedOn, int promisedDays, int pausedDays) const
{
    return m_calendar.addWorkingDays(acceptedOn, promisedDays + pausedDays);
}

CaseService::Clock CaseService::clock(const CaseRow &row, const QDateTime &now) const
{
    Clock c;
    if (!row.promisedDays || !row.acceptedAt || !row.dueDate.isValid() || closedStage(row.stage))
        return c;
    if (row.pausedSince.isValid()) {
        c.paused = true;
        c.daysLeft = workingDaysBetween(row.pausedSince, row.dueDate);
        return c;
    }
    const QDate today = WorkCalendar::chinaDate(now);
    c.daysLeft = workingDaysBetween(today, row.dueDate);
    c.overdue = today > row.dueDate;
    return c;
}

} // namespace jiujin::gateway
