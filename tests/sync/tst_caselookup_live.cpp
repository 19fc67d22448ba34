// 查进度 for a receipt of another point, end to end over real TLS (PROTOCOL.md "Case lookup"):
// kiosk A applies through its jiujin-syncd, central moves the case, and kiosk B (another device,
// another point) asks for it through the database: its running jiujin-syncd wakes on the file,
// asks POST /v1/cases/lookup and writes the answer, which B's UI side reads and wipes. With
// central down, B is told it cannot be reached within the citizen's wait.
#include "caseinquiryservice.h"
#include "caselookupstore.h"
#include "database.h"
#include "liveharness.h"
#include "outboxstore.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace jiujin;
using namespace live;

namespace {

/** Waits (as the kiosk UI does, up to its 8 s) for the answer to request @p id. */
CaseInquiryService::Answer awaitAnswer(CaseInquiryService &inquiries, const QString &id,
                                       qint64 *waitedMs = nullptr)
{
    QElapsedTimer t;
    t.start();
    while (true) {
        auto a = inquiries.answer(id);
        REQUIRE(a.ok());
        if (a->state != CaseInquiryService::Answer::State::Waiting || t.elapsed() > 8000) {
            if (waitedMs)
                *waitedMs = t.elapsed();
            return a.value();
        }
        QThread::msleep(100);
    }
}

int rows(Kiosk &k)
{
    auto n = CaseLookupStore(*k.db).count();
    REQUIRE(n.ok());
    return n.value();
}

} // namespace

TEST_CASE("case lookup: kiosk B asks central through its jiujin-syncd for kiosk A's receipt",
          "[sync-caselookup]")
{
    Kiosk a;
    GatewayProcess gw(a.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    gw.cli({QStringLiteral("catalogue"), QStringLiteral("publish"), QStringLiteral(JIUJIN_SEED)});
    a.enroll(gw.url(), gw.token(), gw.pin());
    const QString uuid = a.queue(1).first();
    REQUIRE(a.syncd() == 0);
    const QString central = a.accepted().value(uuid);
    REQUIRE(central.startsWith(QLatin1String("NM")));
    const QString receipt = OutboxStore(*a.db).sealed(uuid)->receipt;
    REQUIRE_FALSE(receipt.isEmpty());

    // Central's window clerk accepts the application.
    {
        QProcess p;
        p.start(GatewayProcess::exe(),
                {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("clerk-1"),
                 QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--township"),
                 QStringLiteral("150525203"), QStringLiteral("--data-dir"), gw.dir()});
        REQUIRE(p.waitForStarted());
        p.write("correct-horse-battery\n");
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitCode() == 0);
    }
    gw.cli({QStringLiteral("case"), QStringLiteral("move"), central, QStringLiteral("accepted"),
            QStringLiteral("--operator"), QStringLiteral("clerk-1")});

    // Kiosk B: another device of another point, its daemon running as on a kiosk.
    Kiosk b;
    const QString tokenB =
        QString::fromLatin1(gw.cli({QStringLiteral("token"), QStringLiteral("create"),
                                    QStringLiteral("--point"), QStringLiteral("150525100000-01")})
                                .trimmed()
                                .split('\n')
                                .last());
    b.enroll(gw.url(), tokenB, gw.pin());
    CaseInquiryService inquiries(*b.db);
    {
        DaemonRun daemon(b.path());
        QThread::msleep(1500); // its first drain (nothing queued) is over

        auto asked = inquiries.ask(receipt, QStringLiteral("2386"));
        REQUIRE(asked.ok());
        qint64 waited = 0;
        const auto found = awaitAnswer(inquiries, asked.value(), &waited);
        INFO("jiujin-syncd: " << daemon.stop().toStdString());
        REQUIRE(found.state == CaseInquiryService::Answer::State::Found);
        REQUIRE(found.found.has_value());
        CHECK(found.found->stage == QLatin1String("accepted"));
        CHECK(found.found->receipt == central);
        CHECK(found.found->due.isValid());
        CHECK(found.point == QLatin1String("150525203000-01"));
        // A figure for the report, not a limit: the wait itself is the UI's (8 s, awaitAnswer).
        std::printf("case lookup: answered through jiujin-syncd in %lld ms\n", waited);
        // The digits were blanked with the answer; the UI's read wipes the row.
        auto row = CaseLookupStore(*b.db).row(asked.value());
        REQUIRE(row.ok());
        REQUIRE(row.value().has_value());
        CHECK(row.value()->last4.isEmpty());
        REQUIRE(inquiries.forget(asked.value()).ok());
        CHECK(rows(b) == 0);
    }
    {
        DaemonRun daemon(b.path());
        QThread::msleep(1500);
        // Wrong digits: "not found", the same as a receipt central does not know.
        auto wrong = inquiries.ask(receipt, QStringLiteral("1111"));
        REQUIRE(wrong.ok());
        CHECK(awaitAnswer(inquiries, wrong.value()).state ==
              CaseInquiryService::Answer::State::NotFound);
        REQUIRE(inquiries.forget(wrong.value()).ok());

        // Central down: the citizen is told so within the wait, and the row goes.
        gw.stop();
        auto offline = inquiries.ask(receipt, QStringLiteral("2386"));
        REQUIRE(offline.ok());
        qint64 waited = 0;
        const auto answer = awaitAnswer(inquiries, offline.value(), &waited);
        INFO("jiujin-syncd: " << daemon.stop().toStdString());
        CHECK(answer.state == CaseInquiryService::Answer::State::Offline);
        std::printf("case lookup: central down, told so in %lld ms\n", waited);
        REQUIRE(inquiries.forget(offline.value()).ok());
        CHECK(rows(b) == 0);
    }
    // Nothing of the digits in kiosk B's log lines or audit log.
    auto s = b.db->prepare("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%2386%'");
    REQUIRE(s.step());
    CHECK(s.integer(0) == 0);
}
