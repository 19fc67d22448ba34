#include "slots.h"

#include "jsonfields.h"
#include "keys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace jiujin::protocol {

namespace {

constexpr qsizetype maxSlotIdLength = maxPointCode + 17;
constexpr qsizetype maxRef = 128;
constexpr int maxLeaseConfirmed = 100 * maxSlotCapacity; // seats reused after cancellations

using json::compact;
using json::invalid;
using json::parseObject;

bool printableAscii(const QString &s, bool allowSlash)
{
    for (QChar c : s) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || (!allowSlash && c == u'/'))
            return false;
    }
    return true;
}

Result<QString> string(const QJsonObject &o, const QString &at, const char *key, qsizetype maxSize)
{
    return json::string(o, key, at + QLatin1String(key), maxSize);
}

Result<int> count(const QJsonObject &o, const QString &at, const char *key, int max)
{
    auto n = json::wholeNumber(o, key, at + QLatin1String(key), max, "not a whole number in range");
    if (!n)
        return n.error();
    return int(n.value());
}

Result<bool> boolean(const QJsonObject &o, const QString &at, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isBool())
        return invalid(at + QLatin1String(key), v.isUndefined() ? "missing" : "not true or false");
    return v.toBool();
}

// Only "YYYY-MM-DDTHH:MM:SS[.mmm]Z": no offsets, so that every end reads the same instant.
Result<QDateTime> utcTime(const QJsonObject &o, const QString &at, const char *key)
{
    auto s = string(o, at, key, 32);
    if (!s)
        return s.error();
    const QString &t = s.value();
    if (!t.endsWith(u'Z') || (t.size() != 20 && t.size() != 24))
        return invalid(at + QLatin1String(key), "not an ISO 8601 UTC time");
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        return invalid(at + QLatin1String(key), "not an ISO 8601 UTC time");
    return d.toUTC();
}

Result<QString> slotField(const QJsonObject &o, const QString &at)
{
    auto s = string(o, at, "slot", maxSlotIdLength);
    if (!s)
        return s.error();
    if (!parseSlotId(s.value()))
        return invalid(at + QStringLiteral("slot"), "not a slot id");
    return s;
}

Result<QJsonArray> array(const QJsonObject &o, const char *key, qsizetype max, bool optional)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString field = QLatin1String(key);
    if (v.isUndefined() && optional)
        return QJsonArray{};
    if (!v.isArray())
        return invalid(field, v.isUndefined() ? "missing" : "not an array");
    const QJsonArray a = v.toArray();
    if (a.size() > max)
        return invalid(field, "too many entries");
    return a;
}

// Entry i of an array, named "<at>" without its trailing dot in the error.
Result<QJsonObject> entry(const QJsonArray &a, qsizetype i, const QString &at)
{
    if (!a.at(i).isObject())
        return invalid(at.chopped(1), "not an object");
    return a.at(i).toObject();
}

// A lease entry's slot, once per list.
Result<QString> uniqueSlot(const QJsonObject &o, const QString &at, QSet<QString> &seen)
{
    auto slot = slotField(o, at);
    if (!slot)
        return slot.error();
    if (seen.contains(slot.value()))
        return invalid(at + QStringLiteral("slot"), "repeated");
    seen.insert(slot.value());
    return slot;
}

bool groupCode(const QString &code)
{
    if (code.isEmpty() || code.size() > maxGroupCode)
        return false;
    for (QChar c : code) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_' || u == '-'))
            return false;
    }
    return true;
}

} // namespace

Result<void> checkGroups(const QStringList &groups)
{
    if (groups.size() > maxGroups)
        return invalid(QStringLiteral("groups"), "too many entries");
    QSet<QString> seen;
    for (const QString &g : groups) {
        if (!groupCode(g))
            return invalid(QStringLiteral("groups"), "not a code of 1 to 32 of a-z 0-9 _ -");
        if (seen.contains(g))
            return invalid(QStringLiteral("groups"), "repeated");
        seen.insert(g);
    }
    return {};
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString slotId(const QString &point, const QDateTime &startUtc)
{
    if (point.isEmpty() || point.size() > maxPointCode || !printableAscii(point, false) ||
        !startUtc.isValid())
        return {};
    return point + u'/' + inChina(startUtc).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

Result<SlotIdParts> parseSlotId(const QString &id)
{
    const qsizetype slash = id.indexOf(u'/');
    if (slash <= 0 || slash > maxPointCode || id.size() != slash + 17)
        return invalid(QStringLiteral("slot"), "not P/YYYY-MM-DDTHH:MM");
    SlotIdParts parts;
    parts.point = id.left(slash);
    if (!printableAscii(parts.point, false))
        return invalid(QStringLiteral("slot"), "point not printable ASCII");
    const QString local = id.mid(slash + 1);
    // fromString accepts more than the form (signs, spaces): check every character's class.
    static const QString pattern = QStringLiteral("dddd-dd-ddTdd:dd");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const bool digit = local.at(i).unicode() >= '0' && local.at(i).unicode() <= '9';
        if (pattern.at(i) == u'd' ? !digit : local.at(i) != pattern.at(i))
            return invalid(QStringLiteral("slot"), "not P/YYYY-MM-DDTHH:MM");
    }
    const QDate date = QDate::fromString(local.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(local.mid(11), QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid())
        return invalid(QStringLiteral("slot"), "no such date or time");
    parts.startUtc = chinaTime(date, time);
    return parts;
}

QDateTime leaseExpiry(const QDateTime &startUtc)
{
    return startUtc.toUTC().addSecs(-leaseCutoffSeconds);
}

QByteArray encode(const SlotList &list)
{
    QJsonArray listed;
    for (const SlotInfo &s : list.entries) {
        listed.append(QJsonObject{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("start"), isoUtc(s.start)},
                                  {QStringLiteral("end"), isoUtc(s.end)},
                                  {QStringLiteral("capacity"), s.capacity},
                                  {QStringLiteral("free"), s.free}});
    }
    QJsonObject o{{QStringLiteral("point"), list.point},
                  {QStringLiteral("from"), list.from.toString(Qt::ISODate)},
                  {QStringLiteral("days"), list.days},
                  {QStringLiteral("generated_at"), isoUtc(list.generatedAt)},
                  {QStringLiteral("slots"), listed}};
    // Left out when empty (every group), so lists of points without groups read as before.
    if (!list.groups.isEmpty())
        o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(list.groups));
    return compact(o);
}

Result<SlotList> decodeSlotList(QByteArrayView text)
{
    auto root = parseObject(text, maxSlotsText, QStringLiteral("slots"));
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    SlotList list;
    auto point = string(o, {}, "point", maxPointCode);
    if (!point)
        return point.error();
    if (!printableAscii(point.value(), false))
        return invalid(QStringLiteral("point"), "not printable ASCII");
    list.point = point.value();
    auto from = string(o, {}, "from", 10);
    if (!from)
        return from.error();
    list.from = QDate::fromString(from.value(), QStringLiteral("yyyy-MM-dd"));
    if (!list.from.isValid())
        return invalid(QStringLiteral("from"), "not YYYY-MM-DD");
    auto days = count(o, {}, "days", maxSlotDays);
    if (!days)
        return days.error();
    if (days.value() < 1)
        return invalid(QStringLiteral("days"), "not 1 to 14");
    list.days = days.value();
    auto generated = utcTime(o, {}, "generated_at");
    if (!generated)
        return generated.error();
    list.generatedAt = generated.value();
    auto listed = array(o, "slots", maxSlotsListed, false);
    if (!listed)
        return listed.error();
    QSet<QString> ids;
    for (qsizetype i = 0; i < listed->size(); ++i) {
        const QString at = QStringLiteral("slots[%1].").arg(i);
        auto object = entry(listed.value(), i, at);
        if (!object)
            return object.error();
        const QJsonObject &so = object.value();
        SlotInfo s;
        auto id = string(so, at, "id", maxSlotIdLength);
        if (!id)
            return id.error();
        s.id = id.value();
        auto start = utcTime(so, at, "start");
        if (!start)
            return start.error();
        s.start = start.value();
        auto end = utcTime(so, at, "end");
        if (!end)
            return end.error();
        s.end = end.value();
        if (s.end <= s.start)
            return invalid(at + QStringLiteral("end"), "not after start");
        if (slotId(list.point, s.start) != s.id)
            return invalid(at + QStringLiteral("id"), "not the point and local start time");
        if (ids.contains(s.id))
            return invalid(at + QStringLiteral("id"), "repeated");
        ids.insert(s.id);
        auto capacity = count(so, at, "capacity", maxSlotCapacity);
        if (!capacity)
            return capacity.error();
        s.capacity = capacity.value();
        auto free = count(so, at, "free", maxSlotCapacity);
        if (!free)
            return free.error();
        if (free.value() > s.capacity)
            return invalid(at + QStringLiteral("free"), "more than capacity");
        s.free = free.value();
        list.entries.append(s);
    }
    auto groups = array(o, "groups", maxGroups, true);
    if (!groups)
        return groups.error();
    for (const QJsonValue &g : groups.value()) {
        if (!g.isString())
            return invalid(QStringLiteral("groups"), "not an array of codes");
        list.groups.append(g.toString());
    }
    if (auto r = checkGroups(list.groups); !r)
        return r.error();
    return list;
}

QByteArray encode(const SignedSlots &body)
{
    return compact({{QStringLiteral("slots"), QString::fromUtf8(body.text)},
                    {QStringLiteral("signature"), QString::fromLatin1(body.signature.toBase64())}});
}

Result<SignedSlots> decodeSignedSlots(QByteArrayView body)
{
    // The text travels as a JSON string: escaping its quotes at most doubles it.
    auto root = parseObject(body, 2 * maxSlotsText + 4096, QStringLiteral("body"));
    if (!root)
        return root.error();
    SignedSlots out;
    auto text = json::signedText(root.value(), "slots", maxSlotsText);
    if (!text)
        return text.error();
    out.text = text.value();
    auto signature = json::signature(root.value(), maxSignatureBytes);
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

QByteArray slotsSigningInput(QByteArrayView slotsText)
{
    QByteArray input(slotsSigningContext);
    input.append(slotsText);
    return input;
}

Result<SignedSlots> signSlots(const Key &receiptKey, const SlotList &list)
{
    SignedSlots out;
    out.text = encode(list);
    auto signature = sign(receiptKey, slotsSigningInput(out.text));
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

Result<SlotList> openSlots(const Key &receiptKey, QByteArrayView body)
{
    auto signedSlots = decodeSignedSlots(body);
    if (!signedSlots)
        return signedSlots.error();
    if (!verify(receiptKey, slotsSigningInput(signedSlots->text), signedSlots->signature))
        return Error{Error::Corrupt, QStringLiteral("slots: central's signature does not verify")};
    return decodeSlotList(signedSlots->text);
}

QByteArray encode(const LeaseRequest &request)
{
    QJsonArray want, settle;
    for (const LeaseWant &w : request.want)
        want.append(
            QJsonObject{{QStringLiteral("slot"), w.slot}, {QStringLiteral("seats"), w.seats}});
    for (const LeaseSettle &s : request.settle) {
        QJsonObject o{{QStringLiteral("slot"), s.slot}, {QStringLiteral("used"), s.used}};
        if (s.confirmed >= 0)
            o.insert(QStringLiteral("confirmed"), s.confirmed);
        settle.append(o);
    }
    return compact({{QStringLiteral("want"), want}, {QStringLiteral("settle"), settle}});
}

Result<LeaseRequest> decodeLeaseRequest(QByteArrayView json)
{
    auto root = parseObject(json, maxLeaseBodyBytes, QStringLiteral("body"));
    if (!root)
        return root.error();
    LeaseRequest out;
    auto want = array(root.value(), "want", maxLeaseEntries, true);
    if (!want)
        return want.error();
    auto settle = array(root.value(), "settle", maxLeaseEntries, true);
    if (!settle)
        return settle.error();
    QSet<QString> seen;
    for (qsizetype i = 0; i < want->size(); ++i) {
        const QString at = QStringLiteral("want[%1].").arg(i);
        auto object = entry(want.value(), i, at);
        if (!object)
            return object.error();
        const QJsonObject &o = object.value();
        auto slot = uniqueSlot(o, at, seen);
        if (!slot)
            return slot.error();
        auto seats = count(o, at, "seats", maxSlotCapacity);
        if (!seats)
            return seats.error();
        out.want.append({slot.value(), seats.value()});
    }
    seen.clear();
    for (qsizetype i = 0; i < settle->size(); ++i) {
        const QString at = QStringLiteral("settle[%1].").arg(i);
        auto object = entry(settle.value(), i, at);
        if (!object)
            return object.error();
        const QJsonObject &o = object.value();
        auto slot = uniqueSlot(o, at, seen);
        if (!slot)
            return slot.error();
        auto used = count(o, at, "used", maxSlotCapacity);
        if (!used)
            return used.error();
        LeaseSettle entry{slot.value(), used.value(), -1};
        if (o.contains(QLatin1String("confirmed"))) {
            auto confirmed = count(o, at, "confirmed", maxLeaseConfirmed);
            if (!confirmed)
                return confirmed.error();
            if (confirmed.value() < entry.used)
                return invalid(at + QStringLiteral("confirmed"), "less than used");
            entry.confirmed = confirmed.value();
        }
        out.settle.append(entry);
    }
    return out;
}

QByteArray encode(const LeaseResponse &response)
{
    QJsonArray leases;
    for (const LeaseState &l : response.leases) {
        QJsonObject o{{QStringLiteral("slot"), l.slot},
                      {QStringLiteral("seats"), l.seats},
                      {QStringLiteral("expires_at"), isoUtc(l.expiresAt)},
                      {QStringLiteral("settled"), l.settled}};
        if (!l.error.isEmpty())
            o.insert(QStringLiteral("error"), l.error);
        leases.append(o);
    }
    return compact({{QStringLiteral("server_time"), isoUtc(response.serverTime)},
                    {QStringLiteral("leases"), leases}});
}

Result<LeaseResponse> decodeLeaseResponse(QByteArrayView json)
{
    auto root = parseObject(json, maxLeaseBodyBytes * 2, QStringLiteral("body"));
    if (!root)
        return root.error();
    LeaseResponse out;
    auto serverTime = utcTime(root.value(), {}, "server_time");
    if (!serverTime)
        return serverTime.error();
    out.serverTime = serverTime.value();
    auto leases = array(root.value(), "leases", 2 * maxLeaseEntries, false);
    if (!leases)
        return leases.error();
    for (qsizetype i = 0; i < leases->size(); ++i) {
        const QString at = QStringLiteral("leases[%1].").arg(i);
        auto object = entry(leases.value(), i, at);
        if (!object)
            return object.error();
        const QJsonObject &o = object.value();
        LeaseState l;
        auto slot = slotField(o, at);
        if (!slot)
            return slot.error();
        l.slot = slot.value();
        auto seats = count(o, at, "seats", maxSlotCapacity);
        if (!seats)
            return seats.error();
        l.seats = seats.value();
        auto expires = utcTime(o, at, "expires_at");
        if (!expires)
            return expires.error();
        l.expiresAt = expires.value();
        auto settled = boolean(o, at, "settled");
        if (!settled)
            return settled.error();
        l.settled = settled.value();
        const QJsonValue error = o.value(QLatin1String("error"));
        if (!error.isUndefined()) {
            if (!error.isString() || error.toString().size() > 64)
                return invalid(at + QStringLiteral("error"), "not a short string");
            l.error = error.toString();
        }
        out.leases.append(l);
    }
    return out;
}

QByteArray encode(const ChannelBookingRequest &request)
{
    QJsonObject o{{QStringLiteral("slot"), request.slot}, {QStringLiteral("ref"), request.ref}};
    if (!request.item.isEmpty())
        o.insert(QStringLiteral("item"), request.item);
    return compact(o);
}

Result<ChannelBookingRequest> decodeChannelBookingRequest(QByteArrayView json)
{
    auto root = parseObject(json, maxChannelBookingBytes, QStringLiteral("body"));
    if (!root)
        return root.error();
    ChannelBookingRequest out;
    auto slot = slotField(root.value(), {});
    if (!slot)
        return slot.error();
    out.slot = slot.value();
    auto ref = string(root.value(), {}, "ref", maxRef);
    if (!ref)
        return ref.error();
    if (!printableAscii(ref.value(), true))
        return invalid(QStringLiteral("ref"), "not printable ASCII");
    out.ref = ref.value();
    if (root->contains(QLatin1String("item"))) {
        auto item = string(root.value(), {}, "item", maxItemCode);
        if (!item)
            return item.error();
        if (item->isEmpty() || !printableAscii(item.value(), false))
            return invalid(QStringLiteral("item"), "not an item code");
        out.item = item.value();
    }
    return out;
}

QByteArray encode(const ChannelBookingResponse &response)
{
    return compact(
        {{QStringLiteral("booking"), response.booking}, {QStringLiteral("slot"), response.slot}});
}

Result<ChannelBookingResponse> decodeChannelBookingResponse(QByteArrayView json)
{
    auto root = parseObject(json, maxChannelBookingBytes, QStringLiteral("body"));
    if (!root)
        return root.error();
    ChannelBookingResponse out;
    auto booking = string(root.value(), {}, "booking", maxRef);
    if (!booking)
        return booking.error();
    out.booking = booking.value();
    auto slot = slotField(root.value(), {});
    if (!slot)
        return slot.error();
    out.slot = slot.value();
    return out;
}

} // namespace jiujin::protocol
