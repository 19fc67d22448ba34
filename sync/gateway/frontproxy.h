#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <sys/types.h>

namespace jiujin {

/**
 * The public listener of `jiujin-gateway serve`: Debian's nginx, run as a supervised child that
 * terminates TLS 1.3, verifies client certificates against the device CA, bounds every request
 * (header size and time, body size and time, requests per address) and proxies complete requests
 * to the gateway's internal listener on 127.0.0.1 (GatewayServer::bindBehindFront), adding the
 * per-start secret and the verified identity (ClientIdentity::front). docs/DESIGN.md, "The edge".
 */
class FrontProxy
{
public:
    struct Settings
    {
        QString host;        ///< public address (name or number) to listen on
        int port = 0;        ///< public port; 0: any free one
        int backendPort = 0; ///< the gateway's internal listener on 127.0.0.1
        /** The gateway's heartbeat lane on 127.0.0.1 (GatewayServer::bindHeartbeatLane), where
         *  POST /v1/heartbeat goes; 0: heartbeats go to backendPort too. */
        int heartbeatPort = 0;
        QByteArray secret; ///< what the front adds to every proxied request
        QString serverCertificate, serverKey, clientCa; ///< PEM files
        QString workDir;    ///< nginx's configuration, pid and temporary files (made 0700)
        QString consoleDir; ///< the web console's built files, served at /console/; "": none
        QString nginx = QStringLiteral("/usr/sbin/nginx");
    };

    /** Limits the front applies; README's "Security" section states them. */
    static constexpr int headerTimeoutS = 10;     ///< the whole request header (and the handshake)
    static constexpr int bodyTimeoutS = 10;       ///< between two reads of a body
    static constexpr int sendTimeoutS = 10;       ///< between two writes of an answer
    static constexpr int keepAliveS = 30;         ///< an idle connection between requests
    static constexpr int headerLineBytes = 8192;  ///< one header line (4 such buffers at most)
    static constexpr int requestsPerAddress = 32; ///< requests in progress per client address
    static constexpr int maxWorkerConnections = 8192;
    static constexpr int operatorBodyKiB = 64;         ///< a body to /v1/operator/
    static constexpr int operatorLoginsPerMinute = 30; ///< operator logins per client address
    static constexpr int operatorLoginBurst = 20; ///< ... taken at once before the rate applies
    static constexpr int healthTimeoutS = 5;      ///< GET /healthz: the gateway answers within this
    /** Connections the kernel queues before nginx accepts them (capped by net.core.somaxconn);
     *  nginx's own default is 511, less than a province's reconnect burst per second. */
    static constexpr int listenBacklog = 4096;
    /** What the web console's pages may load and reach: this origin only, no inline script or
     *  style, no frames, no plugins (docs/DESIGN.md, "The web console"). */
    static constexpr char consolePolicy[] =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'";

    FrontProxy() = default;
    ~FrontProxy();
    FrontProxy(const FrontProxy &) = delete;
    FrontProxy &operator=(const FrontProxy &) = delete;

    /** A fresh random secret (hex, 64 characters). */
    static QByteArray newSecret();
    /** The secret a province's shared front adds (`serve --front-secret FILE`): the file's one
     *  line, at least 32 letters and digits (nothing nginx's configuration would read as
     *  syntax), the file readable by its owner only. */
    static Result<QByteArray> readSecret(const QString &path);
    /** Refuses @p path (named @p what in the message) when its group or others may read or
     *  write it: the front's secret and the hop's private key (`--hop-key`). */
    static Result<void> ownerOnly(const QString &path, const QString &what);
    /** The nginx configuration for @p s, listening on @p listenAddress (numeric "a.b.c.d:port" or
     *  "[v6]:port"). @p singleProcess: master_process off (when run as root, see the .cpp). */
    static QByteArray config(const Settings &s, const QString &listenAddress, bool singleProcess,
                             int workerConnections);

    /** Checks the public address is free (port 0: picks a free port), writes nginx's
     *  configuration, starts nginx with PR_SET_PDEATHSIG (it dies with the calling thread, which
     *  must live as long as the front: the main thread) and waits until it runs. Returns the
     *  public port. Call with SIGCHLD blocked or default. */
    Result<int> start(const Settings &s);
    /** nginx's process id; 0 when not running. */
    pid_t pid() const { return m_pid; }
    /** Reaps nginx if it has exited: its wait status; nullopt while it runs. */
    std::optional<int> reapIfExited();
    /** SIGTERM to nginx (it closes its connections at once), SIGKILL after 5 s; waits for it. */
    void stop();

private:
    Result<void> spawn(const Settings &s, const QString &listenAddress);
    pid_t m_pid = 0;
};

} // namespace jiujin
