#pragma once

#include "fallbacktranslator.h"
#include "published.h"
#include "result.h"

#include <QJSEngine>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;

namespace jiujin {

/**
 * One citizen's visit: language, elder mode, and the idle watch. After idleTimeout of no touch,
 * a countdown of countdownLength runs on screen; at its end (or on finish()) the session ends:
 * sessionEnded() is emitted and language and elder mode return to their defaults.
 */
class KioskSession : public QObject, public Published<KioskSession>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool elderMode READ elderMode WRITE setElderMode NOTIFY elderModeChanged)
    Q_PROPERTY(bool atHome READ atHome WRITE setAtHome NOTIFY atHomeChanged)
    Q_PROPERTY(
        int idleTimeout READ idleTimeout WRITE setIdleTimeout NOTIFY idleTimeoutChanged) ///< ms
    Q_PROPERTY(int countdownLength READ countdownLength WRITE setCountdownLength NOTIFY
                   countdownLengthChanged) ///< ms
    Q_PROPERTY(bool countingDown READ countingDown NOTIFY countingDownChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
public:
    explicit KioskSession(QQmlEngine *engine, QObject *parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool elderMode() const { return m_elderMode; }
    void setElderMode(bool on);
    bool atHome() const { return m_atHome; }
    void setAtHome(bool atHome);
    int idleTimeout() const { return m_idle.interval(); }
    void setIdleTimeout(int ms);
    int countdownLength() const { return m_countdownLength; }
    void setCountdownLength(int ms);
    bool countingDown() const { return m_countingDown; }
    int secondsLeft() const { return m_secondsLeft; }
    bool english() const { return m_language == QLatin1String("en"); }
    /** Traditional Mongolian (mn_CN): catalogue texts without a Mongolian form stay Chinese. */
    bool mongolian() const { return m_language == QLatin1String("mn"); }
    /** The Mongolian strings asked for that had no translation (the screens test names them). */
    Q_INVOKABLE QStringList missingMongolian() const { return m_mongolian.missing(); }

    /** The citizen is still here: stop the countdown and restart the idle watch. */
    Q_INVOKABLE void stillHere();
    /** End the visit now (the citizen tapped 完成 or the countdown ran out). */
    Q_INVOKABLE void finish();

Q_SIGNALS:
    void languageChanged();
    void elderModeChanged();
    void atHomeChanged();
    void idleTimeoutChanged();
    void countdownLengthChanged();
    void countingDownChanged();
    void secondsLeftChanged();
    void sessionEnded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool fresh() const;
    void rearm();
    void tick();
    void setCountingDown(bool on);

    QQmlEngine *m_engine;
    QTranslator m_translator;
    FallbackTranslator m_mongolian;
    QString m_language = QStringLiteral("zh");
    bool m_elderMode = false;
    bool m_atHome = true;
    QTimer m_idle;
    QTimer m_tick;
    int m_countdownLength = 15000;
    int m_remainingMs = 0;
    bool m_countingDown = false;
    int m_secondsLeft = 0;
};

} // namespace jiujin
