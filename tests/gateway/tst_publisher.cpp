// CataloguePublisher: what central refuses to publish, so no kiosk ever pulls it.
#include "cataloguepublisher.h"
#include "gatewayfixture.h"
#include "sqlitecentralstorage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {
QJsonObject seedBundle()
{
    QFile f(QStringLiteral(JIUJIN_SEED));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

/** The seed bundle with item @p index's asked_as set to @p phrasings. */
QByteArray withAskedAs(int index, const QJsonValue &phrasings)
{
    QJsonObject root = seedBundle();
    QJsonArray items = root.value(QLatin1String("items")).toArray();
    QJsonObject item = items.at(index).toObject();
    item.insert(QLatin1String("asked_as"), phrasings);
    items.replace(index, item);
    root.insert(QLatin1String("items"), items);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace

TEST_CASE("central refuses a bundle with bad asked_as phrasings and publishes good ones",
          "[gateway-publish]")
{
    QTemporaryDir dir;
    auto storage = openTestCentral(dir.filePath(QStringLiteral("central.db")));
    REQUIRE(storage.ok());
    CataloguePublisher publisher(*storage.value());
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-12-07T02:00:00Z"), Qt::ISODate);

    struct Case
    {
        const char *what;
        QJsonValue phrasings;
        QString mentions;
    };
    const QList<Case> bad = {
        {"an empty string", QJsonArray{QStringLiteral("残疾证丢了"), QString()},
         QStringLiteral("asked_as[1]")},
        {"blank", QJsonArray{QStringLiteral(" \t ")}, QStringLiteral("asked_as[0]")},
        {"over-long", QJsonArray{QString(41, QChar(u'证'))}, QStringLiteral("at most 40")},
        {"a duplicate", QJsonArray{QStringLiteral("残疾证丢了"), QStringLiteral(" 殘疾證丟了 ")},
         QStringLiteral("repeats")},
        {"a number", QJsonArray{42}, QStringLiteral("asked_as[0]")},
        {"not a list", QJsonValue(QStringLiteral("残疾证丢了")), QStringLiteral("asked_as")},
    };
    for (const Case &c : bad) {
        DYNAMIC_SECTION(c.what)
        {
            auto published = publisher.publish(withAskedAs(34, c.phrasings), now);
            REQUIRE_FALSE(published.ok());
            INFO(published.error().message.toStdString());
            CHECK(published.error().code == Error::Invalid);
            CHECK(published.error().message.contains(QStringLiteral("item 35")));
            CHECK(published.error().message.contains(c.mentions));
            const auto seq = publisher.publishedSequence();
            REQUIRE(seq.ok());
            CHECK(seq.value() == 0);
        }
    }
    auto good = publisher.publish(
        withAskedAs(34, QJsonArray{QStringLiteral("残疾证丢了"), QStringLiteral("残疾证找不到了")}),
        now);
    REQUIRE(good.ok());
    CHECK(good->seq == 1);
    // Kiosks pull the phrasings with the item.
    auto answer = publisher.changesSince(0);
    REQUIRE(answer.ok());
    const QString code = seedBundle()
                             .value(QLatin1String("items"))
                             .toArray()
                             .at(34)
                             .toObject()
                             .value(QLatin1String("code"))
                             .toString();
    int phrasings = -1;
    for (const QJsonObject &item : answer.value().changes.items.upserts) {
        if (item.value(QLatin1String("code")).toString() == code)
            phrasings = int(item.value(QLatin1String("asked_as")).toArray().size());
    }
    CHECK(phrasings == 2);
}
