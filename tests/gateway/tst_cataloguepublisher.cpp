// Central publishes only guides whose legal basis has a source and whose review is recorded
// (issue 22); the bundled catalogue passes, and a refused bundle stores nothing.
#include "cataloguepublisher.h"
#include "sqlitecentralstorage.h"
#include "gatewayfixture.h"
#include "devicerecords.h"
#include "gatewaylog.h"
#include "intakerecords.h"
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
    auto store = gateway::SqliteCentralStorage::open(dir.filePath(QStringLiteral("gateway.db")));
    REQUIRE(store.ok());
    auto publisher = CataloguePublisher::open(store.value()->database());
    REQUIRE(publisher.ok());
    CataloguePublisher &central = *publisher.value();

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
        CHECK(central.sequence() == 0); // nothing stored
    }

    const auto published = central.publish(TestDb::seed(), testNow());
    REQUIRE(published.ok());
    CHECK(published.value().seq == 1);
}
