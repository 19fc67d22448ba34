// The baseline for the kiosk's cold start: the smallest Qt Quick window, timed to its first frame.
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQuickView>

#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen") && !qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    QQuickView view;
    view.setSource(QUrl(QStringLiteral("data:text/plain,import QtQuick%0ARectangle { width: 1280; height: 800; color: \"red\" }")));
    view.resize(1280, 800);
    QObject::connect(&view, &QQuickWindow::frameSwapped, &app, [&] {
        long rss = -1;
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    rss = line.mid(6).trimmed().split(' ').value(0).toLong();
            }
        }
        std::printf("first_frame_ms %lld\npeak_rss_kib %ld\n", static_cast<long long>(sinceStart.elapsed()), rss);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }, Qt::SingleShotConnection);
    view.show();
    return app.exec();
}
