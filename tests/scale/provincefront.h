#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

// The province's shared front as the scale tests run it (ctest province-front, heartbeat-lane):
// packaging/gateway/nginx-province.conf as shipped, only its sample addresses and paths replaced,
// and the hop's PKI. Test helpers: they REQUIRE what they need (Catch2).
namespace jiujin::scale::provincefront {

/** A port free at this moment on 127.0.0.1. */
int freePort();
/** Sends @p request to 127.0.0.1:@p port in plain TCP and reads the answer until it closes
 *  (5 s at most); empty when nothing listens there. */
QByteArray exchange(int port, const QByteArray &request);
bool writeFile(const QString &path, const QByteArray &bytes);
/** Runs @p program with @p args; its exit code (-1 when it did not run to the end), its output
 *  in @p output. */
int run(const QString &program, const QStringList &args, QByteArray *output = nullptr,
        const QStringList &environment = {});
/** The province's own CA for the hop from the front to the instances, and one instance
 *  certificate from it named as the front asks (proxy_ssl_name), in @p dir: hop-ca.pem,
 *  hop.pem, hop.key (P-256; DEPLOY-province.md §1 has the same commands). */
void makeHopPki(const QString &dir);
/** GET /healthz straight to an instance over TLS, its certificate checked against @p ca under
 *  the name the front uses; the HTTP status, 0 when no TLS answer came. */
int instanceHealth(int port, const QString &ca, const QByteArray &secret);
/** The shipped configuration with its sample values replaced: the two instances' ports, their
 *  heartbeat lanes' ports, the front's port, and its folders under @p dir; run in the
 *  foreground (as root: one process, as FrontProxy does it, since root's workers would switch
 *  to a user a test machine may lack). */
QByteArray provinceConfig(const QString &dir, int frontPort, const QList<int> &instances,
                          const QList<int> &lanes);
/** The front machine's files in @p front/etc: central's server certificate and key and the
 *  device CA (from central's @p dataDir), the hop's CA (from @p pki, makeHopPki()), and
 *  @p secret as DEPLOY-province.md has it written. */
void writeFrontFiles(const QString &front, const QString &dataDir, const QString &pki,
                     const QByteArray &secret);
/** nginx with @p config; waits until it accepts connections on @p port. */
std::unique_ptr<QProcess> startFront(const QString &dir, const QByteArray &config, int port);

} // namespace jiujin::scale::provincefront
