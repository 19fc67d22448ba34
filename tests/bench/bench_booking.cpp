// Offline booking confirmation (BookingService::book on this kiosk's lease: check the lease, seal
// and queue the record, insert the booking, one transaction, WAL, synchronous=FULL) beside a raw
// SQLite INSERT+COMMIT of the same stored size under the same pragmas, in the same run and
// directory. Prints a table; asserts nothing. Usage: jiujin-bench-booking [N] [DIR].
#include "../integration/integration.h"

#include "bookingservice.h"
#include "bookingstore.h"
#include "slots.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace jiujin;

namespace {

const QString point = QStringLiteral("150525203000-01");

struct Stats
{
    double rate = 0, p50 = 0, p99 = 0;
};

Stats stats(std::vector<double> ms, double totalMs)
{
    std::sort(ms.begin(), ms.end());
    return {double(ms.size()) * 1000.0 / totalMs, ms[ms.size() / 2],
            ms[std::min(ms.size() - 1, ms.size() * 99 / 100)]};
}

struct SqliteClose
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct StmtFinalize
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};

/** N x (BEGIN IMMEDIATE; INSERT row; COMMIT) on a fresh file with the kiosk's pragmas. */
Stats raw(const QString &path, int n, int rowBytes)
{
    sqlite3 *handle = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &handle);
    std::unique_ptr<sqlite3, SqliteClose> db(handle);
    sqlite3_exec(handle,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                 "CREATE TABLE r (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, body BLOB);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(handle, "INSERT INTO r (uuid, body) VALUES (?, ?)", -1, &s, nullptr);
    std::unique_ptr<sqlite3_stmt, StmtFinalize> insert(s);
    const QByteArray body(rowBytes, 'r');
    std::vector<double> ms;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        const QByteArray uuid = QByteArray::number(i).rightJustified(36, '0');
        sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insert.get(), 1, uuid.constData(), int(uuid.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(insert.get(), 2, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        sqlite3_step(insert.get());
        sqlite3_reset(insert.get());
        if (sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "raw commit failed: %s\n", sqlite3_errmsg(handle));
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return stats(ms, double(total.nsecsElapsed()) / 1e6);
}

/** Central's time in the benchmark: Monday 30 November 2026, 07:00 in Naiman. */
QDateTime benchNow()
{
    return QDateTime(QDate(2026, 11, 29), QTime(23, 0), Qt::UTC);
}

/** N x BookingService::book on a provisioned kiosk whose cache holds the next 10 days' slots
 *  (13 a working day) with a lease of 4 seats on each, as jiujin-syncd leaves it; @p history
 *  bookings made (and a third cancelled) first, so the tables are not empty. @p rowBytes gets the
 *  stored size of one booking (outbox record, booking row, audit entry) for the raw twin. */
Stats ours(const QString &path, const QString &seed, int n, int history, int *rowBytes,
           bool prepared)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("open: %s", qPrintable(opened.error().message));
    Database &db = *opened.value();
    auto central = protocol::Key::generate(protocol::Suite::Intl);
    if (auto r = test::provision(db, seed, central.value()); !r)
        qFatal("provision: %s", qPrintable(r.error().message));
    BookingStore store(db);
    QList<CachedSlot> cache;
    const QTimeZone china(protocol::chinaUtcOffsetSeconds);
    const QDate monday = benchNow().toTimeZone(china).date();
    for (int d = 1; d <= 14; ++d) {
        const QDate day = monday.addDays(d);
        if (day.dayOfWeek() > 5)
            continue;
        for (int i = 0; i < 13; ++i) {
            const QTime t =
                i < 7 ? QTime(8, 30).addSecs(1800 * i) : QTime(14, 30).addSecs(1800 * (i - 7));
            const QDateTime start = QDateTime(day, t, china).toUTC();
            cache.append({protocol::slotId(point, start), point, start, start.addSecs(1800), 1000,
                          500, benchNow()});
        }
    }
    if (auto r = store.replaceSlots(cache); !r)
        qFatal("slots: %s", qPrintable(r.error().message));
    const int perSlot = (n + history) / int(cache.size()) + 2;
    for (const CachedSlot &c : cache)
        if (auto r =
                store.applyLease(c.id, perSlot, protocol::leaseExpiry(c.start), false, benchNow());
            !r)
            qFatal("lease: %s", qPrintable(r.error().message));
    SubmissionService submissions(db, &benchNow);
    BookingService bookings(db, submissions, &benchNow);
    auto form = [&](int i) {
        BookingForm f;
        f.itemCode = test::unemploymentItem;
        f.slot = cache.at(i % cache.size()).id;
        f.name = QStringLiteral("巴特尔");
        f.phone = QStringLiteral("139 4751 2386");
        f.idNumber = QStringLiteral("11010519491231002X");
        return f;
    };
    for (int i = 0; i < history; ++i) {
        auto t = bookings.book(form(i));
        if (!t)
            qFatal("history: %s", qPrintable(t.error().message));
        if (i % 3 == 0)
            if (auto c = bookings.cancel(t->ticket); !c)
                qFatal("cancel: %s", qPrintable(c.error().message));
    }
    std::vector<double> ms;
    double totalMs = 0;
    for (int i = 0; i < n; ++i) {
        if (prepared)
            submissions.prepareSeal();
        const BookingForm f = form(history + i);
        QElapsedTimer t;
        t.start();
        auto done = bookings.book(f);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!done)
            qFatal("book: %s", qPrintable(done.error().message));
        totalMs += ms.back();
    }
    *rowBytes =
        int(test::scalar(db, "SELECT avg(length(uuid) + length(meta) + length(key_header) + "
                             "length(payload) + 150) FROM outbox") +
            test::scalar(
                db, "SELECT avg(length(subject) + length(detail) + 2 * 64 + 60) FROM audit_log") +
            test::scalar(db, "SELECT avg(length(uuid) + length(ticket) + length(slot) + "
                             "length(item_code) + 120) FROM bookings"));
    return stats(ms, totalMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("jiujin.*.info=false"));
    const int n = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
    QTemporaryDir dir(QDir(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::currentPath())
                          .filePath(QStringLiteral("bench-booking-XXXXXX")));
    if (!dir.isValid())
        qFatal("cannot make a temporary directory");
    const QString seed = QStringLiteral(JIUJIN_SEED);
    const int history = 2000;

    std::printf("Offline booking confirmation vs raw SQLite INSERT+COMMIT (WAL, synchronous=FULL),"
                " %d each, same directory, %d bookings made before\n",
                n, history);
    std::printf("| what                      | bookings/s | p50 ms | p99 ms | p99 / raw p99 |\n");
    std::printf("|---------------------------|------------|--------|--------|---------------|\n");
    int rowBytes = 0;
    // A warm-up of ours first (it also gives the stored size), then raw, then ours cold and with
    // the seal prepared ahead (as while the citizen reviews the details).
    ours(dir.filePath(QStringLiteral("warm.db")), seed, n / 5, 200, &rowBytes, false);
    const Stats r = raw(dir.filePath(QStringLiteral("raw.db")), n, rowBytes);
    const Stats cold =
        ours(dir.filePath(QStringLiteral("cold.db")), seed, n, history, &rowBytes, false);
    const Stats o =
        ours(dir.filePath(QStringLiteral("prep.db")), seed, n, history, &rowBytes, true);
    std::printf("| raw SQLite                | %10.0f | %6.2f | %6.2f |          1.00 |\n", r.rate,
                r.p50, r.p99);
    std::printf("| book() cold               | %10.0f | %6.2f | %6.2f | %13.2f |\n", cold.rate,
                cold.p50, cold.p99, cold.p99 / r.p99);
    std::printf("| book()                    | %10.0f | %6.2f | %6.2f | %13.2f |\n", o.rate, o.p50,
                o.p99, o.p99 / r.p99);
    std::printf("  (stored per booking ~%d bytes; raw rows the same size)\n", rowBytes);
    std::printf("book(): the seal's key and public-key step made ahead (review screen); cold: made "
                "inside the call. Target: book() p99 <= 20 ms.\n");
    return 0;
}
