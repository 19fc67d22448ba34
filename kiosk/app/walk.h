#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

namespace jiujin {

class KioskSession;

/**
 * Walks through every main screen of a loaded kiosk window: for --self-test (fails on any QML
 * warning or a screen that does not appear) and for --tour (saves a PNG of each screen and fails
 * on any text TextFitCheck finds cut, overlapping or off the window).
 */
class ScreenWalk : public QObject
{
    Q_OBJECT
public:
    /** @p outDir: where PNGs go; empty for a self-test without screenshots. */
    ScreenWalk(QQuickWindow *window, KioskSession &session, QString outDir, QString prefix);
    void start();
    QStringList written() const { return m_written; }
    /** The kiosk's database: the tour writes there what jiujin-syncd would (a lookup's answer). */
    void setDatabasePath(const QString &path);

Q_SIGNALS:
    void finished(bool ok, const QString &problem);

private:
    void step();
    /** Grabs and checks the screen of step `name`; retried while a layout is settling. */
    void look(const char *name, int attempt);
    static constexpr int settleAttempts = 5;
    QQuickWindow *m_window;
    KioskSession &m_session;
    QString m_outDir, m_prefix;
    int m_index = 0;
    QStringList m_written;
    QStringList m_unreadable; ///< what TextFitCheck found, per screenshot
};

/** Counts QML warnings from the moment it is installed (for --self-test). */
int qmlWarningCount();
void installWarningCounter();

} // namespace jiujin
