// Qt Quick Test runner: the real QML module over a temporary database with the bundled catalogue.
#include "catalogueservice.h"
#include "cataloguestore.h"
#include "database.h"
#include "cataloguecontroller.h"
#include "kiosksession.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(JiuJin_UiPlugin)
Q_IMPORT_QML_PLUGIN(JiuJinPlugin)

using namespace jiujin;

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        auto db = Database::open(m_dir.filePath(QStringLiteral("kiosk.db")));
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        m_db = std::move(db.value());
        m_store = std::make_unique<CatalogueStore>(*m_db);
        m_service = std::make_unique<CatalogueService>(*m_store);
        if (!m_service->importFile(QStringLiteral(JIUJIN_SEED)))
            qFatal("cannot import the bundled catalogue");
        m_store->setSetting(QStringLiteral("point"), QStringLiteral("150525203000-01"));
        m_session = std::make_unique<KioskSession>(engine);
        m_catalogue = std::make_unique<CatalogueController>(*m_service, *m_session, m_dir.filePath(QStringLiteral("notices")));
        KioskSession::publish(m_session.get());
        CatalogueController::publish(m_catalogue.get());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogueStore> m_store;
    std::unique_ptr<CatalogueService> m_service;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<CatalogueController> m_catalogue;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk, Setup)

#include "main.moc"
