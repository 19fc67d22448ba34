#pragma once

#include "caselookup.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace jiujin {
class GatewayKeys;
struct DeviceRow;
} // namespace jiujin

namespace jiujin::gateway {

class CentralStorage;

/** What POST /v1/cases/lookup answers. */
struct CaseLookupOutcome
{
    enum class Kind {
        Found,    ///< 200: the case, signed
        NotFound, ///< 404: no such receipt, or the digits do not match (one answer for both)
        Limited,  ///< 429 with Retry-After: the device's rate, or the receipt is locked
    } kind = Kind::NotFound;
    protocol::CaseLookupAnswer answer; ///< Found: what is signed and sent
    int retryAfterS = 0;               ///< Limited: seconds, >= 1
};

/**
 * 查进度 for a receipt from another point (PROTOCOL.md "Case lookup"): finds the application by
 * its kiosk receipt, opens its sealed form with central's key and compares the last four
 * characters of every phone or ID number in it (by value, as OperatorApi::mask does) with the
 * four given; answers the case as the feed carries it, never personal data. Every lookup that
 * gets past the device's rate is recorded (never the digits) and audited on central's chain
 * (`case.lookup`, actor the device) in one transaction; the limits count those records, so they
 * hold across restarts.
 */
class CaseLookupService
{
public:
    /** Lookups a device may make per minute (a kiosk serves one citizen at a time). */
    static constexpr int perDevicePerMinute = 20;
    /** Wrong answers for one receipt, from any device, within a day that lock its lookups. */
    static constexpr int failuresPerReceipt = 5;
    /** Wrong answers from one device within a day that stop its lookups (spraying receipts). */
    static constexpr int failuresPerDevice = 100;

    CaseLookupService(CentralStorage &storage, const GatewayKeys &keys)
        : m_storage(storage), m_keys(keys)
    {
    }

    Result<CaseLookupOutcome> lookup(const DeviceRow &device,
                                     const protocol::CaseLookupRequest &request,
                                     const QDateTime &now);

    /** Whether the last four characters of a phone or ID number among @p fields' values are
     *  @p last4 (upper-case X for an ID's check character). */
    static bool matches(const QJsonObject &fields, const QString &last4);

private:
    /** The form fields of the stored application (@p device, @p uuid), opened and parsed. */
    Result<QJsonObject> fieldsOf(const QString &device, const QString &uuid);

    CentralStorage &m_storage;
    const GatewayKeys &m_keys;
};

} // namespace jiujin::gateway
