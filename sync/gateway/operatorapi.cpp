#include "operatorapi.h"

#include "auditchain.h"
#include "caseservice.h"
#include "consolecatalogue.h"
#include "envelope.h"
#include "gatewaykeys.h"
#include "gatewaylog.h"
#include "intakerecords.h"
#include "operatorhttp.h"
#include "operatorroles.h"
#include "operatorservice.h"
#include "totpsetupapi.h"
#include "workcalendar.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <httplib.h>
#include <openssl/crypto.h>

#include <algorithm>

namespace jiujin::gateway {

namespace {

// Where GatewayServer's pre-routing handler keeps a request's Content-Encoding.
const char heldEncoding[] = "X-JJ-Internal-Content-Encoding";

// The answers, as every operator route gives them (OperatorHttp).
void reply(httplib::Response &res, int status, const QJsonObject &body)
{
    OperatorHttp::reply(res, status, body);
}

void error(httplib::Response &res, int status, const QString &code, const QString &message = {})
{
    OperatorHttp::error(res, status, code, message);
}

void unavailable(httplib::Response &res, const Error &e)
{
    OperatorHttp::unavailable(res, e);
}

QString isoOrNull(const std::optional<QDateTime> &t)
{
    return t ? t->toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(isoOrNull(t)) : QJsonValue();
}

QJsonObject operatorJson(const OperatorRow &o)
{
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("name"), o.name},
            {QStringLiteral("role"), o.role},
            {QStringLiteral("role_text"), OperatorRoles::roleText(o.role)},
            {QStringLiteral("scope"), QJsonArray::fromStringList(o.scope)},
            {QStringLiteral("totp"), !o.totpSecretSealed.isEmpty()}};
}

void wipe(QByteArray &plain)
{
    if (!plain.isEmpty()) {
        plain.detach();
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
    }
    plain.clear();
}

/** Whether CaseService would take a move of @p row to @p stage as a transition (its other
 *  conditions, reasons and dates, are bad input, not a conflict). */
bool transitionAllowed(const CaseRow &row, const QString &stage)
{
    if (!CaseService::next(row.stage).contains(stage))
        return false;
    if (row.stage == CaseService::correction) // back to where it was asked from
        return stage == CaseService::review ? row.acceptedAt.has_value()
                                            : !row.acceptedAt.has_value();
    return true;
}

/** @p v with every string that reads as an ID number or phone masked, however deep. */
QJsonValue masked(const QJsonValue &v)
{
    if (v.isString())
        return OperatorApi::identifying(v.toString()) ? QJsonValue(OperatorApi::mask(v.toString()))
                                                      : v;
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(masked(e));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), masked(it.value()));
        return out;
    }
    return v;
}

std::string cookieHeader(const QByteArray &token, bool clear)
{
    // No Max-Age: a browser session's cookie; central ends the session itself (idle, absolute).
    return std::string(OperatorApi::sessionCookie) + '=' + token.toStdString() +
           "; Path=/v1/operator/; Secure; HttpOnly; SameSite=Strict" + (clear ? "; Max-Age=0" : "");
}

} // namespace

OperatorApi::OperatorApi(CentralStorage &storage, OperatorService &operators,
                         const GatewayKeys &keys)
    : m_storage(storage), m_operators(operators), m_keys(keys),
      m_cases(std::make_unique<CaseService>(storage)),
      m_totp(std::make_unique<TotpSetupApi>(operators))
{
}

OperatorApi::~OperatorApi() = default;

QString OperatorApi::mask(const QString &value)
{
    if (value.size() <= 5)
        return QString(value.size(), u'*');
    return value.left(1) + QString(value.size() - 5, u'*') + value.right(4);
}

QByteArray OperatorApi::csrfToken(const QByteArray &token)
{
    return QCryptographicHash::hash("jiujin-console-csrf\n" + token, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool OperatorApi::identifying(const QString &value)
{
    // 18-digit resident ID (last may be X), 15-digit old ID, or an 11-digit mobile number.
    static const QRegularExpression shape(
        QStringLiteral("^\\s*(\\d{17}[\\dXx]|\\d{15}|1[3-9]\\d{9}|\\+?86[- ]?1[3-9]\\d{9})\\s*$"));
    return shape.match(value).hasMatch();
}

void OperatorApi::addRoutes(httplib::Server &server, std::function<QDateTime()> clock)
{
    using Handler = void (OperatorApi::*)(Context &);
    // Authenticated routes (OperatorHttp::route): an operator session's bearer token or the
    // console's cookie with its CSRF token; a JSON object body (bounded) for those that write.
    const auto authed = [this, clock](Handler h, bool withBody) {
        return OperatorHttp::route(
            m_operators, clock, [this, h](OperatorRequest &r) { (this->*h)(r); }, withBody);
    };
    server.Post("/v1/operator/sessions",
                [this, clock](const httplib::Request &req, httplib::Response &res) {
                    login(req, res, clock);
                });
    server.Delete("/v1/operator/sessions/current", authed(&OperatorApi::logout, false));
    server.Get("/v1/operator/me", authed(&OperatorApi::me, false));
    server.Get("/v1/operator/cases", authed(&OperatorApi::listCases, false));
    const std::string receipt = R"(/v1/operator/cases/([A-Z]{2}[0-9]{14}))";
    server.Get(receipt, authed(&OperatorApi::showCase, false));
    server.Post(receipt + "/moves", authed(&OperatorApi::moveCase, true));
    server.Post(receipt + "/materials", authed(&OperatorApi::promiseMaterial, true));
    server.Post(receipt + R"(/materials/([0-9]{1,12})/received)",
                authed(&OperatorApi::receiveMaterial, true));
    server.Post(receipt + "/form", authed(&OperatorApi::openForm, true));
    server.Get("/v1/operator/catalogue", authed(&OperatorApi::catalogue, false));
    m_totp->addRoutes(server, clock);
}

void OperatorApi::login(const httplib::Request &req, httplib::Response &res,
                        const std::function<QDateTime()> &clock)
{
    const std::string encoding = req.get_header_value(heldEncoding);
    if (!encoding.empty() && encoding != "identity")
        return error(res, 415, QStringLiteral("encoding"));
    if (qsizetype(req.body.size()) > maxBodyBytes)
        return error(res, 413, QStringLiteral("too_large"));
    QByteArray raw = QByteArray::fromStdString(req.body);
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parsed);
    wipe(raw);
    const QJsonObject o = doc.object();
    const QString id = o.value(QLatin1String("id")).toString();
    QString password = o.value(QLatin1String("password")).toString();
    const QString totp = o.value(QLatin1String("totp")).toString();
    // The web console asks for its session as an HttpOnly cookie. Such a login must be JSON
    // (a cross-site form cannot send that without a preflight, which central never grants).
    const bool cookie = o.value(QLatin1String("cookie")).toBool(false);
    if (cookie && req.get_header_value("Content-Type").rfind("application/json", 0) != 0)
        return error(res, 415, QStringLiteral("encoding"));
    if (parsed.error != QJsonParseError::NoError || !doc.isObject() || id.isEmpty() ||
        id.size() > 64 || password.isEmpty() ||
        password.toUtf8().size() > OperatorService::maxPasswordBytes || totp.size() > 16)
        return error(res, 400, QStringLiteral("invalid"),
                     QStringLiteral("id and password are required"));
    // scrypt (~0.25 s) runs outside any transaction: nothing waits for it.
    QString hash;
    {
        auto stored = m_operators.storedHash(id);
        if (!stored)
            return unavailable(res, stored.error());
        hash = stored.value();
    }
    const OperatorService::PasswordCheck check = OperatorService::checkPassword(password, hash);
    password.fill(u'\0');
    auto answer = m_operators.login(id, check, totp, clock());
    if (!answer)
        return unavailable(res, answer.error());
    switch (answer->outcome) {
    case OperatorService::Login::Outcome::Refused:
        return error(res, 401, QStringLiteral("credentials"));
    case OperatorService::Login::Outcome::Locked: {
        reply(res, 423,
              {{QStringLiteral("error"), QStringLiteral("locked")},
               {QStringLiteral("locked_until"), answer->lockedUntil.toString(Qt::ISODate)}});
        return;
    }
    case OperatorService::Login::Outcome::Ok:
        break;
    }
    QJsonObject body{{QStringLiteral("expires_at"), answer->expiresAt.toString(Qt::ISODate)},
                     {QStringLiteral("idle_seconds"), OperatorService::idleSeconds},
                     {QStringLiteral("operator"), operatorJson(answer->row)}};
    if (cookie) {
        const QByteArray token = answer->token.toLatin1();
        res.set_header("Set-Cookie", cookieHeader(token, false));
        body.insert(QStringLiteral("csrf"), QString::fromLatin1(csrfToken(token)));
    } else {
        body.insert(QStringLiteral("token"), answer->token);
    }
    reply(res, 201, body);
}

void OperatorApi::logout(Context &c)
{
    if (auto r = m_operators.logout(c.session, c.now); !r)
        return unavailable(c.res, r.error());
    if (!c.csrf.isEmpty())
        c.res.set_header("Set-Cookie", cookieHeader({}, true));
    c.res.status = 204;
}

void OperatorApi::me(Context &c)
{
    QJsonObject body{{QStringLiteral("operator"), operatorJson(c.session.row)},
                     {QStringLiteral("expires_at"), c.session.expiresAt.toString(Qt::ISODate)},
                     {QStringLiteral("idle_seconds"), OperatorService::idleSeconds}};
    if (!c.csrf.isEmpty()) // the console, reloaded, learns its CSRF token again
        body.insert(QStringLiteral("csrf"), QString::fromLatin1(c.csrf));
    reply(c.res, 200, body);
}

void OperatorApi::catalogue(Context &c)
{
    auto names = ConsoleCatalogue::build(m_storage.catalogue());
    if (!names)
        return unavailable(c.res, names.error());
    reply(c.res, 200, names.value());
}

QJsonObject OperatorApi::caseJson(const CaseRow &row, const QDateTime &now) const
{
    const CaseService::Clock clock = m_cases->clock(row, now);
    return {{QStringLiteral("receipt"), row.receipt},
            {QStringLiteral("number"), row.number},
            {QStringLiteral("item"), row.item},
            {QStringLiteral("point"), row.point},
            {QStringLiteral("department"), row.department},
            {QStringLiteral("stage"), row.stage},
            {QStringLiteral("stage_text"), CaseService::stageText(row.stage)},
            {QStringLiteral("submitted_at"), row.createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("updated_at"), row.updatedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("accepted_at"), timeOrNull(row.acceptedAt)},
            {QStringLiteral("closed_at"), timeOrNull(row.closedAt)},
            {QStringLiteral("promised_days"),
             row.promisedDays ? QJsonValue(*row.promisedDays) : QJsonValue()},
            {QStringLiteral("due_date"), dateOrNull(row.dueDate)},
            {QStringLiteral("paused_days"), row.pausedDays},
            {QStringLiteral("correction_due"), dateOrNull(row.correctionDue)},
            {QStringLiteral("correction_materials"),
             QJsonArray::fromStringList(row.correctionMaterials)},
            {QStringLiteral("result"), row.result},
            {QStringLiteral("clock"),
             QJsonObject{{QStringLiteral("days_left"),
                          clock.daysLeft ? QJsonValue(*clock.daysLeft) : QJsonValue()},
                         {QStringLiteral("overdue"), clock.overdue},
                         {QStringLiteral("paused"), clock.paused}}}};
}

void OperatorApi::listCases(Context &c)
{
    if (!OperatorRoles::listsCases(c.session.row))
        return error(c.res, 403, QStringLiteral("forbidden"));
    CaseFilter filter;
    filter.stage = QString::fromStdString(c.req.get_param_value("stage"));
    filter.point = QString::fromStdString(c.req.get_param_value("point"));
    filter.item = QString::fromStdString(c.req.get_param_value("item"));
    const std::string overdue = c.req.get_param_value("overdue");
    const std::string after = c.req.get_param_value("cursor");
    const std::string limit = c.req.get_param_value("limit");
    // The cursor is the last row's id (opaque to the page): digits only, nothing else parsed.
    bool afterOk = after.empty(), limitOk = limit.empty();
    if (!after.empty() && after.size() <= 18 &&
        after.find_first_not_of("0123456789") == std::string::npos) {
        filter.beforeId = std::stoll(after);
        afterOk = filter.beforeId > 0;
    }
    filter.limit = defaultCasePage;
    if (!limit.empty() && limit.size() <= 4 &&
        limit.find_first_not_of("0123456789") == std::string::npos) {
        filter.limit = std::stoi(limit);
        limitOk = filter.limit >= 1 && filter.limit <= maxCasePage;
    }
    if ((!filter.stage.isEmpty() && CaseService::stageText(filter.stage).isEmpty()) ||
        filter.point.size() > 32 || filter.item.size() > 64 ||
        (!overdue.empty() && overdue != "true" && overdue != "false") || !afterOk || !limitOk)
        return error(c.res, 400, QStringLiteral("invalid"),
                     QStringLiteral("stage: a stage code; point: a point code; item: an item "
                                    "code; overdue: true or false; cursor: the previous "
                                    "page's next; limit: 1 to %1")
                         .arg(maxCasePage));
    if (overdue == "true")
        filter.overdueOn = WorkCalendar::chinaDate(c.now);
    OperatorRoles::narrow(c.session.row, filter);
    // One more row than asked tells whether a next page exists without counting.
    const int pageSize = filter.limit;
    filter.limit = pageSize + 1;
    auto rows = m_cases->list(filter);
    if (!rows)
        return unavailable(c.res, rows.error());
    const bool more = rows->size() > pageSize;
    if (more)
        rows->resize(pageSize);
    QJsonArray cases;
    for (const CaseRow &row : rows.value())
        if (OperatorRoles::reads(c.session.row, row))
            cases.append(caseJson(row, c.now));
    QJsonObject body{{QStringLiteral("cases"), cases},
                     {QStringLiteral("next"),
                      more ? QJsonValue(QString::number(rows->last().id)) : QJsonValue()}};
    if (filter.beforeId == 0) {
        // The first page counts the filter's cases (later pages keep the first's total).
        auto total = m_cases->count(filter);
        if (!total)
            return unavailable(c.res, total.error());
        body.insert(QStringLiteral("total"), std::min(total.value(), CaseService::countCap));
        body.insert(QStringLiteral("total_capped"), total.value() > CaseService::countCap);
    }
    reply(c.res, 200, body);
}

std::optional<CaseRow> OperatorApi::caseInScope(Context &c)
{
    auto found = m_cases->find(QString::fromStdString(c.req.matches[1].str()));
    if (!found) {
        unavailable(c.res, found.error());
        return std::nullopt;
    }
    // Out of scope and nonexistent get the same answer: a receipt's existence is not told.
    if (!found.value() || !OperatorRoles::reads(c.session.row, *found.value())) {
        error(c.res, 403, QStringLiteral("forbidden"));
        return std::nullopt;
    }
    return *found.value();
}

void OperatorApi::showCase(Context &c)
{
    const auto row = caseInScope(c);
    if (!row)
        return;
    auto events = m_cases->timeline(row->id);
    if (!events)
        return unavailable(c.res, events.error());
    auto materials = m_storage.cases().materials(row->id);
    if (!materials)
        return unavailable(c.res, materials.error());
    QJsonArray timeline;
    for (const CaseEventRow &e : events.value())
        timeline.append(
            QJsonObject{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("from"), e.fromStage},
                        {QStringLiteral("to"), e.toStage},
                        {QStringLiteral("operator"), e.operatorId},
                        {QStringLiteral("reason"), e.reason},
                        {QStringLiteral("materials"), QJsonArray::fromStringList(e.materials)},
                        {QStringLiteral("due"), dateOrNull(e.dueDate)}});
    QJsonArray list;
    for (const CaseMaterialRow &m : materials.value())
        list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                {QStringLiteral("name"), m.name},
                                {QStringLiteral("kind"), m.kind},
                                {QStringLiteral("due"), dateOrNull(m.dueDate)},
                                {QStringLiteral("state"), m.state},
                                {QStringLiteral("received_at"), timeOrNull(m.receivedAt)},
                                {QStringLiteral("received_point"), m.receivedPoint}});
    QJsonObject body = caseJson(*row, c.now);
    body.insert(QStringLiteral("timeline"), timeline);
    body.insert(QStringLiteral("materials"), list);
    reply(c.res, 200, body);
}

void OperatorApi::moveCase(Context &c)
{
    const auto row = caseInScope(c);
    if (!row)
        return;
    CaseService::Move m;
    m.stage = c.body.value(QLatin1String("stage")).toString();
    m.operatorId = c.session.row.id;
    m.reason = c.body.value(QLatin1String("reason")).toString();
    for (const QJsonValue &v : c.body.value(QLatin1String("materials")).toArray())
        m.materials.append(v.toString());
    m.result = c.body.value(QLatin1String("result")).toString();
    const QString due = c.body.value(QLatin1String("due")).toString();
    if (!due.isEmpty())
        m.due = QDate::fromString(due, QStringLiteral("yyyy-MM-dd"));
    if (CaseService::stageText(m.stage).isEmpty() || (!due.isEmpty() && !m.due.isValid()))
        return error(c.res, 400, QStringLiteral("invalid"),
                     QStringLiteral("stage: a stage code; due: YYYY-MM-DD"));
    if (!OperatorRoles::mayMove(c.session.row, *row, m.stage))
        return error(c.res, 403, QStringLiteral("forbidden"));
    if (!transitionAllowed(*row, m.stage))
        return error(
            c.res, 409, QStringLiteral("transition"),
            QStringLiteral("%1 -> %2 is not a move this case can make").arg(row->stage, m.stage));
    auto moved = m_cases->move(row->receipt, m, c.now);
    if (!moved) {
        if (moved.error().code == Error::Invalid) {
            // Another officer moved the case since it was read above (requests run at once,
            // DESIGN §11c): the move was judged on the stage that officer left, and lost.
            auto now = m_cases->find(row->receipt);
            if (!now)
                return unavailable(c.res, now.error());
            if (now.value() && now.value()->stage != row->stage)
                return error(
                    c.res, 409, QStringLiteral("transition"),
                    QStringLiteral("the case moved to %1 meanwhile").arg(now.value()->stage));
            return error(c.res, 400, QStringLiteral("invalid"), moved.error().message);
        }
        return unavailable(c.res, moved.error());
    }
    reply(c.res, 200, caseJson(moved.value(), c.now));
}

void OperatorApi::promiseMaterial(Context &c)
{
    const auto row = caseInScope(c);
    if (!row)
        return;
    if (!OperatorRoles::mayHandleMaterials(c.session.row, *row))
        return error(c.res, 403, QStringLiteral("forbidden"));
    const QString name = c.body.value(QLatin1String("name")).toString();
    const QString kind = c.body.value(QLatin1String("kind")).toString();
    const QDate due = QDate::fromString(c.body.value(QLatin1String("due")).toString(),
                                        QStringLiteral("yyyy-MM-dd"));
    if (name.size() > 200)
        return error(c.res, 400, QStringLiteral("invalid"), QStringLiteral("name too long"));
    auto made = m_cases->promiseMaterial(row->receipt, name, kind, due, c.session.row.id, c.now);
    if (!made) {
        if (made.error().code == Error::Invalid)
            return error(c.res, 400, QStringLiteral("invalid"), made.error().message);
        return unavailable(c.res, made.error());
    }
    reply(c.res, 201,
          {{QStringLiteral("id"), made->id},
           {QStringLiteral("name"), made->name},
           {QStringLiteral("kind"), made->kind},
           {QStringLiteral("due"), dateOrNull(made->dueDate)},
           {QStringLiteral("state"), made->state}});
}

void OperatorApi::receiveMaterial(Context &c)
{
    const auto row = caseInScope(c);
    if (!row)
        return;
    if (!OperatorRoles::mayHandleMaterials(c.session.row, *row))
        return error(c.res, 403, QStringLiteral("forbidden"));
    // Where it was handed in: a point of the clerk's townships, the case's own by default.
    const QString point = c.body.contains(QLatin1String("point"))
                              ? c.body.value(QLatin1String("point")).toString()
                              : row->point;
    if (!c.session.row.scope.contains(OperatorRoles::township(point)))
        return error(c.res, 400, QStringLiteral("invalid"),
                     QStringLiteral("point: a point of your townships"));
    const qint64 id = QString::fromStdString(c.req.matches[2].str()).toLongLong();
    auto received = m_cases->receiveMaterial(row->receipt, id, point, c.session.row.id, c.now);
    if (!received) {
        if (received.error().code == Error::NotFound)
            return error(c.res, 404, QStringLiteral("material"));
        if (received.error().code == Error::Invalid)
            return error(c.res, 409, QStringLiteral("received"), received.error().message);
        return unavailable(c.res, received.error());
    }
    c.res.status = 204;
}

void OperatorApi::openForm(Context &c)
{
    const auto row = caseInScope(c);
    if (!row)
        return;
    if (!OperatorRoles::mayOpenForm(c.session.row, *row))
        return error(c.res, 403, QStringLiteral("forbidden"));
    const QString why = c.body.value(QLatin1String("why")).toString().trimmed();
    const QJsonValue revealValue = c.body.value(QLatin1String("reveal"));
    if (why.size() < 2 || why.size() > 200 || !(revealValue.isBool() || revealValue.isUndefined()))
        return error(c.res, 400, QStringLiteral("invalid"),
                     QStringLiteral("why: the reason for opening it (2 to 200 characters); "
                                    "reveal: true or false"));
    const bool reveal = revealValue.toBool(false);
    if (reveal && !OperatorRoles::mayReveal(c.session.row, *row))
        return error(c.res, 403, QStringLiteral("forbidden"));

    auto stored = m_storage.intake().submission(row->device, row->uuid);
    if (!stored)
        return unavailable(c.res, stored.error());
    if (!stored.value())
        return unavailable(c.res, Error{Error::Corrupt, QStringLiteral("the record of case %1 is "
                                                                       "missing")
                                                            .arg(row->number)});
    const QJsonObject record = QJsonDocument::fromJson(stored.value()->record).object();
    const QByteArray meta = record.value(QLatin1String("meta")).toString().toUtf8();
    const auto suite = protocol::suiteFromName(record.value(QLatin1String("suite")).toString());
    if (!suite)
        return unavailable(c.res, Error{Error::Corrupt, QStringLiteral("record suite")});

    // Audited before anything is opened, in the transaction that answers: no audit, no form.
    auto tx = m_storage.begin();
    if (!tx)
        return unavailable(c.res, tx.error());
    AuditChain chain(m_storage);
    const QJsonObject detail{{QStringLiteral("receipt"), row->receipt},
                             {QStringLiteral("why"), why}};
    if (auto a = chain.append(
            c.session.row.id, QStringLiteral("case.form.open"), row->number,
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), c.now);
        !a)
        return unavailable(c.res, a.error());
    if (reveal)
        if (auto a = chain.append(
                c.session.row.id, QStringLiteral("case.form.reveal"), row->number,
                QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), c.now);
            !a)
            return unavailable(c.res, a.error());

    auto opener = protocol::RecordOpener::open(
        m_keys.centralKey(*suite),
        QByteArray::fromBase64(record.value(QLatin1String("key_header")).toString().toLatin1()),
        meta);
    if (!opener)
        return unavailable(c.res, opener.error());
    auto plain = opener->open(
        QByteArray::fromBase64(record.value(QLatin1String("payload")).toString().toLatin1()), meta);
    if (!plain)
        return unavailable(c.res, plain.error());
    const QJsonObject payload = QJsonDocument::fromJson(plain.value()).object();
    wipe(plain.value());
    const QJsonValue given = payload.value(QLatin1String("fields"));
    const QJsonValue fields = reveal ? given : masked(given);
    if (auto r = tx.value()->commit(); !r)
        return unavailable(c.res, r.error());
    reply(c.res, 200,
          {{QStringLiteral("receipt"), row->receipt},
           {QStringLiteral("item"), row->item},
           {QStringLiteral("revealed"), reveal},
           {QStringLiteral("fields"), fields}});
}

} // namespace jiujin::gateway
