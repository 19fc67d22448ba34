#include "fleetapi.h"

#include "certificateauthority.h"
#include "devicerecords.h"
#include "fleetservice.h"
#include "heartbeat.h"
#include "operatorhttp.h"
#include "operatorroles.h"

#include <QJsonArray>
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

QJsonValue timeOrNull(const std::optional<QDateTime> &t)
{
    return t && t->isValid() ? QJsonValue(t->toUTC().toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null);
}

/** A bounded whole number parameter: @p fallback when absent, nullopt when wrong. */
std::optional<int> number(const httplib::Request &req, const char *name, int fallback, int min,
                          int max)
{
    if (!req.has_param(name))
        return fallback;
    const QString text = param(req, name);
    bool ok = false;
    const int n = text.size() <= 8 ? text.toInt(&ok) : 0;
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

} // namespace

FleetApi::FleetApi(CentralStorage &storage, OperatorService &operators,
                   EnrollmentService &enrollment)
    : m_storage(storage), m_operators(operators),
      m_fleet(std::make_unique<FleetService>(storage, enrollment))
{
}

FleetApi::~FleetApi() = default;

int FleetApi::daysLeft(const QDateTime &now, const QDateTime &end)
{
    const qint64 s = now.secsTo(end);
    return int(s >= 0 ? s / 86400 : -((-s + 86399) / 86400));
}

void FleetApi::addRoutes(httplib::Server &server, std::function<QDateTime()> clock)
{
    using Handler = void (FleetApi::*)(OperatorRequest &);
    const auto route = [&](Handler h, bool withBody) {
        return OperatorHttp::route(
            m_operators, clock, [this, h](OperatorRequest &r) { (this->*h)(r); }, withBody);
    };
    server.Get("/v1/operator/fleet/devices", route(&FleetApi::listDevices, false));
    server.Get("/v1/operator/fleet/tokens", route(&FleetApi::listTokens, false));
    server.Post("/v1/operator/fleet/tokens", route(&FleetApi::createToken, true));
    server.Post(R"(/v1/operator/fleet/tokens/([0-9a-f]{16})/withdraw)",
                route(&FleetApi::withdrawToken, true));
    server.Post(R"(/v1/operator/fleet/devices/(jj-[0-9a-f]{16})/revoke)",
                route(&FleetApi::revoke, true));
}

Result<QJsonObject> FleetApi::deviceJson(const FleetDevice &d, const QDateTime &now)
{
    const DeviceRow &row = d.row;
    QJsonObject o{{QStringLiteral("id"), row.id},
                  {QStringLiteral("point"), row.point},
                  {QStringLiteral("suite"), row.suite},
                  {QStringLiteral("enrolled_at"), timeOrNull(row.enrolledAt)},
                  {QStringLiteral("revoked"), bool(row.revokedAt)},
                  {QStringLiteral("revoked_at"), timeOrNull(row.revokedAt)},
                  {QStringLiteral("last_heartbeat"), timeOrNull(row.lastHeartbeat)},
                  {QStringLiteral("silent"), d.silent},
                  {QStringLiteral("certificate_expires"), timeOrNull(d.certificateExpires)},
                  {QStringLiteral("certificate_days_left"),
                   d.certificateExpires ? QJsonValue(daysLeft(now, *d.certificateExpires))
                                        : QJsonValue(QJsonValue::Null)}};
    // What the newest heartbeat said; a heartbeat that does not decode leaves these null (and
    // never hides the device); a storage error fails the whole answer, never reads as "none".
    QJsonValue kiosk = QJsonValue::Null, catalogue = QJsonValue::Null, depth = QJsonValue::Null,
               oldest = QJsonValue::Null, disk = QJsonValue::Null, lastError = QJsonValue::Null;
    if (row.lastHeartbeat) {
        auto body = m_storage.devices().heartbeat(row.id);
        if (!body)
            return body.error();
        if (body->has_value()) {
            if (auto beat = protocol::decodeHeartbeat(*body.value())) {
                kiosk = beat->kioskVersion;
                catalogue = beat->catalogueVersion;
                depth = beat->queueDepth;
                oldest = beat->oldestAgeSeconds;
                disk = beat->diskFreeMb;
                lastError = beat->lastError;
            }
        }
    }
    o.insert(QStringLiteral("app_version"), kiosk);
    o.insert(QStringLiteral("catalogue_version"), catalogue);
    o.insert(QStringLiteral("queue_depth"), depth);
    o.insert(QStringLiteral("oldest_pending_s"), oldest);
    o.insert(QStringLiteral("disk_free_mb"), disk);
    o.insert(QStringLiteral("last_error"), lastError);
    return o;
}

void FleetApi::listDevices(OperatorRequest &r)
{
    if (!OperatorRoles::readsFleet(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    static const QRegularExpression pointOrTownship(QStringLiteral("^(\\d{9}|\\d{12}-\\d{2})$"));
    const QString state = r.req.has_param("state") ? param(r.req, "state") : QStringLiteral("all");
    static const QStringList states{QStringLiteral("all"), QStringLiteral("silent"),
                                    QStringLiteral("active"), QStringLiteral("revoked")};
    if (!states.contains(state))
        return OperatorHttp::error(r.res, 400, invalid,
                                   QStringLiteral("state: all, silent, active or revoked"));
    const QString point = param(r.req, "point");
    if (!point.isEmpty() && !pointOrTownship.match(point).hasMatch())
        return OperatorHttp::error(
            r.res, 400, invalid,
            QStringLiteral("point: a service point (150525203000-01) or township (150525203)"));
    const auto offset = number(r.req, "offset", 0, 0, maxOffset);
    const auto limit = number(r.req, "limit", defaultPageRows, 1, maxPageRows);
    if (!offset || !limit)
        return OperatorHttp::error(
            r.res, 400, invalid,
            QStringLiteral("offset: 0 to %1; limit: 1 to %2").arg(maxOffset).arg(maxPageRows));

    auto tx = m_storage.begin(Access::Snapshot);
    if (!tx)
        return OperatorHttp::unavailable(r.res, tx.error());
    auto all = m_fleet->devices(r.now);
    if (!all)
        return OperatorHttp::unavailable(r.res, all.error());
    int silent = 0, revoked = 0;
    QList<const FleetDevice *> chosen;
    for (const FleetDevice &d : all.value()) {
        silent += d.silent ? 1 : 0;
        revoked += d.row.revokedAt ? 1 : 0;
        if (!point.isEmpty() && d.row.point != point &&
            OperatorRoles::township(d.row.point) != point)
            continue;
        if ((state == QLatin1String("silent") && !d.silent) ||
            (state == QLatin1String("revoked") && !d.row.revokedAt) ||
            (state == QLatin1String("active") && d.row.revokedAt))
            continue;
        chosen.append(&d);
    }
    QJsonArray page;
    for (qsizetype i = *offset; i < chosen.size() && i < qsizetype(*offset) + *limit; ++i) {
        auto json = deviceJson(*chosen.at(i), r.now);
        if (!json)
            return OperatorHttp::unavailable(r.res, json.error());
        page.append(json.value());
    }
    OperatorHttp::reply(
        r.res, 200,
        {{QStringLiteral("devices"), page},
         {QStringLiteral("total"), int(chosen.size())},
         {QStringLiteral("offset"), *offset},
         {QStringLiteral("limit"), *limit},
         {QStringLiteral("counts"), QJsonObject{{QStringLiteral("devices"), int(all->size())},
                                                {QStringLiteral("silent"), silent},
                                                {QStringLiteral("revoked"), revoked}}},
         {QStringLiteral("silent_after_s"), FleetService::silentAfterSeconds},
         {QStringLiteral("may_manage"), OperatorRoles::managesFleet(r.session.row)}});
}

void FleetApi::listTokens(OperatorRequest &r)
{
    if (!OperatorRoles::readsFleet(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    const auto offset = number(r.req, "offset", 0, 0, maxOffset);
    const auto limit = number(r.req, "limit", defaultPageRows, 1, maxPageRows);
    if (!offset || !limit)
        return OperatorHttp::error(
            r.res, 400, invalid,
            QStringLiteral("offset: 0 to %1; limit: 1 to %2").arg(maxOffset).arg(maxPageRows));
    auto tx = m_storage.begin(Access::Snapshot);
    if (!tx)
        return OperatorHttp::unavailable(r.res, tx.error());
    auto total = m_fleet->tokenCount();
    if (!total)
        return OperatorHttp::unavailable(r.res, total.error());
    auto rows = m_fleet->tokens(*offset, *limit);
    if (!rows)
        return OperatorHttp::unavailable(r.res, rows.error());
    QJsonArray list;
    for (const TokenRow &t : rows.value())
        // Never the token, nor its whole hash: a short id names it.
        list.append(
            QJsonObject{{QStringLiteral("id"), FleetService::tokenId(t)},
                        {QStringLiteral("point"), t.point},
                        {QStringLiteral("suite"),
                         t.suite.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.suite)},
                        {QStringLiteral("created_at"), timeOrNull(t.createdAt)},
                        {QStringLiteral("expires_at"), timeOrNull(t.expiresAt)},
                        {QStringLiteral("state"), FleetService::tokenState(t, r.now)},
                        {QStringLiteral("used_at"), timeOrNull(t.usedAt)},
                        {QStringLiteral("device"), t.device.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(t.device)}});
    OperatorHttp::reply(r.res, 200,
                        {{QStringLiteral("tokens"), list},
                         {QStringLiteral("total"), total.value()},
                         {QStringLiteral("offset"), *offset},
                         {QStringLiteral("limit"), *limit}});
}

void FleetApi::createToken(OperatorRequest &r)
{
    if (!OperatorRoles::managesFleet(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    const QJsonValue point = r.body.value(QLatin1String("point"));
    const QJsonValue suite = r.body.value(QLatin1String("suite"));
    if (!point.isString() || point.toString().size() > 15 ||
        !(suite.isUndefined() || suite.isNull() || suite.isString()) || suite.toString().size() > 8)
        return OperatorHttp::error(r.res, 400, invalid,
                                   QStringLiteral("point: a service point code; suite: intl, gm"));
    auto made = m_fleet->createToken(r.session.row.id, point.toString(), suite.toString(), r.now);
    if (!made) {
        if (made.error().code == Error::Invalid)
            return OperatorHttp::error(r.res, 400, invalid, made.error().message);
        return OperatorHttp::unavailable(r.res, made.error());
    }
    const TokenRow &t = made->row;
    OperatorHttp::reply(r.res, 201,
                        {{QStringLiteral("token"), made->token},
                         {QStringLiteral("id"), FleetService::tokenId(t)},
                         {QStringLiteral("point"), t.point},
                         {QStringLiteral("suite"),
                          t.suite.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.suite)},
                         {QStringLiteral("expires_at"), timeOrNull(t.expiresAt)}});
}

void FleetApi::withdrawToken(OperatorRequest &r)
{
    if (!OperatorRoles::managesFleet(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    const QString id = QString::fromStdString(r.req.matches[1]);
    auto done = m_fleet->withdrawToken(r.session.row.id, id, r.now);
    if (!done) {
        if (done.error().code == Error::NotFound)
            return OperatorHttp::error(r.res, 404, QStringLiteral("token"));
        if (done.error().code == Error::Invalid)
            return OperatorHttp::error(r.res, 409, QStringLiteral("ambiguous"),
                                       done.error().message);
        return OperatorHttp::unavailable(r.res, done.error());
    }
    if (!done.value())
        return OperatorHttp::error(r.res, 409, QStringLiteral("used"),
                                   QStringLiteral("the token enrolled a device already"));
    OperatorHttp::reply(r.res, 200,
                        {{QStringLiteral("id"), id}, {QStringLiteral("withdrawn"), true}});
}

void FleetApi::revoke(OperatorRequest &r)
{
    if (!OperatorRoles::managesFleet(r.session.row))
        return OperatorHttp::error(r.res, 403, forbidden);
    const QString id = QString::fromStdString(r.req.matches[1]);
    const QJsonValue reason = r.body.value(QLatin1String("reason"));
    const QJsonValue note = r.body.value(QLatin1String("note"));
    if (!reason.isString() || !(note.isUndefined() || note.isNull() || note.isString()))
        return OperatorHttp::error(r.res, 400, invalid,
                                   QStringLiteral("reason: a reason code; note: text"));
    auto done = m_fleet->revoke(r.session.row.id, id, reason.toString(), note.toString(), r.now);
    if (!done) {
        if (done.error().code == Error::Invalid)
            return OperatorHttp::error(r.res, 400, invalid, done.error().message);
        if (done.error().code == Error::NotFound)
            return OperatorHttp::error(r.res, 404, QStringLiteral("device"));
        return OperatorHttp::unavailable(r.res, done.error());
    }
    if (!done.value())
        return OperatorHttp::error(r.res, 409, QStringLiteral("revoked"),
                                   QStringLiteral("the device was revoked already"));
    auto row = m_storage.devices().device(id);
    if (!row || !row->has_value())
        return OperatorHttp::unavailable(
            r.res, row ? Error{Error::Io, QStringLiteral("revoked device vanished")} : row.error());
    const FleetDevice d{*row.value(), pki::notAfter(row.value()->certificatePem), false};
    auto json = deviceJson(d, r.now);
    if (!json)
        return OperatorHttp::unavailable(r.res, json.error());
    OperatorHttp::reply(r.res, 200, json.value());
}

} // namespace jiujin::gateway
