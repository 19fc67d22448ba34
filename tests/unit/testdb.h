#pragma once

#include "catalogueservice.h"
#include "cataloguestore.h"
#include "database.h"

#include <QFile>
#include <QTemporaryDir>

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

    QTemporaryDir dir;
    std::unique_ptr<jiujin::Database> db;
    std::unique_ptr<jiujin::CatalogueStore> store;
    std::unique_ptr<jiujin::CatalogueService> service;
};
