// Catalogue publish and pull end to end: `jiujin-gateway catalogue publish`, then
// `jiujin-syncd --once` fetches GET /v1/catalogue/changes from the real gateway and applies the
// signed change set on the kiosk (DESIGN.md invariant 7).
#include "database.h"
#include "keys.h"
#include "liveharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jiujin;
using namespace live;

namespace {

QJsonObject seedObject()
{
    return QJsonDocument::fromJson(TestDb::seed()).object();
}

QJsonObject objectAt(const QJsonObject &root, const char *kind, int i)
{
    return root.value(QLatin1String(kind)).toArray().at(i).toObject();
}

QString codeAt(const QJsonObject &root, const char *kind, int i)
{
    return objectAt(root, kind, i).value(QLatin1String("code")).toString();
}

const QString addedCode = QStringLiteral("11150525MB0SB0001A415111099900001");

/**
 * The seed with item 2 renamed, item 3 removed (and from the points that listed it), a new item
 * handled at the kiosk's point, and department 1 renamed. @p changedPoints receives how many
 * points that touches.
 */
QByteArray modifiedBundle(int *changedPoints = nullptr)
{
    QJsonObject root = seedObject();
    root.insert(QLatin1String("version"), QStringLiteral("2026.12.1"));
    QJsonArray items = root.value(QLatin1String("items")).toArray();
    const QString removed = codeAt(root, "items", 3);
    QJsonObject renamed = items.at(2).toObject();
    QJsonObject name = renamed.value(QLatin1String("name")).toObject();
    name.insert(QLatin1String("zh"), QStringLiteral("牧区养老资格年审"));
    renamed.insert(QLatin1String("name"), name);
    items.replace(2, renamed);
    QJsonObject added = items.at(0).toObject();
    added.insert(QLatin1String("code"), addedCode);
    QJsonObject addedName = added.value(QLatin1String("name")).toObject();
    addedName.insert(QLatin1String("zh"), QStringLiteral("嘎查牧民草场补贴申领"));
    added.insert(QLatin1String("name"), addedName);
    items.removeAt(3);
    items.append(added);
    root.insert(QLatin1String("items"), items);

    QJsonArray depts = root.value(QLatin1String("departments")).toArray();
    QJsonObject dept = depts.at(1).toObject();
    QJsonObject deptName = dept.value(QLatin1String("name")).toObject();
    deptName.insert(QLatin1String("zh"), QStringLiteral("医疗保障服务"));
    dept.insert(QLatin1String("name"), deptName);
    depts.replace(1, dept);
    root.insert(QLatin1String("departments"), depts);

    QJsonArray points = root.value(QLatin1String("points")).toArray();
    int touched = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        QJsonObject p = points.at(i).toObject();
        QJsonArray handled = p.value(QLatin1String("items")).toArray();
        bool changed = false;
        for (qsizetype j = handled.size() - 1; j >= 0; --j) {
            if (handled.at(j).toString() == removed) {
                handled.removeAt(j);
                changed = true;
            }
        }
        if (p.value(QLatin1String("code")).toString() == QLatin1String("150525203000-01")) {
            handled.append(addedCode);
            changed = true;
        }
        if (changed) {
            p.insert(QLatin1String("items"), handled);
            points.replace(i, p);
            ++touched;
        }
    }
    root.insert(QLatin1String("points"), points);
    if (changedPoints)
        *changedPoints = touched;
    return QJsonDocument(root).toJson();
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

/** `jiujin-gateway catalogue publish FILE`: exit code and merged output. */
int publish(const GatewayProcess &gw, const QString &file, QByteArray *output)
{
    return run(GatewayProcess::exe(),
               {QStringLiteral("catalogue"), QStringLiteral("publish"), file,
                QStringLiteral("--data-dir"), gw.dir()},
               output);
}

QHash<QString, QByteArray> guides(Kiosk &k)
{
    QHash<QString, QByteArray> out;
    for (const ItemSummary &i : k.store->items(QString(), QString()))
        out.insert(i.code, *k.store->guide(i.code));
    return out;
}

bool finds(Kiosk &k, const QString &query, const QString &code)
{
    for (const SearchResult &r : k.service->search(query, QString()).results) {
        if (r.item.code == code)
            return true;
    }
    return false;
}

QStringList switches(Kiosk &k)
{
    QStringList out;
    auto s = k.db->prepare("SELECT actor, subject, detail FROM audit_log WHERE action = "
                           "'catalogue.switch' ORDER BY seq");
    while (s.step())
        out.append(s.text(0) + QLatin1Char(' ') + s.text(1) + QLatin1Char(' ') + s.text(2));
    return out;
}

} // namespace

TEST_CASE("central publishes catalogues; jiujin-syncd pulls signed deltas and snapshots",
          "[sync-catalogue]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    k.enroll(gw.url(), gw.token(), gw.pin());
    const QJsonObject seed = seedObject();

    // Nothing published yet: the bundled catalogue stays, and that is no error.
    REQUIRE(k.syncd() == 0);
    CHECK(k.store->sequence() == 0);
    CHECK(k.setting(syncsetting::lastError).isEmpty());

    QByteArray out;
    REQUIRE(publish(gw, QStringLiteral(JIUJIN_SEED), &out) == 0);
    INFO(out.toStdString());
    CHECK(out.contains("published seq 1"));
    QByteArray syncdOut;
    REQUIRE(k.syncd(&syncdOut) == 0);
    CHECK(syncdOut.contains("catalogue seq 1"));
    CHECK(k.store->sequence() == 1);
    CHECK(k.store->info()->version == seed.value(QLatin1String("version")).toString());
    CHECK(switches(k).last().startsWith(QStringLiteral("jiujin-syncd ")));
    const QHash<QString, QByteArray> atSeq1 = guides(k);
    CHECK(atSeq1.size() == seed.value(QLatin1String("items")).toArray().size());

    // The modified bundle: exactly its differences travel.
    int changedPoints = 0;
    const QString modified = writeFile(k.dir, "modified.json", modifiedBundle(&changedPoints));
    REQUIRE(publish(gw, modified, &out) == 0);
    INFO(out.toStdString());
    // Renamed item, added item, department, and the points whose lists changed; one tombstone.
    CHECK(out.contains(QStringLiteral("published seq 2: %1 upserts, 1 tombstones")
                           .arg(3 + changedPoints)
                           .toUtf8()));
    REQUIRE(k.syncd(&syncdOut) == 0);
    INFO(syncdOut.toStdString());
    CHECK(k.store->sequence() == 2);
    CHECK(k.store->info()->version == QLatin1String("2026.12.1"));
    CHECK(switches(k).last().contains(QLatin1String("seq 2 from 1")));
    REQUIRE(k.service->refreshIfChanged());

    const QString renamed = codeAt(seed, "items", 2);
    const QString removed = codeAt(seed, "items", 3);
    const QHash<QString, QByteArray> atSeq2 = guides(k);
    CHECK(atSeq2.size() == atSeq1.size());
    CHECK_FALSE(atSeq2.contains(removed));
    CHECK(atSeq2.contains(addedCode));
    for (auto it = atSeq1.cbegin(); it != atSeq1.cend(); ++it) {
        if (it.key() == renamed || it.key() == removed)
            continue;
        INFO("untouched item " << it.key().toStdString());
        CHECK(atSeq2.value(it.key()) == it.value());
    }
    CHECK(finds(k, QStringLiteral("牧区养老资格年审"), renamed));
    CHECK(finds(k, QStringLiteral("年审"), renamed));
    CHECK(finds(k, QStringLiteral("草场补贴"), addedCode));
    CHECK_FALSE(finds(k,
                      objectAt(seed, "items", 3)
                          .value(QLatin1String("name"))
                          .toObject()
                          .value(QLatin1String("zh"))
                          .toString(),
                      removed));
    CHECK(k.store->handledIds(QStringLiteral("150525203000-01")).size() > 0);
    bool addedHere = false;
    for (const ItemSummary &i : k.store->items(QString(), QStringLiteral("150525203000-01")))
        addedHere = addedHere || (i.code == addedCode && i.handledHere);
    CHECK(addedHere);
    bool renamedDept = false;
    for (const DepartmentRow &d : k.store->departments())
        renamedDept = renamedDept || (d.code == codeAt(seed, "departments", 1) &&
                                      d.nameZh == QStringLiteral("医疗保障服务"));
    CHECK(renamedDept);

    // The same bundle again: no new sequence, and the kiosk is told it is up to date (204).
    REQUIRE(publish(gw, modified, &out) == 0);
    CHECK(out.contains("unchanged: seq 2"));
    const qint64 generation = k.store->generation();
    const QStringList audited = switches(k);
    {
        auto engine = SyncEngine::open(*k.db);
        REQUIRE(engine.ok());
        int applied = 0;
        engine.value()->setCatalogueApplier(
            [&applied](const QByteArray &, const protocol::Key &) -> Result<qint64> {
                ++applied;
                return Error{Error::Invalid, QStringLiteral("no change set was expected")};
            });
        auto pulled = engine.value()->pullCatalogue();
        INFO(pulled.error().message.toStdString());
        REQUIRE(pulled.ok());
        CHECK(pulled.value() == 2);
        CHECK(applied == 0);
    }
    CHECK(k.store->generation() == generation);
    CHECK(switches(k) == audited);

    // A truncated bundle is refused by the CLI, with the reason, and nothing is published.
    const QByteArray full = modifiedBundle();
    const QString truncated = writeFile(k.dir, "truncated.json", full.left(full.size() / 2));
    REQUIRE(publish(gw, truncated, &out) == 1);
    CHECK(out.contains("not valid JSON"));
    QJsonObject badRoot = QJsonDocument::fromJson(full).object();
    QJsonArray badItems = badRoot.value(QLatin1String("items")).toArray();
    QJsonObject badItem = badItems.at(4).toObject();
    badItem.insert(QLatin1String("promised_days"), 999);
    badItems.replace(4, badItem);
    badRoot.insert(QLatin1String("items"), badItems);
    REQUIRE(publish(gw, writeFile(k.dir, "invalid.json", QJsonDocument(badRoot).toJson()), &out) ==
            1);
    CHECK(out.contains("item 5"));
    CHECK(out.contains("promised_days"));
    REQUIRE(publish(gw, modified, &out) == 0);
    CHECK(out.contains("unchanged: seq 2"));

    // Central's catalogue data reset (its schema stays): it is at seq 1 again, behind the kiosk.
    // The kiosk is told 410 and takes a full snapshot.
    gw.stop();
    {
        auto gdb = Database::openRaw(QDir(gw.dir()).filePath(QStringLiteral("gateway.db")));
        REQUIRE(gdb.ok());
        REQUIRE(gdb.value()
                    ->exec("DELETE FROM published_entries; DELETE FROM published_catalogue")
                    .ok());
    }
    gw.restart();
    REQUIRE(publish(gw, QStringLiteral(JIUJIN_SEED), &out) == 0);
    CHECK(out.contains("published seq 1"));
    REQUIRE(k.syncd(&syncdOut) == 0);
    INFO(syncdOut.toStdString());
    CHECK(k.store->sequence() == 1);
    CHECK(k.store->info()->version == seed.value(QLatin1String("version")).toString());
    CHECK(guides(k) == atSeq1);
    CHECK(switches(k).last().contains(QLatin1String("seq 1:")));
    REQUIRE(k.service->refreshIfChanged());
    CHECK(finds(k,
                objectAt(seed, "items", 3)
                    .value(QLatin1String("name"))
                    .toObject()
                    .value(QLatin1String("zh"))
                    .toString(),
                removed));
    CHECK_FALSE(finds(k, QStringLiteral("草场补贴"), addedCode));
    CHECK(k.setting(syncsetting::lastError).isEmpty());
}

TEST_CASE("a change set that does not verify is refused; the kiosk keeps its catalogue",
          "[sync-catalogue]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    k.enroll(gw.url(), gw.token(), gw.pin());
    QByteArray out;
    REQUIRE(publish(gw, QStringLiteral(JIUJIN_SEED), &out) == 0);

    // Enrolled with central's receipt key, the kiosk is given another one: nothing verifies.
    auto stranger = protocol::Key::generateSigning(protocol::Suite::Intl);
    REQUIRE(stranger.ok());
    REQUIRE(k.store
                ->setSetting(QLatin1String(syncsetting::receiptKey),
                             QString::fromLatin1(stranger->publicPem()))
                .ok());
    const qint64 generation = k.store->generation();
    QByteArray syncdOut;
    CHECK(k.syncd(&syncdOut) == 0); // the outbox is not held up
    INFO(syncdOut.toStdString());
    CHECK(syncdOut.contains("catalogue: catalogue changes: central's signature does not verify"));
    CHECK(k.store->sequence() == 0);
    CHECK(k.store->generation() == generation);
    // The technician sees why (the last of this cycle's refusals: the calendar is signed by the
    // same key and refused too).
    CHECK(k.setting(syncsetting::lastError).contains(QLatin1String("signature does not verify")));
}
