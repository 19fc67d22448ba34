#include "leasekeeper.h"

#include "bookingstore.h"
#include "cataloguestore.h"
#include "chinatime.h"
#include "database.h"
#include "deviceconfig.h"
#include "slots.h"
#include "syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace jiujin {

namespace {
QString replyError(const HttpReply &r)
{
    const QString word =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString().left(40);
    return word.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                          : QStringLiteral("HTTP %1 %2").arg(r.status).arg(word);
}
} // namespace

LeaseKeeper::LeaseKeeper(Database &db, SyncEngine &engine, Clock clock)
    : LeaseKeeper(
          db, [&engine](const HttpRequest &r) { return engine.send(r); }, engine.receiptKey(),
          engine.config().point, [&engine](qint64 s) { engine.setClockOffset(s); },
          std::move(clock))
{
}

LeaseKeeper::LeaseKeeper(Database &db, Send send, const protocol::Key &receiptKey, QString point,
                         std::function<void(qint64)> learnOffset, Clock clock)
    : m_db(db), m_send(std::move(send)), m_receiptKey(receiptKey), m_point(std::move(point)),
      m_learnOffset(std::move(learnOffset)), m_clock(std::move(clock))
{
    if (m_point.isEmpty())
        m_point = CatalogueStore(m_db).setting(QLatin1String(kiosksetting::point));
    m_offsetS = CatalogueStore(m_db).setting(QLatin1String(syncsetting::clockOffset)).toLongLong();
}

Result<LeaseRun> LeaseKeeper::run()
{
    auto fetched = refreshSlots();
    if (!fetched)
        qCWarning(lcSync) << "slot list not refreshed, cache kept:" << fetched.error().message;
    auto leases = keepLeases();
    if (leases && fetched)
        leases->slotCount = fetched.value();
    else if (leases)
        leases->slotsError = fetched.error(); // jiujin-syncd asks again soon if it may pass
    return leases;
}

Result<int> LeaseKeeper::refreshSlots()
{
    if (m_point.isEmpty())
        return Error{Error::NotFound, QStringLiteral("no service point configured")};
    const QDateTime central = m_clock().addSecs(m_offsetS);
    const QDate from = chinaDate(central);
    const QByteArray path = "/v1/slots?point=" + QUrl::toPercentEncoding(m_point) +
                            "&from=" + from.toString(Qt::ISODate).toLatin1() +
                            "&days=" + QByteArray::number(fetchDays);
    auto reply = m_send({"GET", path, {}, "application/json", false, {}});
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return Error{SyncEngine::statusCode(reply->status),
                     QStringLiteral("slots: ") + replyError(reply.value())};
    if (reply->date.isValid()) {
        // A first estimate (whole seconds) so that settling below is judged on central time
        // even before the lease answer's server_time refines it.
        m_offsetS = m_clock().secsTo(reply->date);
    }
    auto list = protocol::openSlots(m_receiptKey, reply->body);
    if (!list)
        return Error{list.error().code, QStringLiteral("slots: ") + list.error().message};
    if (list->point != m_point)
        return Error{Error::Invalid, QStringLiteral("slots: list is for another point")};
    QList<CachedSlot> rows;
    rows.reserve(list->entries.size());
    for (const protocol::SlotInfo &s : list->entries)
        rows.append({s.id, list->point, s.start, s.end, s.capacity, s.free, list->generatedAt});
    // The groups go with the slots they came with: the booking screen never pairs one list's
    // slots with another's groups.
    if (auto r = BookingStore(m_db).replaceSlots(rows, list->groups); !r)
        return r.error();
    return int(rows.size());
}

Result<LeaseRun> LeaseKeeper::keepLeases()
{
    LeaseRun run;
    const QDateTime kioskNow = m_clock();
    BookingStore store(m_db);
    auto plan = store.planLeases(kioskNow.addSecs(m_offsetS), kioskNow);
    if (!plan)
        return plan.error();
    protocol::LeaseRequest request;
    for (const LeaseEntry &w : plan->want.mid(0, protocol::maxLeaseEntries))
        request.want.append({w.slot, qMin(w.seats, protocol::maxSlotCapacity)});
    for (const LeaseEntry &s : plan->settle.mid(0, protocol::maxLeaseEntries)) {
        // "confirmed" lets central free the seat of a booking cancelled after the settle; left
        // out (the safe default) when it is beyond what the protocol carries.
        const int confirmed = plan->confirmed.value(s.slot, -1);
        request.settle.append({s.slot, qMin(s.seats, protocol::maxSlotCapacity),
                               confirmed <= 100 * protocol::maxSlotCapacity ? confirmed : -1});
    }
    run.asked = int(request.want.size());
    run.clockOffsetS = m_offsetS;
    if (request.want.isEmpty() && request.settle.isEmpty())
        return run;
    auto reply =
        m_send({"POST", "/v1/leases", protocol::encode(request), "application/json", true, {}});
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return Error{SyncEngine::statusCode(reply->status),
                     QStringLiteral("leases: ") + replyError(reply.value())};
    auto answer = protocol::decodeLeaseResponse(reply->body);
    if (!answer)
        return Error{answer.error().code, QStringLiteral("leases: ") + answer.error().message};
    const qsizetype expected = request.want.size() + request.settle.size();
    if (answer->leases.size() != expected)
        return Error{Error::Invalid, QStringLiteral("leases: %1 answers for %2 entries")
                                         .arg(answer->leases.size())
                                         .arg(expected)};
    // server_time is central's clock when it answered: lease expiry is judged on it.
    m_offsetS = m_clock().secsTo(answer->serverTime);
    run.clockOffsetS = m_offsetS;
    if (m_learnOffset)
        m_learnOffset(m_offsetS);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (qsizetype i = 0; i < answer->leases.size(); ++i) {
        const protocol::LeaseState &l = answer->leases.at(i);
        const bool isSettle = i >= request.want.size();
        const QString &asked =
            isSettle ? request.settle.at(i - request.want.size()).slot : request.want.at(i).slot;
        if (l.slot != asked)
            return Error{Error::Invalid, QStringLiteral("leases: answers out of order")};
        if (!l.error.isEmpty())
            qCWarning(lcSync) << "lease on" << l.slot << "refused:" << l.error;
        // A settle is answered whatever central says, or it would be sent for ever.
        if (l.error == QLatin1String("slot") && !isSettle)
            continue;
        if (auto r = store.applyLease(l.slot, l.seats, l.expiresAt, l.settled || isSettle,
                                      answer->serverTime);
            !r)
            return r.error();
        if (isSettle)
            ++run.settled;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcSync) << "leases: asked" << run.asked << "settled" << run.settled << "clock offset"
                   << run.clockOffsetS << "s";
    return run;
}

} // namespace jiujin
