// The web console end to end: a real jiujin-gateway (nginx front, TLS with the test PKI) serving
// console/'s built pages, two kiosks of two townships whose applications jiujin-syncd delivered
// (so the cases are made by a real intake), operators made with `jiujin-gateway operator add`,
// and tests/console/browser.mjs driving Debian's Chromium through playwright-core. Afterwards the
// gateway's own records are checked: the 补正 the clerk made in the browser, and the audit entries
// of the officer's form opening and reveal. Then the 好差评 pages (browseRatings,
// tests/console/ratings.mjs) with ratings the kiosks made, and the follow-up steps on the audit
// chain.
#include "database.h"
#include "liveharness.h"
#include "outboxstore.h"
#include "submissionservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

/** The central receipts of @p k's accepted records, in the order queued. */
QStringList receipts(Kiosk &k)
{
    const QHash<QString, QString> accepted = k.accepted();
    QStringList out;
    for (const QString &uuid : k.queued)
        out.append(accepted.value(uuid));
    return out;
}

/** (actor, action, subject) of every entry of central's audit log. */
QList<QStringList> audit(const GatewayProcess &gw)
{
    auto db = Database::openRaw(gw.dir() + QStringLiteral("/gateway.db"));
    REQUIRE(db.ok());
    auto s =
        db.value()->prepare("SELECT actor, action, subject, detail FROM audit_log ORDER BY seq");
    QList<QStringList> rows;
    while (s.step())
        rows.append({s.text(0), s.text(1), s.text(2), s.text(3)});
    return rows;
}

/** Has kiosk @p k rate its @p index-th application (@p level 1 非常满意 … 5 非常不满意) at @p at
 *  on its clock, as the rating screen does. */
void rate(Kiosk &k, int index, int level, const QStringList &reasons,
          const QHash<QString, int> &indicators, const QDateTime &at)
{
    const auto record = OutboxStore(*k.db).sealed(k.queued.at(index));
    REQUIRE(record.has_value());
    SubmissionService service(*k.db, [at] { return at; });
    const auto rated = service.rate(record->receipt, level, reasons, indicators);
    INFO(rated.error().message.toStdString());
    REQUIRE(rated.ok());
}

/**
 * 好差评 in the console (tests/console/ratings.mjs), after the case pages: kiosk A rates its first
 * application 非常不满意 and kiosk B its one 非常满意, jiujin-syncd delivers both; central is then
 * restarted 40 days on (libfaketime), so A's follow-up, due 15 working days after it arrived, is
 * past due whatever holidays fell between; A rates its second application 不满意 (服务态度
 * 非常不满意) and delivers it on central's clock: a follow-up in time. Then Chromium, with the
 * real clock (the console takes dates from central), walks the ratings pages as each role.
 */
void browseRatings(Kiosk &a, Kiosk &b, GatewayProcess &gw, QProcessEnvironment node,
                   QJsonObject setup)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    rate(a, 0, 5, {QStringLiteral("wait_too_long")}, {}, now);
    rate(b, 0, 1, {}, {}, now);
    REQUIRE(a.syncd() == 0);
    REQUIRE(b.syncd() == 0);
    const qint64 ahead = 40 * 86400;
    QProcessEnvironment later = fakeTimeEnv();
    later.insert(QStringLiteral("LD_PRELOAD"),
                 QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"));
    later.insert(QStringLiteral("FAKETIME"), fakeTimeFromNow(ahead));
    later.insert(QStringLiteral("JIUJIN_CONSOLE_DIR"), QStringLiteral(JIUJIN_CONSOLE_DIST));
    gw.stop();
    gw.start(-1, {}, later); // the same port: the same URL for the browser
    rate(a, 1, 4, {QStringLiteral("attitude")}, {{QStringLiteral("attitude"), 5}},
         now.addSecs(ahead));
    REQUIRE(a.syncd(nullptr, {}, later) == 0); // its requests carry their time: central's clock

    setup.insert(QStringLiteral("screens"), QStringLiteral(JIUJIN_CONSOLE_SCREENS));
    node.insert(QStringLiteral("JIUJIN_CONSOLE_TEST"),
                QString::fromUtf8(QJsonDocument(setup).toJson(QJsonDocument::Compact)));
    QByteArray out;
    const int rc = run(QStringLiteral("node"), {QStringLiteral(JIUJIN_CONSOLE_RATINGS_TEST)}, &out,
                       node, 120000);
    UNSCOPED_INFO("ratings browser test:\n" << out.toStdString());
    UNSCOPED_INFO("gateway log:\n" << gw.log().toStdString());
    REQUIRE(rc == 0);

    // Each step taken in the browser is on central's audit chain, by who took it, with the
    // officers' texts as their hashes only; and both exports, by the supervisor.
    QStringList steps;
    for (const QStringList &e : audit(gw)) {
        if (e.at(1).startsWith(QLatin1String("followup.")) &&
            e.at(1) != QLatin1String("followup.open"))
            steps.append(e.at(1) + u' ' + e.at(0));
        if (e.at(1) == QLatin1String("ratings.export"))
            steps.append(e.at(1) + u' ' + e.at(0));
        CHECK_FALSE(e.at(3).contains(QStringLiteral("已致电申请人")));
        CHECK_FALSE(e.at(3).contains(QStringLiteral("窗口高峰期")));
    }
    CHECK(steps == QStringList{QStringLiteral("followup.callback officer-1"),
                               QStringLiteral("followup.rectify officer-1"),
                               QStringLiteral("followup.close supervisor-1"),
                               QStringLiteral("ratings.export supervisor-1"),
                               QStringLiteral("ratings.export supervisor-1")});
}

} // namespace

TEST_CASE("console: login, work queue, 补正, form reveal and refusals in Chromium",
          "[console-browser]")
{
    REQUIRE(QFile::exists(QStringLiteral(JIUJIN_CONSOLE_DIST "/index.html")));
    REQUIRE(QFile::exists(QStringLiteral("/usr/bin/chromium")));
    Kiosk a; // 黄花塔拉苏木 (township 150525203)
    Kiosk b; // 固日班花苏木 (township 150525200)
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
    a.queue(2);
    b.queue(1);
    REQUIRE(a.syncd() == 0);
    REQUIRE(b.syncd() == 0);
    const QStringList inA = receipts(a), inB = receipts(b);
    REQUIRE(inA.size() == 2);
    REQUIRE(inB.size() == 1);
    for (const QString &r : inA + inB)
        REQUIRE(r.startsWith(QLatin1String("NM")));

    addOperator(gw, {QStringLiteral("clerk-203"), QStringLiteral("--role"), QStringLiteral("clerk"),
                     QStringLiteral("--township"), QStringLiteral("150525203"),
                     QStringLiteral("--name"), QStringLiteral("乌云")});
    addOperator(gw, {QStringLiteral("clerk-200"), QStringLiteral("--role"), QStringLiteral("clerk"),
                     QStringLiteral("--township"), QStringLiteral("150525200")});
    addOperator(gw, {QStringLiteral("officer-1"), QStringLiteral("--role"),
                     QStringLiteral("officer"), QStringLiteral("--department"),
                     QStringLiteral("shebao"), QStringLiteral("--name"), QStringLiteral("张明")});
    addOperator(gw, {QStringLiteral("supervisor-1"), QStringLiteral("--role"),
                     QStringLiteral("supervisor")});
    addOperator(gw,
                {QStringLiteral("clerk-lock"), QStringLiteral("--role"), QStringLiteral("clerk"),
                 QStringLiteral("--township"), QStringLiteral("150525203")});

    // Chromium does not run under libfaketime (tests/timetravel): the browser keeps the real
    // clock (the console takes dates from central's Date header, and central's certificate is
    // trusted by its pin), while the gateway and its command line keep the shifted one.
    QProcessEnvironment node = QProcessEnvironment::systemEnvironment();
    QJsonObject cliEnv;
    for (const QString &name : node.keys())
        if (name == QLatin1String("LD_PRELOAD") || name.startsWith(QLatin1String("FAKETIME"))) {
            cliEnv.insert(name, node.value(name));
            node.remove(name);
        }
    const QJsonObject setup{
        {QStringLiteral("url"), gw.url()},
        {QStringLiteral("pin"), gw.pin().mid(QStringLiteral("sha256//").size())},
        {QStringLiteral("password"), QString::fromLatin1(password)},
        {QStringLiteral("townshipA"), QJsonArray::fromStringList(inA)},
        {QStringLiteral("townshipB"), QJsonArray::fromStringList(inB)},
        {QStringLiteral("gateway"), GatewayProcess::exe()},
        {QStringLiteral("dataDir"), gw.dir()},
        {QStringLiteral("cliEnv"), cliEnv},
        {QStringLiteral("screens"), QStringLiteral(JIUJIN_CONSOLE_SCREENS)},
        {QStringLiteral("modules"), QStringLiteral(JIUJIN_CONSOLE_SRC "/node_modules")}};
    node.insert(QStringLiteral("JIUJIN_CONSOLE_TEST"),
                QString::fromUtf8(QJsonDocument(setup).toJson(QJsonDocument::Compact)));
    QByteArray out;
    const int rc = run(QStringLiteral("node"), {QStringLiteral(JIUJIN_CONSOLE_BROWSER_TEST)}, &out,
                       node, 150000);
    UNSCOPED_INFO("browser test:\n" << out.toStdString());
    UNSCOPED_INFO("gateway log:\n" << gw.log().toStdString());
    REQUIRE(rc == 0);

    // What the clerk did in the browser is central's record: the case asks for the material by
    // the date chosen, and the timeline names the clerk.
    const QByteArray shown = gw.cli({QStringLiteral("case"), QStringLiteral("show"), inA.first()});
    INFO(shown.toStdString());
    CHECK(shown.contains("correction"));
    CHECK(shown.contains("clerk-203"));
    CHECK(shown.contains("与原单位终止或解除劳动关系的证明"));

    // The kiosk's 查进度 sees what was done in the browser once jiujin-syncd has run: the clerk's
    // 补正 on one case, the officer's 已送达 at the end of the other's stages.
    REQUIRE(a.syncd() == 0);
    SubmissionService kiosk(*a.db);
    QHash<QString, QString> stageOf;
    for (const QString &receipt : inA) {
        auto status = kiosk.caseStatus(receipt);
        REQUIRE(status.ok());
        REQUIRE(status->has_value());
        stageOf.insert(receipt, status->value().stage);
    }
    CHECK(stageOf.value(inA.first()) == QLatin1String("correction"));
    CHECK(stageOf.value(inA.at(1)) == QLatin1String("delivered"));

    // The officer's opening and reveal were audited before the form was shown, with the reason
    // typed in the browser; no entry holds the ID number.
    int opened = 0, revealed = 0;
    for (const QStringList &e : audit(gw)) {
        if (e.at(1) == QLatin1String("case.form.open")) {
            ++opened;
            CHECK(e.at(0) == QLatin1String("officer-1"));
            CHECK(e.at(3).contains(QStringLiteral("核对申请人身份")));
        }
        if (e.at(1) == QLatin1String("case.form.reveal")) {
            ++revealed;
            CHECK(e.at(0) == QLatin1String("officer-1"));
        }
        CHECK_FALSE(e.at(3).contains(QLatin1String("11010519491231002X")));
    }
    CHECK(opened == 2);
    CHECK(revealed == 1);
    // TOTP set up in the browser: audited once, by the operator itself, holding no secret.
    QList<QStringList> totpSet;
    for (const QStringList &e : audit(gw))
        if (e.at(1) == QLatin1String("operator.totp.set"))
            totpSet.append(e);
    REQUIRE(totpSet.size() == 1);
    CHECK(totpSet.first().at(0) == QLatin1String("clerk-200"));
    CHECK(totpSet.first().at(3) == QLatin1String("{}"));
    // The browser saw the whole ID only after the reveal, never in a URL (browser.mjs checks).

    browseRatings(a, b, gw, node, setup);
}
