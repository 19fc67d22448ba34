#include "pgoperatorrecords.h"

#include "pgdatabase.h"
#include "rows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jiujin::gateway {

using rows::optionalTime;
using rows::time;

namespace {

const char *const operatorColumns =
    "SELECT id, name, role, scope, enabled, password, totp_secret, totp_last_step, failed_logins,"
    " locked_until, created_at, updated_at FROM operators";

OperatorRow operatorFrom(const PgStatement &s)
{
    OperatorRow o;
    o.id = s.text(0);
    o.name = s.text(1);
    o.role = s.text(2);
    for (const QJsonValue &v : QJsonDocument::fromJson(s.text(3).toUtf8()).array())
        o.scope.append(v.toString());
    o.enabled = s.integer(4) != 0;
    o.passwordHash = s.text(5);
    o.totpSecretSealed = s.isNull(6) ? QByteArray() : s.blob(6);
    o.totpLastStep = s.integer(7);
    o.failedLogins = int(s.integer(8));
    o.lockedUntil = optionalTime(s, 9);
    o.createdAt = time(s, 10);
    o.updatedAt = time(s, 11);
    return o;
}

QString scopeJson(const QStringList &scope)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(scope)).toJson(QJsonDocument::Compact));
}

/** Binds name .. updated_at (every field but id and created_at) from @p first on. */
void bindMutable(PgStatement &s, int first, const OperatorRow &o)
{
    s.bind(first, o.name).bind(first + 1, o.role).bind(first + 2, scopeJson(o.scope));
    s.bind(first + 3, qint64(o.enabled ? 1 : 0)).bind(first + 4, o.passwordHash);
    if (o.totpSecretSealed.isEmpty())
        s.bindNull(first + 5);
    else
        s.bindBlob(first + 5, o.totpSecretSealed);
    s.bind(first + 6, o.totpLastStep).bind(first + 7, qint64(o.failedLogins));
    if (o.lockedUntil)
        s.bind(first + 8, o.lockedUntil->toSecsSinceEpoch());
    else
        s.bindNull(first + 8);
    s.bind(first + 9, o.updatedAt.toSecsSinceEpoch());
}

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
    if (!s.step()) {
        if (s.error())
            return *s.error(); // fail closed: a read error is not an unknown operator
        return std::optional<OperatorRow>();
    }
    return std::optional<OperatorRow>(operatorFrom(s));
}

Result<QList<OperatorRow>> PgOperatorRecords::operators()
{
    PgStatement s = m_db->prepare((QByteArray(operatorColumns) + " ORDER BY id").constData());
    QList<OperatorRow> rows;
    while (s.step())
        rows.append(operatorFrom(s));
    if (s.error())
        return *s.error();
    return rows;
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
    if (!s.step()) {
        if (s.error())
            return *s.error();
        return std::optional<OperatorSessionRow>();
    }
    OperatorSessionRow r;
    r.tokenHash = s.text(0);
    r.operatorId = s.text(1);
    r.createdAt = time(s, 2);
    r.lastSeen = time(s, 3);
    r.endedAt = optionalTime(s, 4);
    return std::optional<OperatorSessionRow>(r);
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
