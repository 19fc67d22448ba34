#include "gatewaykeys.h"

#include "centralstorage.h"
#include "gatewaylog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/crypto.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jiujin {

namespace {

const char caCert[] = "ca.pem";
const char caKey[] = "ca.key";
const char serverCert[] = "server.pem";
const char serverKey[] = "server.key";
const char nextServerCert[] = "server-next.pem";
const char nextServerKey[] = "server-next.key";
const char databaseFile[] = "gateway.db";

QString centralKeyFile(protocol::Suite suite)
{
    return QStringLiteral("central-%1.key").arg(protocol::suiteName(suite));
}

QString receiptKeyFile(protocol::Suite suite)
{
    return QStringLiteral("receipt-%1.key").arg(protocol::suiteName(suite));
}

/** Writes @p bytes to a new file; secrets are created 0600 so they are never readable by others,
 *  not even between create and chmod. */
Result<void> writeFile(const QString &path, const QByteArray &bytes, bool secret)
{
    const QByteArray native = QFile::encodeName(path);
    ::unlink(native.constData());
    const int fd =
        ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, secret ? 0600 : 0644);
    if (fd < 0)
        return Error{Error::Io, QStringLiteral("cannot create %1").arg(path)};
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0) {
            ::close(fd);
            return Error{Error::Io, QStringLiteral("cannot write %1").arg(path)};
        }
        done += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return Error{Error::Io, QStringLiteral("cannot sync %1").arg(path)};
    return {};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::NotFound, QStringLiteral("cannot read %1").arg(path)};
    return f.readAll();
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty()) {
        secret.detach();
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    }
    secret.clear();
}

Result<protocol::Key> loadKey(const QString &path, protocol::Key::Algorithm expected)
{
    auto pem = readFile(path);
    if (!pem)
        return pem.error();
    auto key = protocol::Key::fromPem(pem.value());
    wipe(pem.value());
    if (!key)
        return Error{key.error().code, QStringLiteral("%1: %2").arg(path, key.error().message)};
    if (key->algorithm() != expected || !key->hasPrivate())
        return Error{Error::Invalid, QStringLiteral("%1: not the expected private key").arg(path)};
    return key;
}

} // namespace

QString GatewayKeys::databasePath(const QString &dir)
{
    return QDir(dir).filePath(QLatin1String(databaseFile));
}

QString GatewayKeys::serverCertificatePath() const
{
    return QDir(m_dir).filePath(QLatin1String(serverCert));
}

QString GatewayKeys::serverKeyPath() const
{
    return QDir(m_dir).filePath(QLatin1String(serverKey));
}

QString GatewayKeys::caCertificatePath() const
{
    return QDir(m_dir).filePath(QLatin1String(caCert));
}

QByteArray GatewayKeys::serverPin() const
{
    return pki::spkiPin(m_serverCert);
}

QStringList GatewayKeys::announcedPins() const
{
    QStringList pins{QString::fromLatin1(serverPin())};
    if (const QByteArray next = pki::spkiPin(m_nextServerCert);
        !next.isEmpty() && next != serverPin())
        pins.append(QString::fromLatin1(next));
    return pins;
}

Result<QByteArray> GatewayKeys::prepareNextServerKey(const QString &dir, const QStringList &hosts,
                                                     const QDateTime &now)
{
    auto keys = load(dir);
    if (!keys)
        return keys.error();
    QStringList names = hosts.isEmpty() ? pki::subjectAltNames(keys->m_serverCert) : hosts;
    if (names.isEmpty())
        names = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    auto server = keys->ca().issueServer(names, now);
    if (!server)
        return server.error();
    QDir d(dir);
    // Certificate first: a next key without its certificate is never announced.
    auto written = writeFile(d.filePath(QLatin1String(nextServerKey)), server->first, true);
    wipe(server->first);
    if (!written)
        return written.error();
    if (auto r = writeFile(d.filePath(QLatin1String(nextServerCert)), server->second, false); !r)
        return r.error();
    return pki::spkiPin(server->second);
}

Result<QByteArray> GatewayKeys::rollServerKey(const QString &dir)
{
    QDir d(dir);
    const QString nextCert = d.filePath(QLatin1String(nextServerCert));
    const QString nextKey = d.filePath(QLatin1String(nextServerKey));
    auto cert = readFile(nextCert);
    if (!cert)
        return Error{Error::NotFound,
                     QStringLiteral("no next server key is prepared (server-key next)")};
    // The key goes first: a crash between the two renames leaves server.key new and
    // server-next.pem still there, and rolling again finishes the job.
    if ((QFileInfo::exists(nextKey) &&
         ::rename(QFile::encodeName(nextKey).constData(),
                  QFile::encodeName(d.filePath(QLatin1String(serverKey))).constData()) != 0) ||
        ::rename(QFile::encodeName(nextCert).constData(),
                 QFile::encodeName(d.filePath(QLatin1String(serverCert))).constData()) != 0)
        return Error{Error::Io, QStringLiteral("cannot move the next server key into place")};
    return pki::spkiPin(cert.value());
}

const protocol::Key &GatewayKeys::centralKey(protocol::Suite suite) const
{
    return suite == protocol::Suite::Gm ? *m_centralGm : *m_centralIntl;
}

const protocol::Key &GatewayKeys::receiptKey(protocol::Suite suite) const
{
    return suite == protocol::Suite::Gm ? *m_receiptGm : *m_receiptIntl;
}

Result<GatewayKeys> GatewayKeys::init(const QString &dir, const QStringList &hosts,
                                      const QDateTime &now, bool force)
{
    QDir d(dir);
    if (!d.mkpath(QStringLiteral(".")))
        return Error{Error::Io, QStringLiteral("cannot create %1").arg(dir)};
    if (!force) {
        for (const char *name : {caKey, caCert, serverKey, serverCert})
            if (QFileInfo::exists(d.filePath(QLatin1String(name))))
                return Error{Error::Invalid,
                             QStringLiteral("%1 is already initialised (use --force to replace "
                                            "every key)")
                                 .arg(dir)};
    }
    // The directory holds private keys: owner only.
    ::chmod(QFile::encodeName(dir).constData(), 0700);

    auto ca = CertificateAuthority::create(now);
    if (!ca)
        return ca.error();
    const QStringList names =
        hosts.isEmpty() ? QStringList{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}
                        : hosts;
    auto server = ca->issueServer(names, now);
    if (!server)
        return server.error();

    QByteArray caKeyPem = ca->privateKeyPem();
    auto written = writeFile(d.filePath(QLatin1String(caKey)), caKeyPem, true);
    wipe(caKeyPem);
    if (!written)
        return written.error();
    if (auto r = writeFile(d.filePath(QLatin1String(caCert)), ca->certificatePem(), false); !r)
        return r.error();
    written = writeFile(d.filePath(QLatin1String(serverKey)), server->first, true);
    wipe(server->first);
    if (!written)
        return written.error();
    if (auto r = writeFile(d.filePath(QLatin1String(serverCert)), server->second, false); !r)
        return r.error();

    for (protocol::Suite suite : {protocol::Suite::Intl, protocol::Suite::Gm}) {
        for (bool signing : {false, true}) {
            auto key =
                signing ? protocol::Key::generateSigning(suite) : protocol::Key::generate(suite);
            if (!key)
                return key.error();
            const QString file = signing ? receiptKeyFile(suite) : centralKeyFile(suite);
            QByteArray secret = key->privatePem();
            written = writeFile(d.filePath(file), secret, true);
            wipe(secret);
            if (!written)
                return written.error();
            QString pub = file;
            pub.replace(QLatin1String(".key"), QLatin1String(".pub"));
            if (auto r = writeFile(d.filePath(pub), key->publicPem(), false); !r)
                return r.error();
        }
    }

    // --force replaces keys only: received records stay, each (device, uuid) is kept for ever.
    auto store = gateway::openGatewayStorage(dir);
    if (!store)
        return store.error();
    ::chmod(QFile::encodeName(databasePath(dir)).constData(), 0600);
    return load(dir);
}

Result<GatewayKeys> GatewayKeys::load(const QString &dir)
{
    QDir d(dir);
    GatewayKeys keys;
    keys.m_dir = d.absolutePath();
    auto caPem = readFile(d.filePath(QLatin1String(caCert)));
    if (!caPem)
        return Error{Error::NotFound, QStringLiteral("%1 is not initialised (run init)").arg(dir)};
    auto caKeyPem = readFile(d.filePath(QLatin1String(caKey)));
    if (!caKeyPem)
        return caKeyPem.error();
    auto ca = CertificateAuthority::load(caPem.value(), caKeyPem.value());
    wipe(caKeyPem.value());
    if (!ca)
        return ca.error();
    keys.m_ca.emplace(std::move(ca.value()));
    auto server = readFile(d.filePath(QLatin1String(serverCert)));
    if (!server)
        return server.error();
    keys.m_serverCert = server.value();
    if (auto next = readFile(d.filePath(QLatin1String(nextServerCert))); next)
        keys.m_nextServerCert = next.value();

    using A = protocol::Key::Algorithm;
    auto centralIntl = loadKey(d.filePath(centralKeyFile(protocol::Suite::Intl)), A::X25519);
    auto centralGm = loadKey(d.filePath(centralKeyFile(protocol::Suite::Gm)), A::Sm2);
    auto receiptIntl = loadKey(d.filePath(receiptKeyFile(protocol::Suite::Intl)), A::Ed25519);
    auto receiptGm = loadKey(d.filePath(receiptKeyFile(protocol::Suite::Gm)), A::Sm2);
    if (!centralIntl)
        return centralIntl.error();
    if (!centralGm)
        return centralGm.error();
    if (!receiptIntl)
        return receiptIntl.error();
    if (!receiptGm)
        return receiptGm.error();
    keys.m_centralIntl.emplace(std::move(centralIntl.value()));
    keys.m_centralGm.emplace(std::move(centralGm.value()));
    keys.m_receiptIntl.emplace(std::move(receiptIntl.value()));
    keys.m_receiptGm.emplace(std::move(receiptGm.value()));
    return keys;
}

} // namespace jiujin
