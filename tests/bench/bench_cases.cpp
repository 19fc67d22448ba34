// Central's officer list (issue 14): 100,000 cases, listed filtered by stage and point through
// CaseRecords (SqliteCaseRecords: prepare, bind, read every column into CaseRow) beside a plain
// indexed SELECT of the same rows and columns on the same file, in the same run. Google Benchmark
// runs both; the table after it gives p50/p95 per list and the ratio. Asserts nothing. Usage:
// jiujin-bench-cases [DIR] [--benchmark_* options].
#include "caserecords.h"
#include "caseservice.h"
#include "database.h"
#include "sqlitecentralstorage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

constexpr int caseCount = 100000;
constexpr int pointCount = 60; // a banner's service points
constexpr int pageRows = 100;  // one officer's page

std::unique_ptr<SqliteCentralStorage> storage;
QString dbPath;
std::vector<double> listMs, rawMs;

QString pointOf(int i)
{
    return QStringLiteral("150525%1-01").arg(i % pointCount, 6, 10, QLatin1Char('0'));
}

/** The (stage, point) of query @p i: every stage and point in turn. */
std::pair<QString, QString> filterOf(int i)
{
    const QStringList stages = CaseService::stages();
    return {stages.at(i % stages.size()), pointOf(i / stages.size())};
}

void fill()
{
    Database &db = storage->database();
    db.exec("BEGIN");
    Statement s = db.prepare(
        "INSERT INTO cases(number, device, uuid, receipt, item, point, department, stage,"
        " created_at, updated_at, accepted_at, promised_days, due_date)"
        " VALUES (?, 'dev', ?, ?, '11150525MB0SB0001A415111010200001', ?, 'shebao', ?, ?, ?, ?,"
        " 10, ?)");
    const QStringList stages = CaseService::stages();
    for (int i = 0; i < caseCount; ++i) {
        const QString n = QStringLiteral("20261128%1").arg(i, 6, 10, QLatin1Char('0'));
        // Most cases are finished, as in a year of a banner's work.
        const QString stage = stages.at((i * 7919) % 13 < 9 ? (i * 7919) % 13 : 8);
        s.reset();
        s.bind(1, QStringLiteral("BJ") + n).bind(2, QString::number(i));
        s.bind(3, QStringLiteral("NM") + n).bind(4, pointOf(i * 31)).bind(5, stage);
        s.bind(6, qint64(1790000000 + i)).bind(7, qint64(1790000000 + i));
        s.bind(8, qint64(1790000000 + i))
            .bind(9, QStringLiteral("2026-12-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')));
        if (!s.run()) {
            std::fprintf(stderr, "fill failed\n");
            std::exit(1);
        }
    }
    db.exec("COMMIT");
    db.exec("ANALYZE");
}

void BM_CaseRecordsList(benchmark::State &state)
{
    int i = 0;
    for (auto _ : state) {
        const auto [stage, point] = filterOf(i++);
        CaseFilter f;
        f.stage = stage;
        f.point = point;
        f.limit = pageRows;
        QElapsedTimer t;
        t.start();
        auto rows = storage->cases().cases(f);
        listMs.push_back(t.nsecsElapsed() / 1e6);
        if (!rows)
            state.SkipWithError("list failed");
        benchmark::DoNotOptimize(rows);
    }
}

void BM_PlainIndexedSelect(benchmark::State &state)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    // The same rows and columns CaseRecords reads, each column fetched once, nothing kept.
    sqlite3_prepare_v2(db,
                       "SELECT id, number, device, uuid, receipt, item, point, department, stage,"
                       " created_at, updated_at, accepted_at, closed_at, promised_days, due_date,"
                       " paused_since, paused_days, correction_due, correction_materials, result"
                       " FROM cases WHERE stage = ? AND point = ? ORDER BY id DESC LIMIT ?",
                       -1, &stmt, nullptr);
    int i = 0;
    for (auto _ : state) {
        const auto [stage, point] = filterOf(i++);
        const QByteArray st = stage.toUtf8(), pt = point.toUtf8();
        QElapsedTimer t;
        t.start();
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, st.constData(), int(st.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, pt.constData(), int(pt.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(stmt, 3, pageRows);
        qint64 sum = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            for (int c = 0; c < 20; ++c)
                sum += sqlite3_column_bytes(stmt, c);
        rawMs.push_back(t.nsecsElapsed() / 1e6);
        benchmark::DoNotOptimize(sum);
    }
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
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
    std::vector<char *> args{argv[0]};
    QString dir;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).startsWith("--"))
            args.push_back(argv[i]);
        else
            dir = QString::fromLocal8Bit(argv[i]);
    }
    QTemporaryDir tmp(dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/jiujin-bench-XXXXXX")
                                    : dir + QStringLiteral("/cases-XXXXXX"));
    dbPath = tmp.filePath(QStringLiteral("central.db"));
    auto opened = SqliteCentralStorage::open(dbPath);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    storage = std::move(opened.value());
    fill();
    benchmark::RegisterBenchmark("CaseRecords::cases(stage, point)", BM_CaseRecordsList)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("plain indexed SELECT", BM_PlainIndexedSelect)
        ->Unit(benchmark::kMicrosecond);
    int n = int(args.size());
    benchmark::Initialize(&n, args.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    const double listP95 = percentile(listMs, 0.95), rawP95 = percentile(rawMs, 0.95);
    std::printf("\nCase list on %d cases, %d points, filtered by stage and point, pages of %d "
                "(%zu / %zu queries)\n",
                caseCount, pointCount, pageRows, listMs.size(), rawMs.size());
    std::printf(
        "| query                              |   p50 ms |   p95 ms | this / plain (p95) |\n");
    std::printf(
        "|------------------------------------|----------|----------|--------------------|\n");
    std::printf("| plain indexed SELECT, same columns | %8.3f | %8.3f |                    |\n",
                percentile(rawMs, 0.5), rawP95);
    std::printf("| CaseRecords::cases (full rows)     | %8.3f | %8.3f | %18.2f |\n",
                percentile(listMs, 0.5), listP95, rawP95 > 0 ? listP95 / rawP95 : 0.0);
    std::printf("Target (issue 14): p95 <= 50 ms.\n");
    storage.reset();
    return 0;
}
