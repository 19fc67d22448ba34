#include "ratingapi.h"

#include "auditchain.h"
#include "chinatime.h"
#include "operatorhttp.h"
#include "operatorroles.h"
#include "operatorservice.h"
#include "ratingexport.h"
#include "ratingservice.h"
#include "workcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <httplib.h>

namespace jiujin::gateway {

namespace {

const QString invalid = QStringLiteral("invalid");
const QString forbidden = QStringLiteral("forbidden");

QString param(const httplib::Request &req, const char *name)
{
    return QString::fromStdString(req.get_param_value(name));
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timeOrNull(const std::optional<QDateTime> &t)
{
    return t && t->isValid() ? QJsonValue(t->toUTC().toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null);
}

QJsonValue levelOrNull(int level)
{
    return level >= 1 && level <= 5 ? QJsonValue(level) : QJsonValue(QJsonValue::Null);
}

QJsonValue rateOrNull(const std::optional<double> &rate)
{
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

QDate isoDate(const QString &s)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(s).hasMatch() ? QDate::fromString(s, QStringLiteral("yyyy-MM-dd")) : QDate();
}

/** The filters list, figures and export share (query parameters); "" or what is wrong. */
QString parseFilter(const httplib::Request &req, RatingFilter &f, QDate *from = nullptr,
                    QDate *to = nullptr)
{
    static const QRegularExpression pointCode(QStringLiteral("^\\d{12}-\\d{2}$"));
    static const QRegularExpression departmentCode(QStringLiteral("^[a-z]{1,32}$"));
    static const QRegularExpression itemCode(QStringLiteral("^[0-9A-Za-z]{1,64}$"));
    f.point = param(req, "point");
    if (!f.point.isEmpty() && !pointCode.match(f.point).hasMatch())
        return QStringLiteral("point: a service point code (150525203000-01)");
    f.department = param(req, "department");
    if (!f.department.isEmpty() && !departmentCode.match(f.department).hasMatch())
        return QStringLiteral("department: a department code (shebao)");
    f.item = param(req, "item");
    if (!f.item.isEmpty() && !itemCode.match(f.item).hasMatch())
        return QStringLiteral("item: an item code");
    if (req.has_param("level")) {
        const QString level = param(req, "level");
        if (level.size() != 1 || level.at(0) < u'1' || level.at(0) > u'5')
            return QStringLiteral("level: 1 to 5");
        f.level = level.toInt();
    }
    QDate first, last;
    if (req.has_param("from") && !(first = isoDate(param(req, "from"))).isValid())
        return QStringLiteral("from: a date YYYY-MM-DD");
    if (req.has_param("to") && !(last = isoDate(param(req, "to"))).isValid())
        return QStringLiteral("to: a date YYYY-MM-DD");
    if (first.isValid() && last.isValid() && first > last)
        return QStringLiteral("from: not after to");
    // China days, both ends included.
    if (first.isValid())
        f.from = chinaMidnight(first);
    if (last.isValid())
        f.to = chinaMidnight(last.addDays(1));
    if (from)
        *from = first;
    if (to)
        *to = last;
    return {};
}

/** limit (1 to RatingApi::maxPageRows, default RatingApi::defaultPageRows); 0 when wrong. */
int pageRows(const httplib::Request &req)
{
    if (!req.has_param("limit"))
        return RatingApi::defaultPageRows;
    bool ok = false;
    const int n = param(req, "limit").toInt(&ok);
    return ok && n >= 1 && n <= RatingApi::maxPageRows ? n : 0;
}

QJsonObject groupJson(const RatingService::Group &g)
{
    const RatingService::Satisfaction &s = g.satisfaction;
    const RatingService::Rectification &r = g.rectification;
    return {{QStringLiteral("ratings"), s.total},
            {QStringLiteral("satisfied"), s.satisfied},
            {QStringLiteral("satisfaction_rate"), rateOrNull(s.rate())},
            {QStringLiteral("bad"), r.bad},
            {QStringLiteral("closed_in_time"), r.closedInTime},
            {QStringLiteral("closed_late"), r.closedLate},
            {QStringLiteral("open"), r.open},
            {QStringLiteral("overdue"), r.overdue},
            {QStringLiteral("rectification_rate"), rateOrNull(r.rate())}};
}

QJsonArray groupsJson(const QMap<QString, RatingService::Group> &groups, const QString &key)
{
    QJsonArray out;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QJsonObject o = groupJson(it.value());
        o.insert(key, it.key());
        out.append(o);
    }
    return out;
}

} // namespace

RatingApi::RatingApi(CentralStorage &storage, OperatorService &operators)
    : m_storage(storage), m_operators(operators),
      m_ratings(std::make_unique<RatingService>(storage))
{
}

RatingApi::~RatingApi() = default;

int RatingApi::workingDaysLeft(const QDate &today, const QDate &due)
{
    const WorkCalendar &calendar = WorkCalendar::china();
    int n = 0;
    // Bounded: a follow-up is due 15 working days out; a very old one stops counting at ten years.
    if (due >= today) {
        for (QDate d = today.addDays(1); d <= due && n < 3660; d = d.addDays(1))
            n += calendar.isOpen(d) ? 1 : 0;
        return n;
    }
    for (QDate d = due.addDays(1); d <= today && n < 3660; d = d.addDays(1))
        n += calendar.isOpen(d) ? 1 : 0;
    return -n;
}

void RatingApi::addRoutes(httplib::Server &server, std::function<QDateTime()> clock)
{
    using Handler = void (RatingApi::*)(OperatorRequest &);
    const auto route = [&](Handler h, bool withBody) {
        return OperatorHttp::route(
            m_operators, clock, [this, h](OperatorRequest &r) { (this->*h)(r); }, withBody);
    };
    server.Get("/v1/operator/ratings", route(&RatingApi::listRatings, false));
    server.Get("/v1/operator/ratings/figures", route(&RatingApi::figures, false));
    server.Get("/v1/operator/ratings/export", route(&RatingApi::exportRatings, false));
    server.Get(R"(/v1/operator/ratings/([0-9]{1,15}))", route(&RatingApi::showRating, false));
    server.Get("/v1/operator/followups", route(&RatingApi::listFollowUps, false));
    const std::string followUp = R"(/v1/operator/followups/([0-9]{1,15}))";
    server.Post(followUp + "/callbacks", route(&RatingApi::callBack, true));
    server.Post(followUp + "/rectification", route(&RatingApi::rectify, true));
    server.Post(followUp + "/close", route(&RatingApi::close, true));
}

QJsonObject RatingApi::followUpJson(const OperatorRequest &r, const RatingEntry &e) const
{
    const FollowUpRow &f = *e.followUp;
    const QDate today = WorkCalendar::chinaDate(r.now);
    const bool isClosed = f.state == RatingService::closed;
    // The officers' texts and names are the department's and the supervisors' (a clerk reads
    // how far it is, not what was said: the 差评 may be of the window itself).
    const bool texts = OperatorRoles::readsFollowUpTexts(r.session.row, e);
    QJsonValue callback = QJsonValue::Null, rectification = QJsonValue::Null,
               closing = QJsonValue::Null;
    if (f.calledAt) {
        QJsonObject o{{QStringLiteral("at"), timeOrNull(f.calledAt)},
                      {QStringLiteral("reached"), f.reached},
                      {QStringLiteral("attempts"), f.callAttempts}};
        if (texts) {
            o.insert(QStringLiteral("by"), f.calledBy);
            o.insert(QStringLiteral("note"), f.callNote);
        }
        callback = o;
    }
    if (f.rectifiedAt) {
        QJsonObject o{{QStringLiteral("at"), timeOrNull(f.rectifiedAt)}};
        if (texts) {
            o.insert(QStringLiteral("by"), f.rectifiedBy);
            o.insert(QStringLiteral("cause"), f.cause);
            o.insert(QStringLiteral("action"), f.action);
        }
        rectification = o;
    }
    if (f.closedAt) {
        QJsonObject o{{QStringLiteral("at"), timeOrNull(f.closedAt)},
                      {QStringLiteral("in_time"), RatingService::closedInTime(f)}};
        if (texts)
            o.insert(QStringLiteral("by"), f.closedBy);
        closing = o;
    }
    // The steps this operator may take now (role, scope and state), so that a page offers only
    // those; each step is still checked again when it is taken.
    QJsonArray may;
    for (const QString &step :
         {QStringLiteral("callback"), QStringLiteral("rectify"), QStringLiteral("close")})
        if (RatingService::statesFor(step).contains(f.state) &&
            OperatorRoles::mayFollowUp(r.session.row, e, step))
            may.append(step);
    return {
        {QStringLiteral("id"), f.id},
        {QStringLiteral("state"), f.state},
        {QStringLiteral("state_text"), RatingService::stateText(f.state)},
        {QStringLiteral("department"), f.department},
        {QStringLiteral("opened_at"), timeOrNull(f.openedAt)},
        {QStringLiteral("due_date"), f.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("working_days_left"),
         isClosed ? QJsonValue(QJsonValue::Null) : QJsonValue(workingDaysLeft(today, f.dueDate))},
        {QStringLiteral("overdue"), m_ratings->overdue(f, r.now)},
        {QStringLiteral("texts"), texts},
        {QStringLiteral("may"), may},
        {QStringLiteral("callback"), callback},
        {QStringLiteral("rectification"), rectification},
        {QStringLiteral("closed"), closing}};
}

QJsonObject RatingApi::ratingJson(const OperatorRequest &r, const RatingEntry &e) const
{
    const RatingRow &x = e.rating;
    QJsonArray reasons;
    for (const QString &code : x.reasons)
        reasons.append(QJsonObject{{QStringLiteral("code"), code},
                                   {QStringLiteral("text"), RatingService::reasonText(code)}});
    return {{QStringLiteral("id"), x.id},
            {QStringLiteral("rating_id"), x.uuid},
            {QStringLiteral("point"), x.point},
            {QStringLiteral("item"), x.item},
            {QStringLiteral("department"), x.department},
            {QStringLiteral("kiosk_receipt"), x.refersTo},
            {QStringLiteral("case_number"), orNull(x.caseNumber)},
            {QStringLiteral("case_receipt"), orNull(x.caseReceipt)},
            {QStringLiteral("rated_at"), timeOrNull(x.ratedAt)},
            {QStringLiteral("received_at"), timeOrNull(x.receivedAt)},
            {QStringLiteral("levels"),
             QJsonObject{{QStringLiteral("overall"), x.level},
                         {QStringLiteral("efficiency"), levelOrNull(x.efficiency)},
                         {QStringLiteral("competence"), levelOrNull(x.competence)},
                         {QStringLiteral("attitude"), levelOrNull(x.attitude)}}},
            {QStringLiteral("overall_text"), RatingService::levelText(x.level)},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("bad"), RatingService::isBad(x)},
            {QStringLiteral("follow_up"),
             e.followUp ? QJsonValue(followUpJson(r, e)) : QJsonValue(QJsonValue::Null)}};
}

void RatingApi::listRatings(OperatorRequest &r)
{
    if (!OperatorRoles::readsRatings(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    RatingFilter filter;
    if (const QString why = parseFilter(r.req, filter); !why.isEmpty())
        return OperatorHttp::error(r.res, 400, invalid, why);
    const int limit = pageRows(r.req);
    bool cursorOk = true;
    if (r.req.has_param("cursor"))
        filter.beforeId = param(r.req, "cursor").toLongLong(&cursorOk);
    if (limit == 0 || !cursorOk || filter.beforeId < 0)
        return OperatorHttp::error(
            r.res, 400, invalid,
            QStringLiteral("limit: 1 to %1; cursor: as a page's next").arg(maxPageRows));
    OperatorRoles::narrow(r.session.row, filter);
    filter.order = RatingFilter::Order::Newest;
    filter.limit = limit + 1; // one more: is there a next page
    auto rows = m_ratings->list(filter);
    if (!rows)
        return OperatorHttp::unavailable(r.res, rows.error());
    const bool more = rows->size() > limit;
    QJsonArray ratings;
    for (qsizetype i = 0; i < qMin(rows->size(), qsizetype(limit)); ++i)
        if (OperatorRoles::readsRating(r.session.row, rows->at(i).rating))
            ratings.append(ratingJson(r, rows->at(i)));
    OperatorHttp::reply(
        r.res, 200,
        {{QStringLiteral("ratings"), ratings},
         {QStringLiteral("next"), more ? QJsonValue(QString::number(rows->at(limit - 1).rating.id))
                                       : QJsonValue(QJsonValue::Null)}});
}

void RatingApi::showRating(OperatorRequest &r)
{
    auto found =
        m_storage.ratings().rating(QString::fromStdString(r.req.matches[1].str()).toLongLong());
    if (!found)
        return OperatorHttp::unavailable(r.res, found.error());
    // Out of scope and nonexistent get the same answer.
    if (!found.value() || !OperatorRoles::readsRating(r.session.row, found.value()->rating))
        return OperatorHttp::error(r.res, 403, forbidden);
    OperatorHttp::reply(r.res, 200, ratingJson(r, *found.value()));
}

void RatingApi::listFollowUps(OperatorRequest &r)
{
    if (!OperatorRoles::readsRatings(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    RatingFilter filter;
    if (const QString why = parseFilter(r.req, filter); !why.isEmpty())
        return OperatorHttp::error(r.res, 400, invalid, why);
    filter.followUpState =
        r.req.has_param("state") ? param(r.req, "state") : QStringLiteral("open");
    filter.overdueOn = WorkCalendar::chinaDate(r.now);
    const int limit = pageRows(r.req);
    // The cursor is a page's last (due date, id): "2026-12-18.42".
    static const QRegularExpression cursorShape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.(\\d{1,15})$"));
    const auto cursor = cursorShape.match(param(r.req, "cursor"));
    if (r.req.has_param("cursor")) {
        filter.afterDue = cursor.hasMatch() ? isoDate(cursor.captured(1)) : QDate();
        filter.afterId = cursor.captured(2).toLongLong();
    }
    if (limit == 0 ||
        !QStringList{QStringLiteral("open"), QStringLiteral("overdue"), QStringLiteral("closed")}
             .contains(filter.followUpState) ||
        (r.req.has_param("cursor") && !filter.afterDue.isValid()))
        return OperatorHttp::error(
            r.res, 400, invalid,
            QStringLiteral("state: open, overdue or closed; limit: 1 to %1; cursor: as a page's "
                           "next")
                .arg(maxPageRows));
    OperatorRoles::narrow(r.session.row, filter);
    filter.order = RatingFilter::Order::Due;
    filter.limit = limit + 1;
    auto rows = m_ratings->list(filter);
    if (!rows)
        return OperatorHttp::unavailable(r.res, rows.error());
    const bool more = rows->size() > limit;
    QJsonArray followUps;
    for (qsizetype i = 0; i < qMin(rows->size(), qsizetype(limit)); ++i) {
        const RatingEntry &e = rows->at(i);
        if (!OperatorRoles::readsRating(r.session.row, e.rating))
            continue;
        QJsonObject rating = ratingJson(r, e);
        QJsonObject o = rating.take(QStringLiteral("follow_up")).toObject();
        o.insert(QStringLiteral("rating"), rating);
        followUps.append(o);
    }
    QJsonValue next = QJsonValue::Null;
    if (more) {
        const FollowUpRow &last = *rows->at(limit - 1).followUp;
        next = last.dueDate.toString(Qt::ISODate) + u'.' + QString::number(last.id);
    }
    OperatorHttp::reply(r.res, 200,
                        {{QStringLiteral("followups"), followUps}, {QStringLiteral("next"), next}});
}

std::optional<RatingEntry> RatingApi::followUpInScope(OperatorRequest &r)
{
    auto found =
        m_storage.ratings().followUp(QString::fromStdString(r.req.matches[1].str()).toLongLong());
    if (!found) {
        OperatorHttp::unavailable(r.res, found.error());
        return std::nullopt;
    }
    if (!found.value() || !OperatorRoles::readsRating(r.session.row, found.value()->rating)) {
        OperatorHttp::error(r.res, 403, forbidden);
        return std::nullopt;
    }
    return *found.value();
}

void RatingApi::stepDone(OperatorRequest &r, qint64 id, const Result<FollowUpRow> &done)
{
    if (!done) {
        const Error &e = done.error();
        if (e.code == Error::Forbidden || e.code == Error::NotFound)
            return OperatorHttp::error(r.res, 403, forbidden);
        if (e.code == Error::Invalid) // the step is not one the follow-up can take now
            return OperatorHttp::error(r.res, 409, QStringLiteral("state"), e.message);
        return OperatorHttp::unavailable(r.res, e);
    }
    auto entry = m_storage.ratings().followUp(id);
    if (!entry || !entry.value())
        return OperatorHttp::unavailable(
            r.res, entry ? Error{Error::Io, QStringLiteral("follow-up gone")} : entry.error());
    QJsonObject rating = ratingJson(r, *entry.value());
    QJsonObject o = rating.take(QStringLiteral("follow_up")).toObject();
    o.insert(QStringLiteral("rating"), rating);
    OperatorHttp::reply(r.res, 200, o);
}

void RatingApi::callBack(OperatorRequest &r)
{
    const auto entry = followUpInScope(r);
    if (!entry)
        return;
    const QJsonValue reached = r.body.value(QLatin1String("reached"));
    const QJsonValue note = r.body.value(QLatin1String("note"));
    const QJsonValue at = r.body.value(QLatin1String("at"));
    QString why;
    if (!reached.isBool())
        why = QStringLiteral("reached: true or false");
    else if (!(note.isString() || note.isUndefined()))
        why = QStringLiteral("note: text");
    else if (!(at.isString() || at.isUndefined()))
        why = QStringLiteral("at: a date-time");
    else
        why = RatingService::textProblem(QStringLiteral("note"), note.toString(), false);
    QDateTime calledAt = r.now;
    if (why.isEmpty() && at.isString()) {
        calledAt = QDateTime::fromString(at.toString(), Qt::ISODate);
        // Without an offset Qt would read it as the server's local time: refused, not guessed.
        if (!calledAt.isValid() || calledAt.timeSpec() == Qt::LocalTime ||
            at.toString().size() > 40 ||
            calledAt > r.now.addSecs(RatingService::callTimeSkewSeconds) ||
            calledAt.toSecsSinceEpoch() < entry->followUp->openedAt.toSecsSinceEpoch())
            why = QStringLiteral("at: when the call was made, with its offset; not before the "
                                 "rating reached central, not in the future");
    }
    if (!why.isEmpty())
        return OperatorHttp::error(r.res, 400, invalid, why);
    stepDone(r, entry->followUp->id,
             m_ratings->callBack(entry->followUp->id, r.session.row, reached.toBool(),
                                 note.toString(), calledAt, r.now));
}

void RatingApi::rectify(OperatorRequest &r)
{
    const auto entry = followUpInScope(r);
    if (!entry)
        return;
    const QJsonValue cause = r.body.value(QLatin1String("cause"));
    const QJsonValue action = r.body.value(QLatin1String("action"));
    QString why;
    if (!cause.isString() || !action.isString())
        why = QStringLiteral("cause and action: text");
    else if (why = RatingService::textProblem(QStringLiteral("cause"), cause.toString(), true);
             why.isEmpty())
        why = RatingService::textProblem(QStringLiteral("action"), action.toString(), true);
    if (!why.isEmpty())
        return OperatorHttp::error(r.res, 400, invalid, why);
    stepDone(r, entry->followUp->id,
             m_ratings->rectify(entry->followUp->id, r.session.row, cause.toString(),
                                action.toString(), r.now));
}

void RatingApi::close(OperatorRequest &r)
{
    const auto entry = followUpInScope(r);
    if (!entry)
        return;
    stepDone(r, entry->followUp->id, m_ratings->close(entry->followUp->id, r.session.row, r.now));
}

void RatingApi::figures(OperatorRequest &r)
{
    if (!OperatorRoles::readsRatings(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    RatingFilter filter;
    QDate from, to;
    if (const QString why = parseFilter(r.req, filter, &from, &to); !why.isEmpty())
        return OperatorHttp::error(r.res, 400, invalid, why);
    OperatorRoles::narrow(r.session.row, filter);
    auto figures = m_ratings->figures(filter, r.now);
    if (!figures)
        return OperatorHttp::unavailable(r.res, figures.error());
    // A chart's axis: every month of a bounded period, those without ratings at zero.
    if (from.isValid() && to.isValid() && from.daysTo(to) <= 3700)
        for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
            figures->byMonth[m.toString(QStringLiteral("yyyy-MM"))];
    OperatorHttp::reply(
        r.res, 200,
        {{QStringLiteral("from"),
          from.isValid() ? QJsonValue(from.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
         {QStringLiteral("to"),
          to.isValid() ? QJsonValue(to.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
         {QStringLiteral("all"), groupJson(figures->all)},
         {QStringLiteral("by_point"), groupsJson(figures->byPoint, QStringLiteral("point"))},
         {QStringLiteral("by_department"),
          groupsJson(figures->byDepartment, QStringLiteral("department"))},
         {QStringLiteral("by_month"), groupsJson(figures->byMonth, QStringLiteral("month"))}});
}

void RatingApi::exportRatings(OperatorRequest &r)
{
    if (!OperatorRoles::exportsRatings(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    RatingFilter filter;
    QDate from, to;
    if (const QString why = parseFilter(r.req, filter, &from, &to); !why.isEmpty())
        return OperatorHttp::error(r.res, 400, invalid, why);
    const QString format = param(r.req, "format");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return OperatorHttp::error(r.res, 400, invalid, QStringLiteral("format: json or csv"));
    OperatorRoles::narrow(r.session.row, filter);
    filter.limit = maxExportRows + 1;
    // Who took which ratings out is on the chain, in the transaction that reads them.
    auto tx = m_storage.begin();
    if (!tx)
        return OperatorHttp::unavailable(r.res, tx.error());
    auto rows = m_ratings->list(filter);
    if (!rows)
        return OperatorHttp::unavailable(r.res, rows.error());
    if (rows->size() > maxExportRows)
        return OperatorHttp::error(
            r.res, 400, invalid,
            QStringLiteral("more than %1 ratings: export a shorter period").arg(maxExportRows));
    const QJsonObject detail{
        {QStringLiteral("format"), format},
        {QStringLiteral("from"), from.isValid() ? from.toString(Qt::ISODate) : QString()},
        {QStringLiteral("to"), to.isValid() ? to.toString(Qt::ISODate) : QString()},
        {QStringLiteral("point"), filter.point},
        {QStringLiteral("department"), filter.department},
        {QStringLiteral("ratings"), rows->size()}};
    if (auto a = AuditChain(m_storage).append(
            r.session.row.id, QStringLiteral("ratings.export"), QStringLiteral("ratings"),
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), r.now);
        !a)
        return OperatorHttp::unavailable(r.res, a.error());
    if (auto c = tx.value()->commit(); !c)
        return OperatorHttp::unavailable(r.res, c.error());
    const bool csv = format == QLatin1String("csv");
    const QByteArray bytes =
        csv ? RatingExport::csv(rows.value()) : RatingExport::json(rows.value());
    const QString name =
        QStringLiteral("ratings-%1-%2.%3")
            .arg(from.isValid() ? from.toString(QStringLiteral("yyyyMMdd")) : QStringLiteral("all"),
                 to.isValid() ? to.toString(QStringLiteral("yyyyMMdd")) : QStringLiteral("now"),
                 format);
    r.res.status = 200;
    r.res.set_content(bytes.constData(), size_t(bytes.size()),
                      csv ? "text/csv; charset=utf-8" : "application/json");
    r.res.set_header("Content-Disposition",
                     ("attachment; filename=\"" + name + "\"").toStdString());
    r.res.set_header("Cache-Control", "no-store");
}

} // namespace jiujin::gateway
