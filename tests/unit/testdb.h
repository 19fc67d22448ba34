#pragma once

#include "catalogueservice.h"
#include "cataloguestore.h"
#include "database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

#include <catch2/catch.hpp>

/** A fresh database in a temporary directory, with the bundled catalogue imported when asked. */
struct TestDb
{
    explicit TestDb(bool withCatalogue = true)
    {
        REQUIRE(dir.isValid());
        auto opened = jiujin::Database::open(path());
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        store = std::make_unique<jiujin::CatalogueStore>(*db);
        service = std::make_unique<jiujin::CatalogueService>(*store);
        if (withCatalogue) {
            auto info = service->importBundle(seed());
            REQUIRE(info.ok());
        }
    }
    QString path() const { return dir.filePath(QStringLiteral("test.db")); }
    static QByteArray seed()
    {
        QFile f(QStringLiteral(JIUJIN_SEED));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
    /** The bundled catalogue with item @p index changed by @p edit. */
    static QByteArray seedWithItem(int index, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject root = QJsonDocument::fromJson(seed()).object();
        QJsonArray items = root.value(QLatin1String("items")).toArray();
        QJsonObject item = items.at(index).toObject();
        edit(item);
        items.replace(index, item);
        root.insert(QLatin1String("items"), items);
        return QJsonDocument(root).toJson();
    }

    QTemporaryDir dir;
    std::unique_ptr<jiujin::Database> db;
    std::unique_ptr<jiujin::CatalogueStore> store;
    std::unique_ptr<jiujin::CatalogueService> service;
};
