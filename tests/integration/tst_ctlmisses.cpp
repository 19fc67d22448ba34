// jiujinctl catalogue misses: what citizens searched for and found nothing, as the kiosk counted
// it.
#include "catalogueservice.h"
#include "cataloguestore.h"
#include "database.h"
#include "liveharness.h"
#include "searchmissstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;

TEST_CASE("jiujinctl catalogue misses lists the kiosk's unanswered searches, most asked first",
          "[ctl-misses]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.db"));
    const QString ctl = QStringLiteral(JIUJINCTL);
    QByteArray out;
    REQUIRE(live::run(ctl,
                      {QStringLiteral("--db"), path, QStringLiteral("catalogue"),
                       QStringLiteral("misses")},
                      &out) == 0);
    CHECK(out.contains("none"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CatalogueStore store(*db.value());
        CatalogueService service(store);
        SearchMissStore log(*db.value());
        service.setMissLog(&log);
        for (const char *q : {"骆驼证", "骆驼证", "草场补贴", "骆驼证", "我的手机13912345678"})
            service.recordMiss(QString::fromUtf8(q));
    }
    REQUIRE(live::run(ctl,
                      {QStringLiteral("--db"), path, QStringLiteral("catalogue"),
                       QStringLiteral("misses")},
                      &out) == 0);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    INFO(out.toStdString());
    QStringList rows;
    for (const QString &l : lines) {
        if (l.count(QLatin1Char('\t')) == 3)
            rows.append(l);
    }
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).startsWith(QStringLiteral("3\t1\t")));
    CHECK(rows.at(0).endsWith(QStringLiteral("\t骆驼证")));
    CHECK(rows.at(1).endsWith(QStringLiteral("\t草场补贴")));
    CHECK_FALSE(out.contains("13912345678"));

    REQUIRE(live::run(ctl,
                      {QStringLiteral("--db"), path, QStringLiteral("catalogue"),
                       QStringLiteral("misses"), QStringLiteral("--days"), QStringLiteral("7"),
                       QStringLiteral("--json")},
                      &out) == 0);
    const QJsonObject json = QJsonDocument::fromJson(out.mid(out.indexOf('{'))).object();
    const QJsonArray misses = json.value(QLatin1String("misses")).toArray();
    REQUIRE(misses.size() == 2);
    CHECK(misses.at(0).toObject().value(QLatin1String("query")).toString() ==
          QStringLiteral("骆驼证"));
    CHECK(misses.at(0).toObject().value(QLatin1String("count")).toInt() == 3);

    CHECK(live::run(ctl, {QStringLiteral("--db"), path, QStringLiteral("catalogue"),
                          QStringLiteral("misses"), QStringLiteral("--days"),
                          QStringLiteral("0")}) != 0);
}
