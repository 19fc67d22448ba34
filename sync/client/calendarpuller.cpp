#include "calendarpuller.h"

#include "calendardocument.h"
#include "calendarstore.h"
#include "syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace jiujin {

namespace {

QString statusWord(const HttpReply &r)
{
    const QString word =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString().left(40);
    return word.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                          : QStringLiteral("HTTP %1 %2").arg(r.status).arg(word);
}

} // namespace

Result<CalendarPuller::Pulled> CalendarPuller::run(bool force)
{
    auto pulled = pull(force);
    if (!pulled) {
        m_engine.noteError(QStringLiteral("calendar: ") + pulled.error().message);
        qCWarning(lcSync) << "calendar not pulled, the one held is kept:" << pulled.error().message;
        return pulled.error();
    }
    if (pulled->asked)
        m_engine.noteSuccess();
    if (pulled->changed)
        qCInfo(lcSync) << "working calendar applied, version" << pulled->version;
    return pulled;
}

Result<CalendarPuller::Pulled> CalendarPuller::pull(bool force)
{
    CalendarStore store(m_db);
    auto held = store.held();
    if (!held)
        return held.error();
    Pulled out;
    out.version = held->version;
    const QDateTime now = m_engine.now();
    if (!force && held->checkedAt.isValid() && held->checkedAt <= now &&
        held->checkedAt.secsTo(now) < everySeconds)
        return out;
    out.asked = true;
    QList<QByteArray> headers;
    if (!held->version.isEmpty())
        headers.append("If-None-Match: \"" + held->version + '"');
    auto reply = m_engine.send({"GET", "/v1/calendar", {}, "application/json", false, headers});
    if (!reply)
        return reply.error();
    switch (reply->status) {
    case 304:
        if (auto r = store.checked(now); !r)
            return r.error();
        return out;
    case 404: // a central that publishes no calendar: the compiled-in one stays
        if (auto r = store.checked(now); !r)
            return r.error();
        return out;
    case 200:
        break;
    default:
        return Error{SyncEngine::statusCode(reply->status), statusWord(reply.value())};
    }
    // Verified before it is parsed; nothing is kept from a document that fails any check.
    auto body = protocol::decodeSignedCalendar(reply->body);
    if (!body)
        return body.error();
    auto document = protocol::openCalendar(m_engine.receiptKey(), body.value());
    if (!document)
        return document.error();
    const QByteArray version = protocol::calendarVersion(body->calendar);
    if (version == held->version) {
        if (auto r = store.checked(now); !r)
            return r.error();
        return out;
    }
    if (auto r = store.save(body->calendar, body->signature, version,
                            QLatin1String(SyncEngine::actor), now);
        !r)
        return r.error();
    out.changed = true;
    out.version = version;
    return out;
}

} // namespace jiujin
