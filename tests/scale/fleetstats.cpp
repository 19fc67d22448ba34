#include "fleetstats.h"

#include <algorithm>

namespace jiujin::scale {

FleetStats::FleetStats() : m_start(std::chrono::steady_clock::now()) {}

double FleetStats::nowMs() const
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
        .count();
}

void FleetStats::reset()
{
    std::lock_guard lock(m_mutex);
    m_start = std::chrono::steady_clock::now();
    m_latencies.clear();
    m_statuses.clear();
    m_failures.clear();
    m_requests = 0;
}

void FleetStats::record(const QByteArray &route, int instance, long status, double ms,
                        const QString &transportError)
{
    const double at = nowMs();
    std::lock_guard lock(m_mutex);
    ++m_requests;
    ++m_statuses[status];
    if (status == 0 || status >= 500)
        m_failures.append({at, instance, status, route, transportError});
    else
        m_latencies[route].append(ms);
}

void FleetStats::recordPhases(const QByteArray &route, double connectMs, double tlsMs,
                              double serverMs)
{
    std::lock_guard lock(m_mutex);
    m_latencies[route + ":connect"].append(connectMs);
    m_latencies[route + ":tls"].append(tlsMs);
    m_latencies[route + ":server"].append(serverMs);
}

void FleetStats::recordSample(const QByteArray &what, double ms)
{
    std::lock_guard lock(m_mutex);
    m_latencies[what].append(ms);
}

RouteFigures FleetStats::figures(const QByteArray &route) const
{
    QList<double> v;
    {
        std::lock_guard lock(m_mutex);
        v = m_latencies.value(route);
    }
    RouteFigures f;
    f.count = v.size();
    if (v.isEmpty())
        return f;
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) {
        return v.at(std::min(v.size() - 1, qsizetype(q * double(v.size() - 1) + 0.5)));
    };
    f.p50 = at(0.50);
    f.p99 = at(0.99);
    f.max = v.last();
    return f;
}

QList<FleetFailure> FleetStats::failures() const
{
    std::lock_guard lock(m_mutex);
    return m_failures;
}

QMap<long, qint64> FleetStats::statusCounts() const
{
    std::lock_guard lock(m_mutex);
    return m_statuses;
}

qint64 FleetStats::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

} // namespace jiujin::scale
