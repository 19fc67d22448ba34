// TouchTargetCheck's rules on small scenes: a tappable item below the touch target is found,
// one as large is not, and a part with its own documented target is held to that.
#include <catch2/catch.hpp>

#include "touchtargetcheck.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>

#include <memory>

using jiujin::TouchTargetCheck;

namespace {

/** Problems found against an 88 px target in a 600x400 window showing @p body. */
QStringList touchProblems(const QByteArray &body)
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nWindow { width: 600; height: 400; visible: true\n" + body +
                          "\n}",
                      QUrl(QStringLiteral("qrc:/touch.qml")));
    std::unique_ptr<QObject> root(component.create());
    INFO(component.errorString().toStdString());
    REQUIRE(root);
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    REQUIRE(window);
    QCoreApplication::processEvents();
    window->grabWindow();
    const QStringList found = TouchTargetCheck::problems(window, 88);
    for (const QString &line : found)
        UNSCOPED_INFO(line.toStdString());
    return found;
}

} // namespace

TEST_CASE("touch: a key as large as the target is not reported")
{
    CHECK(touchProblems("Rectangle { width: 150; height: 88; TapHandler {} }\n"
                        "MouseArea { y: 100; width: 88; height: 90 }\n"
                        "Rectangle { y: 200; width: 20; height: 20 } // not tappable")
              .isEmpty());
}

TEST_CASE("touch: a key lower or narrower than the target is reported")
{
    const QStringList found =
        touchProblems("Rectangle { objectName: 'low'; width: 150; height: 79; TapHandler {} }\n"
                      "MouseArea { objectName: 'narrow'; y: 100; width: 60; height: 100 }");
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).contains(QLatin1String("[low]")));
    CHECK(found.at(0).contains(QStringLiteral("150×79")));
    CHECK(found.at(1).contains(QLatin1String("[narrow]")));
}

TEST_CASE("touch: hidden items and disabled handlers are not reported")
{
    CHECK(touchProblems("Rectangle { visible: false; width: 10; height: 10; TapHandler {} }\n"
                        "Item { visible: false; Rectangle { width: 10; height: 10; "
                        "TapHandler {} } }\n"
                        "Rectangle { width: 10; height: 10; TapHandler { enabled: false } }")
              .isEmpty());
}

TEST_CASE("touch: a part's own target (the on-screen keyboard) holds its keys")
{
    const QStringList found = touchProblems(
        "Item { property int touchTarget: 64; width: 600; height: 200\n"
        "  Rectangle { objectName: 'key'; width: 70; height: 68; TapHandler {} }\n"
        "  Rectangle { objectName: 'tiny'; x: 100; width: 70; height: 50; TapHandler {} } }");
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).contains(QLatin1String("[tiny]")));
    CHECK(found.at(0).contains(QLatin1String("64 px")));
}
