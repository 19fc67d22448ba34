// A kiosk's identity over years, with the real processes: jiujin-gateway serve and jiujin-syncd
// --once under libfaketime, stepped through two years. Certificates last their real year; the
// kiosk renews at 2/3 of it (same device id, new key) and follows central's server key roll through
// the pins central announces. And the keys folder: nobody but its owner can have planted anything
// that enrollment or the daemon uses (DESIGN.md §5, README "Security").

#include "identitykeeper.h"
#include "keysdir.h"
#include "liveharness.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace live;
using namespace jiujin;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** Every process of a step runs at the wall clock plus @p offsetS (libfaketime preloaded). */
QProcessEnvironment clockAt(qint64 offsetS)
{
    QProcessEnvironment e = fakeTimeEnv();
    e.insert(QStringLiteral("LD_PRELOAD"),
             QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"));
    e.insert(QStringLiteral("FAKETIME"), fakeTimeFromNow(offsetS));
    return e;
}

QDateTime notAfter(const QString &certFile)
{
    const QByteArray pem = readAll(certFile);
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    REQUIRE(cert);
    struct tm tm
    {
    };
    REQUIRE(ASN1_TIME_to_tm(X509_get0_notAfter(cert), &tm) == 1);
    X509_free(cert);
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QStringList pinsOf(Kiosk &k)
{
    return k.setting(syncsetting::pins).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("two years of one kiosk: renewed certificates, a rolled server key, every record once",
          "[sync-renewal]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start();
    k.enroll(gw.url(), gw.token(), gw.pin());
    // Delivered records stay listed for the whole run (the final check reads them).
    REQUIRE(
        k.store->setSetting(QStringLiteral("outbox.retention_days"), QStringLiteral("3650")).ok());
    const QString device = k.deviceId;
    const QString certFile =
        QDir(k.setting(syncsetting::keysDir)).filePath(QLatin1String(keyfile::certificate));
    const QDateTime firstExpiry = notAfter(certFile);
    const int port = gw.port();

    constexpr qint64 day = 86400;
    constexpr qint64 step = 45 * day; // 16 steps: 720 days
    QString nextPin;
    int renewed = 0;
    for (int i = 1; i <= 16; ++i) {
        const qint64 offset = i * step;
        INFO("day " << offset / day);
        gw.stop();
        if (i == 8) {
            // Central prepares its next server key; kiosks learn its pin from the signed answer.
            const QByteArray out = gw.cli({QStringLiteral("server-key"), QStringLiteral("next")});
            const qsizetype at = out.indexOf("sha256//");
            REQUIRE(at >= 0);
            nextPin = QString::fromLatin1(out.mid(at, out.indexOf('\n', at) - at).trimmed());
        }
        if (i == 10) {
            // Every kiosk has the next pin by now: the old server key goes, no visit needed.
            CHECK(pinsOf(k).contains(nextPin));
            gw.cli({QStringLiteral("server-key"), QStringLiteral("roll")});
        }
        gw.start(port, {}, clockAt(offset));
        k.queue(2);
        QByteArray out;
        const int rc = k.syncd(&out, {}, clockAt(offset));
        INFO(out.toStdString());
        REQUIRE(rc == 0);
        if (out.contains("certificate renewed"))
            ++renewed;
        CHECK(k.setting(syncsetting::deviceId) == device);
        // The certificate in use is valid at this step's time, whatever its first expiry was.
        CHECK(notAfter(certFile) > QDateTime::currentDateTimeUtc().addSecs(offset));
        if (i == 8)
            CHECK(pinsOf(k) == QStringList{gw.pin(), nextPin});
    }
    gw.stop();
    // Renewed at 2/3 of each year (days 270 and 540), long past the first certificate's end.
    CHECK(renewed == 2);
    CHECK(notAfter(certFile) > firstExpiry.addDays(365));
    CHECK(pinsOf(k) == QStringList{nextPin});
    requireExactlyOnce(k, gw, true);
    CHECK(k.queued.size() == 32);
    // One device for central too: every record under the same id.
    for (const StoredRow &row : gw.submissions())
        CHECK(row.device == device);
}

TEST_CASE("an interrupted renewal leaves a working identity", "[sync-identity]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start();
    k.enroll(gw.url(), gw.token(), gw.pin());
    const KeysDir keys(k.setting(syncsetting::keysDir), expectedKeysOwner());
    const QByteArray oldKey = readAll(keys.file(QLatin1String(keyfile::tlsKey)));
    const QByteArray oldCert = readAll(keys.file(QLatin1String(keyfile::certificate)));

    auto engine = SyncEngine::open(*k.db);
    REQUIRE(engine.ok());
    IdentityKeeper keeper(*engine.value());
    auto renewed = keeper.renew();
    INFO(renewed.error().message.toStdString());
    REQUIRE(renewed.ok());
    const QByteArray newKey = readAll(keys.file(QLatin1String(keyfile::tlsKey)));
    const QByteArray newCert = readAll(keys.file(QLatin1String(keyfile::certificate)));
    CHECK(newKey != oldKey);
    CHECK(newCert != oldCert);
    CHECK_FALSE(QFile::exists(keys.file(QLatin1String(keyfile::nextTlsKey))));

    auto put = [&](const char *name, const QByteArray &bytes) {
        REQUIRE(keys.write(QLatin1String(name), bytes, KeysDir::Write::Replace).ok());
    };
    auto drop = [&](const char *name) { REQUIRE(keys.remove(QLatin1String(name)).ok()); };
    auto inUse = [&] {
        return std::pair{readAll(keys.file(QLatin1String(keyfile::tlsKey))),
                         readAll(keys.file(QLatin1String(keyfile::certificate)))};
    };
    SECTION("crash after the next key was made, before any answer: the old pair stays")
    {
        put(keyfile::tlsKey, oldKey);
        put(keyfile::certificate, oldCert);
        put(keyfile::nextTlsKey, newKey);
        REQUIRE(IdentityKeeper::recover(keys.path()).ok());
        CHECK(inUse() == std::pair{oldKey, oldCert});
    }
    SECTION("crash with both new files written, nothing switched: switched now")
    {
        put(keyfile::tlsKey, oldKey);
        put(keyfile::certificate, oldCert);
        put(keyfile::nextTlsKey, newKey);
        put(keyfile::nextCertificate, newCert);
        REQUIRE(IdentityKeeper::recover(keys.path()).ok());
        CHECK(inUse() == std::pair{newKey, newCert});
    }
    SECTION("crash between the two renames: the certificate follows its key")
    {
        put(keyfile::certificate, oldCert);
        put(keyfile::nextCertificate, newCert);
        REQUIRE(IdentityKeeper::recover(keys.path()).ok());
        CHECK(inUse() == std::pair{newKey, newCert});
        CHECK_FALSE(QFile::exists(keys.file(QLatin1String(keyfile::nextCertificate))));
    }
    SECTION("a next certificate that is not the next key's is dropped")
    {
        put(keyfile::tlsKey, oldKey);
        put(keyfile::certificate, oldCert);
        put(keyfile::nextCertificate, newCert);
        REQUIRE(IdentityKeeper::recover(keys.path()).ok());
        CHECK(inUse() == std::pair{oldKey, oldCert});
        CHECK_FALSE(QFile::exists(keys.file(QLatin1String(keyfile::nextCertificate))));
    }
    // Whatever state it was left in, the identity in use works.
    k.queue(1);
    CHECK(k.syncd() == 0);
    drop(keyfile::nextTlsKey);
    requireExactlyOnce(k, gw, true);
}

TEST_CASE("renewal: central keeps the device id, refuses a bad CSR and a revoked device",
          "[sync-identity]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start();
    k.enroll(gw.url(), gw.token(), gw.pin());
    auto engine = SyncEngine::open(*k.db);
    REQUIRE(engine.ok());

    auto bad = engine.value()->send(
        {"POST",
         "/v1/renew",
         R"({"csr":"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n"})",
         "application/json",
         true,
         {}});
    REQUIRE(bad.ok());
    CHECK(bad->status == 400);

    IdentityKeeper keeper(*engine.value());
    auto renewed = keeper.renew();
    INFO(renewed.error().message.toStdString());
    REQUIRE(renewed.ok());
    // The renewed identity is in use at once, under the same device id.
    k.queue(1);
    CHECK(engine.value()->drain().accepted == 1);
    CHECK(gw.cli({QStringLiteral("devices")}).count(k.deviceId.toLatin1()) == 1);

    gw.revoke(k.deviceId);
    auto refused = keeper.renew();
    CHECK_FALSE(refused.ok());
}

TEST_CASE("the daemon renews by itself when it starts past 2/3 of the certificate's life",
          "[sync-identity]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start();
    k.enroll(gw.url(), gw.token(), gw.pin());
    const QString certFile =
        QDir(k.setting(syncsetting::keysDir)).filePath(QLatin1String(keyfile::certificate));
    const QDateTime first = notAfter(certFile);
    // 300 days on (renewal was due at about day 243; the kiosk was off then).
    const qint64 offset = 300 * 86400;
    gw.stop();
    gw.start(gw.port(), {}, clockAt(offset));
    DaemonRun daemon(k.path(), clockAt(offset));
    bool renewed = false;
    for (int i = 0; i < 300 && !renewed; ++i) {
        QThread::msleep(100);
        renewed = notAfter(certFile) > first;
    }
    const QByteArray log = daemon.stop();
    INFO(log.toStdString());
    CHECK(renewed);
    CHECK(k.setting(syncsetting::deviceId) == k.deviceId);
}

// --- the keys folder (issue item 5) ---

namespace {

/** An owner that is not this process: as root, the uid of "nobody"-like 65534. */
KeysOwner someoneElse()
{
    return KeysOwner{::geteuid() == 0 ? uid_t(65534) : ::geteuid() + 1, gid_t(65534)};
}

EnrollOptions options(const QString &keysDir)
{
    // Nothing listens there: every refusal below happens before a connection is tried.
    EnrollOptions o{
        QStringLiteral("https://127.0.0.1:9"),
        QStringLiteral("token"),
        {QStringLiteral("sha256//") + QString::fromLatin1(QByteArray(32, 'a').toBase64())},
        keysDir,
        protocol::Suite::Intl};
    return o;
}

} // namespace

TEST_CASE("enroll refuses a keys folder or key file someone else made, and never reuses it",
          "[sync-keys]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    TestDb db;
    const QString keysPath = dir.filePath(QStringLiteral("keys"));
    const QByteArray planted = "-----BEGIN PRIVATE KEY-----\nplanted\n-----END PRIVATE KEY-----\n";

    SECTION("a folder owned by someone else (the UI user made it)")
    {
        REQUIRE(QDir().mkpath(keysPath));
        REQUIRE(::chmod(QFile::encodeName(keysPath).constData(), 0700) == 0);
        QFile f(QDir(keysPath).filePath(QLatin1String(keyfile::tlsKey)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(planted);
        f.close();
        EnrollOptions o = options(keysPath);
        if (::geteuid() == 0) {
            // The real attack: a folder of another user, with the keys' owner as it is.
            REQUIRE(::chown(QFile::encodeName(keysPath).constData(), 65534, 65534) == 0);
        } else {
            o.owner = someoneElse(); // this process plays the other user
        }
        auto e = KioskEnrollment(*db.db).enroll(o);
        REQUIRE_FALSE(e.ok());
        CHECK(e.error().message.contains(QLatin1String("keys folder refused")));
        CHECK(readAll(QDir(keysPath).filePath(QLatin1String(keyfile::tlsKey))) == planted);
        CHECK_FALSE(QFile::exists(QDir(keysPath).filePath(QLatin1String(keyfile::signingKey))));
    }
    SECTION("a folder in a parent others may write without the sticky bit (/var/lib/jiujin)")
    {
        const QString shared = dir.filePath(QStringLiteral("shared"));
        REQUIRE(QDir().mkpath(shared));
        REQUIRE(::chmod(QFile::encodeName(shared).constData(), 02770) == 0);
        const QString inShared = QDir(shared).filePath(QStringLiteral("keys"));
        auto e = KioskEnrollment(*db.db).enroll(options(inShared));
        REQUIRE_FALSE(e.ok());
        CHECK(e.error().message.contains(QLatin1String("rename it away")));
        // With the sticky bit, others can no longer rename it away.
        REQUIRE(::chmod(QFile::encodeName(shared).constData(), 01777) == 0);
        CHECK(KeysDir(inShared, expectedKeysOwner()).check().ok());
    }
    SECTION("a planted key file: a link, a second hard link, or another owner's")
    {
        for (int kind = 0; kind < 3; ++kind) {
            INFO("kind " << kind);
            QTemporaryDir each;
            const QString folder = each.filePath(QStringLiteral("keys"));
            REQUIRE(KeysDir(folder, expectedKeysOwner()).ensure().ok());
            const QString outside = each.filePath(QStringLiteral("attacker.key"));
            QFile f(outside);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(planted);
            f.close();
            const QByteArray key =
                QFile::encodeName(QDir(folder).filePath(QLatin1String(keyfile::tlsKey)));
            if (kind == 0)
                REQUIRE(::symlink(QFile::encodeName(outside).constData(), key.constData()) == 0);
            if (kind == 1)
                REQUIRE(::link(QFile::encodeName(outside).constData(), key.constData()) == 0);
            if (kind == 2) {
                REQUIRE(QFile::copy(outside, QString::fromLocal8Bit(key)));
                REQUIRE(::chmod(key.constData(), 0600) == 0);
                if (::geteuid() == 0)
                    REQUIRE(::chown(key.constData(), 65534, 65534) == 0);
                else
                    REQUIRE(::chmod(key.constData(), 0644) == 0); // readable by others
            }
            auto e = KioskEnrollment(*db.db).enroll(options(folder));
            REQUIRE_FALSE(e.ok());
            const QString why = e.error().message;
            INFO(why.toStdString());
            CHECK((why.contains(QLatin1String("move it away")) ||
                   why.contains(QLatin1String("readable by others"))));
            CHECK(readAll(outside) == planted);
            CHECK_FALSE(QFile::exists(QDir(folder).filePath(QLatin1String(keyfile::signingKey))));
            // jiujin-syncd refuses the same files.
            CHECK_FALSE(KeysDir(folder, expectedKeysOwner())
                            .checkFile(QLatin1String(keyfile::tlsKey))
                            .ok());
        }
    }
}

TEST_CASE("key files are written through fresh O_EXCL temporaries, never through one left there",
          "[sync-keys]")
{
    QTemporaryDir dir;
    const KeysDir keys(dir.filePath(QStringLiteral("keys")), expectedKeysOwner());
    REQUIRE(keys.ensure().ok());
    // The temporary name the old writer used, prepared by someone who keeps it open to read.
    const QString trap = keys.file(QStringLiteral("tls.key.new"));
    QFile held(trap);
    REQUIRE(held.open(QIODevice::ReadWrite));
    REQUIRE(writePrivateFile(keys.file(QLatin1String(keyfile::tlsKey)), "secret key").ok());
    CHECK(held.readAll().isEmpty());
    CHECK(readAll(keys.file(QLatin1String(keyfile::tlsKey))) == "secret key");
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(keys.file(QLatin1String(keyfile::tlsKey))).constData(), &st) ==
            0);
    CHECK((st.st_mode & 07777) == 0600);
    CHECK(st.st_uid == expectedKeysOwner().uid);
    // NoReplace never overwrites: an existing key stays as it is.
    CHECK(keys.write(QLatin1String(keyfile::tlsKey), "other", KeysDir::Write::NoReplace)
              .error()
              .code == Error::Busy);
    CHECK(readAll(keys.file(QLatin1String(keyfile::tlsKey))) == "secret key");
    // No temporary is left behind.
    CHECK(QDir(keys.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("enroll never overwrites a signing key, and the same token with another signing key is "
          "refused",
          "[sync-keys]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start();
    const QString keysPath = defaultKeysDir(k.path());
    const QString signingFile = QDir(keysPath).filePath(QLatin1String(keyfile::signingKey));

    SECTION("a signing key of the other suite is refused, not replaced")
    {
        const KeysDir keys(keysPath, expectedKeysOwner());
        REQUIRE(keys.ensure().ok());
        auto gm = protocol::Key::generateSigning(protocol::Suite::Gm);
        REQUIRE(gm.ok());
        REQUIRE(keys.write(QLatin1String(keyfile::signingKey), gm->privatePem(),
                           KeysDir::Write::NoReplace)
                    .ok());
        const QByteArray before = readAll(signingFile);
        auto e = KioskEnrollment(*k.db).enroll(
            EnrollOptions{gw.url(), gw.token(), {gw.pin()}, keysPath, protocol::Suite::Intl});
        REQUIRE_FALSE(e.ok());
        CHECK(e.error().message.contains(QLatin1String("never replaced")));
        CHECK(readAll(signingFile) == before);
    }
    SECTION("re-run with the same token after the signing key changed")
    {
        const QString token = gw.token();
        auto first = KioskEnrollment(*k.db).enroll(
            EnrollOptions{gw.url(), token, {gw.pin()}, keysPath, protocol::Suite::Intl});
        REQUIRE(first.ok());
        // Same TLS key (so the same CSR), another signing key.
        const KeysDir keys(keysPath, expectedKeysOwner());
        REQUIRE(keys.remove(QLatin1String(keyfile::signingKey)).ok());
        auto other = protocol::Key::generateSigning(protocol::Suite::Intl);
        REQUIRE(other.ok());
        REQUIRE(keys.write(QLatin1String(keyfile::signingKey), other->privatePem(),
                           KeysDir::Write::NoReplace)
                    .ok());
        auto again = KioskEnrollment(*k.db).enroll(
            EnrollOptions{gw.url(), token, {gw.pin()}, keysPath, protocol::Suite::Intl});
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(QLatin1String("another signing key")));
        CHECK(readAll(signingFile) == other->privatePem());
    }
    SECTION("re-run with the same token and the same keys is still safe")
    {
        const QString token = gw.token();
        auto first = KioskEnrollment(*k.db).enroll(
            EnrollOptions{gw.url(), token, {gw.pin()}, keysPath, protocol::Suite::Intl});
        REQUIRE(first.ok());
        const QByteArray signing = readAll(signingFile);
        auto again = KioskEnrollment(*k.db).enroll(
            EnrollOptions{gw.url(), token, {gw.pin()}, keysPath, protocol::Suite::Intl});
        REQUIRE(again.ok());
        CHECK(again->deviceId == first->deviceId);
        CHECK(readAll(signingFile) == signing);
    }
}

TEST_CASE("jiujin-syncd refuses keys it did not make", "[sync-keys]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start();
    k.enroll(gw.url(), gw.token(), gw.pin());
    const QString keysPath = k.setting(syncsetting::keysDir);
    const QByteArray file =
        QFile::encodeName(QDir(keysPath).filePath(QLatin1String(keyfile::signingKey)));
    if (::geteuid() == 0)
        REQUIRE(::chown(file.constData(), 65534, 65534) == 0);
    else
        REQUIRE(::chmod(file.constData(), 0640) == 0);
    auto engine = SyncEngine::open(*k.db);
    REQUIRE_FALSE(engine.ok());
    CHECK(engine.error().code == Error::Invalid);
    k.queue(1);
    CHECK(k.syncd() != 0);
}

TEST_CASE("jiujinctl pin add and doctor's days left", "[sync-identity]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start();
    k.enroll(gw.url(), gw.token(), gw.pin());
    const QString ctl = QStringLiteral(JIUJINCTL);
    const QString a =
        QStringLiteral("sha256//") + QString::fromLatin1(QByteArray(32, 'a').toBase64());
    const QString b =
        QStringLiteral("sha256//") + QString::fromLatin1(QByteArray(32, 'b').toBase64());
    const QStringList db{QStringLiteral("--db"), k.path()};
    QByteArray out;
    CHECK(run(ctl,
              db + QStringList{QStringLiteral("pin"), QStringLiteral("add"),
                               QStringLiteral("sha256//short")},
              &out) != 0);
    CHECK(pinsOf(k) == QStringList{gw.pin()});
    CHECK(run(ctl, db + QStringList{QStringLiteral("pin"), QStringLiteral("add"), a}, &out) == 0);
    CHECK(pinsOf(k) == (QStringList{gw.pin(), a}));
    // At most two: the oldest goes.
    CHECK(run(ctl, db + QStringList{QStringLiteral("pin"), QStringLiteral("add"), b}, &out) == 0);
    CHECK(pinsOf(k) == (QStringList{a, b}));
    CHECK(run(ctl, db + QStringList{QStringLiteral("pin"), QStringLiteral("list")}, &out) == 0);
    CHECK(out == (a + QLatin1Char('\n') + b + QLatin1Char('\n')).toLatin1());

    // Central's signed announcement puts the pins right again (jiujin-syncd takes it up).
    REQUIRE(k.store->setSetting(QLatin1String(syncsetting::pins), gw.pin() + QLatin1Char(';') + a)
                .ok());
    CHECK(k.syncd() == 0);
    CHECK(pinsOf(k) == QStringList{gw.pin()});

    run(ctl, db + QStringList{QStringLiteral("doctor"), QStringLiteral("--offline")}, &out);
    INFO(out.toStdString());
    CHECK(QString::fromUtf8(out).contains(QRegularExpression(
        QStringLiteral("certificate.*: 36[45] days left, renewed by jiujin-syncd from 20"))));
}
