#pragma once

#include "operatorrecords.h"
#include "rows.h"

/**
 * OperatorRecords' rows as both engines read and bind them (templates over the statement type,
 * see rows.h). Each mapper names the columns it expects, in their order.
 */
namespace jiujin::gateway::operatorrows {

/** id, name, role, scope, enabled, password, totp_secret, totp_last_step, failed_logins,
 *  locked_until, created_at, updated_at. */
template <class Row> OperatorRow operatorFrom(const Row &s)
{
    OperatorRow o;
    o.id = s.text(0);
    o.name = s.text(1);
    o.role = s.text(2);
    o.scope = rows::listOf(s.text(3));
    o.enabled = s.integer(4) != 0;
    o.passwordHash = s.text(5);
    o.totpSecretSealed = s.isNull(6) ? QByteArray() : s.blob(6);
    o.totpLastStep = s.integer(7);
    o.failedLogins = int(s.integer(8));
    o.lockedUntil = rows::optionalTime(s, 9);
    o.createdAt = rows::time(s, 10);
    o.updatedAt = rows::time(s, 11);
    return o;
}

/** Binds name, role, scope, enabled, password, totp_secret, totp_last_step, failed_logins,
 *  locked_until, updated_at (every field but id and created_at) from @p first on. */
template <class Row> void bindMutable(Row &s, int first, const OperatorRow &o)
{
    s.bind(first, o.name).bind(first + 1, o.role).bind(first + 2, rows::listJson(o.scope));
    s.bind(first + 3, qint64(o.enabled ? 1 : 0)).bind(first + 4, o.passwordHash);
    if (o.totpSecretSealed.isEmpty())
        s.bindNull(first + 5);
    else
        s.bindBlob(first + 5, o.totpSecretSealed);
    s.bind(first + 6, o.totpLastStep).bind(first + 7, qint64(o.failedLogins));
    rows::bindOptionalTime(s, first + 8, o.lockedUntil);
    s.bind(first + 9, o.updatedAt.toSecsSinceEpoch());
}

/** token_hash, operator, created_at, last_seen, ended_at. */
template <class Row> OperatorSessionRow sessionFrom(const Row &s)
{
    OperatorSessionRow r;
    r.tokenHash = s.text(0);
    r.operatorId = s.text(1);
    r.createdAt = rows::time(s, 2);
    r.lastSeen = rows::time(s, 3);
    r.endedAt = rows::optionalTime(s, 4);
    return r;
}

} // namespace jiujin::gateway::operatorrows
