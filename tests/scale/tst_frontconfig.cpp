// The province's front and the front `serve` writes stay in step (issue 16): every limit, route
// and header of FrontProxy::config must be in packaging/gateway/nginx-province.conf, and the
// province file may add nothing else but what is listed below with its reason. Both files are
// read as nginx reads them (directives in their blocks, comments dropped, includes expanded),
// sizes in bytes, and the values that are the deployment's own (paths, addresses, the secret,
// the upstream's name) replaced by placeholders.
#include "frontproxy.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace jiujin;

namespace {

/** What the province's front-headers.conf holds (DEPLOY-province.md §1): the secret's header. */
const QByteArray frontHeadersInclude = "proxy_set_header X-JJ-Front \"SECRET\";";

/** nginx's words: quoted strings kept whole (quotes dropped), ';', '{' and '}' on their own,
 *  comments dropped. */
QList<QByteArray> tokens(const QByteArray &text)
{
    QList<QByteArray> out;
    QByteArray word;
    const auto flush = [&] {
        if (!word.isEmpty())
            out.append(word);
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char ch = text.at(i);
        if (ch == '#' && word.isEmpty()) {
            while (i < text.size() && text.at(i) != '\n')
                ++i;
        } else if (ch == '"' || ch == '\'') {
            flush();
            const qsizetype end = text.indexOf(ch, i + 1);
            out.append(text.mid(i + 1, (end < 0 ? text.size() : end) - i - 1));
            i = end < 0 ? text.size() : end;
        } else if (ch == ';' || ch == '{' || ch == '}') {
            flush();
            out.append(QByteArray(1, ch));
        } else if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            flush();
        } else {
            word += ch;
        }
    }
    flush();
    return out;
}

/** A size in nginx's units ("64k", "16m") in bytes; anything else as it is. */
QByteArray normalisedWord(const QByteArray &word)
{
    static const QRegularExpression size(QStringLiteral("^(\\d+)([kKmM])$"));
    const auto m = size.match(QString::fromLatin1(word));
    if (!m.hasMatch())
        return word;
    const qint64 unit = m.captured(2).toLower() == QLatin1String("k") ? 1024 : 1024 * 1024;
    return QByteArray::number(m.captured(1).toLongLong() * unit);
}

/** The deployment's own values replaced by placeholders, one directive at a time. */
QList<QByteArray> normalisedDirective(QList<QByteArray> words)
{
    const QByteArray name = words.value(0);
    for (QByteArray &w : words)
        w = normalisedWord(w);
    if (name == "proxy_pass" && words.size() == 2)
        words[1] = "UPSTREAM"; // http://127.0.0.1:PORT or http://jiujin_gateways
    if (name == "listen" && words.size() >= 2)
        words[1] = "ADDRESS";
    if ((name == "ssl_certificate" || name == "ssl_certificate_key" ||
         name == "ssl_client_certificate" || name == "alias") &&
        words.size() == 2)
        words[1] = "PATH";
    if (name == "proxy_set_header" && words.value(1) == "X-JJ-Front" && words.size() == 3)
        words[2] = "SECRET";
    return words;
}

/** Every directive of @p text as one line "context > context: directive words", e.g.
 *  "http > server > location = /v1/heartbeat: client_max_body_size 65536". The main and events
 *  contexts (processes, pid, error log, worker connections) are the machine's, not the
 *  protocol's, and are left out. */
QSet<QByteArray> shape(const QByteArray &text)
{
    QList<QByteArray> words = tokens(text);
    // Expand the province's include of its secret.
    for (qsizetype i = 0; i + 2 < words.size(); ++i)
        if (words.at(i) == "include" && words.at(i + 1).endsWith("front-headers.conf") &&
            words.at(i + 2) == ";") {
            words.remove(i, 3);
            const QList<QByteArray> included = tokens(frontHeadersInclude);
            for (qsizetype j = 0; j < included.size(); ++j)
                words.insert(i + j, included.at(j));
        }
    QSet<QByteArray> out;
    QList<QByteArray> context;
    QList<QByteArray> current;
    for (const QByteArray &w : std::as_const(words)) {
        if (w == "{") {
            context.append(normalisedDirective(current).join(' '));
            current.clear();
        } else if (w == "}") {
            if (!context.isEmpty())
                context.removeLast();
        } else if (w == ";") {
            if (!context.isEmpty() && context.first() == "http")
                out.insert(context.join(" > ") + ": " + normalisedDirective(current).join(' '));
            current.clear();
        } else {
            current.append(w);
        }
    }
    return out;
}

/** What the province file may hold that `serve`'s own front does not, each with its reason. */
bool provinceOnly(const QByteArray &line)
{
    static const QList<QRegularExpression> allowed{
        // Temporary files in the front's own folders, not in the gateway's data directory.
        QRegularExpression(QStringLiteral("^http: \\w+_temp_path ")),
        // The upstream of several instances, its passive checks, and going on to the next
        // instance when one refuses the connection (one instance has nowhere to go on to).
        QRegularExpression(QStringLiteral("^http > upstream jiujin_gateways: server ")),
        // The instances' heartbeat lanes (serve's own front names its lane by its port).
        QRegularExpression(QStringLiteral("^http > upstream jiujin_heartbeats: server ")),
        QRegularExpression(QStringLiteral("^http: proxy_next_upstream")),
        // A dead instance is given up on in 2 s instead of 5: there is another one to try.
        QRegularExpression(QStringLiteral("^http: proxy_connect_timeout 2s$")),
        // The per-address table for a whole province's kiosks (16 MiB, about 250,000
        // addresses), not one banner's.
        QRegularExpression(
            QStringLiteral("^http: limit_conn_zone \\$binary_remote_addr zone=address:16m$")),
        // The hop to the instances is TLS on the province's network (DEPLOY-province.md §1).
        QRegularExpression(QStringLiteral("^http: proxy_ssl_")),
    };
    return std::any_of(allowed.begin(), allowed.end(),
                       [&](const QRegularExpression &r) { return r.match(line).hasMatch(); });
}

/** What `serve` writes that the province file may lack: only what the allowance above replaces. */
bool serveOnly(const QByteArray &line)
{
    return line == "http: proxy_connect_timeout 5s" ||
           line == "http: limit_conn_zone $binary_remote_addr zone=address:4m" ||
           line.startsWith("http: proxy_ssl_") ||
           QRegularExpression(QStringLiteral("^http: \\w+_temp_path "))
               .match(QString::fromUtf8(line))
               .hasMatch();
}

QByteArray generated()
{
    FrontProxy::Settings s;
    s.host = QStringLiteral("0.0.0.0");
    s.port = 443;
    s.backendPort = 8444;
    s.secret = FrontProxy::newSecret();
    s.serverCertificate = QStringLiteral("/d/server.pem");
    s.serverKey = QStringLiteral("/d/server.key");
    s.clientCa = QStringLiteral("/d/device-ca.pem");
    s.workDir = QStringLiteral("/d/front");
    s.consoleDir = QStringLiteral("/usr/share/jiujin-gateway/console");
    return FrontProxy::config(s, QStringLiteral("0.0.0.0:443"), false, 16384);
}

QByteArray shipped()
{
    QFile f(QStringLiteral(JIUJIN_PROVINCE_CONF));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** Lines of one file's shape the other lacks, allowances taken out; empty when in step. */
QStringList differences(const QByteArray &province, const QByteArray &serve)
{
    const QSet<QByteArray> p = shape(province), s = shape(serve);
    QStringList out;
    for (const QByteArray &line : s)
        if (!p.contains(line) && !serveOnly(line))
            out.append(QStringLiteral("only in FrontProxy::config: ") + QString::fromUtf8(line));
    for (const QByteArray &line : p)
        if (!s.contains(line) && !provinceOnly(line))
            out.append(QStringLiteral("only in nginx-province.conf: ") + QString::fromUtf8(line));
    out.sort();
    return out;
}

} // namespace

TEST_CASE("nginx-province.conf holds FrontProxy's limits, routes and headers", "[front-config]")
{
    const QByteArray province = shipped(), serve = generated();
    // The reader sees what matters in both.
    const QSet<QByteArray> s = shape(serve);
    REQUIRE(s.contains("http > server > location = /v1/heartbeat: client_max_body_size 65536"));
    REQUIRE(s.contains("http: proxy_set_header X-JJ-Front SECRET"));
    REQUIRE(shape(province).contains("http: proxy_set_header X-JJ-Front SECRET"));
    REQUIRE(s.size() > 80);

    const QStringList diff = differences(province, serve);
    INFO("Keep packaging/gateway/nginx-province.conf in step with FrontProxy::config:\n"
         << diff.join(QLatin1Char('\n')).toStdString());
    CHECK(diff.isEmpty());
}

TEST_CASE("the comparison catches a changed limit, a lost route and a lost header",
          "[front-config]")
{
    const QByteArray province = shipped(), serve = generated();
    REQUIRE(differences(province, serve).isEmpty());

    QByteArray limit = province;
    const QByteArray lease = "location = /v1/leases {\n            client_max_body_size 256k;";
    REQUIRE(limit.contains(lease));
    limit.replace(lease, "location = /v1/leases {\n            client_max_body_size 512k;");
    const QStringList a = differences(limit, serve);
    REQUIRE(a.size() == 2);
    CHECK(a.join(QLatin1Char('\n'))
              .contains(QStringLiteral("only in nginx-province.conf: http > server > location = "
                                       "/v1/leases: client_max_body_size 524288")));

    QByteArray route = province;
    const qsizetype renew = route.indexOf("        location = /v1/renew {");
    REQUIRE(renew > 0);
    route.remove(renew, route.indexOf("        }\n", renew) + 10 - renew);
    const QStringList b = differences(route, serve);
    CHECK(b.size() == 3); // the body bound, the certificate check's answer, the proxy_pass
    CHECK(b.join(QLatin1Char('\n'))
              .contains(QStringLiteral("only in FrontProxy::config: http > server > location = "
                                       "/v1/renew: proxy_pass UPSTREAM")));

    QByteArray header = province;
    const QByteArray frames = "add_header X-Frame-Options DENY always;";
    REQUIRE(header.contains(frames));
    header.replace(frames, "");
    const QStringList c = differences(header, serve);
    REQUIRE(c.size() == 1);
    CHECK(c.first().contains(QStringLiteral("X-Frame-Options")));

    QByteArray timeout = province;
    timeout.replace("client_body_timeout 10s;", "client_body_timeout 60s;");
    CHECK(differences(timeout, serve).size() == 2);
}

TEST_CASE("The front's secret and the hop's key are refused when others may read them",
          "[front-config]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString secret = dir.filePath(QStringLiteral("front.secret"));
    const QString key = dir.filePath(QStringLiteral("hop.key"));
    for (const QString &path : {secret, key}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(64, 'a') + '\n');
    }
    const auto mode = [](const QString &path, QFile::Permissions p) {
        REQUIRE(QFile::setPermissions(path, p));
    };
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;

    mode(secret, owner);
    mode(key, owner);
    CHECK(FrontProxy::readSecret(secret).ok());
    CHECK(FrontProxy::ownerOnly(key, QStringLiteral("the hop's key")).ok());

    mode(secret, owner | QFile::ReadGroup);
    const auto read = FrontProxy::readSecret(secret);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QLatin1String("chmod 600")));

    mode(key, owner | QFile::ReadOther);
    const auto own = FrontProxy::ownerOnly(key, QStringLiteral("the hop's key"));
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().message.startsWith(QLatin1String("the hop's key")));
    CHECK_FALSE(FrontProxy::ownerOnly(dir.filePath(QStringLiteral("missing")),
                                      QStringLiteral("the hop's key"))
                    .ok());
}
