#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace jiujin {

class Database;

/** What a login attempt came to; the screen words it, the audit log records it. */
struct LoginResult
{
    enum Outcome { Ok, Wrong, Locked };
    Outcome outcome = Wrong;
    QString staffId, displayName; ///< set when Ok
    int attemptsLeft = 0;         ///< before the lock, when Wrong
    QDateTime lockedUntil;        ///< when Locked (or when this attempt locked it)
};

/**
 * Staff PINs: enrolment with a slow KDF (scrypt from OpenSSL) and login with a lock after five
 * failures in a row for five minutes. Every attempt is written to the audit log.
 */
class StaffService
{
public:
    static constexpr int pinDigits = 6;
    static constexpr int maxFailures = 5;
    static constexpr int lockSeconds = 5 * 60;

    explicit StaffService(Database &db,
                          std::function<QDateTime()> clock = &QDateTime::currentDateTimeUtc);

    /** Adds or replaces a staff member; the PIN must be 6 digits and not trivially guessable. */
    Result<void> enrol(const QString &id, const QString &displayName, const QString &pin);
    /** Removes a staff member and audits it (staff.removed); Error::NotFound for an unknown id. */
    Result<void> remove(const QString &id);
    LoginResult login(const QString &id, const QString &pin);

    /** Why @p pin is not acceptable as a new PIN, or empty. */
    static QString pinProblem(const QString &pin);

private:
    Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace jiujin
