// Operator accounts, roles and the operator API (issue 14): scrypt password hashes, lockout,
// TOTP (liboath, RFC 6238 vectors), sessions with idle and absolute expiry, the role table, and
// the API over real TLS through the real nginx front of `jiujin-gateway serve`.
#include "gatewayfixture.h"

#include "auditchain.h"
#include "caseservice.h"
#include "database.h"
#include "operatorapi.h"
#include "operatorrecords.h"
#include "operatorroles.h"
#include "operatorservice.h"
#include "sqlitecentralstorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

const QString clerkPassword = QStringLiteral("window-clerk-2026");

/** A central storage of its own in a temporary directory. */
struct Central
{
    Central()
    {
        REQUIRE(dir.isValid());
        auto opened = openTestCentral(dir.filePath(QStringLiteral("gateway.db")));
        REQUIRE(opened.ok());
        storage = std::move(opened.value());
        auto key = OperatorService::loadSealKey(dir.path());
        REQUIRE(key.ok());
        sealKey = key.value();
    }
    QTemporaryDir dir;
    std::unique_ptr<gateway::CentralStorage> storage;
    QByteArray sealKey;
};

OperatorRow addOperator(OperatorService &ops, const QString &id, const QString &role,
                        const QStringList &scope, const QDateTime &now, bool totp = false,
                        QByteArray *secret = nullptr)
{
    auto added = ops.add({id, QStringLiteral("测试"), role, scope, totp}, clerkPassword,
                         QStringLiteral("test"), now);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    if (secret)
        *secret = added->totpSecret;
    return added->row;
}

using Outcome = OperatorService::Login::Outcome;

} // namespace

TEST_CASE("Operators: scrypt password hashes round trip, self-describing, salted",
          "[gateway-operators]")
{
    auto hash = OperatorService::hashPassword(clerkPassword);
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(QStringLiteral("$scrypt$ln=15,r=8,p=1$")));
    CHECK_FALSE(hash->contains(clerkPassword));
    CHECK(OperatorService::verifyPassword(clerkPassword, hash.value()));
    CHECK_FALSE(OperatorService::verifyPassword(QStringLiteral("window-clerk-2027"), hash.value()));
    CHECK_FALSE(OperatorService::verifyPassword(QString(), hash.value()));
    auto again = OperatorService::hashPassword(clerkPassword);
    REQUIRE(again.ok());
    CHECK(again.value() != hash.value()); // a fresh salt each time
    // A damaged hash, or one asking for an absurd cost, never verifies.
    QString damaged = hash.value();
    damaged[damaged.size() - 3] = damaged[damaged.size() - 3] == u'A' ? u'B' : u'A';
    CHECK_FALSE(OperatorService::verifyPassword(clerkPassword, damaged));
    QString costly = hash.value();
    costly.replace(QStringLiteral("ln=15"), QStringLiteral("ln=40"));
    CHECK_FALSE(OperatorService::verifyPassword(clerkPassword, costly));
    CHECK_FALSE(OperatorService::verifyPassword(clerkPassword, QStringLiteral("plain")));
    // Minimum length 10.
    CHECK_FALSE(OperatorService::passwordProblem(QStringLiteral("123456789")).isEmpty());
    CHECK(OperatorService::passwordProblem(QStringLiteral("1234567890")).isEmpty());
}

TEST_CASE("Operators: accounts, lockout after 5 failures for 15 minutes, unlock, disable",
          "[gateway-operators][sqlite]")
{
    Central c;
    OperatorService ops(*c.storage, c.sealKey);
    const QDateTime t0 = testNow();
    addOperator(ops, QStringLiteral("clerk-1"), OperatorRoles::clerk, {QStringLiteral("150525203")},
                t0);

    // Bad input changes nothing.
    CHECK(ops.add({QStringLiteral("x"), {}, QStringLiteral("clerk"), {}, false}, clerkPassword,
                  QStringLiteral("test"), t0)
              .error()
              .code == Error::Invalid); // a clerk without a township
    CHECK(ops.add({QStringLiteral("y"),
                   {},
                   QStringLiteral("officer"),
                   {QStringLiteral("150525203")},
                   false},
                  clerkPassword, QStringLiteral("test"), t0)
              .error()
              .code == Error::Invalid); // a township is no department
    CHECK(ops.add({QStringLiteral("z"), {}, QStringLiteral("root"), {}, false}, clerkPassword,
                  QStringLiteral("test"), t0)
              .error()
              .code == Error::Invalid);
    CHECK(ops.add({QStringLiteral("short"), {}, QStringLiteral("supervisor"), {}, false},
                  QStringLiteral("123456789"), QStringLiteral("test"), t0)
              .error()
              .code == Error::Invalid);
    CHECK(ops.add({QStringLiteral("clerk-1"), {}, QStringLiteral("supervisor"), {}, false},
                  clerkPassword, QStringLiteral("test"), t0)
              .error()
              .code == Error::Busy);
    CHECK(ops.list().value().size() == 1);

    auto ok = ops.login(QStringLiteral("clerk-1"), clerkPassword, {}, t0);
    REQUIRE(ok.ok());
    CHECK(ok->outcome == Outcome::Ok);
    CHECK(ok->token.size() == 43);
    // Only the token's SHA-256 is stored.
    {
        Statement s =
            sqliteDatabase(*c.storage).prepare("SELECT token_hash FROM operator_sessions");
        REQUIRE(s.step());
        CHECK(s.text(0) == OperatorService::tokenHash(ok->token.toLatin1()));
        CHECK(s.text(0) != ok->token);
    }
    CHECK(ops.login(QStringLiteral("nobody"), clerkPassword, {}, t0)->outcome == Outcome::Refused);

    for (int i = 1; i <= 4; ++i)
        CHECK(ops.login(QStringLiteral("clerk-1"), QStringLiteral("wrong-password"), {},
                        t0.addSecs(i))
                  ->outcome == Outcome::Refused);
    auto fifth =
        ops.login(QStringLiteral("clerk-1"), QStringLiteral("wrong-password"), {}, t0.addSecs(5));
    CHECK(fifth->outcome == Outcome::Locked);
    CHECK(fifth->lockedUntil == t0.addSecs(5 + 15 * 60));
    // Locked: even the right password is refused, until the 15 minutes are over.
    CHECK(ops.login(QStringLiteral("clerk-1"), clerkPassword, {}, t0.addSecs(6))->outcome ==
          Outcome::Locked);
    CHECK(ops.login(QStringLiteral("clerk-1"), clerkPassword, {}, t0.addSecs(5 + 15 * 60 - 1))
              ->outcome == Outcome::Locked);
    CHECK(
        ops.login(QStringLiteral("clerk-1"), clerkPassword, {}, t0.addSecs(5 + 15 * 60))->outcome ==
        Outcome::Ok);

    // Locked again, and unlocked by the command line's unlock().
    const QDateTime t1 = t0.addSecs(3600);
    for (int i = 0; i < 5; ++i)
        ops.login(QStringLiteral("clerk-1"), QStringLiteral("wrong-password"), {}, t1);
    CHECK(ops.login(QStringLiteral("clerk-1"), clerkPassword, {}, t1)->outcome == Outcome::Locked);
    REQUIRE(ops.unlock(QStringLiteral("clerk-1"), QStringLiteral("test"), t1).ok());
    CHECK(ops.login(QStringLiteral("clerk-1"), clerkPassword, {}, t1)->outcome == Outcome::Ok);

    // A new password ends the sessions; the old password no longer works.
    auto session = ops.login(QStringLiteral("clerk-1"), clerkPassword, {}, t1);
    REQUIRE(ops.setPassword(QStringLiteral("clerk-1"), QStringLiteral("another-password-1"),
                            QStringLiteral("test"), t1)
                .ok());
    CHECK_FALSE(ops.authenticate(session->token.toLatin1(), t1)->has_value());
    CHECK(ops.login(QStringLiteral("clerk-1"), clerkPassword, {}, t1)->outcome == Outcome::Refused);
    // Disabled: its sessions end, and it cannot log in.
    session = ops.login(QStringLiteral("clerk-1"), QStringLiteral("another-password-1"), {}, t1);
    REQUIRE(session->outcome == Outcome::Ok);
    REQUIRE(ops.authenticate(session->token.toLatin1(), t1)->has_value());
    REQUIRE(ops.disable(QStringLiteral("clerk-1"), QStringLiteral("test"), t1).ok());
    CHECK_FALSE(ops.authenticate(session->token.toLatin1(), t1)->has_value());
    CHECK(ops.login(QStringLiteral("clerk-1"), QStringLiteral("another-password-1"), {}, t1)
              ->outcome == Outcome::Refused);

    // Everything above is in the audit chain, which verifies.
    Statement s = sqliteDatabase(*c.storage)
                      .prepare("SELECT group_concat(action, ' ') FROM (SELECT action FROM "
                               "audit_log ORDER BY seq)");
    REQUIRE(s.step());
    const QString actions = s.text(0);
    CHECK(actions.count(QStringLiteral("operator.lock")) == 2);
    CHECK(actions.contains(QStringLiteral("operator.unlock")));
    CHECK(actions.contains(QStringLiteral("operator.disable")));
    CHECK(actions.contains(QStringLiteral("operator.passwd")));
    auto verified = AuditChain(*c.storage).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt.has_value());
}

TEST_CASE("Operators: TOTP through liboath, RFC 6238 vectors, ±1 step, a used step refused",
          "[gateway-operators][sqlite]")
{
    // RFC 6238 appendix B (SHA-1, secret "12345678901234567890"), last 6 of the 8 digits.
    const QByteArray rfc = "12345678901234567890";
    const std::pair<qint64, const char *> vectors[] = {
        {59, "287082"},         {1111111109, "081804"}, {1111111111, "050471"},
        {1234567890, "005924"}, {2000000000, "279037"}, {20000000000, "353130"}};
    for (const auto &[at, code] : vectors)
        CHECK(OperatorService::totpCode(rfc, QDateTime::fromSecsSinceEpoch(at, Qt::UTC)) ==
              QLatin1String(code));

    Central c;
    OperatorService ops(*c.storage, c.sealKey);
    const QDateTime t0 = testNow();
    QByteArray secret;
    addOperator(ops, QStringLiteral("officer-1"), OperatorRoles::officer,
                {QStringLiteral("shebao")}, t0, true, &secret);
    REQUIRE(secret.size() == 20);
    CHECK(OperatorService::otpauthUri(QStringLiteral("officer-1"), secret)
              .startsWith(QStringLiteral("otpauth://totp/JiuJin:officer-1?secret=")));
    // Sealed at rest: neither the raw secret nor its base32 is in the database.
    {
        Statement s = sqliteDatabase(*c.storage)
                          .prepare("SELECT totp_secret FROM operators WHERE id = 'officer-1'");
        REQUIRE(s.step());
        CHECK(s.blob(0).size() == 12 + 20 + 16);
        CHECK_FALSE(s.blob(0).contains(secret));
    }
    const auto login = [&](const QString &code, const QDateTime &at) {
        auto r = ops.login(QStringLiteral("officer-1"), clerkPassword, code, at);
        REQUIRE(r.ok());
        return r->outcome;
    };
    const QDateTime t1 = t0.addSecs(600);
    CHECK(login({}, t1) == Outcome::Refused);
    CHECK(login(QStringLiteral("000000") == OperatorService::totpCode(secret, t1)
                    ? QStringLiteral("111111")
                    : QStringLiteral("000000"),
                t1) == Outcome::Refused);
    CHECK(login(OperatorService::totpCode(secret, t1), t1) == Outcome::Ok);
    // The same code again (a replay, or someone looking over the shoulder) is refused.
    CHECK(login(OperatorService::totpCode(secret, t1), t1.addSecs(5)) == Outcome::Refused);
    // One step late is still taken (a slow typist); two steps away is not.
    const QDateTime t2 = t1.addSecs(300);
    CHECK(login(OperatorService::totpCode(secret, t2.addSecs(-60)), t2) == Outcome::Refused);
    CHECK(login(OperatorService::totpCode(secret, t2.addSecs(-30)), t2) == Outcome::Ok);
    CHECK(login(OperatorService::totpCode(secret, t2.addSecs(30)), t2) == Outcome::Ok);
    // A wrong seal key opens nothing: refused as an error, never as a pass.
    OperatorService otherKey(*c.storage, QByteArray(32, 'k'));
    CHECK_FALSE(otherKey
                    .login(QStringLiteral("officer-1"), clerkPassword,
                           OperatorService::totpCode(secret, t2.addSecs(300)), t2.addSecs(300))
                    .ok());
}

TEST_CASE("Operators: sessions end after 30 idle minutes, 10 hours in all, and at logout",
          "[gateway-operators]")
{
    Central c;
    OperatorService ops(*c.storage, c.sealKey);
    const QDateTime t0 = testNow();
    addOperator(ops, QStringLiteral("sup-1"), OperatorRoles::supervisor, {}, t0);
    const auto login = [&](const QDateTime &at) {
        auto r = ops.login(QStringLiteral("sup-1"), clerkPassword, {}, at);
        REQUIRE(r.ok());
        REQUIRE(r->outcome == Outcome::Ok);
        CHECK(r->expiresAt == at.addSecs(30 * 60));
        return r->token.toLatin1();
    };
    const auto alive = [&](const QByteArray &token, const QDateTime &at) {
        auto r = ops.authenticate(token, at);
        REQUIRE(r.ok());
        return r->has_value();
    };
    // Idle: each use moves the idle limit on; 30 minutes without one ends it.
    QByteArray token = login(t0);
    CHECK(alive(token, t0.addSecs(29 * 60)));
    CHECK(alive(token, t0.addSecs(58 * 60)));
    CHECK_FALSE(alive(token, t0.addSecs(88 * 60)));
    CHECK_FALSE(alive(token, t0.addSecs(89 * 60))); // ended, not revived

    // Absolute: used every 20 minutes, it still ends 10 hours after login.
    const QDateTime t1 = t0.addDays(1);
    token = login(t1);
    int minutes = 0;
    for (; minutes < 10 * 60; minutes += 20)
        REQUIRE(alive(token, t1.addSecs(minutes * 60)));
    CHECK_FALSE(alive(token, t1.addSecs(10 * 3600)));

    // Logout.
    token = login(t1);
    auto session = ops.authenticate(token, t1);
    REQUIRE(session.ok());
    REQUIRE(session->has_value());
    CHECK(session->value().expiresAt == t1.addSecs(30 * 60));
    REQUIRE(ops.logout(session->value(), t1).ok());
    CHECK_FALSE(alive(token, t1.addSecs(1)));
    // Not a token at all.
    CHECK_FALSE(alive("short", t1));
    CHECK_FALSE(alive(QByteArray(43, 'A'), t1));
}

TEST_CASE("Operators: the role table", "[gateway-operators]")
{
    const auto op = [](const QString &role, const QStringList &scope) {
        OperatorRow row;
        row.id = role + scope.join(u',');
        row.role = role;
        row.scope = scope;
        return row;
    };
    OperatorRow clerk = op(OperatorRoles::clerk, {QStringLiteral("150525203")});
    const OperatorRow otherClerk = op(OperatorRoles::clerk, {QStringLiteral("150525101")});
    const OperatorRow officer = op(OperatorRoles::officer, {QStringLiteral("shebao")});
    const OperatorRow otherOfficer = op(OperatorRoles::officer, {QStringLiteral("minzheng")});
    const OperatorRow supervisor = op(OperatorRoles::supervisor, {});
    const OperatorRow technician = op(OperatorRoles::technician, {});
    CaseRow c;
    c.point = QStringLiteral("150525203000-01");
    c.department = QStringLiteral("shebao");
    c.stage = CaseService::submitted;

    CHECK(OperatorRoles::township(c.point) == QLatin1String("150525203"));
    CHECK(OperatorRoles::township(QStringLiteral("junk")).isEmpty());
    // Who reads the case.
    CHECK(OperatorRoles::reads(clerk, c));
    CHECK_FALSE(OperatorRoles::reads(otherClerk, c));
    CHECK(OperatorRoles::reads(officer, c));
    CHECK_FALSE(OperatorRoles::reads(otherOfficer, c));
    CHECK(OperatorRoles::reads(supervisor, c));
    CHECK_FALSE(OperatorRoles::reads(technician, c));
    CHECK_FALSE(OperatorRoles::listsCases(technician));
    // Moves: clerk 受理 / 不予受理 / 待补正, officer 审查 and 办结, supervisor and technician none.
    for (const QString &stage : CaseService::stages()) {
        INFO(stage.toStdString());
        const bool clerkMay = stage == CaseService::accepted || stage == CaseService::refused ||
                              stage == CaseService::correction;
        CHECK(OperatorRoles::mayMove(clerk, c, stage) == clerkMay);
        CHECK_FALSE(OperatorRoles::mayMove(otherClerk, c, stage));
        const bool officerMay = stage == CaseService::review || stage == CaseService::approved ||
                                stage == CaseService::denied ||
                                stage == CaseService::readyForPickup ||
                                stage == CaseService::delivered || stage == CaseService::correction;
        CHECK(OperatorRoles::mayMove(officer, c, stage) == officerMay);
        CHECK_FALSE(OperatorRoles::mayMove(otherOfficer, c, stage));
        CHECK_FALSE(OperatorRoles::mayMove(supervisor, c, stage));
        CHECK_FALSE(OperatorRoles::mayMove(technician, c, stage));
    }
    // The hand-over at the window: a clerk delivers what waits for pickup.
    c.stage = CaseService::readyForPickup;
    CHECK(OperatorRoles::mayMove(clerk, c, CaseService::delivered));
    // Materials are the clerk's; forms: whoever reads, revealed only by clerk and officer.
    CHECK(OperatorRoles::mayHandleMaterials(clerk, c));
    CHECK_FALSE(OperatorRoles::mayHandleMaterials(officer, c));
    CHECK(OperatorRoles::mayOpenForm(supervisor, c));
    CHECK_FALSE(OperatorRoles::mayReveal(supervisor, c));
    CHECK(OperatorRoles::mayReveal(clerk, c));
    CHECK(OperatorRoles::mayReveal(officer, c));
    CHECK_FALSE(OperatorRoles::mayOpenForm(technician, c));
    // A disabled operator does nothing.
    clerk.enabled = false;
    CHECK_FALSE(OperatorRoles::reads(clerk, c));
    CHECK_FALSE(OperatorRoles::mayMove(clerk, c, CaseService::delivered));

    // One masking helper: first 1, last 4.
    CHECK(OperatorApi::mask(QStringLiteral("11010519491231002X")) ==
          QLatin1String("1*************002X"));
    CHECK(OperatorApi::mask(QStringLiteral("13947512386")) == QLatin1String("1******2386"));
    CHECK(OperatorApi::identifying(QStringLiteral("11010519491231002X")));
    CHECK(OperatorApi::identifying(QStringLiteral("13947512386")));
    CHECK_FALSE(OperatorApi::identifying(QStringLiteral("巴特尔")));
}

namespace {

/** jiujin-gateway with @p args and @p input on stdin (a password). */
CliRun gatewayWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(JIUJIN_GATEWAY_EXE), args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject object(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

TEST_CASE("Operators: the operator API over TLS through the nginx front of serve",
          "[gateway-operators]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    auto keys = GatewayKeys::load(dir);
    REQUIRE(keys.ok());
    const QByteArray pin = keys->serverPin();
    REQUIRE(gatewayCli(QStringList{QStringLiteral("catalogue"), QStringLiteral("publish"),
                                   QStringLiteral(JIUJIN_SEED)} +
                       data)
                .exitCode == 0);
    const CliRun token =
        gatewayCli(QStringList{QStringLiteral("token"), QStringLiteral("create"),
                               QStringLiteral("--point"), QStringLiteral("150525203000-01")} +
                   data);
    REQUIRE(token.exitCode == 0);

    // Operators, made by the command line with the password on stdin.
    const QByteArray password = clerkPassword.toUtf8() + '\n';
    const auto add = [&](const QStringList &args) {
        const CliRun run = gatewayWithInput(
            QStringList{QStringLiteral("operator"), QStringLiteral("add")} + args + data, password);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run;
    };
    add({QStringLiteral("clerk-a"), QStringLiteral("--role"), QStringLiteral("clerk"),
         QStringLiteral("--township"), QStringLiteral("150525203,150525204"),
         QStringLiteral("--name"), QStringLiteral("窗口一")});
    add({QStringLiteral("clerk-b"), QStringLiteral("--role"), QStringLiteral("clerk"),
         QStringLiteral("--township"), QStringLiteral("150525101")});
    add({QStringLiteral("officer-s"), QStringLiteral("--role"), QStringLiteral("officer"),
         QStringLiteral("--department"), QStringLiteral("shebao")});
    add({QStringLiteral("sup-1"), QStringLiteral("--role"), QStringLiteral("supervisor")});
    add({QStringLiteral("tech-1"), QStringLiteral("--role"), QStringLiteral("technician")});
    const CliRun withTotp =
        add({QStringLiteral("officer-t"), QStringLiteral("--role"), QStringLiteral("officer"),
             QStringLiteral("--department"), QStringLiteral("minzheng"), QStringLiteral("--totp")});
    CHECK(withTotp.out.contains("otpauth://totp/JiuJin:officer-t?secret="));
    // Refused: a short password, a clerk without a township; the password never on argv.
    CHECK(gatewayWithInput(QStringList{QStringLiteral("operator"), QStringLiteral("add"),
                                       QStringLiteral("short-1"), QStringLiteral("--role"),
                                       QStringLiteral("supervisor")} +
                               data,
                           "123456789\n")
              .exitCode != 0);
    CHECK(gatewayWithInput(QStringList{QStringLiteral("operator"), QStringLiteral("add"),
                                       QStringLiteral("clerk-x"), QStringLiteral("--role"),
                                       QStringLiteral("clerk")} +
                               data,
                           password)
              .exitCode != 0);
    const CliRun list =
        gatewayCli(QStringList{QStringLiteral("operator"), QStringLiteral("list")} + data);
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains("clerk-a\tclerk\t150525203,150525204\tenabled\tno"));
    CHECK(list.out.contains("officer-t\tofficer\tminzheng\tenabled\tyes"));
    CHECK(list.out.contains("sup-1\tsupervisor\tbanner\tenabled"));
    CHECK_FALSE(list.out.contains("scrypt"));

    QProcess serve;
    const int port = serveOnFreePort(serve, data);

    // A kiosk enrolls and hands in one application: a case at 150525203000-01, department shebao.
    auto signing = protocol::Key::generateSigning(protocol::Suite::Intl);
    REQUIRE(signing.ok());
    const auto [keyPem, csrPem] = makeCsr();
    const HttpReply enrolled =
        httpsPost(port, pin, "/v1/enroll",
                  protocol::encode(protocol::EnrollRequest{QString::fromUtf8(token.out).trimmed(),
                                                           csrPem, signing->publicPem()}),
                  {});
    REQUIRE(enrolled.status == 200);
    auto device = protocol::decodeEnrollResponse(enrolled.body);
    REQUIRE(device.ok());
    const ClientCert deviceCert{device->certificatePem, keyPem};
    const protocol::SubmissionBatch batch{{craftRecord(
        keys->centralKey(protocol::Suite::Intl), protocol::Suite::Intl,
        QStringLiteral("submission"), {{QStringLiteral("fields"), unemploymentFields()}},
        QDateTime::currentDateTimeUtc())}};
    const QByteArray body = protocol::gzip(protocol::encode(batch));
    const HttpReply pushed =
        httpsPost(port, pin, "/v1/submissions", body,
                  signedHeaders(signing.value(), device->deviceId, "POST", "/v1/submissions", body,
                                QDateTime::currentSecsSinceEpoch(), true),
                  deviceCert);
    REQUIRE(pushed.status == 200);
    const QString receipt = protocol::decodeBatchResult(pushed.body).value().results.at(0).receipt;
    REQUIRE_FALSE(receipt.isEmpty());
    const QByteArray casePath = "/v1/operator/cases/" + receipt.toLatin1();

    const auto send = [&](const QByteArray &method, const QByteArray &path,
                          const QByteArray &bearer, const QJsonObject &json = {},
                          const std::optional<ClientCert> &cert = std::nullopt) {
        QList<QByteArray> headers;
        if (!bearer.isEmpty())
            headers.append("Authorization: Bearer " + bearer);
        const QByteArray payload =
            method == "POST" ? QJsonDocument(json).toJson(QJsonDocument::Compact) : QByteArray();
        HttpReply r = httpsSend(port, pin, method, path, payload, headers, cert);
        INFO(method.toStdString() << ' ' << path.toStdString() << " -> " << r.status << ' '
                                  << r.body.toStdString() << r.error.toStdString());
        REQUIRE(r.error.isEmpty());
        return r;
    };
    const auto login = [&](const QString &id, const QString &pass = clerkPassword) {
        return send("POST", "/v1/operator/sessions", {},
                    {{QStringLiteral("id"), id}, {QStringLiteral("password"), pass}});
    };
    const auto tokenOf = [&](const QString &id) {
        const HttpReply r = login(id);
        REQUIRE(r.status == 201);
        const QJsonObject o = object(r);
        CHECK(o.value(QLatin1String("operator")).toObject().value(QLatin1String("id")).toString() ==
              id);
        CHECK_FALSE(o.value(QLatin1String("expires_at")).toString().isEmpty());
        return o.value(QLatin1String("token")).toString().toLatin1();
    };

    // Wrong password: 401; no session: 401; a device certificate authenticates nobody here.
    CHECK(login(QStringLiteral("clerk-a"), QStringLiteral("not-the-password")).status == 401);
    CHECK(send("POST", "/v1/operator/sessions", {}, {{QStringLiteral("id"), 7}}).status == 400);
    CHECK(send("GET", "/v1/operator/me", {}).status == 401);
    CHECK(send("GET", "/v1/operator/me", {}, {}, deviceCert).status == 401);
    CHECK(send("GET", "/v1/operator/cases", QByteArray(43, 'A'), {}, deviceCert).status == 401);

    const QByteArray clerkA = tokenOf(QStringLiteral("clerk-a"));
    const QByteArray clerkB = tokenOf(QStringLiteral("clerk-b"));
    const QByteArray officer = tokenOf(QStringLiteral("officer-s"));
    const QByteArray supervisor = tokenOf(QStringLiteral("sup-1"));
    const QByteArray technician = tokenOf(QStringLiteral("tech-1"));

    HttpReply me = send("GET", "/v1/operator/me", clerkA);
    REQUIRE(me.status == 200);
    CHECK(object(me).value(QLatin1String("operator")).toObject().value(QLatin1String("role")) ==
          QLatin1String("clerk"));

    // Lists within scope only.
    const auto listed = [&](const QByteArray &bearer, const QByteArray &query = {}) {
        const HttpReply r = send("GET", "/v1/operator/cases" + query, bearer);
        REQUIRE(r.status == 200);
        QStringList receipts;
        for (const QJsonValue &v : object(r).value(QLatin1String("cases")).toArray())
            receipts.append(v.toObject().value(QLatin1String("receipt")).toString());
        return receipts;
    };
    CHECK(listed(clerkA).contains(receipt));
    CHECK(listed(clerkA, "?stage=submitted&point=150525203000-01").contains(receipt));
    CHECK_FALSE(listed(clerkA, "?stage=review").contains(receipt));
    CHECK(listed(officer).contains(receipt));
    CHECK(listed(supervisor).contains(receipt));
    CHECK(listed(clerkB).isEmpty());
    CHECK(send("GET", "/v1/operator/cases?stage=archived", clerkA).status == 400);
    // Pages: the first counts (within scope), a page of 1 has a next; its cursor's page is the
    // rest; a bad cursor or limit is refused, never read as "from the start".
    HttpReply page = send("GET", "/v1/operator/cases?limit=1", supervisor);
    REQUIRE(page.status == 200);
    const qint64 total = object(page).value(QLatin1String("total")).toInteger();
    CHECK(total >= 1);
    CHECK_FALSE(object(page).value(QLatin1String("total_capped")).toBool());
    CHECK(object(page).value(QLatin1String("cases")).toArray().size() == 1);
    if (total > 1) {
        const QString next = object(page).value(QLatin1String("next")).toString();
        REQUIRE_FALSE(next.isEmpty());
        page = send("GET", "/v1/operator/cases?limit=1000&cursor=" + next.toLatin1(), supervisor);
        REQUIRE(page.status == 200);
        CHECK(object(page).value(QLatin1String("cases")).toArray().size() == total - 1);
        CHECK(object(page).value(QLatin1String("next")).isNull());
        CHECK_FALSE(object(page).contains(QLatin1String("total"))); // the first page's count holds
    } else {
        CHECK(object(page).value(QLatin1String("next")).isNull());
    }
    CHECK(object(send("GET", "/v1/operator/cases", clerkB)).value(QLatin1String("total")) == 0);
    for (const QByteArray &query :
         {QByteArray("cursor=0"), QByteArray("cursor=-5"), QByteArray("cursor=12x"),
          QByteArray("limit=0"), QByteArray("limit=1001"), QByteArray("limit=ten")})
        CHECK(send("GET", "/v1/operator/cases?" + query, supervisor).status == 400);
    // A clerk of another township: 403, the same answer as for a receipt that does not exist.
    const HttpReply otherTownship = send("GET", casePath, clerkB);
    CHECK(otherTownship.status == 403);
    const HttpReply noSuchCase = send("GET", "/v1/operator/cases/NM19990101000001", clerkA);
    CHECK(noSuchCase.status == 403);
    CHECK(noSuchCase.body == otherTownship.body);
    CHECK(send("POST", casePath + "/moves", clerkB,
               {{QStringLiteral("stage"), QStringLiteral("accepted")}})
              .status == 403);
    // A technician sees no case data at all.
    CHECK(send("GET", "/v1/operator/cases", technician).status == 403);
    CHECK(send("GET", casePath, technician).status == 403);
    CHECK(send("POST", casePath + "/form", technician,
               {{QStringLiteral("why"), QStringLiteral("看看")}})
              .status == 403);

    HttpReply shown = send("GET", casePath, clerkA);
    REQUIRE(shown.status == 200);
    CHECK(object(shown).value(QLatin1String("stage")) == QLatin1String("submitted"));
    CHECK(object(shown).value(QLatin1String("timeline")).toArray().size() == 1);
    CHECK_FALSE(shown.body.contains("巴特尔")); // metadata only: the form stays sealed

    // The case moves: a supervisor moves nothing, a clerk accepts, an officer reviews and
    // approves; a stage the case cannot reach is 409.
    CHECK(send("POST", casePath + "/moves", supervisor,
               {{QStringLiteral("stage"), QStringLiteral("accepted")}})
              .status == 403);
    HttpReply moved = send("POST", casePath + "/moves", clerkA,
                           {{QStringLiteral("stage"), QStringLiteral("accepted")}});
    REQUIRE(moved.status == 200);
    CHECK(object(moved).value(QLatin1String("stage")) == QLatin1String("accepted"));
    CHECK(send("POST", casePath + "/moves", clerkA,
               {{QStringLiteral("stage"), QStringLiteral("review")}})
              .status == 403); // 审查 is the officer's
    CHECK(send("POST", casePath + "/moves", officer,
               {{QStringLiteral("stage"), QStringLiteral("approved")}})
              .status == 409); // accepted -> approved skips 审查中
    CHECK(send("POST", casePath + "/moves", officer, {{QStringLiteral("stage"), 3}}).status == 400);
    REQUIRE(send("POST", casePath + "/moves", officer,
                 {{QStringLiteral("stage"), QStringLiteral("review")}})
                .status == 200);
    CHECK(send("POST", casePath + "/moves", officer,
               {{QStringLiteral("stage"), QStringLiteral("denied")}})
              .status == 400); // 不予 needs a reason
    moved = send("POST", casePath + "/moves", officer,
                 {{QStringLiteral("stage"), QStringLiteral("approved")},
                  {QStringLiteral("result"), QStringLiteral("SY-2026-0001")}});
    REQUIRE(moved.status == 200);
    CHECK(object(moved).value(QLatin1String("stage")) == QLatin1String("approved"));

    // 容缺 material: promised and received by the clerk, not by the officer.
    const QString due = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    CHECK(send("POST", casePath + "/materials", officer,
               {{QStringLiteral("name"), QStringLiteral("户口簿")},
                {QStringLiteral("kind"), QStringLiteral("rongque")},
                {QStringLiteral("due"), due}})
              .status == 403);
    const HttpReply promised = send("POST", casePath + "/materials", clerkA,
                                    {{QStringLiteral("name"), QStringLiteral("户口簿")},
                                     {QStringLiteral("kind"), QStringLiteral("rongque")},
                                     {QStringLiteral("due"), due}});
    REQUIRE(promised.status == 201);
    const QByteArray materialPath =
        casePath + "/materials/" +
        QByteArray::number(object(promised).value(QLatin1String("id")).toInteger()) + "/received";
    CHECK(send("POST", materialPath, clerkA, {}).status == 204);
    CHECK(send("POST", materialPath, clerkA, {}).status == 409);
    CHECK(send("POST", casePath + "/materials/99999/received", clerkA, {}).status == 404);
    shown = send("GET", casePath, officer);
    REQUIRE(shown.status == 200);
    const QJsonArray materials = object(shown).value(QLatin1String("materials")).toArray();
    REQUIRE(materials.size() == 1);
    CHECK(materials.at(0).toObject().value(QLatin1String("state")) == QLatin1String("received"));
    CHECK(object(shown).value(QLatin1String("timeline")).toArray().size() == 4);

    // The form: a reason is required; masked by default; revealed for a clerk in scope; a
    // supervisor reads it masked and may not reveal.
    CHECK(send("POST", casePath + "/form", clerkA, {}).status == 400);
    HttpReply form = send("POST", casePath + "/form", clerkA,
                          {{QStringLiteral("why"), QStringLiteral("核对申请人身份")}});
    REQUIRE(form.status == 200);
    QJsonObject fields = object(form).value(QLatin1String("fields")).toObject();
    CHECK(fields.value(QLatin1String("id_number")) == QLatin1String("1*************002X"));
    CHECK(fields.value(QLatin1String("phone")) == QLatin1String("1******2386"));
    CHECK(fields.value(QLatin1String("name")).toString() == QStringLiteral("巴特尔"));
    CHECK(object(form).value(QLatin1String("revealed")) == false);
    CHECK_FALSE(form.body.contains("11010519491231002X"));
    form = send("POST", casePath + "/form", clerkA,
                {{QStringLiteral("why"), QStringLiteral("电话回访申请人")},
                 {QStringLiteral("reveal"), true}});
    REQUIRE(form.status == 200);
    fields = object(form).value(QLatin1String("fields")).toObject();
    CHECK(fields.value(QLatin1String("id_number")) == QLatin1String("11010519491231002X"));
    CHECK(fields.value(QLatin1String("phone")) == QLatin1String("13947512386"));
    CHECK(send("POST", casePath + "/form", supervisor,
               {{QStringLiteral("why"), QStringLiteral("督办抽查")},
                {QStringLiteral("reveal"), true}})
              .status == 403);
    form = send("POST", casePath + "/form", supervisor,
                {{QStringLiteral("why"), QStringLiteral("督办抽查")}});
    REQUIRE(form.status == 200);
    CHECK_FALSE(form.body.contains("13947512386"));

    // Stale sessions: logged out, and one idle past 30 minutes (its last use set back in the
    // database by another connection, as time passing would).
    CHECK(send("DELETE", "/v1/operator/sessions/current", clerkB).status == 204);
    CHECK(send("GET", "/v1/operator/me", clerkB).status == 401);
    ageOperatorSession(dir, OperatorService::tokenHash(supervisor), 31 * 60);
    CHECK(send("GET", "/v1/operator/cases", supervisor).status == 401);
    // Disabled while logged in: its session ends.
    REQUIRE(gatewayCli(QStringList{QStringLiteral("operator"), QStringLiteral("disable"),
                                   QStringLiteral("tech-1")} +
                       data)
                .exitCode == 0);
    CHECK(send("GET", "/v1/operator/me", technician).status == 401);

    // Locked after 5 failures: 423, even with the right password; unlocked by the command line.
    for (int i = 0; i < 4; ++i)
        CHECK(login(QStringLiteral("clerk-b"), QStringLiteral("not-the-password")).status == 401);
    CHECK(login(QStringLiteral("clerk-b"), QStringLiteral("not-the-password")).status == 423);
    const HttpReply locked = login(QStringLiteral("clerk-b"));
    CHECK(locked.status == 423);
    CHECK_FALSE(object(locked).value(QLatin1String("locked_until")).toString().isEmpty());
    REQUIRE(gatewayCli(QStringList{QStringLiteral("operator"), QStringLiteral("unlock"),
                                   QStringLiteral("clerk-b")} +
                       data)
                .exitCode == 0);
    CHECK(login(QStringLiteral("clerk-b")).status == 201);

    // Bodies over 64 KiB are refused at the front.
    const HttpReply big =
        httpsSend(port, pin, "POST", casePath + "/form", QByteArray(70 * 1024, ' ') + "{}",
                  {"Authorization: Bearer " + clerkA});
    CHECK(big.status == 413);
    // Logins are rate-limited per address at the front: a burst of guesses meets 429.
    int limited = 0;
    for (int i = 0; i < 40 && limited == 0; ++i)
        limited += login(QStringLiteral("nobody"), QStringLiteral("guess-guess")).status == 429;
    CHECK(limited == 1);

    serve.terminate();
    REQUIRE(serve.waitForFinished(30000));
    CHECK(serve.exitCode() == 0);

    // The audit chain verifies, and holds each opening and each reveal with who and why, and
    // nothing personal.
    const CliRun verify =
        gatewayCli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + data);
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    const QList<AuditRow> audit = auditEntries(dir);
    QStringList entries, details;
    for (const AuditRow &row : audit) {
        details.append(row.detail);
        if (row.action.startsWith(QLatin1String("case.form.")))
            entries.append(row.actor + u' ' + row.action + u' ' + row.detail);
    }
    REQUIRE(entries.size() == 4);
    CHECK(entries.at(0).startsWith(QStringLiteral("clerk-a case.form.open ")));
    CHECK(entries.at(0).contains(QStringLiteral("核对申请人身份")));
    CHECK(entries.at(1).startsWith(QStringLiteral("clerk-a case.form.open ")));
    CHECK(entries.at(2).startsWith(QStringLiteral("clerk-a case.form.reveal ")));
    CHECK(entries.at(2).contains(QStringLiteral("电话回访申请人")));
    CHECK(entries.at(3).startsWith(QStringLiteral("sup-1 case.form.open ")));
    const QString all = details.join(u'|');
    CHECK_FALSE(all.contains(QStringLiteral("11010519491231002X")));
    CHECK_FALSE(all.contains(QStringLiteral("13947512386")));
    CHECK_FALSE(all.contains(QStringLiteral("巴特尔")));
    CHECK_FALSE(all.contains(clerkPassword));
}

TEST_CASE("Operators: case move on the command line needs an operator whose role and scope "
          "allow it",
          "[gateway-operators]")
{
    TestGateway gateway(protocol::Suite::Intl, TestGateway::Forms::Published);
    gateway.publish(seedCatalogue());
    const TestDevice device(gateway, gateway.token(QStringLiteral("intl")), protocol::Suite::Intl);
    const protocol::SubmissionBatch batch{
        {craftRecord(gateway.keys->centralKey(protocol::Suite::Intl), protocol::Suite::Intl,
                     QStringLiteral("submission"),
                     {{QStringLiteral("fields"), unemploymentFields()}}, gateway.now())}};
    const HttpReply reply =
        device.push(gateway, "/v1/submissions", protocol::encode(batch), gateway.nowSecs);
    REQUIRE(reply.status == 200);
    const QString receipt = protocol::decodeBatchResult(reply.body).value().results.at(0).receipt;
    REQUIRE_FALSE(receipt.isEmpty());
    const QStringList data{QStringLiteral("--data-dir"), gateway.dir.path()};
    const QByteArray password = clerkPassword.toUtf8() + '\n';
    for (const QStringList &args :
         {QStringList{QStringLiteral("clerk-here"), QStringLiteral("--role"),
                      QStringLiteral("clerk"), QStringLiteral("--township"),
                      QStringLiteral("150525203")},
          QStringList{QStringLiteral("clerk-there"), QStringLiteral("--role"),
                      QStringLiteral("clerk"), QStringLiteral("--township"),
                      QStringLiteral("150525101")},
          QStringList{QStringLiteral("off-1"), QStringLiteral("--role"), QStringLiteral("officer"),
                      QStringLiteral("--department"), QStringLiteral("shebao")}})
        REQUIRE(gatewayWithInput(QStringList{QStringLiteral("operator"), QStringLiteral("add")} +
                                     args + data,
                                 password)
                    .exitCode == 0);
    const auto move = [&](const QString &stage, const QString &op) {
        return gatewayCli(QStringList{QStringLiteral("case"), QStringLiteral("move"), receipt,
                                      stage, QStringLiteral("--operator"), op} +
                          data);
    };
    const auto stage = [&] {
        auto found = gateway.storage->cases().caseByReceipt(receipt);
        REQUIRE(found.ok());
        REQUIRE(found.value().has_value());
        return found.value()->stage;
    };
    CHECK(move(QStringLiteral("accepted"), QStringLiteral("nobody")).exitCode != 0);
    CHECK(move(QStringLiteral("accepted"), QStringLiteral("clerk-there")).exitCode != 0);
    CHECK(move(QStringLiteral("accepted"), QStringLiteral("off-1")).exitCode != 0);
    CHECK(stage() == QLatin1String("submitted")); // nothing changed
    REQUIRE(move(QStringLiteral("accepted"), QStringLiteral("clerk-here")).exitCode == 0);
    CHECK(move(QStringLiteral("review"), QStringLiteral("clerk-here")).exitCode != 0);
    REQUIRE(move(QStringLiteral("review"), QStringLiteral("off-1")).exitCode == 0);
    CHECK(stage() == QLatin1String("review"));
    // A disabled officer moves nothing.
    REQUIRE(gatewayCli(QStringList{QStringLiteral("operator"), QStringLiteral("disable"),
                                   QStringLiteral("off-1")} +
                       data)
                .exitCode == 0);
    CHECK(move(QStringLiteral("approved"), QStringLiteral("off-1")).exitCode != 0);
    CHECK(stage() == QLatin1String("review"));
    // passwd: a new password from stdin, too short refused.
    CHECK(gatewayWithInput(QStringList{QStringLiteral("operator"), QStringLiteral("passwd"),
                                       QStringLiteral("clerk-here")} +
                               data,
                           "short\n")
              .exitCode != 0);
    CHECK(gatewayWithInput(QStringList{QStringLiteral("operator"), QStringLiteral("passwd"),
                                       QStringLiteral("clerk-here")} +
                               data,
                           "a-brand-new-password\n")
              .exitCode == 0);
}
