#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// POST /v1/heartbeat (PROTOCOL.md, "Heartbeat"): a kiosk's health for central's dashboard.
namespace jiujin::protocol {

/** Body of POST /v1/heartbeat (no personal data). Counts are ≥ 0 and ≤ 2^53. */
struct Heartbeat
{
    QString kioskVersion;
    QString catalogueVersion;
    qint64 queueDepth = 0;       ///< outbox records not yet accepted or rejected
    qint64 oldestAgeSeconds = 0; ///< age of the oldest of them, seconds; 0 when none
    qint64 diskFreeMb = 0;       ///< free space on the data partition, MiB
    QString lastError;           ///< last sync error for staff, "" when none
    friend bool operator==(const Heartbeat &, const Heartbeat &) = default;
};

QByteArray encode(const Heartbeat &heartbeat);
Result<Heartbeat> decodeHeartbeat(QByteArrayView json);

} // namespace jiujin::protocol
