// The console's fleet page end to end (issue 15): a real jiujin-gateway (nginx front, TLS with the
// test PKI) serving console/'s built pages; two kiosks enrolled and heard of through jiujin-syncd
// (its heartbeat), one of them last heard of 30 days ago (no month lacks two opening hours, so it
// is silent whatever day the test runs); tests/console/fleet.mjs in Debian's Chromium. Afterwards
// the browser's work is checked where it matters: a kiosk enrolls with the token the technician
// made in the browser, and the kiosk revoked in the browser can no longer sync.
#include "database.h"
#include "liveharness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <chrono>
#include <thread>

using namespace jiujin;
using namespace live;

namespace {

const QByteArray password = "correct-horse-battery";

void addOperator(const GatewayProcess &gw, const QStringList &args)
{
    QProcess p;
    p.start(GatewayProcess::exe(), QStringList{QStringLiteral("operator"), QStringLiteral("add")} +
                                       args + QStringList{QStringLiteral("--data-dir"), gw.dir()});
    REQUIRE(p.waitForStarted());
    p.write(password + '\n');
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

} // namespace

TEST_CASE("console: the fleet page, a silent kiosk first, a token made and a kiosk revoked",
          "[console-fleet]")
{
    REQUIRE(QFile::exists(QStringLiteral(JIUJIN_CONSOLE_DIST "/index.html")));
    REQUIRE(QFile::exists(QStringLiteral("/usr/bin/chromium")));
    Kiosk a; // 黄花塔拉苏木 (150525203000-01): reports
    Kiosk b; // 固日班花苏木 (150525200000-01): silent
    Kiosk c; // enrolls with the token made in the browser
    REQUIRE(b.store->setSetting(QStringLiteral("point"), QStringLiteral("150525200000-01")).ok());
    GatewayProcess gw(a.dir.filePath(QStringLiteral("gateway")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIUJIN_CONSOLE_DIR"), QStringLiteral(JIUJIN_CONSOLE_DIST));
    gw.start(0, {}, env);
    gw.cli({QStringLiteral("catalogue"), QStringLiteral("publish"), QStringLiteral(JIUJIN_SEED)});
    a.enroll(gw.url(), gw.token(), gw.pin());
    const QString tokenB =
        QString::fromLatin1(gw.cli({QStringLiteral("token"), QStringLiteral("create"),
                                    QStringLiteral("--point"), QStringLiteral("150525200000-01")})
                                .trimmed()
                                .split('\n')
                                .last());
    b.enroll(gw.url(), tokenB, gw.pin());
    REQUIRE(a.syncd() == 0); // each sends its heartbeat
    REQUIRE(b.syncd() == 0);
    {
        // b was last heard of 30 days ago (the gateway serves meanwhile: WAL, one write). The
        // gateway writes heartbeats a second after they came (DESIGN §11d): until then there is
        // no row to set back.
        auto db = Database::openRaw(gw.dir() + QStringLiteral("/gateway.db"));
        REQUIRE(db.ok());
        bool setBack = false;
        for (int i = 0; i < 300 && !setBack; ++i) {
            auto s = db.value()->prepare(
                "UPDATE heartbeats SET received_at = received_at - 30 * 86400 WHERE device = ?");
            s.bind(1, b.deviceId);
            REQUIRE(s.run().ok());
            setBack = db.value()->changes() == 1;
            if (!setBack)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        REQUIRE(setBack);
    }
    addOperator(gw,
                {QStringLiteral("tech-1"), QStringLiteral("--role"), QStringLiteral("technician"),
                 QStringLiteral("--name"), QStringLiteral("王工")});
    addOperator(gw, {QStringLiteral("supervisor-1"), QStringLiteral("--role"),
                     QStringLiteral("supervisor")});
    addOperator(gw, {QStringLiteral("clerk-203"), QStringLiteral("--role"), QStringLiteral("clerk"),
                     QStringLiteral("--township"), QStringLiteral("150525203")});

    // Chromium does not run under libfaketime (tests/timetravel): the browser keeps the real
    // clock; the gateway keeps the shifted one (the console takes dates from central).
    QProcessEnvironment node = QProcessEnvironment::systemEnvironment();
    for (const QString &name : node.keys())
        if (name == QLatin1String("LD_PRELOAD") || name.startsWith(QLatin1String("FAKETIME")))
            node.remove(name);
    const QJsonObject setup{
        {QStringLiteral("url"), gw.url()},
        {QStringLiteral("pin"), gw.pin().mid(QStringLiteral("sha256//").size())},
        {QStringLiteral("password"), QString::fromLatin1(password)},
        {QStringLiteral("silent"), b.deviceId},
        {QStringLiteral("revoke"), a.deviceId},
        {QStringLiteral("tokenPoint"), QStringLiteral("150525203000-01")},
        {QStringLiteral("screens"), QStringLiteral(JIUJIN_CONSOLE_SCREENS)},
        {QStringLiteral("modules"), QStringLiteral(JIUJIN_CONSOLE_SRC "/node_modules")}};
    node.insert(QStringLiteral("JIUJIN_CONSOLE_TEST"),
                QString::fromUtf8(QJsonDocument(setup).toJson(QJsonDocument::Compact)));
    QByteArray out;
    const int rc =
        run(QStringLiteral("node"), {QStringLiteral(JIUJIN_CONSOLE_FLEET_TEST)}, &out, node, 90000);
    UNSCOPED_INFO("browser test:\n" << out.toStdString());
    UNSCOPED_INFO("gateway log:\n" << gw.log().toStdString());
    REQUIRE(rc == 0);

    // The token made in the browser enrolls a kiosk, once.
    const auto made = QRegularExpression(QStringLiteral("^TOKEN ([A-Za-z0-9_-]+)$"),
                                         QRegularExpression::MultilineOption)
                          .match(QString::fromUtf8(out));
    REQUIRE(made.hasMatch());
    c.enroll(gw.url(), made.captured(1), gw.pin());
    CHECK(c.syncd() == 0);
    // The kiosk revoked in the browser is refused by central (its application stays queued, its
    // heartbeat is refused); the others sync on.
    a.queue(1);
    QByteArray refused, fine;
    CHECK(a.syncd(&refused) != 0);
    CHECK(refused.contains("401 device"));
    CHECK(b.syncd(&fine) == 0);
    CHECK_FALSE(fine.contains("401"));
    const QByteArray listed = gw.cli({QStringLiteral("devices")});
    INFO(listed.toStdString());
    CHECK(listed.contains(c.deviceId.toLatin1()));
    const QByteArray lineA = listed.mid(listed.indexOf(a.deviceId.toLatin1())).split('\n').first();
    CHECK(lineA.contains("revoked"));

    // The token withdrawn in the browser enrolls nothing.
    const auto withdrawn = QRegularExpression(QStringLiteral("^WITHDRAWN ([A-Za-z0-9_-]+)$"),
                                              QRegularExpression::MultilineOption)
                               .match(QString::fromUtf8(out));
    REQUIRE(withdrawn.hasMatch());
    Kiosk d;
    auto notEnrolled = KioskEnrollment(*d.db).enroll(EnrollOptions{gw.url(),
                                                                   withdrawn.captured(1),
                                                                   {gw.pin()},
                                                                   defaultKeysDir(d.path()),
                                                                   protocol::Suite::Intl});
    CHECK_FALSE(notEnrolled.ok());
    // Every token is on the audit chain by who made it: the two of the command line (as
    // cli:<user>), the two of the browser; the withdrawal by the technician.
    auto db = Database::openRaw(gw.dir() + QStringLiteral("/gateway.db"));
    REQUIRE(db.ok());
    auto s = db.value()->prepare("SELECT actor, action FROM audit_log WHERE action LIKE "
                                 "'device.token.%' ORDER BY seq");
    QStringList entries;
    while (s.step())
        entries.append(
            s.text(1) + u' ' +
            (s.text(0).startsWith(QLatin1String("cli:")) ? QStringLiteral("cli") : s.text(0)));
    CHECK(entries == QStringList{QStringLiteral("device.token.create cli"),
                                 QStringLiteral("device.token.create cli"),
                                 QStringLiteral("device.token.create tech-1"),
                                 QStringLiteral("device.token.create tech-1"),
                                 QStringLiteral("device.token.withdraw tech-1")});
}
