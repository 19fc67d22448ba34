#pragma once

#include "operatorservice.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace jiujin::gateway {

/** One authenticated request to the operator API (OperatorHttp::route). */
struct OperatorRequest
{
    const httplib::Request &req;
    httplib::Response &res;
    QDateTime now;
    OperatorService::Session session;
    QJsonObject body; ///< POST: the JSON object sent
    QByteArray csrf;  ///< the session's CSRF token when it came as the console's cookie
};

/**
 * The operator API's plumbing, for OperatorApi's routes and those of RatingApi, FleetApi: the
 * session check (a bearer token, or the web console's cookie with its CSRF token on anything but a
 * read), the bounded JSON body, and the answers; one copy for every operator route.
 */
class OperatorHttp
{
public:
    using Handler = std::function<void(OperatorRequest &)>;
    using Route = std::function<void(const httplib::Request &, httplib::Response &)>;

    /** A route (requests run concurrently, DESIGN §11c) that reads the time from @p clock,
     *  answers 401 without a live operator session (one sent with X-JJ-Background: 1 does not
     *  count as activity), 403 `csrf` for a change made with the
     *  console's cookie without its CSRF token, and, when @p withBody, 413/415/400 for a
     *  body over OperatorApi::maxBodyBytes, compressed or not a JSON object; then runs @p h. */
    static Route route(OperatorService &operators, std::function<QDateTime()> clock, Handler h,
                       bool withBody);

    static void reply(httplib::Response &res, int status, const QJsonObject &body);
    /** {"error": code, "message": message} (message left out when empty). */
    static void error(httplib::Response &res, int status, const QString &code,
                      const QString &message = {});
    /** 503 with Retry-After; the cause is logged, never sent. */
    static void unavailable(httplib::Response &res, const Error &e);
};

} // namespace jiujin::gateway
