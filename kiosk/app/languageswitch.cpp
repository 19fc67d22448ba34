#include "languageswitch.h"

#include "kiosksession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace jiujin {

LanguageSwitchBench::LanguageSwitchBench(QQuickWindow *window, KioskSession &session,
                                         QString target, int rounds)
    : m_window(window), m_session(session), m_target(std::move(target)), m_rounds(rounds)
{
}

void LanguageSwitchBench::start()
{
    // After the first frame and a moment to settle, as a citizen would tap.
    QObject::connect(
        m_window, &QQuickWindow::frameSwapped, this,
        [this] { QTimer::singleShot(200, this, [this] { next(); }); }, Qt::SingleShotConnection);
}

void LanguageSwitchBench::next()
{
    if (m_done >= 2 * m_rounds) {
        QCoreApplication::exit(0);
        return;
    }
    // Even rounds go to the language measured, odd ones back to Chinese (also printed).
    const QString language = m_done % 2 == 0 ? m_target : QStringLiteral("zh");
    auto *clock = new QElapsedTimer;
    QObject::connect(
        m_window, &QQuickWindow::frameSwapped, this,
        [this, clock, language] {
            std::printf("switch_ms %s %.2f\n", qPrintable(language),
                        static_cast<double>(clock->nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            delete clock;
            ++m_done;
            QTimer::singleShot(100, this, [this] { next(); });
        },
        Qt::SingleShotConnection);
    clock->start();
    m_session.setLanguage(language); // what the top bar's button does
    m_window->update();
}

} // namespace jiujin
