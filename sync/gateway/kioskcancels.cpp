#include "kioskcancels.h"

#include "bookingrecords.h"
#include "centralstorage.h"

#include <QTimeZone>

namespace jiujin::gateway {

Result<protocol::BookingCancelList> KioskCancels::listFor(const QString &device,
                                                          const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    BookingRecords &records = m_storage.bookings();
    if (auto noted = records.noteFeature(device, QLatin1String(feature), now); !noted)
        return noted.error();
    auto open = records.openCancelRequests(device, now, int(protocol::maxBookingCancels));
    if (!open)
        return open.error();
    if (auto committed = tx.value()->commit(); !committed)
        return committed.error();
    protocol::BookingCancelList list;
    list.device = device;
    list.generatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone::utc());
    for (const CancelRequestRow &row : open.value()) {
        // A move is the citizen's own request: kiosks word it so, and a kiosk that knows only
        // the protocol's codes would leave an unknown one out (and the citizen with two seats).
        const QString reason = row.reason == QLatin1String(movedReason)
                                   ? QStringLiteral("applicant_request")
                                   : row.reason;
        list.cancels.append({row.booking, row.slot, reason, row.requestedAt});
    }
    return list;
}

} // namespace jiujin::gateway
