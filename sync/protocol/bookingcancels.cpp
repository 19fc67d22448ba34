#include "bookingcancels.h"

#include "jsonfields.h"
#include "keys.h"
#include "protocollimits.h"
#include "slots.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace jiujin::protocol {

namespace {

using json::compact;
using json::invalid;

constexpr qsizetype maxDeviceId = 64;
constexpr qsizetype maxSlotIdText = 96;
constexpr qsizetype maxMovedNumber = 32;

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Only "YYYY-MM-DDTHH:MM:SSZ": one instant has one spelling.
Result<QDateTime> utcField(const json::Fields &f, const char *key)
{
    auto s = f.string(key, 20);
    if (!s)
        return s.error();
    const QDateTime t = QDateTime::fromString(s.value(), Qt::ISODate);
    if (s->size() != 20 || !s->endsWith(u'Z') || !t.isValid())
        return invalid(f.path(key), "not an ISO 8601 UTC time");
    return t.toUTC();
}

// An entry's optional moved_to: a number of printable ASCII and a slot id, or nothing (absent or
// malformed: the cancel stands without it).
BookingMovedTo movedToFromJson(const json::Fields &entry)
{
    if (!entry.value("moved_to").isObject())
        return {};
    const json::Fields f(entry.value("moved_to").toObject(), entry.path("moved_to"));
    auto number = f.string("number", maxMovedNumber);
    auto slot = f.string("slot", maxSlotIdText);
    if (!number || !slot || !parseSlotId(slot.value()))
        return {};
    for (QChar ch : number.value())
        if (ch.unicode() <= 0x20 || ch.unicode() >= 0x7f)
            return {};
    return {number.value(), slot.value()};
}

Result<BookingCancel> cancelFromJson(const QJsonValue &v, const QString &at)
{
    if (!v.isObject())
        return invalid(at, "not an object");
    const json::Fields f(v.toObject(), at);
    BookingCancel c;
    auto booking = f.uuid("booking");
    if (!booking)
        return booking.error();
    c.booking = booking.value();
    auto slot = f.string("slot", maxSlotIdText);
    if (!slot)
        return slot.error();
    if (!parseSlotId(slot.value()))
        return invalid(f.path("slot"), "not a slot id");
    c.slot = slot.value();
    auto reason = f.string("reason", 32);
    if (!reason)
        return reason.error();
    if (!bookingCancelReasons().contains(reason.value()))
        return invalid(f.path("reason"), "not a known reason code");
    c.reason = reason.value();
    auto at2 = utcField(f, "at");
    if (!at2)
        return at2.error();
    c.at = at2.value();
    c.movedTo = movedToFromJson(f);
    return c;
}

} // namespace

const QStringList &bookingCancelReasons()
{
    static const QStringList reasons{QStringLiteral("applicant_request"),
                                     QStringLiteral("point_closed"), QStringLiteral("duplicate"),
                                     QStringLiteral("other")};
    return reasons;
}

QByteArray encode(const BookingCancelList &list)
{
    QJsonArray cancels;
    for (const BookingCancel &c : list.cancels) {
        QJsonObject entry{{QStringLiteral("booking"), c.booking},
                          {QStringLiteral("slot"), c.slot},
                          {QStringLiteral("reason"), c.reason},
                          {QStringLiteral("at"), utc(c.at)}};
        if (!c.movedTo.number.isEmpty())
            entry.insert(QStringLiteral("moved_to"),
                         QJsonObject{{QStringLiteral("number"), c.movedTo.number},
                                     {QStringLiteral("slot"), c.movedTo.slot}});
        cancels.append(entry);
    }
    return compact({{QStringLiteral("device"), list.device},
                    {QStringLiteral("generated_at"), utc(list.generatedAt)},
                    {QStringLiteral("cancels"), cancels}});
}

Result<BookingCancelList> decodeBookingCancelList(QByteArrayView text)
{
    auto root = json::parseObject(text, maxBookingCancelsText, QStringLiteral("cancels"));
    if (!root)
        return root.error();
    const json::Fields f(root.value(), {});
    BookingCancelList list;
    auto device = f.string("device", maxDeviceId);
    if (!device)
        return device.error();
    for (QChar ch : device.value())
        if (ch.unicode() <= 0x20 || ch.unicode() >= 0x7f)
            return invalid(f.path("device"), "not printable ASCII");
    list.device = device.value();
    auto generated = utcField(f, "generated_at");
    if (!generated)
        return generated.error();
    list.generatedAt = generated.value();
    auto cancels = f.array("cancels");
    if (!cancels)
        return cancels.error();
    if (cancels->size() > maxBookingCancels)
        return invalid(f.path("cancels"), "too many entries");
    QSet<QString> seen;
    for (qsizetype i = 0; i < cancels->size(); ++i) {
        // One bad entry is left out; the others still count (fail closed per entry).
        auto c = cancelFromJson(cancels->at(i), QStringLiteral("cancels[%1]").arg(i));
        if (!c || seen.contains(c->booking)) {
            ++list.malformed;
            continue;
        }
        seen.insert(c->booking);
        list.cancels.append(c.value());
    }
    return list;
}

QByteArray encode(const SignedBookingCancels &body)
{
    return compact({{QStringLiteral("cancels"), QString::fromUtf8(body.text)},
                    {QStringLiteral("signature"), QString::fromLatin1(body.signature.toBase64())}});
}

Result<SignedBookingCancels> decodeSignedBookingCancels(QByteArrayView body)
{
    // The text travels as a JSON string: escaping its quotes at most doubles it.
    auto root = json::parseObject(body, 2 * maxBookingCancelsText + 4096, QStringLiteral("body"));
    if (!root)
        return root.error();
    SignedBookingCancels out;
    auto text = json::signedText(root.value(), "cancels", maxBookingCancelsText);
    if (!text)
        return text.error();
    out.text = text.value();
    auto signature = json::signature(root.value(), maxSignatureBytes);
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

QByteArray bookingCancelsSigningInput(QByteArrayView text)
{
    QByteArray input(bookingCancelsSigningContext);
    input.append(text);
    return input;
}

Result<SignedBookingCancels> signBookingCancels(const Key &receiptKey,
                                                const BookingCancelList &list)
{
    SignedBookingCancels out;
    out.text = encode(list);
    auto signature = sign(receiptKey, bookingCancelsSigningInput(out.text));
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

Result<BookingCancelList> openBookingCancels(const Key &receiptKey, QByteArrayView body)
{
    auto signedList = decodeSignedBookingCancels(body);
    if (!signedList)
        return signedList.error();
    if (!verify(receiptKey, bookingCancelsSigningInput(signedList->text), signedList->signature))
        return Error{Error::Corrupt,
                     QStringLiteral("booking cancels: central's signature does not verify")};
    return decodeBookingCancelList(signedList->text);
}

} // namespace jiujin::protocol
