// The working calendar central publishes (PROTOCOL.md, "Calendar"): one year imported from its
// JSON (checked whole, stored and audited), the effective calendar (compiled-in years with the
// imported ones in their place) that CaseService counts on, `calendar import|show`, and
// GET /v1/calendar over real TLS: signed by the receipt key of the device's suite, with an ETag
// that makes an unchanged calendar a 304.
#include "gatewayfixture.h"

#include "auditchain.h"
#include "calendardocument.h"
#include "caseservice.h"
#include "centralcalendar.h"
#include "sqlitecentralstorage.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;
using gateway::CentralCalendar;
using protocol::Suite;

namespace {

/** A 2027 list for the tests (shaped like a State Council notice; not the real one): 春节 a week
 *  with two 调休 Saturdays, and 2027-03-08 (a Monday) as a holiday the compiled-in 2027 lacks. */
QByteArray test2027()
{
    return R"({"year":2027,"source":"official","notice":"测试通知",
        "holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"},
                    {"name":"春节","from":"2027-02-06","to":"2027-02-13"},
                    {"name":"测试假日","from":"2027-03-08","to":"2027-03-08"}],
        "makeup_workdays":["2027-01-30","2027-02-20"]})";
}

/** Puts the process's calendar back to the compiled-in one (other tests count on it). */
struct LiveCalendarReset
{
    ~LiveCalendarReset() { gateway::liveCalendar() = WorkCalendar::china(); }
};

} // namespace

TEST_CASE("Calendar year: the import format, checked whole", "[gateway-calendar]")
{
    auto year = protocol::decodeCalendarYear(test2027());
    INFO((year.ok() ? QString() : year.error().message).toStdString());
    REQUIRE(year.ok());
    CHECK(year->year == 2027);
    CHECK(year->source == WorkCalendar::Source::Official);
    CHECK(year->holidays.size() == 3);
    CHECK(year->makeUpDays == QList<QDate>{QDate(2027, 1, 30), QDate(2027, 2, 20)});
    // Canonical: what is stored and signed decodes to the same year.
    CHECK(protocol::decodeCalendarYear(protocol::encode(year.value())).value() == year.value());

    const auto refused = [](const QByteArray &text) {
        auto r = protocol::decodeCalendarYear(text);
        return r.ok() ? QString() : r.error().message;
    };
    const QByteArray head = R"({"year":2027,"source":"official",)";
    // A misspelt list would silently drop the 调休 days: refused, naming the field.
    CHECK(refused(head + R"("holidays":[],"makeup_days":["2027-01-30"]})")
              .contains(QStringLiteral("makeup_days: unknown field")));
    CHECK(refused(head + R"("holidays":[],"makeup_workdays":["2027-01-29"]})")
              .contains(QStringLiteral("not a Saturday or Sunday")));
    CHECK(refused(head + R"("holidays":[{"name":"x","from":"2026-12-31","to":"2027-01-01"}],)"
                         R"("makeup_workdays":[]})")
              .contains(QStringLiteral("not inside the year")));
    CHECK(refused(head +
                  R"("holidays":[{"name":"a","from":"2027-02-01","to":"2027-02-05"},)"
                  R"({"name":"b","from":"2027-02-05","to":"2027-02-06"}],"makeup_workdays":[]})")
              .contains(QStringLiteral("overlapping")));
    CHECK(refused(head + R"("holidays":[{"name":"a","from":"2027-02-01","to":"2027-02-07"}],)"
                         R"("makeup_workdays":["2027-02-06"]})")
              .contains(QStringLiteral("inside a holiday")));
    CHECK(refused(R"({"year":2027,"source":"guess","holidays":[],"makeup_workdays":[]})")
              .contains(QStringLiteral("source")));
    CHECK(refused(R"({"year":1999,"source":"sample","holidays":[],"makeup_workdays":[]})")
              .contains(QStringLiteral("year")));
    CHECK(refused("not json").contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("Working days across the 2026 Spring Festival and National Day, 调休 on both sides",
          "[gateway-calendar]")
{
    // One implementation: the compiled-in calendar, central's effective one (compiled-in with
    // nothing imported) and the same calendar after a round trip through the signed document a
    // kiosk receives all count alike.
    QTemporaryDir dir;
    auto opened = openTestCentral(dir.filePath(QStringLiteral("c.db")));
    REQUIRE(opened.ok());
    auto effective = CentralCalendar(*opened.value()).effective();
    REQUIRE(effective.ok());
    auto received =
        protocol::decodeCalendarDocument(CentralCalendar::documentOf(effective.value()).text);
    REQUIRE(received.ok());
    const WorkCalendar kiosk = protocol::overlay(WorkCalendar(), received.value());
    const WorkCalendar &central = effective.value();
    for (const WorkCalendar *c : {&WorkCalendar::china(), &central, &kiosk}) {
        // 春节 2026-02-15..23; Saturdays 02-14 and 02-28 are working days.
        CHECK(c->addWorkingDays(QDate(2026, 2, 13), 1) == QDate(2026, 2, 14));
        CHECK(c->addWorkingDays(QDate(2026, 2, 13), 2) == QDate(2026, 2, 24));
        CHECK(c->addWorkingDays(QDate(2026, 2, 14), 1) == QDate(2026, 2, 24));
        CHECK(c->addWorkingDays(QDate(2026, 2, 27), 1) == QDate(2026, 2, 28));
        CHECK(c->addWorkingDays(QDate(2026, 2, 27), 2) == QDate(2026, 3, 2));
        // 中秋 09-25..27, 国庆 10-01..07; Sunday 09-20 and Saturday 10-10 are working days.
        CHECK(c->addWorkingDays(QDate(2026, 9, 18), 1) == QDate(2026, 9, 20));
        CHECK(c->addWorkingDays(QDate(2026, 9, 24), 1) == QDate(2026, 9, 28));
        CHECK(c->addWorkingDays(QDate(2026, 9, 30), 1) == QDate(2026, 10, 8));
        CHECK(c->addWorkingDays(QDate(2026, 9, 30), 3) == QDate(2026, 10, 10));
        CHECK(c->addWorkingDays(QDate(2026, 9, 30), 4) == QDate(2026, 10, 12));
        CHECK(c->source(2026) == WorkCalendar::Source::Official);
        CHECK(c->holidayName(QDate(2026, 10, 3)) == QStringLiteral("国庆节"));
    }
    CHECK(kiosk.years() == WorkCalendar::china().years());
}

TEST_CASE("Calendar import: stored, audited, in place of the compiled-in year; CaseService counts "
          "on it",
          "[gateway-calendar]")
{
    LiveCalendarReset reset;
    QTemporaryDir dir;
    auto opened = openTestCentral(dir.filePath(QStringLiteral("c.db")));
    REQUIRE(opened.ok());
    auto &storage = *opened.value();
    CentralCalendar calendar(storage);
    auto before = calendar.document();
    REQUIRE(before.ok());

    // The compiled-in 2027 is a SAMPLE without 2027-03-08.
    REQUIRE(WorkCalendar::china().source(2027) == WorkCalendar::Source::Sample);
    REQUIRE(WorkCalendar::china().isOpen(QDate(2027, 3, 8)));

    // A refused file changes nothing, not even the audit log.
    auto refused = calendar.import("{\"year\":2027}", QStringLiteral("op-1"), testNow());
    REQUIRE_FALSE(refused.ok());
    CHECK(calendar.imported()->years.isEmpty());
    CHECK(gateway::AuditChain(storage).verify()->entries == 0);

    auto imported = calendar.import(test2027(), QStringLiteral("op-1"), testNow());
    INFO((imported.ok() ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->changed);
    CHECK_FALSE(imported->replaced);
    auto audit = gateway::AuditChain(storage).verify();
    REQUIRE(audit.ok());
    CHECK(audit->entries == 1);
    CHECK_FALSE(audit->brokenAt);

    // The same file again: unchanged, nothing audited.
    auto again = calendar.import(test2027(), QStringLiteral("op-1"), testNow());
    REQUIRE(again.ok());
    CHECK_FALSE(again->changed);
    CHECK(gateway::AuditChain(storage).verify()->entries == 1);

    auto effective = calendar.effective();
    REQUIRE(effective.ok());
    CHECK(effective->source(2027) == WorkCalendar::Source::Official);
    CHECK(effective->day(QDate(2027, 3, 8)) == WorkCalendar::Day::Holiday);
    CHECK(effective->holidayName(QDate(2027, 3, 8)) == QStringLiteral("测试假日"));
    // The whole year is replaced: the sample's 2027-02-05 春节 day is gone, its 调休 are in.
    CHECK(effective->isOpen(QDate(2027, 2, 5)));
    CHECK(effective->day(QDate(2027, 2, 20)) == WorkCalendar::Day::MakeUpWorkday);
    // Other years stay compiled-in.
    CHECK(effective->day(QDate(2026, 10, 1)) == WorkCalendar::Day::Holiday);
    auto after = calendar.document();
    REQUIRE(after.ok());
    CHECK(after->version != before->version);

    // CaseService's default calendar is the one central publishes, once refreshed.
    gateway::CaseService cases(storage);
    const QDate friday(2027, 3, 5);
    CHECK(cases.dueDate(friday, 1, 0) == QDate(2027, 3, 8)); // compiled-in: Monday
    auto refreshed = calendar.refresh(gateway::liveCalendar());
    REQUIRE(refreshed.ok());
    CHECK(refreshed.value() == after->version);
    CHECK(cases.dueDate(friday, 1, 0) == QDate(2027, 3, 9)); // the imported holiday skipped
}

TEST_CASE("jiujin-gateway calendar import | show", "[gateway-calendar]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    const QString file = tmp.filePath(QStringLiteral("2027.json"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(test2027());
    }
    const QString bad = tmp.filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"year":2027,"source":"official","holidays":[],"makeup_workdays":["2027-03-01"]})");
    }
    const CliRun refused =
        gatewayCli(QStringList{QStringLiteral("calendar"), QStringLiteral("import"), bad} + data);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("not a Saturday or Sunday"));

    const CliRun imported =
        gatewayCli(QStringList{QStringLiteral("calendar"), QStringLiteral("import"), file,
                               QStringLiteral("--operator"), QStringLiteral("op-1")} +
                   data);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains("imported 2027 (official): 3 holidays, 12 days closed, 2 make-up"));

    const CliRun shown =
        gatewayCli(QStringList{QStringLiteral("calendar"), QStringLiteral("show")} + data);
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains("2026\tofficial\tcompiled-in\t7\t"));
    CHECK(shown.out.contains("2027\tofficial\timported\t3\t12\t2\n"));

    // One year prints in the import format: it reads back as the year imported.
    const CliRun year = gatewayCli(
        QStringList{QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2027")} +
        data);
    REQUIRE(year.exitCode == 0);
    CHECK(protocol::decodeCalendarYear(year.out.trimmed()).value() ==
          protocol::decodeCalendarYear(test2027()).value());
    CHECK(gatewayCli(QStringList{QStringLiteral("calendar"), QStringLiteral("show"),
                                 QStringLiteral("2031")} +
                     data)
              .exitCode == 1);
}

TEST_CASE("GET /v1/calendar: signed by the receipt key of the device's suite, 304 when unchanged",
          "[gateway-calendar]")
{
    LiveCalendarReset reset;
    for (const Suite suite : {Suite::Intl, Suite::Gm}) {
        TestGateway gateway(suite);
        TestDevice device(gateway, gateway.token(), suite);
        const qint64 now = gateway.now().toSecsSinceEpoch();
        const auto get = [&](const QByteArray &etag) {
            return device.send(gateway, "GET", "/v1/calendar", {}, now,
                               etag.isEmpty() ? QList<QByteArray>{}
                                              : QList<QByteArray>{"If-None-Match: " + etag});
        };
        const HttpReply first = get({});
        REQUIRE(first.status == 200);
        const QByteArray etag = first.headers.value("etag");
        REQUIRE(etag.size() == 34);
        auto body = protocol::decodeSignedCalendar(first.body);
        REQUIRE(body.ok());
        CHECK(etag == '"' + protocol::calendarVersion(body->calendar) + '"');
        auto doc = protocol::openCalendar(gateway.keys->receiptKey(suite), body.value());
        INFO((doc.ok() ? QString() : doc.error().message).toStdString());
        REQUIRE(doc.ok());
        CHECK(protocol::overlay(WorkCalendar(), doc.value()).years() ==
              WorkCalendar::china().years());

        // Unchanged: 304, no body; another ETag: the whole document again.
        const HttpReply same = get(etag);
        CHECK(same.status == 304);
        CHECK(same.body.isEmpty());
        CHECK(get("\"0123\"").status == 200);

        // A year imported by the CLI (another connection) is served at the next request.
        {
            auto other = gateway::openGatewayStorage(gateway.dir.path());
            REQUIRE(other.ok());
            REQUIRE(CentralCalendar(*other.value())
                        .import(test2027(), QStringLiteral("op-1"), testNow())
                        .ok());
        }
        const HttpReply changed = get(etag);
        REQUIRE(changed.status == 200);
        CHECK(changed.headers.value("etag") != etag);
        auto newer = protocol::openCalendar(gateway.keys->receiptKey(suite),
                                            protocol::decodeSignedCalendar(changed.body).value());
        REQUIRE(newer.ok());
        const WorkCalendar received = protocol::overlay(WorkCalendar::china(), newer.value());
        CHECK(received.day(QDate(2027, 3, 8)) == WorkCalendar::Day::Holiday);
        // And central counts on it from then on.
        CHECK(gateway::liveCalendar().day(QDate(2027, 3, 8)) == WorkCalendar::Day::Holiday);

        // Signed by the receipt key only: another key's signature, or a text changed after
        // signing, does not verify.
        auto otherKey = protocol::Key::generateSigning(suite);
        REQUIRE(otherKey.ok());
        auto forged = protocol::signCalendar(otherKey.value(), body->calendar);
        REQUIRE(forged.ok());
        auto notCentral = protocol::openCalendar(gateway.keys->receiptKey(suite), forged.value());
        REQUIRE_FALSE(notCentral.ok());
        CHECK(notCentral.error().code == Error::Corrupt);
        protocol::SignedCalendar tampered = body.value();
        tampered.calendar.replace("春节", "春季");
        CHECK(protocol::openCalendar(gateway.keys->receiptKey(suite), tampered).error().code ==
              Error::Corrupt);

        // No certificate, no calendar.
        CHECK(httpsSend(gateway.port, gateway.keys->serverPin(), "GET", "/v1/calendar", {}, {})
                  .status == 401);
        gateway::liveCalendar() = WorkCalendar::china();
    }
}
