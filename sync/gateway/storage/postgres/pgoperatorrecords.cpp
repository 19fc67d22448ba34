#include "pgoperatorrecords.h"

#include "operatorrows.h"
#include "pgdatabase.h"

namespace jiujin::gateway {

using operatorrows::bindMutable;
using operatorrows::operatorFrom;
using operatorrows::sessionFrom;

namespace {

const char *const operatorColumns =
    "SELECT id, name, role, scope, enabled, password, totp_secret, totp_last_step, failed_logins,"
    " locked_until, created_at, updated_at FROM operators";

} // namespace

Result<void> PgOperatorRecords::insertOperator(const OperatorRow &o)
{
    PgStatement s = m_db->prepare(
        "INSERT INTO operators(id, created_at, name, role, scope, enabled, password, totp_secret,"
        " totp_last_step, failed_logins, locked_until, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING");
    s.bind(1, o.id).bind(2, o.createdAt.toSecsSinceEpoch());
    bindMutable(s, 3, o);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::Busy, QStringLiteral("operator %1 exists").arg(o.id)};
    return {};
}

Result<void> PgOperatorRecords::updateOperator(const OperatorRow &o)
{
    PgStatement s = m_db->prepare(
        "UPDATE operators SET name = ?, role = ?, scope = ?, enabled = ?, password = ?,"
        " totp_secret = ?, totp_last_step = ?, failed_logins = ?, locked_until = ?, updated_at = ?"
        " WHERE id = ?");
    bindMutable(s, 1, o);
    s.bind(11, o.id);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::NotFound, QStringLiteral("no operator %1").arg(o.id)};
    return {};
}

Result<std::optional<OperatorRow>> PgOperatorRecords::operatorById(const QString &id)
{
    // In a write transaction the operator's row is held until commit (DESIGN §11c): parallel
    // logins count their failures (and take a TOTP step) one after another, never from one
    // stale count.
    PgStatement s = m_db->prepare(
        (QByteArray(operatorColumns) + " WHERE id = ?" + (m_db->writing() ? " FOR UPDATE" : ""))
            .constData());
    s.bind(1, id);
    return rows::first(s, operatorFrom<PgStatement>);
}

Result<QList<OperatorRow>> PgOperatorRecords::operators()
{
    PgStatement s = m_db->prepare((QByteArray(operatorColumns) + " ORDER BY id").constData());
    return rows::all(s, operatorFrom<PgStatement>);
}

Result<void> PgOperatorRecords::insertSession(const OperatorSessionRow &r)
{
    PgStatement s = m_db->prepare("INSERT INTO operator_sessions(token_hash, operator, created_at,"
                                  " last_seen) VALUES (?, ?, ?, ?)");
    s.bind(1, r.tokenHash).bind(2, r.operatorId).bind(3, r.createdAt.toSecsSinceEpoch());
    s.bind(4, r.lastSeen.toSecsSinceEpoch());
    return s.run();
}

Result<std::optional<OperatorSessionRow>> PgOperatorRecords::session(const QString &tokenHash)
{
    PgStatement s = m_db->prepare("SELECT token_hash, operator, created_at, last_seen, ended_at"
                                  " FROM operator_sessions WHERE token_hash = ?");
    s.bind(1, tokenHash);
    return rows::first(s, sessionFrom<PgStatement>);
}

Result<void> PgOperatorRecords::touchSession(const QString &tokenHash, const QDateTime &at)
{
    PgStatement s = m_db->prepare("UPDATE operator_sessions SET last_seen = GREATEST(last_seen, ?)"
                                  " WHERE token_hash = ? AND ended_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, tokenHash);
    return s.run();
}

Result<void> PgOperatorRecords::endSession(const QString &tokenHash, const QDateTime &at)
{
    PgStatement s = m_db->prepare("UPDATE operator_sessions SET ended_at = ?"
                                  " WHERE token_hash = ? AND ended_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, tokenHash);
    return s.run();
}

Result<int> PgOperatorRecords::endSessionsOf(const QString &operatorId, const QDateTime &at)
{
    PgStatement s = m_db->prepare("UPDATE operator_sessions SET ended_at = ?"
                                  " WHERE operator = ? AND ended_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, operatorId);
    if (auto r = s.run(); !r)
        return r.error();
    return m_db->changes();
}

} // namespace jiujin::gateway
