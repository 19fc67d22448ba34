// jiujinctl doctor on a healthy enrolled kiosk (a real jiujin-gateway on loopback), then each
// planted fault: it must be reported with the command that fixes it. And jiujinctl diagnostics:
// the tarball holds no personal data and no key.
#include "integration.h"
#include "liveharness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace jiujin;

namespace {

struct Doctor
{
    int rc = -1;
    QString output;

    /** The lines of @p check (level word first), fixes included. */
    QStringList lines(const QString &check) const
    {
        QStringList found;
        const QStringList all = output.split(QLatin1Char('\n'));
        const QRegularExpression head(QStringLiteral("^(ok|WARN|FAIL)\\s+%1: ").arg(check));
        for (int i = 0; i < all.size(); ++i) {
            if (!head.match(all.at(i)).hasMatch())
                continue;
            QString line = all.at(i);
            if (i + 1 < all.size() && all.at(i + 1).trimmed().startsWith(QLatin1String("fix: ")))
                line += QLatin1Char('\n') + all.at(i + 1).trimmed();
            found.append(line);
        }
        return found;
    }
    /** A line of @p check at @p level whose text contains @p what and whose fix contains @p fix. */
    bool has(const char *level, const QString &check, const QString &what,
             const QString &fix = {}) const
    {
        for (const QString &line : lines(check)) {
            if (!line.startsWith(QLatin1String(level)) || !line.contains(what))
                continue;
            if (fix.isEmpty() || line.section(QStringLiteral("\nfix: "), 1).contains(fix))
                return true;
        }
        return false;
    }
    int count(const char *level) const
    {
        return int(
            output.split(QLatin1Char('\n'))
                .filter(QRegularExpression(QStringLiteral("^%1\\s").arg(QLatin1String(level))))
                .size());
    }
};

QProcessEnvironment envWithConfig(const QString &config)
{
    QProcessEnvironment env = live::fakeTimeEnv();
    env.insert(QStringLiteral("JIUJIN_CONFIG"), config);
    env.remove(QStringLiteral("JIUJIN_DB"));
    return env;
}

Doctor doctor(const QString &db, const QString &config, const QStringList &wrapper = {},
              const QStringList &extra = {})
{
    QStringList args{QStringLiteral("doctor"), QStringLiteral("--db"), db};
    args << extra;
    QByteArray out;
    Doctor d;
    if (wrapper.isEmpty())
        d.rc = live::run(QStringLiteral(JIUJINCTL), args, &out, envWithConfig(config));
    else
        d.rc = live::run(wrapper.first(), wrapper.mid(1) << QStringLiteral(JIUJINCTL) << args, &out,
                         envWithConfig(config));
    d.output = QString::fromUtf8(out);
    UNSCOPED_INFO("jiujinctl doctor (exit " << d.rc << "):\n" << out.toStdString());
    return d;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(text) == text.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** A checkpointed copy of @p k's database at @p to: one file, no -wal beside it. */
void copyDatabase(live::Kiosk &k, const QString &to)
{
    REQUIRE(k.db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    QFile::remove(to);
    REQUIRE(QFile::copy(k.path(), to));
}

QString faketime()
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("faketime"));
    if (exe.isEmpty())
        FAIL("faketime is not installed (packaging/build-deps.txt)");
    return exe;
}

/** A kiosk enrolled with a live gateway, its receipts printed to files, a config file of its own.
 */
struct EnrolledKiosk
{
    EnrolledKiosk() : gw(dir.filePath(QStringLiteral("gateway")))
    {
        REQUIRE(dir.isValid());
        gw.start();
        k.enroll(gw.url(), gw.token(), gw.pin());
        keys = k.setting(syncsetting::keysDir);
        config = dir.filePath(QStringLiteral("jiujin.conf"));
        writeFile(config, QStringLiteral("[kiosk]\nprinter=file:%1\nlang=zh\nelder=false\n"
                                         "[session]\nblank_after_s=600\n")
                              .arg(dir.filePath(QStringLiteral("printed")))
                              .toUtf8());
    }

    QTemporaryDir dir;
    live::GatewayProcess gw;
    live::Kiosk k;
    QString keys, config;
};

} // namespace

TEST_CASE("doctor: a healthy enrolled kiosk is all ok, and each planted fault comes with its fix",
          "[doctor]")
{
    EnrolledKiosk e;
    live::Kiosk &k = e.k;

    // Healthy: every check ok, exit 0.
    {
        const Doctor d = doctor(k.path(), e.config);
        CHECK(d.rc == 0);
        CHECK(d.count("WARN") == 0);
        CHECK(d.count("FAIL") == 0);
        for (const char *check : {"config", "database", "schema", "audit", "keys", "certificate",
                                  "clock", "disk", "gateway", "printer", "catalogue"}) {
            INFO(check);
            CHECK(d.has("ok", QLatin1String(check), QString()));
        }
        CHECK(d.has("ok", QStringLiteral("gateway"), QStringLiteral("pin matches")));
        CHECK(d.has("ok", QStringLiteral("certificate"), QStringLiteral("tls.key matches")));
    }

    SECTION("keys directory 0755")
    {
        REQUIRE(::chmod(QFile::encodeName(e.keys).constData(), 0755) == 0);
        const Doctor d = doctor(k.path(), e.config);
        CHECK(d.rc == 2);
        CHECK(d.has("FAIL", QStringLiteral("keys"), QStringLiteral("mode 0755"),
                    QStringLiteral("chmod 0700 ") + e.keys));
        REQUIRE(::chmod(QFile::encodeName(e.keys).constData(), 0700) == 0);
    }
    SECTION("a key file readable by others")
    {
        const QString key = QDir(e.keys).filePath(QLatin1String(keyfile::signingKey));
        REQUIRE(::chmod(QFile::encodeName(key).constData(), 0644) == 0);
        const Doctor d = doctor(k.path(), e.config);
        CHECK(d.rc == 2);
        CHECK(d.has("FAIL", QStringLiteral("keys"), QStringLiteral("signing.key is mode 0644"),
                    QStringLiteral("chmod 0600 ") + key));
    }
    SECTION("wrong pin")
    {
        const QByteArray other = QByteArray(32, '\x5a').toBase64();
        REQUIRE(k.store
                    ->setSetting(QLatin1String(syncsetting::pins),
                                 QStringLiteral("sha256//") + QString::fromLatin1(other))
                    .ok());
        const Doctor d = doctor(k.path(), e.config);
        CHECK(d.rc == 2);
        CHECK(d.has("FAIL", QStringLiteral("gateway"), QStringLiteral("pin mismatch"),
                    QStringLiteral("jiujinctl enroll --gateway ") + e.gw.url()));
    }
    SECTION("gateway down")
    {
        e.gw.stop();
        const Doctor d = doctor(k.path(), e.config);
        CHECK(d.rc == 2);
        CHECK(d.has("FAIL", QStringLiteral("gateway"), QStringLiteral("unreachable"),
                    QStringLiteral("ping -c 3 127.0.0.1")));
        // What it means first (SyncErrorText), libcurl's code and words as the detail.
        CHECK(d.has("FAIL", QStringLiteral("gateway"),
                    QStringLiteral("unreachable: 连不上平台：检查网线或 4G 信号")));
        CHECK(d.has("FAIL", QStringLiteral("gateway"), QStringLiteral("(curl 7)")));
        CHECK_FALSE(d.has("FAIL", QStringLiteral("gateway"), QStringLiteral("pin mismatch")));
    }
    SECTION("device revoked: the gateway refuses the certificate")
    {
        e.gw.revoke(k.deviceId);
        const Doctor d = doctor(k.path(), e.config);
        CHECK(d.rc == 2);
        CHECK(d.has("FAIL", QStringLiteral("gateway"), QStringLiteral("certificate refused"),
                    QStringLiteral("jiujinctl enroll")));
    }
    SECTION("expired certificate (the clock 400 days on)")
    {
        const Doctor d =
            doctor(k.path(), e.config,
                   {faketime(), QStringLiteral("-f"), live::fakeTimeFromNow(400 * 86400)});
        CHECK(d.rc == 2);
        CHECK(d.has("FAIL", QStringLiteral("certificate"), QStringLiteral("expired on"),
                    QStringLiteral("jiujinctl enroll --gateway ") + e.gw.url() +
                        QStringLiteral(" --token T --pin ") + e.gw.pin()));
    }
    SECTION("certificate expiring within 30 days is a warning")
    {
        const Doctor d =
            doctor(k.path(), e.config,
                   {faketime(), QStringLiteral("-f"), live::fakeTimeFromNow(350 * 86400)},
                   {QStringLiteral("--offline")});
        CHECK(d.rc == 1);
        CHECK(d.has("WARN", QStringLiteral("certificate"), QStringLiteral("expires in"),
                    QStringLiteral("jiujinctl enroll")));
    }
    SECTION("clock behind the certificate")
    {
        const Doctor d =
            doctor(k.path(), e.config,
                   {faketime(), QStringLiteral("-f"), live::fakeTimeFromNow(-3 * 86400)},
                   {QStringLiteral("--offline")});
        CHECK(d.rc == 2);
        CHECK(d.has("FAIL", QStringLiteral("clock"), QStringLiteral("before the certificate"),
                    QStringLiteral("timedatectl set-ntp true")));
    }
    SECTION("clock days behind, online: the gateway check says how far, not 'unreachable'")
    {
        const Doctor d =
            doctor(k.path(), e.config,
                   {faketime(), QStringLiteral("-f"), live::fakeTimeFromNow(-3 * 86400)});
        CHECK(d.rc == 2);
        CHECK(d.has("FAIL", QStringLiteral("gateway"),
                    QStringLiteral("the kiosk's clock is 3 days behind central's"),
                    QStringLiteral("timedatectl set-ntp true")));
        CHECK_FALSE(
            d.has("FAIL", QStringLiteral("gateway"), QStringLiteral("unreachable"), QString()));
    }
    SECTION("clock far in the past: before this build")
    {
        const Doctor d =
            doctor(k.path(), e.config,
                   {faketime(), QStringLiteral("-f"), QStringLiteral("@2001-01-01 08:00:00")},
                   {QStringLiteral("--offline")});
        CHECK(d.rc == 2);
        CHECK(d.has("FAIL", QStringLiteral("clock"), QStringLiteral("2001-01-01T"),
                    QStringLiteral("timedatectl set-ntp true")));
    }
    SECTION("the gateway's clock 20 minutes away (learned offset) is a warning")
    {
        REQUIRE(k.store->setSetting(QLatin1String(syncsetting::clockOffset), QStringLiteral("1200"))
                    .ok());
        const Doctor d = doctor(k.path(), e.config, {}, {QStringLiteral("--offline")});
        CHECK(d.rc == 1);
        CHECK(d.has("WARN", QStringLiteral("clock"), QStringLiteral("1200 s"),
                    QStringLiteral("timedatectl set-ntp true")));
        CHECK(d.count("FAIL") == 0);
    }
    SECTION("an unusable config value and an unwritable receipt folder")
    {
        // A plain file where the receipt folder's parent should be: not even root can make it.
        const QString blocker = e.dir.filePath(QStringLiteral("not-a-folder"));
        writeFile(blocker, "x");
        const QString receipts = blocker + QStringLiteral("/printed");
        writeFile(e.config, "[kiosk]\nlang=fr\nprinter=file:" + receipts.toUtf8() + '\n');
        const Doctor d = doctor(k.path(), e.config, {}, {QStringLiteral("--offline")});
        CHECK(d.rc == 2);
        CHECK(d.has("WARN", QStringLiteral("config"), QStringLiteral("kiosk/lang is zh, en or mn"),
                    QStringLiteral("edit ") + e.config));
        CHECK(d.has("FAIL", QStringLiteral("printer"), receipts,
                    QStringLiteral("mkdir -p ") + receipts));
    }
    SECTION("diagnostics: no personal data, no keys, the journal redacted")
    {
        const QString canaryName = QStringLiteral("金丝雀测试员");
        const QString canaryId = QStringLiteral("150525198001011232");
        SubmissionService service(*k.db, &test::fixedNow);
        auto queued = service.submit(TestKiosk::unemployment(canaryName, canaryId));
        INFO(queued.error().message.toStdString());
        REQUIRE(queued.ok());
        writeFile(e.config,
                  QByteArrayLiteral("[kiosk]\nlang=zh\n[support]\nenroll_token=CANARYTOKEN42\n"));
        // A journalctl that echoes a line with the canary ID number: it must leave redacted.
        const QString bin = e.dir.filePath(QStringLiteral("bin"));
        REQUIRE(QDir().mkpath(bin));
        const QString fakeJournal = QDir(bin).filePath(QStringLiteral("journalctl"));
        writeFile(fakeJournal, "#!/bin/sh\necho \"jiujin-syncd[1]: looked up " + canaryId.toUtf8() +
                                   " args $*\"\n");
        REQUIRE(::chmod(QFile::encodeName(fakeJournal).constData(), 0755) == 0);

        const QString tarball = e.dir.filePath(QStringLiteral("diag.tar.gz"));
        QProcessEnvironment env = envWithConfig(e.config);
        env.insert(QStringLiteral("PATH"),
                   bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        QByteArray out;
        const int rc = live::run(QStringLiteral(JIUJINCTL),
                                 {QStringLiteral("diagnostics"), QStringLiteral("--out"), tarball,
                                  QStringLiteral("--db"), k.path()},
                                 &out, env);
        INFO(out.toStdString());
        REQUIRE(rc == 0);
        const QString unpacked = e.dir.filePath(QStringLiteral("unpacked"));
        REQUIRE(QDir().mkpath(unpacked));
        REQUIRE(live::run(QStringLiteral("tar"),
                          {QStringLiteral("-xzf"), tarball, QStringLiteral("-C"), unpacked}) == 0);

        QHash<QString, QByteArray> files;
        for (QDirIterator it(unpacked, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString path = it.next();
            files.insert(it.fileName(), readFile(path));
        }
        for (const char *expected : {"versions.txt", "jiujin.conf", "doctor.txt", "queue.txt",
                                     "sync-status.txt", "journal.txt"}) {
            INFO(expected);
            CHECK(files.contains(QLatin1String(expected)));
        }
        CHECK(files.value(QStringLiteral("versions.txt")).contains("OpenSSL"));
        CHECK(files.value(QStringLiteral("queue.txt")).contains("pending\t1\t"));
        CHECK(files.value(QStringLiteral("sync-status.txt")).contains(k.deviceId.toUtf8()));
        CHECK(files.value(QStringLiteral("doctor.txt")).contains("gateway: "));
        CHECK(files.value(QStringLiteral("jiujin.conf")).contains("enroll_token=(blanked)"));
        CHECK(files.value(QStringLiteral("journal.txt")).contains("[ID number]"));
        CHECK(files.value(QStringLiteral("journal.txt")).contains("-u jiujin-syncd"));

        QList<QByteArray> secrets{canaryName.toUtf8(), canaryId.toUtf8(), "CANARYTOKEN42",
                                  "139 4751 2386", "SQLite format 3"};
        for (const char *name : {keyfile::tlsKey, keyfile::signingKey}) {
            // Every base64 line of the private keys.
            for (const QByteArray &line :
                 readFile(QDir(e.keys).filePath(QLatin1String(name))).split('\n'))
                if (!line.startsWith("-----") && line.size() > 16)
                    secrets.append(line);
        }
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            CHECK_FALSE(it.key().endsWith(QLatin1String(".key")));
            CHECK_FALSE(it.key().endsWith(QLatin1String(".crt")));
            CHECK_FALSE(it.key().endsWith(QLatin1String(".db")));
            for (const QByteArray &secret : secrets) {
                INFO(it.key().toStdString() << " holds " << secret.toStdString());
                CHECK_FALSE(it.value().contains(secret));
            }
        }
    }
}

TEST_CASE("doctor: a corrupted database page fails integrity_check, with how to replace it",
          "[doctor]")
{
    live::Kiosk k;
    k.queue(3);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("jiujin.db"));
    copyDatabase(k, copy);
    const QString config = dir.filePath(QStringLiteral("absent.conf"));

    // The copy is sound before the damage.
    CHECK(doctor(copy, config, {}, {QStringLiteral("--offline")})
              .has("ok", QStringLiteral("database"), QStringLiteral("integrity_check")));

    // Scribble over a page in the middle of the outbox data (not page 1: the header and schema).
    QFile f(copy);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = f.size() / pageSize;
    REQUIRE(pages > 4);
    REQUIRE(f.seek((pages / 2) * pageSize));
    REQUIRE(f.write(QByteArray(int(pageSize), '\xa5')) == pageSize);
    f.close();

    const Doctor d = doctor(copy, config, {}, {QStringLiteral("--offline")});
    CHECK(d.rc == 2);
    CHECK(d.has("FAIL", QStringLiteral("database"), QStringLiteral("damaged"),
                QStringLiteral("mv %1 %1.damaged").arg(copy)));
    CHECK(d.has("ok", QStringLiteral("config"), QStringLiteral("absent")));
}

// The audio line says whether the ALSA device of [kiosk] audio opens and plays: ALSA's null device
// (no sound card needed) passes, a device name ALSA does not know fails with how to find one.
TEST_CASE("doctor: the audio line says whether the configured ALSA device opens", "[doctor]")
{
    live::Kiosk k;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("jiujin.db"));
    copyDatabase(k, copy);
    const QString config = dir.filePath(QStringLiteral("jiujin.conf"));

    writeFile(config, "[kiosk]\naudio=null\n");
    const Doctor works = doctor(copy, config, {}, {QStringLiteral("--offline")});
    CHECK(works.has("ok", QStringLiteral("audio"),
                    QStringLiteral("the ALSA device null opens and plays")));
    CHECK_FALSE(works.has("FAIL", QStringLiteral("audio"), QString()));

    writeFile(config, "[kiosk]\naudio=jiujin_no_such_device\n");
    const Doctor missing = doctor(copy, config, {}, {QStringLiteral("--offline")});
    CHECK(missing.rc == 2);
    CHECK(missing.has("FAIL", QStringLiteral("audio"),
                      QStringLiteral("the ALSA device jiujin_no_such_device cannot be opened"),
                      QStringLiteral("aplay -L")));
    CHECK_FALSE(missing.has("ok", QStringLiteral("audio"), QString()));
}

TEST_CASE("doctor: a full disk under the database fails below 50 MB and warns below 200 MB",
          "[doctor]")
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        FAIL("unshare (util-linux) is not installed: this test needs it to mount a private tmpfs");
    live::Kiosk k;
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.db"));
    copyDatabase(k, source);
    QTemporaryDir mountPoint;
    REQUIRE(mountPoint.isValid());
    const QString config = dir.filePath(QStringLiteral("absent.conf"));

    // The tmpfs exists only inside the new mount namespace, so doctor runs in there too.
    auto inTmpfs = [&](const QString &size) {
        QByteArray out;
        const int rc = live::run(
            unshare,
            {QStringLiteral("-Urm"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral(
                 "mount -t tmpfs -o size=%1 tmpfs \"$1\" && cp \"$2\" \"$1/jiujin.db\" && "
                 "exec \"$3\" doctor --offline --db \"$1/jiujin.db\"")
                 .arg(size),
             QStringLiteral("sh"), mountPoint.path(), source, QStringLiteral(JIUJINCTL)},
            &out, envWithConfig(config));
        if (out.contains("mount:") || out.contains("unshare:"))
            FAIL("could not mount a tmpfs in a private namespace: " << out.toStdString());
        Doctor d;
        d.rc = rc;
        d.output = QString::fromUtf8(out);
        UNSCOPED_INFO(out.toStdString());
        return d;
    };
    const Doctor full = inTmpfs(QStringLiteral("30m"));
    CHECK(full.rc == 2);
    CHECK(full.has("FAIL", QStringLiteral("disk"), QStringLiteral("under 50 MB"),
                   QStringLiteral("journalctl --vacuum-size")));
    const Doctor tight = inTmpfs(QStringLiteral("120m"));
    CHECK(tight.has("WARN", QStringLiteral("disk"), QStringLiteral("under 200 MB"),
                    QStringLiteral("jiujinctl config set retention")));
}

TEST_CASE("enroll's key hand-over: 0700/0600, owned by the sync user when root, safe to repeat",
          "[doctor]")
{
    QTemporaryDir dir;
    const QString keys = dir.filePath(QStringLiteral("keys"));
    REQUIRE(QDir().mkpath(keys));
    REQUIRE(::chmod(QFile::encodeName(keys).constData(), 0755) == 0);
    for (const char *name : {keyfile::tlsKey, keyfile::certificate}) {
        const QString file = QDir(keys).filePath(QLatin1String(name));
        writeFile(file, "secret");
        REQUIRE(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    }
    // "nobody" stands in for jiujin-sync, which a build machine does not have.
    const passwd *nobody = ::getpwnam("nobody");
    for (int run = 0; run < 2; ++run) {
        REQUIRE(secureKeysDir(keys, "nobody").ok());
        struct stat st
        {
        };
        REQUIRE(::stat(QFile::encodeName(keys).constData(), &st) == 0);
        CHECK((st.st_mode & 07777) == 0700);
        if (::geteuid() == 0 && nobody)
            CHECK(st.st_uid == nobody->pw_uid);
        for (const char *name : {keyfile::tlsKey, keyfile::certificate}) {
            REQUIRE(::stat(QFile::encodeName(QDir(keys).filePath(QLatin1String(name))).constData(),
                           &st) == 0);
            CHECK((st.st_mode & 07777) == 0600);
            if (::geteuid() == 0 && nobody)
                CHECK(st.st_uid == nobody->pw_uid);
        }
    }
    // No such user: modes still fixed, owner left alone.
    REQUIRE(secureKeysDir(keys, "jiujin-no-such-user").ok());
    CHECK(secureKeysDir(dir.filePath(QStringLiteral("missing")), "nobody").error().code ==
          Error::NotFound);
}
