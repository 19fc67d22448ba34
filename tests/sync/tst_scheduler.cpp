// SyncScheduler (jiujin-syncd's loop) against the in-process fake gateway: after a complete drain,
// a catalogue pull or slot fetch that failed for a reason that may pass (503) is tried again after
// the backoff, not after the 15-minute idle wait; a central that lacks the service (404) is not
// asked again sooner than idle.
#include "fakegateway.h"
#include "kioskenrollment.h"
#include "kioskfixture.h"
#include "syncengine.h"
#include "syncscheduler.h"

#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {
constexpr int idleMs = SyncScheduler::idleIntervalMs;
/** The backoff's cap (Backoff's default): no shortened wait is longer. */
constexpr int capMs = 5 * 60 * 1000;
/** A drain, a pull and a slot fetch against loopback take far less; the idle wait is not shorter
 *  than idleMs minus this. */
constexpr int slackMs = 60 * 1000;

/** An enrolled kiosk, its engine (with a catalogue applier that counts what it is given) and a
 *  scheduler, against a fake gateway that serves slots and the catalogue unless told otherwise. */
struct SchedulerFixture : TestKiosk
{
    FakeGateway gw;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<SyncScheduler> scheduler;
    int applied = 0; ///< catalogue bodies handed to the applier (the fake has none to give)

    explicit SchedulerFixture(bool withBooking = true)
    {
        gw.servesSlots = withBooking;
        gw.servesCatalogue = true;
        auto e = KioskEnrollment(*db).enroll(EnrollOptions{gw.url(),
                                                           gw.newToken(),
                                                           {gw.pin()},
                                                           dir.filePath(QStringLiteral("keys")),
                                                           protocol::Suite::Intl});
        INFO(e.error().message.toStdString());
        REQUIRE(e.ok());
        auto opened = SyncEngine::open(*db);
        INFO(opened.error().message.toStdString());
        REQUIRE(opened.ok());
        engine = std::move(opened.value());
        engine->setCatalogueApplier([this](const QByteArray &, const protocol::Key &) {
            ++applied;
            return Result<qint64>(Error{Error::Invalid, QStringLiteral("no change set expected")});
        });
        scheduler = std::make_unique<SyncScheduler>(*db, *engine, QStringLiteral("1.0-test"));
    }

    /** Runs the event loop until the scheduler reports its next cycle; false after @p timeoutMs
     *  without one. */
    bool nextCycle(int timeoutMs = 30000)
    {
        QEventLoop loop;
        bool came = false;
        const auto c = QObject::connect(scheduler.get(), &SyncScheduler::drained, &loop, [&] {
            came = true;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(c);
        return came;
    }
    /** The wait the scheduler set after its last cycle is the idle one. */
    void requireIdle()
    {
        const int next = scheduler->nextAttemptInMs();
        INFO("next attempt in " << next << " ms");
        CHECK(next > idleMs - slackMs);
        CHECK(next <= idleMs + idleMs / 20); // a coarse timer may fire up to 5 % late
    }
};
} // namespace

TEST_CASE("Scheduler: with every call answered, the next cycle is the idle wait", "[sync]")
{
    SchedulerFixture k;
    CHECK(k.scheduler->nextAttemptInMs() == -1); // not started: nothing set
    k.scheduler->start();
    REQUIRE(k.nextCycle());
    CHECK(k.gw.slotRequests == 1);
    CHECK(k.gw.catalogueRequests == 1);
    CHECK(k.gw.heartbeats == 1);
    k.requireIdle();
    // Nothing else is asked while idle.
    CHECK_FALSE(k.nextCycle(2000));
    CHECK(k.gw.slotRequests == 1);
    CHECK(k.gw.catalogueRequests == 1);
}

TEST_CASE("Scheduler: a slot list answered 503 is asked again after the backoff, then idle",
          "[sync]")
{
    SchedulerFixture k;
    k.gw.failSlotsNext = 1;
    k.scheduler->start();
    REQUIRE(k.nextCycle());
    CHECK(k.gw.slotRequests == 1);
    const int retryMs = k.scheduler->nextAttemptInMs();
    INFO("retry in " << retryMs << " ms");
    REQUIRE(retryMs >= 0);
    CHECK(retryMs <= capMs);
    // The first failure's backoff is under 1 s (1 s base, full jitter).
    CHECK(retryMs < 1000);

    // The retry comes by itself, succeeds, and the wait is idle again.
    REQUIRE(k.nextCycle(10000));
    CHECK(k.gw.slotRequests == 2);
    CHECK(k.gw.failSlotsNext == 0);
    k.requireIdle();

    SECTION("repeated failures back off further each time, and a success ends it")
    {
        // Full jitter: the n-th consecutive failure waits under min(cap, 2^(n-1) s), so the
        // three waits together take under 7 s; each cycle still fetches once.
        k.gw.failSlotsNext = 3;
        k.scheduler->nudge();
        for (int failure = 1; failure <= 3; ++failure) {
            REQUIRE(k.nextCycle(10000));
            const int wait = k.scheduler->nextAttemptInMs();
            INFO("failure " << failure << ": retry in " << wait << " ms");
            CHECK(wait >= 0);
            CHECK(wait < (1000 << (failure - 1)));
        }
        REQUIRE(k.nextCycle(10000));
        CHECK(k.gw.slotRequests == 2 + 4);
        k.requireIdle();
    }
}

TEST_CASE("Scheduler: a catalogue pull answered 503 is tried again after the backoff", "[sync]")
{
    SchedulerFixture k;
    k.gw.failCatalogueNext = 1;
    k.scheduler->start();
    REQUIRE(k.nextCycle());
    CHECK(k.gw.catalogueRequests == 1);
    const int retryMs = k.scheduler->nextAttemptInMs();
    INFO("retry in " << retryMs << " ms");
    CHECK(retryMs >= 0);
    CHECK(retryMs < 1000);

    REQUIRE(k.nextCycle(10000));
    CHECK(k.gw.catalogueRequests == 2);
    CHECK(k.applied == 0); // 204 each time after the failure: nothing to apply
    k.requireIdle();
}

TEST_CASE("Scheduler: a central without booking or catalogue (404) is not asked again sooner",
          "[sync]")
{
    SchedulerFixture k(false);
    k.gw.servesCatalogue = false;
    k.scheduler->start();
    REQUIRE(k.nextCycle());
    CHECK(k.gw.slotRequests == 1);
    CHECK(k.gw.catalogueRequests == 1);
    k.requireIdle();
    CHECK_FALSE(k.nextCycle(3000));
    CHECK(k.gw.slotRequests == 1);
    CHECK(k.gw.catalogueRequests == 1);
}
