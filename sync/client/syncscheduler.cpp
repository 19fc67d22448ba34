#include "syncscheduler.h"

#include "bookingcancelpuller.h"
#include "calendarpuller.h"
#include "casefeedpuller.h"
#include "caselookupasker.h"
#include "database.h"
#include "leasekeeper.h"

#include <QFileInfo>

namespace jiujin {

namespace {
qint64 dataVersion(Database &db)
{
    auto s = db.prepare("PRAGMA data_version");
    return s.step() ? s.integer(0) : -1;
}

QString nudgedAt(Database &db)
{
    auto s = db.prepare("SELECT value FROM kiosk_settings WHERE key = ?");
    s.bind(1, QString::fromLatin1(syncsetting::nudgedAt));
    return s.step() ? s.text(0) : QString();
}
} // namespace

SyncScheduler::SyncScheduler(Database &db, SyncEngine &engine, QString kioskVersion,
                             QObject *parent)
    : QObject(parent), m_db(db), m_engine(engine), m_kioskVersion(std::move(kioskVersion)),
      m_identity(engine)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::run);
    m_look.setSingleShot(true);
    connect(&m_look, &QTimer::timeout, this, &SyncScheduler::lookAtDatabase);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SyncScheduler::databaseTouched);
    connect(&m_network, &NetworkWatch::cameUp, this, [this] {
        // Only a wait after a failure is worth cutting short; an idle daemon has nothing to send.
        if (m_backoff.failures() > 0) {
            qCInfo(lcSync) << "network changed; trying again now";
            nudge();
        }
    });
}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::start()
{
    // Inotify on the WAL (every commit writes it) instead of polling data_version on a timer.
    const QString wal = m_db.path() + QStringLiteral("-wal");
    m_watcher.addPaths({m_db.path(), wal});
    m_dataVersion = dataVersion(m_db);
    m_nudgedAt = nudgedAt(m_db);
    m_network.start();
    m_timer.start(0);
}

void SyncScheduler::nudge()
{
    m_backoff.reset();
    if (!m_timer.isActive() || m_timer.remainingTime() > coalesceMs)
        m_timer.start(coalesceMs);
}

int SyncScheduler::nextAttemptInMs() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void SyncScheduler::databaseTouched()
{
    const QString wal = m_db.path() + QStringLiteral("-wal");
    if (!m_watcher.files().contains(wal) && QFileInfo::exists(wal))
        m_watcher.addPath(wal);
    // A commit writes (and syncs) its WAL frames before it publishes them in the wal-index, so
    // the write that woke us may not be visible yet: look a moment later, and once more after a
    // slow disk's fsync.
    m_looksLeft = 2;
    m_look.start(lookFirstMs);
}

void SyncScheduler::lookAtDatabase()
{
    if (const QString at = nudgedAt(m_db); at != m_nudgedAt) {
        m_nudgedAt = at;
        m_dataVersion = dataVersion(m_db);
        qCInfo(lcSync) << "asked to sync now";
        nudge();
        return;
    }
    // Our own commits change the file too but not our connection's data_version.
    const qint64 now = dataVersion(m_db);
    if (now == m_dataVersion) {
        if (--m_looksLeft > 0)
            m_look.start(lookAgainMs);
        return;
    }
    m_dataVersion = now;
    // A citizen at the screen waits for a case lookup: answered now, not after a drain.
    answerLookups();
    // A new record is work, not a sign that the network is back: it ends an idle wait (or one on
    // the catalogue and leases alone), never a failed push's backoff.
    if (!m_pushFailed && (!m_timer.isActive() || m_timer.remainingTime() > coalesceMs))
        m_timer.start(coalesceMs);
}

void SyncScheduler::answerLookups()
{
    if (auto r = CaseLookupAsker(m_db, m_engine).run(); !r)
        qCWarning(lcSync) << "case lookups not answered:" << r.error().message;
}

void SyncScheduler::run()
{
    answerLookups();
    // A certificate due for renewal is renewed before it is used again; a failure (backed off
    // inside the keeper) holds up nothing: the certificate in use is still valid.
    if (auto renewed = m_identity.renewIfDue(); !renewed)
        qCWarning(lcSync) << "certificate not renewed this cycle:" << renewed.error().message;
    DrainResult r = m_engine.drain();
    // Bookings central cancelled: after the drain, so that a citizen's records are the first thing
    // on the connection; the kiosk's answers (booking_cancel records) go up in a drain of their own
    // at once, before the leases are settled. A failure to ask is noted and holds up nothing.
    if (r.complete) {
        if (auto c = BookingCancelPuller(m_engine).run(); c && c->cancelled > 0) {
            const int before = r.accepted;
            r = m_engine.drain();
            r.accepted += before;
        }
    }
    m_dataVersion = dataVersion(m_db);
    m_pushFailed = !r.complete;
    if (r.complete) {
        // After the drain: a citizen's record never waits behind a catalogue download. A
        // failure is noted in sync.last_error (pullCatalogue logs it) and holds up nothing.
        bool retrySoon = false;
        if (auto c = m_engine.pullCatalogue(); !c)
            retrySoon = SyncEngine::retrySoon(c.error());
        // Case updates for 查进度, like the catalogue: a failure is noted and holds up nothing.
        if (auto c = CaseFeedPuller(m_db, m_engine).run(); !c)
            retrySoon = retrySoon || SyncEngine::retrySoon(c.error());
        // The working calendar, daily (and at the first cycle after enrollment).
        if (auto c = CalendarPuller(m_db, m_engine).run(); !c)
            retrySoon = retrySoon || SyncEngine::retrySoon(c.error());
        // Slots and leases once the drain is complete: a settle must follow the bookings it counts.
        if (auto l = LeaseKeeper(m_db, m_engine).run(); !l) {
            qCWarning(lcSync) << "leases not kept this cycle:" << l.error().message;
            retrySoon = retrySoon || SyncEngine::retrySoon(l.error());
        } else if (l->slotsError) {
            retrySoon = retrySoon || SyncEngine::retrySoon(*l->slotsError);
        }
        if (auto h = m_engine.heartbeat(m_kioskVersion); !h)
            qCWarning(lcSync) << "heartbeat failed:" << h.error().message;
        if (auto p = m_identity.refreshPins(); !p)
            qCWarning(lcSync) << "central's pins not read:" << p.error().message;
        if (retrySoon) {
            // A settle must reach central before its lease's cutoff: a 503 or a cut link is not
            // left for the idle wait. The backoff keeps counting, so a central that stays down
            // is asked at most every few minutes; a refusal or a missing service (404) waits idle.
            const auto wait = m_backoff.next();
            qCInfo(lcSync) << "catalogue or leases to be tried again in" << wait.count() << "ms";
            m_timer.start(int(wait.count()));
        } else {
            m_backoff.reset();
            m_timer.start(idleIntervalMs);
        }
    } else {
        const auto wait = m_backoff.next(r.retryAfterS);
        qCInfo(lcSync) << "next attempt in" << wait.count() << "ms";
        m_timer.start(int(wait.count()));
    }
    Q_EMIT drained(r.accepted, r.complete);
}

} // namespace jiujin
