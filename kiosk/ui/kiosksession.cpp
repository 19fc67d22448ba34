#include "kiosksession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QQmlEngine>

namespace jiujin {

KioskSession::KioskSession(QQmlEngine *engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(90000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_remainingMs = m_countdownLength;
        setCountingDown(true);
        tick();
        m_tick.start();
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_remainingMs -= m_tick.interval();
        tick();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void KioskSession::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("en") || language == QLatin1String("mn")
                             ? language
                             : QStringLiteral("zh");
    if (lang == m_language)
        return;
    m_language = lang;
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_mongolian);
    if (english() && m_translator.load(QStringLiteral(":/i18n/jiujin_en.qm")))
        QCoreApplication::installTranslator(&m_translator);
    // Mongolian (mn_CN, traditional script): a string without a translation shows its Chinese.
    if (mongolian() && m_mongolian.load(QStringLiteral(":/i18n/jiujin_mn.qm")))
        QCoreApplication::installTranslator(&m_mongolian);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    rearm();
}

void KioskSession::setElderMode(bool on)
{
    if (on == m_elderMode)
        return;
    m_elderMode = on;
    Q_EMIT elderModeChanged();
    rearm();
}

void KioskSession::setAtHome(bool atHome)
{
    if (atHome == m_atHome)
        return;
    m_atHome = atHome;
    Q_EMIT atHomeChanged();
    rearm();
}

void KioskSession::setIdleTimeout(int ms)
{
    if (ms == m_idle.interval() || ms <= 0)
        return;
    m_idle.setInterval(ms);
    Q_EMIT idleTimeoutChanged();
    rearm();
}

void KioskSession::setCountdownLength(int ms)
{
    if (ms == m_countdownLength || ms <= 0)
        return;
    m_countdownLength = ms;
    m_tick.setInterval(std::min(1000, ms));
    Q_EMIT countdownLengthChanged();
}

bool KioskSession::fresh() const
{
    return m_atHome && m_language == QLatin1String("zh") && !m_elderMode;
}

void KioskSession::rearm()
{
    // Timers only: nothing runs while a fresh home screen waits for the next citizen.
    m_tick.stop();
    setCountingDown(false);
    if (fresh())
        m_idle.stop();
    else
        m_idle.start();
}

void KioskSession::stillHere()
{
    rearm();
}

void KioskSession::finish()
{
    m_idle.stop();
    m_tick.stop();
    setCountingDown(false);
    setElderMode(false);
    setLanguage(QStringLiteral("zh"));
    Q_EMIT sessionEnded();
    rearm();
}

void KioskSession::tick()
{
    const int seconds = std::max(0, (m_remainingMs + 999) / 1000);
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        Q_EMIT secondsLeftChanged();
    }
    if (m_remainingMs <= 0)
        finish();
}

void KioskSession::setCountingDown(bool on)
{
    if (on == m_countingDown)
        return;
    m_countingDown = on;
    Q_EMIT countingDownChanged();
}

bool KioskSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        // Any touch counts as activity, except on the countdown itself, whose buttons decide.
        if (!m_countingDown)
            rearm();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jiujin
