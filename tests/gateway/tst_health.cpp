// GET /healthz's probe (HealthCheck, DESIGN §11c): a database that answers is healthy, one that
// fails or hangs is not, every answer comes within the timeout, and a hanging database never
// gets a second probe however often the balancer asks. The route through the front, and 503
// while PostgreSQL refuses the instance: gateway-pg-multi.
#include "healthcheck.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

using jiujin::Error;
using jiujin::Result;
using jiujin::gateway::HealthCheck;

TEST_CASE("HealthCheck: healthy while the probe succeeds, not when it fails or hangs, one probe "
          "at a time",
          "[gateway-health]")
{
    std::mutex lock;
    std::condition_variable released;
    bool hang = false;
    bool fail = false;
    std::atomic<int> probes{0};
    HealthCheck health(
        [&]() -> Result<void> {
            ++probes;
            std::unique_lock l(lock);
            released.wait(l, [&] { return !hang; });
            if (fail)
                return Error{Error::Io, QStringLiteral("connection refused")};
            return {};
        },
        std::chrono::milliseconds(300));

    CHECK(health.check().healthy);
    CHECK(health.check().healthy);
    CHECK(probes.load() == 2); // each check asks the database again

    {
        std::lock_guard l(lock);
        fail = true;
    }
    const HealthCheck::Answer failed = health.check();
    CHECK_FALSE(failed.healthy);
    CHECK(failed.why.contains(QLatin1String("refused")));

    {
        std::lock_guard l(lock);
        fail = false;
        hang = true;
    }
    const int before = probes.load();
    const HealthCheck::Answer hung = health.check();
    CHECK_FALSE(hung.healthy);
    CHECK(hung.why.contains(QLatin1String("did not answer")));
    for (int i = 0; i < 5; ++i)
        CHECK_FALSE(health.check().healthy);
    CHECK(probes.load() == before + 1); // the hanging probe was never started again

    {
        std::lock_guard l(lock);
        hang = false;
    }
    released.notify_all();
    // The hung probe ends (healthy now); the next check sees the database answer.
    bool back = false;
    for (int i = 0; i < 20 && !back; ++i)
        back = health.check().healthy;
    CHECK(back);
}
