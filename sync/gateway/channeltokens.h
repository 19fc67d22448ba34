#pragma once

#include "channeltokenrecords.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

namespace jiujin::gateway {

class CentralStorage;

/** One bearer token of another channel (the province's mobile app), as central keeps it: never
 *  the token itself, only its SHA-256. */
struct ChannelTokenInfo
{
    QString id;         ///< the first 16 hex digits of the SHA-256; the channel is "channel:" + id
    QStringList points; ///< the service points it may book at; empty: every point
    QDateTime createdAt;
    std::optional<QDateTime> expiresAt; ///< nullopt only for tokens made before expiry existed
    std::optional<QDateTime> revokedAt;
    int ratePerMinute = 0;
    QString note;        ///< the operator's label (who holds it); never personal data
    bool legacy = false; ///< made before scopes and expiry: every point, no expiry

    QString channel() const { return QStringLiteral("channel:") + id; }
    bool covers(const QString &point) const { return points.isEmpty() || points.contains(point); }
    bool usable(const QDateTime &now) const
    {
        return !revokedAt && (!expiresAt || now < *expiresAt);
    }
};

/**
 * The channel tokens: made, listed and revoked with `jiujin-gateway channel-token`, checked on
 * every /v1/channel request, each with an expiry, a scope of service points and a rate limit
 * (a token bucket per token, in memory: ratePerMinute a minute, bursts of a tenth of a minute's
 * worth). Tokens made before scopes and expiry existed are legacy tokens (the storage takes them
 * over): every point, no expiry, the default rate, until they are revoked.
 */
class ChannelTokens
{
public:
    static constexpr int defaultRatePerMinute = defaultChannelTokenRate;
    static constexpr int defaultDays = 365;
    static constexpr int maxPoints = 4096;

    /** Keeps the tokens in @p storage (borrowed: it must outlive this). */
    explicit ChannelTokens(CentralStorage &storage);

    struct Created
    {
        QString token; ///< shown once; central keeps only its SHA-256
        ChannelTokenInfo info;
    };
    /** A new token for @p points (empty: every point), valid until @p expiresAt (after @p now),
     *  at most @p ratePerMinute requests a minute (1..60000). Error::Invalid for a bad argument. */
    Result<Created> create(const QStringList &points, const QDateTime &expiresAt, int ratePerMinute,
                           const QString &note, const QDateTime &now);
    /** Every token, usable or not, oldest first. */
    Result<QList<ChannelTokenInfo>> list();
    /** Revokes token @p id (its 16-hex id, as list shows it): true; false when unknown. Revoking
     *  again keeps the first time. */
    Result<bool> revoke(const QString &id, const QDateTime &now);
    /** The token @p bearer stands for, if it is known, not revoked and not expired at @p now;
     *  nullopt otherwise (a storage error too: central then refuses, it never lets a token in). */
    std::optional<ChannelTokenInfo> find(const QByteArray &bearer, const QDateTime &now);
    /** Takes one request from @p token's bucket at @p now: 0 when admitted, else the seconds to
     *  wait (Retry-After) and nothing is taken. */
    int admit(const ChannelTokenInfo &token, const QDateTime &now);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    CentralStorage &m_storage;
    std::mutex m_bucketsLock; // requests run concurrently (DESIGN §11c)
    QHash<QString, Bucket> m_buckets;
};

} // namespace jiujin::gateway
