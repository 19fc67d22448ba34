#include "auditlog.h"
#include "kioskfixture.h"
#include "receiptnumber.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

using namespace jiujin;

namespace {
int outboxRows(Database &db)
{
    auto s = db.prepare("SELECT count(*) FROM outbox");
    REQUIRE(s.step());
    return int(s.integer(0));
}

/** Every byte of the database and its WAL, as one blob to search for planted values. */
QByteArray filesOf(const QString &dbPath)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(dbPath + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace

TEST_CASE("a valid application is sealed, queued and opens only with central's private key",
          "[outbox]")
{
    for (auto suite : {protocol::Suite::Intl, protocol::Suite::Gm}) {
        DYNAMIC_SECTION("suite " << protocol::suiteName(suite).toStdString())
        {
            TestKiosk k(suite);
            SubmissionService service(*k.db);
            CHECK(service.readinessProblem().isEmpty());
            const Application app = TestKiosk::unemployment();
            CHECK(service.check(app).isEmpty());
            auto queued = service.submit(app);
            REQUIRE(queued.ok());
            CHECK(QRegularExpression(QStringLiteral("^20301-000001-[0-9]$"))
                      .match(queued->receipt)
                      .hasMatch());
            CHECK(queued->toFollow ==
                  QStringList{QStringLiteral("与原单位终止或解除劳动关系的证明")});
            CHECK(queued->committed == QStringList{QStringLiteral("居住证或常住地居住证明")});
            CHECK(queued->toFollowBy.isValid());

            const auto record = OutboxStore(*k.db).byReceipt(queued->receipt);
            REQUIRE(record.has_value());
            CHECK(record->state == QLatin1String("pending"));
            CHECK(record->itemCode == app.itemCode);
            CHECK(record->pointCode == QLatin1String("150525203000-01"));
            CHECK(record->suite == protocol::suiteName(suite));
            CHECK_FALSE(record->meta.contains("巴特尔"));

            auto [payload, parts] = k.open(queued->uuid);
            const QJsonObject fields = payload.value(QLatin1String("fields")).toObject();
            CHECK(fields.value(QLatin1String("name")).toString() == QStringLiteral("巴特尔"));
            CHECK(fields.value(QLatin1String("id_number")).toString() ==
                  QStringLiteral("11010519491231002X"));
            CHECK(fields.value(QLatin1String("phone")).toString() ==
                  QStringLiteral("13947512386")); // normalised
            const QJsonArray materials = payload.value(QLatin1String("materials")).toArray();
            REQUIRE(materials.size() == 4);
            CHECK(materials.at(1).toObject().value(QLatin1String("certificate")).toString() ==
                  QStringLiteral("SAMPLE-ECERT-0001"));
            REQUIRE(parts.size() == 1);
            CHECK(parts.at(0) == QByteArray("image/png\n\x89PNG fake scan of the card"));

            // A different central key cannot open it.
            const auto other = std::move(protocol::Key::generate(suite).value());
            const auto sealed = OutboxStore(*k.db).sealed(queued->uuid);
            CHECK_FALSE(protocol::RecordOpener::open(other, sealed->keyHeader, sealed->meta).ok());
            // Nor can anyone who edits the readable metadata (say, the item code).
            QByteArray edited = sealed->meta;
            edited.replace("600001", "600002");
            CHECK_FALSE(protocol::RecordOpener::open(k.central, sealed->keyHeader, edited).ok());
        }
    }
}

TEST_CASE("the citizen's data never reaches the database file in the clear", "[outbox][privacy]")
{
    TestKiosk k;
    const QString canaryName = QStringLiteral("测试金丝雀乌力吉");
    const QString canaryId = QStringLiteral("150525198002290018");
    SubmissionService service(*k.db);
    Application app = TestKiosk::unemployment(canaryName, canaryId);
    app.values.insert(QStringLiteral("job_wish"),
                      QStringLiteral("想在大沁他拉镇找CANARY-WISH-7731的工作"));
    REQUIRE(service.submit(app).ok());
    const QByteArray files = filesOf(k.path());
    CHECK_FALSE(files.contains(canaryName.toUtf8()));
    CHECK_FALSE(files.contains(canaryId.toUtf8()));
    CHECK_FALSE(files.contains("CANARY-WISH-7731"));
    CHECK_FALSE(files.contains("13947512386"));
    CHECK(files.contains("11150525MB0SB0001A415111010600001")); // metadata stays readable
}

TEST_CASE("an application with a problem is refused and writes nothing", "[outbox]")
{
    TestKiosk k;
    SubmissionService service(*k.db);
    Application app = TestKiosk::unemployment();

    SECTION("a wrong ID check digit")
    {
        app.values[QStringLiteral("id_number")] = QStringLiteral("110105194912310021");
        CHECK(service.check(app).contains(QStringLiteral("id_number")));
    }
    SECTION("a missing required field")
    {
        app.values.remove(QStringLiteral("reason"));
        CHECK(service.check(app).contains(QStringLiteral("reason")));
    }
    SECTION("a field the form does not have")
    {
        app.values.insert(QStringLiteral("smuggled"), QStringLiteral("x"));
        CHECK(service.check(app).contains(QStringLiteral("smuggled")));
    }
    SECTION("a required material not provided")
    {
        app.materials.removeAt(0);
        CHECK(service.check(app).contains(QStringLiteral("material.0")));
    }
    SECTION("容缺 on a material that does not allow it")
    {
        app.materials[1].kind = MaterialEntry::Kind::ToFollow;
        CHECK(service.check(app).contains(QStringLiteral("material.1")));
    }
    SECTION("告知承诺 on a material that does not allow it")
    {
        app.materials[2].kind = MaterialEntry::Kind::Committed;
        CHECK(service.check(app).contains(QStringLiteral("material.2")));
    }
    SECTION("no consent")
    {
        app.consented = false;
        CHECK(service.check(app).contains(QStringLiteral("consent")));
    }
    SECTION("代办 without saying how the citizen authorised it")
    {
        app.staffId = QStringLiteral("0001");
        CHECK(service.check(app).contains(QStringLiteral("authorisation")));
    }
    SECTION("an item that is not in the catalogue")
    {
        app.itemCode = QStringLiteral("NO-SUCH-ITEM");
        CHECK(service.check(app).contains(QStringLiteral("item")));
    }
    auto result = service.submit(app);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == Error::Invalid);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK(outboxRows(*k.db) == 0);
}

TEST_CASE("without a central key or a service point the kiosk says so and queues nothing",
          "[outbox]")
{
    TestKiosk k;
    SubmissionService service(*k.db);
    SECTION("no key")
    {
        REQUIRE(k.store->setSetting(QStringLiteral("central.public_key"), QString()).ok());
    }
    SECTION("no point")
    {
        REQUIRE(k.store->setSetting(QStringLiteral("point"), QString()).ok());
    }
    CHECK_FALSE(service.readinessProblem().isEmpty());
    CHECK_FALSE(service.submit(TestKiosk::unemployment()).ok());
    CHECK(outboxRows(*k.db) == 0);
}

TEST_CASE("receipt numbers count up per kiosk, carry the kiosk tag and can be looked up as typed",
          "[outbox]")
{
    TestKiosk k;
    REQUIRE(k.store->setSetting(QStringLiteral("kiosk.number"), QStringLiteral("07")).ok());
    SubmissionService service(*k.db);
    QStringList receipts;
    for (int i = 0; i < 3; ++i)
        receipts.append(service.submit(TestKiosk::unemployment()).value().receipt);
    CHECK(receipts.at(0).startsWith(QLatin1String("20307-000001-")));
    CHECK(receipts.at(2).startsWith(QLatin1String("20307-000003-")));
    CHECK(QSet<QString>(receipts.begin(), receipts.end()).size() == 3);

    QString spoken = receipts.at(1);
    spoken.replace(QLatin1Char('-'), QLatin1Char(' '));
    const auto found = service.status(spoken);
    REQUIRE(found.has_value());
    CHECK(found->receipt == receipts.at(1));
    QString wrong = receipts.at(1);
    wrong[7] = wrong[7] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    CHECK_FALSE(service.status(wrong).has_value());
}

TEST_CASE("one rating per service, queued sealed, a bad one flagged for follow-up",
          "[outbox][rating]")
{
    TestKiosk k;
    SubmissionService service(*k.db);
    const QString receipt = service.submit(TestKiosk::unemployment()).value().receipt;

    CHECK(service.rate(QStringLiteral("20301-999999-0"), 1, {}).error().code == Error::NotFound);
    CHECK(service.rate(receipt, 0, {}).error().code == Error::Invalid);
    auto rated = service.rate(receipt, 5, {QStringLiteral("wait_too_long")});
    REQUIRE(rated.ok());
    const auto rating = OutboxStore(*k.db).ratingFor(receipt);
    REQUIRE(rating.has_value());
    CHECK(rating->followUp);
    CHECK(rating->kind == QLatin1String("rating"));
    auto [payload, parts] = k.open(rated.value());
    CHECK(payload.value(QLatin1String("level")).toInt() == 5);
    CHECK(service.rate(receipt, 1, {}).error().code == Error::Invalid); // a second rating

    const QString second = service.submit(TestKiosk::unemployment()).value().receipt;
    auto good = service.rate(second, 1, {});
    REQUIRE(good.ok());
    CHECK_FALSE(OutboxStore(*k.db).ratingFor(second)->followUp);
    // No indicator rated: no "indicators" key at all (what kiosks sent before them).
    CHECK_FALSE(k.open(good.value()).first.contains(QLatin1String("indicators")));
}

TEST_CASE("a rating's GB/T 39734 indicators are optional, checked and sealed; a bad one is "
          "followed up",
          "[outbox][rating]")
{
    TestKiosk k;
    SubmissionService service(*k.db);
    const QString receipt = service.submit(TestKiosk::unemployment()).value().receipt;
    CHECK(service.rate(receipt, 2, {}, {{QStringLiteral("speed"), 3}}).error().code ==
          Error::Invalid);
    CHECK(service.rate(receipt, 2, {}, {{QStringLiteral("attitude"), 6}}).error().code ==
          Error::Invalid);
    // 满意 overall, 不满意 in one indicator: followed up all the same.
    auto rated = service.rate(
        receipt, 2, {},
        SubmissionService::indicatorLevels({{QStringLiteral("attitude"), 4},
                                            {QStringLiteral("efficiency"), 1},
                                            {QStringLiteral("competence"), 0}})); // 0: not rated
    REQUIRE(rated.ok());
    CHECK(OutboxStore(*k.db).ratingFor(receipt)->followUp);
    const QJsonObject payload = k.open(rated.value()).first;
    CHECK(payload.value(QLatin1String("level")).toInt() == 2);
    const QJsonObject indicators = payload.value(QLatin1String("indicators")).toObject();
    CHECK(indicators.size() == 2);
    CHECK(indicators.value(QLatin1String("attitude")).toInt() == 4);
    CHECK(indicators.value(QLatin1String("efficiency")).toInt() == 1);
}

TEST_CASE("state changes are audited and the board shows what needs attention first", "[outbox]")
{
    TestKiosk k;
    SubmissionService service(*k.db);
    QStringList uuids;
    for (int i = 0; i < 3; ++i)
        uuids.append(service.submit(TestKiosk::unemployment()).value().uuid);
    OutboxStore store(*k.db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(store
                .setState(uuids.at(0), QStringLiteral("needs_attention"),
                          QStringLiteral("attachment too large"), {}, now, QStringLiteral("sync"))
                .ok());
    REQUIRE(store
                .setState(uuids.at(1), QStringLiteral("accepted"), {},
                          QStringLiteral("NM-2026-000123"), now, QStringLiteral("sync"))
                .ok());
    CHECK(store
              .setState(QStringLiteral("no-such-uuid"), QStringLiteral("accepted"), {}, {}, now,
                        QStringLiteral("sync"))
              .error()
              .code == Error::NotFound);
    CHECK_FALSE(
        store.setState(uuids.at(2), QStringLiteral("lost"), {}, {}, now, QStringLiteral("sync"))
            .ok());

    const auto board = store.board(10);
    REQUIRE(board.size() == 3);
    CHECK(board.at(0).uuid == uuids.at(0));
    CHECK(board.at(0).reason == QLatin1String("attachment too large"));
    const auto counts = store.counts();
    CHECK(counts.pending == 1);
    CHECK(counts.accepted == 1);
    CHECK(counts.needsAttention == 1);
    REQUIRE(counts.oldestWaiting.has_value());

    auto log =
        k.db->prepare("SELECT action FROM audit_log WHERE action LIKE 'record.%' ORDER BY seq");
    QStringList actions;
    while (log.step())
        actions.append(log.text(0));
    CHECK(actions == QStringList{QStringLiteral("record.queued"), QStringLiteral("record.queued"),
                                 QStringLiteral("record.queued"),
                                 QStringLiteral("record.needs_attention"),
                                 QStringLiteral("record.accepted")});
    CHECK(AuditLog(*k.db).verify().ok);
}

TEST_CASE("a delivered record keeps its metadata and receipt, loses its sealed parts, and expires",
          "[outbox]")
{
    TestKiosk k;
    SubmissionService service(*k.db);
    const Queued delivered = service.submit(TestKiosk::unemployment()).value();
    const Queued waiting = service.submit(TestKiosk::unemployment()).value();
    OutboxStore store(*k.db);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    REQUIRE(store.sealed(delivered.uuid)->attachments.size() == 1);
    REQUIRE(store
                .setState(delivered.uuid, QStringLiteral("accepted"), {},
                          QStringLiteral("NM20261128000001"), t0, QStringLiteral("sync"))
                .ok());

    const auto after = store.sealed(delivered.uuid);
    REQUIRE(after.has_value());
    CHECK(after->payload.isEmpty());
    CHECK(after->keyHeader.isEmpty());
    CHECK(after->attachments.isEmpty());
    CHECK(after->centralReceipt == QLatin1String("NM20261128000001"));
    CHECK(store.byReceipt(delivered.receipt).has_value());
    CHECK_FALSE(store.sealed(waiting.uuid)->payload.isEmpty()); // only the delivered one

    CHECK(store.expire(t0.addSecs(-1)).value() == 0); // still within its retention
    CHECK(store.expire(t0.addSecs(1)).value() == 1);
    CHECK_FALSE(store.byReceipt(delivered.receipt).has_value());
    CHECK(store.byReceipt(waiting.receipt).has_value()); // waiting records never expire
}

TEST_CASE(
    "a batch of state changes: one audit entry each, delivered ones purged, missing ones skipped",
    "[outbox]")
{
    TestKiosk k;
    SubmissionService service(*k.db);
    QStringList uuids;
    for (int i = 0; i < 3; ++i)
        uuids.append(service.submit(TestKiosk::unemployment()).value().uuid);
    OutboxStore store(*k.db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto moved = store.setStates(
        {{uuids.at(0), QStringLiteral("accepted"), {}, QStringLiteral("NM20261128000009"), now},
         {uuids.at(1), QStringLiteral("rejected"), QStringLiteral("form: id_number"), {}, now},
         {QStringLiteral("no-such-uuid"), QStringLiteral("accepted"), {}, {}, now}},
        QStringLiteral("sync"));
    REQUIRE(moved.ok());
    CHECK(moved.value() == 2);
    CHECK(store.sealed(uuids.at(0))->payload.isEmpty());
    CHECK(store.sealed(uuids.at(0))->attachments.isEmpty()); // its picture went with it
    CHECK(store.sealed(uuids.at(1))->reason == QLatin1String("form: id_number"));
    CHECK_FALSE(store.sealed(uuids.at(1))->payload.isEmpty()); // only delivered records are purged
    CHECK(store.sealed(uuids.at(1))->attachments.size() == 1);
    CHECK(store.sealed(uuids.at(2))->attachments.size() == 1);
    CHECK(store.sealed(uuids.at(2))->state == QLatin1String("pending"));
    auto log = k.db->prepare(
        "SELECT count(*) FROM audit_log WHERE action IN ('record.accepted', 'record.rejected')");
    REQUIRE(log.step());
    CHECK(log.integer(0) == 2);
    CHECK(AuditLog(*k.db).verify().ok);

    // An invalid state rolls the whole batch back.
    CHECK_FALSE(store
                    .setStates({{uuids.at(2), QStringLiteral("sending"), {}, {}, now},
                                {uuids.at(2), QStringLiteral("lost"), {}, {}, now}},
                               QStringLiteral("sync"))
                    .ok());
    CHECK(store.sealed(uuids.at(2))->state == QLatin1String("pending"));

    QStringList seen;
    store.forEachSealed(uuids, [&seen](OutboxRecord &&r) {
        seen.append(r.uuid);
        return seen.size() < 2; // stop after the second
    });
    CHECK(seen == uuids.mid(0, 2));
}

TEST_CASE("a seal prepared on the review screen is used once, and never for a central key that "
          "changed since",
          "[outbox]")
{
    TestKiosk k;
    SubmissionService service(*k.db);
    service.prepareSeal();
    const QString first = service.submit(TestKiosk::unemployment()).value().uuid;
    CHECK(k.open(first)
              .first.value(QLatin1String("fields"))
              .toObject()
              .value(QLatin1String("name"))
              .toString() == QStringLiteral("巴特尔"));

    // Central rotates its key after the seal was prepared: the record must go to the new key.
    service.prepareSeal();
    auto next = protocol::Key::generate(protocol::Suite::Gm);
    REQUIRE(next.ok());
    REQUIRE(k.store
                ->setSetting(QStringLiteral("central.public_key"),
                             QString::fromLatin1(next->publicPem()))
                .ok());
    const QString second = service.submit(TestKiosk::unemployment()).value().uuid;
    const auto sealed = OutboxStore(*k.db).sealed(second);
    CHECK(sealed->suite == QLatin1String("gm"));
    CHECK(protocol::RecordOpener::open(next.value(), sealed->keyHeader, sealed->meta).ok());
    CHECK_FALSE(protocol::RecordOpener::open(k.central, sealed->keyHeader, sealed->meta).ok());
}

TEST_CASE("submit reads the settings and the item's rules afresh each time, also when another "
          "process changed them",
          "[outbox]")
{
    // submit() keeps its statements prepared and its parsed rules between calls (issue 20): what
    // jiujinctl (another connection) changes in between must still count for the next one.
    TestKiosk k;
    SubmissionService service(*k.db);
    const auto first = service.submit(TestKiosk::unemployment());
    REQUIRE(first.ok());
    CHECK(first->receipt.startsWith(QLatin1String("20301-000001-")));

    auto other = Database::open(k.path());
    REQUIRE(other.ok());
    CatalogueStore ctl(*other.value());
    REQUIRE(ctl.setSetting(QStringLiteral("kiosk.number"), QStringLiteral("07")).ok());
    REQUIRE(ctl.setSetting(QStringLiteral("point"), QStringLiteral("150525101000-01")).ok());
    auto guide = ctl.guide(TestKiosk::unemployment().itemCode);
    REQUIRE(guide.has_value());
    QJsonObject item = QJsonDocument::fromJson(*guide).object();
    item.insert(QStringLiteral("promised_days"), 7);
    auto edit = other.value()->prepare("UPDATE items SET guide = ? WHERE code = ?");
    edit.bind(1, QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact)))
        .bind(2, TestKiosk::unemployment().itemCode);
    REQUIRE(edit.run().ok());

    const auto second = service.submit(TestKiosk::unemployment());
    REQUIRE(second.ok());
    CHECK(second->receipt.startsWith(QLatin1String("10107-000002-")));
    CHECK(second->promisedDays == 7);
    CHECK(OutboxStore(*k.db).byReceipt(second->receipt)->pointCode ==
          QLatin1String("150525101000-01"));

    // And a key central no longer has: the kiosk stops sealing to it at once.
    REQUIRE(ctl.setSetting(QStringLiteral("central.public_key"), QStringLiteral("none")).ok());
    CHECK_FALSE(service.submit(TestKiosk::unemployment()).ok());
    CHECK(AuditLog(*k.db).verify().ok);
}
