#include "auditlog.h"
#include "backoff.h"
#include "deviceconfig.h"
#include "fakegateway.h"
#include "kioskenrollment.h"
#include "kioskfixture.h"
#include "syncengine.h"

#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>

#include <mutex>

#include <sys/stat.h>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {
/** A kiosk with the catalogue, its point set, and a fake gateway beside it. */
struct SyncFixture : TestKiosk
{
    FakeGateway gw;
    QString keys() const { return dir.filePath(QStringLiteral("keys")); }

    EnrollOptions options(const QStringList &pins)
    {
        return EnrollOptions{gw.url(), gw.newToken(), pins, keys(), protocol::Suite::Intl};
    }
    void enroll()
    {
        auto e = KioskEnrollment(*db).enroll(options({gw.pin()}));
        INFO(e.error().message.toStdString());
        REQUIRE(e.ok());
    }
    /** Queues @p n applications (each with a picture, or, without @p pictures, an electronic
     *  certificate instead); their uuids, oldest first. */
    QStringList queue(int n, bool pictures = true)
    {
        SubmissionService service(
            *db, [] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); });
        Application app = unemployment();
        if (!pictures)
            app.materials[0] = {
                0, MaterialEntry::Kind::ECertificate, {}, QStringLiteral("SAMPLE-ECERT-0002")};
        QStringList uuids;
        for (int i = 0; i < n; ++i) {
            auto q = service.submit(app);
            INFO(q.error().message.toStdString());
            REQUIRE(q.ok());
            uuids.append(q->uuid);
        }
        return uuids;
    }
    std::unique_ptr<SyncEngine> engine(SyncEngine::Clock clock = &QDateTime::currentDateTimeUtc)
    {
        auto e = SyncEngine::open(*db, {}, std::move(clock));
        INFO(e.error().message.toStdString());
        REQUIRE(e.ok());
        return std::move(e.value());
    }
    QString state(const QString &uuid) { return OutboxStore(*db).sealed(uuid)->state; }
    /** uuid -> central receipt of the records this kiosk holds as accepted. */
    QHash<QString, QString> accepted()
    {
        QHash<QString, QString> out;
        for (const auto &[uuid, receipt] : OutboxStore(*db).receipts()) {
            const auto r = OutboxStore(*db).sealed(uuid);
            if (r->state == QLatin1String("accepted"))
                out.insert(uuid, r->centralReceipt);
        }
        return out;
    }
    int run(const char *program, const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QString::fromLatin1(program), args);
        REQUIRE(p.waitForFinished(120000));
        const QByteArray text = p.readAll();
        if (output)
            *output = text;
        INFO(text.toStdString());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
};

int mode(const QString &path)
{
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}
} // namespace

TEST_CASE("enrollment stores keys 0600, the certificate and central's keys; a re-run gives the "
          "same answer",
          "[sync]")
{
    SyncFixture k;
    auto opts = k.options({k.gw.pin()});
    auto first = KioskEnrollment(*k.db).enroll(opts);
    INFO(first.error().message.toStdString());
    REQUIRE(first.ok());
    CHECK(first->deviceId == QLatin1String("kiosk-1"));
    CHECK(first->point == QLatin1String("150525203000-01"));
    CHECK(k.store->setting(QStringLiteral("central.public_key")).toLatin1() ==
          k.gw.central.publicPem());
    CHECK(k.store->setting(QStringLiteral("sync.receipt_key")).toLatin1() ==
          k.gw.receiptKey.publicPem());
    CHECK(k.store->setting(QStringLiteral("sync.pins")) == k.gw.pin());
    CHECK(mode(k.keys()) == 0700);
    for (const char *f : {keyfile::tlsKey, keyfile::signingKey, keyfile::certificate, keyfile::ca})
        CHECK(mode(QDir(k.keys()).filePath(QLatin1String(f))) == 0600);

    QFile tls(QDir(k.keys()).filePath(QLatin1String(keyfile::tlsKey)));
    REQUIRE(tls.open(QIODevice::ReadOnly));
    const QByteArray tlsBefore = tls.readAll();
    tls.close();

    auto again = KioskEnrollment(*k.db).enroll(opts);
    INFO(again.error().message.toStdString());
    REQUIRE(again.ok());
    CHECK(again->deviceId == first->deviceId);
    REQUIRE(tls.open(QIODevice::ReadOnly));
    CHECK(tls.readAll() == tlsBefore);

    // Somebody else's key with a used token is refused.
    auto other = SyncFixture();
    auto stolen = KioskEnrollment(*other.db).enroll(
        EnrollOptions{k.gw.url(), opts.token, {k.gw.pin()}, other.keys(), protocol::Suite::Intl});
    REQUIRE_FALSE(stolen.ok());
    CHECK(stolen.error().message.contains(QLatin1String("token")));
}

TEST_CASE("a wrong pin refuses enrollment and push; nothing reaches the gateway", "[sync]")
{
    SyncFixture k;
    const QString wrong =
        QStringLiteral("sha256//") + QString::fromLatin1(QByteArray(32, 'x').toBase64());
    auto refused = KioskEnrollment(*k.db).enroll(k.options({wrong}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Invalid);
    CHECK(k.store->setting(QLatin1String(syncsetting::deviceId)).isEmpty());
    // Without a pin the server must verify against the system store, which a private CA does not.
    CHECK_FALSE(KioskEnrollment(*k.db).enroll(k.options({})).ok());
    CHECK(k.store->setting(QLatin1String(syncsetting::deviceId)).isEmpty());

    k.enroll();
    REQUIRE(k.store->setSetting(QLatin1String(syncsetting::pins), wrong).ok());
    const QStringList uuids = k.queue(3);
    const DrainResult r = k.engine()->drain();
    CHECK_FALSE(r.complete);
    CHECK(r.accepted == 0);
    CHECK(r.requeued == 3);
    for (const QString &u : uuids)
        CHECK(k.state(u) == QLatin1String("pending"));
    CHECK(k.gw.pushes == 0);
    CHECK(k.gw.stored().isEmpty());
    CHECK_FALSE(k.store->setting(QLatin1String(syncsetting::lastError)).isEmpty());
}

TEST_CASE("jiujinctl enroll, then jiujin-syncd --once delivers 50 records exactly once", "[sync]")
{
    SyncFixture k;
    QByteArray out;
    REQUIRE(k.run(JIUJINCTL,
                  {QStringLiteral("--db"), k.path(), QStringLiteral("enroll"),
                   QStringLiteral("--gateway"), k.gw.url(), QStringLiteral("--token"),
                   k.gw.newToken(), QStringLiteral("--pin"), k.gw.pin()},
                  &out) == 0);
    CHECK(out.contains("kiosk-1"));
    CHECK(QFileInfo::exists(
        QDir(defaultKeysDir(k.path())).filePath(QLatin1String(keyfile::certificate))));

    const QStringList uuids = k.queue(50);
    REQUIRE(k.run(JIUJIN_SYNCD, {QStringLiteral("--db"), k.path(), QStringLiteral("--once")},
                  &out) == 0);
    const QHash<QString, QString> server = k.gw.stored();
    CHECK(server.size() == 50);
    CHECK(server == k.accepted());
    CHECK(QSet<QString>(uuids.begin(), uuids.end()) ==
          QSet<QString>(server.keyBegin(), server.keyEnd()));
    CHECK(k.gw.pushes == 1);
    CHECK(k.gw.heartbeats == 1);

    // Nothing is left: a second drain sends no records.
    REQUIRE(k.run(JIUJIN_SYNCD, {QStringLiteral("--db"), k.path(), QStringLiteral("--once")}) == 0);
    CHECK(k.gw.pushes == 1);
    CHECK(k.gw.stored().size() == 50);

    REQUIRE(k.run(JIUJINCTL, {QStringLiteral("--db"), k.path(), QStringLiteral("status")}, &out) ==
            0);
    INFO(out.toStdString());
    CHECK(out.contains("device:          kiosk-1"));
    CHECK(out.contains("accepted:        50"));
    CHECK(out.contains("pending:         0"));
    CHECK_FALSE(out.contains("last success:    -"));
}

TEST_CASE("a 503 then success delivers once; a lost answer comes back as the original receipt",
          "[sync]")
{
    SyncFixture k;
    k.enroll();
    auto engine = k.engine();
    const QStringList first = k.queue(4);

    k.gw.failNext = 1;
    DrainResult r = engine->drain();
    CHECK_FALSE(r.complete);
    CHECK(r.retryAfterS == 7);
    CHECK(r.error.contains(QLatin1String("503")));
    for (const QString &u : first)
        CHECK(k.state(u) == QLatin1String("pending"));
    CHECK(k.gw.stored().isEmpty());

    r = engine->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 4);
    CHECK(k.gw.stored() == k.accepted());

    // The gateway stores the batch but its answer is lost: the retry must not make new records.
    const QStringList second = k.queue(3);
    k.gw.loseNextAnswer = 1;
    r = engine->drain();
    CHECK_FALSE(r.complete);
    const auto storedOnce = k.gw.stored();
    CHECK(storedOnce.size() == 7);
    for (const QString &u : second)
        CHECK(k.state(u) == QLatin1String("pending"));
    r = engine->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 3);
    CHECK(k.gw.stored() == storedOnce);
    CHECK(k.accepted() == storedOnce);
    CHECK(k.gw.pushes == 3);
}

TEST_CASE("rejected records and unverifiable receipts do not hold up the others", "[sync]")
{
    SyncFixture k;
    k.enroll();
    const QStringList uuids = k.queue(3);
    k.gw.rejectUuids = {uuids.at(1)};
    DrainResult r = k.engine()->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 2);
    CHECK(r.rejected == 1);
    CHECK(k.state(uuids.at(0)) == QLatin1String("accepted"));
    CHECK(k.state(uuids.at(1)) == QLatin1String("rejected"));
    CHECK(OutboxStore(*k.db).sealed(uuids.at(1))->reason ==
          QLatin1String("item form not satisfied"));
    CHECK(k.state(uuids.at(2)) == QLatin1String("accepted"));

    const QStringList more = k.queue(2);
    k.gw.badReceiptSignatures = true;
    r = k.engine()->drain();
    CHECK(r.needsAttention == 2);
    for (const QString &u : more)
        CHECK(k.state(u) == QLatin1String("needs_attention"));
}

TEST_CASE("v2: one receipt signature per batch is checked; a forged one leaves the batch "
          "pending, and a lost answer comes back duplicate with the first receipts",
          "[sync]")
{
    SyncFixture k;
    k.enroll();
    k.gw.speaksV2 = true;
    auto engine = k.engine();
    const QStringList first = k.queue(3);
    DrainResult r = engine->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 3);
    CHECK(k.gw.lastVersion == protocol::receiptsV2);
    CHECK(k.accepted() == k.gw.stored());

    // A forged batch signature: nothing of the answer is believed, the records stay pending
    // (not needs_attention: sent again they come back signed).
    const QStringList forged = k.queue(2);
    k.gw.badBatchSignature = true;
    r = engine->drain();
    CHECK_FALSE(r.complete);
    CHECK(r.accepted == 0);
    CHECK(r.needsAttention == 0);
    CHECK(r.error.contains(QLatin1String("signature")));
    for (const QString &u : forged)
        CHECK(k.state(u) == QLatin1String("pending"));
    CHECK(k.gw.stored().size() == 5); // central did store them
    k.gw.badBatchSignature = false;
    r = engine->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 2);
    CHECK(k.accepted() == k.gw.stored());

    // Stored, answer lost: sent again, the same receipts come back (duplicate), nothing new.
    const QStringList lost = k.queue(2);
    k.gw.loseNextAnswer = 1;
    r = engine->drain();
    CHECK_FALSE(r.complete);
    const auto storedOnce = k.gw.stored();
    CHECK(storedOnce.size() == 7);
    for (const QString &u : lost)
        CHECK(k.state(u) == QLatin1String("pending"));
    r = engine->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 2);
    CHECK(k.gw.stored() == storedOnce);
    CHECK(k.accepted() == storedOnce);
}

TEST_CASE("a v2 kiosk against a central that answers v1 checks each receipt as before", "[sync]")
{
    SyncFixture k;
    k.enroll();
    k.queue(2);
    DrainResult r = k.engine()->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 2);
    CHECK(k.gw.lastVersion == protocol::receiptsV2); // asked for v2, answered v1
    k.queue(1);
    k.gw.badReceiptSignatures = true;
    r = k.engine()->drain();
    CHECK(r.needsAttention == 1);
}

TEST_CASE("a stale clock is corrected from the gateway's Date and the request retried once",
          "[sync]")
{
    SyncFixture k;
    k.enroll();
    const QStringList uuids = k.queue(2);
    // The kiosk's clock is two hours slow (fixed relative to the real one the gateway uses).
    auto engine = k.engine([] { return QDateTime::currentDateTimeUtc().addSecs(-7200); });
    const DrainResult r = engine->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 2);
    CHECK(k.gw.staleRefusals == 1);
    const qint64 offset = k.store->setting(QLatin1String(syncsetting::clockOffset)).toLongLong();
    CHECK(offset >= 7199);
    CHECK(offset <= 7201);
}

TEST_CASE("batches hold at most 100 records, oldest first", "[sync]")
{
    SyncFixture k;
    k.enroll();
    const QStringList uuids = k.queue(120);
    const DrainResult r = k.engine()->drain();
    CHECK(r.complete);
    CHECK(r.batches == 2);
    CHECK(k.gw.pushes == 2);
    CHECK(k.gw.stored().size() == 120);
    // Central numbers receipts in arrival order: the oldest record got the first one.
    CHECK(k.gw.stored().value(uuids.first()) == QLatin1String("C00000001"));
    CHECK(k.gw.stored().value(uuids.at(100)) == QLatin1String("C00000101"));
}

TEST_CASE("after a v2 answer batches grow to 500 records; the first stays at 100", "[sync]")
{
    SyncFixture k;
    k.enroll();
    k.gw.speaksV2 = true;
    const QStringList uuids = k.queue(700);
    const DrainResult r = k.engine()->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 700);
    // 100 (central's version not yet known), then 500, then the last 100.
    CHECK(r.batches == 3);
    CHECK(k.gw.pushes == 3);
    CHECK(k.gw.stored().value(uuids.at(100)) == QLatin1String("C00000101"));
    CHECK(k.gw.stored().value(uuids.at(600)) == QLatin1String("C00000601"));
    CHECK(k.accepted() == k.gw.stored());
}

namespace {
/** C00000001 for the first record central numbers (the fake numbers receipts in arrival order). */
QString receiptNumber(qsizetype i)
{
    return QStringLiteral("C%1").arg(i + 1, 8, 10, QLatin1Char('0'));
}
} // namespace

TEST_CASE("a pipelined drain never puts a record in two batches, and receipts keep their order",
          "[sync]")
{
    SyncFixture k;
    k.enroll();
    k.gw.speaksV2 = true;
    const QStringList uuids = k.queue(700, false);
    const DrainResult r = k.engine()->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 700);
    // The second batch is read while the first is with central, before its v2 answer: 100, 100,
    // then 500.
    const QList<QStringList> pushed = k.gw.pushedUuids();
    REQUIRE(pushed.size() == 3);
    CHECK(pushed.at(0).size() == 100);
    CHECK(pushed.at(1).size() == 100);
    CHECK(pushed.at(2).size() == 500);
    // Each record went up once, in one batch, oldest first.
    QStringList all;
    for (const QStringList &p : pushed)
        all += p;
    CHECK(all == uuids);
    // Each is marked from its own receipt, numbered in queue order without a gap.
    const QHash<QString, QString> mine = k.accepted();
    CHECK(mine == k.gw.stored());
    int inOrder = 0;
    for (qsizetype i = 0; i < uuids.size(); ++i)
        inOrder += mine.value(uuids.at(i)) == receiptNumber(i) ? 1 : 0;
    CHECK(inOrder == 700);
    CHECK(OutboxStore(*k.db).counts().sending == 0);
}

TEST_CASE("a pipelined batch that fails goes back to pending alone; the other keeps its receipts",
          "[sync]")
{
    SyncFixture k;
    k.enroll();
    k.gw.speaksV2 = true;
    const QStringList uuids = k.queue(300, false);
    auto engine = k.engine();

    SECTION("the second batch fails after the first was answered")
    {
        k.gw.failPushAt = 2;
        const DrainResult r = engine->drain();
        CHECK_FALSE(r.complete);
        CHECK(r.error.contains(QLatin1String("503")));
        CHECK(r.accepted == 100);
        CHECK(r.requeued == 100); // the failed batch; the third, never sent, is not counted
        // Central saw the first two batches, never the third (read while the second flew).
        const QList<QStringList> pushed = k.gw.pushedUuids();
        REQUIRE(pushed.size() == 2);
        CHECK(pushed.at(0) == uuids.mid(0, 100));
        CHECK(pushed.at(1) == uuids.mid(100, 100));
        int accepted = 0, pending = 0;
        for (qsizetype i = 0; i < uuids.size(); ++i) {
            if (i < 100)
                accepted += k.state(uuids.at(i)) == QLatin1String("accepted") ? 1 : 0;
            else
                pending += k.state(uuids.at(i)) == QLatin1String("pending") ? 1 : 0;
        }
        CHECK(accepted == 100);
        CHECK(pending == 200);
        CHECK(k.accepted() == k.gw.stored());
        CHECK(OutboxStore(*k.db).counts().sending == 0);

        const DrainResult again = engine->drain();
        CHECK(again.complete);
        CHECK(again.accepted == 200);
        CHECK(k.accepted() == k.gw.stored());
        CHECK(k.gw.stored().value(uuids.at(100)) == receiptNumber(100));
        CHECK(k.gw.stored().value(uuids.last()) == receiptNumber(299));
    }
    SECTION("the first batch fails while the second is ready: neither is stored or marked")
    {
        k.gw.failPushAt = 1;
        const DrainResult r = engine->drain();
        CHECK_FALSE(r.complete);
        CHECK(r.accepted == 0);
        CHECK(r.requeued == 100);
        CHECK(k.gw.pushedUuids().size() == 1);
        CHECK(k.gw.stored().isEmpty());
        CHECK(OutboxStore(*k.db).counts().pending == 300);
    }
    SECTION("the second batch's answer is lost: sent again it comes back with its first receipts")
    {
        k.gw.losePushAt = 2;
        const DrainResult r = engine->drain();
        CHECK_FALSE(r.complete);
        CHECK(r.accepted == 100);
        const QHash<QString, QString> storedOnce = k.gw.stored();
        CHECK(storedOnce.size() == 200);
        for (qsizetype i = 100; i < 200; ++i)
            REQUIRE(k.state(uuids.at(i)) == QLatin1String("pending"));

        const DrainResult again = engine->drain();
        CHECK(again.complete);
        CHECK(again.accepted == 200);
        const QHash<QString, QString> mine = k.accepted();
        CHECK(mine == k.gw.stored());
        int first = 0;
        for (qsizetype i = 100; i < 200; ++i)
            first += mine.value(uuids.at(i)) == storedOnce.value(uuids.at(i)) ? 1 : 0;
        CHECK(first == 100);
        CHECK(mine.value(uuids.at(200)) == receiptNumber(200));
    }
}

TEST_CASE("a batch is marked sending before it leaves and accepted only from a checked answer",
          "[sync]")
{
    SyncFixture k;
    k.enroll();
    k.gw.speaksV2 = true;
    const QStringList uuids = k.queue(300, false);
    // What the kiosk's database says about each batch's records while central holds it, read
    // through a connection of its own (WAL: the committed state).
    std::mutex seenMutex;
    QList<QMap<QString, int>> seen; // per push: state -> records of that batch
    const QString path = k.db->path();
    k.gw.onPush = [&](const QStringList &carried) {
        // No REQUIRE here: this runs on the server's thread.
        QMap<QString, int> states;
        auto reader = Database::openRaw(path);
        for (const QString &uuid : carried) {
            if (!reader) {
                states[QStringLiteral("unreadable")] += 1;
                continue;
            }
            auto s = reader.value()->prepare("SELECT state FROM outbox WHERE uuid = ?");
            s.bind(1, uuid);
            states[s.step() ? s.text(0) : QStringLiteral("missing")] += 1;
        }
        std::lock_guard lock(seenMutex);
        seen.append(states);
    };
    auto audited = [&](const QString &action) {
        auto s = k.db->prepare("SELECT count(*), count(DISTINCT subject) FROM audit_log "
                               "WHERE action = ?");
        s.bind(1, action);
        REQUIRE(s.step());
        return QPair<qint64, qint64>(s.integer(0), s.integer(1));
    };

    // An answer whose signature does not verify: nothing of the batch is marked accepted, not
    // even for a moment (no audit entry says so), and it goes back to pending.
    k.gw.badBatchSignature = true;
    DrainResult r = k.engine()->drain();
    CHECK_FALSE(r.complete);
    CHECK(r.accepted == 0);
    CHECK(audited(QStringLiteral("record.accepted")).first == 0);
    CHECK(OutboxStore(*k.db).counts().pending == 300);
    {
        std::lock_guard lock(seenMutex);
        REQUIRE(seen.size() == 1);
        CHECK(seen.at(0) == QMap<QString, int>{{QStringLiteral("sending"), 100}});
    }

    // Checked answers: every batch left marked sending (one commit before it was sent), and
    // each record was accepted once, with one audit entry.
    k.gw.badBatchSignature = false;
    r = k.engine()->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 300);
    CHECK(k.accepted() == k.gw.stored());
    CHECK(audited(QStringLiteral("record.accepted")) == QPair<qint64, qint64>(300, 300));
    // Marked sending twice: the first 100 (forged answer, then again) and the second 100 (read,
    // marked and put back unsent while the first flew), then the last 100 once.
    CHECK(audited(QStringLiteral("record.sending")) == QPair<qint64, qint64>(500, 300));
    std::lock_guard lock(seenMutex);
    REQUIRE(seen.size() == 4); // the forged one, then 100, 100 (read before a v2 answer) and 100
    for (qsizetype i = 1; i < seen.size(); ++i) {
        INFO("push " << i + 1);
        CHECK(seen.at(i).keys() == QStringList{QStringLiteral("sending")});
    }
    int sent = 0;
    for (qsizetype i = 1; i < seen.size(); ++i)
        sent += seen.at(i).value(QStringLiteral("sending"));
    CHECK(sent == 300);
    QStringList all;
    for (const QStringList &p : k.gw.pushedUuids().mid(1))
        all += p;
    CHECK(all == uuids);
    CHECK(AuditLog(*k.db).verify().ok);
}

TEST_CASE("a v2 batch carries at most 1,000 pictures, so it never outgrows the upload quota",
          "[sync]")
{
    SyncFixture k;
    k.enroll();
    k.gw.speaksV2 = true;
    // 300 applications of 8 small pictures each: 100 go first (800 pictures), then batches end at
    // 125 records (1,000 pictures) instead of v2's 500 records, which would hold 1,600.
    SubmissionService service(*k.db, &QDateTime::currentDateTimeUtc);
    for (int i = 0; i < 300; ++i) {
        Application app = TestKiosk::unemployment();
        app.materials[0].images.clear();
        for (int s = 0; s < 8; ++s)
            app.materials[0].images.append(
                {QByteArray(256, char('a' + (i + s) % 26)), QStringLiteral("image/png")});
        REQUIRE(service.submit(app).ok());
    }
    const DrainResult r = k.engine()->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 300);
    CHECK(r.batches == 3);
    CHECK(k.gw.pushes == 3);
    CHECK(k.accepted() == k.gw.stored());
}

TEST_CASE(
    "backoff: full jitter under a doubling ceiling, capped at 5 minutes, Retry-After honoured",
    "[sync]")
{
    using namespace std::chrono;
    Backoff b(42);
    for (int n = 0; n < 20; ++n) {
        const auto ceiling =
            std::min<milliseconds>(minutes(5), milliseconds(1000LL << std::min(n, 30)));
        const auto wait = b.next();
        CHECK(wait >= milliseconds(0));
        CHECK(wait < ceiling);
    }
    CHECK(b.failures() == 20);
    // Jitter is not a constant: late waits spread over the whole range.
    QSet<qint64> seen;
    for (int i = 0; i < 20; ++i)
        seen.insert(b.next().count());
    CHECK(seen.size() > 15);
    CHECK(b.next(600) >= seconds(600));
    b.reset();
    CHECK(b.next() < seconds(1));
    CHECK(b.next(30) >= seconds(30));
}

#ifdef JIUJIN_GATEWAY
TEST_CASE("against the real jiujin-gateway: enroll, 50 records delivered once, a second drain "
          "sends nothing",
          "[sync-gateway]")
{
    TestKiosk k;
    const QString data = k.dir.filePath(QStringLiteral("gateway"));
    const QString gateway = QStringLiteral(JIUJIN_GATEWAY);
    QProcess init;
    init.setProcessChannelMode(QProcess::MergedChannels);
    init.start(gateway, {QStringLiteral("init"), QStringLiteral("--data-dir"), data});
    REQUIRE(init.waitForFinished(60000));
    const QByteArray initOut = init.readAll();
    INFO(initOut.toStdString());
    REQUIRE(init.exitCode() == 0);
    const qsizetype at = initOut.indexOf("sha256//");
    REQUIRE(at >= 0);
    const QString pin =
        QString::fromLatin1(initOut.mid(at, initOut.indexOf('\n', at) - at).trimmed());

    QProcess serve;
    serve.setProcessChannelMode(QProcess::MergedChannels);
    serve.start(gateway, {QStringLiteral("serve"), QStringLiteral("--data-dir"), data,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--catalogue"), QStringLiteral(JIUJIN_SEED)});
    QByteArray served;
    int port = 0;
    for (int i = 0; i < 300 && port == 0; ++i) {
        serve.waitForReadyRead(100);
        served += serve.readAll();
        if (const qsizetype p = served.indexOf("listening on ");
            p >= 0 && served.indexOf('\n', p) > 0)
            port = served.mid(p + 13, served.indexOf('\n', p) - p - 13).trimmed().toInt();
    }
    INFO(served.toStdString());
    REQUIRE(port > 0);
    auto stop = qScopeGuard([&serve] {
        serve.terminate();
        if (!serve.waitForFinished(10000))
            serve.kill();
    });
    auto gatewayCli = [&](const QStringList &args) {
        QProcess p;
        p.start(gateway, QStringList{args} << QStringLiteral("--data-dir") << data);
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitCode() == 0);
        return p.readAllStandardOutput();
    };
    const QString token = QString::fromLatin1(
        gatewayCli({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--point"),
                    QStringLiteral("150525203000-01")})
            .trimmed()
            .split('\n')
            .last());

    const EnrollOptions o{QStringLiteral("https://127.0.0.1:%1").arg(port),
                          token,
                          {pin},
                          k.dir.filePath(QStringLiteral("keys")),
                          protocol::Suite::Intl};
    auto enrolled = KioskEnrollment(*k.db).enroll(o);
    INFO(enrolled.error().message.toStdString());
    REQUIRE(enrolled.ok());
    auto again = KioskEnrollment(*k.db).enroll(o);
    REQUIRE(again.ok());
    CHECK(again->deviceId == enrolled->deviceId);

    SubmissionService service(*k.db,
                              [] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); });
    for (int i = 0; i < 50; ++i)
        REQUIRE(service.submit(TestKiosk::unemployment()).ok());
    for (int round = 0; round < 2; ++round) {
        QProcess syncd;
        syncd.setProcessChannelMode(QProcess::MergedChannels);
        syncd.start(QStringLiteral(JIUJIN_SYNCD),
                    {QStringLiteral("--db"), k.path(), QStringLiteral("--once")});
        REQUIRE(syncd.waitForFinished(120000));
        const QByteArray said = syncd.readAll();
        INFO(said.toStdString());
        REQUIRE(syncd.exitCode() == 0);
        CHECK(said.contains(round == 0 ? "accepted 50," : "accepted 0,"));
    }

    QHash<QString, QString> server;
    for (const QByteArray &line : gatewayCli({QStringLiteral("submissions")}).split('\n')) {
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() >= 5)
            server.insert(QString::fromLatin1(cols.at(0)), QString::fromLatin1(cols.at(4)));
    }
    QHash<QString, QString> kiosk;
    for (const auto &[uuid, receipt] : OutboxStore(*k.db).receipts()) {
        const auto r = OutboxStore(*k.db).sealed(uuid);
        CHECK(r->state == QLatin1String("accepted"));
        kiosk.insert(uuid, r->centralReceipt);
    }
    CHECK(server.size() == 50);
    CHECK(server == kiosk);
}
#endif

TEST_CASE("a push refused as a replay is signed afresh and sent again at once", "[sync]")
{
    SyncFixture k;
    k.enroll();
    auto engine = k.engine();
    k.queue(3);
    k.gw.replayNext = 1;
    const DrainResult r = engine->drain();
    CHECK(r.complete);
    CHECK(r.accepted == 3);
    CHECK(k.gw.stored() == k.accepted());
}

TEST_CASE("attachments go up before their records; a retry answer puts a record back to pending, "
          "and the next drain delivers it without uploading again",
          "[sync]")
{
    SyncFixture k;
    k.enroll();
    auto engine = k.engine();
    const QStringList uuids = k.queue(3);
    QHash<QString, QList<QByteArray>> sealed;
    qint64 total = 0;
    for (const QString &u : uuids) {
        sealed.insert(u, OutboxStore(*k.db).sealed(u)->attachments);
        for (const QByteArray &a : sealed.value(u))
            total += a.size();
    }
    REQUIRE(total > 0);

    k.gw.forgetUploadsNext = 1;
    const DrainResult first = engine->drain();
    CHECK_FALSE(first.complete);
    CHECK(first.requeued == 3);
    CHECK(first.accepted == 0);
    CHECK(first.rejected == 0);
    CHECK(first.needsAttention == 0);
    for (const QString &u : uuids)
        CHECK(k.state(u) == QLatin1String("pending"));
    CHECK(k.gw.stored().isEmpty());
    CHECK(k.gw.uploadedBytes == total);

    const DrainResult second = engine->drain();
    CHECK(second.complete);
    CHECK(second.accepted == 3);
    CHECK(k.gw.stored() == k.accepted());
    // Central already held the uploads: nothing was sent twice.
    CHECK(k.gw.uploadedBytes == total);
    for (const QString &u : uuids)
        CHECK(k.gw.storedAttachments().value(u) == sealed.value(u));
}
