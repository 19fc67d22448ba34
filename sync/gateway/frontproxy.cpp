#include "frontproxy.h"

#include "caselookup.h"
#include "wire.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <openssl/rand.h>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

extern char **environ;

namespace jiujin {

namespace {

/** A listening socket on @p host:@p port: its descriptor (close-on-exec) and nginx's spelling of
 *  the address it is bound to ("127.0.0.1:8443", "[::]:8443"). */
Result<std::pair<int, QString>> bindPublic(const QString &host, int port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo *found = nullptr;
    const QByteArray name = host.toUtf8();
    const QByteArray service = QByteArray::number(port);
    if (const int rc = getaddrinfo(name.isEmpty() ? nullptr : name.constData(), service.constData(),
                                   &hints, &found);
        rc != 0)
        return Error{Error::Io, QStringLiteral("cannot resolve %1: %2")
                                    .arg(host, QString::fromLocal8Bit(gai_strerror(rc)))};
    QString why;
    bool inUse = false;
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        const int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (a->ai_family == AF_INET6) // as nginx's own [::] listeners: IPv6 only
            ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
        if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, 511) != 0) {
            inUse = errno == EADDRINUSE;
            why = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(found);
    if (fd < 0)
        return Error{inUse ? Error::Busy : Error::Io,
                     QStringLiteral("cannot listen on %1:%2: %3").arg(host).arg(port).arg(why)};
    sockaddr_storage bound{};
    socklen_t len = sizeof bound;
    char text[INET6_ADDRSTRLEN] = {};
    QString address;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &len) == 0) {
        if (bound.ss_family == AF_INET) {
            const auto *in = reinterpret_cast<const sockaddr_in *>(&bound);
            if (inet_ntop(AF_INET, &in->sin_addr, text, sizeof text))
                address =
                    QStringLiteral("%1:%2").arg(QString::fromLatin1(text)).arg(ntohs(in->sin_port));
        } else if (bound.ss_family == AF_INET6) {
            const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&bound);
            if (inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text))
                address = QStringLiteral("[%1]:%2")
                              .arg(QString::fromLatin1(text))
                              .arg(ntohs(in6->sin6_port));
        }
    }
    if (address.isEmpty()) {
        ::close(fd);
        return Error{Error::Io, QStringLiteral("cannot read the address bound for %1").arg(host)};
    }
    return std::make_pair(fd, address);
}

/** Characters nginx's configuration would read as syntax or variables. */
bool safeInConfig(const QString &path)
{
    for (const QChar c : path)
        if (c == u'"' || c == u'\\' || c == u'$' || c == u';' || c == u'{' || c == u'}' ||
            c == u'\'' || c.unicode() < 0x20)
            return false;
    return !path.isEmpty();
}

QByteArray quoted(const QString &path)
{
    return '"' + QFile::encodeName(path) + '"';
}

/** Worker connections this process's descriptor limit allows (each proxied request takes two);
 *  the soft limit is raised to the hard one first, and nginx inherits it. */
int workerConnections()
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0)
        return 512;
    if (files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
        getrlimit(RLIMIT_NOFILE, &files);
    }
    const rlim_t usable = files.rlim_cur > 128 ? (files.rlim_cur - 64) / 2 : 32;
    return int(std::min<rlim_t>(usable, FrontProxy::maxWorkerConnections));
}

} // namespace

FrontProxy::~FrontProxy()
{
    stop();
}

QByteArray FrontProxy::newSecret()
{
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex();
}

Result<QByteArray> FrontProxy::readSecret(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("cannot read the front's secret %1").arg(path)};
    if (auto own = ownerOnly(path, QStringLiteral("the front's secret")); !own)
        return own.error();
    const QByteArray secret = file.read(1024).trimmed();
    const bool plain = std::all_of(secret.begin(), secret.end(), [](char ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    });
    if (secret.size() < 32 || !plain)
        return Error{Error::Invalid, QStringLiteral("the front's secret %1 must be one line of at "
                                                    "least 32 letters and digits (openssl rand "
                                                    "-hex 32)")
                                         .arg(path)};
    return secret;
}

Result<void> FrontProxy::ownerOnly(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Io, QStringLiteral("cannot read %1 %2").arg(what, path)};
    if (info.permissions() &
        (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
        return Error{Error::Invalid,
                     QStringLiteral("%1 %2 is readable by others (chmod 600)").arg(what, path)};
    return {};
}

QByteArray FrontProxy::config(const Settings &s, const QString &listenAddress, bool singleProcess,
                              int workerConnections)
{
    const QByteArray work = QFile::encodeName(s.workDir);
    const QByteArray backend = "http://127.0.0.1:" + QByteArray::number(s.backendPort);
    // Heartbeats have a lane of their own at the gateway (its own request threads): routed by
    // path here, where the whole request is read before any gateway thread is taken.
    const QByteArray heartbeatBackend =
        s.heartbeatPort > 0 ? "http://127.0.0.1:" + QByteArray::number(s.heartbeatPort) : backend;
    // The body limit is the protocol's (wire.h) plus room for the JSON around it; it counts the
    // bytes as received, chunked or not, and gzip-compressed bodies are inflated by the gateway
    // under the same bound.
    const QByteArray maxBody = QByteArray::number(protocol::maxBodyBytes / 1024 + 64) + 'k';
    QByteArray c;
    c += "# Written by jiujin-gateway serve at every start (edits are overwritten). It is the\n"
         "# public listener: TLS, client certificates and every limit on what a client sends.\n";
    c += "daemon off;\n";
    // As root, nginx would switch its workers to another user (nobody), which cannot reach the
    // data directory, and fails in a user namespace (initgroups); a service account runs the
    // usual master and workers.
    c += singleProcess ? "master_process off;\n" : "master_process on;\nworker_processes auto;\n";
    if (singleProcess) {
        // Otherwise nginx would hand its temporary directories to nobody (chown), which fails in
        // a user namespace where nobody is not mapped.
        const passwd *user = getpwuid(geteuid());
        const group *grp = getgrgid(getegid());
        if (user && grp)
            c += "user " + QByteArray(user->pw_name) + ' ' + QByteArray(grp->gr_name) + ";\n";
    }
    c += "pid " + quoted(s.workDir + QStringLiteral("/nginx.pid")) + ";\n";
    c += "error_log stderr warn;\n";
    // nginx clears its environment (all but TZ) once started; libfaketime, when a test runs the
    // gateway under it, reads its settings from there again every few seconds: keep them.
    for (char **e = environ; *e; ++e)
        if (std::strncmp(*e, "FAKETIME", 8) == 0)
            if (const char *eq = std::strchr(*e, '='))
                c += "env " + QByteArray(*e, int(eq - *e)) + ";\n";
    c += "events { worker_connections " + QByteArray::number(workerConnections) + "; }\n";
    c += "http {\n";
    c += "    access_log off;\n    server_tokens off;\n    default_type application/json;\n";
    for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        c += "    " + QByteArray(temp) + "_temp_path " +
             quoted(s.workDir + QLatin1Char('/') + QLatin1String(temp)) + ";\n";
    c += "    client_header_buffer_size 1k;\n";
    c += "    large_client_header_buffers 4 " + QByteArray::number(headerLineBytes / 1024) + "k;\n";
    c += "    client_header_timeout " + QByteArray::number(headerTimeoutS) + "s;\n";
    c += "    client_max_body_size " + maxBody + ";\n";
    c += "    client_body_buffer_size 64k;\n";
    c += "    client_body_timeout " + QByteArray::number(bodyTimeoutS) + "s;\n";
    c += "    send_timeout " + QByteArray::number(sendTimeoutS) + "s;\n";
    c += "    keepalive_timeout " + QByteArray::number(keepAliveS) + "s;\n";
    c += "    keepalive_requests 1000;\n";
    c += "    reset_timedout_connection on;\n    lingering_time 5s;\n";
    c += "    limit_conn_zone $binary_remote_addr zone=address:4m;\n";
    c += "    limit_conn address " + QByteArray::number(requestsPerAddress) + ";\n";
    c += "    limit_conn_status 429;\n    limit_conn_log_level info;\n";
    // Password guessing against operator logins is slowed per address here, and stopped per
    // account by the gateway's lockout.
    c += "    limit_req_zone $binary_remote_addr zone=operator_login:4m rate=" +
         QByteArray::number(operatorLoginsPerMinute) + "r/m;\n";
    c += "    limit_req_status 429;\n    limit_req_log_level info;\n";
    // Whole requests only reach the gateway (bounded, already received), one connection each.
    c += "    proxy_http_version 1.0;\n    proxy_request_buffering on;\n    proxy_buffering on;\n";
    // A request received whole is carried out even when its client has gone meanwhile, as the
    // gateway alone would: the kiosk's retry then finds it done (idempotent), instead of the
    // outcome depending on which of the two the front noticed first.
    c += "    proxy_ignore_client_abort on;\n";
    c += "    proxy_connect_timeout 5s;\n    proxy_send_timeout 60s;\n    proxy_read_timeout "
         "120s;\n";
    c += "    proxy_pass_header Date;\n"; // central's clock, as the gateway says it
    // These replace whatever a client sent under the same names.
    const QByteArray frontHeaders = "proxy_set_header X-JJ-Front \"" + s.secret +
                                    "\"; proxy_set_header X-JJ-Client-Verify $ssl_client_verify; "
                                    "proxy_set_header X-JJ-Client-Cert $ssl_client_escaped_cert;";
    c += "    " + frontHeaders + "\n";
    c += "    server {\n";
    c += "        listen " + listenAddress.toLatin1() +
         " ssl backlog=" + QByteArray::number(listenBacklog) + ";\n";
    c += "        ssl_protocols TLSv1.3;\n";
    c += "        ssl_certificate " + quoted(s.serverCertificate) + ";\n";
    c += "        ssl_certificate_key " + quoted(s.serverKey) + ";\n";
    c += "        ssl_client_certificate " + quoted(s.clientCa) + ";\n";
    c += "        ssl_verify_client optional;\n        ssl_verify_depth 1;\n";
    c += "        error_page 495 496 = @device;\n";
    c += "        error_page 413 = @too_large;\n";
    c += "        error_page 429 = @busy;\n";
    c += "        error_page 502 503 504 = @unavailable;\n";
    // Without a certificate: enrollment (a one-time token) and the other channels (a bearer
    // token); everything else needs a verified device certificate before the gateway sees it.
    // Each route's body is bounded here by the gateway's own bound for it (protocollimits.h),
    // refused as soon as its length is known: a peer without a certificate cannot make the
    // front buffer, nor the gateway hold, 16 MiB on a route that reads 4 KiB.
    const auto bodyAtMost = [](qsizetype bytes) {
        return "client_max_body_size " + QByteArray::number(bytes) + "; ";
    };
    c += "        location = /v1/enroll { " + bodyAtMost(protocol::maxSmallBodyBytes) +
         "proxy_pass " + backend + "; }\n";
    c += "        location /v1/channel/ { " + bodyAtMost(protocol::maxChannelBookingBytes) +
         "proxy_pass " + backend + "; }\n";
    // The balancer's health check: no certificate, GET or HEAD, no body; the gateway answers
    // within its probe's timeout (HealthCheck), and a gateway that does not answer in time is a
    // 503 here (@unavailable), never a hanging check.
    c += "        location = /healthz { limit_except GET { deny all; } client_max_body_size 1k; "
         "proxy_read_timeout " +
         QByteArray::number(healthTimeoutS) + "s; proxy_pass " + backend + "; }\n";
    // Operators authenticate with a session's bearer token (the gateway checks it); a device
    // certificate, if one is presented, counts for nothing there. Small bodies only.
    const QByteArray operatorBody =
        "client_max_body_size " + QByteArray::number(operatorBodyKiB) + "k; ";
    // Operator answers (a case list of 1000 rows is 0.5 MB of JSON) are compressed here, gzip
    // level 1, not by the gateway: cpp-httplib would pick brotli at its slowest quality for a
    // browser (seconds for one list; docs/DESIGN.md §13j). A location's own proxy_set_header
    // drops the inherited ones, hence frontHeaders again.
    c += "        location /v1/operator/ { " + operatorBody + frontHeaders +
         " proxy_set_header Accept-Encoding \"\"; gzip on; gzip_comp_level 1; gzip_min_length "
         "1024; gzip_types application/json text/csv; proxy_pass " +
         backend + "; }\n";
    c += "        location = /v1/operator/sessions { " + operatorBody +
         "limit_req zone=operator_login burst=" + QByteArray::number(operatorLoginBurst) +
         " nodelay; proxy_pass " + backend + "; }\n";
    if (!s.consoleDir.isEmpty()) {
        // The web console: static files only (GET/HEAD), from this origin, under a strict
        // Content-Security-Policy; the pages talk to /v1/operator/ above with a session cookie.
        const QByteArray headers =
            "add_header Content-Security-Policy \"" + QByteArray(consolePolicy) +
            "\" always; add_header X-Content-Type-Options nosniff always; add_header "
            "X-Frame-Options DENY always; add_header Referrer-Policy no-referrer always; "
            "add_header Cross-Origin-Opener-Policy same-origin always; add_header Cache-Control "
            "no-cache always; ";
        c += "        location = / { absolute_redirect off; return 302 /console/; }\n";
        c += "        location = /console { absolute_redirect off; return 302 /console/; }\n";
        c += "        location /console/ {\n";
        c += "            alias " + quoted(s.consoleDir + QLatin1Char('/')) + ";\n";
        c += "            index index.html;\n            absolute_redirect off;\n";
        c += "            limit_except GET { deny all; }\n";
        c += "            types { text/html html; text/javascript js; text/css css; "
             "image/svg+xml svg; image/png png; font/woff2 woff2; application/json json; }\n";
        c += "            default_type application/octet-stream;\n";
        c += "            error_page 403 404 = @not_found;\n";
        c += "            " + headers + "\n";
        c += "        }\n";
        c += "        location @not_found { return 404 '{\"error\":\"not_found\"}'; }\n";
    }
    const QByteArray deviceOnly =
        "            if ($ssl_client_verify != SUCCESS) { return 401 '{\"error\":\"device\"}'; }\n";
    // The certificate's routes with a bound of their own: 查进度 from another point (a receipt
    // and four characters, caselookup.h), heartbeat and renewal, a lease request, an upload's
    // chunk. Only POST /v1/submissions takes the general bound.
    const std::pair<const char *, qsizetype> deviceRoutes[] = {
        {"= /v1/cases/lookup", protocol::maxCaseLookupRequest},
        {"= /v1/heartbeat", protocol::maxSmallBodyBytes},
        {"= /v1/renew", protocol::maxSmallBodyBytes},
        {"= /v1/leases", protocol::maxLeaseBodyBytes},
        {"/v1/uploads/", protocol::maxUploadChunk},
    };
    for (const auto &[route, bytes] : deviceRoutes) {
        c += "        location " + QByteArray(route) + " {\n";
        c += "            " + bodyAtMost(bytes) + "\n";
        c += deviceOnly;
        c += "            proxy_pass " +
             (QByteArray(route) == "= /v1/heartbeat" ? heartbeatBackend : backend) + ";\n";
        c += "        }\n";
    }
    c += "        location / {\n";
    c += deviceOnly;
    c += "            proxy_pass " + backend + ";\n";
    c += "        }\n";
    c += "        location @device { return 401 '{\"error\":\"device\"}'; }\n";
    c += "        location @too_large { return 413 '{\"error\":\"too_large\"}'; }\n";
    c += "        location @busy { add_header Retry-After 5 always; return 429 "
         "'{\"error\":\"busy\"}'; }\n";
    c += "        location @unavailable { add_header Retry-After 30 always; "
         "return 503 '{\"error\":\"unavailable\"}'; }\n";
    c += "    }\n}\n";
    return c;
}

Result<int> FrontProxy::start(const Settings &given)
{
    // nginx reads relative paths from its prefix (the work directory): make them absolute.
    Settings s = given;
    for (QString *path : {&s.workDir, &s.serverCertificate, &s.serverKey, &s.clientCa})
        *path = QFileInfo(*path).absoluteFilePath();
    if (!s.consoleDir.isEmpty()) {
        s.consoleDir = QFileInfo(s.consoleDir).absoluteFilePath();
        if (!safeInConfig(s.consoleDir) ||
            !QFile::exists(s.consoleDir + QStringLiteral("/index.html")))
            return Error{Error::Invalid,
                         QStringLiteral("the console folder %1 has no index.html, or a name nginx "
                                        "cannot take")
                             .arg(s.consoleDir)};
    }
    if (m_pid)
        return Error{Error::Invalid, QStringLiteral("the front already runs")};
    for (const QString &path : {s.workDir, s.serverCertificate, s.serverKey, s.clientCa})
        if (!safeInConfig(path))
            return Error{Error::Invalid,
                         QStringLiteral("path not usable in nginx's configuration: %1").arg(path)};
    if (!QFile::exists(s.nginx))
        return Error{Error::Io, QStringLiteral("%1 is missing (apt-get install nginx): central's "
                                               "public listener is nginx")
                                    .arg(s.nginx)};
    if (!QDir().mkpath(s.workDir) ||
        !QFile::setPermissions(s.workDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error{Error::Io, QStringLiteral("cannot make %1").arg(s.workDir)};

    // nginx binds the address itself (it crashes when handed a socket without its master
    // process); the address is tried here first, so that a busy port is reported clearly and
    // port 0 becomes a free port. For port 0 another program could take that port before nginx
    // does: then a fresh one is tried.
    for (int attempt = 0;; ++attempt) {
        auto probe = bindPublic(s.host, s.port);
        // A front that is still stopping (the gateway was killed and restarted at once: its
        // nginx got SIGTERM from the kernel) frees the port within moments.
        for (int i = 0; i < 50 && !probe && probe.error().code == Error::Busy; ++i) {
            QThread::msleep(100);
            probe = bindPublic(s.host, s.port);
        }
        if (!probe)
            return probe.error();
        ::close(probe->first);
        const QString listenAddress = probe->second;
        auto started = spawn(s, listenAddress);
        if (started)
            return listenAddress.mid(listenAddress.lastIndexOf(u':') + 1).toInt();
        if (s.port != 0 || attempt == 2)
            return started.error();
    }
}

Result<void> FrontProxy::spawn(const Settings &s, const QString &listenAddress)
{
    const QString configPath = s.workDir + QStringLiteral("/nginx.conf");
    const QString pidPath = s.workDir + QStringLiteral("/nginx.pid");
    QSaveFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(config(s, listenAddress, geteuid() == 0, workerConnections())) < 0 ||
        !file.commit() || !QFile::setPermissions(configPath, QFile::ReadOwner | QFile::WriteOwner))
        return Error{Error::Io, QStringLiteral("cannot write %1").arg(configPath)};
    QFile::remove(pidPath);

    // Everything the child needs is made before fork(): after it, only async-signal-safe calls.
    const QByteArray program = QFile::encodeName(s.nginx);
    const QByteArray prefix = QFile::encodeName(s.workDir) + '/';
    const QByteArray configArg = QFile::encodeName(configPath);
    std::vector<const char *> argv{
        program.constData(),   "-e",   "stderr", "-p", prefix.constData(), "-c",
        configArg.constData(), nullptr};
    std::vector<const char *> envp;
    for (char **e = environ; *e; ++e)
        if (std::strncmp(*e, "NGINX=", 6) != 0) // nginx would take listening sockets from it
            envp.push_back(*e);
    envp.push_back(nullptr);
    const pid_t parent = getpid();

    const pid_t pid = fork();
    if (pid < 0)
        return Error{Error::Io, QStringLiteral("cannot start nginx: fork failed")};
    if (pid == 0) {
        // nginx stops (and stops its workers) when the thread that started it ends.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent)
            _exit(1);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        close_range(3, ~0U, 0); // nothing of the gateway's (database, listener) reaches nginx
        execve(program.constData(), const_cast<char *const *>(argv.data()),
               const_cast<char *const *>(envp.data()));
        _exit(127);
    }
    m_pid = pid;
    // nginx writes its pid file once its configuration is loaded and its socket bound.
    for (int i = 0; i < 1000; ++i) {
        if (auto status = reapIfExited())
            return Error{Error::Io, QStringLiteral("nginx exited at start (status %1): see its "
                                                   "messages above")
                                        .arg(*status)};
        if (QFile::exists(pidPath))
            return {};
        QThread::msleep(10);
    }
    stop();
    return Error{Error::Io, QStringLiteral("nginx did not start within 10 s")};
}

std::optional<int> FrontProxy::reapIfExited()
{
    if (!m_pid)
        return std::nullopt;
    int status = 0;
    const pid_t r = waitpid(m_pid, &status, WNOHANG);
    if (r == m_pid || (r < 0 && errno == ECHILD)) {
        m_pid = 0;
        return status;
    }
    return std::nullopt;
}

void FrontProxy::stop()
{
    if (!m_pid)
        return;
    ::kill(m_pid, SIGTERM);
    for (int i = 0; i < 500; ++i) {
        if (reapIfExited())
            return;
        QThread::msleep(10);
    }
    ::kill(m_pid, SIGKILL);
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = 0;
}

} // namespace jiujin
