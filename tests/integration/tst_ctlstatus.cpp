// jiujinctl status as a technician reads it: the last sync error only while it is the news, in
// words that say what to do (libcurl's English only as the detail), and numbers on its command
// line refused unless they are numbers.
#include "cataloguestore.h"
#include "chinatime.h"
#include "database.h"
#include "liveharness.h"
#include "numberargument.h"
#include "settingkeys.h"
#include "staffboardservice.h"
#include "syncerrortext.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {

/** What jiujin-syncd writes after a success at @p success and a failure at @p failure. */
void writeSync(const QString &path, const QDateTime &success, const QDateTime &failure,
               const QString &error)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CatalogueStore settings(*db.value());
    const auto set = [&](const char *key, const QString &value) {
        REQUIRE(settings.setSetting(QLatin1String(key), value).ok());
    };
    set(syncsetting::lastSuccess, success.toUTC().toString(Qt::ISODate));
    set(syncsetting::lastErrorAt, failure.toUTC().toString(Qt::ISODate));
    set(syncsetting::lastError, error);
}

QString lineOf(const QByteArray &out, const char *label)
{
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String(label)))
            return line;
    return {};
}

const QString tooSlow = QStringLiteral(
    "cannot reach the gateway (curl 28): Operation too slow. Less than 64 bytes/sec transferred "
    "the last 60 seconds");

} // namespace

TEST_CASE("jiujinctl status shows the last sync error only while no sync succeeded after it",
          "[ctl-status]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.db"));
    const QString ctl = QStringLiteral(JIUJINCTL);
    const QStringList status{QStringLiteral("--db"), path, QStringLiteral("status")};
    QByteArray out;
    REQUIRE(live::run(ctl, status, &out) == 0);
    CHECK(lineOf(out, "last error:").endsWith(QLatin1String("-")));

    // Relative to now: an hour ago and ten minutes ago.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime earlier = now.addSecs(-3600), later = now.addSecs(-600);

    SECTION("failing now: the meaning, its time, and libcurl's text as the detail")
    {
        writeSync(path, earlier, later, tooSlow);
        REQUIRE(live::run(ctl, status, &out) == 0);
        INFO(out.toStdString());
        const QString error = lineOf(out, "last error:");
        CHECK(error.contains(QStringLiteral("网络中断或信号弱：检查 4G 信号")));
        CHECK(error.contains(later.toString(Qt::ISODate)));
        CHECK_FALSE(error.contains(QLatin1String("Operation too slow")));
        const QString detail = lineOf(out, "  detail:");
        CHECK(detail.contains(QLatin1String("curl 28")));
        CHECK(detail.contains(QLatin1String("Operation too slow")));
    }
    SECTION("a success after it: history, with when it happened and when it was ok again")
    {
        writeSync(path, later, earlier, tooSlow);
        REQUIRE(live::run(ctl, status, &out) == 0);
        INFO(out.toStdString());
        const QString error = lineOf(out, "last error:");
        CHECK(error.startsWith(QLatin1String("last error:      - (earlier, at ") +
                               earlier.toString(Qt::ISODate)));
        CHECK(error.contains(QLatin1String("since then: ok at ") + later.toString(Qt::ISODate)));
        // libcurl's text is the detail of a current error only: after a success it is gone.
        CHECK(lineOf(out, "  detail:").isEmpty());
        CHECK_FALSE(out.contains("Operation too slow"));
    }
}

TEST_CASE("Sync errors read as what to do, with libcurl's or central's code kept", "[ctl-status]")
{
    CHECK(SyncErrorText::explain(tooSlow) == QStringLiteral("网络中断或信号弱：检查 4G 信号"));
    CHECK(SyncErrorText::code(tooSlow) == QLatin1String("curl 28"));
    const QString refused = QStringLiteral(
        "cannot reach the gateway (curl 7): Failed to connect to 10.0.0.1 port 443 after 3 ms: "
        "Couldn't connect to server");
    CHECK(SyncErrorText::explain(refused).startsWith(QStringLiteral("连不上平台")));
    // A prefix (which pull failed) does not hide the code.
    CHECK(SyncErrorText::curlCode(QStringLiteral("catalogue: ") + refused) == 7);
    CHECK(SyncErrorText::explain(QStringLiteral(
              "the gateway's key does not match the pinned key (curl 90): SSL: public key does "
              "not match pinned public key")) ==
          QStringLiteral("平台证书与本机记录的不符：核对平台地址；平台换过密钥时重新运行 "
                         "jiujinctl enroll"));
    CHECK(SyncErrorText::explain(QStringLiteral("cannot reach the gateway (curl 60): SSL "
                                                "certificate problem: certificate has expired"),
                                 true)
              .startsWith(QStringLiteral("本机时钟不对")));
    CHECK(SyncErrorText::explain(QStringLiteral("heartbeat refused: HTTP 503")) ==
          QStringLiteral("平台暂时忙或在维护：本机会自动重试"));
    CHECK(SyncErrorText::code(QStringLiteral("heartbeat refused: HTTP 503")) ==
          QLatin1String("HTTP 503"));
    CHECK(SyncErrorText::explain(QStringLiteral("push refused: HTTP 403 revoked"))
              .contains(QLatin1String("jiujinctl doctor")));
    CHECK(SyncErrorText::explain(QString()).isEmpty());

    // The staff board's health says the same, and knows when the error is history.
    SyncHealth health;
    health.lastError = tooSlow;
    health.lastErrorAt = QDateTime::currentDateTimeUtc();
    health.lastSuccess = health.lastErrorAt.addSecs(-60);
    CHECK(health.failing());
    CHECK(health.problem() == SyncErrorText::explain(tooSlow));
    health.lastSuccess = health.lastErrorAt.addSecs(60);
    CHECK_FALSE(health.failing());
}

TEST_CASE("Numbers on jiujinctl's command line are numbers, in range, or refused", "[ctl-status]")
{
    CHECK(NumberArgument::parse(QStringLiteral("7"), 1, 90) == 7);
    for (const char *bad : {"abc", "", " 7", "7x", "1e3", "+7", "0", "91", "99999999999999999999"})
        CHECK_FALSE(NumberArgument::parse(QString::fromLatin1(bad), 1, 90).has_value());
    CHECK(NumberArgument::read(QStringLiteral("--days"), QStringLiteral("abc"), 1, 90).problem ==
          QStringLiteral("--days: abc is not a number from 1 to 90"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.db"));
    const QString ctl = QStringLiteral(JIUJINCTL);
    QByteArray out;
    REQUIRE(live::run(ctl, {QStringLiteral("--db"), path, QStringLiteral("catalogue"),
                            QStringLiteral("misses"), QStringLiteral("--days"),
                            QStringLiteral("7")}) == 0);
    for (const char *days : {"abc", "7days", "0", "91"}) {
        INFO(days);
        CHECK(live::run(ctl,
                        {QStringLiteral("--db"), path, QStringLiteral("catalogue"),
                         QStringLiteral("misses"), QStringLiteral("--days"),
                         QString::fromLatin1(days)},
                        &out) != 0);
        CHECK(out.contains("is not a number from 1 to 90"));
    }
    for (const char *limit : {"abc", "0", "5x"}) {
        INFO(limit);
        CHECK(live::run(ctl,
                        {QStringLiteral("--db"), path, QStringLiteral("catalogue"),
                         QStringLiteral("search"), QStringLiteral("低保"),
                         QStringLiteral("--limit"), QString::fromLatin1(limit)},
                        &out) != 0);
        CHECK(out.contains("--limit:"));
    }
    // The service's range, and a word that is no number refused the same way.
    for (const char *days : {"abc", "0"})
        CHECK(live::run(ctl, {QStringLiteral("--db"), path, QStringLiteral("config"),
                              QStringLiteral("set"), QStringLiteral("retention"),
                              QString::fromLatin1(days)}) != 0);
}
