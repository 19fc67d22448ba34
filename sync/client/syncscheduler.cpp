#include "syncscheduler.h"

#include "database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace jiujin {

namespace {
qint64 dataVersion(Database &db)
{
    auto s = db.prepare("PRAGMA data_version");
    return s.step() ? s.integer(0) : -1;
}
} // namespace

SyncScheduler::SyncScheduler(Database &db, SyncEngine &engine, QString kioskVersion,
                             QObject *parent)
    : QObject(parent), m_db(db), m_engine(engine), m_kioskVersion(std::move(kioskVersion))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::run);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SyncScheduler::databaseTouched);
}

SyncScheduler::~SyncScheduler() = default;

QString SyncScheduler::socketName(const QString &databasePath)
{
    const QByteArray path = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("jiujin-syncd-") +
           QString::fromLatin1(
               QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

bool SyncScheduler::start()
{
    m_server = std::make_unique<QLocalServer>();
    // A nudge carries nothing and can only bring a drain forward, and the kiosk UI runs as
    // another user: anyone local may nudge.
    m_server->setSocketOptions(QLocalServer::WorldAccessOption);
    const QString name = socketName(m_db.path());
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        qCWarning(lcSync) << "cannot listen for nudges on" << name << m_server->errorString();
        return false;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *s = m_server->nextPendingConnection()) {
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
            s->disconnectFromServer();
        }
        nudge();
    });
    // Inotify on the WAL (every commit writes it) instead of polling data_version on a timer.
    const QString wal = m_db.path() + QStringLiteral("-wal");
    m_watcher.addPaths({m_db.path(), wal});
    m_dataVersion = dataVersion(m_db);
    m_timer.start(0);
    return true;
}

void SyncScheduler::nudge()
{
    m_backoff.reset();
    if (!m_timer.isActive() || m_timer.remainingTime() > coalesceMs)
        m_timer.start(coalesceMs);
}

void SyncScheduler::databaseTouched()
{
    const QString wal = m_db.path() + QStringLiteral("-wal");
    if (!m_watcher.files().contains(wal) && QFileInfo::exists(wal))
        m_watcher.addPath(wal);
    // Our own commits change the file too but not our connection's data_version.
    const qint64 now = dataVersion(m_db);
    if (now == m_dataVersion)
        return;
    m_dataVersion = now;
    // A new record is work, not a sign that the network is back: it ends an idle wait, never a
    // backoff.
    if (m_backoff.failures() == 0 && (!m_timer.isActive() || m_timer.remainingTime() > coalesceMs))
        m_timer.start(coalesceMs);
}

void SyncScheduler::run()
{
    const DrainResult r = m_engine.drain();
    m_dataVersion = dataVersion(m_db);
    if (r.complete) {
        m_backoff.reset();
        if (auto h = m_engine.heartbeat(m_kioskVersion); !h)
            qCWarning(lcSync) << "heartbeat failed:" << h.error().message;
        m_timer.start(idleIntervalMs);
    } else {
        const auto wait = m_backoff.next(r.retryAfterS);
        qCInfo(lcSync) << "next attempt in" << wait.count() << "ms";
        m_timer.start(int(wait.count()));
    }
    Q_EMIT drained(r.accepted, r.complete);
}

} // namespace jiujin
