#include "doctor.h"

#include "audioplayer.h"
#include "auditlog.h"
#include "cataloguestore.h"
#include "database.h"
#include "deviceconfig.h"
#include "identitykeeper.h"
#include "keys.h"
#include "kioskfonts.h"
#include "migrations.h"
#include "outboxstore.h"
#include "paths.h"
#include "requestsigning.h"
#include "speechsynthesizer.h"
#include "syncclient.h"
#include "syncerrortext.h"
#include "wire.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <cups/cups.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>
#include <optional>

namespace jiujin {

namespace {
template <typename T, void (*F)(T *)> struct Free
{
    void operator()(T *p) const { F(p); }
};
using X509Ptr = std::unique_ptr<X509, Free<X509, X509_free>>;
using Pkey = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY, EVP_PKEY_free>>;
using Bio = std::unique_ptr<BIO, Free<BIO, BIO_free_all>>;

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 warnFreeBytes = 200 * kMiB;
constexpr qint64 failFreeBytes = 50 * kMiB;
constexpr int expiryWarnDays = 30;
constexpr qint64 clockOffsetLimitS = 300;

Finding ok(const QString &check, const QString &what)
{
    return {Finding::Level::Ok, check, what, {}};
}
Finding warn(const QString &check, const QString &what, const QString &fix)
{
    return {Finding::Level::Warn, check, what, fix};
}
Finding fail(const QString &check, const QString &what, const QString &fix)
{
    return {Finding::Level::Fail, check, what, fix};
}

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
}

struct Node
{
    bool exists = false;
    uid_t uid = 0;
    gid_t gid = 0;
    mode_t mode = 0;
    bool dir = false;
};

Node node(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {true, st.st_uid, st.st_gid, st.st_mode, S_ISDIR(st.st_mode)};
}

QString userName(uid_t uid)
{
    const passwd *pw = ::getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(uid);
}

QString groupName(gid_t gid)
{
    const group *gr = ::getgrgid(gid);
    return gr ? QString::fromLocal8Bit(gr->gr_name) : QString::number(gid);
}

X509Ptr readCertificate(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = f.readAll();
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

Pkey readPrivateKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    QByteArray pem = f.readAll();
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Pkey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    pem.fill('\0');
    return key;
}

QDateTime asn1Time(const ASN1_TIME *t)
{
    tm out{};
    if (!t || ASN1_TIME_to_tm(t, &out) != 1)
        return {};
    return QDateTime(QDate(out.tm_year + 1900, out.tm_mon + 1, out.tm_mday),
                     QTime(out.tm_hour, out.tm_min, out.tm_sec), Qt::UTC);
}

/** The checks share what the earlier ones found out. */
class Doctor
{
public:
    explicit Doctor(const DoctorOptions &o) : m_o(o), m_config(KioskConfig::load(o.configFile)) {}

    QList<Finding> run()
    {
        checkConfig();
        checkDatabase();
        checkPermissions();
        checkEnrollment();
        checkClock();
        checkDisk();
        checkGateway();
        checkPrinter();
        checkCatalogue();
        checkAudio();
        checkFonts();
        return m_findings;
    }

private:
    void add(Finding f) { m_findings.append(std::move(f)); }
    QString setting(const char *key) const
    {
        return m_store ? m_store->setting(QLatin1String(key)) : QString();
    }
    QString enrollFix() const
    {
        const QString gateway = setting(syncsetting::gateway);
        QString pins;
        for (const QString &pin :
             setting(syncsetting::pins).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            pins += QStringLiteral(" --pin ") + pin;
        return QStringLiteral("jiujinctl enroll --gateway %1 --token T%2 (T: a new token from the "
                              "central platform)")
            .arg(gateway.isEmpty() ? QStringLiteral("URL") : gateway,
                 pins.isEmpty() ? QStringLiteral(" --pin sha256//...") : pins);
    }
    /** True on an installed kiosk: the system users exist and the database lives in their
     *  layout; a checkout or a test directory gets the secrecy checks only. */
    bool installed() const
    {
        const passwd *sync = ::getpwnam(m_o.syncUser.toLocal8Bit().constData());
        const group *gr = ::getgrnam(m_o.group.toLocal8Bit().constData());
        if (!sync || !gr)
            return false;
        const QString dir = QFileInfo(m_o.databasePath).absolutePath();
        return dir.startsWith(QLatin1String("/var/lib/jiujin")) || node(dir).gid == gr->gr_gid;
    }

    void checkConfig()
    {
        const QString file = m_config.file;
        if (!m_config.present) {
            add(ok(QStringLiteral("config"),
                   QStringLiteral("%1 absent: built-in defaults in use").arg(file)));
            return;
        }
        if (!m_config.problem.isEmpty()) {
            add(fail(QStringLiteral("config"), m_config.problem,
                     QStringLiteral("chmod 0644 %1 and correct it (INI: [section], key=value; see "
                                    "the commented example jiujin.conf)")
                         .arg(file)));
            return;
        }
        if (!m_config.warnings.isEmpty()) {
            add(warn(
                QStringLiteral("config"),
                QStringLiteral("%1: %2").arg(file, m_config.warnings.join(QStringLiteral("; "))),
                QStringLiteral("edit %1 (the keys named keep their defaults until then)")
                    .arg(file)));
            return;
        }
        add(ok(QStringLiteral("config"), QStringLiteral("%1 read").arg(file)));
    }

    void checkDatabase()
    {
        const QString path = m_o.databasePath;
        const QString replace =
            QStringLiteral("systemctl stop jiujin-syncd; mv %1 %1.damaged; then start the kiosk "
                           "(it makes a new database), jiujinctl catalogue import FILE and "
                           "jiujinctl enroll again; send %1.damaged to the central platform")
                .arg(path);
        if (!QFileInfo(path).isFile()) {
            add(fail(QStringLiteral("database"), QStringLiteral("no database at %1").arg(path),
                     QStringLiteral("start the kiosk once (it creates it), or give --db FILE")));
            return;
        }
        auto db = Database::openRaw(path);
        if (!db) {
            add(fail(QStringLiteral("database"),
                     QStringLiteral("cannot open %1: %2").arg(path, db.error().message), replace));
            return;
        }
        m_db = std::move(db.value());
        QStringList problems;
        {
            Statement check = m_db->prepare("PRAGMA integrity_check(5)");
            while (check.step())
                problems.append(check.text(0).simplified()); // one finding, one line
            if (check.error())
                problems.append(check.error()->message);
        }
        if (problems != QStringList{QStringLiteral("ok")}) {
            add(fail(QStringLiteral("database"),
                     QStringLiteral("%1 is damaged: %2")
                         .arg(path, problems.join(QStringLiteral("; ")).left(300)),
                     replace));
            m_damaged = true;
        } else {
            add(ok(QStringLiteral("database"),
                   QStringLiteral("%1 passes integrity_check").arg(path)));
        }
        const int version = m_db->schemaVersion();
        const int latest = latestSchemaVersion();
        if (version == latest)
            add(ok(QStringLiteral("schema"), QStringLiteral("version %1, current").arg(version)));
        else if (version < latest)
            add(warn(QStringLiteral("schema"),
                     QStringLiteral("version %1, this build writes %2").arg(version).arg(latest),
                     QStringLiteral("systemctl restart jiujin-syncd (it migrates the database)")));
        else
            add(fail(
                QStringLiteral("schema"),
                QStringLiteral("version %1 is newer than this build (%2)").arg(version).arg(latest),
                QStringLiteral("apt install jiujin-kiosk jiujin-syncd (the newer packages)")));
        if (m_damaged) {
            add(fail(QStringLiteral("audit"),
                     QStringLiteral("not checked: the database is damaged"), replace));
            return;
        }
        m_store = std::make_unique<CatalogueStore>(*m_db);
        const AuditCheck audit = AuditLog(*m_db).verify();
        if (audit.ok)
            add(ok(QStringLiteral("audit"),
                   QStringLiteral("hash chain intact, %1 entries").arg(audit.entries)));
        else
            add(fail(QStringLiteral("audit"),
                     QStringLiteral("hash chain broken at entry %1: %2")
                         .arg(audit.brokenAt)
                         .arg(audit.problem),
                     QStringLiteral("do not repair it: jiujinctl diagnostics --out FILE and report "
                                    "it to the central platform (the log was altered)")));
    }

    QString keysDir() const
    {
        if (!m_o.keysDir.isEmpty())
            return m_o.keysDir;
        if (!m_config.keys.isEmpty())
            return m_config.keys;
        if (const QString enrolled = setting(syncsetting::keysDir); !enrolled.isEmpty())
            return enrolled;
        return defaultKeysDir(m_o.databasePath);
    }

    /** Owner, group and mode of one path on an installed kiosk; appends a finding when wrong. */
    bool expect(const QString &check, const QString &path, const QString &owner, const QString &grp,
                mode_t mode, bool fatal)
    {
        const Node n = node(path);
        if (!n.exists) {
            add(fail(check, QStringLiteral("%1 is missing").arg(path),
                     QStringLiteral("mkdir -p %1 && chown %2:%3 %1 && chmod %4 %1")
                         .arg(path, owner, grp, octal(mode))));
            return false;
        }
        const bool good =
            userName(n.uid) == owner && groupName(n.gid) == grp && (n.mode & 07777) == mode;
        if (good)
            return true;
        const QString what = QStringLiteral("%1 is %2:%3 %4, should be %5:%6 %7")
                                 .arg(path, userName(n.uid), groupName(n.gid), octal(n.mode), owner,
                                      grp, octal(mode));
        const QString fix =
            QStringLiteral("chown %1:%2 %3 && chmod %4 %3").arg(owner, grp, path, octal(mode));
        add(fatal ? fail(check, what, fix) : warn(check, what, fix));
        return false;
    }

    void checkPermissions()
    {
        const QString keys = keysDir();
        const QStringList keyNames = {
            QLatin1String(keyfile::tlsKey), QLatin1String(keyfile::signingKey),
            QLatin1String(keyfile::certificate), QLatin1String(keyfile::ca)};
        if (installed()) {
            bool all = true;
            const QString stateRoot = QFileInfo(m_o.databasePath).absolutePath();
            all &= expect(QStringLiteral("permissions"), stateRoot, QStringLiteral("root"),
                          m_o.group, 02770, true);
            const Node dbFile = node(m_o.databasePath);
            if (dbFile.exists &&
                (groupName(dbFile.gid) != m_o.group || (dbFile.mode & 0060) != 0060)) {
                all = false;
                add(fail(QStringLiteral("permissions"),
                         QStringLiteral(
                             "%1 is %2:%3 %4: the kiosk and jiujin-syncd cannot both write it")
                             .arg(m_o.databasePath, userName(dbFile.uid), groupName(dbFile.gid),
                                  octal(dbFile.mode)),
                         QStringLiteral("chgrp %1 %2* && chmod g+rw %2*")
                             .arg(m_o.group, m_o.databasePath)));
            }
            if (!m_config.state.isEmpty())
                all &= expect(QStringLiteral("permissions"), m_config.state, m_o.kioskUser,
                              m_o.group, 0750, false);
            if (all)
                add(ok(QStringLiteral("permissions"),
                       QStringLiteral("%1 and the database writable by group %2")
                           .arg(stateRoot, m_o.group)));
            if (!node(keys).exists) {
                add(ok(QStringLiteral("keys"),
                       QStringLiteral("%1 absent (not enrolled yet)").arg(keys)));
                return;
            }
            bool keysGood =
                expect(QStringLiteral("keys"), keys, m_o.syncUser, m_o.syncUser, 0700, true);
            for (const QString &name : keyNames) {
                const QString file = QDir(keys).filePath(name);
                if (node(file).exists)
                    keysGood &= expect(QStringLiteral("keys"), file, m_o.syncUser, m_o.syncUser,
                                       0600, true);
            }
            if (keysGood)
                add(ok(QStringLiteral("keys"),
                       QStringLiteral("%1 readable by %2 only").arg(keys, m_o.syncUser)));
            return;
        }
        // A checkout: no system users to compare with, but keys must still be private.
        const Node dir = node(keys);
        if (!dir.exists) {
            add(ok(QStringLiteral("keys"),
                   QStringLiteral("%1 absent (not enrolled yet)").arg(keys)));
            return;
        }
        bool good = true;
        if (dir.mode & 0077) {
            good = false;
            add(fail(QStringLiteral("keys"),
                     QStringLiteral("%1 is mode %2: others can list the keys")
                         .arg(keys, octal(dir.mode)),
                     QStringLiteral("chmod 0700 %1").arg(keys)));
        }
        for (const QString &name : keyNames) {
            const QString file = QDir(keys).filePath(name);
            const Node n = node(file);
            if (n.exists && (n.mode & 0077)) {
                good = false;
                add(fail(
                    QStringLiteral("keys"),
                    QStringLiteral("%1 is mode %2: readable by others").arg(file, octal(n.mode)),
                    QStringLiteral("chmod 0600 %1").arg(file)));
            }
        }
        if (good)
            add(ok(QStringLiteral("keys"),
                   QStringLiteral("%1 and its files private (0700/0600)").arg(keys)));
    }

    void checkEnrollment()
    {
        if (!m_store) {
            add(fail(QStringLiteral("certificate"),
                     QStringLiteral("not checked: no usable database"),
                     QStringLiteral("fix the database first")));
            return;
        }
        auto config = DeviceConfig::load(*m_store, keysDir());
        if (!config) {
            add(fail(QStringLiteral("certificate"), config.error().message, enrollFix()));
            return;
        }
        m_device = config.value();
        X509Ptr cert = readCertificate(m_device->file(keyfile::certificate));
        if (!cert) {
            add(fail(QStringLiteral("certificate"),
                     QStringLiteral("%1 is unreadable").arg(m_device->file(keyfile::certificate)),
                     enrollFix()));
            return;
        }
        m_notBefore = asn1Time(X509_get0_notBefore(cert.get()));
        const QDateTime notAfter = asn1Time(X509_get0_notAfter(cert.get()));
        const QString validity =
            QStringLiteral("%1 to %2")
                .arg(m_notBefore.toString(Qt::ISODate), notAfter.toString(Qt::ISODate));
        if (m_o.now < m_notBefore)
            add(fail(QStringLiteral("certificate"),
                     QStringLiteral("not valid yet (valid %1): see clock").arg(validity),
                     QStringLiteral("timedatectl set-ntp true (or date -s 'YYYY-MM-DD HH:MM')")));
        else if (m_o.now > notAfter)
            add(fail(QStringLiteral("certificate"),
                     QStringLiteral("expired on %1").arg(notAfter.toString(Qt::ISODate)),
                     enrollFix()));
        else {
            // jiujin-syncd renews the certificate by itself from 2/3 of its lifetime on.
            const qint64 daysLeft = m_o.now.secsTo(notAfter) / 86400;
            QFile certFile(m_device->file(keyfile::certificate));
            const auto renewAt = certFile.open(QIODevice::ReadOnly)
                                     ? IdentityKeeper::renewAt(certFile.readAll())
                                     : std::nullopt;
            const QString renewal =
                renewAt ? renewAt->toString(Qt::ISODate) : QStringLiteral("(unknown)");
            const QString renewFix =
                QStringLiteral("jiujin-syncd renews it by itself over the network: check "
                               "'jiujinctl status' (last error) and the gateway check below; once "
                               "expired only a new enrollment helps: ") +
                enrollFix();
            if (daysLeft < expiryWarnDays)
                add(warn(QStringLiteral("certificate"),
                         QStringLiteral("expires in %1 days (%2), not renewed since %3")
                             .arg(daysLeft)
                             .arg(notAfter.toString(Qt::ISODate), renewal),
                         renewFix));
            else if (renewAt && m_o.now > renewAt->addDays(7))
                add(warn(QStringLiteral("certificate"),
                         QStringLiteral("%1 days left (%2): due for renewal since %3, not renewed "
                                        "yet")
                             .arg(daysLeft)
                             .arg(notAfter.toString(Qt::ISODate), renewal),
                         renewFix));
            else
                add(ok(QStringLiteral("certificate"),
                       QStringLiteral("device %1, valid %2: %3 days left, renewed by jiujin-syncd "
                                      "from %4")
                           .arg(m_device->deviceId, validity)
                           .arg(daysLeft)
                           .arg(renewal)));
        }

        Pkey key = readPrivateKey(m_device->file(keyfile::tlsKey));
        X509Ptr ca = readCertificate(m_device->file(keyfile::ca));
        if (!key || X509_check_private_key(cert.get(), key.get()) != 1)
            add(fail(QStringLiteral("certificate"),
                     QStringLiteral("%1 is not the key of device.crt")
                         .arg(m_device->file(keyfile::tlsKey)),
                     enrollFix()));
        else if (!ca || X509_verify(cert.get(), X509_get0_pubkey(ca.get())) != 1)
            add(fail(
                QStringLiteral("certificate"),
                QStringLiteral("device.crt is not issued by %1").arg(m_device->file(keyfile::ca)),
                enrollFix()));
        else
            add(ok(QStringLiteral("certificate"),
                   QStringLiteral("tls.key matches device.crt, issued by ca.crt")));
    }

    void checkClock()
    {
        const QString syncClock =
            QStringLiteral("timedatectl set-ntp true (or date -s 'YYYY-MM-DD HH:MM')");
        const QDateTime now = m_o.now;
        if (m_notBefore.isValid() && now < m_notBefore) {
            add(fail(QStringLiteral("clock"),
                     QStringLiteral("%1 is before the certificate was issued (%2)")
                         .arg(now.toString(Qt::ISODate), m_notBefore.toString(Qt::ISODate)),
                     syncClock));
            return;
        }
        if (m_o.buildDate.isValid() && now.date() < m_o.buildDate) {
            add(fail(QStringLiteral("clock"),
                     QStringLiteral("%1 is before this build (%2)")
                         .arg(now.toString(Qt::ISODate), m_o.buildDate.toString(Qt::ISODate)),
                     syncClock));
            return;
        }
        const qint64 offset = setting(syncsetting::clockOffset).toLongLong();
        if (qAbs(offset) > clockOffsetLimitS) {
            add(warn(
                QStringLiteral("clock"),
                QStringLiteral("the gateway's clock differs from this one by %1 s").arg(offset),
                syncClock));
            return;
        }
        add(ok(QStringLiteral("clock"), QStringLiteral("%1, %2 s from the gateway's")
                                            .arg(now.toString(Qt::ISODate))
                                            .arg(offset)));
    }

    void checkDisk()
    {
        const QString dir = QFileInfo(m_o.databasePath).absolutePath();
        struct statvfs s
        {
        };
        if (::statvfs(QFile::encodeName(dir).constData(), &s) != 0) {
            add(fail(QStringLiteral("disk"), QStringLiteral("cannot stat %1").arg(dir),
                     QStringLiteral("mkdir -p %1").arg(dir)));
            return;
        }
        const qint64 free = qint64(s.f_bavail) * qint64(s.f_frsize);
        const QString what =
            QStringLiteral("%1 MB free on the filesystem of %2").arg(free / kMiB).arg(dir);
        const QString fix =
            QStringLiteral("free space on %1: apt-get clean; journalctl --vacuum-size=50M; "
                           "jiujinctl config set retention 7")
                .arg(dir);
        if (free < failFreeBytes)
            add(fail(QStringLiteral("disk"), what + QStringLiteral(" (under 50 MB)"), fix));
        else if (free < warnFreeBytes)
            add(warn(QStringLiteral("disk"), what + QStringLiteral(" (under 200 MB)"), fix));
        else
            add(ok(QStringLiteral("disk"), what));
    }

    void checkGateway()
    {
        if (!m_o.checkGateway)
            return;
        if (!m_device) {
            add(fail(QStringLiteral("gateway"), QStringLiteral("not checked: not enrolled"),
                     enrollFix()));
            return;
        }
        QFile signingFile(m_device->file(keyfile::signingKey));
        QByteArray pem =
            signingFile.open(QIODevice::ReadOnly) ? signingFile.readAll() : QByteArray();
        auto signing = protocol::Key::fromPem(pem);
        pem.fill('\0');
        if (!signing || !signing->canSign()) {
            add(fail(QStringLiteral("gateway"),
                     QStringLiteral("%1 is not a usable signing key")
                         .arg(m_device->file(keyfile::signingKey)),
                     enrollFix()));
            return;
        }
        TlsSettings tls;
        tls.gateway = m_device->gateway;
        tls.pins = m_device->pins;
        tls.caFile = m_device->file(keyfile::ca);
        tls.certFile = m_device->file(keyfile::certificate);
        tls.keyFile = m_device->file(keyfile::tlsKey);
        SyncClient client(tls);
        const QString deviceId = m_device->deviceId;
        const qint64 offset = m_device->clockOffsetS;
        const qint64 nowS = m_o.now.toSecsSinceEpoch();
        const protocol::Key &key = signing.value();
        client.setSigner(deviceSigner(key, deviceId, [=] { return nowS + offset; }));
        // A real heartbeat: it proves the pin, the client certificate and the signature at once.
        protocol::Heartbeat beat;
        beat.kioskVersion = QStringLiteral("jiujinctl-doctor");
        if (const auto info = m_store->info())
            beat.catalogueVersion = info->version;
        const OutboxCounts counts = OutboxStore(*m_db).counts();
        beat.queueDepth = counts.pending + counts.sending;
        beat.lastError = setting(syncsetting::lastError).left(200);
        QElapsedTimer timer;
        timer.start();
        auto reply = client.post("/v1/heartbeat", protocol::encode(beat));
        const QString gateway = m_device->gateway;
        const QString host = QUrl(gateway).host();
        if (!reply && reply.error().code == Error::Invalid) {
            add(fail(
                QStringLiteral("gateway"),
                QStringLiteral("pin mismatch: %1 presents a key that is not pinned").arg(gateway),
                enrollFix() + QStringLiteral(" with the gateway's current pin")));
            return;
        }
        if (!reply && reply.error().code == Error::Clock) {
            // Central's certificate is not valid at this kiosk's time: say how far off the clock
            // is, not "unreachable".
            add(fail(QStringLiteral("gateway"), reply.error().message,
                     QStringLiteral("timedatectl set-ntp true (or date -s 'YYYY-MM-DD HH:MM')")));
            return;
        }
        if (!reply) {
            const QString message = reply.error().message;
            // A server that refuses the client certificate ends the handshake with a TLS alert.
            if (message.contains(QLatin1String("alert"), Qt::CaseInsensitive))
                add(fail(QStringLiteral("gateway"),
                         QStringLiteral("certificate refused by %1 (%2)").arg(gateway, message),
                         enrollFix()));
            else
                add(fail(
                    QStringLiteral("gateway"),
                    QStringLiteral("unreachable: %1 (detail: %2)")
                        .arg(SyncErrorText::explain(message), message),
                    QStringLiteral("check the network: ip route; ping -c 3 %1; the gateway address "
                                   "(jiujinctl status)")
                        .arg(host)));
            return;
        }
        const int status = reply->status;
        const QString refusal =
            QJsonDocument::fromJson(reply->body).object().value(QLatin1String("error")).toString();
        if (status == 401 && refusal == QLatin1String("stale")) {
            const qint64 skew = reply->date.isValid() ? m_o.now.secsTo(reply->date) : 0;
            add(fail(
                QStringLiteral("gateway"),
                QStringLiteral("the gateway refused this kiosk's time (its clock differs by %1 s)")
                    .arg(skew),
                QStringLiteral("timedatectl set-ntp true (or date -s 'YYYY-MM-DD HH:MM')")));
            return;
        }
        if (status == 401 || status == 403) {
            add(fail(QStringLiteral("gateway"),
                     QStringLiteral("certificate refused: HTTP %1 %2 (revoked or unknown device)")
                         .arg(status)
                         .arg(refusal),
                     enrollFix()));
            return;
        }
        if (status != 200 && status != 204) {
            add(warn(
                QStringLiteral("gateway"),
                QStringLiteral("reachable, pin matches, but the heartbeat got HTTP %1").arg(status),
                QStringLiteral("retry later; if it persists: jiujinctl diagnostics --out FILE")));
            return;
        }
        add(ok(QStringLiteral("gateway"),
               QStringLiteral("%1 reachable, pin matches, heartbeat accepted in %2 ms")
                   .arg(gateway)
                   .arg(timer.elapsed())));
    }

    // Voice guidance: espeak-ng and its Mandarin voice load, and the ALSA device voice guidance
    // plays on ([kiosk] audio) opens and plays 100 ms of silence. A device that does not open is a
    // failure on an installed kiosk or wherever a device was named; a checkout on "default"
    // without a sound card is not an installed kiosk.
    void checkAudio()
    {
        const QString mode =
            m_store ? m_store->setting(QLatin1String(kiosksetting::voice)) : QString();
        if (mode == QLatin1String("off")) {
            add(ok(QStringLiteral("audio"), QStringLiteral("voice guidance is off")));
            return;
        }
        if (!SpeechSynthesizer::available()) {
            add(fail(QStringLiteral("audio"), SpeechSynthesizer::error(),
                     QStringLiteral("apt-get install --reinstall libespeak-ng1 espeak-ng-data")));
            return;
        }
        const QString device = m_config.audio;
        const QString problem = AudioPlayer::probe(device);
        if (problem.isEmpty()) {
            add(ok(QStringLiteral("audio"),
                   QStringLiteral("espeak-ng voice loaded; the ALSA device %1 opens and plays")
                       .arg(device)));
        } else if (!installed() && device == QLatin1String("default")) {
            add(ok(QStringLiteral("audio"),
                   QStringLiteral("espeak-ng voice loaded; %1 (not an installed kiosk)")
                       .arg(problem)));
        } else {
            add(fail(QStringLiteral("audio"),
                     problem + QStringLiteral(": voice guidance is silent"),
                     QStringLiteral("connect the loudspeaker; aplay -L lists the devices, set one "
                                    "as [kiosk] audio in %1; or jiujinctl config set voice off")
                         .arg(m_config.file)));
        }
    }

    // The kiosk's own fontconfig configuration (DESIGN §9c): every family the screens name
    // resolves to its file. When one does not, jiujin-kiosk draws with the system's fonts.
    void checkFonts()
    {
        const QString file = KioskFonts::configPath();
        if (file.isEmpty()) {
            add(ok(QStringLiteral("fonts"),
                   QStringLiteral("FONTCONFIG_FILE is set: the kiosk uses that configuration")));
            return;
        }
        const QStringList problems = KioskFonts::problems(file);
        if (problems.isEmpty())
            add(ok(QStringLiteral("fonts"),
                   QStringLiteral("%1: Noto Sans CJK SC and Noto Sans Mongolian resolve to their "
                                  "files")
                       .arg(file)));
        else
            add(fail(QStringLiteral("fonts"),
                     problems.join(QStringLiteral("; ")) +
                         QStringLiteral(": the kiosk draws with the system's fonts instead"),
                     QStringLiteral("apt-get install --reinstall fonts-noto-cjk fonts-noto-core "
                                    "fonts-dejavu-core jiujin-kiosk")));
    }

    void checkPrinter()
    {
        QString spec = m_config.printer;
        QString from = QStringLiteral("config");
        if (spec.isEmpty() && m_store) {
            spec = m_store->setting(QLatin1String(kiosksetting::printer));
            from = QStringLiteral("database");
        }
        const QString stateDir =
            m_config.state.isEmpty() ? QFileInfo(m_o.databasePath).absolutePath() : m_config.state;
        if (spec.startsWith(QLatin1String("cups:"))) {
            checkCups(spec.mid(5).trimmed());
            return;
        }
        QString dir = spec.startsWith(QLatin1String("file:")) ? spec.mid(5).trimmed() : QString();
        if (dir.isEmpty())
            dir = QDir(stateDir).filePath(QStringLiteral("printed"));
        // The kiosk makes the directory on first print: then its parent is what must be writable.
        QString probe = dir;
        while (!QFileInfo::exists(probe) && QFileInfo(probe).absolutePath() != probe)
            probe = QFileInfo(probe).absolutePath();
        const QFileInfo info(probe);
        if (!info.isDir() || !info.isWritable() || !writableByKiosk(probe)) {
            add(fail(QStringLiteral("printer"),
                     QStringLiteral("receipts go to %1, which cannot be written").arg(dir),
                     QStringLiteral("mkdir -p %1 && chown %2:%3 %1 && chmod 0750 %1")
                         .arg(dir, m_o.kioskUser, m_o.group)));
            return;
        }
        add(ok(QStringLiteral("printer"),
               QStringLiteral("receipts saved as files in %1 (%2)").arg(dir, from)));
    }

    bool writableByKiosk(const QString &path) const
    {
        if (!installed())
            return true;
        const passwd *pw = ::getpwnam(m_o.kioskUser.toLocal8Bit().constData());
        const group *gr = ::getgrnam(m_o.group.toLocal8Bit().constData());
        const Node n = node(path);
        if (!pw || !gr)
            return true;
        return (n.uid == pw->pw_uid && (n.mode & 0200)) ||
               (n.gid == gr->gr_gid && (n.mode & 0020)) || (n.mode & 0002);
    }

    void checkCups(const QString &queue)
    {
        struct HttpClose
        {
            void operator()(http_t *h) const { httpClose(h); }
        };
        struct IppFree
        {
            void operator()(ipp_t *i) const { ippDelete(i); }
        };
        const QString setFix = QStringLiteral("lpstat -e; jiujinctl config set printer cups:NAME");
        std::unique_ptr<http_t, HttpClose> http(httpConnect2(
            cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1, 3000, nullptr));
        if (!http) {
            add(fail(
                QStringLiteral("printer"),
                QStringLiteral("CUPS is not reachable at %1").arg(QString::fromUtf8(cupsServer())),
                QStringLiteral("systemctl start cups")));
            return;
        }
        QByteArray name = queue.toUtf8();
        if (name.isEmpty()) {
            const char *fallback = cupsGetDefault2(http.get());
            if (!fallback) {
                add(fail(QStringLiteral("printer"), QStringLiteral("no default printer in CUPS"),
                         setFix));
                return;
            }
            name = fallback;
        }
        char uri[HTTP_MAX_URI];
        httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0,
                         "/printers/%s", name.constData());
        ipp_t *request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
        std::unique_ptr<ipp_t, IppFree> answer(cupsDoRequest(http.get(), request, "/"));
        const QString shown = QString::fromUtf8(name);
        if (!answer || cupsLastError() > IPP_STATUS_OK_CONFLICTING) {
            add(fail(QStringLiteral("printer"),
                     QStringLiteral("no CUPS destination %1 (%2)")
                         .arg(shown, QString::fromUtf8(cupsLastErrorString())),
                     setFix));
            return;
        }
        add(ok(QStringLiteral("printer"), QStringLiteral("CUPS destination %1 exists").arg(shown)));
    }

    void checkCatalogue()
    {
        if (!m_store) {
            add(fail(QStringLiteral("catalogue"), QStringLiteral("not checked: no usable database"),
                     QStringLiteral("fix the database first")));
            return;
        }
        const auto info = m_store->info();
        if (!info) {
            add(fail(QStringLiteral("catalogue"), QStringLiteral("no catalogue imported"),
                     QStringLiteral("jiujinctl catalogue import FILE")));
            return;
        }
        const QString seq = m_store->setting(QLatin1String(cataloguesetting::seq));
        add(ok(QStringLiteral("catalogue"),
               QStringLiteral("version %1%2, seq %3, %4 items")
                   .arg(info->version, info->sample ? QStringLiteral(" (sample codes)") : QString(),
                        seq.isEmpty() ? QStringLiteral("0") : seq)
                   .arg(info->items)));
    }

    const DoctorOptions &m_o;
    KioskConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogueStore> m_store;
    std::optional<DeviceConfig> m_device;
    QDateTime m_notBefore;
    bool m_damaged = false;
    QList<Finding> m_findings;
};
} // namespace

QString Finding::text() const
{
    static const char *const words[] = {"ok  ", "WARN", "FAIL"};
    QString line = QStringLiteral("%1  %2: %3")
                       .arg(QLatin1String(words[int(level)]), check,
                            QString(what).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    if (!fix.isEmpty())
        line += QStringLiteral("\n      fix: ") + fix;
    return line;
}

QList<Finding> runDoctor(const DoctorOptions &options)
{
    return Doctor(options).run();
}

int doctorExitCode(const QList<Finding> &findings)
{
    int code = 0;
    for (const Finding &f : findings)
        code = qMax(code, f.level == Finding::Level::Fail   ? 2
                          : f.level == Finding::Level::Warn ? 1
                                                            : 0);
    return code;
}

QDate buildDate()
{
    // __DATE__ is "Mmm dd yyyy" (day space-padded); it follows SOURCE_DATE_EPOCH when set.
    const QString text = QString::fromLatin1(__DATE__).simplified();
    return QLocale::c().toDate(text, QStringLiteral("MMM d yyyy"));
}

} // namespace jiujin
