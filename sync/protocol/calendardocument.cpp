#include "calendardocument.h"

#include "jsonfields.h"
#include "keys.h"
#include "protocollimits.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace jiujin::protocol {

namespace {

using json::invalid;

constexpr qsizetype maxHolidayName = 32;
constexpr qsizetype maxNotice = 128;

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

Result<QDate> dateValue(const QJsonValue &v, const QString &field)
{
    auto s = json::stringValue(v, field, 10, json::Empty::Refused);
    if (!s)
        return s.error();
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate d = QDate::fromString(s.value(), QStringLiteral("yyyy-MM-dd"));
    if (!form.match(s.value()).hasMatch() || !d.isValid())
        return invalid(field, "not a date YYYY-MM-DD");
    return d;
}

/** Only @p known keys: a misspelt field is an error, never a silently missing list. */
Result<void> onlyKnown(const QJsonObject &o, const QString &at,
                       std::initializer_list<const char *> known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        for (const char *k : known)
            ok = ok || it.key() == QLatin1String(k);
        if (!ok)
            return invalid(at + it.key().left(32), "unknown field");
    }
    return {};
}

Result<CalendarYear> decodeYear(const QJsonValue &value, const QString &at)
{
    if (!value.isObject())
        return invalid(at.isEmpty() ? QStringLiteral("year") : at.chopped(1), "not an object");
    const QJsonObject o = value.toObject();
    if (auto r = onlyKnown(o, at, {"year", "source", "notice", "holidays", "makeup_workdays"}); !r)
        return r.error();
    CalendarYear y;
    auto year = json::wholeNumber(o, "year", at + QStringLiteral("year"), 2099,
                                  "not a year from 2000 to 2099");
    if (!year)
        return year.error();
    if (year.value() < 2000)
        return invalid(at + QStringLiteral("year"), "not a year from 2000 to 2099");
    y.year = int(year.value());
    auto source = json::string(o, "source", at + QStringLiteral("source"), 16);
    if (!source)
        return source.error();
    if (source.value() == QLatin1String("official"))
        y.source = WorkCalendar::Source::Official;
    else if (source.value() == QLatin1String("sample"))
        y.source = WorkCalendar::Source::Sample;
    else
        return invalid(at + QStringLiteral("source"), "not official or sample");
    if (o.contains(QLatin1String("notice"))) {
        auto notice =
            json::stringValue(o.value(QLatin1String("notice")), at + QStringLiteral("notice"),
                              maxNotice, json::Empty::Blank);
        if (!notice)
            return notice.error();
        y.notice = notice.value();
    }

    const QString holidaysAt = at + QStringLiteral("holidays");
    const QJsonValue hv = o.value(QLatin1String("holidays"));
    if (!hv.isArray())
        return invalid(holidaysAt, "not an array");
    const QJsonArray holidays = hv.toArray();
    if (holidays.size() > maxCalendarHolidays)
        return invalid(holidaysAt, "too many entries");
    QDate last;
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QString hAt = QStringLiteral("%1[%2].").arg(holidaysAt).arg(i);
        if (!holidays.at(i).isObject())
            return invalid(hAt.chopped(1), "not an object");
        const QJsonObject h = holidays.at(i).toObject();
        if (auto r = onlyKnown(h, hAt, {"name", "from", "to"}); !r)
            return r.error();
        CalendarHoliday holiday;
        auto name = json::stringValue(h.value(QLatin1String("name")), hAt + QStringLiteral("name"),
                                      maxHolidayName, json::Empty::Blank);
        if (!name)
            return name.error();
        holiday.name = name.value();
        auto from = dateValue(h.value(QLatin1String("from")), hAt + QStringLiteral("from"));
        if (!from)
            return from.error();
        auto to = dateValue(h.value(QLatin1String("to")), hAt + QStringLiteral("to"));
        if (!to)
            return to.error();
        holiday.from = from.value();
        holiday.to = to.value();
        if (holiday.from.year() != y.year || holiday.to.year() != y.year)
            return invalid(hAt.chopped(1), "not inside the year");
        if (holiday.to < holiday.from || holiday.from.daysTo(holiday.to) >= maxHolidaySpanDays)
            return invalid(hAt.chopped(1), "to before from, or longer than 16 days");
        if (last.isValid() && holiday.from <= last)
            return invalid(hAt.chopped(1), "overlapping or not in date order");
        last = holiday.to;
        y.holidays.append(std::move(holiday));
    }

    const QString makeUpAt = at + QStringLiteral("makeup_workdays");
    const QJsonValue mv = o.value(QLatin1String("makeup_workdays"));
    if (!mv.isArray())
        return invalid(makeUpAt, "not an array");
    const QJsonArray makeUp = mv.toArray();
    if (makeUp.size() > maxCalendarMakeUpDays)
        return invalid(makeUpAt, "too many entries");
    for (qsizetype i = 0; i < makeUp.size(); ++i) {
        const QString dAt = QStringLiteral("%1[%2]").arg(makeUpAt).arg(i);
        auto d = dateValue(makeUp.at(i), dAt);
        if (!d)
            return d.error();
        if (d->year() != y.year)
            return invalid(dAt, "not inside the year");
        if (d->dayOfWeek() < 6)
            return invalid(dAt, "not a Saturday or Sunday (a weekday is open anyway)");
        if (!y.makeUpDays.isEmpty() && d.value() <= y.makeUpDays.constLast())
            return invalid(dAt, "repeated or not in date order");
        for (const CalendarHoliday &h : y.holidays)
            if (d.value() >= h.from && d.value() <= h.to)
                return invalid(dAt, "inside a holiday");
        y.makeUpDays.append(d.value());
    }
    return y;
}

QJsonObject encodeYear(const CalendarYear &y)
{
    QJsonArray holidays;
    for (const CalendarHoliday &h : y.holidays)
        holidays.append(QJsonObject{{QStringLiteral("name"), h.name},
                                    {QStringLiteral("from"), dateText(h.from)},
                                    {QStringLiteral("to"), dateText(h.to)}});
    QJsonArray makeUp;
    for (const QDate &d : y.makeUpDays)
        makeUp.append(dateText(d));
    QJsonObject o{{QStringLiteral("year"), y.year},
                  {QStringLiteral("source"), calendarSourceName(y.source)},
                  {QStringLiteral("holidays"), holidays},
                  {QStringLiteral("makeup_workdays"), makeUp}};
    if (!y.notice.isEmpty())
        o.insert(QStringLiteral("notice"), y.notice);
    return o;
}

} // namespace

QString calendarSourceName(WorkCalendar::Source source)
{
    switch (source) {
    case WorkCalendar::Source::Official:
        return QStringLiteral("official");
    case WorkCalendar::Source::Sample:
        return QStringLiteral("sample");
    case WorkCalendar::Source::None:
        break;
    }
    return QStringLiteral("none");
}

QByteArray encode(const CalendarYear &year)
{
    return json::compact(encodeYear(year));
}

Result<CalendarYear> decodeCalendarYear(QByteArrayView text)
{
    auto root = json::parseObject(text, maxCalendarText, QStringLiteral("year"));
    if (!root)
        return root.error();
    return decodeYear(root.value(), QString());
}

QByteArray encode(const CalendarDocument &document)
{
    QJsonArray years;
    for (const CalendarYear &y : document.years)
        years.append(encodeYear(y));
    return json::compact(QJsonObject{{QStringLiteral("years"), years}});
}

Result<CalendarDocument> decodeCalendarDocument(QByteArrayView text)
{
    auto root = json::parseObject(text, maxCalendarText, QStringLiteral("calendar"));
    if (!root)
        return root.error();
    if (auto r = onlyKnown(root.value(), QString(), {"years"}); !r)
        return r.error();
    const QJsonValue v = root->value(QLatin1String("years"));
    if (!v.isArray())
        return invalid(QStringLiteral("years"), "not an array");
    const QJsonArray years = v.toArray();
    if (years.isEmpty())
        return invalid(QStringLiteral("years"), "empty");
    if (years.size() > maxCalendarYears)
        return invalid(QStringLiteral("years"), "too many entries");
    CalendarDocument out;
    for (qsizetype i = 0; i < years.size(); ++i) {
        const QString at = QStringLiteral("years[%1].").arg(i);
        auto y = decodeYear(years.at(i), at);
        if (!y)
            return y.error();
        if (!out.years.isEmpty() && y->year <= out.years.constLast().year)
            return invalid(at + QStringLiteral("year"), "repeated or not ascending");
        out.years.append(std::move(y.value()));
    }
    return out;
}

QByteArray calendarVersion(QByteArrayView text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(32);
}

CalendarYear calendarYear(const WorkCalendar &calendar, int year)
{
    CalendarYear y;
    y.year = year;
    y.source = calendar.source(year);
    for (const auto &[date, name] : calendar.holidays(year)) {
        if (!y.holidays.isEmpty() && y.holidays.constLast().name == name &&
            y.holidays.constLast().to.addDays(1) == date)
            y.holidays.last().to = date;
        else
            y.holidays.append({name, date, date});
    }
    y.makeUpDays = calendar.makeUpDays(year);
    return y;
}

CalendarDocument calendarDocument(const WorkCalendar &calendar)
{
    CalendarDocument doc;
    for (const int year : calendar.years())
        doc.years.append(calendarYear(calendar, year));
    return doc;
}

WorkCalendar overlay(const WorkCalendar &base, const CalendarDocument &document)
{
    WorkCalendar out(base);
    for (const CalendarYear &y : document.years) {
        out.clearYear(y.year);
        for (const CalendarHoliday &h : y.holidays)
            for (QDate d = h.from; d <= h.to; d = d.addDays(1))
                out.addHoliday(d, h.name);
        for (const QDate &d : y.makeUpDays)
            out.addMakeUpDay(d);
        out.setSource(y.year, y.source);
    }
    return out;
}

QByteArray encode(const SignedCalendar &body)
{
    return json::compact(
        {{QStringLiteral("calendar"), QString::fromUtf8(body.calendar)},
         {QStringLiteral("signature"), QString::fromLatin1(body.signature.toBase64())}});
}

Result<SignedCalendar> decodeSignedCalendar(QByteArrayView body)
{
    auto root = json::parseObject(body, 2 * maxCalendarText + 4096, QStringLiteral("body"));
    if (!root)
        return root.error();
    SignedCalendar out;
    auto text = json::signedText(root.value(), "calendar", maxCalendarText);
    if (!text)
        return text.error();
    out.calendar = text.value();
    auto signature = json::signature(root.value(), maxSignatureBytes);
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

QByteArray calendarSigningInput(QByteArrayView text)
{
    QByteArray input(calendarSigningContext);
    input.append(text);
    return input;
}

Result<SignedCalendar> signCalendar(const Key &receiptKey, const QByteArray &text)
{
    SignedCalendar out;
    out.calendar = text;
    auto signature = sign(receiptKey, calendarSigningInput(text));
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

Result<CalendarDocument> openCalendar(const Key &receiptKey, const SignedCalendar &body)
{
    if (!verify(receiptKey, calendarSigningInput(body.calendar), body.signature))
        return Error{Error::Corrupt,
                     QStringLiteral("calendar: central's signature does not verify")};
    return decodeCalendarDocument(body.calendar);
}

} // namespace jiujin::protocol
