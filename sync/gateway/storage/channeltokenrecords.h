#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin::gateway {

/** Requests a minute of a channel token unless its maker says otherwise, and of legacy tokens. */
inline constexpr int defaultChannelTokenRate = 600;

/** One channel token as stored: never the token itself, only its SHA-256. */
struct ChannelTokenRecord
{
    QString hash;                       ///< SHA-256 of the token, 64 lower-case hex digits
    QStringList points;                 ///< the service points it may book at; empty: every point
    QDateTime createdAt;                ///< whole seconds, UTC
    std::optional<QDateTime> expiresAt; ///< nullopt only for legacy tokens
    std::optional<QDateTime> revokedAt;
    int ratePerMinute = 0; ///< 1..60000
    QString note;          ///< the operator's label; never personal data
    bool legacy = false;   ///< made before scopes and expiry existed
};

/**
 * The bearer tokens of other booking channels (only their SHA-256), their scope and expiry.
 * Reads fail closed: a storage error is an Error, never "no such token". Tokens that an older
 * central kept elsewhere are part of what this reads (as legacy tokens: every point, no expiry,
 * defaultChannelTokenRate) without any step by the caller.
 */
class ChannelTokenRecords
{
public:
    virtual ~ChannelTokenRecords() = default;

    /** Stores the new token @p token (its hash must be new). */
    virtual Result<void> insert(const ChannelTokenRecord &token) = 0;
    /** Every token, usable or not, oldest first (tokens of one second in the order stored). */
    virtual Result<QList<ChannelTokenRecord>> all() = 0;
    /** The token whose SHA-256 is @p hash, usable or not; nullopt when there is none. */
    virtual Result<std::optional<ChannelTokenRecord>> byHash(const QString &hash) = 0;
    /** How many tokens have a hash starting with @p prefix (lower-case hex). */
    virtual Result<int> countByHashPrefix(const QString &prefix) = 0;
    /** Marks the tokens whose hash starts with @p prefix revoked at @p at; one revoked before
     *  keeps its first time. */
    virtual Result<void> revokeByHashPrefix(const QString &prefix, const QDateTime &at) = 0;
};

} // namespace jiujin::gateway
