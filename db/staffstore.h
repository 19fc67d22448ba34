#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jiujin {

class Database;

/** A staff member allowed on this kiosk; the PIN only as a KDF hash. */
struct StaffRow
{
    QString id, displayName;
    QByteArray pinHash, salt;
    QString kdf;
    int failures = 0;
    std::optional<QDateTime> lockedUntil;
};

/** Owns the staff table: who may log in, their PIN hashes and failed-attempt counters. */
class StaffStore
{
public:
    explicit StaffStore(Database &db) : m_db(db) {}

    /** Adds a staff member or replaces their name and PIN (clearing any lock). */
    Result<void> put(const StaffRow &row);
    Result<void> remove(const QString &id);
    std::optional<StaffRow> get(const QString &id);
    QList<StaffRow> all();
    /** Stores the failure count and lock after an attempt (both cleared on success). */
    Result<void> setAttempts(const QString &id, int failures,
                             const std::optional<QDateTime> &lockedUntil);

private:
    Database &m_db;
};

} // namespace jiujin
