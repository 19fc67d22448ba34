#pragma once

#include "enrollment.h"
#include "fleettransport.h"
#include "keys.h"
#include "loadmodel.h"
#include "submissions.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <optional>
#include <random>

namespace jiujin::scale {

/** A record waiting in the device's outbox: sealed, with its sealed attachments. */
struct PendingRecord
{
    protocol::WireRecord wire;
    QList<QByteArray> attachments; ///< sealed bytes, uploaded before the record is sent
    bool uploaded = false;         ///< every attachment finished at central (reset on `retry`)
};

/** Central's decision on one record, as the device got it. */
struct Acknowledgement
{
    QString status;  ///< "accepted" or "rejected" (a "duplicate" answer is the original's)
    QString receipt; ///< accepted: central's receipt number
    QString reason;  ///< rejected: central's reason
};

/**
 * One simulated kiosk: its own TLS key and certificate, signing key and enrollment answer (made
 * through POST /v1/enroll with a single-use token, as jiujinctl enroll does), an outbox of sealed
 * records built from the load model, and the book of what central acknowledged. step() does the
 * next thing a jiujin-syncd would (enroll, pull the catalogue, fetch slots and lease seats, drain
 * the outbox in batches with uploads before their records, heartbeat) and says when it wants to
 * run again. Used by one worker thread at a time.
 */
class SimDevice
{
public:
    enum class Stage { Enroll, Catalogue, Lease, Drain, Heartbeat, Idle };

    SimDevice(int index, QString token, QString point, const LoadModel &model);
    ~SimDevice();
    SimDevice(const SimDevice &) = delete;
    SimDevice &operator=(const SimDevice &) = delete;

    /** While @p gate is false the device waits before its first batch (the benchmark enrolls
     *  every device first, then times the drain alone). */
    void holdDrainOn(const std::atomic<bool> *gate) { m_gate = gate; }
    /** Does the next step; milliseconds until it wants to run again. */
    qint64 step(FleetTransport &transport);

    Stage stage() const { return m_stage; }
    /** Skips straight to idle heartbeats (the heartbeat benchmark: enrolled, nothing queued). */
    void goIdle() { m_stage = Stage::Idle; }
    bool drained() const { return m_stage == Stage::Idle; }
    QString deviceId() const { return m_enrolled.deviceId; }
    QString point() const { return m_point; }
    qsizetype backlog() const { return m_backlog.size(); }
    qint64 heartbeats() const { return m_heartbeats; }
    /** What central decided on each record, by uuid. */
    const QMap<QString, Acknowledgement> &acknowledged() const { return m_acks; }
    /** For checking the checker: the book with an entry changed, added or dropped. */
    QMap<QString, Acknowledgement> &acknowledgedForTest() { return m_acks; }
    /** Records the device made in all (acknowledged or still queued). */
    qsizetype recordsMade() const { return m_made; }
    /** Answers no client of the protocol should ever get (4xx on a sound request, a bad
     *  signature on a receipt, a duplicate with another receipt): each a line, no PII. */
    const QStringList &protocolErrors() const { return m_protocolErrors; }
    /** Requests refused as replays (signed afresh on the next try, as jiujin-syncd does). */
    int replays() const { return m_replays; }

    /** Sends the first record central acknowledged once more, as a kiosk whose answer was lost
     *  does: central must answer "duplicate" with the same receipt. True when it did. */
    bool resendFirst(FleetTransport &transport);

private:
    /** The step of the current stage; step() adds what happens to the handle after it. */
    qint64 runStage(FleetTransport &transport);
    /** This device's libcurl handle, made when first needed. */
    CURL *handle();
    FleetReply signedSend(FleetTransport &transport, const QByteArray &route,
                          const QByteArray &method, const QByteArray &path, const QByteArray &body,
                          bool gzipped = false, const QList<QByteArray> &extra = {},
                          const QByteArray &contentType = "application/json");
    qint64 failed(const FleetReply &reply, const QString &what);
    qint64 succeeded();
    qint64 enroll(FleetTransport &transport);
    qint64 pullCatalogue(FleetTransport &transport);
    qint64 lease(FleetTransport &transport);
    qint64 drainBatch(FleetTransport &transport);
    qint64 heartbeat(FleetTransport &transport);
    /** Uploads what central lacks of @p record's attachments; the failing answer, if any. */
    std::optional<FleetReply> upload(FleetTransport &transport, PendingRecord &record);
    void makeBacklog();
    PendingRecord makeRecord(const QString &kind, QJsonObject extraMeta, const QJsonObject &payload,
                             const QList<QByteArray> &plainAttachments);
    void protocolError(const QString &line);

    const std::atomic<bool> *m_gate = nullptr;
    int m_index;
    QString m_token, m_point;
    LoadModel m_model;
    std::mt19937 m_random;
    Stage m_stage = Stage::Enroll;
    QByteArray m_tlsKeyPem, m_csrPem;
    std::optional<protocol::Key> m_signing, m_centralKey, m_receiptKey;
    protocol::EnrollResponse m_enrolled;
    DeviceChannel m_channel;
    CURL *m_curl = nullptr; ///< made when first needed (handle())
    QList<PendingRecord> m_backlog;
    QMap<QString, Acknowledgement> m_acks;
    std::optional<protocol::WireRecord> m_firstDecided;
    qsizetype m_made = 0;
    qint64 m_catalogueSeq = 0;
    qint64 m_heartbeats = 0;
    int m_failures = 0;
    int m_sequence = 0; ///< the kiosk's receipt sequence
    QString m_lastError;
    QStringList m_protocolErrors;
    int m_replays = 0;
};

} // namespace jiujin::scale
