// The device key cache (DESIGN §11d): parsing saved, never a decision.
#include "clientidentity.h"
#include "compression.h"
#include "database.h"
#include "devicekeycache.h"
#include "gatewayfixture.h"
#include "gatewaykeys.h"
#include "heartbeat.h"
#include "requestsigning.h"
#include <QCryptographicHash>
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdio>
#include <ctime>
#include <httplib.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <thread>
#include <vector>

using namespace jiujin;
using protocol::Suite;

namespace {

QByteArray signingPem(Suite suite)
{
    auto key = protocol::Key::generateSigning(suite);
    REQUIRE(key.ok());
    return key->publicPem();
}

QByteArray heartbeatBody()
{
    return protocol::gzip(protocol::encode(protocol::Heartbeat{
        QStringLiteral("0.1.0"), QStringLiteral("2026.11.1"), 0, 0, 2048, QString()}));
}

} // namespace

TEST_CASE("Device key cache: keyed by the exact bytes, bounded, shared by threads",
          "[gateway-keycache]")
{
    SECTION("other bytes are another key, the same bytes the same parsed key")
    {
        gateway::DeviceKeyCache cache(8);
        const QByteArray a = signingPem(Suite::Intl);
        const QByteArray b = signingPem(Suite::Gm);
        auto ka = cache.key(a);
        auto kb = cache.key(b);
        REQUIRE(ka.ok());
        REQUIRE(kb.ok());
        CHECK(ka.value() != kb.value());
        CHECK(ka.value()->publicPem() == a);
        CHECK(kb.value()->publicPem() == b);
        CHECK(cache.key(a).value() == ka.value());
        CHECK(cache.parses() == 2);
        // Bytes that do not parse are refused and not kept.
        CHECK_FALSE(cache.key(QByteArray("-----BEGIN PUBLIC KEY-----\nAAAA\n")).ok());
        CHECK(cache.size() == 2);
    }
    SECTION("never more than its bound; the least recently used goes first")
    {
        gateway::DeviceKeyCache cache(4);
        QList<QByteArray> pems;
        for (int i = 0; i < 10; ++i)
            pems.append(signingPem(Suite::Intl));
        for (const QByteArray &pem : pems) {
            REQUIRE(cache.key(pem).ok());
            CHECK(cache.size() <= 4);
        }
        CHECK(cache.size() == 4);
        CHECK(cache.parses() == 10);
        REQUIRE(cache.key(pems.at(6)).ok()); // kept, now the most recent
        CHECK(cache.parses() == 10);
        REQUIRE(cache.key(pems.at(0)).ok()); // evicted long ago: parsed again
        CHECK(cache.parses() == 11);
        REQUIRE(cache.key(pems.at(6)).ok()); // still kept: 7 went instead
        CHECK(cache.parses() == 11);
        REQUIRE(cache.key(pems.at(7)).ok());
        CHECK(cache.parses() == 12);
        CHECK(cache.size() == 4);
    }
    SECTION("many threads at once: each gets the key of its own bytes, and it verifies")
    {
        gateway::DeviceKeyCache cache(6); // fewer than the keys: evictions race the lookups
        std::vector<protocol::Key> keys;
        QList<QByteArray> pems;
        for (int i = 0; i < 8; ++i) {
            auto key = protocol::Key::generateSigning(i % 2 ? Suite::Gm : Suite::Intl);
            REQUIRE(key.ok());
            pems.append(key->publicPem());
            keys.push_back(std::move(key.value()));
        }
        std::vector<QByteArray> signatures;
        for (const protocol::Key &key : keys)
            signatures.push_back(protocol::sign(key, "heartbeat").value());
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 200; ++i) {
                    const int k = (t + i) % 8;
                    auto got = cache.key(pems.at(k));
                    if (!got || got.value()->publicPem() != pems.at(k) ||
                        !protocol::verify(*got.value(), "heartbeat", signatures.at(k)))
                        ++wrong;
                    if (cache.size() > 6)
                        ++wrong;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        CHECK(wrong.load() == 0);
        CHECK(cache.size() <= 6);
    }
}

TEST_CASE("Device key cache: a revoked device is refused with its key still cached",
          "[gateway-keycache]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QByteArray path = "/v1/heartbeat";
    const QByteArray body = heartbeatBody();
    const qint64 now = gateway.nowSecs;
    // The first request parses and caches the key; the second uses the cached one.
    CHECK(gateway.post(path, body, device.sign(path, body, now, true), device.cert()).status ==
          204);
    CHECK(gateway.post(path, body, device.sign(path, body, now, true), device.cert()).status ==
          204);
    REQUIRE(gateway.storage->devices().revoke(device.enrolled.deviceId, gateway.now()).ok());
    const HttpReply r = gateway.post(path, body, device.sign(path, body, now, true), device.cert());
    CHECK(r.status == 401);
    CHECK(r.body.contains("device"));
}

TEST_CASE("Device key cache: a device's new stored key is used at once, the old one refused",
          "[gateway-keycache][sqlite]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QString id = device.enrolled.deviceId;
    const QByteArray path = "/v1/heartbeat";
    const QByteArray body = heartbeatBody();
    const qint64 now = gateway.nowSecs;
    REQUIRE(gateway.post(path, body, device.sign(path, body, now, true), device.cert()).status ==
            204); // the old key is cached now
    // The device's signing key rolled in the database (as a re-enrollment of this id, or an
    // operator's repair, would leave it): only the stored bytes say so.
    auto rolled = protocol::Key::generateSigning(Suite::Intl);
    REQUIRE(rolled.ok());
    auto raw = Database::openRaw(GatewayKeys::databasePath(gateway.dir.path()));
    REQUIRE(raw.ok());
    const QByteArray update = "UPDATE devices SET signing_key = '" + rolled->publicPem() +
                              "' WHERE id = '" + id.toLatin1() + "'";
    REQUIRE(raw.value()->exec(update.constData()).ok());

    const HttpReply fresh =
        gateway.post(path, body, signedHeaders(rolled.value(), id, "POST", path, body, now, true),
                     device.cert());
    CHECK(fresh.status == 204);
    const HttpReply old =
        gateway.post(path, body, device.sign(path, body, now, true), device.cert());
    CHECK(old.status == 401);
    CHECK(old.body.contains("signature"));
}

namespace {

/** CPU time of this thread, microseconds. */
double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

/** Mean CPU microseconds of @p f over @p n runs. */
template <typename F> double cpuPerRun(int n, F f)
{
    const double start = threadCpuUs();
    for (int i = 0; i < n; ++i)
        f();
    return (threadCpuUs() - start) / n;
}

} // namespace

// A measurement, not a test (hidden; run by hand: jiujin-gateway-tests "[keycache-bench]"): the CPU
// of each part of a device request's check, the parsed key cached against parsed every time.
TEST_CASE("Device key cache: the CPU of each part of a request's check", "[.][keycache-bench]")
{
    TestGateway gateway;
    const int n = qEnvironmentVariableIntValue("JIUJIN_KEYCACHE_RUNS") > 0
                      ? qEnvironmentVariableIntValue("JIUJIN_KEYCACHE_RUNS")
                      : 2000;
    std::printf("part of a device request's check | suite | CPU us per request (mean of %d)\n", n);
    for (const Suite suite : {Suite::Intl, Suite::Gm}) {
        const TestDevice device(gateway, gateway.token(protocol::suiteName(suite)), suite);
        const QString id = device.enrolled.deviceId;
        auto row = gateway.storage->devices().device(id);
        REQUIRE(row.ok());
        REQUIRE(row.value().has_value());
        const QByteArray stored = row.value()->signingKeyPem;
        const QByteArray certPem = device.enrolled.certificatePem;
        const QByteArray path = "/v1/heartbeat";
        const QByteArray body = heartbeatBody();
        const qint64 now = gateway.nowSecs;
        auto h = protocol::signRequest(device.signing, id, "POST", path, body, now);
        REQUIRE(h.ok());
        gateway::DeviceKeyCache cache;
        REQUIRE(cache.key(stored).ok());
        const auto parsed = cache.key(stored).value();
        const char *name = suite == Suite::Gm ? "gm" : "intl";
        volatile bool sink = false;

        const double db = cpuPerRun(n, [&] { sink = gateway.storage->devices().device(id).ok(); });
        const double parse = cpuPerRun(n, [&] { sink = protocol::Key::fromPem(stored).ok(); });
        const double hit = cpuPerRun(n, [&] { sink = cache.key(stored).ok(); });
        const double cert = cpuPerRun(n, [&] {
            BIO *bio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
            X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
            sink = x != nullptr;
            X509_free(x);
            BIO_free(bio);
        });
        const ClientIdentity front = ClientIdentity::front("bench-secret");
        httplib::Request forwarded;
        forwarded.headers.emplace(ClientIdentity::frontSecretHeader, "bench-secret");
        forwarded.headers.emplace(ClientIdentity::verifyHeader, "SUCCESS");
        forwarded.headers.emplace(ClientIdentity::certificateHeader,
                                  certPem.toPercentEncoding().toStdString());
        REQUIRE(front.certificate(forwarded));
        const double certKept = cpuPerRun(n, [&] { sink = bool(front.certificate(forwarded)); });
        const double sha = cpuPerRun(n, [&] {
            sink = !QCryptographicHash::hash(body, QCryptographicHash::Sha256).isEmpty();
        });
        const double check = cpuPerRun(n, [&] {
            sink = protocol::checkRequest(*parsed, "POST", path, body, h.value(), now) ==
                   protocol::Refusal::None;
        });
        std::printf("device row read (storage)        | %s | %8.1f\n", name, db);
        std::printf("signing key parsed from PEM      | %s | %8.1f\n", name, parse);
        std::printf("signing key from the cache       | %s | %8.1f\n", name, hit);
        std::printf("client certificate from PEM      | %s | %8.1f\n", name, cert);
        std::printf("front's certificate, kept parsed | %s | %8.1f\n", name, certKept);
        std::printf("body SHA-256 (heartbeat)         | %s | %8.1f\n", name, sha);
        std::printf("checkRequest (digest, signature) | %s | %8.1f\n", name, check);
        std::printf("key + check, parsed each time    | %s | %8.1f\n", name, parse + check);
        std::printf("key + check, cached              | %s | %8.1f  (%.2f of parsed)\n", name,
                    hit + check, (hit + check) / (parse + check));
        (void)sink;
    }
}

TEST_CASE("Front certificates: parsed once per forwarded bytes, every request still checked",
          "[gateway-keycache]")
{
    TestGateway gateway;
    const TestDevice a(gateway, gateway.token(), Suite::Intl);
    const TestDevice b(gateway, gateway.token(), Suite::Intl);
    const QByteArray secret = "front-secret-for-the-test";
    const ClientIdentity identity = ClientIdentity::front(secret);
    const auto request = [&](const QByteArray &certPem, const QByteArray &withSecret) {
        httplib::Request req;
        req.headers.emplace(ClientIdentity::frontSecretHeader, withSecret.toStdString());
        req.headers.emplace(ClientIdentity::verifyHeader, "SUCCESS");
        req.headers.emplace(ClientIdentity::certificateHeader,
                            certPem.toPercentEncoding().toStdString());
        return req;
    };
    const ClientIdentity::Certificate first =
        identity.certificate(request(a.enrolled.certificatePem, secret));
    const ClientIdentity::Certificate again =
        identity.certificate(request(a.enrolled.certificatePem, secret));
    const ClientIdentity::Certificate other =
        identity.certificate(request(b.enrolled.certificatePem, secret));
    REQUIRE(first);
    REQUIRE(again);
    REQUIRE(other);
    CHECK(first.get() == again.get()); // the parse was kept
    CHECK(pki::commonName(first.get()) == a.enrolled.deviceId);
    CHECK(pki::commonName(other.get()) == b.enrolled.deviceId);
    // Kept parses decide nothing: without the front's secret there is no certificate.
    CHECK_FALSE(identity.certificate(request(a.enrolled.certificatePem, "another-secret")));
}
