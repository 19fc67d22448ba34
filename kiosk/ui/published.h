#pragma once

#include <QJSEngine>

class QQmlEngine;

namespace jiujin {

/**
 * Publishes an object that main.cpp built as a QML singleton: derive from Published<T> in a
 * QML_SINGLETON class and call T::publish(&object) before loading QML. QML never owns it.
 */
template <typename T> class Published
{
public:
    static void publish(T *instance) { s_instance = instance; }
    /** The published object (for the screen walk and tests), or null. */
    static T *instance() { return s_instance; }
    static T *create(QQmlEngine *, QJSEngine *engine)
    {
        engine->setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    inline static T *s_instance = nullptr;
};

} // namespace jiujin
