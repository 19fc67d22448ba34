// The baselines for the kiosk's cold start: the smallest Qt Quick window, and (--chinese) the
// same window showing one line of Chinese text, timed to their first frame.
#include "startup.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQuickView>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    jiujin::markStartup("main");
    jiujin::chooseRenderer();
    QGuiApplication app(argc, argv);
    jiujin::markStartup("Qt application and options");
    const bool chinese = app.arguments().contains(QStringLiteral("--chinese"));
    QQuickView view;
    const QUrl source(
        chinese ? QStringLiteral(
                      "data:text/plain,import QtQuick%0ARectangle { width: 1280; height: 800; "
                      "Text { text: \"%E6%82%A8%E5%A5%BD%EF%BC%81%E5%B0%B1%E8%BF%91%E5%8A%9E\"; "
                      "font.pixelSize: 32; font.family: \"Noto Sans CJK SC\" } }")
                : QStringLiteral("data:text/plain,import QtQuick%0ARectangle { width: 1280; "
                                 "height: 800; color: \"red\" }"));
    // Compiled, then made, as the kiosk does, so that the benchmark compares stage with stage.
    const QQmlComponent compiled(view.engine(), source);
    jiujin::markStartup("QML: compiling Main.qml and its types");
    view.setSource(source);
    jiujin::markStartup("QML: making the window and home screen");
    view.resize(1280, 800);
    QObject::connect(
        &view, &QQuickWindow::frameSwapped, &app,
        [&] {
            jiujin::reportFirstFrame(sinceStart.elapsed());
            jiujin::reportMappedObjects();
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
    view.show();
    return app.exec();
}
