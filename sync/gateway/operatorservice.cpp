#include "operatorservice.h"

#include "auditchain.h"
#include "operatorroles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

#include <liboath/oath.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace jiujin::gateway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jiujin::gateway::OperatorService", text);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct KdfFree
{
    void operator()(EVP_KDF *k) const { EVP_KDF_free(k); }
    void operator()(EVP_KDF_CTX *c) const { EVP_KDF_CTX_free(c); }
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};

/** A QByteArray whose bytes are wiped when it goes (passwords, secrets in the clear). */
struct Wiped
{
    QByteArray bytes;
    ~Wiped()
    {
        if (!bytes.isEmpty()) {
            bytes.detach();
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
        }
    }
};

// scrypt's cost in hashes made now: N = 2^15 (32 MiB), r = 8, p = 1 — RFC 7914's interactive
// login setting. Stored in each hash, so raising it later leaves old hashes verifiable.
constexpr int defaultLogN = 15;
constexpr quint32 defaultR = 8, defaultP = 1;
constexpr int hashBytes = 32, saltBytes = 16;

Result<QByteArray> scrypt(const QByteArray &password, const QByteArray &salt, int logN, quint32 r,
                          quint32 p)
{
    std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        return Error{Error::Io, QStringLiteral("OpenSSL has no SCRYPT")};
    std::unique_ptr<EVP_KDF_CTX, KdfFree> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return Error{Error::Io, QStringLiteral("scrypt context")};
    uint64_t n = uint64_t(1) << logN;
    uint32_t rr = r, pp = p;
    // OpenSSL's default ceiling (32 MiB) is just below what N = 2^15, r = 8 needs.
    uint64_t maxmem = 128 * uint64_t(r) * (n + p + 2) + (uint64_t(1) << 20);
    static const char empty = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD,
            const_cast<char *>(password.isEmpty() ? &empty : password.constData()),
            size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.constData()),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &rr),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &pp),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end()};
    QByteArray out(hashBytes, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       params) != 1)
        return Error{Error::Io, QStringLiteral("scrypt failed")};
    return out;
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n) != 1)
        return {};
    return b;
}

const auto base64Flags = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;
const auto tokenFlags = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

/** A hash of no password, verified against for an unknown id so that it takes as long. */
const QString &decoyHash()
{
    static const QString decoy = [] {
        auto h = OperatorService::hashPassword(QStringLiteral("decoy-password"));
        return h ? h.value() : QString();
    }();
    return decoy;
}

QString base32(const QByteArray &raw)
{
    char *out = nullptr;
    size_t len = 0;
    if (oath_base32_encode(raw.constData(), size_t(raw.size()), &out, &len) != OATH_OK)
        return {};
    QString s = QString::fromLatin1(out, qsizetype(len));
    free(out);
    s.remove(u'='); // authenticator apps take it unpadded
    return s;
}

} // namespace

OperatorService::OperatorService(CentralStorage &storage, QByteArray sealKey)
    : m_storage(storage), m_sealKey(std::move(sealKey))
{
    oath_init(); // idempotent (reference-counted); nothing to free at exit
}

Result<QByteArray> OperatorService::loadSealKey(const QString &dir)
{
    const QString path = QDir(dir).filePath(sealKeyFile);
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error{Error::Io, QStringLiteral("cannot read %1").arg(path)};
        const QByteArray key = existing.readAll();
        if (key.size() != 32)
            return Error{Error::Corrupt, QStringLiteral("%1 is not a 32-byte key").arg(path)};
        return key;
    }
    const QByteArray key = randomBytes(32);
    if (key.isEmpty())
        return Error{Error::Io, QStringLiteral("no randomness for the operator seal key")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(key) != 32 ||
        !file.commit())
        return Error{Error::Io, QStringLiteral("cannot write %1").arg(path)};
    return key;
}

Result<QString> OperatorService::hashPassword(const QString &password)
{
    Wiped plain{password.toUtf8()};
    const QByteArray salt = randomBytes(saltBytes);
    if (salt.isEmpty())
        return Error{Error::Io, QStringLiteral("no randomness for a salt")};
    auto hash = scrypt(plain.bytes, salt, defaultLogN, defaultR, defaultP);
    if (!hash)
        return hash.error();
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(defaultLogN)
        .arg(defaultR)
        .arg(defaultP)
        .arg(QString::fromLatin1(salt.toBase64(base64Flags)),
             QString::fromLatin1(hash->toBase64(base64Flags)));
}

bool OperatorService::verifyPassword(const QString &password, const QString &stored)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\$scrypt\\$ln=(\\d{1,2}),r=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/"
                       "]{16,64})\\$([A-Za-z0-9+/]{32,88})$"));
    const auto m = shape.match(stored);
    if (!m.hasMatch())
        return false;
    const int logN = m.captured(1).toInt();
    const int r = m.captured(2).toInt(), p = m.captured(3).toInt();
    // A damaged or planted row must not make a login cost minutes or gigabytes.
    if (logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(m.captured(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(m.captured(5).toLatin1());
    Wiped plain{password.toUtf8()};
    if (plain.bytes.size() > maxPasswordBytes)
        return false;
    auto hash = scrypt(plain.bytes, salt, logN, quint32(r), quint32(p));
    if (!hash || hash->size() != expected.size())
        return false;
    return CRYPTO_memcmp(hash->constData(), expected.constData(), size_t(expected.size())) == 0;
}

QString OperatorService::passwordProblem(const QString &password)
{
    if (password.size() < minPasswordLength)
        return tr("密码至少 %1 个字符").arg(minPasswordLength);
    if (password.toUtf8().size() > maxPasswordBytes)
        return tr("密码过长");
    return {};
}

QString OperatorService::totpCode(const QByteArray &secret, const QDateTime &at)
{
    char code[16] = {};
    if (oath_totp_generate(secret.constData(), size_t(secret.size()), time_t(at.toSecsSinceEpoch()),
                           totpStepSeconds, OATH_TOTP_DEFAULT_START_TIME, 6, code) != OATH_OK)
        return {};
    return QString::fromLatin1(code);
}

QString OperatorService::otpauthUri(const QString &id, const QByteArray &secret)
{
    return QStringLiteral("otpauth://totp/JiuJin:%1?secret=%2&issuer=JiuJin&algorithm=SHA1&"
                          "digits=6&period=%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), base32(secret))
        .arg(totpStepSeconds);
}

std::optional<qint64> OperatorService::totpStep(const QByteArray &secret, const QString &code,
                                                const QDateTime &now)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{6}$"));
    if (!digits.match(code).hasMatch())
        return std::nullopt;
    const QByteArray otp = code.toLatin1();
    uint64_t counter = 0;
    int position = 0;
    const int rc = oath_totp_validate3(
        secret.constData(), size_t(secret.size()), time_t(now.toSecsSinceEpoch()), totpStepSeconds,
        OATH_TOTP_DEFAULT_START_TIME, totpWindowSteps, &position, &counter, otp.constData());
    if (rc < 0)
        return std::nullopt;
    return qint64(counter);
}

Result<QByteArray> OperatorService::sealSecret(const QString &id, const QByteArray &secret,
                                               const char *purpose) const
{
    if (m_sealKey.size() != 32)
        return Error{Error::Invalid, QStringLiteral("no operator seal key")};
    const QByteArray nonce = randomBytes(12);
    const QByteArray aad = "jiujin-operator-" + QByteArray(purpose) + ':' + id.toUtf8();
    std::unique_ptr<EVP_CIPHER_CTX, KdfFree> ctx(EVP_CIPHER_CTX_new());
    QByteArray out(secret.size(), Qt::Uninitialized);
    unsigned char tag[16];
    int len = 0, tail = 0;
    const auto *key = reinterpret_cast<const unsigned char *>(m_sealKey.constData());
    if (nonce.isEmpty() || !ctx ||
        EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key,
                            reinterpret_cast<const unsigned char *>(nonce.constData()),
                            nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                          reinterpret_cast<const unsigned char *>(aad.constData()),
                          int(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                          reinterpret_cast<const unsigned char *>(secret.constData()),
                          int(secret.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), nullptr, &tail) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tag) != 1)
        return Error{Error::Io, QStringLiteral("cannot seal the TOTP secret")};
    return nonce + out + QByteArray(reinterpret_cast<const char *>(tag), 16);
}

Result<QByteArray> OperatorService::openSecret(const QString &id, const QByteArray &sealed,
                                               const char *purpose) const
{
    if (m_sealKey.size() != 32)
        return Error{Error::Invalid, QStringLiteral("no operator seal key")};
    if (sealed.size() < 12 + 16 + 1)
        return Error{Error::Corrupt, QStringLiteral("sealed TOTP secret of %1 too short").arg(id)};
    const QByteArray aad = "jiujin-operator-" + QByteArray(purpose) + ':' + id.toUtf8();
    const QByteArray nonce = sealed.left(12), tag = sealed.right(16);
    const QByteArray body = sealed.mid(12, sealed.size() - 28);
    std::unique_ptr<EVP_CIPHER_CTX, KdfFree> ctx(EVP_CIPHER_CTX_new());
    QByteArray out(body.size(), Qt::Uninitialized);
    int len = 0, tail = 0;
    const auto *key = reinterpret_cast<const unsigned char *>(m_sealKey.constData());
    if (!ctx ||
        EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key,
                            reinterpret_cast<const unsigned char *>(nonce.constData()),
                            nullptr) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                          reinterpret_cast<const unsigned char *>(aad.constData()),
                          int(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                          reinterpret_cast<const unsigned char *>(body.constData()),
                          int(body.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16,
                            const_cast<char *>(tag.constData())) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), nullptr, &tail) != 1) {
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        return Error{
            Error::Corrupt,
            QStringLiteral("the TOTP secret of %1 does not open with the seal key").arg(id)};
    }
    return out;
}

Result<OperatorService::TotpSetup> OperatorService::beginTotp(const QString &id,
                                                              const QDateTime &now)
{
    auto row = existing(id);
    if (!row)
        return row.error();
    if (!row->totpSecretSealed.isEmpty())
        return Error{Error::Busy, QStringLiteral("TOTP is set already")};
    TotpSetup setup;
    setup.secret = randomBytes(20); // RFC 4226's recommended 160 bits
    if (setup.secret.isEmpty())
        return Error{Error::Io, QStringLiteral("no randomness for a TOTP secret")};
    setup.expiresAt =
        QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + totpSetupSeconds, Qt::UTC);
    // The pending setup: the end (8 bytes, big-endian seconds) and the secret, sealed to the
    // seal key and to this operator under a purpose of its own (never taken as a stored secret).
    Wiped plain{QByteArray(8, '\0') + setup.secret};
    qint64 end = setup.expiresAt.toSecsSinceEpoch();
    for (int i = 7; i >= 0; --i, end >>= 8)
        plain.bytes[i] = char(end & 0xff);
    auto sealed = sealSecret(id, plain.bytes, "totp-pending");
    if (!sealed)
        return sealed.error();
    setup.pending = sealed.value();
    return setup;
}

Result<void> OperatorService::confirmTotp(const QString &id, const QByteArray &pending,
                                          const QString &code, const QDateTime &now)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    auto opened = openSecret(id, pending, "totp-pending");
    if (!opened) // another operator's, altered, or not one at all
        return Error{Error::Invalid, QStringLiteral("not a TOTP setup of %1").arg(id)};
    Wiped plain{opened.value()};
    if (plain.bytes.size() != 8 + 20)
        return Error{Error::Invalid, QStringLiteral("not a TOTP setup of %1").arg(id)};
    qint64 end = 0;
    for (int i = 0; i < 8; ++i)
        end = (end << 8) | quint8(plain.bytes.at(i));
    if (at.toSecsSinceEpoch() >= end)
        return Error{Error::Invalid, QStringLiteral("the TOTP setup ended; begin again")};
    const Wiped secret{plain.bytes.mid(8)};
    const std::optional<qint64> step = totpStep(secret.bytes, code, at);
    if (!step)
        return Error{Error::Invalid, QStringLiteral("wrong TOTP code")};
    auto sealed = sealSecret(id, secret.bytes);
    if (!sealed)
        return sealed.error();
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto row = existing(id);
    if (!row)
        return row.error();
    if (!row->totpSecretSealed.isEmpty())
        return Error{Error::Busy, QStringLiteral("TOTP is set already")};
    row->totpSecretSealed = sealed.value();
    row->totpLastStep = *step; // the confirming code does not log in again
    row->updatedAt = at;
    if (auto r = m_storage.operators().updateOperator(row.value()); !r)
        return r;
    auto audited =
        AuditChain(m_storage).append(id, QStringLiteral("operator.totp.set"), id, json({}), now);
    if (!audited)
        return audited.error();
    return tx.value()->commit();
}

Result<OperatorService::Added> OperatorService::add(const NewOperator &o, const QString &password,
                                                    const QString &actor, const QDateTime &now)
{
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!idShape.match(o.id).hasMatch())
        return Error{Error::Invalid,
                     tr("操作员编号只能由字母、数字和 . _ - 组成（至多 64 个字符）")};
    if (OperatorRoles::roleText(o.role).isEmpty())
        return Error{Error::Invalid,
                     tr("未知的角色 %1（可用：%2）")
                         .arg(o.role, OperatorRoles::roles().join(QLatin1String(", ")))};
    if (!OperatorRoles::validScope(o.role, o.scope))
        return Error{Error::Invalid,
                     o.role == OperatorRoles::clerk
                         ? tr("窗口受理员须有一个或多个苏木乡镇（9 位区划代码，--township）")
                     : o.role == OperatorRoles::officer
                         ? tr("部门审批员须有一个或多个部门代码（--department）")
                         : tr("督办员和运维人员的范围是全旗：不给 --township 或 --department")};
    if (o.name.size() > 64)
        return Error{Error::Invalid, tr("显示名称至多 64 个字符")};
    if (const QString why = passwordProblem(password); !why.isEmpty())
        return Error{Error::Invalid, why};
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    Added added;
    OperatorRow &row = added.row;
    row.id = o.id;
    row.name = o.name.trimmed();
    row.role = o.role;
    row.scope = o.scope;
    row.passwordHash = hash.value();
    row.createdAt = row.updatedAt = at;
    if (o.totp) {
        added.totpSecret = randomBytes(20); // RFC 4226's recommended 160 bits
        if (added.totpSecret.isEmpty())
            return Error{Error::Io, QStringLiteral("no randomness for a TOTP secret")};
        auto sealed = sealSecret(o.id, added.totpSecret);
        if (!sealed)
            return sealed.error();
        row.totpSecretSealed = sealed.value();
    }
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    if (auto r = m_storage.operators().insertOperator(row); !r)
        return r.error().code == Error::Busy ? Error{Error::Busy, tr("操作员 %1 已存在").arg(o.id)}
                                             : r.error();
    auto audited = AuditChain(m_storage).append(
        actor, QStringLiteral("operator.add"), o.id,
        json({{QStringLiteral("role"), o.role},
              {QStringLiteral("scope"), QJsonArray::fromStringList(o.scope)},
              {QStringLiteral("totp"), o.totp}}),
        now);
    if (!audited)
        return audited.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return added;
}

Result<std::optional<OperatorRow>> OperatorService::find(const QString &id)
{
    return m_storage.operators().operatorById(id);
}

Result<QList<OperatorRow>> OperatorService::list()
{
    return m_storage.operators().operators();
}

Result<OperatorRow> OperatorService::existing(const QString &id)
{
    auto found = m_storage.operators().operatorById(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::NotFound, tr("没有操作员 %1").arg(id)};
    return *found.value();
}

Result<void> OperatorService::disable(const QString &id, const QString &actor, const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto row = existing(id);
    if (!row)
        return row.error();
    row->enabled = false;
    row->updatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    if (auto r = m_storage.operators().updateOperator(row.value()); !r)
        return r;
    auto ended = m_storage.operators().endSessionsOf(id, now);
    if (!ended)
        return ended.error();
    auto audited = AuditChain(m_storage).append(
        actor, QStringLiteral("operator.disable"), id,
        json({{QStringLiteral("sessions_ended"), ended.value()}}), now);
    if (!audited)
        return audited.error();
    return tx.value()->commit();
}

Result<void> OperatorService::unlock(const QString &id, const QString &actor, const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto row = existing(id);
    if (!row)
        return row.error();
    row->failedLogins = 0;
    row->lockedUntil.reset();
    row->updatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    if (auto r = m_storage.operators().updateOperator(row.value()); !r)
        return r;
    auto audited =
        AuditChain(m_storage).append(actor, QStringLiteral("operator.unlock"), id, json({}), now);
    if (!audited)
        return audited.error();
    return tx.value()->commit();
}

Result<void> OperatorService::setPassword(const QString &id, const QString &password,
                                          const QString &actor, const QDateTime &now)
{
    if (const QString why = passwordProblem(password); !why.isEmpty())
        return Error{Error::Invalid, why};
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto row = existing(id);
    if (!row)
        return row.error();
    row->passwordHash = hash.value();
    row->updatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    if (auto r = m_storage.operators().updateOperator(row.value()); !r)
        return r;
    auto ended = m_storage.operators().endSessionsOf(id, now);
    if (!ended)
        return ended.error();
    auto audited = AuditChain(m_storage).append(
        actor, QStringLiteral("operator.passwd"), id,
        json({{QStringLiteral("sessions_ended"), ended.value()}}), now);
    if (!audited)
        return audited.error();
    return tx.value()->commit();
}

QString OperatorService::tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

Result<QString> OperatorService::storedHash(const QString &id)
{
    auto found = m_storage.operators().operatorById(id);
    if (!found)
        return found.error();
    return found.value() ? found.value()->passwordHash : QString();
}

OperatorService::PasswordCheck OperatorService::checkPassword(const QString &password,
                                                              const QString &hash)
{
    if (hash.isEmpty()) {
        verifyPassword(password, decoyHash()); // as long as for a known id
        return {};
    }
    return {hash, verifyPassword(password, hash)};
}

Result<OperatorService::Login> OperatorService::login(const QString &id, const QString &password,
                                                      const QString &totp, const QDateTime &now)
{
    auto hash = storedHash(id);
    if (!hash)
        return hash.error();
    return login(id, checkPassword(password, hash.value()), totp, now);
}

Result<OperatorService::Login> OperatorService::login(const QString &id, const PasswordCheck &check,
                                                      const QString &totp, const QDateTime &now)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    Login answer;
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto found = m_storage.operators().operatorById(id);
    if (!found)
        return found.error();
    if (!found.value())
        return answer; // Refused
    OperatorRow row = *found.value();
    if (row.lockedUntil && at < *row.lockedUntil) {
        answer.outcome = Login::Outcome::Locked;
        answer.lockedUntil = *row.lockedUntil;
        return answer; // nothing is counted while locked
    }
    // A password changed between the check and now: refused, not counted (the next try checks
    // against the new hash).
    if (check.hash != row.passwordHash)
        return answer;
    bool ok = check.matches && row.enabled;
    std::optional<qint64> step;
    if (ok && !row.totpSecretSealed.isEmpty()) {
        auto secret = openSecret(row.id, row.totpSecretSealed);
        if (!secret)
            return secret.error(); // fail closed: a secret that does not open is no pass
        Wiped plain{secret.value()};
        step = totpStep(plain.bytes, totp, at);
        // A code is good once: its step (or an earlier one) is never taken again.
        ok = step && *step > row.totpLastStep;
    }
    row.updatedAt = at;
    if (!ok) {
        if (!row.enabled) // a disabled account is refused without counting towards a lock
            return answer;
        ++row.failedLogins;
        QString action = QStringLiteral("operator.login.refused");
        QJsonObject detail{{QStringLiteral("failures"), row.failedLogins}};
        if (row.failedLogins >= maxFailures) {
            row.lockedUntil = at.addSecs(lockSeconds);
            row.failedLogins = 0;
            action = QStringLiteral("operator.lock");
            detail.insert(QStringLiteral("until"), row.lockedUntil->toString(Qt::ISODate));
            answer.outcome = Login::Outcome::Locked;
            answer.lockedUntil = *row.lockedUntil;
        }
        if (auto r = m_storage.operators().updateOperator(row); !r)
            return r.error();
        auto audited = AuditChain(m_storage).append(row.id, action, row.id, json(detail), now);
        if (!audited)
            return audited.error();
        if (auto r = tx.value()->commit(); !r)
            return r.error();
        return answer;
    }
    const QByteArray raw = randomBytes(32);
    if (raw.isEmpty())
        return Error{Error::Io, QStringLiteral("no randomness for a session token")};
    const QByteArray token = raw.toBase64(tokenFlags);
    row.failedLogins = 0;
    row.lockedUntil.reset();
    if (step)
        row.totpLastStep = *step;
    if (auto r = m_storage.operators().updateOperator(row); !r)
        return r.error();
    OperatorSessionRow session;
    session.tokenHash = tokenHash(token);
    session.operatorId = row.id;
    session.createdAt = session.lastSeen = at;
    if (auto r = m_storage.operators().insertSession(session); !r)
        return r.error();
    auto audited =
        AuditChain(m_storage).append(row.id, QStringLiteral("operator.login"), row.id,
                                     json({{QStringLiteral("session"), session.tokenHash.left(16)},
                                           {QStringLiteral("totp"), step.has_value()}}),
                                     now);
    if (!audited)
        return audited.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    answer.outcome = Login::Outcome::Ok;
    answer.token = QString::fromLatin1(token);
    answer.expiresAt = at.addSecs(idleSeconds);
    answer.row = row;
    return answer;
}

Result<std::optional<OperatorService::Session>>
OperatorService::authenticate(const QByteArray &token, const QDateTime &now, bool activity)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    if (!shape.match(QString::fromLatin1(token)).hasMatch())
        return std::optional<Session>();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    const QString hash = tokenHash(token);
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto found = m_storage.operators().session(hash);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->endedAt)
        return std::optional<Session>();
    const OperatorSessionRow &s = *found.value();
    const QDateTime absolute = s.createdAt.addSecs(absoluteSeconds);
    const QDateTime idle = s.lastSeen.addSecs(idleSeconds);
    auto op = m_storage.operators().operatorById(s.operatorId);
    if (!op)
        return op.error();
    if (at >= absolute || at >= idle || !op.value() || !op.value()->enabled) {
        if (auto r = m_storage.operators().endSession(hash, at); !r)
            return r.error();
        if (auto r = tx.value()->commit(); !r)
            return r.error();
        return std::optional<Session>();
    }
    // Activity is written at most once a minute: a request then costs a read, not a durable
    // write (the idle limit is kept to the minute).
    QDateTime seen = s.lastSeen;
    if (activity && s.lastSeen.secsTo(at) >= touchSeconds) {
        if (auto r = m_storage.operators().touchSession(hash, at); !r)
            return r.error();
        if (auto r = tx.value()->commit(); !r)
            return r.error();
        seen = at;
    }
    return std::optional<Session>(
        Session{*op.value(), hash, std::min(absolute, seen.addSecs(idleSeconds))});
}

Result<void> OperatorService::logout(const Session &session, const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    if (auto r = m_storage.operators().endSession(session.tokenHash, now); !r)
        return r;
    auto audited = AuditChain(m_storage).append(
        session.row.id, QStringLiteral("operator.logout"), session.row.id,
        json({{QStringLiteral("session"), session.tokenHash.left(16)}}), now);
    if (!audited)
        return audited.error();
    return tx.value()->commit();
}

} // namespace jiujin::gateway
