#pragma once

#include "fleetstats.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

typedef void CURL;

namespace jiujin::scale {

/** One answer as a simulated device saw it. */
struct FleetReply
{
    long status = 0; ///< 0 when no answer came (error says why)
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; ///< names in lower case
    QString error;
    int instance = -1;
};

/** A device's own TLS client certificate and key (PEM), and its own loopback address. */
struct DeviceChannel
{
    QByteArray certPem, keyPem;
    QByteArray sourceAddress; ///< "127.x.y.z": each kiosk comes from its own address
    bool keepAlive = true;    ///< false: the connection is closed after the request
};

/**
 * How the simulated devices reach central: HTTPS (TLS 1.3, central's key pinned, no redirects,
 * as jiujin-syncd) through libcurl to one of several gateway instances on 127.0.0.1, in turn
 * (round-robin, as the province's TCP balancer in front of the instances does). A connection
 * that is refused goes on to the next instance at once, as the balancer's proxy_next_upstream
 * does; any other failure is the device's to retry. Each device has its own easy handle (its own
 * client certificate, its own kept-alive connection), used by one worker thread at a time.
 */
class FleetTransport
{
public:
    FleetTransport(const QList<int> &ports, QByteArray pin);
    ~FleetTransport();

    int instances() const { return int(m_ports.size()); }
    /** Points instance @p instance at @p port (a restarted gateway listens on a new port). */
    void setPort(int instance, int port);
    /** Marks @p instance as down: skipped until setPort() (a balancer's failed health check). */
    void setDown(int instance);

    /** @p method @p path with @p body over @p curl (the device's handle, made by newHandle());
     *  @p route names the request in the statistics. @p headers makes the request's headers for
     *  each instance tried: a signed request is signed again (a fresh nonce) when it goes on to
     *  another instance, since the first may have received it before its connection died. */
    FleetReply send(CURL *curl, const DeviceChannel &channel, const QByteArray &route,
                    const QByteArray &method, const QByteArray &path, const QByteArray &body,
                    const std::function<QList<QByteArray>()> &headers,
                    const QByteArray &contentType = "application/json");
    /** A handle for one device; free it with freeHandle(). */
    static CURL *newHandle();
    static void freeHandle(CURL *curl);

    FleetStats &stats() { return m_stats; }

private:
    std::vector<std::atomic<int>> m_ports; ///< 0 while down
    std::atomic<unsigned> m_next{0};
    QByteArray m_pin;
    FleetStats m_stats;
};

} // namespace jiujin::scale
