#include "heartbeat.h"

#include "jsonfields.h"
#include "protocollimits.h"

#include <QJsonObject>

namespace jiujin::protocol {

using json::compact;
using json::Empty;
using json::Fields;
using json::invalid;

QByteArray encode(const Heartbeat &heartbeat)
{
    return compact(QJsonObject{
        {QStringLiteral("versions"),
         QJsonObject{{QStringLiteral("kiosk"), heartbeat.kioskVersion},
                     {QStringLiteral("catalogue"), heartbeat.catalogueVersion}}},
        {QStringLiteral("queue_depth"), heartbeat.queueDepth},
        {QStringLiteral("oldest_age_s"), heartbeat.oldestAgeSeconds},
        {QStringLiteral("disk_free_mb"), heartbeat.diskFreeMb},
        {QStringLiteral("last_error"), heartbeat.lastError},
    });
}

Result<Heartbeat> decodeHeartbeat(QByteArrayView json)
{
    auto fields = Fields::ofBody(json, maxSmallBodyBytes);
    if (!fields)
        return fields.error();
    const Fields &f = fields.value();
    Heartbeat h;

    auto versions = f.object("versions");
    if (!versions)
        return versions.error();
    const Fields v(versions.value(), QStringLiteral("versions"));
    auto kiosk = v.string("kiosk", maxShortText);
    if (!kiosk)
        return kiosk.error();
    h.kioskVersion = kiosk.value();
    // A kiosk that has not imported a catalogue yet reports "".
    auto catalogue = v.string("catalogue", maxShortText, Empty::Allowed);
    if (!catalogue)
        return catalogue.error();
    h.catalogueVersion = catalogue.value();

    auto queueDepth = f.count("queue_depth");
    if (!queueDepth)
        return queueDepth.error();
    h.queueDepth = queueDepth.value();
    auto oldest = f.count("oldest_age_s");
    if (!oldest)
        return oldest.error();
    h.oldestAgeSeconds = oldest.value();
    auto disk = f.count("disk_free_mb");
    if (!disk)
        return disk.error();
    h.diskFreeMb = disk.value();

    auto lastError = f.string("last_error", maxStaffText, Empty::Allowed);
    if (!lastError)
        return lastError.error();
    h.lastError = lastError.value();
    return h;
}

} // namespace jiujin::protocol
