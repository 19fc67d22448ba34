#include "sqlitechanneltokenrecords.h"

#include "channeltokenrows.h"
#include "database.h"

namespace jiujin::gateway {

using channeltokenrows::tokenFrom;

// The columns channeltokenrows::tokenFrom() reads.
#define JJ_TOKEN_COLUMNS                                                                           \
    "hash, points, created_at, expires_at, revoked_at, rate_per_minute, note, legacy"

Result<void> SqliteChannelTokenRecords::takeOverLegacy()
{
    // The check reads only, so that a request with an unknown token never takes the write lock.
    Statement missing =
        m_db.prepare("SELECT EXISTS (SELECT 1 FROM booking_channel_tokens b"
                     " WHERE NOT EXISTS (SELECT 1 FROM channel_tokens c WHERE c.hash = b.hash))");
    if (!missing.step())
        return missing.error().value_or(Error{Error::Io, QStringLiteral("legacy tokens unread")});
    if (missing.integer(0) == 0)
        return {};
    Statement take =
        m_db.prepare("INSERT INTO channel_tokens(hash, points, created_at, rate_per_minute, legacy)"
                     " SELECT hash, '*', created_at, ?, 1 FROM booking_channel_tokens WHERE true"
                     " ON CONFLICT(hash) DO NOTHING");
    take.bind(1, qint64(defaultChannelTokenRate));
    return take.run();
}

Result<void> SqliteChannelTokenRecords::insert(const ChannelTokenRecord &token)
{
    Statement s = m_db.prepare("INSERT INTO channel_tokens(hash, points, created_at, expires_at,"
                               " revoked_at, rate_per_minute, note, legacy)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, token.hash)
        .bind(2, channeltokenrows::pointsText(token.points))
        .bind(3, token.createdAt.toSecsSinceEpoch());
    rows::bindOptionalTime(s, 4, token.expiresAt);
    rows::bindOptionalTime(s, 5, token.revokedAt);
    s.bind(6, qint64(token.ratePerMinute)).bind(7, token.note).bind(8, qint64(token.legacy));
    return s.run();
}

Result<QList<ChannelTokenRecord>> SqliteChannelTokenRecords::all()
{
    if (auto r = takeOverLegacy(); !r)
        return r.error();
    Statement s =
        m_db.prepare("SELECT " JJ_TOKEN_COLUMNS " FROM channel_tokens ORDER BY created_at, rowid");
    return rows::all(s, tokenFrom<Statement>);
}

Result<std::optional<ChannelTokenRecord>> SqliteChannelTokenRecords::lookup(const QString &hash)
{
    Statement s = m_db.prepare("SELECT " JJ_TOKEN_COLUMNS " FROM channel_tokens WHERE hash = ?");
    s.bind(1, hash);
    return rows::first(s, tokenFrom<Statement>);
}

Result<std::optional<ChannelTokenRecord>> SqliteChannelTokenRecords::byHash(const QString &hash)
{
    auto found = lookup(hash);
    if (!found || found->has_value())
        return found;
    // A legacy token written since the last take-over (an older central on the same file).
    if (auto r = takeOverLegacy(); !r)
        return r.error();
    return lookup(hash);
}

Result<int> SqliteChannelTokenRecords::countByHashPrefix(const QString &prefix)
{
    if (auto r = takeOverLegacy(); !r)
        return r.error();
    Statement s =
        m_db.prepare("SELECT count(*) FROM channel_tokens WHERE substr(hash, 1, length(?1)) = ?1");
    s.bind(1, prefix);
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("token count unread")});
    return int(s.integer(0));
}

Result<void> SqliteChannelTokenRecords::revokeByHashPrefix(const QString &prefix,
                                                           const QDateTime &at)
{
    Statement s = m_db.prepare("UPDATE channel_tokens SET revoked_at = ?1"
                               " WHERE substr(hash, 1, length(?2)) = ?2 AND revoked_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, prefix);
    return s.run();
}

} // namespace jiujin::gateway
