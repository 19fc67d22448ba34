// Bookings cancelled at central (PROTOCOL.md "Bookings cancelled at central"): the signed list's
// codec (fields as the document names them, a forged or foreign list believed in nothing, one bad
// entry left out while the others count) and the kiosk applying it through BookingService
// (cancelled once with central's reason, a repeat changes nothing, a citizen checked in keeps the
// seat, an entry naming another slot is refused).
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

BookingCancelList sample()
{
    BookingCancelList l;
    l.device = QStringLiteral("K-0001");
    l.generatedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    l.generatedAt = QDateTime::fromSecsSinceEpoch(l.generatedAt.toSecsSinceEpoch(), Qt::UTC);
    l.cancels = {{uuidA, slot, QStringLiteral("applicant_request"), l.generatedAt.addSecs(-60)},
                 {uuidB, slot, QStringLiteral("point_closed"), l.generatedAt.addSecs(-30)}};
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
    for (const QString &k : text.value(QLatin1String("cancels")).toArray().at(0).toObject().keys())
        written.insert(k);
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
