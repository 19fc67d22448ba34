// CatalogueUpdate: central's signed catalogue change sets are verified, checked and applied all or
// nothing (DESIGN.md invariant 7); anything wrong leaves the catalogue in use exactly as it was.
#include "catalogueupdate.h"

#include "cataloguechanges.h"
#include "keys.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace jiujin;

namespace {

const QDateTime fixedNow(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);

QJsonObject seedObject()
{
    return QJsonDocument::fromJson(TestDb::seed()).object();
}

QList<QJsonObject> objects(const QJsonObject &root, const char *kind)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : root.value(QLatin1String(kind)).toArray())
        out.append(v.toObject());
    return out;
}

/** The seed as central's snapshot at sequence @p seq. */
protocol::CatalogueChangeSet snapshot(qint64 seq)
{
    const QJsonObject root = seedObject();
    protocol::CatalogueChangeSet c;
    c.from = 0;
    c.seq = seq;
    c.version = root.value(QLatin1String("version")).toString();
    c.sample = true;
    c.departments.upserts = objects(root, "departments");
    c.points.upserts = objects(root, "points");
    c.items.upserts = objects(root, "items");
    return c;
}

QJsonObject seedItem(int index)
{
    return objects(seedObject(), "items").at(index);
}

QJsonObject withName(QJsonObject o, const QString &zh)
{
    QJsonObject name = o.value(QLatin1String("name")).toObject();
    name.insert(QLatin1String("zh"), zh);
    o.insert(QLatin1String("name"), name);
    return o;
}

/** The delta the tests apply on top of the seed at seq 1: one item renamed, one removed, one
 *  added, one department renamed. */
protocol::CatalogueChangeSet delta()
{
    protocol::CatalogueChangeSet c;
    c.from = 1;
    c.seq = 2;
    c.version = QStringLiteral("2026.12.1");
    c.sample = true;
    c.items.upserts.append(withName(seedItem(2), QStringLiteral("牧区养老资格年审")));
    QJsonObject added = withName(seedItem(0), QStringLiteral("嘎查牧民草场补贴申领"));
    added.insert(QLatin1String("code"), QStringLiteral("11150525MB0SB0001A415111099900001"));
    c.items.upserts.append(added);
    c.items.tombstones.append(seedItem(3).value(QLatin1String("code")).toString());
    QJsonObject dept = objects(seedObject(), "departments").at(1);
    QJsonObject name = dept.value(QLatin1String("name")).toObject();
    name.insert(QLatin1String("zh"), QStringLiteral("医疗保障服务"));
    dept.insert(QLatin1String("name"), name);
    c.departments.upserts.append(dept);
    return c;
}

QByteArray body(const protocol::Key &key, const protocol::CatalogueChangeSet &c)
{
    auto s = protocol::signCatalogueChanges(key, c);
    REQUIRE(s.ok());
    return protocol::encode(s.value());
}

QByteArray bodyOf(const protocol::Key &key, const QByteArray &text)
{
    auto sig = protocol::sign(key, protocol::catalogueSigningInput(text));
    REQUIRE(sig.ok());
    return protocol::encode(protocol::SignedCatalogueChanges{text, sig.value()});
}

/** What a kiosk shows of its catalogue: must not move when a change set is refused. */
struct State
{
    qint64 seq = 0, generation = 0;
    QString version;
    QStringList items; ///< code and Chinese name, in list order
    QStringList departments;
    QList<qint64> search; ///< ids found for a few queries
    qint64 audit = 0;
    friend bool operator==(const State &, const State &) = default;
};

qint64 auditCount(Database &db)
{
    auto s = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'catalogue.switch'");
    REQUIRE(s.step());
    return s.integer(0);
}

State stateOf(TestDb &t)
{
    State s;
    s.seq = t.store->sequence();
    s.generation = t.store->generation();
    s.version = t.store->info()->version;
    for (const ItemSummary &i : t.store->items(QString(), QString()))
        s.items.append(i.code + QLatin1Char(' ') + i.nameZh);
    for (const DepartmentRow &d : t.store->departments())
        s.departments.append(d.code + QLatin1Char(' ') + d.nameZh);
    t.service->refreshIfChanged();
    for (const char *q : {"养老", "资格认证", "yanglao", "失业"}) {
        for (const SearchResult &r : t.service->search(QString::fromUtf8(q), QString()).results)
            s.search.append(r.item.id);
    }
    s.audit = auditCount(*t.db);
    return s;
}

bool finds(TestDb &t, const QString &query, const QString &code)
{
    for (const SearchResult &r : t.service->search(query, QString()).results) {
        if (r.item.code == code)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("a signed snapshot then a delta are applied; search and lists follow",
          "[catalogueupdate]")
{
    const auto suite = GENERATE(protocol::Suite::Intl, protocol::Suite::Gm);
    INFO("suite " << int(suite));
    auto key = protocol::Key::generateSigning(suite);
    REQUIRE(key.ok());
    TestDb t;
    CHECK(t.store->sequence() == 0);
    CatalogueUpdate update(*t.db, [] { return fixedNow; });

    auto first = update.apply(body(key.value(), snapshot(1)), key.value());
    INFO(first.error().message.toStdString());
    REQUIRE(first.ok());
    CHECK(first.value() == 1);
    CHECK(t.store->sequence() == 1);
    const QByteArray untouched =
        *t.store->guide(seedItem(5).value(QLatin1String("code")).toString());
    const qint64 auditBefore = auditCount(*t.db);
    const int countBefore = int(t.store->items(QString(), QString()).size());

    auto second = update.apply(body(key.value(), delta()), key.value());
    INFO(second.error().message.toStdString());
    REQUIRE(second.ok());
    CHECK(second.value() == 2);
    CHECK(t.store->sequence() == 2);
    CHECK(t.store->info()->version == QLatin1String("2026.12.1"));
    CHECK(t.store->items(QString(), QString()).size() == countBefore); // one added, one removed
    CHECK(auditCount(*t.db) == auditBefore + 1);

    // The search caches notice the change (the UI asks between visits).
    CHECK(t.service->refreshIfChanged());
    CHECK_FALSE(t.service->refreshIfChanged());
    const QString renamed = seedItem(2).value(QLatin1String("code")).toString();
    const QString removed = seedItem(3).value(QLatin1String("code")).toString();
    CHECK(finds(t, QStringLiteral("牧区养老资格"), renamed));
    CHECK(finds(t, QStringLiteral("年审"), renamed)); // the 2-character path (grams)
    CHECK(QJsonDocument::fromJson(*t.store->guide(renamed))
              .object()
              .value(QLatin1String("name"))
              .toObject()
              .value(QLatin1String("zh"))
              .toString() == QStringLiteral("牧区养老资格年审"));
    CHECK_FALSE(t.store->guide(removed).has_value());
    CHECK_FALSE(finds(
        t,
        seedItem(3).value(QLatin1String("name")).toObject().value(QLatin1String("zh")).toString(),
        removed));
    CHECK(t.store->pointsHandling(removed).isEmpty());
    CHECK(
        finds(t, QStringLiteral("草场补贴"), QStringLiteral("11150525MB0SB0001A415111099900001")));
    CHECK(
        finds(t, QStringLiteral("失业登记"), seedItem(5).value(QLatin1String("code")).toString()));
    CHECK(*t.store->guide(seedItem(5).value(QLatin1String("code")).toString()) == untouched);
    bool renamedDepartment = false;
    for (const DepartmentRow &d : t.store->departments())
        renamedDepartment = renamedDepartment || (d.code == QLatin1String("yibao") &&
                                                  d.nameZh == QStringLiteral("医疗保障服务"));
    CHECK(renamedDepartment);

    // A tombstone for a code this kiosk never had is no problem.
    protocol::CatalogueChangeSet third;
    third.from = 2;
    third.seq = 3;
    third.version = QStringLiteral("2026.12.2");
    third.items.tombstones.append(QStringLiteral("11150525MB0SB0001A415111088800001"));
    auto applied = update.apply(body(key.value(), third), key.value());
    INFO(applied.error().message.toStdString());
    REQUIRE(applied.ok());
    CHECK(t.store->sequence() == 3);

    // A local import (jiujinctl) is a bundled catalogue again: seq 0, so central sends a snapshot.
    REQUIRE(t.service->importBundle(TestDb::seed()).ok());
    CHECK(t.store->sequence() == 0);
}

TEST_CASE("anything wrong with a change set is refused and the catalogue in use stays",
          "[catalogueupdate]")
{
    const auto suite = GENERATE(protocol::Suite::Intl, protocol::Suite::Gm);
    INFO("suite " << int(suite));
    auto key = protocol::Key::generateSigning(suite);
    REQUIRE(key.ok());
    TestDb t;
    CatalogueUpdate update(*t.db, [] { return fixedNow; });
    REQUIRE(update.apply(body(key.value(), snapshot(1)), key.value()).ok());
    const State before = stateOf(t);
    REQUIRE(before.seq == 1);
    REQUIRE_FALSE(before.search.isEmpty());

    auto other = protocol::Key::generateSigning(suite);
    REQUIRE(other.ok());
    const QByteArray good = body(key.value(), delta());
    const QByteArray goodText = protocol::encode(delta());
    auto signedGood = protocol::decodeCatalogueChanges(good);
    REQUIRE(signedGood.ok());

    struct Case
    {
        const char *what;
        QByteArray body;
        Error::Code code;
        const char *mentions;
    };
    QList<Case> cases;
    {
        // A flipped byte inside the item's name: still valid JSON, but not what central signed.
        QByteArray text = goodText;
        const qsizetype at = text.indexOf(QStringLiteral("牧区").toUtf8());
        REQUIRE(at > 0);
        text[at + 2] = char(text[at + 2] ^ 0x01);
        cases.append(
            {"a flipped byte in the text",
             protocol::encode(protocol::SignedCatalogueChanges{text, signedGood->signature}),
             Error::Corrupt, "signature"});
    }
    {
        QByteArray sig = signedGood->signature;
        sig[10] = char(sig[10] ^ 0x40);
        cases.append({"a flipped byte in the signature",
                      protocol::encode(protocol::SignedCatalogueChanges{goodText, sig}),
                      Error::Corrupt, "signature"});
    }
    cases.append({"the text cut short after signing",
                  protocol::encode(protocol::SignedCatalogueChanges{
                      goodText.left(goodText.size() / 2), signedGood->signature}),
                  Error::Corrupt, "signature"});
    cases.append({"a truncated text, signed as it is",
                  bodyOf(key.value(), goodText.left(goodText.size() - 7)), Error::Invalid,
                  "changes"});
    cases.append({"a truncated body", good.left(good.size() - 20), Error::Invalid, "body"});
    cases.append(
        {"signed by another key", body(other.value(), delta()), Error::Corrupt, "signature"});
    {
        protocol::CatalogueChangeSet c = delta();
        c.from = 5;
        c.seq = 6;
        cases.append(
            {"changes for another sequence", body(key.value(), c), Error::Invalid, "seq 5"});
    }
    {
        protocol::CatalogueChangeSet c = delta();
        QJsonObject bad = c.items.upserts.at(1);
        bad.insert(QLatin1String("promised_days"), 400);
        c.items.upserts[1] = bad;
        cases.append({"an invalid item among good ones", body(key.value(), c), Error::Invalid,
                      "promised_days"});
    }
    {
        protocol::CatalogueChangeSet c = delta();
        QJsonObject bad = c.items.upserts.at(1);
        bad.insert(QLatin1String("department"), QStringLiteral("nosuch"));
        c.items.upserts[1] = bad;
        cases.append({"an item of an unknown department", body(key.value(), c), Error::Invalid,
                      "department"});
    }
    {
        protocol::CatalogueChangeSet c = delta();
        c.departments.tombstones.append(QStringLiteral("canlian"));
        cases.append({"a department removed while items name it", body(key.value(), c),
                      Error::Invalid, "department canlian"});
    }
    {
        protocol::CatalogueChangeSet c = delta();
        QJsonObject point = objects(seedObject(), "points").at(0);
        QJsonArray handled = point.value(QLatin1String("items")).toArray();
        handled.append(QStringLiteral("11150525MB0SB0001A415111077700001"));
        point.insert(QLatin1String("items"), handled);
        c.points.upserts.append(point);
        cases.append(
            {"a point listing an unknown item", body(key.value(), c), Error::Invalid, "point 1"});
    }

    // One after another on the same kiosk: each refusal must leave exactly the state the next
    // one starts from (sections would rebuild the catalogue for each case, 22 times).
    for (const Case &c : cases) {
        INFO(c.what);
        auto refused = update.apply(c.body, key.value());
        REQUIRE_FALSE(refused.ok());
        INFO(refused.error().message.toStdString());
        CHECK(refused.error().code == c.code);
        CHECK(refused.error().message.contains(QLatin1String(c.mentions)));
        CHECK(stateOf(t) == before);
    }
    // And the good change set still applies after all of them.
    REQUIRE(update.apply(good, key.value()).ok());
    CHECK(t.store->sequence() == 2);
}

TEST_CASE("a failure while writing a delta rolls all of it back", "[catalogueupdate]")
{
    auto key = protocol::Key::generateSigning(protocol::Suite::Intl);
    REQUIRE(key.ok());
    TestDb t;
    CatalogueUpdate update(*t.db, [] { return fixedNow; });
    REQUIRE(update.apply(body(key.value(), snapshot(1)), key.value()).ok());
    const State before = stateOf(t);
    // The rename and the department are written first; the new item (a new row) then fails.
    REQUIRE(t.db->exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON items"
                       " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
                .ok());
    auto refused = update.apply(body(key.value(), delta()), key.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("disk trouble")));
    REQUIRE(t.db->exec("DROP TRIGGER refuse").ok());
    CHECK(stateOf(t) == before);
    // And once the trouble is gone, the same changes apply.
    CHECK(update.apply(body(key.value(), delta()), key.value()).ok());
    CHECK(t.store->sequence() == 2);
}

TEST_CASE("the change-set decoder refuses malformed sets", "[catalogueupdate]")
{
    const QByteArray good = protocol::encode(delta());
    REQUIRE(protocol::decodeCatalogueChangeSet(good).ok());
    CHECK(protocol::decodeCatalogueChangeSet(good).value() == delta());
    auto edited = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject o = QJsonDocument::fromJson(good).object();
        edit(o);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    CHECK_FALSE(protocol::decodeCatalogueChangeSet(edited([](QJsonObject &o) {
                    o.insert(QLatin1String("seq"), 1);
                })).ok());
    CHECK_FALSE(protocol::decodeCatalogueChangeSet(edited([](QJsonObject &o) {
                    o.insert(QLatin1String("from"), -1);
                })).ok());
    CHECK_FALSE(protocol::decodeCatalogueChangeSet(edited([](QJsonObject &o) {
                    o.insert(QLatin1String("from"), 0);
                })).ok()); // tombstones in a snapshot
    CHECK_FALSE(protocol::decodeCatalogueChangeSet(edited([](QJsonObject &o) {
                    o.remove(QLatin1String("points"));
                })).ok());
    CHECK_FALSE(protocol::decodeCatalogueChangeSet(edited([](QJsonObject &o) {
                    o.insert(QLatin1String("sample"), 1);
                })).ok());
    CHECK_FALSE(protocol::decodeCatalogueChangeSet(edited([](QJsonObject &o) {
                    QJsonObject items = o.value(QLatin1String("items")).toObject();
                    QJsonArray tomb = items.value(QLatin1String("tombstones")).toArray();
                    tomb.append(seedItem(2).value(QLatin1String("code"))); // also upserted
                    items.insert(QLatin1String("tombstones"), tomb);
                    o.insert(QLatin1String("items"), items);
                })).ok());
    CHECK_FALSE(protocol::decodeCatalogueChangeSet(edited([](QJsonObject &o) {
                    QJsonObject items = o.value(QLatin1String("items")).toObject();
                    QJsonArray up = items.value(QLatin1String("upserts")).toArray();
                    up.append(up.at(0)); // the same code twice
                    items.insert(QLatin1String("upserts"), up);
                    o.insert(QLatin1String("items"), items);
                })).ok());
    CHECK_FALSE(protocol::decodeCatalogueChanges(
                    QByteArray("{\"changes\": \"{}\", \"signature\": \"not base64!\"}"))
                    .ok());
    CHECK_FALSE(protocol::decodeCatalogueChanges(QByteArray("{\"changes\": \"{}\"}")).ok());
}
