#include "migrations.h"
#include "testdb.h"

#include <QCryptographicHash>

using namespace jiujin;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool hasTable(Database &db, const char *name)
{
    auto s = db.prepare("SELECT 1 FROM sqlite_master WHERE name = ?");
    s.bind(1, QString::fromLatin1(name));
    return s.step();
}
} // namespace

TEST_CASE("a fresh database gets every migration and the durable pragmas")
{
    TestDb t(false);
    REQUIRE(latestSchemaVersion() >= 2);
    CHECK(t.db->schemaVersion() == latestSchemaVersion());
    CHECK(hasTable(*t.db, "items"));
    CHECK(hasTable(*t.db, "item_fts_name"));
    CHECK_FALSE(hasTable(*t.db, "item_fts"));
    CHECK(hasTable(*t.db, "kiosk_settings"));
    auto mode = t.db->prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QLatin1String("wal"));
    auto sync = t.db->prepare("PRAGMA synchronous");
    REQUIRE(sync.step());
    CHECK(sync.integer(0) == 2); // FULL
    auto fk = t.db->prepare("PRAGMA foreign_keys");
    REQUIRE(fk.step());
    CHECK(fk.integer(0) == 1);
}

TEST_CASE("a database of each earlier version upgrades and keeps its catalogue")
{
    // tests/unit/data/schema-vN.db: written by the JiuJin release whose schema was version N
    // (a 3-item catalogue, kiosk at the banner centre). Each new migration adds the file of the
    // version before it.
    for (int from = 1; from < latestSchemaVersion(); ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            const QString fixture = QStringLiteral(JIUJIN_TEST_DATA "/schema-v%1.db").arg(from);
            REQUIRE(QFile::exists(fixture));
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.db"));
            REQUIRE(QFile::copy(fixture, path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            {
                auto raw = Database::openRaw(path);
                REQUIRE(raw.ok());
                REQUIRE(raw.value()->schemaVersion() == from);
            }
            auto db = Database::open(path);
            REQUIRE(db.ok());
            CHECK(db.value()->schemaVersion() == latestSchemaVersion());
            CatalogueStore store(*db.value());
            const auto info = store.info();
            REQUIRE(info.has_value());
            CHECK(info->version == QStringLiteral("2026.11.1-fixture"));
            CHECK(info->items == 3);
            if (from >= 2)
                CHECK(store.setting(QStringLiteral("point")) == QStringLiteral("150525000000-01"));
            CHECK(
                store.setSetting(QStringLiteral("point"), QStringLiteral("150525000000-01")).ok());
            // Points and agencies read with their Mongolian columns (013): none yet, so the
            // screens show the Chinese; a name stored there is read back.
            const auto point = store.point(QStringLiteral("150525000000-01"));
            REQUIRE(point);
            CHECK_FALSE(point->nameZh.isEmpty());
            CHECK(point->nameMn.isEmpty());
            REQUIRE_FALSE(store.departments().isEmpty());
            CHECK(store.departments().first().agencyMn.isEmpty());
            REQUIRE(db.value()
                        ->exec("UPDATE points SET name_mn = 'mn', hours_mn = 'h' "
                               "WHERE code = '150525000000-01'")
                        .ok());
            CHECK(store.point(point->code)->nameMn == QStringLiteral("mn"));
            CHECK(store.point(point->code)->hoursMn == QStringLiteral("h"));
            // The search index came along: each kind of query still finds its item.
            CatalogueService service(store);
            for (const char *q : {"低保", "最低生活保障", "dibao", "zdshbz", "吃低保"})
                CHECK(
                    service.search(QString::fromUtf8(q), QString()).results.value(0).item.nameZh ==
                    QStringLiteral("最低生活保障申请"));
        }
    }
}

TEST_CASE("a database from a newer version is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(db.value()
                    ->exec(QByteArray("PRAGMA user_version = " +
                                      QByteArray::number(latestSchemaVersion() + 1))
                               .constData())
                    .ok());
        REQUIRE(db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    const QByteArray before = fileHash(path);
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::TooNew);
    CHECK(refused.error().message.contains(QStringLiteral("newer")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a file that is not a database is refused with an error, not a crash")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.db"));
    QFile junk(path);
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Corrupt);
}

TEST_CASE("a damaged database is moved aside, never deleted, and a fresh one takes its place",
          "[quarantine]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.db"));
    {
        TestDb seed(true);
        seed.service.reset();
        seed.store.reset();
        seed.db.reset(); // the last connection checkpoints the WAL into the file
        REQUIRE(QFile::copy(seed.path(), path));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const QByteArray original = file.readAll();
    REQUIRE(original.size() > 64 * 1024);
    // Noise over a stretch of pages after the schema page: the file opens, but its pages are bad.
    file.seek(8192);
    file.write(QByteArray(32 * 1024, '\x5a'));
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    QString aside;
    auto db = Database::openOrQuarantine(path, &aside);
    REQUIRE(db.ok());
    REQUIRE_FALSE(aside.isEmpty());
    CHECK(QFile::exists(aside));
    QFile kept(aside);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.size() == original.size());
    CHECK(db.value()->schemaVersion() == latestSchemaVersion());
    CHECK_FALSE(CatalogueStore(*db.value()).info().has_value());

    SECTION("a sound database is left where it is")
    {
        QString none;
        db.value().reset();
        auto again = Database::openOrQuarantine(path, &none);
        REQUIRE(again.ok());
        CHECK(none.isEmpty());
    }
}

TEST_CASE("a file that is not a database at all is quarantined too", "[quarantine]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.db"));
    QFile junk(path);
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, '\x17'));
    junk.close();
    QString aside;
    auto db = Database::openOrQuarantine(path, &aside);
    REQUIRE(db.ok());
    CHECK(QFileInfo(aside).size() == 8192);
}
