// A booking's attendance (PROTOCOL.md "Booking", RECORD.md): the metadata fields of a
// booking_attendance record as the kiosk writes them and central reads them, the refusals of a
// malformed one, and the documents naming exactly the fields the code writes.
#include "bookingattendance.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace jiujin;
using namespace jiujin::protocol;

namespace {

const QString booking = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
const QString slot = QStringLiteral("150525203000-01/2026-12-08T08:30");

/** A record's whole metadata as the kiosk's outbox writes it (RECORD.md), with @p a's fields. */
QJsonObject metaOf(const BookingAttendance &a)
{
    QJsonObject meta{
        {QStringLiteral("v"), 1},
        {QStringLiteral("uuid"), QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")},
        {QStringLiteral("kind"), QLatin1String(bookingAttendanceKind)},
        {QStringLiteral("receipt"), QString()},
        {QStringLiteral("refers_to"), a.booking},
        {QStringLiteral("item"), QStringLiteral("11150525MB0SB0001A415111010600001")},
        {QStringLiteral("point"), QStringLiteral("150525203000-01")},
        {QStringLiteral("created"), a.at.toString(Qt::ISODateWithMs)},
        {QStringLiteral("staff"), QStringLiteral("0001")},
        {QStringLiteral("authorisation"), QString()},
        {QStringLiteral("suite"), QStringLiteral("intl")},
        {QStringLiteral("attachments"), 0}};
    const QJsonObject own = attendanceMetaFields(a);
    for (auto it = own.begin(); it != own.end(); ++it)
        meta.insert(it.key(), it.value());
    return meta;
}

QString section(const char *file, const QString &from, const QString &to)
{
    QFile doc(QString::fromUtf8(file));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype at = text.indexOf(from);
    REQUIRE(at >= 0);
    const qsizetype end = text.indexOf(to, at + from.size());
    REQUIRE(end > at);
    return text.mid(at, end - at);
}

QSet<QString> backticked(const QString &text)
{
    QSet<QString> names;
    static const QRegularExpression quoted(QStringLiteral("`([a-z_]+)`"));
    for (auto it = quoted.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

} // namespace

TEST_CASE("booking attendance: the metadata round trip and its fields", "[wire]")
{
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-90);
    for (const char *state : {attendanceCheckedIn, attendanceNoShow}) {
        const BookingAttendance a{booking, slot, QLatin1String(state), at};
        const QJsonObject meta = metaOf(a);
        auto read = decodeBookingAttendance(meta);
        INFO(read.error().message.toStdString());
        REQUIRE(read.ok());
        CHECK(read.value() == a);
        // From the text as sealed (the associated data), too.
        auto fromText = decodeBookingAttendance(QJsonDocument(meta).toJson(QJsonDocument::Compact));
        REQUIRE(fromText.ok());
        CHECK(fromText.value() == a);
    }

    // PROTOCOL.md's bullet on the kind names every field the code writes beyond RECORD.md's
    // common ones, and RECORD.md's metadata table names the kind and its fields.
    const QSet<QString> documented =
        backticked(section(JIUJIN_PROTOCOL_MD, QStringLiteral("- `booking_attendance`:"),
                           QStringLiteral("**Versions.**")));
    const QJsonObject own = attendanceMetaFields({booking, slot, QStringLiteral("no_show"), at});
    for (const QString &k : own.keys())
        CHECK(documented.contains(k));
    for (const char *k : {"refers_to", "created", "checked_in", "no_show", "booking_attendance"})
        CHECK(documented.contains(QLatin1String(k)));
    const QSet<QString> table = backticked(
        section(JIUJIN_RECORD_MD, QStringLiteral("| key | value |"), QStringLiteral("## Payload")));
    for (const QString &k : own.keys())
        CHECK(table.contains(k));
    CHECK(table.contains(QLatin1String(bookingAttendanceKind)));
    CHECK(QByteArray(bookingAttendanceKind) == "booking_attendance");
}

TEST_CASE("booking attendance: a malformed record is refused, naming the field", "[wire]")
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QJsonObject good = metaOf({booking, slot, QStringLiteral("checked_in"), at});
    const auto refusedAt = [&](const char *key, const QJsonValue &value) {
        QJsonObject meta = good;
        if (value.isUndefined())
            meta.remove(QLatin1String(key));
        else
            meta.insert(QLatin1String(key), value);
        auto read = decodeBookingAttendance(meta);
        INFO(key);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == Error::Invalid);
        CHECK(read.error().message.contains(QLatin1String(key)));
    };
    refusedAt("kind", QStringLiteral("booking_cancel"));
    refusedAt("attendance", QStringLiteral("late"));
    refusedAt("attendance", QJsonValue::Undefined);
    refusedAt("attendance", 1);
    refusedAt("refers_to", booking.toUpper());
    refusedAt("refers_to", QStringLiteral("NM20261207000001"));
    refusedAt("slot", QStringLiteral("150525203000-01"));
    refusedAt("slot", QJsonValue::Undefined);
    refusedAt("created", QStringLiteral("yesterday"));
    refusedAt("receipt", QStringLiteral("20301-000001-4"));
    refusedAt("attachments", 1);
    CHECK_FALSE(decodeBookingAttendance(QByteArrayView("not json")).ok());
    CHECK_FALSE(decodeBookingAttendance(QByteArray(9000, ' ') + "{}").ok());
}
