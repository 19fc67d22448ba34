// 好差评 figures at central (issue 14): satisfaction and 实名差评回访整改率 per point, department
// and China month over 100,000 ratings (a year of a banner's kiosks), through
// RatingService::figures (RatingRecords::figureCounts: one grouped query, then summed per
// point, department and month) beside the same grouped SELECT run raw through sqlite3 on the
// same file, in the same run, interleaved; and beside reading every row through
// RatingRecords::ratings and counting in C++ (how the figures were counted before). Prints
// p50/p95 and the ratios; asserts nothing. Usage: jiujin-bench-ratings [DIR] [ROUNDS].
#include "database.h"
#include "ratingrecords.h"
#include "ratingservice.h"
#include "sqlitecentralstorage.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

constexpr int ratingCount = 100000;
constexpr int pointCount = 60;
const char *const departments[] = {"shebao",   "minzheng", "yibao",      "gongan",
                                   "shichang", "weijian",  "canlian",    "chengguan",
                                   "linchao",  "sifa",     "tuiyijunren"};
constexpr qint64 start = 1767196800; // 2025-12-31T16:00Z: 2026-01-01 in China
constexpr qint64 year = 365 * 86400;

void fill(Database &db)
{
    db.exec("BEGIN");
    Statement r = db.prepare(
        "INSERT INTO ratings(id, device, uuid, point, item, department, refers_to, level,"
        " efficiency, competence, attitude, reasons, rated_at, received_at)"
        " VALUES (?, 'dev', ?, ?, 'item', ?, '20301-000001-0', ?, 0, 0, ?, '[]', ?, ?)");
    Statement f =
        db.prepare("INSERT INTO rating_followups(rating_id, department, state, opened_at, due_date,"
                   " closed_at) VALUES (?, ?, ?, ?, ?, ?)");
    for (int i = 1; i <= ratingCount; ++i) {
        // Mostly content; about one in five a 差评 (more than a real year has: more follow-ups).
        const int level = 1 + (i * 7919) % 10 / 3 + ((i * 31) % 8 == 0 ? 2 : 0);
        const int attitude = (i * 13) % 17 == 0 ? 4 : 0;
        const qint64 at = start + qint64(i) * year / ratingCount;
        const QString department = QString::fromLatin1(departments[i % 11]);
        r.reset();
        r.bind(1, qint64(i)).bind(2, QStringLiteral("u%1").arg(i));
        r.bind(3, QStringLiteral("150525%1-01").arg(i % pointCount, 6, 10, QLatin1Char('0')));
        r.bind(4, department).bind(5, qint64(std::min(level, 5))).bind(6, qint64(attitude));
        r.bind(7, at).bind(8, at);
        if (!r.run()) {
            std::fprintf(stderr, "fill failed\n");
            std::exit(1);
        }
        if (level < 4 && attitude < 4)
            continue;
        const QDate opened = WorkCalendar::chinaDate(QDateTime::fromSecsSinceEpoch(at, Qt::UTC));
        const QDate due = WorkCalendar::china().addWorkingDays(opened, 15);
        const int fate = i % 5; // open, closed in time (3 of 5), closed late
        f.reset();
        f.bind(1, qint64(i)).bind(2, department);
        f.bind(3, fate == 0 ? QStringLiteral("open") : QStringLiteral("closed"));
        f.bind(4, at).bind(5, due.toString(Qt::ISODate));
        if (fate == 0)
            f.bindNull(6);
        else
            f.bind(6, at + (fate == 4 ? 40 : 10) * 86400);
        if (!f.run()) {
            std::fprintf(stderr, "fill failed\n");
            std::exit(1);
        }
    }
    db.exec("COMMIT");
    db.exec("ANALYZE");
}

/** The same grouped counts as SqliteRatingRecords::figureCounts, raw; the groups read. */
qint64 rawFigures(sqlite3_stmt *stmt, const QByteArray &today)
{
    sqlite3_reset(stmt);
    sqlite3_bind_text(stmt, 1, today.constData(), int(today.size()), SQLITE_TRANSIENT);
    qint64 sum = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        for (int c = 3; c < 10; ++c)
            sum += sqlite3_column_int64(stmt, c);
    return sum;
}

/** Every row through RatingRecords::ratings, counted in C++ (the figures before figureCounts). */
qint64 rowByRow(CentralStorage &storage, const QDateTime &now)
{
    auto rows = storage.ratings().ratings(RatingFilter{});
    if (!rows)
        std::exit(1);
    RatingService::Figures out;
    for (const RatingEntry &e : rows.value()) {
        const QString month =
            WorkCalendar::chinaDate(e.rating.receivedAt).toString(QStringLiteral("yyyy-MM"));
        for (RatingService::Group *g :
             {&out.all, &out.byPoint[e.rating.point], &out.byDepartment[e.rating.department],
              &out.byMonth[month]}) {
            ++g->satisfaction.total;
            g->satisfaction.satisfied += e.rating.level <= 2 ? 1 : 0;
            if (e.followUp) {
                ++g->rectification.bad;
                g->rectification.closedInTime += RatingService::closedInTime(*e.followUp) ? 1 : 0;
            }
        }
    }
    (void)now;
    return out.all.satisfaction.total;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("jiujin.*.info=false"));
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    const int rounds = argc > 2 ? std::max(3, atoi(argv[2])) : 21;
    QTemporaryDir tmp(dir + QStringLiteral("/ratings-XXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("central.db"));
    auto opened = SqliteCentralStorage::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    SqliteCentralStorage &storage = *opened.value();
    fill(storage.database());
    RatingService service(storage);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(start + year, Qt::UTC);
    const QByteArray today = WorkCalendar::chinaDate(now).toString(Qt::ISODate).toLatin1();

    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(
        db,
        "SELECT r.point, r.department, strftime('%Y-%m', r.received_at + 28800, 'unixepoch'),"
        " COUNT(*), COALESCE(SUM(r.level <= 2), 0), COUNT(f.id),"
        " COALESCE(SUM(f.state = 'closed' AND date(f.closed_at + 28800, 'unixepoch') <= "
        "f.due_date), 0),"
        " COALESCE(SUM(f.state = 'closed' AND (f.closed_at IS NULL"
        "     OR date(f.closed_at + 28800, 'unixepoch') > f.due_date)), 0),"
        " COALESCE(SUM(f.state <> 'closed'), 0),"
        " COALESCE(SUM(f.state <> 'closed' AND f.due_date < ?), 0)"
        " FROM ratings r LEFT JOIN rating_followups f ON f.rating_id = r.id GROUP BY 1, 2, 3",
        -1, &stmt, nullptr);

    std::vector<double> oursMs, rawMs, rowsMs;
    qint64 check = 0, bad = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        check += rawFigures(stmt, today);
        rawMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        auto figures = service.figures(RatingFilter{}, now);
        oursMs.push_back(t.nsecsElapsed() / 1e6);
        if (!figures)
            return 1;
        bad = figures->all.rectification.bad;
        if (i % 4 == 0) { // the slow one less often
            t.restart();
            check += rowByRow(storage, now);
            rowsMs.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
    const double raw50 = percentile(rawMs, 0.5), raw95 = percentile(rawMs, 0.95);
    std::printf(
        "好差评 figures on %d ratings (%lld 差评), %d points, 11 departments, 12 China months; "
        "%d rounds\n",
        ratingCount, static_cast<long long>(bad), pointCount, rounds);
    std::printf(
        "| query                                        |   p50 ms |   p95 ms | / raw (p50) |\n");
    std::printf(
        "|----------------------------------------------|----------|----------|-------------|\n");
    std::printf("| raw grouped SELECT (sqlite3)                 | %8.2f | %8.2f |        1.00 |\n",
                raw50, raw95);
    std::printf("| RatingService::figures (all groups)          | %8.2f | %8.2f | %11.2f |\n",
                percentile(oursMs, 0.5), percentile(oursMs, 0.95),
                raw50 > 0 ? percentile(oursMs, 0.5) / raw50 : 0.0);
    std::printf("| every row via RatingRecords::ratings, in C++ | %8.2f | %8.2f | %11.2f |\n",
                percentile(rowsMs, 0.5), percentile(rowsMs, 0.95),
                raw50 > 0 ? percentile(rowsMs, 0.5) / raw50 : 0.0);
    std::printf("(checksum %lld)\n", static_cast<long long>(check));
    return 0;
}
