// Enrollment tokens withdrawn before use (issue 15), on both engines: FleetService deletes an
// unused token and audits it in the same transaction, after which /v1/enroll refuses it over
// real TLS; a used token is not withdrawn. And the command line: `token create` is on the audit
// chain (by "cli:<unix user>") like the console's, `token withdraw ID` as the console's button.
#include "gatewayfixture.h"

#include "auditchain.h"
#include "caserecords.h"
#include "fleetservice.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

/** (actor, action, subject) of the audit entries whose action starts with device.token. */
QList<QStringList> tokenAudit(CentralStorage &storage)
{
    auto rows = storage.auditLog().entries(0, 1000);
    REQUIRE(rows.ok());
    QList<QStringList> out;
    for (const AuditRow &r : rows.value())
        if (r.action.startsWith(QLatin1String("device.token.")))
            out.append({r.actor, r.action, r.subject});
    return out;
}

/** The status of an enrollment with @p token. */
int enrollStatus(const TestGateway &gw, const QString &token)
{
    auto signing = protocol::Key::generateSigning(protocol::Suite::Intl);
    REQUIRE(signing.ok());
    const auto [keyPem, csrPem] = makeCsr();
    return gw
        .post("/v1/enroll",
              protocol::encode(protocol::EnrollRequest{token, csrPem, signing->publicPem()}), {})
        .status;
}

} // namespace

TEST_CASE("Fleet: an unused enrollment token is withdrawn, audited, and enrolls nothing",
          "[gateway-fleet]")
{
    TestGateway gw;
    FleetService fleet(*gw.storage, *gw.enrollment);
    const QString point = QStringLiteral("150525203000-01");
    auto open = fleet.createToken(QStringLiteral("tech-1"), point, {}, gw.now());
    auto used = fleet.createToken(QStringLiteral("tech-1"), point, {}, gw.now());
    REQUIRE(open.ok());
    REQUIRE(used.ok());
    const QString openId = FleetService::tokenId(open->row);
    const QString usedId = FleetService::tokenId(used->row);
    TestDevice device(gw, used->token, protocol::Suite::Intl);

    // Used: not withdrawn, nothing audited. Unknown: NotFound.
    auto refused = fleet.withdrawToken(QStringLiteral("tech-1"), usedId, gw.now());
    REQUIRE(refused.ok());
    CHECK_FALSE(refused.value());
    auto unknown =
        fleet.withdrawToken(QStringLiteral("tech-1"), QStringLiteral("00000000000000ff"), gw.now());
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::NotFound);

    auto done = fleet.withdrawToken(QStringLiteral("tech-2"), openId, gw.now());
    REQUIRE(done.ok());
    CHECK(done.value());
    auto again = fleet.withdrawToken(QStringLiteral("tech-2"), openId, gw.now());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::NotFound);
    CHECK(enrollStatus(gw, open->token) == 403);
    auto count = fleet.tokenCount();
    REQUIRE(count.ok());
    CHECK(count.value() == 1); // the used one stays listed

    CHECK(tokenAudit(*gw.storage) ==
          QList<QStringList>{
              {QStringLiteral("tech-1"), QStringLiteral("device.token.create"), openId},
              {QStringLiteral("tech-1"), QStringLiteral("device.token.create"), usedId},
              {QStringLiteral("tech-2"), QStringLiteral("device.token.withdraw"), openId}});
    auto verified = AuditChain(*gw.storage).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt.has_value());
}

TEST_CASE("jiujin-gateway token create is audited; token withdraw takes an unused one",
          "[gateway-cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    const CliRun made =
        gatewayCli(QStringList{QStringLiteral("token"), QStringLiteral("create"),
                               QStringLiteral("--point"), QStringLiteral("150525203000-01")} +
                   data);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QByteArray token = made.out.trimmed();
    CHECK(token.size() == 32); // stdout: the token alone, as scripts take it
    const QString id = tokenHash(QString::fromLatin1(token)).left(16);
    CHECK(made.err.contains(id.toLatin1())); // its id on stderr, for `token withdraw`
    CHECK(gatewayCli(QStringList{QStringLiteral("token"), QStringLiteral("create"),
                                 QStringLiteral("--point"), QStringLiteral("15052")} +
                     data)
              .exitCode != 0);

    const QStringList withdraw{QStringLiteral("token"), QStringLiteral("withdraw")};
    const CliRun withdrawn = gatewayCli(withdraw + QStringList{id} + data);
    INFO(withdrawn.err.toStdString());
    CHECK(withdrawn.exitCode == 0);
    CHECK(withdrawn.out.startsWith("withdrawn " + id.toLatin1()));
    CHECK(gatewayCli(withdraw + QStringList{id} + data).exitCode != 0);

    auto storage = openGatewayTestStorage(dir);
    const QList<QStringList> entries = tokenAudit(*storage);
    REQUIRE(entries.size() == 2);
    for (const QStringList &e : entries) {
        CHECK(e.at(0).startsWith(QLatin1String("cli:")));
        CHECK(e.at(2) == id);
    }
    CHECK(entries.at(0).at(1) == QLatin1String("device.token.create"));
    CHECK(entries.at(1).at(1) == QLatin1String("device.token.withdraw"));
    CHECK(gatewayCli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + data)
              .exitCode == 0);
}
