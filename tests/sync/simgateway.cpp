#include "simgateway.h"

#include "bookingservice.h"
#include "inprocessgateway.h"
#include "intakerecords.h"
#include "slots.h"
#include "wire.h"
#include "workcalendar.h"

#include <httplib.h>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace sim {

struct SimGateway::Impl
{
    std::function<QDateTime()> clock;
    std::unique_ptr<InProcessGateway> gw;
    std::unique_ptr<gateway::BookingService> booking; // the test's view of central's accounts

    std::unique_ptr<httplib::SSLClient> client() const
    {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", gw->port);
        c->enable_server_certificate_verification(false);
        c->set_connection_timeout(10);
        return c;
    }
};

QDate openMondayAfter(QDate today, int minDays)
{
    const jiujin::WorkCalendar &calendar = jiujin::WorkCalendar::china();
    QDate d = today.addDays(minDays);
    d = d.addDays((8 - d.dayOfWeek()) % 7); // the next Monday, or d itself
    const auto weekdaysOpen = [&calendar](QDate monday) {
        for (int i = 0; i < 12; ++i) // this week's and the next week's working days
            if (monday.addDays(i).dayOfWeek() <= 5 && !calendar.isOpen(monday.addDays(i)))
                return false;
        return true;
    };
    while (!weekdaysOpen(d))
        d = d.addDays(7);
    return d;
}

SimGateway::SimGateway(const QString &dir, std::function<QDateTime()> clock)
    : d(std::make_unique<Impl>())
{
    d->clock = std::move(clock);
    d->gw = std::make_unique<InProcessGateway>(dir, d->clock);
    d->booking = std::make_unique<gateway::BookingService>(*d->gw->storage);
}

SimGateway::~SimGateway() = default;

int SimGateway::port() const
{
    return d->gw->port;
}

QString SimGateway::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(d->gw->port);
}

QString SimGateway::pin() const
{
    return QString::fromLatin1(d->gw->keys->serverPin());
}

QString SimGateway::enrollToken(const QString &point)
{
    auto t = d->gw->enrollment->createToken(point, {}, d->clock());
    REQUIRE(t.ok());
    return t.value();
}

QString SimGateway::channelToken()
{
    auto t = d->booking->createChannelToken(d->clock());
    REQUIRE(t.ok());
    return t.value();
}

std::optional<QString> SimGateway::channelBook(const QString &token, const QString &slot,
                                               const QString &ref)
{
    const QByteArray body = protocol::encode(protocol::ChannelBookingRequest{slot, ref});
    auto res = d->client()->Post("/v1/channel/bookings",
                                 {{"Authorization", "Bearer " + token.toStdString()}},
                                 body.toStdString(), "application/json");
    REQUIRE(res);
    INFO(res->body);
    REQUIRE((res->status == 201 || res->status == 409));
    if (res->status == 409)
        return std::nullopt;
    auto answer = protocol::decodeChannelBookingResponse(QByteArray::fromStdString(res->body));
    REQUIRE(answer.ok());
    CHECK(answer->slot == slot);
    return answer->booking;
}

bool SimGateway::channelCancel(const QString &token, const QString &id)
{
    auto res = d->client()->Delete("/v1/channel/bookings/" + id.toStdString(),
                                   {{"Authorization", "Bearer " + token.toStdString()}});
    REQUIRE(res);
    return res->status == 204;
}

QList<SlotCount> SimGateway::stats(const QString &point, QDate from, int days)
{
    auto s = d->booking->stats(point, from, days, d->clock());
    REQUIRE(s.ok());
    QList<SlotCount> out;
    for (const gateway::SlotStats &st : s.value())
        out.append({st.id, st.start, st.capacity, st.leased, st.used, st.other, st.free,
                    st.stranded, st.capacity - st.capacity / gateway::poolShareDivisor});
    return out;
}

QString SimGateway::checkInvariant(const QString &slot)
{
    auto r = d->booking->checkInvariant(slot);
    return r ? QString() : r.error().message;
}

QList<CentralBooking> SimGateway::bookings(const QString &point)
{
    auto list = d->booking->bookings(point, QDate());
    REQUIRE(list.ok());
    QList<CentralBooking> out;
    for (const gateway::BookingInfo &b : list.value())
        out.append({b.id, b.ticket, b.slot, b.source, b.device, b.cancelledAt.has_value()});
    return out;
}

QList<StoredRecord> SimGateway::records()
{
    QList<StoredRecord> out;
    // Held: iterating .value() of the temporary would read a destroyed list.
    const auto stored = d->gw->storage->intake().submissions(QString(), 1000000);
    REQUIRE(stored.ok());
    for (const SubmissionRow &r : stored.value())
        out.append({r.uuid, r.device, r.kind, r.status, r.reason});
    return out;
}

} // namespace sim
