#pragma once

#include "cataloguecontroller.h"
#include "kiosksession.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/** Publishes the objects main.cpp built to QML as singletons (set instance before loading QML). */
struct CatalogueSingleton
{
    Q_GADGET
    QML_FOREIGN(jiujin::CatalogueController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Catalogue)
public:
    inline static CatalogueController *instance = nullptr;
    static CatalogueController *create(QQmlEngine *, QJSEngine *engine)
    {
        engine->setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
};

struct SessionSingleton
{
    Q_GADGET
    QML_FOREIGN(jiujin::KioskSession)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Session)
public:
    inline static KioskSession *instance = nullptr;
    static KioskSession *create(QQmlEngine *, QJSEngine *engine)
    {
        engine->setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
};

} // namespace jiujin
