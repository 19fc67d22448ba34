// 好差评 at central: rating rows through real intake (linked to their case whatever the arrival
// order), indicators optional, the follow-up (回访整改) of every 差评 with its steps in order and
// on the audit chain, the figures (整改率, satisfaction), and the CLI's list, steps and export
// against sync/protocol/RATINGS.md.
#include "gatewayfixture.h"
#include "kioskfixture.h"

#include "auditchain.h"
#include "casechanges.h"
#include "caseservice.h"
#include "cataloguepublisher.h"
#include "database.h"
#include "intakerecords.h"
#include "migrations.h"
#include "operatorroles.h"
#include "operatorservice.h"
#include "outboxstore.h"
#include "ratingexport.h"
#include "ratingservice.h"
#include "sqlitecentralstorage.h"
#include "submissionservice.h"
#include "workcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;
using gateway::AuditChain;
using gateway::CaseService;
using gateway::RatingEntry;
using gateway::RatingFilter;
using gateway::RatingService;
using protocol::Outcome;
using protocol::Suite;

namespace {

const QString pointA = QStringLiteral("150525203000-01");
const QString pointB = QStringLiteral("150525203000-02");

/** A kiosk sealing to the gateway's central key, as jiujin-kiosk does. */
struct RatingKiosk : TestKiosk
{
    RatingKiosk(const TestGateway &gateway, Suite suite) : TestKiosk(suite)
    {
        REQUIRE(store
                    ->setSetting(QStringLiteral("central.public_key"),
                                 QString::fromLatin1(gateway.keys->centralKey(suite).publicPem()))
                    .ok());
        service = std::make_unique<SubmissionService>(*db, [] { return testNow(); });
    }
    /** Applies (with its attachments uploaded); the queued uuid and kiosk receipt. */
    Queued apply(const TestGateway &gateway, const TestDevice &device)
    {
        auto queued = service->submit(unemployment());
        REQUIRE(queued.ok());
        const auto sealed = OutboxStore(*db).sealed(queued->uuid);
        REQUIRE(sealed.has_value());
        for (int i = 0; i < sealed->attachments.size(); ++i)
            REQUIRE(
                device.upload(gateway, queued->uuid, i, sealed->attachments.at(i), gateway.nowSecs)
                    .status == 204);
        return queued.value();
    }
    protocol::WireRecord wire(const QString &uuid)
    {
        const auto sealed = OutboxStore(*db).sealed(uuid);
        REQUIRE(sealed.has_value());
        return {sealed->uuid,      sealed->meta,    sealed->suite,
                sealed->keyHeader, sealed->payload, sealed->attachments};
    }
    std::unique_ptr<SubmissionService> service;
};

QList<Outcome> push(const TestGateway &gateway, const TestDevice &device,
                    const QList<protocol::WireRecord> &records)
{
    const HttpReply reply =
        device.push(gateway, "/v1/submissions",
                    protocol::encode(protocol::SubmissionBatch{records}), gateway.nowSecs);
    REQUIRE(reply.status == 200);
    auto result = protocol::decodeBatchResult(reply.body);
    REQUIRE(result.ok());
    QList<Outcome> out;
    for (const auto &r : result->results)
        out.append(r.status);
    return out;
}

/** Central's storage in a temporary directory with the seed catalogue published. */
struct RatingDb
{
    RatingDb()
    {
        REQUIRE(dir.isValid());
        auto opened = openTestCentral(dir.filePath(QStringLiteral("c.db")));
        REQUIRE(opened.ok());
        storage = std::move(opened.value());
        REQUIRE(CataloguePublisher(*storage).publish(seedCatalogue(), testNow()).ok());
    }

    /** A rating as intake hands it over (in intake's transaction). */
    RatingEntry rate(const QString &point, const QJsonObject &body, const QDateTime &now)
    {
        SubmissionRow row;
        row.device = QStringLiteral("dev-1");
        row.uuid = QStringLiteral("rating-%1").arg(++count);
        row.kind = QStringLiteral("rating");
        row.item = QLatin1String(unemploymentItem);
        row.point = point;
        row.status = QStringLiteral("accepted");
        const QByteArray meta =
            QJsonDocument(
                QJsonObject{{QStringLiteral("refers_to"), QStringLiteral("20301-%1-0").arg(count)},
                            {QStringLiteral("created"), now.toString(Qt::ISODateWithMs)}})
                .toJson(QJsonDocument::Compact);
        auto tx = storage->begin(gateway::Access::Write);
        REQUIRE(tx.ok());
        REQUIRE(RatingService::payloadProblem(body).isEmpty());
        auto entry = RatingService(*storage).receive(row, meta, body, now);
        INFO((entry.ok() ? QString() : entry.error().message).toStdString());
        REQUIRE(entry.ok());
        REQUIRE(tx.value()->commit().ok());
        return entry.value();
    }

    QTemporaryDir dir;
    std::unique_ptr<gateway::CentralStorage> storage;
    int count = 0;
};

QJsonObject level(int overall, const QJsonObject &indicators = {})
{
    QJsonObject o{{QStringLiteral("level"), overall}, {QStringLiteral("reasons"), QJsonArray()}};
    if (!indicators.isEmpty())
        o.insert(QStringLiteral("indicators"), indicators);
    return o;
}

/** The field names of RATINGS.md's table, in order. */
QStringList documentedFields()
{
    QFile doc(QStringLiteral(JIUJIN_RATINGS_MD));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype at = text.indexOf(QLatin1String("## Fields"));
    REQUIRE(at >= 0);
    QStringList names;
    static const QRegularExpression row(QStringLiteral("^\\| `([a-z_]+)` \\|"),
                                        QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(text.mid(at)); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

/** RFC 4180 records of @p text (CRLF or LF line ends; quoted fields with "" and line breaks). */
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !quoted) {
            inQuotes = quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            quoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            quoted = false;
        } else {
            REQUIRE_FALSE(c == QLatin1Char('"')); // a bare quote inside an unquoted field
            field += c;
        }
    }
    REQUIRE_FALSE(inQuotes);
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

TEST_CASE("Ratings: through real intake a rating becomes a row linked to its case, whichever "
          "arrives first; a 差评 opens a follow-up due in 15 working days",
          "[gateway-ratings]")
{
    TestGateway gateway;
    gateway.publish(seedCatalogue());
    const TestDevice device(gateway, gateway.token(QStringLiteral("intl")), Suite::Intl);
    RatingKiosk kiosk(gateway, Suite::Intl);
    const protocol::Key &centralKey = gateway.keys->centralKey(Suite::Intl);

    // The kiosk rates an application before either has gone up; the rating reaches central
    // first (another batch, cut after it), with an indicator.
    const auto a = kiosk.apply(gateway, device);
    auto ratedA = kiosk.service->rate(a.receipt, 5, {QStringLiteral("wait_too_long")},
                                      {{QStringLiteral("attitude"), 4}});
    REQUIRE(ratedA.ok());
    CHECK(push(gateway, device, {kiosk.wire(ratedA.value())}) == QList{Outcome::Accepted});
    {
        auto storage = gateway::openGatewayStorage(gateway.dir.path());
        REQUIRE(storage.ok());
        const auto rows = RatingService(*storage.value()).list({}).value();
        REQUIRE(rows.size() == 1);
        CHECK_FALSE(rows.at(0).rating.caseId.has_value()); // its case is not there yet
        REQUIRE(rows.at(0).followUp.has_value());          // the follow-up does not wait
    }
    gateway.nowSecs += 3600;
    CHECK(push(gateway, device, {kiosk.wire(a.uuid)}) == QList{Outcome::Accepted});

    // Application then rating in one batch, the rating as a kiosk from before the indicators
    // seals it (overall level only): accepted and linked at once, no follow-up for a 满意.
    const auto b = kiosk.apply(gateway, device);
    const QJsonObject oldPayload{{QStringLiteral("level"), 2},
                                 {QStringLiteral("reasons"), QJsonArray()}};
    const auto oldRating =
        craftRecord(centralKey, Suite::Intl, QStringLiteral("rating"), oldPayload, testNow(),
                    {{QStringLiteral("refers_to"), b.receipt}});
    // Indicators central does not know, or out of range, are refused (never stored).
    const auto craft = [&](const QJsonObject &indicators) {
        QJsonObject body = oldPayload;
        body.insert(QStringLiteral("indicators"), indicators);
        return craftRecord(centralKey, Suite::Intl, QStringLiteral("rating"), body, testNow(),
                           {{QStringLiteral("refers_to"), b.receipt}});
    };
    CHECK(push(gateway, device,
               {kiosk.wire(b.uuid), oldRating, craft({{QStringLiteral("speed"), 3}}),
                craft({{QStringLiteral("attitude"), 6}}),
                craft({{QStringLiteral("attitude"), QStringLiteral("4")}})}) ==
          QList{Outcome::Accepted, Outcome::Accepted, Outcome::Rejected, Outcome::Rejected,
                Outcome::Rejected});

    auto storage = gateway::openGatewayStorage(gateway.dir.path());
    REQUIRE(storage.ok());
    const auto caseA = storage.value()->cases().caseOf(device.enrolled.deviceId, a.uuid).value();
    const auto caseB = storage.value()->cases().caseOf(device.enrolled.deviceId, b.uuid).value();
    REQUIRE(caseA.has_value());
    REQUIRE(caseB.has_value());
    const auto rows = RatingService(*storage.value()).list({}).value();
    REQUIRE(rows.size() == 2);
    const gateway::RatingRow &first = rows.at(0).rating;
    CHECK(first.uuid == ratedA.value());
    CHECK(first.caseId == caseA->id); // linked when its case arrived
    CHECK(first.caseNumber == caseA->number);
    CHECK(first.refersTo == a.receipt);
    CHECK(first.point == pointA);
    CHECK(first.department == QLatin1String("shebao"));
    CHECK(first.level == 5);
    CHECK(first.attitude == 4);
    CHECK(first.efficiency == 0);
    CHECK(first.competence == 0);
    CHECK(first.reasons == QStringList{QStringLiteral("wait_too_long")});
    REQUIRE(rows.at(0).followUp.has_value());
    const gateway::FollowUpRow &f = *rows.at(0).followUp;
    CHECK(f.state == RatingService::open);
    CHECK(f.department == QLatin1String("shebao"));
    CHECK(f.dueDate == WorkCalendar::china().addWorkingDays(WorkCalendar::chinaDate(testNow()),
                                                            RatingService::followUpDays));
    CHECK(f.dueDate > WorkCalendar::chinaDate(testNow()).addDays(15 + 4)); // weekends skipped

    const gateway::RatingRow &second = rows.at(1).rating;
    CHECK(second.caseId == caseB->id);
    CHECK(second.level == 2);
    CHECK(second.attitude == 0);
    CHECK_FALSE(rows.at(1).followUp.has_value());

    auto verified = AuditChain(*storage.value()).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt.has_value());
    CHECK(verified->entries == 2 + 1); // two case.open, one followup.open

    // The point's kiosks get its public figure with their case updates: one 满意 of two.
    const HttpReply changes =
        device.send(gateway, "GET", "/v1/cases/changes?since=0", {}, gateway.nowSecs);
    REQUIRE(changes.status == 200);
    auto opened = protocol::openCaseChanges(gateway.keys->receiptKey(Suite::Intl), changes.body);
    REQUIRE(opened.ok());
    REQUIRE(opened->figures.contains(QStringLiteral("satisfaction_90d")));
    CHECK(opened->figures.value(QStringLiteral("satisfaction_90d")).count == 2);
    CHECK(opened->figures.value(QStringLiteral("satisfaction_90d")).rate == 0.5);
}

TEST_CASE("Ratings: follow-up steps in order only, each audited; 整改率 and satisfaction figures",
          "[gateway-ratings]")
{
    RatingDb db;
    // Relative to now: whatever day this runs, the limits are counted on the calendar.
    const QDateTime t0 =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentDateTimeUtc().toSecsSinceEpoch(), Qt::UTC);
    const auto r1 = db.rate(pointA, level(5), t0);
    const auto r2 = db.rate(pointA, level(4), t0);
    const auto r3 = db.rate(pointA, level(1), t0);
    // 满意 overall but 非常不满意 in one indicator: a 差评 too.
    const auto r4 = db.rate(pointB, level(2, {{QStringLiteral("efficiency"), 5}}), t0);
    const auto r5 = db.rate(pointB, level(3, {{QStringLiteral("competence"), 3}}), t0);
    REQUIRE(r1.followUp);
    REQUIRE(r2.followUp);
    CHECK_FALSE(r3.followUp);
    REQUIRE(r4.followUp);
    CHECK_FALSE(r5.followUp);
    const QDate due = r1.followUp->dueDate;
    CHECK(due == WorkCalendar::china().addWorkingDays(WorkCalendar::chinaDate(t0), 15));

    RatingService service(*db.storage);
    const qint64 id1 = r1.followUp->id, id2 = r2.followUp->id, id4 = r4.followUp->id;
    const auto account = [](const char *id, const QString &role, const QStringList &scope) {
        gateway::OperatorRow row;
        row.id = QString::fromLatin1(id);
        row.role = role;
        row.scope = scope;
        return row;
    };
    const gateway::OperatorRow op =
        account("officer-3", gateway::OperatorRoles::officer, {QStringLiteral("shebao")});
    const gateway::OperatorRow sup =
        account("supervisor-1", gateway::OperatorRoles::supervisor, {});
    const gateway::OperatorRow otherOfficer =
        account("officer-9", gateway::OperatorRoles::officer, {QStringLiteral("minzheng")});
    const gateway::OperatorRow clerk =
        account("clerk-1", gateway::OperatorRoles::clerk, {QStringLiteral("150525203")});
    const QString cause = QStringLiteral("窗口人手不足"), action = QStringLiteral("增设导办员");
    // Out of order: nothing changes.
    CHECK(service.close(id1, sup, t0).error().code == Error::Invalid);
    CHECK(service.rectify(id1, op, cause, action, t0).error().code == Error::Invalid);
    CHECK(service.callBack(99999, op, true, {}, t0, t0).error().code == Error::NotFound);
    // Not the follow-up's department's officer, a clerk, a supervisor: refused before the state
    // is looked at; an officer does not close. The one check for the CLI and the API.
    CHECK(service.callBack(id1, otherOfficer, true, {}, t0, t0).error().code == Error::Forbidden);
    CHECK(service.callBack(id1, clerk, true, {}, t0, t0).error().code == Error::Forbidden);
    CHECK(service.callBack(id1, sup, true, {}, t0, t0).error().code == Error::Forbidden);
    CHECK(service.close(id1, op, t0).error().code == Error::Forbidden);
    gateway::OperatorRow disabled = op;
    disabled.enabled = false;
    CHECK(service.callBack(id1, disabled, true, {}, t0, t0).error().code == Error::Forbidden);
    // Texts are bounded; a call is not in the future nor before the rating arrived.
    CHECK(service.callBack(id1, op, true, QString(RatingService::maxTextLength + 1, u'话'), t0, t0)
              .error()
              .code == Error::Invalid);
    CHECK(service.callBack(id1, op, true, {}, t0.addSecs(3600), t0).error().code == Error::Invalid);
    CHECK(service.callBack(id1, op, true, {}, t0.addSecs(-3600), t0).error().code ==
          Error::Invalid);
    CHECK(db.storage->ratings().followUp(id1).value()->followUp->state == RatingService::open);

    // Not reached, then reached: both recorded; then the cause, then closed within the limit.
    REQUIRE(service.callBack(id1, op, false, QStringLiteral("无人接听"), t0, t0).ok());
    auto called =
        service.callBack(id1, op, true, QStringLiteral("已说明"), t0.addSecs(300), t0.addSecs(600));
    REQUIRE(called.ok());
    CHECK(called->callAttempts == 2);
    CHECK(called->reached);
    CHECK(called->calledAt == t0.addSecs(300)); // when the call was made, not when recorded
    CHECK(service.close(id1, sup, t0).error().code == Error::Invalid); // not rectified yet
    CHECK(service.rectify(id1, op, QStringLiteral(" "), action, t0).error().code == Error::Invalid);
    CHECK(service.rectify(id1, op, cause, QString(RatingService::maxTextLength + 1, u'改'), t0)
              .error()
              .code == Error::Invalid);
    REQUIRE(service.rectify(id1, op, cause, action, t0.addSecs(3600)).ok());
    CHECK(service.callBack(id1, op, true, {}, t0, t0).error().code == Error::Invalid);
    auto closed = service.close(id1, sup, t0.addDays(1));
    REQUIRE(closed.ok());
    CHECK(closed->closedBy == sup.id);
    CHECK(RatingService::closedInTime(closed.value()));
    CHECK(service.close(id1, sup, t0.addDays(1)).error().code == Error::Invalid);

    // The second closed the day after its limit: late.
    const QDateTime afterDue(due.addDays(1), QTime(2, 0), Qt::UTC);
    REQUIRE(service.callBack(id2, op, true, {}, t0, t0).ok());
    REQUIRE(service.rectify(id2, op, cause, action, t0).ok());
    auto late = service.close(id2, sup, afterDue);
    REQUIRE(late.ok());
    CHECK_FALSE(RatingService::closedInTime(late.value()));

    // 整改率 = closed within the limit / all 差评: 1 of 3; the third is overdue after its limit.
    auto figures = service.figures({}, afterDue);
    REQUIRE(figures.ok());
    const RatingService::Rectification &r = figures->all.rectification;
    CHECK(r.bad == 3);
    CHECK(r.closedInTime == 1);
    CHECK(r.closedLate == 1);
    CHECK(r.open == 1);
    CHECK(r.overdue == 1);
    CHECK(db.storage->ratings().followUp(id4).value()->followUp->state == RatingService::open);
    REQUIRE(r.rate().has_value());
    CHECK(*r.rate() == Approx(1.0 / 3.0));
    CHECK(service.figures({}, t0).value().all.rectification.overdue == 0);
    // Satisfaction: (非常满意 + 满意) / all, of the overall levels, per point, department, month.
    CHECK(figures->all.satisfaction.satisfied == 2);
    CHECK(figures->all.satisfaction.total == 5);
    CHECK(figures->byPoint.value(pointA).satisfaction.satisfied == 1);
    CHECK(figures->byPoint.value(pointA).satisfaction.total == 3);
    CHECK(figures->byPoint.value(pointA).rectification.bad == 2);
    CHECK(figures->byPoint.value(pointA).rectification.closedInTime == 1);
    CHECK(figures->byPoint.value(pointB).satisfaction.satisfied == 1);
    CHECK(figures->byPoint.value(pointB).satisfaction.total == 2);
    CHECK(figures->byPoint.value(pointB).rectification.overdue == 1);
    CHECK(figures->byDepartment.value(QStringLiteral("shebao")).satisfaction.total == 5);
    const QString month = WorkCalendar::chinaDate(t0).toString(QStringLiteral("yyyy-MM"));
    CHECK(figures->byMonth.value(month).satisfaction.total == 5);
    RatingFilter onlyB;
    onlyB.point = pointB;
    CHECK(service.figures(onlyB, afterDue).value().all.rectification.bad == 1);

    // The public figure of a point: the last 90 days only.
    auto pub = service.pointSatisfaction(pointA, t0.addDays(1));
    REQUIRE(pub.ok());
    CHECK(pub->count == 3);
    CHECK(pub->rate == Approx(1.0 / 3.0));
    CHECK(service.pointSatisfaction(pointA, t0.addDays(91)).value().count == 0);
    CHECK(service.pointSatisfaction(QStringLiteral("no-such-point"), t0).value().count == 0);

    // Every opening and step is on the chain, which verifies; officers' texts are not in it.
    auto verified = AuditChain(*db.storage).verify();
    REQUIRE(verified.ok());
    CHECK_FALSE(verified->brokenAt.has_value());
    CHECK(verified->entries == 3 + 4 + 3);
    const auto entries = db.storage->auditLog().entries(0, 100).value();
    for (const auto &e : entries)
        CHECK_FALSE(e.detail.contains(cause));
}

TEST_CASE("Ratings: rating list, follow-up steps, stats and export as a process; the export's "
          "fields are RATINGS.md's, its CSV RFC 4180",
          "[gateway-ratings]")
{
    TestGateway gateway;
    const QStringList fields = documentedFields();
    REQUIRE(fields.size() >= 20);
    CHECK(fields == gateway::RatingExport::fields());
    // Ratings made now (the CLI's clock is the wall clock), through a second connection.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 badId = 0;
    {
        auto storage = gateway::openGatewayStorage(gateway.dir.path());
        REQUIRE(storage.ok());
        REQUIRE(CataloguePublisher(*storage.value()).publish(seedCatalogue(), now).ok());
        RatingDb db; // for its rate(); the rows go to the gateway's database
        db.storage = std::move(storage.value());
        badId =
            db.rate(pointA,
                    QJsonObject{{QStringLiteral("level"), 5},
                                {QStringLiteral("reasons"),
                                 QJsonArray{QStringLiteral("attitude"), QStringLiteral("other")}},
                                {QStringLiteral("indicators"),
                                 QJsonObject{{QStringLiteral("attitude"), 5}}}},
                    now)
                .followUp->id;
        db.rate(pointB, level(1), now);
        // The accounts --operator names: the steps are checked against their roles.
        auto sealKey = gateway::OperatorService::loadSealKey(gateway.dir.path());
        REQUIRE(sealKey.ok());
        gateway::OperatorService ops(*db.storage, sealKey.value());
        for (const auto &[id, role, scope] :
             {std::tuple{QStringLiteral("officer-3"), gateway::OperatorRoles::officer,
                         QStringList{QStringLiteral("shebao")}},
              std::tuple{QStringLiteral("supervisor-1"), gateway::OperatorRoles::supervisor,
                         QStringList{}}})
            REQUIRE(ops.add({id, {}, role, scope, false}, QStringLiteral("a-long-password"),
                            QStringLiteral("test"), now)
                        .ok());
    }
    const QStringList data{QStringLiteral("--data-dir"), gateway.dir.path()};
    const auto cli = [&](const QStringList &args) {
        const CliRun run = gatewayCli(args + data);
        INFO(run.err.toStdString());
        return run;
    };
    const QString id = QString::number(badId);
    CliRun run =
        cli({QStringLiteral("rating"), QStringLiteral("list"), QStringLiteral("--point"), pointA});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(pointA.toUtf8()));
    CHECK_FALSE(run.out.contains(pointB.toUtf8()));
    run = cli({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--open")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.split('\n').size() == 3); // header, one follow-up, the end

    // Steps: out of order refused; a text with commas, quotes and a line break kept as typed.
    const QString cause = QStringLiteral("排队叫号系统故障, \"临时\"改为人工\n第二行");
    CHECK(cli({QStringLiteral("followup"), QStringLiteral("close"), id,
               QStringLiteral("--operator"), QStringLiteral("supervisor-1")})
              .exitCode != 0);
    CHECK(cli({QStringLiteral("followup"), QStringLiteral("callback"), id,
               QStringLiteral("--operator"), QStringLiteral("officer-3")})
              .exitCode != 0); // --reached is required
    // The command line asks the same check as the operator API: no account, a supervisor
    // calling back, an officer closing: refused.
    for (const auto &[verb, op] :
         {std::pair{QStringLiteral("callback"), QStringLiteral("nobody")},
          std::pair{QStringLiteral("callback"), QStringLiteral("supervisor-1")}}) {
        const CliRun refused =
            cli({QStringLiteral("followup"), verb, id, QStringLiteral("--operator"), op,
                 QStringLiteral("--reached"), QStringLiteral("yes")});
        CHECK(refused.exitCode != 0);
        CHECK_FALSE(refused.err.isEmpty());
    }
    REQUIRE(
        cli({QStringLiteral("followup"), QStringLiteral("callback"), id,
             QStringLiteral("--operator"), QStringLiteral("officer-3"), QStringLiteral("--reached"),
             QStringLiteral("yes"), QStringLiteral("--note"), QStringLiteral("已致歉")})
            .exitCode == 0);
    REQUIRE(
        cli({QStringLiteral("followup"), QStringLiteral("rectify"), id,
             QStringLiteral("--operator"), QStringLiteral("officer-3"), QStringLiteral("--cause"),
             cause, QStringLiteral("--action"), QStringLiteral("更换设备")})
            .exitCode == 0);
    CHECK(cli({QStringLiteral("followup"), QStringLiteral("close"), id,
               QStringLiteral("--operator"), QStringLiteral("officer-3")})
              .exitCode != 0); // closing is a supervisor's
    REQUIRE(cli({QStringLiteral("followup"), QStringLiteral("close"), id,
                 QStringLiteral("--operator"), QStringLiteral("supervisor-1")})
                .exitCode == 0);
    run = cli({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--open")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.split('\n').size() == 2); // the header only

    run =
        cli({QStringLiteral("rating"), QStringLiteral("stats"), QStringLiteral("--point"), pointA});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("rectification_rate\t100.0%\t1/1"));
    CHECK(run.out.contains("public_90_days\t0.0%\t1"));
    run = cli({QStringLiteral("rating"), QStringLiteral("stats")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("satisfaction\t50.0%\t1/2"));

    // JSON: exactly the documented fields, in every record.
    const QString today = WorkCalendar::chinaDate(now).toString(Qt::ISODate);
    run = cli({QStringLiteral("rating"), QStringLiteral("export"), QStringLiteral("--format"),
               QStringLiteral("json"), QStringLiteral("--from"), today, QStringLiteral("--to"),
               today});
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    REQUIRE(doc.array().size() == 2);
    for (const QJsonValue &v : doc.array()) {
        QStringList keys = v.toObject().keys();
        QStringList sorted = fields;
        sorted.sort();
        CHECK(keys == sorted);
    }
    const QJsonObject bad = doc.array().at(0).toObject();
    CHECK(bad.value(QLatin1String("channel")).toString() == QStringLiteral("自助终端"));
    CHECK(bad.value(QLatin1String("overall_level")).toInt() == 5);
    CHECK(bad.value(QLatin1String("attitude_level")).toInt() == 5);
    CHECK(bad.value(QLatin1String("efficiency_level")).isNull());
    CHECK(bad.value(QLatin1String("rectification_cause")).toString() == cause);
    CHECK(bad.value(QLatin1String("closed_in_time")).toBool());
    CHECK(bad.value(QLatin1String("reason_texts")).toArray().at(0).toString() ==
          QStringLiteral("工作人员态度不好"));
    CHECK(doc.array().at(1).toObject().value(QLatin1String("followup_state")).isNull());
    // Another period: nothing.
    run = cli({QStringLiteral("rating"), QStringLiteral("export"), QStringLiteral("--format"),
               QStringLiteral("json"), QStringLiteral("--to"),
               WorkCalendar::chinaDate(now).addDays(-1).toString(Qt::ISODate)});
    REQUIRE(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out).array().isEmpty());

    // CSV: a BOM, CRLF, the documented header, and the text back as it was.
    run = cli({QStringLiteral("rating"), QStringLiteral("export"), QStringLiteral("--format"),
               QStringLiteral("csv")});
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.out.startsWith("\xEF\xBB\xBF"));
    CHECK(run.out.contains("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(run.out.mid(3)));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) == fields);
    for (const QStringList &row : rows)
        CHECK(row.size() == fields.size());
    const auto column = [&](const char *name) { return fields.indexOf(QLatin1String(name)); };
    CHECK(rows.at(1).at(column("rectification_cause")) == cause);
    CHECK(rows.at(1).at(column("reason_codes")) == QStringLiteral("attitude;other"));
    CHECK(rows.at(1).at(column("efficiency_level")).isEmpty());
    CHECK(rows.at(1).at(column("closed_in_time")) == QStringLiteral("true"));
    CHECK(rows.at(2).at(column("channel")) == QStringLiteral("自助终端"));
    CHECK(cli({QStringLiteral("rating"), QStringLiteral("export"), QStringLiteral("--format"),
               QStringLiteral("xml")})
              .exitCode != 0);

    run = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("verifies"));
}

TEST_CASE("Ratings: migration 005 indexes the kiosk receipts of applications stored before it, "
          "so their ratings still find their case",
          "[gateway-ratings][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gateway.db"));
    const QString device = QStringLiteral("jj-00000000000000b2");
    const QString receipt = QStringLiteral("20301-000009-6");
    {
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        REQUIRE(
            migrate(*raw.value(), 2, QStringLiteral(":/jiujin/central/sqlite/migrations")).ok());
        const QByteArray meta =
            QJsonDocument(QJsonObject{{QStringLiteral("receipt"), receipt},
                                      {QStringLiteral("kind"), QStringLiteral("submission")}})
                .toJson(QJsonDocument::Compact);
        const QByteArray record =
            QJsonDocument(QJsonObject{{QStringLiteral("meta"), QString::fromUtf8(meta)}})
                .toJson(QJsonDocument::Compact);
        Statement d = raw.value()->prepare(
            "INSERT INTO devices(id, point, suite, signing_key, certificate, csr_key, enrolled_at)"
            " VALUES (?, '150525203000-01', 'intl', 'K', 'C', 'R', 1)");
        d.bind(1, device);
        REQUIRE(d.run().ok());
        // Two accepted applications: one whose stored record is not JSON (skipped, not fatal).
        for (const auto &[uuid, body] :
             {std::pair{QStringLiteral("u-1"), record},
              std::pair{QStringLiteral("u-2"), QByteArray("\x01not json")}}) {
            Statement s = raw.value()->prepare(
                "INSERT INTO submissions(device, uuid, kind, item, point, suite, status, receipt,"
                " received_at, record) VALUES (?, ?, 'submission', ?, '150525203000-01', 'intl',"
                " 'accepted', ?, 1, ?)");
            s.bind(1, device).bind(2, uuid).bind(3, QString::fromLatin1(unemploymentItem));
            s.bind(4, QStringLiteral("NM2026112800000%1").arg(uuid.right(1)));
            s.bindBlob(5, body);
            REQUIRE(s.run().ok());
        }
    }
    auto opened = gateway::SqliteCentralStorage::open(path);
    REQUIRE(opened.ok());
    gateway::CentralStorage &storage = *opened.value();
    REQUIRE(CaseService(storage).openMissing(testNow()).value() == 2);
    const auto found = storage.ratings().caseOfReceipt(device, receipt);
    REQUIRE(found.ok());
    REQUIRE(found.value().has_value());
    CHECK(found.value()->number == QLatin1String("BJ20261128000001"));
    CHECK_FALSE(storage.ratings().caseOfReceipt(QStringLiteral("other"), receipt).value());
}
