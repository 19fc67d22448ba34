#include "pgchanneltokenrecords.h"

#include "pgdatabase.h"

#include <QTimeZone>

namespace jiujin::gateway {

namespace {

QDateTime fromSecs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
}

#define JJ_TOKEN_COLUMNS                                                                           \
    "hash, points, created_at, expires_at, revoked_at, rate_per_minute, note, legacy"

ChannelTokenRecord rowOf(const PgStatement &s)
{
    ChannelTokenRecord t;
    t.hash = s.text(0);
    // points: comma-separated point codes, '*' for every point.
    const QString points = s.text(1);
    if (points != QLatin1String("*"))
        t.points = points.split(u',', Qt::SkipEmptyParts);
    t.createdAt = fromSecs(s.integer(2));
    if (!s.isNull(3))
        t.expiresAt = fromSecs(s.integer(3));
    if (!s.isNull(4))
        t.revokedAt = fromSecs(s.integer(4));
    t.ratePerMinute = int(s.integer(5));
    t.note = s.text(6);
    t.legacy = s.integer(7) != 0;
    return t;
}

} // namespace

Result<void> PgChannelTokenRecords::takeOverLegacy()
{
    // The check reads only, so that a request with an unknown token never takes the write lock.
    PgStatement missing =
        m_db.prepare("SELECT EXISTS (SELECT 1 FROM booking_channel_tokens b"
                     " WHERE NOT EXISTS (SELECT 1 FROM channel_tokens c WHERE c.hash = b.hash))");
    if (!missing.step())
        return missing.error().value_or(Error{Error::Io, QStringLiteral("legacy tokens unread")});
    if (missing.integer(0) == 0)
        return {};
    PgStatement take =
        m_db.prepare("INSERT INTO channel_tokens(hash, points, created_at, rate_per_minute, legacy)"
                     " SELECT hash, '*', created_at, ?, 1 FROM booking_channel_tokens WHERE true"
                     " ON CONFLICT(hash) DO NOTHING");
    take.bind(1, qint64(defaultChannelTokenRate));
    return take.run();
}

Result<void> PgChannelTokenRecords::insert(const ChannelTokenRecord &token)
{
    PgStatement s = m_db.prepare("INSERT INTO channel_tokens(hash, points, created_at, expires_at,"
                                 " revoked_at, rate_per_minute, note, legacy)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, token.hash)
        .bind(2, token.points.isEmpty() ? QStringLiteral("*") : token.points.join(u','))
        .bind(3, token.createdAt.toSecsSinceEpoch());
    if (token.expiresAt)
        s.bind(4, token.expiresAt->toSecsSinceEpoch());
    else
        s.bindNull(4);
    if (token.revokedAt)
        s.bind(5, token.revokedAt->toSecsSinceEpoch());
    else
        s.bindNull(5);
    s.bind(6, qint64(token.ratePerMinute)).bind(7, token.note).bind(8, qint64(token.legacy));
    return s.run();
}

Result<QList<ChannelTokenRecord>> PgChannelTokenRecords::all()
{
    if (auto r = takeOverLegacy(); !r)
        return r.error();
    PgStatement s =
        m_db.prepare("SELECT " JJ_TOKEN_COLUMNS " FROM channel_tokens ORDER BY created_at, seq");
    QList<ChannelTokenRecord> out;
    while (s.step())
        out.append(rowOf(s));
    if (s.error())
        return *s.error();
    return out;
}

Result<std::optional<ChannelTokenRecord>> PgChannelTokenRecords::lookup(const QString &hash)
{
    PgStatement s = m_db.prepare("SELECT " JJ_TOKEN_COLUMNS " FROM channel_tokens WHERE hash = ?");
    s.bind(1, hash);
    if (!s.step()) {
        if (s.error())
            return *s.error();
        return std::optional<ChannelTokenRecord>{};
    }
    return std::optional<ChannelTokenRecord>(rowOf(s));
}

Result<std::optional<ChannelTokenRecord>> PgChannelTokenRecords::byHash(const QString &hash)
{
    auto found = lookup(hash);
    if (!found || found->has_value())
        return found;
    // A legacy token written since the last take-over (an older central on the same file).
    if (auto r = takeOverLegacy(); !r)
        return r.error();
    return lookup(hash);
}

Result<int> PgChannelTokenRecords::countByHashPrefix(const QString &prefix)
{
    if (auto r = takeOverLegacy(); !r)
        return r.error();
    PgStatement s = m_db.prepare(
        "SELECT count(*) FROM channel_tokens WHERE substr(hash, 1, length(?1::text)) = ?1::text");
    s.bind(1, prefix);
    if (!s.step())
        return s.error().value_or(Error{Error::Io, QStringLiteral("token count unread")});
    return int(s.integer(0));
}

Result<void> PgChannelTokenRecords::revokeByHashPrefix(const QString &prefix, const QDateTime &at)
{
    PgStatement s =
        m_db.prepare("UPDATE channel_tokens SET revoked_at = ?1"
                     " WHERE substr(hash, 1, length(?2::text)) = ?2::text AND revoked_at IS NULL");
    s.bind(1, at.toSecsSinceEpoch()).bind(2, prefix);
    return s.run();
}

} // namespace jiujin::gateway
