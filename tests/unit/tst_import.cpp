#include "testdb.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace jiujin;

namespace {
QJsonObject seedObject()
{
    return QJsonDocument::fromJson(TestDb::seed()).object();
}

// Applies @p edit to item @p index of the bundle.
QByteArray withItem(int index, const std::function<void(QJsonObject &)> &edit)
{
    return TestDb::seedWithItem(index, edit);
}

QJsonObject at(const QJsonObject &o, const char *list, int i)
{
    return o.value(QLatin1String(list)).toArray().at(i).toObject();
}

void setAt(QJsonObject &o, const char *list, int i, const QJsonObject &value)
{
    QJsonArray a = o.value(QLatin1String(list)).toArray();
    a.replace(i, value);
    o.insert(QLatin1String(list), a);
}
} // namespace

TEST_CASE("the bundled catalogue imports whole")
{
    TestDb t;
    const auto info = t.store->info();
    REQUIRE(info.has_value());
    const QJsonObject seed = seedObject();
    const QJsonArray seedItems = seed.value(QLatin1String("items")).toArray();
    CHECK(info->items == seedItems.size());
    CHECK(info->items >= 120); // issue 22: the catalogue covers at least 120 items
    CHECK(info->departments == seed.value(QLatin1String("departments")).toArray().size());
    CHECK(info->points == seed.value(QLatin1String("points")).toArray().size());
    CHECK(info->sample);
    QHash<QString, int> perDepartment;
    for (const QJsonValue &item : seedItems)
        ++perDepartment[item.toObject().value(QLatin1String("department")).toString()];
    for (const DepartmentRow &d : t.store->departments()) {
        INFO(d.code.toStdString());
        CHECK(d.itemCount >= 3);
        CHECK(d.itemCount == perDepartment.value(d.code));
    }
    // Every item has a guide that round-trips and at least one place that handles it.
    for (const ItemSummary &item : t.store->items(QString(), QString())) {
        CHECK(t.store->guide(item.code).has_value());
        CHECK_FALSE(t.store->pointsHandling(item.code).isEmpty());
    }
}

TEST_CASE("a bad bundle is refused with a message naming item and field; the old catalogue stays")
{
    TestDb t;
    const auto before = t.store->info();
    const int itemsBefore = int(t.store->items(QString(), QString()).size());
    const QString firstCode = at(seedObject(), "items", 2).value(QLatin1String("code")).toString();

    struct Case
    {
        const char *what;
        QByteArray bundle;
        QStringList mentions;
    };
    const QList<Case> cases = {
        {"not JSON",
         QByteArray("{\"format\": 1, \"items\": ["),
         {QStringLiteral("not valid JSON")}},
        {"wrong format",
         [] {
             QJsonObject r = seedObject();
             r.insert(QLatin1String("format"), 2);
             return QJsonDocument(r).toJson();
         }(),
         {QStringLiteral("format")}},
        {"missing English name",
         withItem(2,
                  [](QJsonObject &i) {
                      i.insert(QLatin1String("name"),
                               QJsonObject{{QStringLiteral("zh"), QStringLiteral("测试")}});
                  }),
         {QStringLiteral("item 3"), firstCode, QStringLiteral("name.en")}},
        {"unknown material kind",
         withItem(2,
                  [](QJsonObject &i) {
                      QJsonObject m = at(i, "materials", 0);
                      m.insert(QLatin1String("kind"), QStringLiteral("fax"));
                      setAt(i, "materials", 0, m);
                  }),
         {QStringLiteral("item 3"), QStringLiteral("materials[0].kind")}},
        {"promised longer than legal",
         withItem(2, [](QJsonObject &i) { i.insert(QLatin1String("promised_days"), 400); }),
         {QStringLiteral("item 3"), QStringLiteral("promised_days")}},
        {"unknown department",
         withItem(2,
                  [](QJsonObject &i) {
                      i.insert(QLatin1String("department"), QStringLiteral("nosuch"));
                  }),
         {QStringLiteral("item 3"), QStringLiteral("department")}},
        {"short code",
         withItem(2,
                  [](QJsonObject &i) { i.insert(QLatin1String("code"), QStringLiteral("1234")); }),
         {QStringLiteral("item 3"), QStringLiteral("code")}},
        {"duplicate code",
         withItem(3, [&](QJsonObject &i) { i.insert(QLatin1String("code"), firstCode); }),
         {QStringLiteral("item 4"), QStringLiteral("code")}},
        {"select without options",
         withItem(2,
                  [](QJsonObject &i) {
                      QJsonArray form = i.value(QLatin1String("form")).toArray();
                      form.append(QJsonObject{
                          {QStringLiteral("id"), QStringLiteral("grade")},
                          {QStringLiteral("type"), QStringLiteral("select")},
                          {QStringLiteral("label"),
                           QJsonObject{{QStringLiteral("zh"), QStringLiteral("档次")},
                                       {QStringLiteral("en"), QStringLiteral("Grade")}}},
                          {QStringLiteral("required"), true}});
                      i.insert(QLatin1String("form"), form);
                  }),
         {QStringLiteral("item 3"), QStringLiteral("options")}},
        {"invalid pattern",
         withItem(2,
                  [](QJsonObject &i) {
                      QJsonObject f = at(i, "form", 0);
                      f.insert(QLatin1String("pattern"), QStringLiteral("(["));
                      setAt(i, "form", 0, f);
                  }),
         {QStringLiteral("item 3"), QStringLiteral("form[0].pattern")}},
        {"no steps",
         withItem(2, [](QJsonObject &i) { i.insert(QLatin1String("steps"), QJsonArray()); }),
         {QStringLiteral("item 3"), QStringLiteral("steps")}},
        {"point names an unknown item",
         [] {
             QJsonObject r = seedObject();
             QJsonObject p = at(r, "points", 1);
             QJsonArray handled = p.value(QLatin1String("items")).toArray();
             handled.append(QStringLiteral("11150525MB0SB0001A415111019900001"));
             p.insert(QLatin1String("items"), handled);
             setAt(r, "points", 1, p);
             return QJsonDocument(r).toJson();
         }(),
         {QStringLiteral("point 2"), QStringLiteral("items")}},
        {"asked_as: an empty phrasing",
         withItem(2,
                  [](QJsonObject &i) {
                      i.insert(QLatin1String("asked_as"),
                               QJsonArray{QStringLiteral("怎么办低保"), QStringLiteral("  ")});
                  }),
         {QStringLiteral("item 3"), QStringLiteral("asked_as[1]"), QStringLiteral("non-empty")}},
        {"asked_as: over 40 characters",
         withItem(2,
                  [](QJsonObject &i) {
                      i.insert(QLatin1String("asked_as"), QJsonArray{QString(41, QChar(u'低'))});
                  }),
         {QStringLiteral("item 3"), QStringLiteral("asked_as[0]"), QStringLiteral("40")}},
        {"asked_as: the same phrasing twice (traditional and simplified)",
         withItem(2,
                  [](QJsonObject &i) {
                      i.insert(QLatin1String("asked_as"),
                               QJsonArray{QStringLiteral("身份证过期了"),
                                          QStringLiteral("身份證過期了")});
                  }),
         {QStringLiteral("item 3"), QStringLiteral("asked_as[1]"), QStringLiteral("repeats")}},
        {"asked_as: the same phrasing twice (full-width, spaced)",
         withItem(2,
                  [](QJsonObject &i) {
                      i.insert(QLatin1String("asked_as"),
                               QJsonArray{QStringLiteral("身份证过期了ID"),
                                          QStringLiteral("身份证 过期了 ＩＤ")});
                  }),
         {QStringLiteral("item 3"), QStringLiteral("asked_as[1]"), QStringLiteral("repeats")}},
        {"asked_as: not a list",
         withItem(
             2,
             [](QJsonObject &i) { i.insert(QLatin1String("asked_as"), QStringLiteral("低保")); }),
         {QStringLiteral("item 3"), QStringLiteral("asked_as")}},
        {"asked_as: too many",
         withItem(2,
                  [](QJsonObject &i) {
                      QJsonArray many;
                      for (int n = 0; n < 31; ++n)
                          many.append(QStringLiteral("问法%1").arg(n));
                      i.insert(QLatin1String("asked_as"), many);
                  }),
         {QStringLiteral("item 3"), QStringLiteral("asked_as"), QStringLiteral("30")}},
        {"no items",
         [] {
             QJsonObject r = seedObject();
             r.insert(QLatin1String("items"), QJsonArray());
             return QJsonDocument(r).toJson();
         }(),
         {QStringLiteral("items")}},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            auto refused = t.service->importBundle(c.bundle);
            REQUIRE_FALSE(refused.ok());
            for (const QString &m : c.mentions) {
                INFO(refused.error().message.toStdString());
                CHECK(refused.error().message.contains(m));
            }
            const auto after = t.store->info();
            REQUIRE(after.has_value());
            CHECK(after->version == before->version);
            CHECK(after->importedAt == before->importedAt);
            CHECK(t.store->items(QString(), QString()).size() == itemsBefore);
            CHECK_FALSE(t.service->search(QStringLiteral("养老"), QString()).results.isEmpty());
        }
    }
}

TEST_CASE("a failure while writing rolls the whole import back")
{
    TestDb t;
    const int before = int(t.store->items(QString(), QString()).size());
    // Valid JSON that the validator accepts, but the store cannot write: a trigger refuses the 40th
    // item.
    REQUIRE(t.db->exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON items WHEN NEW.rowid = 40"
                       " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
                .ok());
    QJsonObject root = seedObject();
    root.insert(QLatin1String("version"), QStringLiteral("2099.1"));
    auto refused = t.service->importBundle(QJsonDocument(root).toJson());
    REQUIRE_FALSE(refused.ok());
    CHECK(t.store->info()->version != QLatin1String("2099.1"));
    CHECK(t.store->items(QString(), QString()).size() == before);
}
