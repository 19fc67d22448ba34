#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

class QQmlEngine;

namespace jiujin {

class KioskSession;

/** Where the kiosk keeps things and which devices it talks to. */
struct KioskOptions
{
    QString databasePath;
    QString stateDir;   ///< notices and receipts go below it; empty: beside the database
    QString devicesDir; ///< simulated devices' directory; empty: no devices
    QString
        printer; ///< "cups:NAME", "file:DIR" or empty (the kiosk setting "printer", else a file)
    QString catalogue; ///< a bundle to import when the database has no catalogue (e.g. after
                       ///< quarantine)
};

/**
 * Builds everything the kiosk screens use — database (a damaged one is quarantined), stores,
 * services, devices and the QML singletons — and publishes them to @p engine. Shared by
 * jiujin-kiosk and the Qt Quick tests, so both run the same wiring.
 */
class KioskContext
{
public:
    /** @p bookingClock: the booking screens' clock (UTC), for tests; empty: the system's. */
    static Result<std::unique_ptr<KioskContext>>
    create(QQmlEngine &engine, const KioskOptions &options,
           std::function<QDateTime()> bookingClock = {});
    ~KioskContext();

    KioskSession &session();

private:
    KioskContext();
    struct Parts;
    std::unique_ptr<Parts> d;
};

} // namespace jiujin
