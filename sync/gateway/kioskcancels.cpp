#include "kioskcancels.h"

#include "bookingrecords.h"
#include "bookingservice.h"
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
    protocol::BookingCancelList list;
    list.device = device;
    list.generatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone::utc());
    for (const CancelRequestRow &row : open.value()) {
        // A move is the citizen's own request: kiosks word it so, and a kiosk that knows only
        // the protocol's codes would leave an unknown one out (and the citizen with two seats).
        const bool moved = row.reason == QLatin1String(movedReason);
        protocol::BookingCancel cancel{row.booking,
                                       row.slot,
                                       moved ? QStringLiteral("applicant_request") : row.reason,
                                       row.requestedAt,
                                       {}};
        // ... and where it went, so that the kiosk's 查进度 can tell the citizen holding the
        // old ticket (an older kiosk ignores the field). A failed read fails the list.
        if (moved) {
            auto to = records.bookingByRef(QLatin1String(BookingService::movedDevice),
                                           row.device + u'/' + row.booking);
            if (!to)
                return to.error();
            if (to->has_value() && !to->value().cancelledAt)
                cancel.movedTo = {to->value().ticket, to->value().slot};
        }
        list.cancels.append(cancel);
    }
    if (auto committed = tx.value()->commit(); !committed)
        return committed.error();
    return list;
}

} // namespace jiujin::gateway
