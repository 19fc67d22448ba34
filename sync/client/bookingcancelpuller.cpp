#include "bookingcancelpuller.h"

#include "bookingcancels.h"
#include "syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace jiujin {

Result<BookingCancelPuller::Pulled> BookingCancelPuller::run()
{
    if (!m_engine.bookingCancelApplier())
        return Pulled{};
    auto pulled = pull();
    if (!pulled) {
        m_engine.noteError(QStringLiteral("booking cancels: ") + pulled.error().message);
        qCWarning(lcSync) << "bookings cancelled at central not pulled:" << pulled.error().message;
        return pulled.error();
    }
    if (pulled->listed > 0 || pulled->skipped > 0)
        qCInfo(lcSync) << "bookings cancelled at central:" << pulled->listed << "listed,"
                       << pulled->cancelled << "cancelled here," << pulled->skipped << "skipped";
    return pulled;
}

Result<BookingCancelPuller::Pulled> BookingCancelPuller::pull()
{
    auto reply = m_engine.send({"GET", "/v1/bookings/cancels", {}, "application/json", false, {}});
    if (!reply)
        return reply.error();
    if (reply->status == 404) // a central from before the list: nothing to cancel
        return Pulled{};
    if (reply->status != 200) {
        const QString word = QJsonDocument::fromJson(reply->body)
                                 .object()
                                 .value(QLatin1String("error"))
                                 .toString()
                                 .left(40);
        return Error{SyncEngine::statusCode(reply->status),
                     QStringLiteral("HTTP %1 %2").arg(reply->status).arg(word).trimmed()};
    }
    // Verified before it is parsed; a list for another device is believed in nothing.
    auto list = protocol::openBookingCancels(m_engine.receiptKey(), reply->body);
    if (!list)
        return list.error();
    if (list->device != m_engine.config().deviceId)
        return Error{Error::Invalid, QStringLiteral("a cancellation list for another device")};
    Pulled out;
    out.listed = int(list->cancels.size());
    out.skipped = list->malformed;
    for (const protocol::BookingCancel &c : list->cancels) {
        // Each in its own transaction: one that fails stays listed and is tried next time.
        auto applied = m_engine.bookingCancelApplier()(c);
        if (!applied) {
            ++out.skipped;
            qCWarning(lcSync) << "booking" << c.booking
                              << "not cancelled as central asked:" << applied.error().message;
            continue;
        }
        if (applied.value())
            ++out.cancelled;
    }
    return out;
}

} // namespace jiujin
