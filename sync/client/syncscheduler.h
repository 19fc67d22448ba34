#pragma once

#include "backoff.h"
#include "syncengine.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

class QLocalServer;

namespace jiujin {

class Database;

/**
 * Runs the engine in jiujin-syncd: drains, then sleeps on a timer with backoff; wakes early on a
 * nudge over a local socket or when another process commits to the database (the WAL file changes
 * and PRAGMA data_version confirms it). Nothing polls while idle.
 */
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    /** How long an idle daemon waits before the next heartbeat (and drain). */
    static constexpr int idleIntervalMs = 15 * 60 * 1000;
    /** Writes and nudges arriving together are drained once, this long after the first. */
    static constexpr int coalesceMs = 250;

    SyncScheduler(Database &db, SyncEngine &engine, QString kioskVersion,
                  QObject *parent = nullptr);
    ~SyncScheduler() override;

    /** The local socket name for the database at @p databasePath: "jiujin-syncd-" and a hash of
     *  its absolute path, so two kiosks' databases on one machine never share a daemon. */
    static QString socketName(const QString &databasePath);

    /** Listens for nudges and watches the database; false if the socket cannot be made. */
    bool start();
    /** Wakes the engine soon and forgets the backoff (someone says there is work or network). */
    void nudge();

Q_SIGNALS:
    void drained(int accepted, bool complete);

private:
    void run();
    void databaseTouched();

    Database &m_db;
    SyncEngine &m_engine;
    QString m_kioskVersion;
    Backoff m_backoff;
    QTimer m_timer;
    QFileSystemWatcher m_watcher;
    std::unique_ptr<QLocalServer> m_server;
    qint64 m_dataVersion = -1;
};

} // namespace jiujin
