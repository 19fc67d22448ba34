// TextFitCheck's rules on small scenes: each kind of unreadable text is found, and text that a
// citizen can read (or scroll to) is not.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "textfitcheck.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <memory>

using jiujin::TextFitCheck;

namespace {

/** Problems found in a 400x300 window showing @p body (QML items inside the window). */
QStringList check(const QByteArray &body)
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(
        "import QtQuick\nWindow { width: 400; height: 300; visible: true; color: 'white'\n" + body +
            "\n}",
        QUrl(QStringLiteral("qrc:/scene.qml")));
    std::unique_ptr<QObject> root(component.create());
    INFO(component.errorString().toStdString());
    REQUIRE(root);
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    REQUIRE(window);
    QCoreApplication::processEvents();
    window->grabWindow(); // polish and lay out as for a screenshot
    const QStringList found = TextFitCheck::problems(window);
    for (const QString &line : found)
        UNSCOPED_INFO(line.toStdString());
    return found;
}

bool mentions(const QStringList &problems, const char *what)
{
    for (const QString &p : problems)
        if (p.contains(QLatin1String(what)))
            return true;
    return false;
}

} // namespace

TEST_CASE("text that fits is not reported")
{
    CHECK(check("Text { x: 10; y: 10; width: 380; wrapMode: Text.WordWrap; font.pixelSize: 20; "
                "text: '您好 hello world, a longer line that wraps' }\n"
                "Rectangle { y: 100; width: 200; height: 80; color: 'red'; Text { "
                "anchors.centerIn: parent; font.pixelSize: 20; text: 'OK' } }")
              .isEmpty());
}

TEST_CASE("elided text is truncated")
{
    CHECK(mentions(check("Text { width: 60; elide: Text.ElideRight; font.pixelSize: 20; text: 'a "
                         "long line of text' }"),
                   "truncated"));
}

TEST_CASE("text wider than its item, or off the window")
{
    CHECK(mentions(
        check("Text { width: 50; height: 30; font.pixelSize: 20; text: 'unbreakablelongword' }"),
        "does not fit its item"));
    CHECK(mentions(check("Text { x: 350; font.pixelSize: 20; text: 'off the edge' }"),
                   "off the window"));
}

TEST_CASE("text running out of its tile, and covered by the next tile")
{
    const QStringList found =
        check("Rectangle { id: a; width: 200; height: 40; color: 'yellow'; Text { "
              "anchors.centerIn: parent; font.pixelSize: 60; text: 'Big' } }\n"
              "Rectangle { y: 44; width: 200; height: 40; color: 'yellow' }");
    CHECK(mentions(found, "runs out of"));
    CHECK(mentions(found, "covered by"));
}

TEST_CASE("overlapping texts")
{
    CHECK(mentions(check("Text { font.pixelSize: 20; text: 'first' }\nText { x: 10; y: 5; "
                         "font.pixelSize: 20; text: 'second' }"),
                   "overlaps"));
}

TEST_CASE("clipped by a parent, but not when it can be scrolled into view")
{
    CHECK(mentions(check("Item { width: 100; height: 20; clip: true; Text { font.pixelSize: 30; "
                         "text: 'cut' } }"),
                   "clipped by"));
    CHECK(
        check(
            "ListView { width: 300; height: 100; clip: true; model: 20; delegate: Text { required "
            "property int index; height: 30; font.pixelSize: 20; text: 'row ' + index } }")
            .isEmpty());
}

TEST_CASE("text that can be drawn under 18 px")
{
    CHECK(mentions(check("Text { font.pixelSize: 14; text: 'small' }"), "under 18 px"));
    CHECK(mentions(check("Text { width: 40; height: 30; font.pixelSize: 30; fontSizeMode: "
                         "Text.Fit; minimumPixelSize: 10; text: 'fitted' }"),
                   "under 18 px"));
}

TEST_CASE("a list left less room than one row")
{
    // 30 px of a list whose rows are 80 px: a sliver of the first row, as the elder staff board
    // once showed its cases between the counts and the buttons below.
    const QByteArray rows = "model: 5; delegate: Rectangle { required property int index; width: "
                            "300; height: 80; color: 'yellow'; Text { font.pixelSize: 20; text: "
                            "'case ' + parent.index } } }";
    CHECK(mentions(
        check("ListView { objectName: 'cases'; width: 300; height: 30; clip: true; " + rows),
        "[cases]: shows 30 px of a list whose first row is 80 px"));
    // Cut by a parent that clips it, not by its own height.
    CHECK(mentions(check("Item { width: 300; height: 40; clip: true; ListView { width: 300; "
                         "height: 200; " +
                         rows + " }"),
                   "shows 40 px"));
    // One row's room, or no rows at all: nothing to report.
    CHECK(check("ListView { width: 300; height: 80; clip: true; " + rows).isEmpty());
    CHECK(check("ListView { width: 300; height: 10; model: 0; delegate: Text { text: 'none' } }")
              .isEmpty());
    // Columns side by side are read across: not judged by this rule.
    CHECK_FALSE(mentions(check("ListView { orientation: ListView.Horizontal; width: 30; height: "
                               "200; clip: true; model: 5; delegate: Rectangle { width: 80; "
                               "height: 200; color: 'yellow' } }"),
                         "shows"));
}

TEST_CASE("what lies under a full-window veil is not read")
{
    CHECK(
        check(
            "Text { font.pixelSize: 20; text: 'under' }\nRectangle { anchors.fill: parent; color: "
            "'#cc000000'; Text { anchors.centerIn: parent; font.pixelSize: 20; text: 'above' } }")
            .isEmpty());
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
