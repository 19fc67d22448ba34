#pragma once

#include "backoff.h"
#include "identitykeeper.h"
#include "networkwatch.h"
#include "syncengine.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace jiujin {

class Database;

/**
 * Runs the engine in jiujin-syncd: drains, then sleeps on a timer with backoff; wakes early when
 * another process commits to the database (the WAL file changes and PRAGMA data_version confirms
 * it), and ends a backoff when someone asks for a sync now (the sync.nudge_at setting changes:
 * staff's button, `jiujinctl sync now`) or when the network comes back (an address, route or link
 * came up). A case lookup the UI wrote is asked at once when the database changes, before any
 * drain (a citizen is waiting at the screen). Before each drain it renews the device certificate
 * when due (IdentityKeeper), and after the heartbeat it keeps central's announced pins. A catalogue
 * pull or lease run that failed for a reason that may pass (the link, a busy central) is tried
 * again after a backoff too, not after the idle wait. Nothing polls while idle, and nothing but the
 * database is shared with the kiosk.
 */
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    /** How long an idle daemon waits before the next heartbeat (and drain). */
    static constexpr int idleIntervalMs = 15 * 60 * 1000;
    /** Writes and nudges arriving together are drained once, this long after the first. */
    static constexpr int coalesceMs = 250;
    /** After the database file changed: when to look at it, and when once more. */
    static constexpr int lookFirstMs = 50, lookAgainMs = 1000;

    SyncScheduler(Database &db, SyncEngine &engine, QString kioskVersion,
                  QObject *parent = nullptr);
    ~SyncScheduler() override;

    /** Watches the database and the network, and drains at once. */
    void start();
    /** Wakes the engine soon and forgets the backoff (someone says there is work or network). */
    void nudge();
    /** For tests and jiujinctl/status: milliseconds until the next drain, -1 when none is set. */
    int nextAttemptInMs() const;

Q_SIGNALS:
    void drained(int accepted, bool complete);

private:
    void run();
    void databaseTouched();
    void lookAtDatabase();
    /** Asks central the kiosk UI's waiting case lookups (CaseLookupAsker). */
    void answerLookups();

    Database &m_db;
    SyncEngine &m_engine;
    QString m_kioskVersion;
    Backoff m_backoff;
    QTimer m_timer;
    QTimer m_look;
    int m_looksLeft = 0;
    QFileSystemWatcher m_watcher;
    NetworkWatch m_network;
    IdentityKeeper m_identity;
    qint64 m_dataVersion = -1;
    QString m_nudgedAt;
    /** The last drain stopped on a failure: a new record does not end that backoff. */
    bool m_pushFailed = false;
};

} // namespace jiujin
