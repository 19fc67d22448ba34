// The fleet in the operator API (issue 15): silent devices (two hours of opening hours without a
// heartbeat) counted on the working calendar and the point's plan with fixed dates; then over
// real TLS through the real nginx front of `jiujin-gateway serve`: each role's view, paging and
// bounds, heartbeats through the real /v1/heartbeat, a silent device first, enrollment tokens
// shown once and listed without their secret, a revocation with its reason audited, after which
// the device's own mTLS request is refused; and the console's cookie without CSRF refused.
#include "gatewayfixture.h"

#include "bookingservice.h"
#include "chinatime.h"
#include "database.h"
#include "fleetapi.h"
#include "fleetservice.h"
#include "heartbeat.h"
#include "operatorroles.h"
#include "operatorservice.h"
#include "sqlitecentralstorage.h"
#include "workcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <chrono>
#include <optional>
#include <thread>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

const QString password = QStringLiteral("fleet-desk-2026");
const QString pointA = QStringLiteral("150525203000-01"); // township 150525203
const QString pointB = QStringLiteral("150525101000-01"); // township 150525101

QJsonObject object(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

/** China wall-clock time @p hhmm on @p date. */
QDateTime at(QDate date, const char *hhmm)
{
    return chinaTime(date, QTime::fromString(QString::fromLatin1(hhmm), QStringLiteral("HH:mm")));
}

QStringList idsOf(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list)
        out.append(v.toObject().value(QLatin1String("id")).toString());
    return out;
}

} // namespace

TEST_CASE("Fleet: silent is two hours of opening hours without a heartbeat", "[gateway-fleet]")
{
    // A calendar of our own: weekends closed, one holiday, one make-up Saturday (fixed dates,
    // whatever the compiled-in years say).
    WorkCalendar calendar;
    const QDate friday(2026, 11, 27), monday(2026, 11, 30), tuesday(2026, 12, 1);
    REQUIRE(friday.dayOfWeek() == 5);
    const auto hours = dayPlanPeriods(PointPlan().dayPlan); // 08:30-12:00, 14:30-17:30
    REQUIRE(hours);
    const auto silent = [&](const QDateTime &last, const QDateTime &now) {
        return FleetService::silent(calendar, *hours, last, now);
    };
    // Friday 17:00 to Monday 09:00: half an hour each side of the weekend.
    CHECK(FleetService::openSeconds(calendar, *hours, at(friday, "17:00"), at(monday, "09:00"),
                                    1 << 30) == 3600);
    CHECK_FALSE(silent(at(friday, "17:00"), at(monday, "09:00")));
    CHECK(silent(at(friday, "17:00"), at(monday, "10:01")));
    // The lunch break and the night do not count; two open hours after it do.
    CHECK_FALSE(silent(at(tuesday, "12:00"), at(tuesday, "16:29")));
    CHECK(silent(at(tuesday, "12:00"), at(tuesday, "16:31")));
    CHECK_FALSE(silent(at(tuesday, "17:30"), at(tuesday.addDays(1), "08:30")));
    // A holiday on Monday: Friday evening to Monday noon is still one half hour.
    WorkCalendar holiday = calendar;
    holiday.addHoliday(monday, QStringLiteral("测试假日"));
    CHECK_FALSE(FleetService::silent(holiday, *hours, at(friday, "17:00"), at(monday, "12:00")));
    CHECK(FleetService::silent(holiday, *hours, at(friday, "17:00"), at(tuesday, "10:01")));
    // A make-up Saturday is open.
    WorkCalendar makeUp = calendar;
    makeUp.addMakeUpDay(friday.addDays(1));
    CHECK(
        FleetService::silent(makeUp, *hours, at(friday, "17:00"), at(friday.addDays(1), "10:01")));
    // Bounded: a device heard of years ago is silent at once, the count stopping at the cap.
    CHECK(FleetService::openSeconds(calendar, *hours, at(friday.addYears(-5), "09:00"),
                                    at(friday, "09:00"), FleetService::silentAfterSeconds) ==
          FleetService::silentAfterSeconds);

    // Through the service, on central's storage: the point's own plan is its opening hours.
    TestGateway gateway;
    const TestDevice early(gateway, gateway.token(), protocol::Suite::Intl); // pointA
    REQUIRE(BookingService(*gateway.storage)
                .setPlan(PointPlan{pointA, 4, QStringLiteral("09:00-10:00"), 30, {}}, gateway.now())
                .ok());
    FleetService fleet(*gateway.storage, *gateway.enrollment, calendar);
    // Heard of Monday 09:00; one open hour a day: silent only from Tuesday 10:00.
    REQUIRE(gateway.storage->devices()
                .setHeartbeat(early.enrolled.deviceId, "{}", at(monday, "09:00"))
                .ok());
    const auto state = [&](const QDateTime &now) {
        auto list = fleet.devices(now);
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        return list->first().silent;
    };
    CHECK_FALSE(state(at(monday, "17:00")));
    CHECK_FALSE(state(at(tuesday, "09:59")));
    CHECK(state(at(tuesday, "10:00")));
}

TEST_CASE("Fleet API: devices, silent first, tokens once, revoke over TLS through the front",
          "[gateway-fleet]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    auto keys = GatewayKeys::load(dir);
    REQUIRE(keys.ok());
    const QByteArray pin = keys->serverPin();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        auto opened = openGatewayTestStorage(dir);
        auto sealKey = OperatorService::loadSealKey(dir);
        REQUIRE(sealKey.ok());
        OperatorService ops(*opened, sealKey.value());
        for (const auto &[id, role, scope] :
             {std::tuple{QStringLiteral("tech-1"), OperatorRoles::technician, QStringList{}},
              std::tuple{QStringLiteral("sup-1"), OperatorRoles::supervisor, QStringList{}},
              std::tuple{QStringLiteral("clerk-a"), OperatorRoles::clerk,
                         QStringList{QStringLiteral("150525203")}},
              std::tuple{QStringLiteral("officer-s"), OperatorRoles::officer,
                         QStringList{QStringLiteral("shebao")}}})
            REQUIRE(
                ops.add({id, {}, role, scope, false}, password, QStringLiteral("test"), now).ok());
    }

    QProcess serve;
    const int port = serveOnFreePort(serve, data);

    const OperatorRequests send{port, pin};
    const auto login = [&](const QString &id) { return send.login(id, password); };
    const QByteArray technician = login(QStringLiteral("tech-1"));
    const QByteArray supervisor = login(QStringLiteral("sup-1"));
    const QByteArray clerk = login(QStringLiteral("clerk-a"));
    const QByteArray officer = login(QStringLiteral("officer-s"));

    // ---- Tokens: made by the technician, the secret in that answer only.
    const auto makeToken = [&](const QString &point) {
        const HttpReply r = send("POST", "/v1/operator/fleet/tokens", technician,
                                 {{QStringLiteral("point"), point}});
        REQUIRE(r.status == 201);
        const QJsonObject o = object(r);
        CHECK(o.value(QLatin1String("point")).toString() == point);
        CHECK(QDateTime::fromString(o.value(QLatin1String("expires_at")).toString(), Qt::ISODate) >
              now.addDays(13));
        return std::pair{o.value(QLatin1String("token")).toString(),
                         o.value(QLatin1String("id")).toString()};
    };
    struct Enrolled
    {
        QString id;
        QByteArray certPem, keyPem;
        protocol::Key signing;
    };
    const auto enroll = [&](const QString &token) -> std::optional<Enrolled> {
        auto signing = protocol::Key::generateSigning(protocol::Suite::Intl);
        REQUIRE(signing.ok());
        const auto [keyPem, csrPem] = makeCsr();
        const HttpReply r = httpsPost(
            port, pin, "/v1/enroll",
            protocol::encode(protocol::EnrollRequest{token, csrPem, signing->publicPem()}), {});
        if (r.status != 200)
            return std::nullopt;
        auto answer = protocol::decodeEnrollResponse(r.body);
        REQUIRE(answer.ok());
        return Enrolled{answer->deviceId, answer->certificatePem, keyPem,
                        std::move(signing.value())};
    };
    const auto [tokenA, tokenIdA] = makeToken(pointA);
    const auto [tokenB, tokenIdB] = makeToken(pointB);
    const auto [tokenC, tokenIdC] = makeToken(pointA);
    const auto [tokenOpen, tokenIdOpen] = makeToken(pointB); // never used
    // Bad points and suites change nothing; a supervisor, clerk or officer makes none.
    CHECK(send("POST", "/v1/operator/fleet/tokens", technician,
               {{QStringLiteral("point"), QStringLiteral("150525")}})
              .status == 400);
    CHECK(send("POST", "/v1/operator/fleet/tokens", technician,
               {{QStringLiteral("point"), pointA}, {QStringLiteral("suite"), QStringLiteral("x")}})
              .status == 400);
    CHECK(send("POST", "/v1/operator/fleet/tokens", technician, {{QStringLiteral("point"), 7}})
              .status == 400);
    for (const QByteArray &who : {supervisor, clerk, officer})
        CHECK(send("POST", "/v1/operator/fleet/tokens", who, {{QStringLiteral("point"), pointA}})
                  .status == 403);

    const auto a = enroll(tokenA), b = enroll(tokenB), c = enroll(tokenC);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    // Once only: the same token again is refused.
    CHECK_FALSE(enroll(tokenA));

    // ---- Heartbeats: A through the real /v1/heartbeat now; B last heard of 30 days ago (no
    // month is without two opening hours); C never (enrolled a moment ago).
    const auto heartbeat = [&](const Enrolled &d, qint64 depth) {
        const QByteArray body = protocol::gzip(protocol::encode(protocol::Heartbeat{
            QStringLiteral("1.4.2"), QStringLiteral("2026.11.1"), depth, 5400, 2048, QString()}));
        return httpsPost(port, pin, "/v1/heartbeat", body,
                         signedHeaders(d.signing, d.id, "POST", "/v1/heartbeat", body,
                                       QDateTime::currentSecsSinceEpoch(), true),
                         ClientCert{d.certPem, d.keyPem});
    };
    REQUIRE(heartbeat(*a, 3).status == 204);
    REQUIRE(heartbeat(*b, 7).status == 204);
    {
        // On SQLite the serving process writes heartbeats a second after they came (DESIGN
        // §11d): B's is set back once it is in the database.
        auto other = openGatewayTestStorage(dir);
        std::optional<QByteArray> stored;
        for (int i = 0; i < 300 && !stored; ++i) {
            auto read = other->devices().heartbeat(b->id);
            REQUIRE(read.ok());
            stored = read.value();
            if (!stored)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        REQUIRE(stored.has_value());
        REQUIRE(other->devices().setHeartbeat(b->id, *stored, now.addDays(-30)).ok());
    }

    // ---- The list: silent first, each role's view, paging, bounds. (Until the serving
    // process has let B's written heartbeat go from memory, it still shows it as the newest.)
    const auto bSilentFirst = [&](const HttpReply &r) {
        const QJsonArray list = object(r).value(QLatin1String("devices")).toArray();
        return !list.isEmpty() &&
               list.at(0).toObject().value(QLatin1String("id")).toString() == b->id;
    };
    HttpReply listed = send("GET", "/v1/operator/fleet/devices", technician);
    for (int i = 0; i < 300 && listed.status == 200 && !bSilentFirst(listed); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        listed = send("GET", "/v1/operator/fleet/devices", technician);
    }
    REQUIRE(listed.status == 200);
    const QJsonObject fleet = object(listed);
    const QJsonArray devices = fleet.value(QLatin1String("devices")).toArray();
    REQUIRE(devices.size() == 3);
    CHECK(fleet.value(QLatin1String("total")).toInt() == 3);
    CHECK(fleet.value(QLatin1String("counts")).toObject().value(QLatin1String("silent")).toInt() ==
          1);
    CHECK(fleet.value(QLatin1String("may_manage")).toBool());
    const QJsonObject first = devices.at(0).toObject();
    CHECK(first.value(QLatin1String("id")).toString() == b->id);
    CHECK(first.value(QLatin1String("silent")).toBool());
    CHECK(first.value(QLatin1String("queue_depth")).toInt() == 7);
    for (int i = 1; i < 3; ++i)
        CHECK_FALSE(devices.at(i).toObject().value(QLatin1String("silent")).toBool());
    QJsonObject deviceA;
    for (const QJsonValue &v : devices)
        if (v.toObject().value(QLatin1String("id")).toString() == a->id)
            deviceA = v.toObject();
    REQUIRE_FALSE(deviceA.isEmpty());
    CHECK(deviceA.value(QLatin1String("point")).toString() == pointA);
    CHECK(deviceA.value(QLatin1String("suite")).toString() == QLatin1String("intl"));
    CHECK(deviceA.value(QLatin1String("app_version")).toString() == QLatin1String("1.4.2"));
    CHECK(deviceA.value(QLatin1String("queue_depth")).toInt() == 3);
    CHECK(deviceA.value(QLatin1String("oldest_pending_s")).toInt() == 5400);
    CHECK_FALSE(deviceA.value(QLatin1String("last_heartbeat")).isNull());
    // Certificates are issued for a year: 364 or 365 whole days left.
    const int daysLeft = deviceA.value(QLatin1String("certificate_days_left")).toInt(-1);
    CHECK((daysLeft == 364 || daysLeft == 365));
    CHECK_FALSE(listed.body.contains("BEGIN CERTIFICATE"));

    // A supervisor reads it but may not change it; a clerk and an officer see nothing of it.
    const HttpReply bySupervisor = send("GET", "/v1/operator/fleet/devices", supervisor);
    CHECK(bySupervisor.status == 200);
    CHECK_FALSE(object(bySupervisor).value(QLatin1String("may_manage")).toBool());
    for (const QByteArray &who : {clerk, officer}) {
        CHECK(send("GET", "/v1/operator/fleet/devices", who).status == 403);
        CHECK(send("GET", "/v1/operator/fleet/tokens", who).status == 403);
    }
    CHECK(send("GET", "/v1/operator/fleet/devices", {}).status == 401);
    // Paging: one at a time gives the same order; bounds are refused.
    QStringList paged;
    for (int offset = 0; offset < 4; ++offset)
        paged += idsOf(
            object(send("GET",
                        "/v1/operator/fleet/devices?limit=1&offset=" + QByteArray::number(offset),
                        supervisor))
                .value(QLatin1String("devices"))
                .toArray());
    CHECK(paged == idsOf(devices));
    CHECK(idsOf(object(send("GET", "/v1/operator/fleet/devices?state=silent", supervisor))
                    .value(QLatin1String("devices"))
                    .toArray()) == QStringList{b->id});
    CHECK(object(send("GET", "/v1/operator/fleet/devices?point=150525101", supervisor))
              .value(QLatin1String("total"))
              .toInt() == 1);
    for (const QByteArray query : {"limit=0", "limit=501", "offset=-1", "offset=1000001", "limit=x",
                                   "state=lost", "point=15052", "limit=99999999999"})
        CHECK(send("GET", "/v1/operator/fleet/devices?" + query, supervisor).status == 400);

    // ---- The token list: state and device, never the token itself.
    const HttpReply tokens = send("GET", "/v1/operator/fleet/tokens", supervisor);
    REQUIRE(tokens.status == 200);
    for (const QString &secret : {tokenA, tokenB, tokenC, tokenOpen})
        CHECK_FALSE(tokens.body.contains(secret.toLatin1()));
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue &v : object(tokens).value(QLatin1String("tokens")).toArray())
        byId.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
    CHECK(object(tokens).value(QLatin1String("total")).toInt() == 4);
    REQUIRE(byId.size() == 4);
    CHECK(byId[tokenIdA].value(QLatin1String("state")).toString() == QLatin1String("used"));
    CHECK(byId[tokenIdA].value(QLatin1String("device")).toString() == a->id);
    CHECK(byId[tokenIdOpen].value(QLatin1String("state")).toString() == QLatin1String("open"));
    CHECK(byId[tokenIdOpen].value(QLatin1String("device")).isNull());
    CHECK(send("GET", "/v1/operator/fleet/tokens?limit=2&offset=3", supervisor).status == 200);
    CHECK(send("GET", "/v1/operator/fleet/tokens?limit=600", supervisor).status == 400);

    // ---- Withdraw: an unused token only, by a technician; then it enrolls nothing.
    const auto withdraw = [](const QString &id) {
        return "/v1/operator/fleet/tokens/" + id.toLatin1() + "/withdraw";
    };
    CHECK(send("POST", withdraw(tokenIdOpen), supervisor).status == 403);
    CHECK(send("POST", withdraw(tokenIdA), technician).status == 409); // used
    CHECK(send("POST", withdraw(QStringLiteral("00000000000000ff")), technician).status == 404);
    const HttpReply withdrawn = send("POST", withdraw(tokenIdOpen), technician);
    CHECK(withdrawn.status == 200);
    CHECK(object(withdrawn).value(QLatin1String("withdrawn")).toBool());
    CHECK(send("POST", withdraw(tokenIdOpen), technician).status == 404);
    CHECK_FALSE(enroll(tokenOpen));
    CHECK(object(send("GET", "/v1/operator/fleet/tokens", supervisor))
              .value(QLatin1String("total"))
              .toInt() == 3);

    // ---- Revoke: a reason is required, the note holds no ID or phone number; the supervisor
    // may not; then the device's own signed mTLS request is refused.
    const QByteArray revokeB = "/v1/operator/fleet/devices/" + b->id.toLatin1() + "/revoke";
    CHECK(send("POST", revokeB, supervisor, {{QStringLiteral("reason"), QStringLiteral("lost")}})
              .status == 403);
    CHECK(send("POST", revokeB, technician, {{QStringLiteral("reason"), QStringLiteral("bored")}})
              .status == 400);
    CHECK(send("POST", revokeB, technician, {}).status == 400);
    CHECK(send("POST", revokeB, technician,
               {{QStringLiteral("reason"), QStringLiteral("other")},
                {QStringLiteral("note"), QStringLiteral("交给 139 4751 2386 了")}})
              .status == 400);
    CHECK(send("POST", revokeB, technician,
               {{QStringLiteral("reason"), QStringLiteral("other")},
                {QStringLiteral("note"), QString(FleetService::maxNoteChars + 1, u'x')}})
              .status == 400);
    CHECK(send("POST", "/v1/operator/fleet/devices/jj-00000000000000ff/revoke", technician,
               {{QStringLiteral("reason"), QStringLiteral("lost")}})
              .status == 404);
    REQUIRE(heartbeat(*b, 7).status == 204); // still enrolled after all those refusals
    const HttpReply revoked = send("POST", revokeB, technician,
                                   {{QStringLiteral("reason"), QStringLiteral("stolen")},
                                    {QStringLiteral("note"), QStringLiteral("乡政府报案")}});
    REQUIRE(revoked.status == 200);
    CHECK(object(revoked).value(QLatin1String("revoked")).toBool());
    CHECK(send("POST", revokeB, technician, {{QStringLiteral("reason"), QStringLiteral("lost")}})
              .status == 409);
    const HttpReply refused = heartbeat(*b, 7);
    CHECK(refused.status == 401);
    CHECK(heartbeat(*a, 3).status == 204); // the others go on
    const QJsonArray after = object(send("GET", "/v1/operator/fleet/devices", supervisor))
                                 .value(QLatin1String("devices"))
                                 .toArray();
    REQUIRE(after.size() == 3);
    CHECK(after.last().toObject().value(QLatin1String("id")).toString() == b->id); // revoked last
    CHECK_FALSE(after.last().toObject().value(QLatin1String("silent")).toBool());

    // ---- The console's cookie: a change without the session's CSRF token is refused.
    const HttpReply cookieLogin = send("POST", "/v1/operator/sessions", {},
                                       {{QStringLiteral("id"), QStringLiteral("tech-1")},
                                        {QStringLiteral("password"), password},
                                        {QStringLiteral("cookie"), true}});
    REQUIRE(cookieLogin.status == 201);
    const QByteArray setCookie = cookieLogin.headers.value("set-cookie");
    const QByteArray cookie = "Cookie: " + setCookie.left(setCookie.indexOf(';'));
    const QByteArray csrf = object(cookieLogin).value(QLatin1String("csrf")).toString().toLatin1();
    CHECK(send("GET", "/v1/operator/fleet/devices", {}, {}, {cookie}).status == 200);
    CHECK(
        send("POST", "/v1/operator/fleet/tokens", {}, {{QStringLiteral("point"), pointA}}, {cookie})
            .status == 403);
    CHECK(send("POST", "/v1/operator/fleet/tokens", {}, {{QStringLiteral("point"), pointA}},
               {cookie, "X-CSRF-Token: " + csrf.left(10)})
              .status == 403);
    CHECK(send("POST", "/v1/operator/fleet/tokens", {}, {{QStringLiteral("point"), pointA}},
               {cookie, "X-CSRF-Token: " + csrf})
              .status == 201);

    serve.terminate();
    REQUIRE(serve.waitForFinished(30000));
    CHECK(serve.exitCode() == 0);

    // The command line revokes through the same service: with a reason, audited, once.
    const CliRun cliRevoke =
        gatewayCli(QStringList{QStringLiteral("revoke"), c->id, QStringLiteral("retired")} + data);
    CHECK(cliRevoke.exitCode == 0);
    CHECK(cliRevoke.out.startsWith("revoked "));
    CHECK(gatewayCli(QStringList{QStringLiteral("revoke"), c->id} + data)
              .out.startsWith("revoked already"));
    CHECK(gatewayCli(QStringList{QStringLiteral("revoke"), c->id, QStringLiteral("bored")} + data)
              .exitCode != 0);

    // The chain holds who made each token and who revoked what, why; no token secret.
    QStringList made, revokes, withdrawals;
    for (const gateway::AuditRow &row : auditEntries(dir)) {
        if (!row.action.startsWith(QLatin1String("device.")))
            continue;
        const QString &detail = row.detail;
        for (const QString &secret : {tokenA, tokenB, tokenC, tokenOpen})
            CHECK_FALSE(detail.contains(secret));
        if (row.action == QLatin1String("device.token.create")) {
            CHECK(row.actor == QLatin1String("tech-1"));
            made.append(row.subject);
        } else if (row.action == QLatin1String("device.token.withdraw")) {
            CHECK(row.actor == QLatin1String("tech-1"));
            withdrawals.append(row.subject);
        } else if (row.action == QLatin1String("device.revoke")) {
            const bool byCli = row.subject == c->id;
            CHECK(row.actor == (byCli ? QLatin1String("cli") : QLatin1String("tech-1")));
            CHECK(detail.contains(byCli ? QLatin1String("\"reason\":\"retired\"")
                                        : QLatin1String("\"reason\":\"stolen\"")));
            if (!byCli)
                CHECK(detail.contains(QStringLiteral("乡政府报案")));
            revokes.append(row.subject);
        }
    }
    CHECK(made.mid(0, 4) == QStringList{tokenIdA, tokenIdB, tokenIdC, tokenIdOpen});
    CHECK(made.size() == 5);
    CHECK(revokes == (QStringList{b->id, c->id}));
    CHECK(withdrawals == QStringList{tokenIdOpen});
    REQUIRE(gatewayCli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + data)
                .exitCode == 0);
}
