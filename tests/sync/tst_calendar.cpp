// CalendarPuller against a fake central whose calendar the test signs itself (PROTOCOL.md,
// "Calendar"): a verified document is kept and laid over the compiled-in years by the kiosk's one
// CalendarProvider; asked again with its version (304); a document with a bad signature, unsigned
// or malformed changes nothing and is noted in sync.last_error; asked at most once a day.
#include "calendardocument.h"
#include "calendarprovider.h"
#include "calendarpuller.h"
#include "calendarstore.h"
#include "deviceconfig.h"
#include "fakegateway.h"
#include "keys.h"
#include "kioskenrollment.h"
#include "kioskfixture.h"
#include "syncengine.h"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {

/** The compiled-in calendar with 2027 replaced: official, and 2027-03-08 (a Monday) a holiday. */
protocol::CalendarDocument document2027()
{
    protocol::CalendarDocument doc = protocol::calendarDocument(WorkCalendar::china());
    for (protocol::CalendarYear &y : doc.years)
        if (y.year == 2027) {
            y.source = WorkCalendar::Source::Official;
            y.holidays.append({QStringLiteral("测试假日"), QDate(2027, 3, 8), QDate(2027, 3, 8)});
            std::sort(y.holidays.begin(), y.holidays.end(),
                      [](const auto &a, const auto &b) { return a.from < b.from; });
        }
    return doc;
}

QByteArray signedBody(const protocol::Key &key, const QByteArray &text)
{
    auto body = protocol::signCalendar(key, text);
    REQUIRE(body.ok());
    return protocol::encode(body.value());
}

int applies(Database &db)
{
    auto s = db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'calendar.apply'");
    REQUIRE(s.step());
    return int(s.integer(0));
}

} // namespace

TEST_CASE("calendar: verified, kept, laid over the compiled-in years; a bad one changes nothing",
          "[sync]")
{
    TestKiosk k;
    FakeGateway gw;
    auto enrolled =
        KioskEnrollment(*k.db).enroll(EnrollOptions{gw.url(),
                                                    gw.newToken(),
                                                    {gw.pin()},
                                                    k.dir.filePath(QStringLiteral("keys")),
                                                    protocol::Suite::Intl});
    INFO(enrolled.error().message.toStdString());
    REQUIRE(enrolled.ok());
    auto engine = SyncEngine::open(*k.db);
    REQUIRE(engine.ok());
    CalendarProvider provider(*k.db);
    REQUIRE(provider.calendar()->isOpen(QDate(2027, 3, 8))); // compiled-in: a working Monday

    const QByteArray text = protocol::encode(document2027());
    const QByteArray version = protocol::calendarVersion(text);
    gw.calendarBody = signedBody(gw.receiptKey, text);
    gw.calendarEtag = '"' + version + '"';

    // After enrollment nothing was asked yet: the first run asks.
    auto pulled = CalendarPuller(*k.db, *engine.value()).run();
    INFO((pulled.ok() ? QString() : pulled.error().message).toStdString());
    REQUIRE(pulled.ok());
    CHECK(pulled->asked);
    CHECK(pulled->changed);
    CHECK(pulled->version == version);
    CHECK(applies(*k.db) == 1);
    auto calendar = provider.calendar();
    REQUIRE(calendar.ok());
    CHECK(calendar->day(QDate(2027, 3, 8)) == WorkCalendar::Day::Holiday);
    CHECK(calendar->source(2027) == WorkCalendar::Source::Official);
    CHECK(provider.version() == version);
    // The receipt's 容缺 date counts on it: 5 working days from Tuesday 2027-03-02 skip 03-08.
    SubmissionService service(*k.db,
                              [] { return QDateTime(QDate(2027, 3, 2), QTime(1, 0), Qt::UTC); });
    auto queued = service.submit(TestKiosk::unemployment());
    REQUIRE(queued.ok());
    CHECK(queued->toFollowBy == QDate(2027, 3, 10));
    CHECK_FALSE(queued->toFollowByEstimated);

    // Within a day nothing is asked; forced, it asks with the version held and gets a 304.
    CHECK_FALSE(CalendarPuller(*k.db, *engine.value()).run()->asked);
    auto again = CalendarPuller(*k.db, *engine.value()).run(true);
    REQUIRE(again.ok());
    CHECK(again->asked);
    CHECK_FALSE(again->changed);
    CHECK(gw.calendarAsked == QList<QByteArray>{"", '"' + version + '"'});
    CHECK(applies(*k.db) == 1);

    const auto unchanged = [&](const char *why) {
        INFO(why);
        gw.calendarEtag = "\"other\"";
        auto bad = CalendarPuller(*k.db, *engine.value()).run(true);
        REQUIRE_FALSE(bad.ok());
        CHECK(k.store->setting(QLatin1String(syncsetting::lastError))
                  .startsWith(QLatin1String("calendar:")));
        CHECK(applies(*k.db) == 1);
        CHECK(CalendarStore(*k.db).held()->version == version);
        auto c = provider.calendar();
        REQUIRE(c.ok());
        CHECK(c->day(QDate(2027, 3, 8)) == WorkCalendar::Day::Holiday);
    };
    SECTION("signed by another key")
    {
        auto other = protocol::Key::generateSigning(protocol::Suite::Intl);
        REQUIRE(other.ok());
        protocol::CalendarDocument doc = document2027();
        doc.years.last().holidays.clear();
        gw.calendarBody = signedBody(other.value(), protocol::encode(doc));
        unchanged("another key");
    }
    SECTION("unsigned")
    {
        gw.calendarBody = protocol::encode(protocol::SignedCalendar{text, {}});
        unchanged("no signature");
    }
    SECTION("signed by central but malformed (a 调休 on a weekday)")
    {
        QByteArray broken = text;
        broken.replace("\"makeup_workdays\":[\"2026-01-04\"",
                       "\"makeup_workdays\":[\"2026-01-05\"");
        REQUIRE(broken != text);
        gw.calendarBody = signedBody(gw.receiptKey, broken);
        unchanged("malformed");
    }
}

TEST_CASE("calendar: a year without an official list counts weekends only, and says so", "[sync]")
{
    TestKiosk k;
    CalendarProvider provider(*k.db);
    auto calendar = provider.calendar();
    REQUIRE(calendar.ok());
    // 2031 has no list in this build: only weekends are closed, and the date is an estimate.
    CHECK(calendar->source(2031) == WorkCalendar::Source::None);
    CHECK(calendar->addWorkingDays(QDate(2031, 9, 30), 1) == QDate(2031, 10, 1));
    CHECK_FALSE(calendar->officialThrough(QDate(2031, 9, 30), QDate(2031, 10, 1)));
    CHECK(calendar->officialThrough(QDate(2026, 9, 30), QDate(2026, 10, 8)));
    SubmissionService service(*k.db,
                              [] { return QDateTime(QDate(2031, 9, 30), QTime(1, 0), Qt::UTC); });
    auto queued = service.submit(TestKiosk::unemployment());
    REQUIRE(queued.ok());
    CHECK(queued->toFollowBy == QDate(2031, 10, 7));
    CHECK(queued->toFollowByEstimated);

    // A stored document that no longer decodes (edited by hand) leaves the compiled-in calendar.
    REQUIRE(
        k.store->setSetting(QLatin1String(calendarsetting::document), QStringLiteral("{}")).ok());
    REQUIRE(k.store->setSetting(QLatin1String(calendarsetting::version), QStringLiteral("x")).ok());
    auto fallback = provider.calendar();
    REQUIRE(fallback.ok());
    CHECK(fallback->day(QDate(2026, 10, 1)) == WorkCalendar::Day::Holiday);
    CHECK(provider.version().isEmpty());
}
