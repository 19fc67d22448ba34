#pragma once

#include "deviceconfig.h"
#include "result.h"
#include "syncclient.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace jiujin {

class Database;
class OutboxStore;
class CatalogueStore;
namespace protocol {
class Key;
struct BookingCancel;
} // namespace protocol

/** Where one drain's time went on the kiosk, nanoseconds summed over its batches
 *  (jiujin-syncd --once prints them; jiujin-bench-sync divides them by the records). */
struct DrainTimings
{
    qint64 read = 0;   ///< pending records read and the batch made
    qint64 encode = 0; ///< the batch's JSON
    qint64 sign = 0;   ///< the requests signed (the body's digest included; on the POST's thread)
    qint64 upload = 0; ///< the batches' attachments uploaded (network, on the drain's thread)
    /** gzip, the network and central's answer, signing excluded: on the POST's own thread, so
     *  it overlaps the other steps (the next batch is read while central stores this one). */
    qint64 post = 0;
    qint64 wait = 0;   ///< the drain's thread idle until central's answer came (network wait)
    qint64 verify = 0; ///< the answer read and central's receipt signatures checked
    qint64 mark = 0;   ///< records marked sending, then their outcomes (a commit each)
};

/** What one drain did. */
struct DrainResult
{
    int batches = 0;                                    ///< POSTs answered 200
    int accepted = 0, rejected = 0, needsAttention = 0; ///< records moved to these states
    int requeued = 0;     ///< records put back to pending after a failure
    bool complete = true; ///< false: stopped on a retryable failure; try again after a backoff
    int retryAfterS = -1; ///< the server's Retry-After, -1 when none
    QString error;        ///< why it stopped (no PII); empty when complete
    DrainTimings timings;
};

/**
 * Delivers the outbox to central: oldest records first in batches (≤ 100 records, ≤ 1 MB; up to
 * 500 and 4 MB once central answered v2), each marked sending, POSTed signed asking for v2, and
 * moved to accepted (receipt signature verified: one per batch in v2, one per receipt in v1),
 * rejected or needs_attention; a failed batch, or a v2 answer whose signature does not verify,
 * goes back to pending as a whole. Pipelined (DESIGN §6b): while central works on one batch the
 * next is read, marked and encoded, and sent as soon as the answer is judged, before that
 * answer's outcomes are marked; one POST is in flight at a time.
 */
class SyncEngine
{
public:
    using Clock = std::function<QDateTime()>;
    /** The engine for this kiosk's enrollment; Error::NotFound when not enrolled. */
    static Result<std::unique_ptr<SyncEngine>> open(Database &db,
                                                    const QString &keysDirOverride = {},
                                                    Clock clock = &QDateTime::currentDateTimeUtc);
    ~SyncEngine();

    /** Pushes until the queue is empty or a batch fails for a reason worth retrying. */
    DrainResult drain();
    /** POST /v1/heartbeat with the queue figures (no personal data). */
    Result<void> heartbeat(const QString &kioskVersion);

    /** Checks and applies a 200 body of GET /v1/catalogue/changes with central's receipt key,
     *  all or nothing; returns the new catalogue sequence. sync/client does not know the
     *  catalogue's rules: the composition root injects kiosk/core's CatalogueUpdate. */
    using CatalogueApplier =
        std::function<Result<qint64>(const QByteArray &body, const protocol::Key &receiptKey)>;
    void setCatalogueApplier(CatalogueApplier applier) { m_catalogueApplier = std::move(applier); }
    /** Cancels one booking central cancelled (PROTOCOL.md "Bookings cancelled at central"):
     *  true when cancelled now, false when nothing was to do. The composition root injects
     *  kiosk/core's BookingService::cancelFromCentral; BookingCancelPuller uses it. */
    using BookingCancelApplier = std::function<Result<bool>(const protocol::BookingCancel &)>;
    void setBookingCancelApplier(BookingCancelApplier applier)
    {
        m_bookingCancelApplier = std::move(applier);
    }
    const BookingCancelApplier &bookingCancelApplier() const { return m_bookingCancelApplier; }
    /**
     * GET /v1/catalogue/changes?since=catalogue.seq and hands a 200 to the applier; 204 (up to
     * date) and 404 (nothing published) change nothing, 410 asks once more with since=0 for a
     * full snapshot. Returns the catalogue sequence afterwards. A failure is noted in
     * sync.last_error; the catalogue in use stays. Without an applier it does nothing.
     */
    Result<qint64> pullCatalogue();

    /** The actor name audit entries of sync state changes carry. */
    static constexpr const char *actor = "jiujin-syncd";
    const DeviceConfig &config() const { return m_config; }

    /** The Error code for central's non-success HTTP @p status: Error::Io for an answer worth
     *  asking again soon (408, 429, 5xx: central or a proxy busy or down), Error::NotFound for
     *  404 (nothing there, or a central without that service), Error::Invalid for the rest. */
    static Error::Code statusCode(int status);
    /** True when @p e is worth trying again after a short backoff rather than the idle wait:
     *  Error::Io (a transport failure, or statusCode() of a busy central) and Error::Busy. */
    static bool retrySoon(const Error &e)
    {
        // A wrong clock is usually put right by NTP soon after the network is back.
        return e.code == Error::Io || e.code == Error::Busy || e.code == Error::Clock;
    }

    /** For LeaseKeeper: a request signed and retried as the engine's own are. */
    Result<HttpReply> send(const HttpRequest &request) { return signedSend(request); }
    /** Central's receipt key (it signs receipts and slot lists). */
    const protocol::Key &receiptKey() const { return *m_receipt; }
    /** Central time minus kiosk time, seconds: used for signing from now on and kept in
     *  sync.clock_offset_s (where the kiosk judges lease expiry). */
    void setClockOffset(qint64 seconds);

    /** Pins central's key with @p pins from the next request on, and keeps them in sync.pins. */
    Result<void> setPins(const QStringList &pins);
    /** Takes up the pins in sync.pins when someone else changed them (jiujinctl pin add). */
    void reloadPins();
    /** New connections from now on, with the key files as they are now (after a renewal). */
    void reloadIdentity() { makeClient(); }

    /** sync.last_success = now (a pull that worked, for staff and the heartbeat). */
    void noteSuccess();
    /** sync.last_error = @p message (no personal data), for staff and the heartbeat. */
    void noteError(const QString &message);
    /** The kiosk's clock (UTC), as the engine reads it. */
    QDateTime now() const { return m_clock(); }

private:
    void makeClient();
    SyncEngine(Database &db, DeviceConfig config, std::unique_ptr<protocol::Key> signing,
               std::unique_ptr<protocol::Key> receipt, Clock clock);
    /** A signed request; on 401 "stale" learns the clock offset from Date and tries once more
     *  (and on "replay", signed afresh). */
    Result<HttpReply> signedSend(const HttpRequest &request);
    /** signedSend()'s part after the first answer: @p reply is @p request's. */
    Result<HttpReply> settle(const HttpRequest &request, Result<HttpReply> reply);

    Database &m_db;
    DeviceConfig m_config;
    std::unique_ptr<protocol::Key> m_signing, m_receipt;
    Clock m_clock;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<CatalogueStore> m_settings;
    std::unique_ptr<SyncClient> m_client;
    CatalogueApplier m_catalogueApplier;
    BookingCancelApplier m_bookingCancelApplier;
    /** Time spent signing requests, for DrainTimings (the batch's POST signs on its thread). */
    std::atomic<qint64> m_signingNs{0};
};

} // namespace jiujin
