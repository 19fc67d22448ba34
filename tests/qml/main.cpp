// Qt Quick Test runner: the real QML module over a temporary database with the bundled catalogue.
#include "kioskcontext.h"
#include "staffservice.h"
#include "cataloguestore.h"
#include "database.h"
#include "keys.h"

#include <QDir>
#include <QImage>
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
        // A sample service point, central key (public half only) and staff member, as ./run sets up.
        const QString dbPath = m_dir.filePath(QStringLiteral("kiosk.db"));
        {
            auto db = Database::open(dbPath);
            if (!db)
                qFatal("cannot open the test database: %s", qPrintable(db.error().message));
            CatalogueStore store(*db.value());
            store.setSetting(QStringLiteral("point"), QStringLiteral("150525203000-01"));
            store.setSetting(QStringLiteral("central.public_key"),
                             QString::fromLatin1(protocol::Key::generate(protocol::Suite::Intl).value().publicPem()));
            if (!StaffService(*db.value()).enrol(QStringLiteral("0001"), QStringLiteral("萨仁"), QStringLiteral("284615")))
                qFatal("cannot enrol the sample staff member");
        }
        // The simulated scanner serves this page to every scan.
        QDir(m_dir.path()).mkpath(QStringLiteral("devices/scans"));
        QImage page(320, 452, QImage::Format_RGB32);
        page.fill(Qt::white);
        page.save(m_dir.filePath(QStringLiteral("devices/scans/page-1.png")));
        auto context = KioskContext::create(*engine, {dbPath, m_dir.path(), m_dir.filePath(QStringLiteral("devices")),
                                                      QStringLiteral("file:") + m_dir.filePath(QStringLiteral("printed")),
                                                      QStringLiteral(JIUJIN_SEED)});
        if (!context)
            qFatal("cannot set up the kiosk: %s", qPrintable(context.error().message));
        m_context = std::move(context.value());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KioskContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk, Setup)

#include "main.moc"
