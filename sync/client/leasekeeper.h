#pragma once

#include "result.h"
#include "syncclient.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace jiujin {

class Database;
class SyncEngine;
namespace protocol {
class Key;
}

/** What one LeaseKeeper run did (no personal data). */
struct LeaseRun
{
    int slotCount = 0;       ///< slots in the refreshed cache
    int asked = 0;           ///< want entries sent
    int settled = 0;         ///< settle entries central answered
    qint64 clockOffsetS = 0; ///< central minus kiosk time, as learned from server_time
    /** Why the slot list was not refreshed this run (the old cache kept); none when it was. */
    std::optional<Error> slotsError;
};

/**
 * jiujin-syncd's booking duties each cycle (after the drain): fetches the signed slot list of the
 * device's point for the next 10 days into the cache with its item groups (one transaction), learns
 * the clock offset from central, tops leases up from recent demand and settles those near expiry
 * (POST /v1/leases).
 */
class LeaseKeeper
{
public:
    using Send = std::function<Result<HttpReply>(const HttpRequest &)>;
    using Clock = std::function<QDateTime()>;
    /** Calendar days asked for: 7 working days fit in 10 round an ordinary weekend. */
    static constexpr int fetchDays = 10;

    /** The keeper for @p engine's enrollment (its signed requests, receipt key and point). */
    LeaseKeeper(Database &db, SyncEngine &engine, Clock clock = &QDateTime::currentDateTimeUtc);
    /** For tests: @p send answers the requests, @p learnOffset receives the clock offset. */
    LeaseKeeper(Database &db, Send send, const protocol::Key &receiptKey, QString point,
                std::function<void(qint64)> learnOffset, Clock clock);

    /** refreshSlots() then keepLeases(); a failed refresh keeps the old cache and goes on. */
    Result<LeaseRun> run();
    /** GET /v1/slots, verified with the receipt key, replaces the cache and the item groups the
     *  point serves (BookingStore::slotGroups) together; returns the count. */
    Result<int> refreshSlots();
    /** POST /v1/leases with BookingStore::planLeases() and records central's answer. */
    Result<LeaseRun> keepLeases();

private:
    Database &m_db;
    Send m_send;
    const protocol::Key &m_receiptKey;
    QString m_point;
    std::function<void(qint64)> m_learnOffset;
    Clock m_clock;
    qint64 m_offsetS = 0;
};

} // namespace jiujin
