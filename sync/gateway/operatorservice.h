#pragma once

#include "centralstorage.h"
#include "operatorrecords.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin::gateway {

/**
 * Central's operator accounts (docs/DESIGN.md, "Operators and roles"): passwords hashed with scrypt
 * (OpenSSL 3's EVP_KDF "SCRYPT") into a self-describing string, lockout after repeated failures,
 * optional TOTP (RFC 6238 through liboath) with its secret sealed at rest, and sessions whose
 * bearer token is given to the client once while only its SHA-256 is stored. Every change is one
 * transaction with its audit chain entry. Time is always the caller's @p now.
 */
class OperatorService
{
public:
    static constexpr int minPasswordLength = 10;
    static constexpr int maxPasswordBytes = 1024; ///< longer is refused before any hashing
    static constexpr int maxFailures = 5;         ///< failed logins in a row before the lock
    static constexpr qint64 lockSeconds = 15 * 60;
    static constexpr qint64 idleSeconds = 30 * 60;
    static constexpr qint64 absoluteSeconds = 10 * 3600;
    static constexpr qint64 touchSeconds = 60; ///< a session's last use is written this often
    static constexpr int totpStepSeconds = 30;
    static constexpr int totpWindowSteps = 1; ///< a code of the step before or after is taken
    /** The name of the seal key file in the gateway's data directory. */
    static inline const QString sealKeyFile = QStringLiteral("operator-seal.key");

    /** @p sealKey: 32 bytes that seal TOTP secrets at rest (loadSealKey()); may be empty when
     *  no TOTP secret is made or checked through this object. */
    explicit OperatorService(CentralStorage &storage, QByteArray sealKey = {});

    /** The seal key of data directory @p dir (its operator-seal.key, 0600), made when missing. */
    static Result<QByteArray> loadSealKey(const QString &dir);

    /** "$scrypt$ln=16,r=8,p=1$<salt>$<hash>" (base64) of @p password with a fresh salt. */
    static Result<QString> hashPassword(const QString &password);
    /** Whether @p password matches @p stored (constant-time compare); false for a string that is
     *  not one hashPassword() writes, or asks for more than a bounded cost. */
    static bool verifyPassword(const QString &password, const QString &stored);
    /** Why @p password is refused as a new password, or "". */
    static QString passwordProblem(const QString &password);

    /** The RFC 6238 code (6 digits, 30 s, HMAC-SHA1) of @p secret at @p at. */
    static QString totpCode(const QByteArray &secret, const QDateTime &at);
    /** The otpauth:// URI an authenticator app scans for @p secret of operator @p id. */
    static QString otpauthUri(const QString &id, const QByteArray &secret);

    /** What `operator add` asks for. */
    struct NewOperator
    {
        QString id, name, role;
        QStringList scope; ///< townships (clerk) or departments (officer)
        bool totp = false;
    };
    /** What add() made: the account, and the TOTP secret (raw) when asked for one, shown once. */
    struct Added
    {
        OperatorRow row;
        QByteArray totpSecret;
    };
    /** Error::Invalid for a bad id, role, scope or password; Error::Busy for an id taken. */
    Result<Added> add(const NewOperator &o, const QString &password, const QString &actor,
                      const QDateTime &now);
    Result<std::optional<OperatorRow>> find(const QString &id);
    Result<QList<OperatorRow>> list();
    /** Disables @p id and ends its sessions. Error::NotFound for an unknown id. */
    Result<void> disable(const QString &id, const QString &actor, const QDateTime &now);
    /** Lifts a lockout and clears the failure count. */
    Result<void> unlock(const QString &id, const QString &actor, const QDateTime &now);
    /** Sets a new password; the operator's sessions end. */
    Result<void> setPassword(const QString &id, const QString &password, const QString &actor,
                             const QDateTime &now);

    /** How a login went. */
    struct Login
    {
        enum class Outcome {
            Ok,
            Refused, ///< unknown id, disabled, wrong password or TOTP code (not told apart)
            Locked,  ///< too many failures: refused until lockedUntil, whatever was given
        };
        Outcome outcome = Outcome::Refused;
        QString token; ///< Ok: the bearer token (43 characters, base64url), given once
        QDateTime expiresAt;
        QDateTime lockedUntil; ///< Locked
        OperatorRow row;       ///< Ok
    };
    Result<Login> login(const QString &id, const QString &password, const QString &totp,
                        const QDateTime &now);

    /** A password checked against a stored hash. scrypt is a login's slow part (~0.25 s): a
     *  server reads the hash (storedHash()), checks it without holding its storage
     *  (checkPassword()), then records the outcome (login() with the check). */
    struct PasswordCheck
    {
        QString hash; ///< the stored hash it was checked against ("" for an unknown id)
        bool matches = false;
    };
    /** The stored password hash of @p id; "" for an unknown id. */
    Result<QString> storedHash(const QString &id);
    /** @p password against @p hash; an empty @p hash is checked against a decoy, as slowly. */
    static PasswordCheck checkPassword(const QString &password, const QString &hash);
    /** As login() above with the password already checked; refused (not counted) when the
     *  account's hash changed since. */
    Result<Login> login(const QString &id, const PasswordCheck &check, const QString &totp,
                        const QDateTime &now);

    /** An open session and its operator. */
    struct Session
    {
        OperatorRow row;
        QString tokenHash;
        QDateTime expiresAt; ///< the earlier of idle and absolute expiry, from now
    };
    /** The session of bearer @p token at @p now (and, when @p activity, it counts as activity,
     *  recorded at most every touchSeconds; a page's own refresh is no activity); nullopt when
     *  there is none: unknown, ended, idle or past its absolute limit, or the operator disabled. */
    Result<std::optional<Session>> authenticate(const QByteArray &token, const QDateTime &now,
                                                bool activity = true);
    /** Ends the session of @p tokenHash (authenticate()'s). */
    Result<void> logout(const Session &session, const QDateTime &now);

    /** Lower-case hex SHA-256 of @p token, as sessions are stored. */
    static QString tokenHash(const QByteArray &token);

    /** How long a TOTP setup waits for its confirming code. */
    static constexpr qint64 totpSetupSeconds = 10 * 60;
    /** A TOTP setup begun (beginTotp()): the new secret, shown to the operator once, and the
     *  setup as central sealed it (to the seal key and the operator, with its end), which the
     *  client gives back with a code. Nothing is stored until then. */
    struct TotpSetup
    {
        QByteArray secret;
        QByteArray pending;
        QDateTime expiresAt;
    };
    /** Begins TOTP for @p id, who has none; Error::Busy when it has one already. */
    Result<TotpSetup> beginTotp(const QString &id, const QDateTime &now);
    /** Takes @p pending (beginTotp()'s, for @p id, not past its end) when @p code is the secret's
     *  current code: from then on a login of @p id needs a code; audited as `operator.totp.set`
     *  by @p id. Error::Invalid for a wrong code or a pending setup that is not @p id's, altered
     *  or too old; Error::Busy when @p id has TOTP already. */
    Result<void> confirmTotp(const QString &id, const QByteArray &pending, const QString &code,
                             const QDateTime &now);

private:
    /** AES-256-GCM with the seal key over @p secret, bound to @p id and @p purpose. */
    Result<QByteArray> sealSecret(const QString &id, const QByteArray &secret,
                                  const char *purpose = "totp") const;
    Result<QByteArray> openSecret(const QString &id, const QByteArray &sealed,
                                  const char *purpose = "totp") const;
    /** The step of @p code for @p secret within ±1 step of @p now, or nullopt. */
    static std::optional<qint64> totpStep(const QByteArray &secret, const QString &code,
                                          const QDateTime &now);
    Result<OperatorRow> existing(const QString &id);

    CentralStorage &m_storage;
    QByteArray m_sealKey;
};

} // namespace jiujin::gateway
