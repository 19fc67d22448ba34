// 好差评 in the operator API (issue 14/15): ratings, the follow-up queue, the follow-up steps,
// the figures and the export, over real TLS through the real nginx front of `jiujin-gateway
// serve`, with each role's refusals; the 整改率 and satisfaction counted by China month across a
// month boundary (a UTC count would put both sides in one month); the CSV export parsed back.
#include "gatewayfixture.h"

#include "auditchain.h"
#include "chinatime.h"
#include "database.h"
#include "intakerecords.h"
#include "operatorroles.h"
#include "operatorservice.h"
#include "ratingapi.h"
#include "ratingexport.h"
#include "ratingservice.h"
#include "sqlitecentralstorage.h"
#include "workcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

const QString password = QStringLiteral("ratings-desk-2026");
const QString pointA = QStringLiteral("150525203000-01"); // township 150525203
const QString pointB = QStringLiteral("150525203000-02");
const QString pointC = QStringLiteral("150525101000-01"); // township 150525101
const QString minzhengItem = QStringLiteral("11150525MB0MZ0003C415051030100001");

QJsonObject object(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

/** A rating as intake stores it, received at @p at (central's clock), in its own transaction. */
RatingEntry receive(CentralStorage &storage, const QString &point, const QString &item, int level,
                    const QDateTime &at, const QJsonObject &indicators = {})
{
    static int count = 0;
    SubmissionRow row;
    row.device = QStringLiteral("jj-00000000000000aa");
    row.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(++count, 12, 10, QLatin1Char('0'));
    row.kind = QStringLiteral("rating");
    row.item = item;
    row.point = point;
    row.status = QStringLiteral("accepted");
    const QByteArray meta =
        QJsonDocument(
            QJsonObject{{QStringLiteral("refers_to"),
                         QStringLiteral("20301-%1-0").arg(count, 6, 10, QLatin1Char('0'))},
                        {QStringLiteral("created"), at.toString(Qt::ISODateWithMs)}})
            .toJson(QJsonDocument::Compact);
    QJsonObject body{{QStringLiteral("level"), level}, {QStringLiteral("reasons"), QJsonArray()}};
    if (!indicators.isEmpty())
        body.insert(QStringLiteral("indicators"), indicators);
    auto tx = storage.begin(Access::Write);
    REQUIRE(tx.ok());
    auto entry = RatingService(storage).receive(row, meta, body, at);
    REQUIRE(entry.ok());
    REQUIRE(tx.value()->commit().ok());
    return entry.value();
}

/** Takes follow-up @p e through its steps with the service (another connection), closing at
 *  @p closeAt. */
void closeFollowUp(CentralStorage &storage, const RatingEntry &e, const OperatorRow &officer,
                   const OperatorRow &supervisor, const QDateTime &closeAt)
{
    RatingService s(storage);
    const qint64 id = e.followUp->id;
    const QDateTime t = e.rating.receivedAt.addSecs(3600);
    REQUIRE(s.callBack(id, officer, true, QStringLiteral("已致歉"), t, t).ok());
    REQUIRE(s.rectify(id, officer, QStringLiteral("人手不足"), QStringLiteral("增设窗口"), t).ok());
    REQUIRE(s.close(id, supervisor, closeAt).ok());
}

/** RFC 4180 records of @p text (quoted fields with "" and line breaks; CRLF). */
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            REQUIRE(c != u'"');  // a bare quote inside an unquoted field
            REQUIRE(c != u'\n'); // a bare line break: RFC 4180 lines end in CRLF
            field += c;
        }
    }
    REQUIRE_FALSE(inQuotes);
    REQUIRE(field.isEmpty());
    REQUIRE(row.isEmpty()); // the last line ends in CRLF too
    return rows;
}

QStringList ids(const QJsonArray &list, const char *key = "id")
{
    QStringList out;
    for (const QJsonValue &v : list)
        out.append(QString::number(v.toObject().value(QLatin1String(key)).toInteger()));
    return out;
}

} // namespace

TEST_CASE("Rating API: the role table for ratings and follow-ups", "[gateway-ratingapi]")
{
    const auto op = [](const QString &role, const QStringList &scope) {
        OperatorRow row;
        row.id = role;
        row.role = role;
        row.scope = scope;
        return row;
    };
    OperatorRow officer = op(OperatorRoles::officer, {QStringLiteral("shebao")});
    const OperatorRow otherOfficer = op(OperatorRoles::officer, {QStringLiteral("minzheng")});
    const OperatorRow clerk = op(OperatorRoles::clerk, {QStringLiteral("150525203")});
    const OperatorRow otherClerk = op(OperatorRoles::clerk, {QStringLiteral("150525101")});
    const OperatorRow supervisor = op(OperatorRoles::supervisor, {});
    const OperatorRow technician = op(OperatorRoles::technician, {});
    RatingEntry e;
    e.rating.point = pointA;
    e.rating.department = QStringLiteral("shebao");
    e.followUp = FollowUpRow{};
    e.followUp->department = QStringLiteral("shebao");

    for (const OperatorRow &o : {officer, clerk, supervisor})
        CHECK(OperatorRoles::readsRatings(o));
    CHECK_FALSE(OperatorRoles::readsRatings(technician));
    CHECK(OperatorRoles::readsRating(officer, e.rating));
    CHECK_FALSE(OperatorRoles::readsRating(otherOfficer, e.rating));
    CHECK(OperatorRoles::readsRating(clerk, e.rating));
    CHECK_FALSE(OperatorRoles::readsRating(otherClerk, e.rating));
    CHECK(OperatorRoles::readsRating(supervisor, e.rating));
    CHECK_FALSE(OperatorRoles::readsRating(technician, e.rating));
    // Officers' texts: the department's officers and the supervisors, never a clerk.
    CHECK(OperatorRoles::readsFollowUpTexts(officer, e));
    CHECK(OperatorRoles::readsFollowUpTexts(supervisor, e));
    CHECK_FALSE(OperatorRoles::readsFollowUpTexts(clerk, e));
    CHECK_FALSE(OperatorRoles::readsFollowUpTexts(otherOfficer, e));
    // Steps: call-back and rectification the department's officer, close a supervisor.
    for (const QString &step : {QStringLiteral("callback"), QStringLiteral("rectify")}) {
        CHECK(OperatorRoles::mayFollowUp(officer, e, step));
        for (const OperatorRow &o : {otherOfficer, clerk, supervisor, technician})
            CHECK_FALSE(OperatorRoles::mayFollowUp(o, e, step));
    }
    CHECK(OperatorRoles::mayFollowUp(supervisor, e, QStringLiteral("close")));
    for (const OperatorRow &o : {officer, otherOfficer, clerk, technician})
        CHECK_FALSE(OperatorRoles::mayFollowUp(o, e, QStringLiteral("close")));
    CHECK_FALSE(OperatorRoles::mayFollowUp(supervisor, e, QStringLiteral("reopen")));
    // Export: supervisors and officers; a clerk reads, but takes nothing out.
    CHECK(OperatorRoles::exportsRatings(supervisor));
    CHECK(OperatorRoles::exportsRatings(officer));
    CHECK_FALSE(OperatorRoles::exportsRatings(clerk));
    CHECK_FALSE(OperatorRoles::exportsRatings(technician));
    // A follow-up with no department yet (its item unknown to the catalogue) is no officer's.
    RatingEntry orphan = e;
    orphan.followUp->department.clear();
    orphan.rating.department.clear();
    CHECK_FALSE(OperatorRoles::mayFollowUp(officer, orphan, QStringLiteral("callback")));
    CHECK(OperatorRoles::readsRating(supervisor, orphan.rating));
    // Disabled: nothing.
    officer.enabled = false;
    CHECK_FALSE(OperatorRoles::readsRating(officer, e.rating));
    CHECK_FALSE(OperatorRoles::mayFollowUp(officer, e, QStringLiteral("callback")));
    // Lists are narrowed in the query, not only filtered after it.
    RatingFilter f;
    OperatorRoles::narrow(clerk, f);
    CHECK(f.townships == QStringList{QStringLiteral("150525203")});
    RatingFilter g;
    OperatorRoles::narrow(otherOfficer, g);
    CHECK(g.departments == QStringList{QStringLiteral("minzheng")});

    // Working days left count open days only (a Friday due on the next Monday: 1).
    const QDate friday = [] {
        QDate d = QDate::currentDate();
        const WorkCalendar &c = WorkCalendar::china();
        while (d.dayOfWeek() != 5 || !c.isOpen(d) || c.isOpen(d.addDays(1)) ||
               c.isOpen(d.addDays(2)) || !c.isOpen(d.addDays(3)))
            d = d.addDays(1);
        return d;
    }();
    CHECK(RatingApi::workingDaysLeft(friday, friday.addDays(3)) == 1);
    CHECK(RatingApi::workingDaysLeft(friday, friday) == 0);
    CHECK(RatingApi::workingDaysLeft(friday.addDays(3), friday) == -1);
}

TEST_CASE("Rating API: ratings, follow-up queue and steps, figures and export over TLS through "
          "the nginx front of serve",
          "[gateway-ratingapi]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    auto keys = GatewayKeys::load(dir);
    REQUIRE(keys.ok());
    const QByteArray pin = keys->serverPin();
    REQUIRE(gatewayCli(QStringList{QStringLiteral("catalogue"), QStringLiteral("publish"),
                                   QStringLiteral(JIUJIN_SEED)} +
                       data)
                .exitCode == 0);
    const CliRun token = gatewayCli(QStringList{QStringLiteral("token"), QStringLiteral("create"),
                                                QStringLiteral("--point"), pointA} +
                                    data);
    REQUIRE(token.exitCode == 0);

    // Relative to today: a month two back begins at boundary (China midnight); ratings half an
    // hour either side are one UTC day but two China months. Two back, so that a follow-up of
    // its first day is past due today whatever holidays fall in it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = chinaDate(now);
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-2);
    const QDateTime boundary = chinaMidnight(lastMonth);
    const QDateTime before = boundary.addSecs(-1800), after = boundary.addSecs(1800);
    REQUIRE(before.toUTC().date() == after.toUTC().date());
    const QString monthBefore = lastMonth.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    const QString monthAfter = lastMonth.toString(QStringLiteral("yyyy-MM"));

    // Operators and ratings, written before serve starts through a connection of the test's.
    QMap<QString, qint64> rating, followUp; // by the test's name
    {
        auto opened = gateway::openGatewayStorage(dir);
        REQUIRE(opened.ok());
        CentralStorage &storage = *opened.value();
        auto sealKey = OperatorService::loadSealKey(dir);
        REQUIRE(sealKey.ok());
        OperatorService ops(storage, sealKey.value());
        QMap<QString, OperatorRow> account;
        for (const auto &[id, role, scope] :
             {std::tuple{QStringLiteral("officer-s"), OperatorRoles::officer,
                         QStringList{QStringLiteral("shebao")}},
              std::tuple{QStringLiteral("officer-m"), OperatorRoles::officer,
                         QStringList{QStringLiteral("minzheng")}},
              std::tuple{QStringLiteral("sup-1"), OperatorRoles::supervisor, QStringList{}},
              std::tuple{QStringLiteral("clerk-a"), OperatorRoles::clerk,
                         QStringList{QStringLiteral("150525203")}},
              std::tuple{QStringLiteral("clerk-c"), OperatorRoles::clerk,
                         QStringList{QStringLiteral("150525101")}},
              std::tuple{QStringLiteral("tech-1"), OperatorRoles::technician, QStringList{}}}) {
            auto added =
                ops.add({id, {}, role, scope, false}, password, QStringLiteral("test"), now);
            REQUIRE(added.ok());
            account.insert(id, added->row);
        }
        const QString item = QLatin1String(unemploymentItem); // shebao
        // The month before last, its last evening: 1 closed in time, 1 closed late, 1 满意.
        const auto r1 = receive(storage, pointA, item, 5, before);
        const auto r2 = receive(storage, pointA, item, 4, before);
        receive(storage, pointA, item, 1, before);
        closeFollowUp(storage, r1, account["officer-s"], account["sup-1"], before.addDays(1));
        closeFollowUp(storage, r2, account["officer-s"], account["sup-1"],
                      chinaMidnight(r2.followUp->dueDate.addDays(1)).addSecs(3600));
        // Last month, its first half hour: 1 closed in time, 1 满意, 1 差评 of minzheng left open
        // (overdue by now: due 15 working days after).
        const auto r4 = receive(storage, pointA, item, 5, after);
        receive(storage, pointB, item, 2, after);
        const auto r6 = receive(storage, pointB, minzhengItem, 4, after);
        closeFollowUp(storage, r4, account["officer-s"], account["sup-1"], after.addDays(2));
        // Today: a 差评 of shebao (an indicator only), one of minzheng, a 满意 in township 101.
        const auto r7 = receive(storage, pointA, item, 2, now.addSecs(-3600),
                                {{QStringLiteral("attitude"), 5}});
        const auto r8 = receive(storage, pointB, minzhengItem, 5, now.addSecs(-3500));
        const auto r9 = receive(storage, pointC, item, 1, now.addSecs(-3400));
        for (const auto &[name, e] :
             {std::pair{"r1", r1}, std::pair{"r2", r2}, std::pair{"r4", r4}, std::pair{"r6", r6},
              std::pair{"r7", r7}, std::pair{"r8", r8}, std::pair{"r9", r9}}) {
            rating.insert(QString::fromLatin1(name), e.rating.id);
            if (e.followUp)
                followUp.insert(QString::fromLatin1(name), e.followUp->id);
        }
        REQUIRE(followUp.size() == 6); // r1 r2 r4 r6 r7 r8
    }

    QProcess serve;
    const int port = serveOnFreePort(serve, data);

    // A kiosk hands in an application and rates it 非常不满意: a case, and a rating linked to it.
    auto signing = protocol::Key::generateSigning(protocol::Suite::Intl);
    REQUIRE(signing.ok());
    const auto [keyPem, csrPem] = makeCsr();
    const HttpReply enrolled =
        httpsPost(port, pin, "/v1/enroll",
                  protocol::encode(protocol::EnrollRequest{QString::fromUtf8(token.out).trimmed(),
                                                           csrPem, signing->publicPem()}),
                  {});
    REQUIRE(enrolled.status == 200);
    auto device = protocol::decodeEnrollResponse(enrolled.body);
    REQUIRE(device.ok());
    const QString kioskReceipt = QStringLiteral("20301-000042-3");
    const protocol::SubmissionBatch batch{
        {craftRecord(keys->centralKey(protocol::Suite::Intl), protocol::Suite::Intl,
                     QStringLiteral("submission"),
                     {{QStringLiteral("fields"), unemploymentFields()}}, now,
                     {{QStringLiteral("receipt"), kioskReceipt}}),
         craftRecord(keys->centralKey(protocol::Suite::Intl), protocol::Suite::Intl,
                     QStringLiteral("rating"),
                     {{QStringLiteral("level"), 5},
                      {QStringLiteral("reasons"), QJsonArray{QStringLiteral("wait_too_long")}},
                      {QStringLiteral("indicators"), QJsonObject{{QStringLiteral("efficiency"), 5},
                                                                 {QStringLiteral("attitude"), 3}}}},
                     now, {{QStringLiteral("refers_to"), kioskReceipt}})}};
    const QByteArray body = protocol::gzip(protocol::encode(batch));
    const HttpReply pushed =
        httpsPost(port, pin, "/v1/submissions", body,
                  signedHeaders(signing.value(), device->deviceId, "POST", "/v1/submissions", body,
                                QDateTime::currentSecsSinceEpoch(), true),
                  ClientCert{device->certificatePem, keyPem});
    REQUIRE(pushed.status == 200);
    const auto results = protocol::decodeBatchResult(pushed.body).value().results;
    REQUIRE(results.size() == 2);
    const QString caseReceipt = results.at(0).receipt;
    REQUIRE_FALSE(caseReceipt.isEmpty());

    const OperatorRequests send{port, pin};
    const auto tokenOf = [&](const QString &id) { return send.login(id, password); };
    const QByteArray officerS = tokenOf(QStringLiteral("officer-s"));
    const QByteArray officerM = tokenOf(QStringLiteral("officer-m"));
    const QByteArray supervisor = tokenOf(QStringLiteral("sup-1"));
    const QByteArray clerkA = tokenOf(QStringLiteral("clerk-a"));
    const QByteArray clerkC = tokenOf(QStringLiteral("clerk-c"));
    const QByteArray technician = tokenOf(QStringLiteral("tech-1"));

    // ---- The ratings list: each role its own; paging by cursor; filters; bad input.
    const auto listed = [&](const QByteArray &bearer, const QByteArray &query = {}) {
        const HttpReply r = send("GET", "/v1/operator/ratings" + query, bearer);
        REQUIRE(r.status == 200);
        return ids(object(r).value(QLatin1String("ratings")).toArray());
    };
    const QStringList all = listed(supervisor);
    REQUIRE(all.size() == 10);               // 9 written here, 1 from the kiosk
    const QString kioskRating = all.first(); // newest first
    QStringList paged;
    QByteArray cursor;
    for (int page = 0; page < 5; ++page) {
        const HttpReply r = send("GET", "/v1/operator/ratings?limit=4" + cursor, supervisor);
        REQUIRE(r.status == 200);
        paged += ids(object(r).value(QLatin1String("ratings")).toArray());
        const QJsonValue next = object(r).value(QLatin1String("next"));
        if (next.isNull())
            break;
        cursor = "&cursor=" + next.toString().toLatin1();
    }
    CHECK(paged == all); // every rating once, in order, and the last page says so
    const QString r7 = QString::number(rating["r7"]), r8 = QString::number(rating["r8"]),
                  r9 = QString::number(rating["r9"]), r6 = QString::number(rating["r6"]);
    // An officer its department's, a clerk its townships' points', a technician nothing.
    const QStringList shebao = listed(officerS);
    CHECK(shebao.size() == 8);
    CHECK_FALSE(shebao.contains(r8));
    CHECK_FALSE(shebao.contains(r6));
    CHECK(listed(officerM) == QStringList{r8, r6});
    CHECK(listed(clerkC) == QStringList{r9});
    CHECK(listed(clerkA).size() == 9);
    CHECK_FALSE(listed(clerkA).contains(r9));
    CHECK(send("GET", "/v1/operator/ratings", technician).status == 403);
    // Filters.
    const QStringList atB = listed(supervisor, "?point=" + pointB.toLatin1());
    CHECK(atB.size() == 3);
    CHECK(atB.contains(r8));
    CHECK(atB.contains(r6));
    CHECK(listed(supervisor, "?department=minzheng") == QStringList{r8, r6});
    CHECK(listed(supervisor, "?item=" + minzhengItem.toLatin1()) == QStringList{r8, r6});
    CHECK(listed(supervisor, "?level=4").size() == 2);
    CHECK(listed(supervisor, "?from=" + lastMonth.toString(Qt::ISODate).toLatin1() +
                                 "&to=" + lastMonth.toString(Qt::ISODate).toLatin1())
              .size() == 3);
    for (const QByteArray query :
         {"?level=9", "?level=", "?from=2026-13-01", "?from=2026-02-02&to=2026-02-01",
          "?point=junk", "?department=SheBao", "?limit=0", "?limit=501", "?cursor=abc"})
        CHECK(send("GET", "/v1/operator/ratings" + query, supervisor).status == 400);

    // ---- One rating: its case, levels and reasons; out of scope and unknown alike.
    HttpReply shown = send("GET", "/v1/operator/ratings/" + kioskRating.toLatin1(), officerS);
    REQUIRE(shown.status == 200);
    QJsonObject o = object(shown);
    CHECK(o.value(QLatin1String("case_receipt")).toString() == caseReceipt);
    CHECK(o.value(QLatin1String("case_number")).toString().startsWith(QStringLiteral("BJ")));
    CHECK(o.value(QLatin1String("kiosk_receipt")).toString() == kioskReceipt);
    const QJsonObject levels = o.value(QLatin1String("levels")).toObject();
    CHECK(levels.value(QLatin1String("overall")).toInt() == 5);
    CHECK(levels.value(QLatin1String("efficiency")).toInt() == 5);
    CHECK(levels.value(QLatin1String("attitude")).toInt() == 3);
    CHECK(levels.value(QLatin1String("competence")).isNull());
    CHECK(
        o.value(QLatin1String("reasons")).toArray().at(0).toObject().value(QLatin1String("text")) ==
        QStringLiteral("办事等待时间长"));
    CHECK(o.value(QLatin1String("follow_up")).toObject().value(QLatin1String("state")) ==
          QLatin1String("open"));
    // The case it names is the one the operator can open.
    CHECK(send("GET", "/v1/operator/cases/" + caseReceipt.toLatin1(), officerS).status == 200);
    const HttpReply otherDepartment =
        send("GET", "/v1/operator/ratings/" + r7.toLatin1(), officerM);
    CHECK(otherDepartment.status == 403);
    const HttpReply unknown = send("GET", "/v1/operator/ratings/999999", officerM);
    CHECK(unknown.status == 403);
    CHECK(unknown.body == otherDepartment.body);
    CHECK(send("GET", "/v1/operator/ratings/" + r9.toLatin1(), clerkA).status == 403);
    CHECK(send("GET", "/v1/operator/ratings/" + r9.toLatin1(), clerkC).status == 200);

    // ---- The follow-up queue: open (by due date), overdue, closed; working days.
    const auto queue = [&](const QByteArray &bearer, const QByteArray &query) {
        const HttpReply r = send("GET", "/v1/operator/followups" + query, bearer);
        REQUIRE(r.status == 200);
        return object(r).value(QLatin1String("followups")).toArray();
    };
    const QString f7 = QString::number(followUp["r7"]), f6 = QString::number(followUp["r6"]);
    QJsonArray open = queue(officerS, "?state=open");
    REQUIRE(open.size() == 2); // r7 and the kiosk's
    for (const QJsonValue &v : open) {
        const int left = v.toObject().value(QLatin1String("working_days_left")).toInt();
        CHECK(left ==
              RatingApi::workingDaysLeft(
                  chinaDate(QDateTime::currentDateTimeUtc()),
                  QDate::fromString(v.toObject().value(QLatin1String("due_date")).toString(),
                                    Qt::ISODate)));
        CHECK(left >= RatingService::followUpDays - 1); // received today (or just before midnight)
        CHECK(left <= RatingService::followUpDays);
        CHECK_FALSE(v.toObject().value(QLatin1String("overdue")).toBool());
        CHECK(
            v.toObject().value(QLatin1String("rating")).toObject().value(QLatin1String("point")) ==
            pointA);
    }
    CHECK(ids(queue(officerS, "")) == ids(open)); // open is the default
    CHECK(ids(queue(officerS, "?state=overdue")).isEmpty());
    CHECK(ids(queue(officerS, "?state=closed")).size() == 3);
    QJsonArray overdue = queue(supervisor, "?state=overdue");
    REQUIRE(ids(overdue) == QStringList{f6});
    CHECK(overdue.at(0).toObject().value(QLatin1String("overdue")).toBool());
    CHECK(overdue.at(0).toObject().value(QLatin1String("working_days_left")).toInt() < 0);
    CHECK(ids(queue(officerM, "?state=overdue")) == QStringList{f6});
    CHECK(queue(supervisor, "?state=open").size() == 4); // r6, r7, r8, the kiosk's
    // Paged by (due date, id).
    HttpReply page = send("GET", "/v1/operator/followups?state=open&limit=3", supervisor);
    REQUIRE(page.status == 200);
    const QString next = object(page).value(QLatin1String("next")).toString();
    REQUIRE_FALSE(next.isEmpty());
    QStringList both = ids(object(page).value(QLatin1String("followups")).toArray());
    both += ids(queue(supervisor, "?state=open&limit=3&cursor=" + next.toLatin1()));
    CHECK(both == ids(queue(supervisor, "?state=open")));
    CHECK(send("GET", "/v1/operator/followups?state=pending", supervisor).status == 400);
    CHECK(send("GET", "/v1/operator/followups?cursor=x", supervisor).status == 400);
    CHECK(send("GET", "/v1/operator/followups", technician).status == 403);

    // ---- Steps on r7's follow-up.
    const QByteArray steps = "/v1/operator/followups/" + f7.toLatin1();
    // What each operator may do with it now (`may`): what the console offers, and no more.
    const auto mayOf = [&](const QByteArray &bearer) {
        const HttpReply r = send("GET", "/v1/operator/ratings/" + r7.toLatin1(), bearer);
        REQUIRE(r.status == 200);
        QStringList out;
        for (const QJsonValue &v : object(r)
                                       .value(QLatin1String("follow_up"))
                                       .toObject()
                                       .value(QLatin1String("may"))
                                       .toArray())
            out.append(v.toString());
        return out;
    };
    CHECK(mayOf(officerS) == QStringList{QStringLiteral("callback")});
    CHECK(mayOf(supervisor).isEmpty()); // nothing to close yet
    CHECK(mayOf(clerkA).isEmpty());
    const QJsonObject reachedNo{{QStringLiteral("reached"), false},
                                {QStringLiteral("note"), QStringLiteral("无人接听")}};
    // Who may not: a clerk of the township, a supervisor, another department's officer; an
    // unknown follow-up answers the same.
    CHECK(send("POST", steps + "/callbacks", clerkA, reachedNo).status == 403);
    CHECK(send("POST", steps + "/callbacks", supervisor, reachedNo).status == 403);
    const HttpReply otherOfficer = send("POST", steps + "/callbacks", officerM, reachedNo);
    CHECK(otherOfficer.status == 403);
    const HttpReply noSuch =
        send("POST", "/v1/operator/followups/999999/callbacks", officerS, reachedNo);
    CHECK(noSuch.status == 403);
    CHECK(noSuch.body == otherOfficer.body);
    CHECK(send("POST", steps + "/callbacks", technician, reachedNo).status == 403);
    // Out of order: 409, nothing changes.
    const QJsonObject rectification{
        {QStringLiteral("cause"), QStringLiteral("排队叫号故障, \"临时\"改人工\n第二行")},
        {QStringLiteral("action"), QStringLiteral("更换叫号机")}};
    CHECK(send("POST", steps + "/rectification", officerS, rectification).status == 409);
    CHECK(send("POST", steps + "/close", supervisor, {}).status == 409);
    // Bad input: 400.
    CHECK(send("POST", steps + "/callbacks", officerS,
               {{QStringLiteral("note"), QStringLiteral("x")}})
              .status == 400); // reached is required
    CHECK(send("POST", steps + "/callbacks", officerS,
               {{QStringLiteral("reached"), true},
                {QStringLiteral("note"), QString(RatingService::maxTextLength + 1, u'话')}})
              .status == 400);
    CHECK(send("POST", steps + "/callbacks", officerS,
               {{QStringLiteral("reached"), true},
                {QStringLiteral("at"), now.addDays(1).toString(Qt::ISODate)}})
              .status == 400); // in the future
    CHECK(send("POST", steps + "/callbacks", officerS,
               {{QStringLiteral("reached"), true},
                {QStringLiteral("at"), now.addDays(-1).toString(Qt::ISODate)}})
              .status == 400); // before the rating reached central
    CHECK(send("POST", steps + "/callbacks", officerS,
               {{QStringLiteral("reached"), true},
                {QStringLiteral("at"),
                 now.addSecs(-60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))}})
              .status == 400); // no offset: whose clock?
    CHECK(send("POST", steps + "/callbacks", officerS,
               {{QStringLiteral("reached"), QStringLiteral("yes")}})
              .status == 400);
    // A body over 64 KiB is refused at the front.
    CHECK(httpsSend(port, pin, "POST", steps + "/callbacks", QByteArray(70 * 1024, ' ') + "{}",
                    {"Authorization: Bearer " + officerS})
              .status == 413);
    CHECK(queue(officerS, "?state=open").size() == 2);

    HttpReply step = send("POST", steps + "/callbacks", officerS, reachedNo);
    REQUIRE(step.status == 200);
    o = object(step);
    CHECK(o.value(QLatin1String("state")) == QLatin1String("called"));
    CHECK(o.value(QLatin1String("may")).toArray() ==
          QJsonArray{QStringLiteral("callback"), QStringLiteral("rectify")});
    CHECK(mayOf(supervisor).isEmpty());
    CHECK(o.value(QLatin1String("callback")).toObject().value(QLatin1String("reached")) == false);
    CHECK(o.value(QLatin1String("callback")).toObject().value(QLatin1String("note")) ==
          QStringLiteral("无人接听"));
    const QString calledAt = now.addSecs(-60).toString(Qt::ISODate);
    step = send("POST", steps + "/callbacks", officerS,
                {{QStringLiteral("reached"), true}, {QStringLiteral("at"), calledAt}});
    REQUIRE(step.status == 200);
    o = object(step).value(QLatin1String("callback")).toObject();
    CHECK(o.value(QLatin1String("attempts")).toInt() == 2);
    CHECK(o.value(QLatin1String("at")).toString() == calledAt);
    CHECK(o.value(QLatin1String("by")).toString() == QStringLiteral("officer-s"));
    CHECK(send("POST", steps + "/rectification", officerS,
               {{QStringLiteral("cause"), QStringLiteral("x")}})
              .status == 400); // action missing
    CHECK(send("POST", steps + "/rectification", officerS,
               {{QStringLiteral("cause"), QString(RatingService::maxTextLength + 1, u'因')},
                {QStringLiteral("action"), QStringLiteral("y")}})
              .status == 400);
    CHECK(send("POST", steps + "/rectification", supervisor, rectification).status == 403);
    REQUIRE(send("POST", steps + "/rectification", officerS, rectification).status == 200);
    CHECK(mayOf(officerS).isEmpty());
    CHECK(mayOf(supervisor) == QStringList{QStringLiteral("close")});
    CHECK(mayOf(clerkA).isEmpty());
    // A clerk follows how far it is, not what officers wrote.
    const QJsonArray seenByClerk = queue(clerkA, "?state=open");
    QJsonObject clerkView;
    for (const QJsonValue &v : seenByClerk)
        if (QString::number(v.toObject().value(QLatin1String("id")).toInteger()) == f7)
            clerkView = v.toObject();
    REQUIRE_FALSE(clerkView.isEmpty());
    CHECK(clerkView.value(QLatin1String("state")) == QLatin1String("rectified"));
    CHECK(clerkView.value(QLatin1String("texts")) == false);
    CHECK_FALSE(clerkView.value(QLatin1String("rectification"))
                    .toObject()
                    .contains(QLatin1String("cause")));
    CHECK_FALSE(QJsonDocument(seenByClerk).toJson().contains("叫号"));
    CHECK(send("POST", steps + "/close", officerS, {}).status == 403); // a supervisor's
    step = send("POST", steps + "/close", supervisor, {});
    REQUIRE(step.status == 200);
    o = object(step);
    CHECK(o.value(QLatin1String("state")) == QLatin1String("closed"));
    CHECK(o.value(QLatin1String("closed")).toObject().value(QLatin1String("in_time")) == true);
    CHECK(o.value(QLatin1String("working_days_left")).isNull());
    CHECK(o.value(QLatin1String("may")).toArray().isEmpty());

    // The web console's cookie session reaches these routes as it does the cases', and a step
    // taken with it needs its CSRF token, checked before anything else.
    {
        const HttpReply login =
            httpsSend(port, pin, "POST", "/v1/operator/sessions",
                      QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("sup-1")},
                                                {QStringLiteral("password"), password},
                                                {QStringLiteral("cookie"), true}})
                          .toJson(QJsonDocument::Compact),
                      {});
        REQUIRE(login.status == 201);
        const QByteArray csrf = object(login).value(QLatin1String("csrf")).toString().toLatin1();
        const auto token = QRegularExpression(QStringLiteral("^jj_operator=([A-Za-z0-9_-]{43});"))
                               .match(QString::fromLatin1(login.headers.value("set-cookie")));
        REQUIRE(token.hasMatch());
        const QByteArray cookie = "Cookie: jj_operator=" + token.captured(1).toLatin1();
        CHECK(httpsSend(port, pin, "GET", "/v1/operator/ratings/" + r7.toLatin1(), {}, {cookie})
                  .status == 200);
        CHECK(httpsSend(port, pin, "GET", "/v1/operator/ratings/figures", {}, {cookie}).status ==
              200);
        const HttpReply noCsrf = httpsSend(port, pin, "POST", steps + "/close", "{}", {cookie});
        CHECK(noCsrf.status == 403);
        CHECK(object(noCsrf).value(QLatin1String("error")) == QLatin1String("csrf"));
        // A token one character off (never the token itself: its last character may be 'A').
        const char wrongLast = csrf.endsWith('A') ? 'B' : 'A';
        CHECK(httpsSend(port, pin, "POST", steps + "/close", "{}",
                        {cookie, "X-CSRF-Token: " + csrf.left(csrf.size() - 1) + wrongLast})
                  .status == 403);
        // With it the step itself is judged: closing twice is 409.
        CHECK(
            httpsSend(port, pin, "POST", steps + "/close", "{}", {cookie, "X-CSRF-Token: " + csrf})
                .status == 409);
        CHECK(httpsSend(port, pin, "GET", "/v1/operator/ratings", {}, {"Cookie: jj_operator=x"})
                  .status == 401);
    }
    const HttpReply twice = send("POST", steps + "/close", supervisor, {});
    CHECK(twice.status == 409);
    CHECK(object(twice).value(QLatin1String("error")) == QLatin1String("state"));

    // ---- Figures: per China month across the boundary, per point and department.
    const QByteArray period =
        "?from=" + lastMonth.addMonths(-1).toString(Qt::ISODate).toLatin1() +
        "&to=" + lastMonth.addMonths(1).addDays(-1).toString(Qt::ISODate).toLatin1();
    HttpReply figures = send("GET", "/v1/operator/ratings/figures" + period, supervisor);
    REQUIRE(figures.status == 200);
    o = object(figures);
    const auto group = [](const QJsonArray &groups, const char *key, const QString &value) {
        for (const QJsonValue &v : groups)
            if (v.toObject().value(QLatin1String(key)).toString() == value)
                return v.toObject();
        return QJsonObject();
    };
    const QJsonArray months = o.value(QLatin1String("by_month")).toArray();
    REQUIRE(months.size() == 2);
    const QJsonObject mBefore = group(months, "month", monthBefore);
    const QJsonObject mAfter = group(months, "month", monthAfter);
    CHECK(mBefore.value(QLatin1String("ratings")).toInt() == 3);
    CHECK(mBefore.value(QLatin1String("satisfied")).toInt() == 1);
    CHECK(mBefore.value(QLatin1String("bad")).toInt() == 2);
    CHECK(mBefore.value(QLatin1String("closed_in_time")).toInt() == 1);
    CHECK(mBefore.value(QLatin1String("closed_late")).toInt() == 1);
    CHECK(mBefore.value(QLatin1String("rectification_rate")).toDouble() == Approx(0.5));
    CHECK(mBefore.value(QLatin1String("satisfaction_rate")).toDouble() == Approx(1.0 / 3.0));
    CHECK(mAfter.value(QLatin1String("ratings")).toInt() == 3);
    CHECK(mAfter.value(QLatin1String("satisfied")).toInt() == 1);
    CHECK(mAfter.value(QLatin1String("bad")).toInt() == 2);
    CHECK(mAfter.value(QLatin1String("closed_in_time")).toInt() == 1);
    CHECK(mAfter.value(QLatin1String("open")).toInt() == 1);
    CHECK(mAfter.value(QLatin1String("overdue")).toInt() == 1);
    CHECK(mAfter.value(QLatin1String("rectification_rate")).toDouble() == Approx(0.5));
    const QJsonObject whole = o.value(QLatin1String("all")).toObject();
    CHECK(whole.value(QLatin1String("ratings")).toInt() == 6);
    CHECK(whole.value(QLatin1String("rectification_rate")).toDouble() == Approx(0.5));
    CHECK(group(o.value(QLatin1String("by_point")).toArray(), "point", pointB)
              .value(QLatin1String("ratings"))
              .toInt() == 2);
    CHECK(group(o.value(QLatin1String("by_department")).toArray(), "department",
                QStringLiteral("minzheng"))
              .value(QLatin1String("rectification_rate"))
              .toDouble() == 0.0);
    // An officer's figures are its department's; a chart's months without ratings are zeros.
    figures = send("GET",
                   "/v1/operator/ratings/figures?from=" +
                       lastMonth.addMonths(-2).toString(Qt::ISODate).toLatin1() +
                       "&to=" + today.toString(Qt::ISODate).toLatin1(),
                   officerM);
    REQUIRE(figures.status == 200);
    o = object(figures);
    CHECK(o.value(QLatin1String("all")).toObject().value(QLatin1String("ratings")).toInt() == 2);
    CHECK(o.value(QLatin1String("by_month")).toArray().size() == 5);
    CHECK(group(o.value(QLatin1String("by_month")).toArray(), "month",
                lastMonth.addMonths(-2).toString(QStringLiteral("yyyy-MM")))
              .value(QLatin1String("satisfaction_rate"))
              .isNull());
    CHECK(send("GET", "/v1/operator/ratings/figures", clerkC).status == 200);
    CHECK(send("GET", "/v1/operator/ratings/figures?to=x", supervisor).status == 400);
    CHECK(send("GET", "/v1/operator/ratings/figures", technician).status == 403);

    // ---- Export: RATINGS.md's fields; CSV with a BOM that parses back; role and scope.
    HttpReply csv = send("GET", "/v1/operator/ratings/export?format=csv", supervisor);
    REQUIRE(csv.status == 200);
    CHECK(csv.headers.value("content-type").startsWith("text/csv"));
    CHECK(csv.headers.value("content-disposition").contains("attachment"));
    REQUIRE(csv.body.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.body.mid(3)));
    REQUIRE(rows.size() == 1 + 10);
    CHECK(rows.at(0) == RatingExport::fields());
    const qsizetype causeColumn =
        RatingExport::fields().indexOf(QStringLiteral("rectification_cause"));
    const qsizetype caseColumn = RatingExport::fields().indexOf(QStringLiteral("case_number"));
    int withCause = 0, withCase = 0;
    for (const QStringList &row : rows.mid(1)) {
        REQUIRE(row.size() == RatingExport::fields().size());
        withCause += row.at(causeColumn) == rectification.value(QLatin1String("cause")).toString();
        withCase += row.at(caseColumn).startsWith(QStringLiteral("BJ"));
    }
    CHECK(withCause == 1); // comma, quotes and a line break back as typed
    CHECK(withCase == 1);
    HttpReply json = send(
        "GET", "/v1/operator/ratings/export?format=json" + period.mid(1).prepend("&"), officerS);
    REQUIRE(json.status == 200);
    const QJsonArray exported = QJsonDocument::fromJson(json.body).array();
    CHECK(exported.size() == 5); // shebao's of the two months
    for (const QJsonValue &v : exported)
        CHECK(v.toObject().value(QLatin1String("department_code")) == QLatin1String("shebao"));
    CHECK(send("GET", "/v1/operator/ratings/export?format=csv", clerkA).status == 403);
    CHECK(send("GET", "/v1/operator/ratings/export?format=xml", supervisor).status == 400);
    CHECK(send("GET", "/v1/operator/ratings/export", supervisor).status == 400);

    // ---- Stale sessions: logged out, and idle past 30 minutes.
    CHECK(send("DELETE", "/v1/operator/sessions/current", clerkC).status == 204);
    CHECK(send("GET", "/v1/operator/ratings", clerkC).status == 401);
    ageOperatorSession(dir, OperatorService::tokenHash(officerM), 31 * 60);
    CHECK(send("GET", "/v1/operator/followups", officerM).status == 401);
    CHECK(
        send("POST", "/v1/operator/followups/" + f6.toLatin1() + "/callbacks", officerM, reachedNo)
            .status == 401);
    CHECK(send("GET", "/v1/operator/ratings", {}).status == 401);

    serve.terminate();
    REQUIRE(serve.waitForFinished(30000));
    CHECK(serve.exitCode() == 0);

    // Every step on the chain with who did it, the export too; officers' texts only hashed.
    const CliRun verify =
        gatewayCli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + data);
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    QStringList entries, details;
    for (const gateway::AuditRow &row : auditEntries(dir)) {
        details.append(row.detail);
        if (row.subject == QStringLiteral("followup/") + f7 ||
            row.action == QLatin1String("ratings.export"))
            entries.append(row.actor + u' ' + row.action);
    }
    CHECK(entries ==
          QStringList{
              QStringLiteral("intake followup.open"), QStringLiteral("officer-s followup.callback"),
              QStringLiteral("officer-s followup.callback"),
              QStringLiteral("officer-s followup.rectify"), QStringLiteral("sup-1 followup.close"),
              QStringLiteral("sup-1 ratings.export"), QStringLiteral("officer-s ratings.export")});
    CHECK_FALSE(details.join(u'|').contains(QStringLiteral("叫号")));
    CHECK_FALSE(details.join(u'|').contains(QStringLiteral("无人接听")));
}
