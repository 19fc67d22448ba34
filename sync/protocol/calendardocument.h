#pragma once

#include "result.h"
#include "workcalendar.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

/*
 * The working calendar as central publishes it (PROTOCOL.md, "Calendar": GET /v1/calendar) and
 * as an operator imports one year of it (`jiujin-gateway calendar import FILE`): the same year
 * object in both. Central signs the document's text as sent, like slots and case updates; the
 * kiosk verifies before it parses. Decoders take bytes from the network or a file: bounded,
 * strict (unknown fields refused: a misspelt "makeup_workdays" must not drop the 调休 days), and
 * Error{Error::Invalid, "field: what is wrong"} instead of a crash.
 */
namespace jiujin::protocol {

class Key;

/** The prefix of the bytes central signs: the document text follows it. */
inline constexpr char calendarSigningContext[] = "jiujin-calendar-v1\n";
/** The signed text of one document (a year is ~1 KiB). */
inline constexpr qsizetype maxCalendarText = 256 * 1024;
/** Years in one document. */
inline constexpr qsizetype maxCalendarYears = 64;
/** Holiday spans in one year (the State Council names 7). */
inline constexpr qsizetype maxCalendarHolidays = 32;
/** 调休 make-up working days in one year (usually 4-8). */
inline constexpr qsizetype maxCalendarMakeUpDays = 32;
/** Days in one holiday span (国庆 with 中秋 is 8). */
inline constexpr int maxHolidaySpanDays = 16;

/** One public holiday as the notice names it: @c from .. @c to (inclusive), closed. */
struct CalendarHoliday
{
    QString name; ///< 春节, 国庆节 … (1-32 characters)
    QDate from, to;
    friend bool operator==(const CalendarHoliday &, const CalendarHoliday &) = default;
};

/** One year of the calendar: its holidays and 调休 make-up working days. */
struct CalendarYear
{
    int year = 0;                                               ///< 2000-2099
    WorkCalendar::Source source = WorkCalendar::Source::Sample; ///< official or sample (never none)
    QString notice;                  ///< where it comes from, e.g. the notice's number ("" = none)
    QList<CalendarHoliday> holidays; ///< by date, not overlapping, inside the year
    QList<QDate> makeUpDays;         ///< Saturdays or Sundays of the year, by date, no holiday
    friend bool operator==(const CalendarYear &, const CalendarYear &) = default;
};

/** What central publishes: every year it has a list for, ascending. */
struct CalendarDocument
{
    QList<CalendarYear> years;
    friend bool operator==(const CalendarDocument &, const CalendarDocument &) = default;
};

/** The 200 body: the text exactly as signed, and the raw signature. */
struct SignedCalendar
{
    QByteArray calendar;
    QByteArray signature;
    friend bool operator==(const SignedCalendar &, const SignedCalendar &) = default;
};

/** "official" / "sample" ("none" for None, which never travels). */
QString calendarSourceName(WorkCalendar::Source source);

QByteArray encode(const CalendarYear &year);
/** One year (the import file, or an entry of a document): refuses unknown fields, a year out of
 *  2000-2099, a source other than official/sample, holidays outside the year, overlapping, longer
 *  than maxHolidaySpanDays or out of order, make-up days that are not weekend days of the year,
 *  repeated, out of order or on a holiday. */
Result<CalendarYear> decodeCalendarYear(QByteArrayView text);

QByteArray encode(const CalendarDocument &document);
/** Refuses a text over maxCalendarText, no years or more than maxCalendarYears, years not
 *  ascending, and any year decodeCalendarYear would refuse. */
Result<CalendarDocument> decodeCalendarDocument(QByteArrayView text);

/** The document's version for ETag / If-None-Match: the first 32 hex digits of the SHA-256 of
 *  its text (the text is canonical: one calendar, one text). */
QByteArray calendarVersion(QByteArrayView text);

/** @p calendar's year @p year as a document year (holidays grouped into spans of one name). */
CalendarYear calendarYear(const WorkCalendar &calendar, int year);
/** Every year @p calendar has a list for. */
CalendarDocument calendarDocument(const WorkCalendar &calendar);
/** @p base with each year of @p document in place of base's year (the whole year is replaced:
 *  a published year is the calendar of that year, not an addition to it). */
WorkCalendar overlay(const WorkCalendar &base, const CalendarDocument &document);

QByteArray encode(const SignedCalendar &body);
/** The 200 body: shape and sizes only (verify with openCalendar). */
Result<SignedCalendar> decodeSignedCalendar(QByteArrayView body);

QByteArray calendarSigningInput(QByteArrayView text);
Result<SignedCalendar> signCalendar(const Key &receiptKey, const QByteArray &text);
/** Verifies central's signature before anything is parsed; Error::Corrupt when it does not
 *  verify, Error::Invalid for a malformed body or document. */
Result<CalendarDocument> openCalendar(const Key &receiptKey, const SignedCalendar &body);

} // namespace jiujin::protocol
