#include "gatewayfixture.h"
#include "pgtestserver.h"
#include "sqlitecentralstorage.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;

TEST_CASE("jiujin-gateway: init, token, serve, devices, revoke", "[gateway-cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};

    const CliRun init = gatewayCli(QStringList{QStringLiteral("init")} + data);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QRegularExpression pinLine(QStringLiteral("^server pin: (sha256//[A-Za-z0-9+/]{43}=)$"),
                                     QRegularExpression::MultilineOption);
    const auto pinMatch = pinLine.match(QString::fromUtf8(init.out));
    REQUIRE(pinMatch.hasMatch());
    const QByteArray pin = pinMatch.captured(1).toLatin1();
    // On PostgreSQL the data directory holds DIR/database instead: it may name a password.
    const char *const storage = PgTestServer::selected() ? "database" : "gateway.db";
    for (const char *secret : {"ca.key", "server.key", "central-intl.key", "central-gm.key",
                               "receipt-intl.key", "receipt-gm.key", storage}) {
        INFO(secret);
        const QFileInfo info(dir + QLatin1Char('/') + QLatin1String(secret));
        REQUIRE(info.exists());
        CHECK(info.permissions() ==
              (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    }
    auto keys = GatewayKeys::load(dir);
    REQUIRE(keys.ok());
    CHECK(keys->serverPin() == pin);

    SECTION("init again refuses without --force and keeps the keys; --force replaces them but "
            "keeps the database")
    {
        const CliRun token =
            gatewayCli(QStringList{QStringLiteral("token"), QStringLiteral("create"),
                                   QStringLiteral("--point"), QStringLiteral("150525203000-01")} +
                       data);
        REQUIRE(token.exitCode == 0);
        const QString hash = tokenHash(QString::fromUtf8(token.out).trimmed());
        const CliRun again = gatewayCli(QStringList{QStringLiteral("init")} + data);
        CHECK(again.exitCode != 0);
        CHECK(GatewayKeys::load(dir)->serverPin() == pin);
        const CliRun forced =
            gatewayCli(QStringList{QStringLiteral("init"), QStringLiteral("--force")} + data);
        CHECK(forced.exitCode == 0);
        CHECK(GatewayKeys::load(dir)->serverPin() != pin);
        auto store = gateway::openGatewayStorage(dir);
        REQUIRE(store.ok());
        CHECK(store.value()->devices().token(hash).value().has_value());
    }
    SECTION("serve on port 0, enroll with a printed token, list and revoke the device")
    {
        const CliRun token =
            gatewayCli(QStringList{QStringLiteral("token"), QStringLiteral("create"),
                                   QStringLiteral("--point"), QStringLiteral("150525203000-01"),
                                   QStringLiteral("--suite"), QStringLiteral("gm")} +
                       data);
        REQUIRE(token.exitCode == 0);
        const QString tokenText = QString::fromUtf8(token.out).trimmed();
        REQUIRE(tokenText.size() >= 32);

        QProcess serve;
        const int port = serveOnFreePort(
            serve, QStringList{QStringLiteral("--catalogue"), QStringLiteral(JIUJIN_SEED)} + data);

        auto signing = protocol::Key::generateSigning(protocol::Suite::Gm);
        REQUIRE(signing.ok());
        const auto [keyPem, csrPem] = makeCsr();
        const HttpReply enrolled = httpsPost(
            port, pin, "/v1/enroll",
            protocol::encode(protocol::EnrollRequest{tokenText, csrPem, signing->publicPem()}), {});
        INFO(enrolled.error.toStdString() << enrolled.body.toStdString());
        REQUIRE(enrolled.status == 200);
        auto answer = protocol::decodeEnrollResponse(enrolled.body);
        REQUIRE(answer.ok());
        CHECK(answer->suite == QLatin1String("gm"));

        // A wrong pin is refused by the client: the kiosk talks to this server only.
        const HttpReply wrongPin = httpsPost(
            port, "sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "/v1/enroll", "{}", {});
        CHECK(wrongPin.status == 0);
        CHECK_FALSE(wrongPin.error.isEmpty());

        serve.terminate();
        REQUIRE(serve.waitForFinished(30000));
        CHECK(serve.exitStatus() == QProcess::NormalExit);
        CHECK(serve.exitCode() == 0);

        const CliRun devices = gatewayCli(QStringList{QStringLiteral("devices")} + data);
        CHECK(devices.out.contains(answer->deviceId.toUtf8()));
        CHECK(devices.out.contains("active"));
        const CliRun revoke =
            gatewayCli(QStringList{QStringLiteral("revoke"), answer->deviceId} + data);
        CHECK(revoke.exitCode == 0);
        CHECK(gatewayCli(QStringList{QStringLiteral("devices")} + data).out.contains("revoked"));
        CHECK(gatewayCli(QStringList{QStringLiteral("revoke"), QStringLiteral("jj-unknown")} + data)
                  .exitCode != 0);
        const CliRun submissions = gatewayCli(QStringList{QStringLiteral("submissions")} + data);
        CHECK(submissions.exitCode == 0);
    }
}

TEST_CASE("jiujin-gateway serve without --catalogue checks applications against the published "
          "catalogue, published while it serves",
          "[gateway-cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    auto keys = GatewayKeys::load(dir);
    REQUIRE(keys.ok());
    const CliRun token =
        gatewayCli(QStringList{QStringLiteral("token"), QStringLiteral("create"),
                               QStringLiteral("--point"), QStringLiteral("150525203000-01")} +
                   data);
    REQUIRE(token.exitCode == 0);

    // `serve` without --catalogue on a free port: its first line ("listening on N").
    auto startServe = [&data](QProcess &process) {
        process.start(QStringLiteral(JIUJIN_GATEWAY_EXE),
                      QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:0")} +
                          data);
        REQUIRE(process.waitForStarted());
        QByteArray first;
        while (!first.contains('\n') && process.waitForReadyRead(30000))
            first += process.readAllStandardOutput();
        return first;
    };
    QProcess serve;
    QByteArray line = startServe(serve);
    const auto listening = QRegularExpression(QStringLiteral("^listening on (\\d+)\\n"))
                               .match(QString::fromUtf8(line));
    QByteArray err = serve.readAllStandardError();
    INFO(line.toStdString() << err.toStdString());
    REQUIRE(listening.hasMatch());
    const int port = listening.captured(1).toInt();

    auto signing = protocol::Key::generateSigning(protocol::Suite::Intl);
    REQUIRE(signing.ok());
    const auto [keyPem, csrPem] = makeCsr();
    const HttpReply enrolled =
        httpsPost(port, keys->serverPin(), "/v1/enroll",
                  protocol::encode(protocol::EnrollRequest{QString::fromUtf8(token.out).trimmed(),
                                                           csrPem, signing->publicPem()}),
                  {});
    REQUIRE(enrolled.status == 200);
    auto answer = protocol::decodeEnrollResponse(enrolled.body);
    REQUIRE(answer.ok());
    // One sound 失业登记 application, signed now: the binary judges requests by its own clock.
    auto apply = [&] {
        const protocol::SubmissionBatch batch{{craftRecord(
            keys->centralKey(protocol::Suite::Intl), protocol::Suite::Intl,
            QStringLiteral("submission"), {{QStringLiteral("fields"), unemploymentFields()}})}};
        const QByteArray body = protocol::gzip(protocol::encode(batch));
        const HttpReply reply =
            httpsPost(port, keys->serverPin(), "/v1/submissions", body,
                      signedHeaders(signing.value(), answer->deviceId, "POST", "/v1/submissions",
                                    body, QDateTime::currentSecsSinceEpoch(), true),
                      ClientCert{answer->certificatePem, keyPem});
        INFO(reply.error.toStdString() << reply.body.toStdString());
        REQUIRE(reply.status == 200);
        auto decoded = protocol::decodeBatchResult(reply.body);
        REQUIRE(decoded.ok());
        REQUIRE(decoded->results.size() == 1);
        return decoded->results.at(0);
    };

    // Nothing published yet: the application is to be sent again, not refused for good.
    const protocol::RecordResult before = apply();
    CHECK(before.status == protocol::Outcome::Retry);
    CHECK(before.receipt.isEmpty());

    const CliRun publish =
        gatewayCli(QStringList{QStringLiteral("catalogue"), QStringLiteral("publish"),
                               QStringLiteral(JIUJIN_SEED)} +
                   data);
    INFO(publish.err.toStdString());
    REQUIRE(publish.exitCode == 0);
    const protocol::RecordResult after = apply();
    INFO(after.reason.toStdString());
    CHECK(after.status == protocol::Outcome::Accepted);
    CHECK_FALSE(after.receipt.isEmpty());

    serve.terminate();
    REQUIRE(serve.waitForFinished(30000));
    CHECK(serve.exitCode() == 0);
    const QByteArray notice = "no catalogue is published yet";
    err += serve.readAllStandardError();
    CHECK(err.contains(notice));

    // Started again, with a catalogue published: no such notice.
    QProcess again;
    CHECK(startServe(again).startsWith("listening on "));
    again.terminate();
    REQUIRE(again.waitForFinished(30000));
    CHECK(again.exitCode() == 0);
    CHECK_FALSE(again.readAllStandardError().contains(notice));
}

TEST_CASE("jiujin-gateway serve refuses a quota that is not a whole number", "[gateway-cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    for (const char *bad : {"many", "-1", "1.5"}) {
        const CliRun run =
            gatewayCli({QStringLiteral("serve"), QStringLiteral("--data-dir"), tmp.path(),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--quota-records"), QLatin1String(bad)});
        INFO(bad);
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains("--quota"));
    }
}

TEST_CASE("jiujin-gateway says a slot length, a number of days or any number option that is not "
          "a number is not one",
          "[gateway-cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    const CliRun init = gatewayCli(QStringList{QStringLiteral("init")} + data);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const auto planSet = [&](const char *minutes) {
        return gatewayCli(QStringList{QStringLiteral("plan"), QStringLiteral("set"),
                                      QStringLiteral("--point"), QStringLiteral("150525203000-01"),
                                      QStringLiteral("--slot-minutes"), QLatin1String(minutes)} +
                          data);
    };
    // "abc" once read as 0 minutes and was refused as an invalid plan.
    const CliRun bad = planSet("abc");
    INFO(bad.err.toStdString());
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("--slot-minutes: abc is not a number (minutes)"));
    CHECK_FALSE(bad.err.contains("plan refused"));
    // A number is still judged by the plan's own rules, and a sound one is taken.
    const CliRun zero = planSet("0");
    CHECK(zero.exitCode == 1);
    CHECK(zero.err.contains("plan refused"));
    const CliRun good = planSet("20");
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains("in 20-minute slots"));

    // Every number option is read the same way (NumberArgument): no number, or out of range,
    // is refused by name.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const auto listSlots = [&](const char *days) {
        return gatewayCli(QStringList{QStringLiteral("slots"), QStringLiteral("--point"),
                                      QStringLiteral("150525203000-01"), QStringLiteral("--from"),
                                      today, QStringLiteral("--days"), QLatin1String(days)} +
                          data);
    };
    // "abc" once read as 0 days: an empty table, as if the point had no slots.
    for (const char *bad : {"abc", "3x", "0", "15", "-1"}) {
        INFO(bad);
        const CliRun run = listSlots(bad);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains("--days: "));
        CHECK(run.err.contains("is not a number from 1 to 14"));
        CHECK_FALSE(run.out.contains("slot\tcapacity"));
    }
    const CliRun week = listSlots("2");
    INFO(week.err.toStdString());
    CHECK(week.exitCode == 0);
    CHECK(week.out.contains("slot\tcapacity"));

    // Every other number option goes through the same reading.
    const QList<QStringList> refused{
        {QStringLiteral("submissions"), QStringLiteral("--limit"), QStringLiteral("ten")},
        {QStringLiteral("submissions"), QStringLiteral("--after"), QStringLiteral("x1")},
        {QStringLiteral("devices"), QStringLiteral("--db-pool"), QStringLiteral("8x")},
        {QStringLiteral("plan"), QStringLiteral("set"), QStringLiteral("--point"),
         QStringLiteral("150525203000-01"), QStringLiteral("--capacity"), QStringLiteral("1001")},
        {QStringLiteral("channel-token"), QStringLiteral("create"), QStringLiteral("--all-points"),
         QStringLiteral("--rate"), QStringLiteral("fast")},
        {QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("twenty")},
        {QStringLiteral("followup"), QStringLiteral("close"), QStringLiteral("1a")},
    };
    for (const QStringList &args : refused) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = gatewayCli(args + data);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains("is not a number"));
    }
}
