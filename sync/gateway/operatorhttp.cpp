#include "operatorhttp.h"

#include "gatewaylog.h"
#include "operatorapi.h"

#include <QJsonDocument>

#include <httplib.h>
#include <openssl/crypto.h>

namespace jiujin::gateway {

namespace {

// Where GatewayServer's pre-routing handler keeps a request's Content-Encoding.
const char heldEncoding[] = "X-JJ-Internal-Content-Encoding";

/** The value of cookie @p name in @p req's Cookie header(s); "" when absent. */
std::string cookieValue(const httplib::Request &req, const std::string &name)
{
    const size_t count = req.get_header_value_count("Cookie");
    for (size_t i = 0; i < count; ++i) {
        const std::string header = req.get_header_value("Cookie", i);
        size_t at = 0;
        while (at < header.size()) {
            const size_t end = std::min(header.find(';', at), header.size());
            size_t start = at;
            while (start < end && header[start] == ' ')
                ++start;
            const size_t eq = header.find('=', start);
            if (eq < end && header.compare(start, eq - start, name) == 0)
                return header.substr(eq + 1, end - eq - 1);
            at = end + 1;
        }
    }
    return {};
}

} // namespace

void OperatorHttp::reply(httplib::Response &res, int status, const QJsonObject &body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    res.status = status;
    res.set_content(bytes.constData(), size_t(bytes.size()), "application/json");
    res.set_header("Cache-Control", "no-store");
}

void OperatorHttp::error(httplib::Response &res, int status, const QString &code,
                         const QString &message)
{
    QJsonObject body{{QStringLiteral("error"), code}};
    if (!message.isEmpty())
        body.insert(QStringLiteral("message"), message);
    reply(res, status, body);
}

void OperatorHttp::unavailable(httplib::Response &res, const Error &e)
{
    qCWarning(lcGateway) << "operator request failed:" << e.message;
    res.set_header("Retry-After", "30");
    error(res, 503, QStringLiteral("unavailable"));
}

OperatorHttp::Route OperatorHttp::route(OperatorService &operators,
                                        std::function<QDateTime()> clock, Handler h, bool withBody)
{
    return [&operators, clock = std::move(clock), h = std::move(h),
            withBody](const httplib::Request &req, httplib::Response &res) {
        const QDateTime now = clock();
        // A bearer token (API clients), or the web console's HttpOnly cookie, and then anything
        // but a read must carry the session's CSRF token.
        const std::string authorization = req.get_header_value("Authorization");
        const std::string bearer = "Bearer ";
        QByteArray token, csrf;
        if (!authorization.empty()) {
            if (authorization.size() > 256 || authorization.compare(0, bearer.size(), bearer) != 0)
                return error(res, 401, QStringLiteral("session"));
            token = QByteArray::fromStdString(authorization.substr(bearer.size())).trimmed();
        } else {
            const std::string cookie = cookieValue(req, OperatorApi::sessionCookie);
            if (cookie.empty() || cookie.size() > 256)
                return error(res, 401, QStringLiteral("session"));
            token = QByteArray::fromStdString(cookie);
            csrf = OperatorApi::csrfToken(token);
            if (req.method != "GET" && req.method != "HEAD") {
                const std::string sent = req.get_header_value("X-CSRF-Token");
                if (sent.size() != size_t(csrf.size()) ||
                    CRYPTO_memcmp(sent.data(), csrf.constData(), sent.size()) != 0)
                    return error(res, 403, QStringLiteral("csrf"));
            }
        }
        // A page refreshing itself (the console's fleet page, X-JJ-Background: 1) is no sign of
        // a person at the keyboard: it must not keep the session from going idle.
        const bool background = req.get_header_value("X-JJ-Background") == "1";
        auto session = operators.authenticate(token, now, !background);
        if (!session)
            return unavailable(res, session.error());
        if (!session.value())
            return error(res, 401, QStringLiteral("session"));
        OperatorRequest r{req, res, now, *session.value(), {}, csrf};
        if (withBody) {
            const std::string encoding = req.get_header_value(heldEncoding);
            if (!encoding.empty() && encoding != "identity")
                return error(res, 415, QStringLiteral("encoding"));
            if (qsizetype(req.body.size()) > OperatorApi::maxBodyBytes)
                return error(res, 413, QStringLiteral("too_large"));
            QJsonParseError parsed;
            const QJsonDocument doc =
                QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &parsed);
            if (parsed.error != QJsonParseError::NoError || !doc.isObject())
                return error(res, 400, QStringLiteral("invalid"),
                             QStringLiteral("a JSON object is expected"));
            r.body = doc.object();
        }
        h(r);
    };
}

} // namespace jiujin::gateway
