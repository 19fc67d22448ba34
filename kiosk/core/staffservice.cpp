#include "staffservice.h"

#include "auditlog.h"
#include "database.h"
#include "staffstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace jiujin {

namespace {
// scrypt with 16 MiB of memory: about 50 ms per attempt here, so a PIN cannot be tried quickly
// even by someone who copied the database, while a login still feels instant.
constexpr quint64 scryptN = 1 << 14, scryptR = 8, scryptP = 1;
const QString kdfName = QStringLiteral("scrypt:N=16384,r=8,p=1");

QByteArray derive(const QString &pin, const QByteArray &salt)
{
    QByteArray key(32, Qt::Uninitialized);
    const QByteArray secret = pin.toUtf8();
    if (EVP_PBE_scrypt(secret.constData(), size_t(secret.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()),
                       size_t(salt.size()), scryptN, scryptR, scryptP, 64ull << 20,
                       reinterpret_cast<unsigned char *>(key.data()), size_t(key.size())) != 1)
        return {};
    return key;
}

} // namespace

StaffService::StaffService(Database &db, std::function<QDateTime()> clock)
    : m_db(db), m_clock(std::move(clock))
{
}

QString StaffService::pinProblem(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{%1}$").arg(pinDigits));
    if (!digits.match(pin).hasMatch())
        return QCoreApplication::translate("jiujin::StaffService", "密码须为%1位数字")
            .arg(pinDigits);
    bool same = true, ascending = true, descending = true;
    for (int i = 1; i < pin.size(); ++i) {
        const int d = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && d == 0;
        ascending = ascending && d == 1;
        descending = descending && d == -1;
    }
    if (same || ascending || descending)
        return QCoreApplication::translate("jiujin::StaffService",
                                           "密码太容易被猜到，请不要用重复或连续的数字");
    return {};
}

Result<void> StaffService::enrol(const QString &id, const QString &displayName, const QString &pin)
{
    static const QRegularExpression idPattern(QStringLiteral("^[0-9A-Za-z]{1,16}$"));
    if (!idPattern.match(id).hasMatch())
        return Error{Error::Invalid, QStringLiteral("a staff number is 1-16 letters or digits")};
    if (displayName.trimmed().isEmpty())
        return Error{Error::Invalid, QStringLiteral("a staff member needs a name")};
    if (const QString problem = pinProblem(pin); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    StaffRow row;
    row.id = id;
    row.displayName = displayName.trimmed();
    row.salt = QByteArray(16, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(row.salt.data()), int(row.salt.size())) != 1)
        return Error{Error::Io, QStringLiteral("no randomness for the PIN salt")};
    row.pinHash = derive(pin, row.salt);
    row.kdf = kdfName;
    if (row.pinHash.isEmpty())
        return Error{Error::Io, QStringLiteral("scrypt failed")};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = StaffStore(m_db).put(row); !r)
        return r;
    if (auto r = AuditLog(m_db).append(m_clock(), QStringLiteral("ctl"),
                                       QStringLiteral("staff.enrolled"), id);
        !r)
        return r;
    return tx.commit();
}

Result<void> StaffService::remove(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = StaffStore(m_db).remove(id); !r)
        return r;
    if (auto r = AuditLog(m_db).append(m_clock(), QStringLiteral("ctl"),
                                       QStringLiteral("staff.removed"), id);
        !r)
        return r;
    return tx.commit();
}

LoginResult StaffService::login(const QString &id, const QString &pin)
{
    const QDateTime now = m_clock();
    LoginResult result;
    StaffStore store(m_db);
    AuditLog audit(m_db);
    Transaction tx(m_db);
    const auto row = store.get(id);
    if (!row) {
        // Same answer as a wrong PIN, so the screen does not tell which staff numbers exist.
        audit.append(now, QStringLiteral("kiosk"), QStringLiteral("staff.login_failed"), id,
                     QStringLiteral("unknown"));
        tx.commit();
        result.attemptsLeft = maxFailures;
        return result;
    }
    if (row->lockedUntil && *row->lockedUntil > now) {
        audit.append(now, QStringLiteral("kiosk"), QStringLiteral("staff.login_refused"), id,
                     QStringLiteral("locked"));
        tx.commit();
        result.outcome = LoginResult::Locked;
        result.lockedUntil = *row->lockedUntil;
        return result;
    }
    const QByteArray attempt = derive(pin, row->salt);
    const bool match =
        row->kdf == kdfName && attempt.size() == row->pinHash.size() &&
        CRYPTO_memcmp(attempt.constData(), row->pinHash.constData(), size_t(attempt.size())) == 0;
    if (match) {
        store.setAttempts(id, 0, std::nullopt);
        audit.append(now, QStringLiteral("staff:") + id, QStringLiteral("staff.login"), id);
        tx.commit();
        result.outcome = LoginResult::Ok;
        result.staffId = id;
        result.displayName = row->displayName;
        return result;
    }
    // A lock that has run out starts a fresh count.
    const int failures = (row->lockedUntil ? 0 : row->failures) + 1;
    if (failures >= maxFailures) {
        result.outcome = LoginResult::Locked;
        result.lockedUntil = now.addSecs(lockSeconds);
        store.setAttempts(id, failures, result.lockedUntil);
        audit.append(now, QStringLiteral("kiosk"), QStringLiteral("staff.locked"), id);
    } else {
        result.attemptsLeft = maxFailures - failures;
        store.setAttempts(id, failures, std::nullopt);
        audit.append(now, QStringLiteral("kiosk"), QStringLiteral("staff.login_failed"), id);
    }
    tx.commit();
    return result;
}

} // namespace jiujin
