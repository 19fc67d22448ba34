#include "ratingservice.h"

#include "auditchain.h"
#include "intakerecords.h"
#include "operatorroles.h"
#include "publishedcatalogue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace jiujin::gateway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jiujin::gateway::RatingService", text);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/** Officers' texts stay out of the audit log (they may name people); their SHA-256 binds them. */
QString digest(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isLevel(const QJsonValue &v)
{
    const double l = v.toDouble(0);
    return v.isDouble() && l == int(l) && l >= 1 && l <= 5;
}

constexpr int maxReasons = 16;
constexpr int maxReasonLength = 64;

} // namespace

RatingService::RatingService(CentralStorage &storage, const WorkCalendar &calendar)
    : m_storage(storage), m_calendar(calendar)
{
}

QStringList RatingService::indicators()
{
    return {QStringLiteral("efficiency"), QStringLiteral("competence"), QStringLiteral("attitude")};
}

QString RatingService::levelText(int level)
{
    switch (level) {
    case 1:
        return tr("非常满意");
    case 2:
        return tr("满意");
    case 3:
        return tr("基本满意");
    case 4:
        return tr("不满意");
    case 5:
        return tr("非常不满意");
    default:
        return {};
    }
}

QString RatingService::reasonText(const QString &code)
{
    if (code == QLatin1String("wait_too_long"))
        return tr("办事等待时间长");
    if (code == QLatin1String("attitude"))
        return tr("工作人员态度不好");
    if (code == QLatin1String("unclear_materials"))
        return tr("材料要求不清楚");
    if (code == QLatin1String("device"))
        return tr("设备不好用");
    if (code == QLatin1String("other"))
        return tr("其他");
    return code;
}

QStringList RatingService::statesFor(const QString &step)
{
    if (step == QLatin1String("callback"))
        return {open, called}; // again until rectified: an unreached citizen is called again
    if (step == QLatin1String("rectify"))
        return {called};
    if (step == QLatin1String("close"))
        return {rectified};
    return {};
}

QString RatingService::stateText(const QString &state)
{
    if (state == open)
        return tr("待回访");
    if (state == called)
        return tr("已回访");
    if (state == rectified)
        return tr("已整改");
    if (state == closed)
        return tr("已办结");
    return {};
}

QString RatingService::payloadProblem(const QJsonObject &body)
{
    if (!isLevel(body.value(QLatin1String("level"))))
        return tr("评价等级应为1到5");
    const QJsonValue reasons = body.value(QLatin1String("reasons"));
    if (!reasons.isUndefined()) {
        if (!reasons.isArray() || reasons.toArray().size() > maxReasons)
            return tr("评价原因应为至多%1个代码的列表").arg(maxReasons);
        for (const QJsonValue &r : reasons.toArray())
            if (!r.isString() || r.toString().isEmpty() || r.toString().size() > maxReasonLength)
                return tr("评价原因代码应为1到%1个字符的文本").arg(maxReasonLength);
    }
    const QJsonValue indicatorsValue = body.value(QLatin1String("indicators"));
    if (indicatorsValue.isUndefined())
        return {}; // kiosks before the indicators: the overall level only
    if (!indicatorsValue.isObject())
        return tr("分项评价应为对象");
    const QJsonObject levels = indicatorsValue.toObject();
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        if (!indicators().contains(it.key()))
            return tr("没有分项指标 %1").arg(it.key().left(maxReasonLength));
        if (!isLevel(it.value()))
            return tr("分项评价 %1 的等级应为1到5").arg(it.key());
    }
    return {};
}

bool RatingService::isBad(const RatingRow &r)
{
    return r.level >= 4 || r.efficiency >= 4 || r.competence >= 4 || r.attitude >= 4;
}

QString RatingService::textProblem(const QString &what, const QString &text, bool required)
{
    if (required && text.trimmed().isEmpty())
        return tr("须填写%1").arg(what);
    if (text.size() > maxTextLength)
        return tr("%1最多%2个字").arg(what).arg(maxTextLength);
    return {};
}

Result<void> RatingService::noteApplication(const SubmissionRow &row, const CaseRow &opened,
                                            const QString &receipt)
{
    if (receipt.isEmpty())
        return {}; // nothing can refer to it
    if (auto r = m_storage.ratings().noteReceipt(row.device, receipt, row.uuid); !r)
        return r;
    if (auto linked = m_storage.ratings().link(
            row.device, receipt, RatedCase{opened.id, opened.number, opened.department});
        !linked)
        return linked.error();
    return {};
}

Result<RatingEntry> RatingService::receive(const SubmissionRow &row, const QByteArray &meta,
                                           const QJsonObject &body, const QDateTime &now)
{
    const QJsonObject m = QJsonDocument::fromJson(meta).object();
    RatingEntry entry;
    RatingRow &r = entry.rating;
    r.device = row.device;
    r.uuid = row.uuid;
    r.point = row.point;
    r.item = row.item;
    r.refersTo = m.value(QLatin1String("refers_to")).toString();
    r.level = body.value(QLatin1String("level")).toInt();
    const QJsonObject levels = body.value(QLatin1String("indicators")).toObject();
    r.efficiency = levels.value(QLatin1String("efficiency")).toInt(0);
    r.competence = levels.value(QLatin1String("competence")).toInt(0);
    r.attitude = levels.value(QLatin1String("attitude")).toInt(0);
    for (const QJsonValue &v : body.value(QLatin1String("reasons")).toArray())
        r.reasons.append(v.toString());
    r.ratedAt =
        QDateTime::fromString(m.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    r.receivedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);

    auto tx = m_storage.begin(); // nests in intake's
    if (!tx)
        return tx.error();
    // Its application's case, when it is here already (a rating usually travels after it, in
    // the same or a later batch); otherwise noteApplication links it when the case arrives.
    auto linked = r.refersTo.isEmpty()
                      ? Result<std::optional<RatedCase>>(std::optional<RatedCase>())
                      : m_storage.ratings().caseOfReceipt(r.device, r.refersTo);
    if (!linked)
        return linked.error();
    if (linked.value()) {
        r.caseId = linked.value()->caseId;
        r.caseNumber = linked.value()->number;
        r.department = linked.value()->department;
    }
    if (r.department.isEmpty()) {
        auto item = m_storage.catalogue().liveEntry(CatalogueKind::Items, r.item);
        if (!item)
            return item.error(); // fail closed: a read error is not "no department"
        if (item.value() && item.value()->body)
            r.department = QJsonDocument::fromJson(*item.value()->body)
                               .object()
                               .value(QLatin1String("department"))
                               .toString();
    }
    auto id = m_storage.ratings().insertRating(r);
    if (!id)
        return id.error();
    r.id = id.value();
    if (isBad(r)) {
        FollowUpRow f;
        f.ratingId = r.id;
        f.department = r.department;
        f.state = open;
        f.openedAt = r.receivedAt;
        f.dueDate = m_calendar.addWorkingDays(WorkCalendar::chinaDate(now), followUpDays);
        auto fid = m_storage.ratings().insertFollowUp(f);
        if (!fid)
            return fid.error();
        f.id = fid.value();
        auto audited = AuditChain(m_storage).append(
            QStringLiteral("intake"), QStringLiteral("followup.open"),
            QStringLiteral("followup/%1").arg(f.id),
            json({{QStringLiteral("rating"), r.uuid},
                  {QStringLiteral("device"), r.device},
                  {QStringLiteral("case"), r.caseNumber},
                  {QStringLiteral("point"), r.point},
                  {QStringLiteral("department"), f.department},
                  {QStringLiteral("level"), r.level},
                  {QStringLiteral("due"), f.dueDate.toString(Qt::ISODate)}}),
            now);
        if (!audited)
            return audited.error();
        entry.followUp = f;
    }
    if (auto c = tx.value()->commit(); !c)
        return c.error();
    return entry;
}

Result<RatingEntry> RatingService::stepTarget(qint64 id, const OperatorRow &by,
                                              const QString &action, const QStringList &allowed,
                                              const QString &step)
{
    auto found = m_storage.ratings().followUp(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::NotFound, tr("没有编号为 %1 的回访整改").arg(id)};
    // Who may act is decided before anything about the follow-up's state is told.
    if (!OperatorRoles::mayFollowUp(by, *found.value(), action))
        return Error{Error::Forbidden, tr("操作员 %1（%2）不能%3回访整改 %4")
                                           .arg(by.id, OperatorRoles::roleText(by.role), step)
                                           .arg(id)};
    const FollowUpRow &f = *found.value()->followUp;
    if (!allowed.contains(f.state))
        return Error{Error::Invalid,
                     tr("回访整改 %1 处于“%2”，不能%3").arg(id).arg(stateText(f.state), step)};
    return *found.value();
}

Result<FollowUpRow> RatingService::store(const RatingEntry &entry, const FollowUpRow &f,
                                         const QString &actor, const QString &action,
                                         const QJsonObject &detail, const QDateTime &now)
{
    if (auto r = m_storage.ratings().updateFollowUp(f); !r)
        return r.error();
    QJsonObject d = detail;
    d.insert(QStringLiteral("rating"), entry.rating.uuid);
    d.insert(QStringLiteral("state"), f.state);
    auto audited = AuditChain(m_storage).append(
        actor, action, QStringLiteral("followup/%1").arg(f.id), json(d), now);
    if (!audited)
        return audited.error();
    return f;
}

Result<FollowUpRow> RatingService::callBack(qint64 id, const OperatorRow &by, bool reached,
                                            const QString &note, const QDateTime &calledAt,
                                            const QDateTime &now)
{
    if (const QString why = textProblem(tr("回访记录"), note, false); !why.isEmpty())
        return Error{Error::Invalid, why};
    if (!calledAt.isValid() || calledAt > now.addSecs(callTimeSkewSeconds))
        return Error{Error::Invalid, tr("回访时间不能晚于现在")};
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto entry = stepTarget(id, by, QStringLiteral("callback"),
                            statesFor(QStringLiteral("callback")), tr("记录回访"));
    if (!entry)
        return entry.error();
    FollowUpRow f = *entry->followUp;
    if (calledAt.toSecsSinceEpoch() < f.openedAt.toSecsSinceEpoch())
        return Error{Error::Invalid, tr("回访时间不能早于差评收到的时间")};
    f.state = called;
    f.calledAt = QDateTime::fromSecsSinceEpoch(calledAt.toSecsSinceEpoch(), Qt::UTC);
    f.calledBy = by.id;
    f.reached = reached;
    f.callNote = note.trimmed();
    ++f.callAttempts;
    auto stored = store(entry.value(), f, f.calledBy, QStringLiteral("followup.callback"),
                        {{QStringLiteral("reached"), reached},
                         {QStringLiteral("attempt"), f.callAttempts},
                         {QStringLiteral("called_at"), f.calledAt->toString(Qt::ISODate)},
                         {QStringLiteral("note_sha256"), digest(f.callNote)}},
                        now);
    if (!stored)
        return stored.error();
    if (auto c = tx.value()->commit(); !c)
        return c.error();
    return f;
}

Result<FollowUpRow> RatingService::rectify(qint64 id, const OperatorRow &by, const QString &cause,
                                           const QString &action, const QDateTime &now)
{
    for (const auto &[what, text] :
         {std::pair{tr("整改原因"), cause}, std::pair{tr("整改措施"), action}})
        if (const QString why = textProblem(what, text, true); !why.isEmpty())
            return Error{Error::Invalid, why};
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    // Rectified only after the citizen was called back (reached or not): 实名差评回访.
    auto entry = stepTarget(id, by, QStringLiteral("rectify"), statesFor(QStringLiteral("rectify")),
                            tr("记录整改（须先回访）"));
    if (!entry)
        return entry.error();
    FollowUpRow f = *entry->followUp;
    f.state = rectified;
    f.rectifiedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    f.rectifiedBy = by.id;
    f.cause = cause.trimmed();
    f.action = action.trimmed();
    auto stored = store(entry.value(), f, f.rectifiedBy, QStringLiteral("followup.rectify"),
                        {{QStringLiteral("cause_sha256"), digest(f.cause)},
                         {QStringLiteral("action_sha256"), digest(f.action)}},
                        now);
    if (!stored)
        return stored.error();
    if (auto c = tx.value()->commit(); !c)
        return c.error();
    return f;
}

Result<FollowUpRow> RatingService::close(qint64 id, const OperatorRow &by, const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto entry = stepTarget(id, by, QStringLiteral("close"), statesFor(QStringLiteral("close")),
                            tr("办结（须先整改）"));
    if (!entry)
        return entry.error();
    FollowUpRow f = *entry->followUp;
    f.state = closed;
    f.closedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    f.closedBy = by.id;
    auto stored = store(entry.value(), f, f.closedBy, QStringLiteral("followup.close"),
                        {{QStringLiteral("due"), f.dueDate.toString(Qt::ISODate)},
                         {QStringLiteral("in_time"), closedInTime(f)}},
                        now);
    if (!stored)
        return stored.error();
    if (auto c = tx.value()->commit(); !c)
        return c.error();
    return f;
}

Result<QList<RatingEntry>> RatingService::list(const RatingFilter &filter)
{
    return m_storage.ratings().ratings(filter);
}

bool RatingService::overdue(const FollowUpRow &f, const QDateTime &now) const
{
    return f.state != closed && WorkCalendar::chinaDate(now) > f.dueDate;
}

bool RatingService::closedInTime(const FollowUpRow &f)
{
    return f.state == closed && f.closedAt && WorkCalendar::chinaDate(*f.closedAt) <= f.dueDate;
}

Result<RatingService::Figures> RatingService::figures(const RatingFilter &filter,
                                                      const QDateTime &now)
{
    auto counts = m_storage.ratings().figureCounts(filter, WorkCalendar::chinaDate(now));
    if (!counts)
        return counts.error();
    Figures out;
    for (const RatingCounts &c : counts.value()) {
        for (Group *g : {&out.all, &out.byPoint[c.point], &out.byDepartment[c.department],
                         &out.byMonth[c.month]}) {
            g->satisfaction.total += c.total;
            g->satisfaction.satisfied += c.satisfied;
            Rectification &r = g->rectification;
            r.bad += c.bad;
            r.closedInTime += c.closedInTime;
            r.closedLate += c.closedLate;
            r.open += c.open;
            r.overdue += c.overdue;
        }
    }
    return out;
}

Result<RatingService::PointSatisfaction> RatingService::pointSatisfaction(const QString &point,
                                                                          const QDateTime &now)
{
    auto counts = m_storage.ratings().satisfaction(point, now.addDays(-publicWindowDays));
    if (!counts)
        return counts.error();
    PointSatisfaction out;
    out.count = counts->second;
    if (out.count > 0)
        out.rate = double(counts->first) / double(out.count);
    return out;
}

} // namespace jiujin::gateway
