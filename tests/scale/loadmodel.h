#pragma once

#include <QString>

namespace jiujin::scale {

/**
 * What one simulated kiosk does after a regional outage (SCALE.md "Load model"): a backlog
 * collected offline, drained in batches as jiujin-syncd does, then heartbeats at the real
 * interval. The defaults are a busy point's day; tests and benchmarks scale them.
 */
struct LoadModel
{
    int applications = 12;     ///< 申请 queued offline
    int picturePercent = 25;   ///< of them, those with photographed materials
    int picturesPerRecord = 2; ///< attachments of such a record
    int pictureBytes =
        48 * 1024;            ///< each, before sealing (a phone photo after the kiosk's scaling)
    int ratings = 4;          ///< 好差评, each of one of the applications
    int bookingPercent = 100; ///< kiosks whose point takes bookings (slots, leases, bookings)
    int leaseSlots = 2;       ///< slots the device asks one seat of (POST /v1/leases)
    int bookingRequests = 1;  ///< bookings asked of central's pool (lease false)
    int batchRecords = 20;    ///< records per POST /v1/submissions
    int heartbeatSeconds = 15 * 60; ///< jiujin-syncd's idle interval (SyncScheduler)
    bool pullCatalogue = true;      ///< GET /v1/catalogue/changes after enrolling
    /** The catalogue sequence a kiosk holds (central's current one: the pull is a 204)... */
    qint64 catalogueSeq = 0;
    /** ...except for this share, new or reset kiosks, which get the full snapshot. */
    int freshCataloguePercent = 5;
    bool keepAlive = true; ///< keeps its connection between requests while busy
    QString item = QStringLiteral("11150525MB0SB0001A415111010600001"); ///< the seed's 失业登记

    /** Records one device sends in all (bookings on leases depend on what central grants:
     *  at most leaseSlots more). */
    int recordsAtLeast() const
    {
        return applications + ratings + (bookingPercent >= 100 ? bookingRequests : 0);
    }
};

} // namespace jiujin::scale
