// Bookings cancelled at central (PROTOCOL.md "Bookings cancelled at central"): the signed list's
// codec (fields as the document names them, a forged or foreign list believed in nothing, one bad
// entry left out while the others count) and the kiosk applying it through BookingService
// (cancelled once with central's reason, a repeat changes nothing, a citizen checked in keeps the
// seat, an entry naming another slot is refused).
#include "bookingattendance.h"
#include "bookingcancels.h"
#include "keys.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace jiujin;
using namespace jiujin::protocol;

namespace {

const QString uuidA = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
const QString uuidB = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
const QString slot = QStringLiteral("150525203000-01/2026-12-08T08:30");
const QString movedSlot = QStringLiteral("150525203000-01/2026-12-08T09:00");

BookingCancelList sample()
{
    BookingCancelList l;
    l.device = QStringLiteral("K-0001");
    l.generatedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    l.generatedAt = QDateTime::fromSecsSinceEpoch(l.generatedAt.toSecsSinceEpoch(), Qt::UTC);
    // The first was moved at central (DESIGN §13i): it names the new number and slot.
    l.cancels = {{uuidA,
                  slot,
                  QStringLiteral("applicant_request"),
                  l.generatedAt.addSecs(-60),
                  {QStringLiteral("G0900-01"), movedSlot}},
                 {uuidB, slot, QStringLiteral("point_closed"), l.generatedAt.addSecs(-30), {}}};
    return l;
}

/** The backticked names of PROTOCOL.md's section on the list, from "Text:" to "at most". */
QSet<QString> documentedFields()
{
    QFile doc(QStringLiteral(JIUJIN_PROTOCOL_MD));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype at = text.indexOf(QLatin1String("### Bookings cancelled at central"));
    REQUIRE(at >= 0);
    const qsizetype from = text.indexOf(QLatin1String("Text: `"), at);
    const qsizetype to = text.indexOf(QLatin1String("at most 200"), from);
    REQUIRE(from > at);
    REQUIRE(to > from);
    QSet<QString> names;
    static const QRegularExpression quoted(QStringLiteral("\"([a-z_]+)\":"));
    for (auto it = quoted.globalMatch(text.mid(from, to - from)); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

} // namespace

TEST_CASE("booking cancels: the signed list round trip and its fields", "[wire]")
{
    auto key = Key::generateSigning(Suite::Intl);
    REQUIRE(key.ok());
    const BookingCancelList list = sample();
    auto body = signBookingCancels(key.value(), list);
    REQUIRE(body.ok());
    auto opened = openBookingCancels(key.value(), encode(body.value()));
    INFO(opened.error().message.toStdString());
    REQUIRE(opened.ok());
    CHECK(opened.value() == list);

    // The document names exactly the fields the code writes.
    const QJsonObject text = QJsonDocument::fromJson(body->text).object();
    QSet<QString> written;
    for (const QString &k : text.keys())
        written.insert(k);
    const QJsonObject first = text.value(QLatin1String("cancels")).toArray().at(0).toObject();
    for (const QString &k : first.keys())
        written.insert(k);
    for (const QString &k : first.value(QLatin1String("moved_to")).toObject().keys())
        written.insert(k);
    // A plain cancel carries no moved_to.
    CHECK_FALSE(text.value(QLatin1String("cancels"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .contains(QLatin1String("moved_to")));
    CHECK(documentedFields() == written);
    CHECK(QByteArray(bookingCancelsSigningContext) == "jiujin-booking-cancels-v1\n");
}

TEST_CASE("booking cancels: forged lists change nothing, one bad entry stays alone", "[wire]")
{
    auto key = Key::generateSigning(Suite::Intl);
    auto other = Key::generateSigning(Suite::Intl);
    REQUIRE(key.ok());
    REQUIRE(other.ok());
    auto body = signBookingCancels(key.value(), sample());
    REQUIRE(body.ok());

    SECTION("another key's signature")
    {
        auto opened = openBookingCancels(other.value(), encode(body.value()));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == Error::Corrupt);
    }
    SECTION("a text changed after signing")
    {
        SignedBookingCancels changed = body.value();
        changed.text.replace("point_closed", "duplicate\",\"x\":\"");
        auto opened = openBookingCancels(key.value(), encode(changed));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == Error::Corrupt);
    }
    SECTION("a malformed entry is left out, the others decoded")
    {
        QJsonObject text = QJsonDocument::fromJson(body->text).object();
        QJsonArray cancels = text.value(QLatin1String("cancels")).toArray();
        QJsonObject bad = cancels.at(0).toObject();
        bad.insert(QStringLiteral("reason"), QStringLiteral("the applicant 巴特尔 phoned"));
        cancels.replace(0, bad);
        cancels.append(cancels.at(1)); // a repeated booking is left out too
        cancels.append(QStringLiteral("not an object"));
        text.insert(QStringLiteral("cancels"), cancels);
        auto decoded = decodeBookingCancelList(QJsonDocument(text).toJson(QJsonDocument::Compact));
        REQUIRE(decoded.ok());
        REQUIRE(decoded->cancels.size() == 1);
        CHECK(decoded->cancels.at(0).booking == uuidB);
        CHECK(decoded->malformed == 3);
    }
    SECTION("a malformed document is refused whole")
    {
        for (const QByteArray &text :
             {QByteArray("{\"device\":\"K\",\"generated_at\":\"2026-12-07T00:00:00Z\"}"),
              QByteArray("{\"device\":\"K\",\"generated_at\":\"yesterday\",\"cancels\":[]}"),
              QByteArray("{\"generated_at\":\"2026-12-07T00:00:00Z\",\"cancels\":[]}"),
              QByteArray("[]")})
            CHECK_FALSE(decodeBookingCancelList(text).ok());
        QJsonArray many;
        for (int i = 0; i <= maxBookingCancels; ++i)
            many.append(QJsonObject{});
        const QJsonObject tooMany{
            {QStringLiteral("device"), QStringLiteral("K")},
            {QStringLiteral("generated_at"), QStringLiteral("2026-12-07T00:00:00Z")},
            {QStringLiteral("cancels"), many}};
        CHECK_FALSE(
            decodeBookingCancelList(QJsonDocument(tooMany).toJson(QJsonDocument::Compact)).ok());
    }
}

TEST_CASE("booking uuids: one spelling, read in one place by every list and record", "[wire]")
{
    // json::Fields::uuid reads the booking a cancel entry and an attendance record name: each
    // other spelling of the same id is refused alike, with the same words.
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QString good = uuidA;
    for (const QString &bad : {good.toUpper(), QStringLiteral("{") + good + QStringLiteral("}"),
                               QString(good).remove(u'-'), good + QStringLiteral("0"),
                               QString(good).replace(8, 1, u'_')}) {
        INFO(bad.toStdString());
        const QJsonObject entry{{QStringLiteral("booking"), bad},
                                {QStringLiteral("slot"), slot},
                                {QStringLiteral("reason"), QStringLiteral("duplicate")},
                                {QStringLiteral("at"), QStringLiteral("2026-12-07T00:00:00Z")}};
        const QJsonObject text{
            {QStringLiteral("device"), QStringLiteral("K")},
            {QStringLiteral("generated_at"), QStringLiteral("2026-12-07T00:00:00Z")},
            {QStringLiteral("cancels"), QJsonArray{entry}}};
        auto list = decodeBookingCancelList(QJsonDocument(text).toJson(QJsonDocument::Compact));
        REQUIRE(list.ok());
        CHECK(list->cancels.isEmpty());
        CHECK(list->malformed == 1);

        QJsonObject meta = attendanceMetaFields({good, slot, QStringLiteral("no_show"), at});
        meta.insert(QStringLiteral("kind"), QLatin1String(bookingAttendanceKind));
        meta.insert(QStringLiteral("refers_to"), bad);
        meta.insert(QStringLiteral("created"), at.toString(Qt::ISODateWithMs));
        meta.insert(QStringLiteral("receipt"), QString());
        meta.insert(QStringLiteral("attachments"), 0);
        auto record = decodeBookingAttendance(meta);
        REQUIRE_FALSE(record.ok());
        if (bad.size() <= 36)
            CHECK(record.error().message.contains(
                QLatin1String("refers_to: not a lower-case UUID without braces")));
        meta.insert(QStringLiteral("refers_to"), good);
        CHECK(decodeBookingAttendance(meta).ok());
    }
}

TEST_CASE("booking cancels: moved_to is optional, and a bad one never drops the cancel", "[wire]")
{
    const BookingCancelList list = sample();
    QJsonObject text = QJsonDocument::fromJson(encode(list)).object();
    QJsonArray cancels = text.value(QLatin1String("cancels")).toArray();
    const QJsonObject moved = cancels.at(0).toObject();
    const auto decodeWith = [&](const QJsonValue &movedTo) {
        QJsonObject entry = moved;
        if (movedTo.isUndefined())
            entry.remove(QLatin1String("moved_to"));
        else
            entry.insert(QStringLiteral("moved_to"), movedTo);
        QJsonArray one{entry};
        QJsonObject t = text;
        t.insert(QStringLiteral("cancels"), one);
        auto decoded = decodeBookingCancelList(QJsonDocument(t).toJson(QJsonDocument::Compact));
        REQUIRE(decoded.ok());
        REQUIRE(decoded->cancels.size() == 1);
        CHECK(decoded->malformed == 0);
        CHECK(decoded->cancels.at(0).booking == uuidA);
        return decoded->cancels.at(0).movedTo;
    };
    CHECK(decodeWith(moved.value(QLatin1String("moved_to"))) ==
          BookingMovedTo{QStringLiteral("G0900-01"), movedSlot});
    // A list from a central before moved_to: a plain cancel.
    CHECK(decodeWith(QJsonValue::Undefined) == BookingMovedTo{});
    const auto movedTo = [](const QJsonValue &number, const QJsonValue &slotId) {
        return QJsonObject{{QStringLiteral("number"), number}, {QStringLiteral("slot"), slotId}};
    };
    for (const QJsonValue &bad :
         {QJsonValue(QStringLiteral("G0900-01")), QJsonValue(movedTo(QString(), movedSlot)),
          QJsonValue(movedTo(QStringLiteral("G0900 01"), movedSlot)),
          QJsonValue(movedTo(QStringLiteral("改约 01"), movedSlot)),
          QJsonValue(movedTo(QString(33, u'G'), movedSlot)),
          QJsonValue(movedTo(QStringLiteral("G0900-01"), QStringLiteral("tomorrow"))),
          QJsonValue(movedTo(42, movedSlot)), QJsonValue(QJsonObject{})}) {
        INFO(QJsonDocument(QJsonArray{bad}).toJson().toStdString());
        CHECK(decodeWith(bad) == BookingMovedTo{});
    }
}
