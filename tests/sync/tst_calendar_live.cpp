// The working calendar end to end over real TLS (PROTOCOL.md, "Calendar"): central imports next
// year's list with a holiday the compiled-in calendar does not have (`jiujin-gateway calendar
// import`), `jiujin-syncd --once` pulls GET /v1/calendar, and a kiosk receipt's 容缺 due date then
// skips that day. Dates are computed from today, so the test means the same under libfaketime.
#include "auditlog.h"
#include "calendardocument.h"
#include "calendarstore.h"
#include "chinatime.h"
#include "database.h"
#include "liveharness.h"
#include "submissionservice.h"
#include "workcalendar.h"

#include <QFile>

#include <algorithm>

using namespace jiujin;
using namespace live;

namespace {

int applies(Kiosk &k)
{
    auto s = k.db->prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'calendar.apply'");
    REQUIRE(s.step());
    return int(s.integer(0));
}

} // namespace

TEST_CASE("calendar: central's imported year reaches the kiosk's receipts through jiujin-syncd",
          "[sync-calendar]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    gw.cli({QStringLiteral("catalogue"), QStringLiteral("publish"), QStringLiteral(JIUJIN_SEED)});
    k.enroll(gw.url(), gw.token(), gw.pin());

    // Next year's list, from today: its first plain Monday-to-Friday working day after 10 January
    // becomes a holiday, and the application is made the working day before it.
    const WorkCalendar &compiled = WorkCalendar::china();
    const int year = WorkCalendar::chinaDate(QDateTime::currentDateTimeUtc()).year() + 1;
    QDate holiday(year, 1, 11);
    while (compiled.day(holiday) != WorkCalendar::Day::Workday)
        holiday = holiday.addDays(1);
    QDate applied = holiday.addDays(-1);
    while (!compiled.isOpen(applied))
        applied = applied.addDays(-1);
    protocol::CalendarYear list = protocol::calendarYear(compiled, year);
    list.source = WorkCalendar::Source::Official;
    list.notice = QStringLiteral("测试通知");
    list.holidays.append({QStringLiteral("测试假日"), holiday, holiday});
    std::sort(list.holidays.begin(), list.holidays.end(),
              [](const auto &a, const auto &b) { return a.from < b.from; });
    const QString file = k.dir.filePath(QStringLiteral("calendar.json"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(protocol::encode(list));
    }
    const QByteArray imported = gw.cli({QStringLiteral("calendar"), QStringLiteral("import"), file,
                                        QStringLiteral("--operator"), QStringLiteral("op-1")});
    CHECK(imported.contains(QByteArray::number(year) + " (official)"));

    const auto followBy = [&] {
        SubmissionService service(*k.db, [applied] { return chinaTime(applied, QTime(10, 0)); });
        auto q = service.submit(TestKiosk::unemployment());
        INFO((q.ok() ? QString() : q.error().message).toStdString());
        REQUIRE(q.ok());
        return std::pair{q->toFollowBy, q->toFollowByEstimated};
    };
    // Before the pull: the compiled-in calendar (next year a SAMPLE or no list: an estimate).
    const auto before = followBy();
    CHECK(before.first == compiled.addWorkingDays(applied, SubmissionService::followUpDays));
    CHECK(before.second);

    QByteArray out;
    REQUIRE(k.syncd(&out) == 0);
    INFO(out.toStdString());
    auto held = CalendarStore(*k.db).held();
    REQUIRE(held.ok());
    REQUIRE_FALSE(held->version.isEmpty());
    CHECK(out.contains("calendar " + held->version));
    CHECK(applies(k) == 1);
    CHECK(k.setting(syncsetting::lastError).isEmpty());

    // After it: the imported holiday is skipped, and the date is no longer an estimate.
    const auto after = followBy();
    // The holiday is the first working day after the application: one working day later.
    CHECK(after.first == compiled.addWorkingDays(before.first, 1));
    CHECK(protocol::overlay(compiled, protocol::decodeCalendarDocument(held->text).value())
              .addWorkingDays(applied, SubmissionService::followUpDays) == after.first);
    CHECK_FALSE(after.second);

    // Unchanged at central: the next run is a 304, nothing stored again.
    REQUIRE(k.syncd(&out) == 0);
    CHECK(out.contains("calendar " + held->version));
    CHECK(applies(k) == 1);
    CHECK(CalendarStore(*k.db).held()->version == held->version);
}
