#pragma once

#include "channeltokenrecords.h"

namespace jiujin::gateway {

class PgDatabase;

/**
 * ChannelTokenRecords in central's PostgreSQL database (table channel_tokens, migration 001).
 * Tokens of the first channel-token version (table booking_channel_tokens: a hash and a time) are
 * taken over into channel_tokens as legacy tokens whenever some are not there yet: before a listing
 * or a revocation, and when a lookup misses.
 */
class PgChannelTokenRecords final : public ChannelTokenRecords
{
public:
    explicit PgChannelTokenRecords(PgDatabase &db) : m_db(db) {}

    Result<void> insert(const ChannelTokenRecord &token) override;
    Result<QList<ChannelTokenRecord>> all() override;
    Result<std::optional<ChannelTokenRecord>> byHash(const QString &hash) override;
    Result<int> countByHashPrefix(const QString &prefix) override;
    Result<void> revokeByHashPrefix(const QString &prefix, const QDateTime &at) override;

private:
    /** Copies legacy tokens missing from channel_tokens there; idempotent, and only reads when
     *  there is nothing to copy. A revoked one stays revoked (it is never copied again). */
    Result<void> takeOverLegacy();
    Result<std::optional<ChannelTokenRecord>> lookup(const QString &hash);

    PgDatabase &m_db;
};

} // namespace jiujin::gateway
