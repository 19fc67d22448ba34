#pragma once

#include "centralstorage.h"
#include "ratingrecords.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace httplib {
class Server;
} // namespace httplib

namespace jiujin::gateway {

class OperatorService;
class RatingService;
struct OperatorRequest;

/**
 * 好差评 in the operator API (openapi.yaml, /v1/operator/ratings and /v1/operator/followups):
 * ratings with their case and levels, the follow-up queue with due dates in working days, the
 * follow-up steps (call-back, rectification, close: RatingService, which asks OperatorRoles),
 * the figures a chart needs (satisfaction and 实名差评回访整改率 per point, department and China
 * month) and the export of sync/protocol/RATINGS.md, each within the operator's role and scope.
 */
class RatingApi
{
public:
    static constexpr int defaultPageRows = 100;
    static constexpr int maxPageRows = 500;
    /** An export holding more ratings than this is refused: ask for a shorter period. */
    static constexpr int maxExportRows = 50000;

    /** All borrowed. */
    RatingApi(CentralStorage &storage, OperatorService &operators);
    ~RatingApi();

    /** Adds the routes to @p server; each request reads the time from @p clock (as
     *  OperatorApi::addRoutes). */
    void addRoutes(httplib::Server &server, std::function<QDateTime()> clock);

    /** Open days after @p today up to @p due (0 on the due day), negative once past it. */
    static int workingDaysLeft(const QDate &today, const QDate &due);

private:
    void listRatings(OperatorRequest &r);
    void showRating(OperatorRequest &r);
    void listFollowUps(OperatorRequest &r);
    void callBack(OperatorRequest &r);
    void rectify(OperatorRequest &r);
    void close(OperatorRequest &r);
    void figures(OperatorRequest &r);
    void exportRatings(OperatorRequest &r);

    /** The follow-up of the path's id if the operator reads it; otherwise nullopt after a 403
     *  (the same answer whether it exists or not). */
    std::optional<RatingEntry> followUpInScope(OperatorRequest &r);
    /** Answers the outcome of a follow-up step. */
    void stepDone(OperatorRequest &r, qint64 id, const Result<FollowUpRow> &done);
    QJsonObject ratingJson(const OperatorRequest &r, const RatingEntry &e) const;
    QJsonObject followUpJson(const OperatorRequest &r, const RatingEntry &e) const;

    CentralStorage &m_storage;
    OperatorService &m_operators;
    std::unique_ptr<RatingService> m_ratings;
};

} // namespace jiujin::gateway
