#include "staffstore.h"

#include "database.h"

namespace jiujin {

namespace {
StaffRow readRow(const Statement &s)
{
    StaffRow r;
    r.id = s.text(0);
    r.displayName = s.text(1);
    r.pinHash = s.blob(2);
    r.salt = s.blob(3);
    r.kdf = s.text(4);
    r.failures = int(s.integer(5));
    if (!s.isNull(6))
        r.lockedUntil = QDateTime::fromString(s.text(6), Qt::ISODateWithMs);
    return r;
}
} // namespace

Result<void> StaffStore::put(const StaffRow &row)
{
    auto s = m_db.prepare(
        "INSERT INTO staff (id, display_name, pin_hash, salt, kdf, failures, locked_until) "
        "VALUES (?, ?, ?, ?, ?, 0, NULL) ON CONFLICT (id) DO UPDATE SET display_name = "
        "excluded.display_name, "
        "pin_hash = excluded.pin_hash, salt = excluded.salt, kdf = excluded.kdf, failures = 0, "
        "locked_until = NULL");
    s.bind(1, row.id)
        .bind(2, row.displayName)
        .bindBlob(3, row.pinHash)
        .bindBlob(4, row.salt)
        .bind(5, row.kdf);
    return s.run();
}

Result<void> StaffStore::remove(const QString &id)
{
    auto s = m_db.prepare("DELETE FROM staff WHERE id = ?");
    s.bind(1, id);
    if (auto r = s.run(); !r)
        return r;
    if (m_db.changes() == 0)
        return Error{Error::NotFound, QStringLiteral("no staff member %1").arg(id)};
    return {};
}

std::optional<StaffRow> StaffStore::get(const QString &id)
{
    auto s = m_db.prepare("SELECT id, display_name, pin_hash, salt, kdf, failures, locked_until "
                          "FROM staff WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

QList<StaffRow> StaffStore::all()
{
    auto s = m_db.prepare("SELECT id, display_name, pin_hash, salt, kdf, failures, locked_until "
                          "FROM staff ORDER BY id");
    QList<StaffRow> rows;
    while (s.step())
        rows.append(readRow(s));
    return rows;
}

Result<void> StaffStore::setAttempts(const QString &id, int failures,
                                     const std::optional<QDateTime> &lockedUntil)
{
    auto s = m_db.prepare("UPDATE staff SET failures = ?, locked_until = ? WHERE id = ?");
    s.bind(1, qint64(failures));
    if (lockedUntil)
        s.bind(2, lockedUntil->toUTC().toString(Qt::ISODateWithMs));
    else
        s.bindNull(2);
    s.bind(3, id);
    return s.run();
}

} // namespace jiujin
