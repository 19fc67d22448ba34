#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <mutex>

namespace jiujin::scale {

/** A request that failed on central's side or on the way: a 5xx, or no answer at all. */
struct FleetFailure
{
    double atMs = 0;   ///< since the fleet's clock started
    int instance = -1; ///< which gateway instance was asked
    long status = 0;   ///< HTTP status; 0 when the transport failed
    QByteArray route;  ///< "submissions", "heartbeat", …
    QString error;     ///< libcurl's message for a transport failure
};

/** Latency quantiles of one route, milliseconds. */
struct RouteFigures
{
    qsizetype count = 0;
    double p50 = 0, p99 = 0, max = 0;
};

/**
 * What the fleet's requests got: latencies per route (successful answers only), counts per
 * status, and every failure with its time, so that a test can tell which fell inside a restart
 * window. Shared by every worker thread (one short lock per request).
 */
class FleetStats
{
public:
    FleetStats();
    /** Milliseconds since construction (or reset()), on the monotonic clock. */
    double nowMs() const;
    void reset();
    void record(const QByteArray &route, int instance, long status, double ms,
                const QString &transportError);
    /** Where a successful request's time went (ms): the TCP connect, the TLS handshake (0 on a
     *  kept connection) and from the request sent to the first byte of the answer (central's
     *  work, the front's hop included); read back as figures("ROUTE:connect"), ":tls",
     *  ":server". */
    void recordPhases(const QByteArray &route, double connectMs, double tlsMs, double serverMs);
    /** A time that is no request's latency (the simulator's own lateness): read back as
     *  figures(@p what); counts as no request. */
    void recordSample(const QByteArray &what, double ms);
    RouteFigures figures(const QByteArray &route) const;
    QList<FleetFailure> failures() const;
    QMap<long, qint64> statusCounts() const;
    qint64 requests() const;

private:
    mutable std::mutex m_mutex;
    std::chrono::steady_clock::time_point m_start;
    QMap<QByteArray, QList<double>> m_latencies;
    QMap<long, qint64> m_statuses;
    QList<FleetFailure> m_failures;
    qint64 m_requests = 0;
};

} // namespace jiujin::scale
