#include "simgateway.h"

#include "bookingservice.h"
#include "channeltokens.h"
#include "devicerecords.h"
#include "enrollmentservice.h"
#include "gatewaykeys.h"
#include "gatewaylog.h"
#include "gatewayserver.h"
#include "intakerecords.h"
#include "intakeservice.h"
#include "slots.h"
#include "sqlitecentralstorage.h"
#include "workcalendar.h"

#include <httplib.h>

#include <QFile>

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace jiujin;

namespace sim {

struct SimGateway::Impl
{
    std::function<QDateTime()> clock;
    std::optional<GatewayKeys> keys;
    std::unique_ptr<gateway::SqliteCentralStorage> storage;
    std::unique_ptr<EnrollmentService> enrollment;
    std::unique_ptr<IntakeService> intake;
    std::unique_ptr<gateway::ChannelTokens> channelTokens;
    std::unique_ptr<GatewayServer> server;
    std::unique_ptr<gateway::BookingService> booking; // the test's view of central's accounts
    std::thread thread;
    int port = 0;

    std::unique_ptr<httplib::SSLClient> client() const
    {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
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
    auto initialised = GatewayKeys::init(dir, {}, d->clock(), false);
    REQUIRE(initialised.ok());
    d->keys.emplace(std::move(initialised.value()));
    auto opened = gateway::SqliteCentralStorage::open(GatewayKeys::databasePath(dir));
    REQUIRE(opened.ok());
    d->storage = std::move(opened.value());
    QFile seed(QStringLiteral(JIUJIN_SEED));
    REQUIRE(seed.open(QIODevice::ReadOnly));
    auto forms = IntakeService::formsFromBundle(seed.readAll());
    REQUIRE(forms.ok());
    d->enrollment =
        std::make_unique<EnrollmentService>(*d->storage, *d->keys, protocol::Suite::Intl);
    d->intake = std::make_unique<IntakeService>(*d->storage, *d->keys, forms.value());
    GatewayServer::Options options;
    options.clock = d->clock;
    options.certificatesUseClock = true;
    d->server =
        std::make_unique<GatewayServer>(*d->keys, *d->storage, *d->enrollment, *d->intake, options);
    d->channelTokens = std::make_unique<gateway::ChannelTokens>(*d->storage);
    d->server->setChannelTokens(d->channelTokens.get());
    auto bound = d->server->bind(QStringLiteral("127.0.0.1"), 0);
    REQUIRE(bound.ok());
    d->port = bound.value();
    d->thread = std::thread([this] { d->server->listen(); });
    for (int i = 0; i < 500 && !d->server->isRunning(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(d->server->isRunning());
    d->booking = std::make_unique<gateway::BookingService>(*d->storage);
}

SimGateway::~SimGateway()
{
    d->server->stop();
    if (d->thread.joinable())
        d->thread.join();
}

int SimGateway::port() const
{
    return d->port;
}

QString SimGateway::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(d->port);
}

QString SimGateway::pin() const
{
    return QString::fromLatin1(d->keys->serverPin());
}

QString SimGateway::enrollToken(const QString &point)
{
    auto t = d->enrollment->createToken(point, {}, d->clock());
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
    const auto stored = d->storage->intake().submissions(QString(), 1000000);
    REQUIRE(stored.ok());
    for (const SubmissionRow &r : stored.value())
        out.append({r.uuid, r.device, r.kind, r.status, r.reason});
    return out;
}

} // namespace sim
