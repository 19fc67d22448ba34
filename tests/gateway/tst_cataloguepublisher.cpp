// Central publishes only guides whose legal basis has a source and whose review is recorded
// (issue 22); the bundled catalogue passes, and a refused bundle stores nothing.
#include "cataloguepublisher.h"
#include "database.h"
#include "devicerecords.h"
#include "gatewayfixture.h"
#include "gatewaylog.h"
#include "intakerecords.h"
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
