// Central publishes only guides whose legal basis has a source and whose review is recorded
// (issue 22); the bundled catalogue passes, and a refused bundle stores nothing.
#include "cataloguechanges.h"
#include "cataloguepublisher.h"
#include "catalogueupdate.h"
#include "database.h"
#include "devicerecords.h"
#include "gatewayfixture.h"
#include "gatewaylog.h"
#include "intakerecords.h"
#include "keys.h"
#include "protocollimits.h"
#include "sqlitecentralstorage.h"
#include "testdb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {
QJsonObject seedRoot()
{
    return QJsonDocument::fromJson(TestDb::seed()).object();
}
} // namespace

TEST_CASE("the publisher refuses an item without a source for its legal basis",
          "[gateway-publisher]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = openTestCentral(dir.filePath(QStringLiteral("gateway.db")));
    REQUIRE(store.ok());
    CataloguePublisher central(*store.value());

    const QString code = seedRoot()
                             .value(QLatin1String("items"))
                             .toArray()
                             .at(3)
                             .toObject()
                             .value(QLatin1String("code"))
                             .toString();
    struct Case
    {
        const char *what, *field;
        std::function<void(QJsonObject &)> edit;
    };
    const QList<Case> cases = {
        {"no sources at all", "sources",
         [](QJsonObject &o) { o.remove(QLatin1String("sources")); }},
        {"an empty list", "sources",
         [](QJsonObject &o) { o.insert(QLatin1String("sources"), QJsonArray{}); }},
        {"only the guide page it follows", "sources",
         [](QJsonObject &o) {
             o.insert(QLatin1String("sources"),
                      QJsonArray{QJsonObject{
                          {QLatin1String("kind"), QLatin1String("guide")},
                          {QLatin1String("title"), QStringLiteral("某县办事指南")},
                          {QLatin1String("url"), QLatin1String("https://example.org/")}}});
         }},
        {"no review", "review", [](QJsonObject &o) { o.remove(QLatin1String("review")); }},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const auto refused = central.publish(TestDb::seedWithItem(3, c.edit), testNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Invalid);
        CHECK(refused.error().message.contains(code));
        CHECK(refused.error().message.contains(QLatin1String(c.field)));
        const auto seq = central.publishedSequence();
        REQUIRE(seq.ok());
        CHECK(seq.value() == 0); // nothing stored
    }

    const auto published = central.publish(TestDb::seed(), testNow());
    REQUIRE(published.ok());
    CHECK(published.value().seq == 1);
}

TEST_CASE("a published catalogue that cannot be read is an error, never \"nothing published\"",
          "[gateway-publisher][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = openTestCentral(dir.filePath(QStringLiteral("gateway.db")));
    REQUIRE(store.ok());
    CataloguePublisher central(*store.value());
    REQUIRE(central.publish(TestDb::seed(), testNow()).ok());

    // The header's table unreadable (as a damaged file would make it): kiosks must not be told
    // that nothing is published, and a publish must not start again at sequence 1.
    Database &db = sqliteDatabase(*store.value());
    REQUIRE(db.exec("ALTER TABLE published_catalogue RENAME TO published_catalogue_aside").ok());
    CHECK_FALSE(central.publishedSequence().ok());
    CHECK_FALSE(central.changesSince(0).ok());
    CHECK_FALSE(central.changesSince(1).ok());
    const QByteArray changed = TestDb::seedWithItem(3, [](QJsonObject &o) {
        QJsonObject name = o.value(QLatin1String("name")).toObject();
        name.insert(QLatin1String("zh"), name.value(QLatin1String("zh")).toString() + u'新');
        o.insert(QLatin1String("name"), name);
    });
    CHECK_FALSE(central.publish(changed, testNow()).ok());
    REQUIRE(db.exec("ALTER TABLE published_catalogue_aside RENAME TO published_catalogue").ok());

    // Nothing was written meanwhile: the next publish is 2 and carries only the change.
    auto published = central.publish(changed, testNow());
    REQUIRE(published.ok());
    CHECK(published->seq == 2);
    CHECK(published->upserts == 1);
    CHECK(published->tombstones == 0);
    auto answer = central.changesSince(1);
    REQUIRE(answer.ok());
    REQUIRE(answer->kind == CatalogueAnswer::Kind::Changes);
    CHECK(answer->changes.items.upserts.size() == 1);

    // A stored item that no longer reads as an object is Corrupt, not left out.
    REQUIRE(db.exec("UPDATE published_entries SET body = 'not json' WHERE kind = 'points'").ok());
    auto damaged = central.changesSince(0);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().code == Error::Corrupt);
}

namespace {
/** Traditional Mongolian with the characters that must never be lost: U+202F before a suffix,
 *  U+180E (MVS) before a detached final a, the free variation selectors U+180B-U+180D and
 *  U+180F (FVS4). */
const QString mongolianSample =
    QStringLiteral(u"ᠰᠠᠷ\u180Eᠠ\u202Fᠶᠢᠨ ᠭ\u180B ᠭ\u180C ᠭ\u180D ᠭ\u180F");

/** @p v with an `mn` added to every Text ({"zh", "en"}) inside it, at any depth. */
QJsonValue withMongolian(const QJsonValue &v, int &count)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(withMongolian(e, count));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("zh")) && o.contains(QLatin1String("en"))) {
        ++count;
        o.insert(QLatin1String("mn"), mongolianSample + QString::number(count));
        return o;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = withMongolian(it.value(), count);
    return o;
}
} // namespace

TEST_CASE("Mongolian in every Text survives publish, the kiosk's pull and its import",
          "[gateway-publisher]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = openTestCentral(dir.filePath(QStringLiteral("gateway.db")));
    REQUIRE(store.ok());
    CataloguePublisher central(*store.value());

    // Every Text of every item (name, summary, conditions, materials and notes, steps, basis,
    // fee, the form's labels and choices, the review note) carries Mongolian.
    QJsonObject root = seedRoot();
    int texts = 0;
    root.insert(QLatin1String("items"), withMongolian(root.value(QLatin1String("items")), texts));
    REQUIRE(texts > 1000);
    // So do the points (name, address, hours) and the departments (name, agency).
    root.insert(QLatin1String("points"), withMongolian(root.value(QLatin1String("points")), texts));
    root.insert(QLatin1String("departments"),
                withMongolian(root.value(QLatin1String("departments")), texts));
    const QByteArray bundle = QJsonDocument(root).toJson(QJsonDocument::Compact);
    // The limits still hold: the whole bundle fits a change set's text and a request's body.
    CHECK(bundle.size() < protocol::maxCatalogueText);
    const auto published = central.publish(bundle, testNow());
    INFO(published.error().message.toStdString());
    REQUIRE(published.ok());

    // To the kiosk as central sends it: signed, encoded, then opened and applied.
    auto answer = central.changesSince(0);
    REQUIRE(answer.ok());
    REQUIRE(answer->kind == CatalogueAnswer::Kind::Changes);
    auto key = protocol::Key::generateSigning(protocol::Suite::Intl);
    REQUIRE(key.ok());
    auto signedChanges = protocol::signCatalogueChanges(key.value(), answer->changes);
    REQUIRE(signedChanges.ok());
    const QByteArray body = protocol::encode(signedChanges.value());
    CHECK(body.size() < protocol::maxBodyBytes);
    TestDb pulled(false);
    CatalogueUpdate update(*pulled.db, [] { return testNow(); });
    const auto applied = update.apply(body, key.value());
    INFO(applied.error().message.toStdString());
    REQUIRE(applied.ok());

    // And the same bundle imported from a file (jiujinctl catalogue import).
    TestDb imported(false);
    const auto info = imported.service->importBundle(bundle);
    INFO(info.error().message.toStdString());
    REQUIRE(info.ok());

    int compared = 0;
    for (const QJsonValue &v : root.value(QLatin1String("items")).toArray()) {
        const QJsonObject sent = v.toObject();
        const QString code = sent.value(QLatin1String("code")).toString();
        INFO(code.toStdString());
        const auto fromPull = pulled.service->item(code);
        const auto fromFile = imported.service->item(code);
        REQUIRE(fromPull);
        REQUIRE(fromFile);
        // Nothing dropped, trimmed or normalised: equal JSON means equal strings, character
        // for character (U+202F and U+180B-U+180F included).
        for (const char *key :
             {"name", "summary", "fee", "conditions", "steps", "notes", "materials", "form"}) {
            CHECK(fromPull->value(QLatin1String(key)) == sent.value(QLatin1String(key)));
            CHECK(fromFile->value(QLatin1String(key)) == sent.value(QLatin1String(key)));
        }
        ++compared;
    }
    CHECK(compared == root.value(QLatin1String("items")).toArray().size());
    // The points' and agencies' Mongolian reach the kiosk's store as sent.
    const auto mn = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toObject().value(QLatin1String("mn")).toString();
    };
    int points = 0;
    for (const QJsonValue &v : root.value(QLatin1String("points")).toArray()) {
        const QJsonObject sent = v.toObject();
        for (TestDb *kiosk : {&pulled, &imported}) {
            const auto row = kiosk->service->point(sent.value(QLatin1String("code")).toString());
            REQUIRE(row);
            CHECK(row->nameMn == mn(sent, "name"));
            CHECK(row->addressMn == mn(sent, "address"));
            CHECK(row->hoursMn == mn(sent, "hours"));
            CHECK(row->nameMn.contains(QChar(0x202F)));
        }
        ++points;
    }
    CHECK(points > 10);
    const QJsonArray departments = root.value(QLatin1String("departments")).toArray();
    for (TestDb *kiosk : {&pulled, &imported}) {
        const QList<DepartmentRow> rows = kiosk->service->departments();
        REQUIRE(rows.size() == departments.size());
        for (const DepartmentRow &row : rows) {
            for (const QJsonValue &v : departments) {
                if (v.toObject().value(QLatin1String("code")).toString() == row.code)
                    CHECK(row.agencyMn == mn(v.toObject(), "agency"));
            }
            CHECK_FALSE(row.agencyMn.isEmpty());
        }
    }
    // The kiosk's readers give the Mongolian back as written.
    const QJsonObject first = root.value(QLatin1String("items")).toArray().at(0).toObject();
    const QString firstCode = first.value(QLatin1String("code")).toString();
    CHECK(pulled.service->mongolianItemName(firstCode) ==
          first.value(QLatin1String("name")).toObject().value(QLatin1String("mn")).toString());
    CHECK(pulled.service->mongolianItemName(firstCode).contains(QChar(0x202F)));
}
