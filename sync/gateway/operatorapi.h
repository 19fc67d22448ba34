#pragma once

#include "caserecords.h"
#include "centralstorage.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace jiujin {
class GatewayKeys;
}

namespace jiujin::gateway {

class CaseService;
class OperatorService;
class TotpSetupApi;
struct OperatorRequest;

/**
 * The operator API (openapi.yaml, /v1/operator/...): JSON for central's clerks, officers and
 * supervisors, authenticated by an operator session only (a bearer token, or the console's cookie
 * with its CSRF token: OperatorHttp; a device certificate never counts), each answer within the
 * operator's role and scope (OperatorRoles). Opening an application's form needs a reason, is
 * audited, and masks ID numbers and phones unless a clerk or officer in scope asks to reveal them
 * (audited again).
 */
class OperatorApi
{
public:
    /** Bodies larger than this are refused (the front refuses them first). */
    static constexpr qsizetype maxBodyBytes = 64 * 1024;
    /** Cases per page of GET /v1/operator/cases: without `limit`, and the most `limit` asks. */
    static constexpr int defaultCasePage = 100;
    static constexpr int maxCasePage = 1000;

    /** @p keys opens sealed applications (central's record keys); all borrowed. */
    OperatorApi(CentralStorage &storage, OperatorService &operators, const GatewayKeys &keys);
    ~OperatorApi();

    /** Adds the /v1/operator/ routes to @p server; each request reads the time from @p clock.
     *  Requests run concurrently (DESIGN §11c). */
    void addRoutes(httplib::Server &server, std::function<QDateTime()> clock);

    /** @p value with all but its first character and last four replaced by '*'
     *  ("11010519491231002X" -> "1*************002X"); too short a value is masked whole. */
    static QString mask(const QString &value);
    /** Whether @p value reads as a mainland ID number or a mobile phone number. */
    static bool identifying(const QString &value);

    /** The session cookie of the web console (HttpOnly, Secure, SameSite=Strict, path
     *  /v1/operator/): a login that asks for it gets the token only there, never in the body. */
    static constexpr char sessionCookie[] = "jj_operator";
    /** The CSRF token of session token @p token: what a cookie-authenticated request that
     *  changes anything must send as X-CSRF-Token (base64url SHA-256 over a label and the token,
     *  so script on the console's origin can hold it while the token stays HttpOnly). */
    static QByteArray csrfToken(const QByteArray &token);

private:
    using Context = OperatorRequest; ///< one authenticated request (OperatorHttp::route)
    void login(const httplib::Request &req, httplib::Response &res,
               const std::function<QDateTime()> &clock);
    void logout(Context &c);
    void me(Context &c);
    void listCases(Context &c);
    void showCase(Context &c);
    void moveCase(Context &c);
    void promiseMaterial(Context &c);
    void receiveMaterial(Context &c);
    void openForm(Context &c);
    void catalogue(Context &c);
    /** The case of the request's receipt if the operator reads it; otherwise nullopt after a 403
     *  (the same answer whether it exists or not). */
    std::optional<CaseRow> caseInScope(Context &c);
    QJsonObject caseJson(const CaseRow &row, const QDateTime &now) const;

    CentralStorage &m_storage;
    OperatorService &m_operators;
    const GatewayKeys &m_keys;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<TotpSetupApi> m_totp; ///< /v1/operator/me/totp
};

} // namespace jiujin::gateway
