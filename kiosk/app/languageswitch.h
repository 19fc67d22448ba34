#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

namespace jiujin {

class KioskSession;

/**
 * --switch-language (benchmark): once the home screen is drawn, switches the whole UI between
 * Chinese and @p target several times, as a tap on the top bar does, and prints the time from
 * each switch to the next frame drawn in the new language ("switch_ms LANG MS", one line each),
 * then exits. tests/bench/mongolian compares Mongolian with English, measured in the same run.
 */
class LanguageSwitchBench : public QObject
{
public:
    LanguageSwitchBench(QQuickWindow *window, KioskSession &session, QString target, int rounds);
    void start();

private:
    void next();
    QQuickWindow *m_window;
    KioskSession &m_session;
    QString m_target;
    int m_rounds;
    int m_done = 0;
};

} // namespace jiujin
