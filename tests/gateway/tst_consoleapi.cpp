// What the web console needs of central (docs/DESIGN.md, "The web console"): the front serves
// its files at /console/ under a strict Content-Security-Policy, GET only; the console's session
// is an HttpOnly, Secure, SameSite=Strict cookie whose token never appears in a body, and every
// change made with it needs the session's CSRF token; GET /v1/operator/catalogue gives the names
// the pages show. Over real TLS through the nginx front of `jiujin-gateway serve`.
#include "gatewayfixture.h"

#include "frontproxy.h"
#include "gatewaykeys.h"
#include "operatorapi.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

const QByteArray consolePassword = "console-clerk-2026";

QJsonObject json(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

TEST_CASE("Console: pages under CSP, cookie sessions with CSRF, the catalogue's names",
          "[gateway-operators]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    auto keys = GatewayKeys::load(dir);
    REQUIRE(keys.ok());
    const QByteArray pin = keys->serverPin();
    REQUIRE(gatewayCli(QStringList{QStringLiteral("catalogue"), QStringLiteral("publish"),
                                   QStringLiteral(JIUJIN_SEED)} +
                       data)
                .exitCode == 0);
    {
        QProcess add;
        add.start(QStringLiteral(JIUJIN_GATEWAY_EXE),
                  QStringList{QStringLiteral("operator"), QStringLiteral("add"),
                              QStringLiteral("clerk-c"), QStringLiteral("--role"),
                              QStringLiteral("clerk"), QStringLiteral("--township"),
                              QStringLiteral("150525203")} +
                      data);
        REQUIRE(add.waitForStarted());
        add.write(consolePassword + '\n');
        add.closeWriteChannel();
        REQUIRE(add.waitForFinished(60000));
        REQUIRE(add.exitCode() == 0);
    }
    // A console build of one page, as console/build makes it.
    const QString pages = tmp.filePath(QStringLiteral("console"));
    REQUIRE(QDir().mkpath(pages + QStringLiteral("/assets")));
    for (const auto &[name, text] :
         {std::pair{QStringLiteral("index.html"), QByteArray("<!doctype html><title>t</title>")},
          std::pair{QStringLiteral("assets/app.js"), QByteArray("console.log(1)")}}) {
        QFile f(pages + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    QProcess serve;
    const int port = serveOnFreePort(serve, QStringList{QStringLiteral("--console"), pages} + data);

    const auto send = [&](const QByteArray &method, const QByteArray &path,
                          const QList<QByteArray> &headers, const QByteArray &body = {},
                          const QByteArray &type = "application/json") {
        HttpReply r = httpsSend(port, pin, method, path, body, headers, std::nullopt, type);
        INFO(method.toStdString() << ' ' << path.toStdString() << " -> " << r.status << ' '
                                  << r.body.toStdString() << r.error.toStdString());
        REQUIRE(r.error.isEmpty());
        return r;
    };

    // The pages: no certificate needed, a strict CSP, files only, GET only.
    const HttpReply page = send("GET", "/console/", {});
    CHECK(page.status == 200);
    CHECK(page.body.contains("<!doctype html>"));
    CHECK(page.headers.value("content-type").startsWith("text/html"));
    const QByteArray csp = page.headers.value("content-security-policy");
    CHECK(csp == QByteArray(FrontProxy::consolePolicy));
    CHECK(csp.contains("script-src 'self'"));
    CHECK_FALSE(csp.contains("unsafe"));
    CHECK(page.headers.value("x-frame-options") == "DENY");
    CHECK(page.headers.value("x-content-type-options") == "nosniff");
    const HttpReply script = send("GET", "/console/assets/app.js", {});
    CHECK(script.status == 200);
    CHECK(script.headers.value("content-type").startsWith("text/javascript"));
    CHECK(send("GET", "/console/assets/missing.js", {}).status == 404);
    CHECK(send("GET", "/", {}).headers.value("location") == "/console/");
    // Everything else still needs a device certificate.
    CHECK(send("GET", "/v1/catalogue/changes?since=0", {}).status == 401);

    // A console login: the token only in an HttpOnly, Secure, SameSite=Strict cookie.
    const QByteArray credentials =
        QJsonDocument(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("clerk-c")},
                        {QStringLiteral("password"), QString::fromLatin1(consolePassword)},
                        {QStringLiteral("cookie"), true}})
            .toJson(QJsonDocument::Compact);
    // Not as a form: a cross-site page could post that without a preflight.
    CHECK(send("POST", "/v1/operator/sessions", {}, credentials, "text/plain").status == 415);
    const HttpReply login = send("POST", "/v1/operator/sessions", {}, credentials);
    REQUIRE(login.status == 201);
    const QJsonObject session = json(login);
    CHECK_FALSE(session.contains(QLatin1String("token")));
    const QByteArray csrf = session.value(QLatin1String("csrf")).toString().toLatin1();
    CHECK(csrf.size() == 43);
    const QByteArray setCookie = login.headers.value("set-cookie");
    const auto cookieMatch =
        QRegularExpression(QStringLiteral("^jj_operator=([A-Za-z0-9_-]{43}); Path=/v1/operator/; "
                                          "Secure; HttpOnly; SameSite=Strict$"))
            .match(QString::fromLatin1(setCookie));
    INFO(setCookie.toStdString());
    REQUIRE(cookieMatch.hasMatch());
    const QByteArray token = cookieMatch.captured(1).toLatin1();
    CHECK(OperatorApi::csrfToken(token) == csrf);
    const QByteArray cookie = "Cookie: theme=x; jj_operator=" + token;

    // Reads with the cookie alone; a reload learns the CSRF token again from /me.
    const HttpReply me = send("GET", "/v1/operator/me", {cookie});
    REQUIRE(me.status == 200);
    CHECK(json(me).value(QLatin1String("csrf")).toString().toLatin1() == csrf);
    CHECK(json(me).value(QLatin1String("idle_seconds")).toInt() == 1800);
    // With a bearer token there is no cookie, so no CSRF token either.
    CHECK(
        send("GET", "/v1/operator/me", {"Authorization: Bearer " + token}).body.contains("csrf") ==
        false);

    // The names the pages show.
    const HttpReply names = send("GET", "/v1/operator/catalogue", {cookie});
    REQUIRE(names.status == 200);
    const QJsonObject c = json(names);
    CHECK(c.value(QLatin1String("seq")).toInt() == 1);
    bool found = false;
    for (const QJsonValue &v : c.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value(QLatin1String("code")).toString() != QLatin1String(unemploymentItem))
            continue;
        found = true;
        CHECK(item.value(QLatin1String("name")).toObject().value(QLatin1String("zh")) ==
              QStringLiteral("失业登记"));
        CHECK(item.value(QLatin1String("department")) == QStringLiteral("shebao"));
        CHECK(item.value(QLatin1String("materials")).toArray().size() == 4);
        CHECK(item.value(QLatin1String("fields"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QLatin1String("id")) == QStringLiteral("name"));
    }
    CHECK(found);
    CHECK(c.value(QLatin1String("points")).toArray().size() > 10);
    CHECK(send("GET", "/v1/operator/catalogue", {}).status == 401);

    // A change with the cookie but without its CSRF token (what a forged cross-site request
    // would be) is refused before anything happens; with it, logout ends the session and
    // clears the cookie.
    CHECK(send("DELETE", "/v1/operator/sessions/current", {cookie}).status == 403);
    // One character off, never the token itself (its last character may be 'A').
    const char wrongLast = csrf.endsWith('A') ? 'B' : 'A';
    CHECK(send("DELETE", "/v1/operator/sessions/current",
               {cookie, "X-CSRF-Token: " + csrf.left(csrf.size() - 1) + wrongLast})
              .status == 403);
    CHECK(send("GET", "/v1/operator/me", {cookie}).status == 200);
    const HttpReply out =
        send("DELETE", "/v1/operator/sessions/current", {cookie, "X-CSRF-Token: " + csrf});
    CHECK(out.status == 204);
    CHECK(out.headers.value("set-cookie").contains("Max-Age=0"));
    CHECK(send("GET", "/v1/operator/me", {cookie}).status == 401);

    serve.terminate();
    REQUIRE(serve.waitForFinished(15000));
}
