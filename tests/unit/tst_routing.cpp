// Routing (issue 22): an item a point does not handle names the nearest point that does, by
// township; 公安 and 市场监管 items name the 派出所 / 市场监管所 serving the kiosk's township.
#include "pointrouting.h"
#include "testdb.h"

using namespace jiujin;
using pointrouting::Nearness;

namespace {
PointRow point(const QString &code, const QString &level, const QString &name,
               const QStringList &serves = {}, const QString &office = {})
{
    PointRow p;
    p.code = code;
    p.level = level;
    p.nameZh = name;
    p.serves = serves;
    p.office = office;
    return p;
}
} // namespace

TEST_CASE("the nearest point is found by township, not always the banner centre", "[routing]")
{
    const PointRow banner = point(QStringLiteral("150525000000-01"), QStringLiteral("banner"),
                                  QStringLiteral("旗中心"));
    const PointRow townA = point(QStringLiteral("150525101000-01"), QStringLiteral("township"),
                                 QStringLiteral("八仙筒中心"));
    const PointRow townB = point(QStringLiteral("150525102000-01"), QStringLiteral("township"),
                                 QStringLiteral("青龙山中心"));
    const PointRow villageA = point(QStringLiteral("150525101201-01"), QStringLiteral("village"),
                                    QStringLiteral("黎明村"));
    const PointRow otherVillageA = point(QStringLiteral("150525101202-01"),
                                         QStringLiteral("village"), QStringLiteral("红升村"));
    const PointRow stationA = point(QStringLiteral("150525101000-51"), QStringLiteral("township"),
                                    QStringLiteral("八仙筒派出所"));
    const PointRow stationServing =
        point(QStringLiteral("150525100000-51"), QStringLiteral("township"),
              QStringLiteral("大沁他拉派出所"), {QStringLiteral("150525401")});
    const QString atVillage = villageA.code, atStreet = QStringLiteral("150525401000-01");

    CHECK(pointrouting::nearness(villageA, atVillage) == Nearness::Here);
    CHECK(pointrouting::nearness(townA, atVillage) == Nearness::Township);
    CHECK(pointrouting::nearness(stationA, atVillage) == Nearness::Township);
    CHECK(pointrouting::nearness(otherVillageA, atVillage) == Nearness::Elsewhere);
    CHECK(pointrouting::nearness(townB, atVillage) == Nearness::Elsewhere);
    CHECK(pointrouting::nearness(banner, atVillage) == Nearness::Banner);
    // A point serving another township is as near as one in it.
    CHECK(pointrouting::nearness(stationServing, atStreet) == Nearness::Township);
    CHECK(pointrouting::nearness(stationServing, atVillage) == Nearness::Elsewhere);

    // The banner centre listed first (as the store orders by level) does not win over the township.
    CHECK(pointrouting::nearestOther({banner, townB, townA}, atVillage)->code == townA.code);
    CHECK(pointrouting::nearestOther({banner, stationA}, townA.code)->code == stationA.code);
    CHECK(pointrouting::nearestOther({banner, stationServing}, atStreet)->code ==
          stationServing.code);
    // Nothing in the township: the banner centre; only another township's centre: that one.
    CHECK(pointrouting::nearestOther({townB, banner}, atVillage)->code == banner.code);
    CHECK(pointrouting::nearestOther({townB}, atVillage)->code == townB.code);
    // Another village's point serves that village only, and the point itself is no answer.
    CHECK_FALSE(pointrouting::nearestOther({otherVillageA}, atVillage).has_value());
    CHECK_FALSE(pointrouting::nearestOther({villageA}, atVillage).has_value());

    const QList<PointRow> sorted =
        pointrouting::byNearness({banner, townB, otherVillageA, townA, villageA}, atVillage);
    QStringList order;
    for (const PointRow &p : sorted)
        order << p.code;
    CHECK(order ==
          QStringList{villageA.code, townA.code, banner.code, townB.code, otherVillageA.code});
}

TEST_CASE("among equally near points, the office of the item's department is named", "[routing]")
{
    const PointRow banner = point(QStringLiteral("150525000000-01"), QStringLiteral("banner"),
                                  QStringLiteral("旗中心"));
    const PointRow centre = point(QStringLiteral("150525101000-01"), QStringLiteral("township"),
                                  QStringLiteral("八仙筒中心"));
    const PointRow market =
        point(QStringLiteral("150525101000-61"), QStringLiteral("township"),
              QStringLiteral("八仙筒市场监管所"), {}, QStringLiteral("shichang"));
    const PointRow otherMarket =
        point(QStringLiteral("150525102000-61"), QStringLiteral("township"),
              QStringLiteral("青龙山市场监管所"), {}, QStringLiteral("shichang"));
    const QString atVillage = QStringLiteral("150525101201-01");
    const QList<PointRow> handling{banner, centre, market, otherMarket};
    // The store lists the centre first; a 市场监管 item names the 所, any other the centre.
    CHECK(pointrouting::nearestOther(handling, atVillage, QStringLiteral("shichang"))->code ==
          market.code);
    CHECK(pointrouting::nearestOther(handling, atVillage, QStringLiteral("shebao"))->code ==
          centre.code);
    CHECK(pointrouting::nearestOther(handling, atVillage)->code == centre.code);
    // Another township's office never beats the banner centre.
    CHECK(pointrouting::nearestOther({otherMarket, banner}, atVillage, QStringLiteral("shichang"))
              ->code == banner.code);
    const QList<PointRow> sorted =
        pointrouting::byNearness(handling, atVillage, QStringLiteral("shichang"));
    CHECK(sorted.at(0).code == market.code);
    CHECK(sorted.at(1).code == centre.code);
    CHECK(sorted.at(2).code == banner.code);
}

TEST_CASE("in the bundled catalogue, police and market items name the office serving the township",
          "[routing]")
{
    TestDb t;
    const QList<ItemSummary> items = t.store->items(QString(), QString());
    int routed = 0;
    for (const QString &here :
         {QStringLiteral("150525101000-01"), QStringLiteral("150525203000-01"),
          QStringLiteral("150525203201-01"), QStringLiteral("150525100201-01")}) {
        const auto kiosk = t.store->point(here);
        REQUIRE(kiosk.has_value());
        const QString township = here.left(9);
        for (const ItemSummary &item : items) {
            const QList<PointRow> handling = t.store->pointsHandling(item.code);
            bool handledHere = false;
            for (const PointRow &p : handling)
                handledHere = handledHere || p.code == here;
            if (handledHere)
                continue;
            INFO("kiosk " << here.toStdString() << ", item " << item.nameZh.toStdString());
            const auto nearest = pointrouting::nearestOther(handling, here, item.department);
            REQUIRE(nearest.has_value());
            ++routed;
            if (item.department == QLatin1String("gongan")) {
                CHECK(nearest->office == QLatin1String("gongan"));
                CHECK(nearest->nameZh.contains(QStringLiteral("派出所")));
                CHECK((nearest->code.startsWith(township) || nearest->serves.contains(township)));
            } else if (item.department == QLatin1String("shichang") &&
                       nearest->level != QLatin1String("banner")) {
                CHECK(nearest->office == QLatin1String("shichang"));
                CHECK(nearest->nameZh.contains(QStringLiteral("市场监管所")));
                CHECK((nearest->code.startsWith(township) || nearest->serves.contains(township)));
            }
            // Never a point of another township when the banner centre handles it.
            if (pointrouting::nearness(*nearest, here) == Nearness::Elsewhere) {
                for (const PointRow &p : handling)
                    CHECK(p.level != QLatin1String("banner"));
            }
        }
    }
    CHECK(routed > 50);
    // No township centre or village point takes 公安 household-registration items (户口登记条例
    // 第三条).
    for (const ItemSummary &item : t.store->items(QStringLiteral("gongan"), QString())) {
        for (const PointRow &p : t.store->pointsHandling(item.code)) {
            INFO(item.nameZh.toStdString() << " at " << p.nameZh.toStdString());
            CHECK((p.level == QLatin1String("banner") ||
                   p.nameZh.contains(QStringLiteral("派出所"))));
        }
    }
}

TEST_CASE("the bundle refuses a bad serves or office of a point, naming the field", "[routing]")
{
    const auto withFirstPoint = [](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject root = QJsonDocument::fromJson(TestDb::seed()).object();
        QJsonArray points = root.value(QLatin1String("points")).toArray();
        QJsonObject first = points.at(0).toObject();
        edit(first);
        points.replace(0, first);
        root.insert(QLatin1String("points"), points);
        return QJsonDocument(root).toJson();
    };
    TestDb t(false);
    const auto shortCode = t.service->importBundle(withFirstPoint([](QJsonObject &p) {
        p.insert(QLatin1String("serves"), QJsonArray{QStringLiteral("1505251")});
    }));
    REQUIRE_FALSE(shortCode.ok());
    CHECK(shortCode.error().message.contains(QLatin1String("serves")));
    const auto unknownOffice = t.service->importBundle(withFirstPoint(
        [](QJsonObject &p) { p.insert(QLatin1String("office"), QStringLiteral("nosuch")); }));
    REQUIRE_FALSE(unknownOffice.ok());
    CHECK(unknownOffice.error().message.contains(QLatin1String("office")));
    REQUIRE(t.service->importBundle(TestDb::seed()).ok());
}
