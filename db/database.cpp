#include "database.h"

#include "migrations.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDb, "jiujin.db")

namespace jiujin {

namespace {
Error::Code codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Corrupt;
    case SQLITE_FULL:
        return Error::Full;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Busy;
    default:
        return Error::Io;
    }
}
} // namespace

void Statement::finalize(sqlite3_stmt *stmt)
{
    sqlite3_finalize(stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

Statement &Statement::bindBlob(int index, QByteArrayView value)
{
    sqlite3_bind_blob64(m_stmt.get(), index, value.data(), sqlite3_uint64(value.size()),
                        SQLITE_TRANSIENT);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt) {
        if (!m_error)
            m_error = Error{Error::Invalid, QStringLiteral("statement was not prepared")};
        return false;
    }
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = Error{codeFor(rc), QString::fromUtf8(sqlite3_errmsg(m_db))};
    return false;
}

Result<void> Statement::run()
{
    while (step()) {
    }
    if (m_error)
        return *m_error;
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
    m_error.reset();
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt.get(), column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt.get(), column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

Database::Database(sqlite3 *db, QString path) : m_db(db, &sqlite3_close_v2), m_path(std::move(path))
{
}

Result<std::unique_ptr<Database>> Database::openRaw(const QString &path)
{
    sqlite3 *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const bool creating = ::access(native.constData(), F_OK) != 0;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return db->lastError("open");
    if (creating && path != QLatin1String(":memory:")) {
        // SQLite creates files 0644 whatever the umask allows; the kiosk and jiujin-syncd run as
        // two users of one group and both write the database (its -wal and -shm copy this mode).
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::chmod(native.constData(), 0666 & ~mask);
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    // WAL + FULL: a commit that returned is on disk (DESIGN §4.1).
    // A 16 MB page cache and memory-mapped reads keep catalogue searches off read() calls.
    static const char *const pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                          "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-16384",
                                          "PRAGMA mmap_size=268435456"};
    for (const char *pragma : pragmas) {
        if (auto r = db->exec(pragma); !r)
            return r.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    auto db = openRaw(path);
    if (!db)
        return db.error();
    if (auto r = migrate(*db.value()); !r)
        return r.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openOrQuarantine(const QString &path,
                                                             QString *quarantinedTo)
{
    auto db = open(path);
    if (db) {
        auto check = db.value()->prepare("PRAGMA quick_check(1)");
        if (check.step() && check.text(0) == QLatin1String("ok"))
            return db;
        db = Error{Error::Corrupt, QStringLiteral("quick_check failed")};
    }
    if (db.error().code != Error::Corrupt)
        return db;
    const QString aside =
        path + QStringLiteral(".corrupt-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            return Error{Error::Io,
                         QStringLiteral("%1 is damaged and could not be moved aside to %2")
                             .arg(path + suffix, aside + suffix)};
    }
    qCCritical(lcDb) << "database was damaged; moved aside to" << aside;
    if (quarantinedTo)
        *quarantinedTo = aside;
    return open(path);
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.get(), sql, -1, &stmt, nullptr) != SQLITE_OK)
        qCWarning(lcDb) << "prepare failed:" << sqlite3_errmsg(m_db.get());
    return Statement(m_db.get(), stmt);
}

CachedStatement Database::cached(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, prepare(sql)).first;
    return CachedStatement(it->second);
}

Result<void> Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    Error error{codeFor(rc), QString::fromUtf8(message ? message : sqlite3_errstr(rc))};
    sqlite3_free(message);
    return error;
}

int Database::schemaVersion()
{
    auto stmt = prepare("PRAGMA user_version");
    return stmt.step() ? int(stmt.integer(0)) : -1;
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

Error Database::lastError(const char *what) const
{
    const int rc = sqlite3_extended_errcode(m_db.get());
    return Error{codeFor(rc),
                 QStringLiteral("%1: %2").arg(QLatin1String(what),
                                              QString::fromUtf8(sqlite3_errmsg(m_db.get())))};
}

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0),
      m_begun(db.exec(m_nested              ? "SAVEPOINT nested"
                      : mode == Mode::Write ? "BEGIN IMMEDIATE"
                                            : "BEGIN DEFERRED"))
{
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec(m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Error{Error::Invalid, QStringLiteral("transaction already ended")}
                            : m_begun.error();
    auto r = m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
    if (r)
        m_open = false;
    return r;
}

} // namespace jiujin
