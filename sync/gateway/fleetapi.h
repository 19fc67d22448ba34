#pragma once

#include "centralstorage.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace httplib {
class Server;
} // namespace httplib

namespace jiujin {
class EnrollmentService;
}

namespace jiujin::gateway {

class FleetService;
class OperatorService;
struct FleetDevice;
struct OperatorRequest;

/**
 * The fleet in the operator API (openapi.yaml, /v1/operator/fleet/...): the banner's kiosks with
 * their heartbeats and certificates, silent ones first; enrollment tokens made (the secret given
 * once), listed and, while unused, withdrawn; devices revoked with a reason (FleetService). A
 * technician reads and changes, a supervisor reads, nobody else sees anything of it
 * (OperatorRoles::readsFleet/managesFleet).
 */
class FleetApi
{
public:
    static constexpr int defaultPageRows = 100;
    static constexpr int maxPageRows = 500;
    /** The furthest a page may start (offset): far beyond any banner's or province's fleet. */
    static constexpr int maxOffset = 1000000;

    /** All borrowed. */
    FleetApi(CentralStorage &storage, OperatorService &operators, EnrollmentService &enrollment);
    ~FleetApi();

    /** Adds the routes to @p server; each request reads the time from @p clock (as
     *  OperatorApi::addRoutes). */
    void addRoutes(httplib::Server &server, std::function<QDateTime()> clock);

    /** Whole days from @p now to @p end (rounded down; negative once past it). */
    static int daysLeft(const QDateTime &now, const QDateTime &end);

private:
    void listDevices(OperatorRequest &r);
    void listTokens(OperatorRequest &r);
    void createToken(OperatorRequest &r);
    void withdrawToken(OperatorRequest &r);
    void revoke(OperatorRequest &r);
    Result<QJsonObject> deviceJson(const FleetDevice &d, const QDateTime &now);

    CentralStorage &m_storage;
    OperatorService &m_operators;
    std::unique_ptr<FleetService> m_fleet;
};

} // namespace jiujin::gateway
