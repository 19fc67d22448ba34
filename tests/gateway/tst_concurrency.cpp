// Central without its global request mutex (issue 16, DESIGN §11c): every read-then-write raced
// from many threads of one process, on the engine the run selects (gateway-concurrency on SQLite,
// gateway-pg-concurrency on PostgreSQL). Each case fails when the lock or conditional write that
// protects its invariant is taken away: two officers moving one case, parallel wrong passwords,
// parallel follow-up steps, one enrollment token, one nonce, receipt numbers, and a slot's seats
// raced by leases and channel bookings. Catch2's macros are not thread-safe: workers count into
// atomics and the main thread checks.
#include "gatewayfixture.h"

#include "auditchain.h"
#include "bookingrecords.h"
#include "bookingservice.h"
#include "caserecords.h"
#include "caseservice.h"
#include "cataloguepublisher.h"
#include "intakerecords.h"
#include "operatorroles.h"
#include "operatorservice.h"
#include "ratingrecords.h"
#include "ratingservice.h"
#include "slots.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <atomic>
#include <barrier>
#include <mutex>
#include <thread>
#include <vector>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

const QString point = QStringLiteral("150525203000-01");

/** Central's storage in a temporary directory with the seed catalogue published. */
struct Central
{
    Central()
    {
        REQUIRE(dir.isValid());
        auto opened = openTestCentral(dir.filePath(QStringLiteral("gateway.db")));
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        storage = std::move(opened.value());
        REQUIRE(CataloguePublisher(*storage).publish(seedCatalogue(), testNow()).ok());
    }
    QTemporaryDir dir;
    std::unique_ptr<CentralStorage> storage;
};

/** Runs @p work(i) on @p n threads that start together (a barrier), and waits for them. */
template <typename Work> void race(int n, Work work)
{
    std::barrier start(n);
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i)
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            work(i);
        });
    for (auto &t : threads)
        t.join();
}

/** How many audit entries have @p action. */
int audited(CentralStorage &storage, const QString &action)
{
    auto rows = storage.auditLog().entries(0, 100000);
    REQUIRE(rows.ok());
    int n = 0;
    for (const AuditRow &row : rows.value())
        n += row.action == action ? 1 : 0;
    return n;
}

constexpr int threads = 8;

} // namespace

TEST_CASE("Concurrency: officers moving one case at once: exactly one move wins",
          "[gateway-concurrency]")
{
    Central c;
    SubmissionRow s;
    s.device = QStringLiteral("dev-1");
    s.uuid = QStringLiteral("uuid-1");
    s.kind = QStringLiteral("submission");
    s.item = QLatin1String(unemploymentItem);
    s.point = point;
    s.status = QStringLiteral("accepted");
    s.receipt = QStringLiteral("NM20261128000001");
    auto opened = CaseService(*c.storage).open(s, testNow());
    REQUIRE(opened.ok());

    // Half accept, half refuse: 已提交 allows either, but only once.
    std::atomic<int> ok{0}, refused{0}, failed{0};
    race(threads, [&](int i) {
        CaseService::Move m;
        m.stage = i % 2 ? CaseService::accepted : CaseService::refused;
        m.operatorId = QStringLiteral("officer-%1").arg(i);
        m.reason = QStringLiteral("材料不全");
        auto r = CaseService(*c.storage).move(s.receipt, m, testNow());
        if (r)
            ++ok;
        else if (r.error().code == Error::Invalid)
            ++refused; // judged on the stage the winner left
        else
            ++failed;
    });
    CHECK(failed.load() == 0);
    CHECK(ok.load() == 1);
    CHECK(refused.load() == threads - 1);
    auto events = c.storage->cases().events(opened->id);
    REQUIRE(events.ok());
    int moves = 0;
    for (const CaseEventRow &e : events.value())
        moves += e.fromStage == CaseService::submitted ? 1 : 0;
    CHECK(moves == 1);
    CHECK(audited(*c.storage, QStringLiteral("case.move")) == 1);
    auto verified = AuditChain(*c.storage).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt.has_value());
}

TEST_CASE("Concurrency: parallel wrong passwords lock the account after exactly the limit",
          "[gateway-concurrency]")
{
    Central c;
    auto key = OperatorService::loadSealKey(c.dir.path());
    REQUIRE(key.ok());
    OperatorService ops(*c.storage, key.value());
    const QString password = QStringLiteral("window-clerk-2026");
    REQUIRE(ops.add({QStringLiteral("clerk-1"),
                     QStringLiteral("测试"),
                     OperatorRoles::clerk,
                     {QStringLiteral("150525203")},
                     false},
                    password, QStringLiteral("test"), testNow())
                .ok());
    auto hash = ops.storedHash(QStringLiteral("clerk-1"));
    REQUIRE(hash.ok());
    // scrypt once, outside the race (as OperatorApi does it before the storage is asked).
    const auto wrong =
        OperatorService::checkPassword(QStringLiteral("wrong-password"), hash.value());
    const auto right = OperatorService::checkPassword(password, hash.value());
    constexpr int tries = 3 * OperatorService::maxFailures;

    std::atomic<int> refusedCount{0}, lockedCount{0}, failed{0};
    race(tries, [&](int) {
        auto r = ops.login(QStringLiteral("clerk-1"), wrong, {}, testNow());
        if (!r)
            ++failed;
        else if (r->outcome == OperatorService::Login::Outcome::Locked)
            ++lockedCount;
        else if (r->outcome == OperatorService::Login::Outcome::Refused)
            ++refusedCount;
    });
    CHECK(failed.load() == 0);
    // maxFailures - 1 counted refusals, the one that locked, and the rest found it locked.
    CHECK(refusedCount.load() == OperatorService::maxFailures - 1);
    CHECK(lockedCount.load() == tries - OperatorService::maxFailures + 1);
    CHECK(audited(*c.storage, QStringLiteral("operator.lock")) == 1);
    CHECK(audited(*c.storage, QStringLiteral("operator.login.refused")) ==
          OperatorService::maxFailures - 1);
    auto after = ops.login(QStringLiteral("clerk-1"), right, {}, testNow());
    REQUIRE(after.ok());
    CHECK(after->outcome == OperatorService::Login::Outcome::Locked);
}

TEST_CASE("Concurrency: parallel follow-up steps: every call-back counted, one close",
          "[gateway-concurrency]")
{
    Central c;
    SubmissionRow row;
    row.device = QStringLiteral("dev-1");
    row.uuid = QStringLiteral("rating-1");
    row.kind = QStringLiteral("rating");
    row.item = QLatin1String(unemploymentItem);
    row.point = point;
    row.status = QStringLiteral("accepted");
    const QByteArray meta =
        QJsonDocument(
            QJsonObject{{QStringLiteral("refers_to"), QStringLiteral("20301-1-0")},
                        {QStringLiteral("created"), testNow().toString(Qt::ISODateWithMs)}})
            .toJson(QJsonDocument::Compact);
    const QJsonObject body{{QStringLiteral("level"), 5}, {QStringLiteral("reasons"), QJsonArray()}};
    qint64 id = 0;
    {
        auto tx = c.storage->begin(Access::Write);
        REQUIRE(tx.ok());
        auto entry = RatingService(*c.storage).receive(row, meta, body, testNow());
        REQUIRE(entry.ok());
        REQUIRE(entry->followUp);
        id = entry->followUp->id;
        REQUIRE(tx.value()->commit().ok());
    }
    OperatorRow officer; // calls back and rectifies; a supervisor closes
    officer.id = QStringLiteral("officer-3");
    officer.role = OperatorRoles::officer;
    officer.scope = {QStringLiteral("shebao")};
    OperatorRow sup;
    sup.id = QStringLiteral("supervisor-1");
    sup.role = OperatorRoles::supervisor;
    const QDateTime t0 = testNow();

    std::atomic<int> failed{0};
    race(threads, [&](int i) {
        auto r = RatingService(*c.storage)
                     .callBack(id, officer, false, QStringLiteral("无人接听"), t0.addSecs(i),
                               t0.addSecs(60));
        if (!r)
            ++failed;
    });
    CHECK(failed.load() == 0);
    auto entry = c.storage->ratings().followUp(id);
    REQUIRE(entry.ok());
    REQUIRE(entry.value());
    CHECK(entry.value()->followUp->callAttempts == threads); // none lost to another's count
    CHECK(audited(*c.storage, QStringLiteral("followup.callback")) == threads);

    REQUIRE(RatingService(*c.storage)
                .rectify(id, officer, QStringLiteral("窗口人手不足"), QStringLiteral("增设导办员"),
                         t0.addSecs(120))
                .ok());
    std::atomic<int> closed{0}, refused{0};
    race(threads, [&](int) {
        auto r = RatingService(*c.storage).close(id, sup, t0.addSecs(180));
        if (r)
            ++closed;
        else if (r.error().code == Error::Invalid)
            ++refused;
    });
    CHECK(closed.load() == 1);
    CHECK(refused.load() == threads - 1);
    CHECK(audited(*c.storage, QStringLiteral("followup.close")) == 1);
}

TEST_CASE("Concurrency: receipt numbers from many threads are all different, none skipped",
          "[gateway-concurrency]")
{
    Central c;
    constexpr int each = 20;
    std::mutex lock;
    QList<qint64> numbers;
    std::atomic<int> failed{0};
    race(threads, [&](int) {
        for (int i = 0; i < each; ++i) {
            auto tx = c.storage->begin(Access::Write);
            if (!tx) {
                ++failed;
                continue;
            }
            auto n = c.storage->intake().nextReceiptSequence(QStringLiteral("20261128"));
            if (!n || !tx.value()->commit()) {
                ++failed;
                continue;
            }
            std::lock_guard guard(lock);
            numbers.append(n.value());
        }
    });
    CHECK(failed.load() == 0);
    const QSet<qint64> distinct(numbers.begin(), numbers.end());
    CHECK(distinct.size() == threads * each);
    CHECK(*std::min_element(numbers.begin(), numbers.end()) == 1);
    CHECK(*std::max_element(numbers.begin(), numbers.end()) == threads * each);
}

TEST_CASE("Concurrency: leases and channel bookings raced on one slot never exceed its capacity",
          "[gateway-concurrency]")
{
    Central c;
    PointPlan plan;
    plan.point = point;
    plan.capacity = 6;
    REQUIRE(BookingService(*c.storage).setPlan(plan, testNow()).ok());
    const QString slot = point + QStringLiteral("/2026-11-30T08:30"); // a Monday: open
    constexpr int each = 4;
    std::atomic<int> booked{0}, full{0}, leased{0}, failed{0};
    std::mutex whyLock;
    QStringList why; // each failure's message, so a failure says what went wrong
    const auto fail = [&](const Error &e) {
        ++failed;
        std::lock_guard lock(whyLock);
        why.append(e.message);
    };
    race(threads, [&](int t) {
        BookingService service(*c.storage);
        for (int i = 0; i < each; ++i) {
            if (t % 2) {
                auto a = service.channelBook(QStringLiteral("channel:t"), slot,
                                             QStringLiteral("r%1-%2").arg(t).arg(i), testNow());
                if (!a)
                    fail(a.error());
                else if (a->kind == ChannelAnswer::Kind::Booked)
                    ++booked;
                else if (a->kind == ChannelAnswer::Kind::Full)
                    ++full;
            } else {
                auto r = service.lease(QStringLiteral("jj-%1").arg(t), point,
                                       {{slot, plan.capacity}}, {}, testNow());
                if (!r)
                    fail(r.error());
                else if (r->leases.size() == 1)
                    leased = std::max(leased.load(), r->leases.first().seats);
            }
        }
    });
    INFO(why.join(QStringLiteral("; ")).toStdString());
    CHECK(failed.load() == 0);
    CHECK(booked.load() + full.load() == threads / 2 * each);
    CHECK(booked.load() >= 1);
    auto accounts = c.storage->bookings().leaseAccounts(slot);
    REQUIRE(accounts.ok());
    int held = 0;
    for (const LeaseAccount &a : accounts.value())
        held += a.lease.seats;
    auto other = c.storage->bookings().otherBookings(slot);
    REQUIRE(other.ok());
    CHECK(other.value() == booked.load());
    CHECK(held + other.value() <= plan.capacity);
    CHECK(BookingService(*c.storage).checkInvariant(slot).ok());
}

TEST_CASE("Concurrency: one enrollment token raced by many kiosks enrolls exactly one",
          "[gateway-concurrency]")
{
    TestGateway gateway;
    const QString token = gateway.token();
    std::vector<QByteArray> bodies;
    for (int i = 0; i < threads; ++i) {
        auto signing = protocol::Key::generateSigning(protocol::Suite::Intl);
        REQUIRE(signing.ok());
        const auto [keyPem, csrPem] = makeCsr();
        bodies.push_back(
            protocol::encode(protocol::EnrollRequest{token, csrPem, signing.value().publicPem()}));
    }
    std::atomic<int> enrolled{0}, refused{0}, other{0};
    race(threads, [&](int i) {
        const HttpReply r = gateway.post("/v1/enroll", bodies.at(i), {});
        if (r.status == 200)
            ++enrolled;
        else if (r.status == 403)
            ++refused;
        else
            ++other;
    });
    CHECK(other.load() == 0);
    CHECK(enrolled.load() == 1);
    CHECK(refused.load() == threads - 1);
    auto devices = gateway.storage->devices().devices();
    REQUIRE(devices.ok());
    CHECK(devices->size() == 1);
}

TEST_CASE("Concurrency: one signed request replayed in parallel is answered once",
          "[gateway-concurrency]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), protocol::Suite::Intl);
    const QByteArray path = "/v1/heartbeat";
    const QByteArray body = protocol::gzip(protocol::encode(protocol::Heartbeat{
        QStringLiteral("0.1.0"), QStringLiteral("2026.11.1"), 3, 120, 2048, QString()}));
    const QList<QByteArray> headers = device.sign(path, body, gateway.nowSecs, true);
    std::atomic<int> accepted{0}, replay{0}, other{0};
    race(threads, [&](int) {
        const HttpReply r = gateway.post(path, body, headers, device.cert());
        if (r.status == 204)
            ++accepted;
        else if (r.status == 401 && r.body.contains("replay"))
            ++replay;
        else
            ++other;
    });
    CHECK(other.load() == 0);
    CHECK(accepted.load() == 1);
    CHECK(replay.load() == threads - 1);
}

// Not a ctest entry: a quick concurrent load for the numbers in DESIGN §11c. Heartbeats from one
// client thread (the baseline) and from 16, against one in-process gateway, on the engine the
// run selects: jiujin-gateway-tests "[.concurrency-load]".
TEST_CASE("Concurrency load: heartbeats from 1 and 16 clients", "[.concurrency-load]")
{
    TestGateway gateway;
    constexpr int clients = 16, perClient = 40;
    std::vector<std::unique_ptr<TestDevice>> devices;
    for (int i = 0; i < clients; ++i)
        devices.push_back(
            std::make_unique<TestDevice>(gateway, gateway.token(), protocol::Suite::Intl));
    const QByteArray path = "/v1/heartbeat";
    const QByteArray body = protocol::gzip(protocol::encode(protocol::Heartbeat{
        QStringLiteral("0.1.0"), QStringLiteral("2026.11.1"), 3, 120, 2048, QString()}));
    // Signed beforehand: the clients' own signing is not what is measured.
    std::vector<std::vector<QList<QByteArray>>> signedHeaders(clients);
    for (int i = 0; i < clients; ++i)
        for (int k = 0; k < 2 * perClient; ++k)
            signedHeaders[i].push_back(devices[i]->sign(path, body, gateway.nowSecs, true));
    std::atomic<int> bad{0};
    const auto run = [&](int n, int offset) {
        QElapsedTimer timer;
        timer.start();
        race(n, [&](int i) {
            for (int k = 0; k < perClient; ++k) {
                const HttpReply r =
                    gateway.post(path, body, signedHeaders[i][offset + k], devices[i]->cert());
                if (r.status != 204)
                    ++bad;
            }
        });
        return double(n * perClient) * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
    };
    const double one = run(1, 0);
    const double many = run(clients, perClient);
    CHECK(bad.load() == 0);
    WARN(gateway.storage->engine().toStdString()
         << ": heartbeats/s, 1 client " << one << ", " << clients << " clients " << many
         << ", ratio " << many / one);
}
