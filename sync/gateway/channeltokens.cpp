#include "channeltokens.h"

#include "database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace jiujin::gateway {

namespace {

const char *const schema[] = {
    // points: comma-separated point codes, '*' for every point. expires_at NULL: legacy only.
    "CREATE TABLE IF NOT EXISTS channel_tokens("
    " hash TEXT PRIMARY KEY, points TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " expires_at INTEGER, revoked_at INTEGER,"
    " rate_per_minute INTEGER NOT NULL CHECK(rate_per_minute > 0),"
    " note TEXT NOT NULL DEFAULT '', legacy INTEGER NOT NULL DEFAULT 0)",
};

QString hashOf(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QDateTime fromSecs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
}

double capacityOf(int ratePerMinute)
{
    return std::max(1.0, ratePerMinute / 10.0);
}

} // namespace

ChannelTokens::ChannelTokens(Database &db) : m_db(db) {}

Result<void> ChannelTokens::ready()
{
    if (m_ready)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (const char *sql : schema) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }
    if (auto r = takeOverLegacy(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_ready = true;
    return {};
}

Result<void> ChannelTokens::takeOverLegacy()
{
    // Tokens of the first channel-token create (no scope, no expiry) keep working until revoked;
    // a revoked one stays revoked (OR IGNORE).
    Statement old = m_db.prepare(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'booking_channel_tokens'");
    if (!old.step())
        return old.error() ? Result<void>(*old.error()) : Result<void>();
    Statement take = m_db.prepare(
        "INSERT OR IGNORE INTO channel_tokens(hash, points, created_at, rate_per_minute, legacy)"
        " SELECT hash, '*', created_at, ?, 1 FROM booking_channel_tokens");
    take.bind(1, qint64(defaultRatePerMinute));
    return take.run();
}

Result<ChannelTokens::Created> ChannelTokens::create(const QStringList &points,
                                                     const QDateTime &expiresAt, int ratePerMinute,
                                                     const QString &note, const QDateTime &now)
{
    static const QRegularExpression pointCode(QStringLiteral("^[0-9]{12}-[0-9]{2}$"));
    for (const QString &p : points) {
        if (!pointCode.match(p).hasMatch())
            return Error{Error::Invalid,
                         QStringLiteral("point %1: expected NNNNNNNNNNNN-NN").arg(p)};
    }
    if (points.size() > maxPoints || QSet<QString>(points.begin(), points.end()).size() != points.size())
        return Error{Error::Invalid, QStringLiteral("points: repeated or too many")};
    if (!expiresAt.isValid() || expiresAt <= now)
        return Error{Error::Invalid, QStringLiteral("expires: must be in the future")};
    if (ratePerMinute < 1 || ratePerMinute > 60000)
        return Error{Error::Invalid, QStringLiteral("rate: 1..60000 requests a minute")};
    if (note.size() > 200 || note.contains(u'\n') || note.contains(u'\t'))
        return Error{Error::Invalid, QStringLiteral("note: one line of at most 200 characters")};
    if (auto r = ready(); !r)
        return r.error();

    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QByteArray token =
        "jjc_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString hash = hashOf(token);
    Statement s = m_db.prepare("INSERT INTO channel_tokens(hash, points, created_at, expires_at,"
                               " rate_per_minute, note) VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, hash)
        .bind(2, points.isEmpty() ? QStringLiteral("*") : points.join(u','))
        .bind(3, now.toSecsSinceEpoch())
        .bind(4, expiresAt.toSecsSinceEpoch())
        .bind(5, qint64(ratePerMinute))
        .bind(6, note);
    if (auto r = s.run(); !r)
        return r.error();
    Created out;
    out.token = QString::fromLatin1(token);
    out.info.id = hash.left(16);
    out.info.points = points;
    out.info.createdAt = fromSecs(now.toSecsSinceEpoch());
    out.info.expiresAt = fromSecs(expiresAt.toSecsSinceEpoch());
    out.info.ratePerMinute = ratePerMinute;
    out.info.note = note;
    return out;
}

namespace {

ChannelTokenInfo rowOf(const Statement &s)
{
    // Columns: hash, points, created_at, expires_at, revoked_at, rate_per_minute, note, legacy
    ChannelTokenInfo t;
    t.id = s.text(0).left(16);
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

#define JJ_TOKEN_COLUMNS                                                                    \
    "hash, points, created_at, expires_at, revoked_at, rate_per_minute, note, legacy"

} // namespace

Result<QList<ChannelTokenInfo>> ChannelTokens::list()
{
    if (auto r = ready(); !r)
        return r.error();
    Statement s = m_db.prepare("SELECT " JJ_TOKEN_COLUMNS
                               " FROM channel_tokens ORDER BY created_at, rowid");
    QList<ChannelTokenInfo> out;
    while (s.step())
        out.append(rowOf(s));
    if (s.error())
        return *s.error();
    return out;
}

Result<bool> ChannelTokens::revoke(const QString &id, const QDateTime &now)
{
    static const QRegularExpression hex16(QStringLiteral("^[0-9a-f]{16}$"));
    if (!hex16.match(id).hasMatch())
        return Error{Error::Invalid, QStringLiteral("expected a token id: 16 hex digits")};
    if (auto r = ready(); !r)
        return r.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // The id is a prefix of the hash: 64 bits, unique in practice; refuse if it ever is not.
    Statement s = m_db.prepare("SELECT count(*) FROM channel_tokens WHERE substr(hash, 1, 16) = ?");
    s.bind(1, id);
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("count failed")};
    const qint64 matches = s.integer(0);
    if (matches == 0)
        return false;
    if (matches > 1)
        return Error{Error::Invalid, QStringLiteral("ambiguous token id")};
    Statement u = m_db.prepare("UPDATE channel_tokens SET revoked_at = ?"
                               " WHERE substr(hash, 1, 16) = ? AND revoked_at IS NULL");
    u.bind(1, now.toSecsSinceEpoch()).bind(2, id);
    if (auto r = u.run(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_buckets.remove(id);
    return true;
}

std::optional<ChannelTokenInfo> ChannelTokens::find(const QByteArray &bearer, const QDateTime &now)
{
    if (bearer.isEmpty() || bearer.size() > 256 || !ready())
        return std::nullopt;
    const QString hash = hashOf(bearer);
    const auto lookup = [&]() -> std::optional<ChannelTokenInfo> {
        Statement s =
            m_db.prepare("SELECT " JJ_TOKEN_COLUMNS " FROM channel_tokens WHERE hash = ?");
        s.bind(1, hash);
        if (!s.step())
            return std::nullopt;
        return rowOf(s);
    };
    auto found = lookup();
    // A token made by an older gateway process since this one started.
    if (!found && takeOverLegacy())
        found = lookup();
    if (!found)
        return std::nullopt;
    ChannelTokenInfo t = *found;
    if (!t.usable(now))
        return std::nullopt;
    return t;
}

int ChannelTokens::admit(const ChannelTokenInfo &token, const QDateTime &now)
{
    const double capacity = capacityOf(token.ratePerMinute);
    const double perMs = token.ratePerMinute / 60000.0;
    const qint64 at = now.toMSecsSinceEpoch();
    auto it = m_buckets.find(token.id);
    if (it == m_buckets.end())
        it = m_buckets.insert(token.id, Bucket{capacity, at});
    Bucket &b = it.value();
    // A clock that went back refills nothing (and never empties the bucket).
    if (at > b.atMs)
        b.tokens = std::min(capacity, b.tokens + double(at - b.atMs) * perMs);
    b.atMs = std::max(b.atMs, at);
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - b.tokens) / perMs / 1000.0)));
}

} // namespace jiujin::gateway
