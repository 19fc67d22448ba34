// Case updates on a kiosk (issue 14): 10,000 case updates applied through CaseStatusStore in
// pages of 1000 (one transaction each: upserts, cases.seq, the audit entry; WAL, synchronous
// FULL) beside a raw INSERT of the same rows, 1000 a transaction, into a table of the same shape
// on the same connection, in the same run. Google Benchmark runs both; the table after it gives
// p50/p99 per 1000-update batch and the ratio. Asserts nothing. Usage:
// jiujin-bench-casefeed [DIR] [--benchmark_* options].
#include "casestatusstore.h"
#include "database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace jiujin;

namespace {

constexpr int totalUpdates = 10000;
constexpr int batchSize = 1000;

std::unique_ptr<Database> db;
std::vector<double> applyMs, rawMs;
qint64 seq = 0;

const QStringList stages{QStringLiteral("submitted"),  QStringLiteral("accepted"),
                         QStringLiteral("correction"), QStringLiteral("review"),
                         QStringLiteral("approved"),   QStringLiteral("ready_for_pickup")};

/** Batch @p b: 1000 of the point's 10,000 cases, a few of them asking for materials. */
CaseStatusPage page(int b)
{
    CaseStatusPage p;
    p.from = seq;
    for (int i = 0; i < batchSize; ++i) {
        CaseStatus c;
        const int n = (b * batchSize + i) % totalUpdates;
        c.receipt = QStringLiteral("NM20261128%1").arg(n, 6, 10, QLatin1Char('0'));
        c.seq = seq + i + 1;
        c.item = QStringLiteral("11150525MB0SB0001A415111010200001");
        c.stage = stages.at((n + b) % stages.size());
        c.stageAt = QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC).addSecs(n);
        if (c.stage == QLatin1String("correction")) {
            c.reason = QStringLiteral("复印件不清晰");
            c.materials = {QStringLiteral("户口簿复印件"), QStringLiteral("解除劳动合同证明")};
            c.materialsDue = QDate(2026, 12, 8);
        }
        c.due = QDate(2026, 12, 12);
        p.cases.append(c);
    }
    p.seq = seq + batchSize;
    return p;
}

void BM_CaseStatusStoreApply(benchmark::State &state)
{
    CaseStatusStore store(*db);
    int b = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const CaseStatusPage p = page(b++);
        state.ResumeTiming();
        QElapsedTimer t;
        t.start();
        auto applied =
            store.apply(p, QStringLiteral("jiujin-syncd"), QDateTime::currentDateTimeUtc());
        applyMs.push_back(t.nsecsElapsed() / 1e6);
        if (!applied) {
            state.SkipWithError("apply failed");
            return;
        }
        seq = applied.value();
    }
    state.SetItemsProcessed(state.iterations() * batchSize);
}

void BM_RawInsert(benchmark::State &state)
{
    int b = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const CaseStatusPage p = page(b++);
        // Fresh rows each round: a plain INSERT, never an update.
        (void)db->exec("DELETE FROM raw_statuses");
        state.ResumeTiming();
        QElapsedTimer t;
        t.start();
        (void)db->exec("BEGIN IMMEDIATE");
        Statement s = db->prepare(
            "INSERT INTO raw_statuses(receipt, seq, item, stage, stage_at, reason, materials,"
            " materials_due, pending, due_date, paused, pickup_here)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, 0, 0)");
        for (const CaseStatus &c : p.cases) {
            s.reset();
            s.bind(1, c.receipt).bind(2, c.seq).bind(3, c.item).bind(4, c.stage);
            s.bind(5, c.stageAt.toString(Qt::ISODate)).bind(6, c.reason);
            s.bind(7, c.materials.isEmpty()
                          ? QStringLiteral("[]")
                          : QStringLiteral("[\"") + c.materials.join(QLatin1String("\",\"")) +
                                QStringLiteral("\"]"));
            if (c.materialsDue.isValid())
                s.bind(8, c.materialsDue.toString(Qt::ISODate));
            else
                s.bindNull(8);
            s.bind(9, c.due.toString(Qt::ISODate));
            if (!s.run()) {
                state.SkipWithError("insert failed");
                return;
            }
        }
        (void)db->exec("COMMIT");
        rawMs.push_back(t.nsecsElapsed() / 1e6);
    }
    state.SetItemsProcessed(state.iterations() * batchSize);
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
                                    : dir + QStringLiteral("/casefeed-XXXXXX"));
    auto opened = Database::open(tmp.filePath(QStringLiteral("kiosk.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    db = std::move(opened.value());
    if (!db->exec("CREATE TABLE raw_statuses AS SELECT * FROM case_statuses WHERE 0")) {
        std::fprintf(stderr, "cannot make the baseline table\n");
        return 1;
    }
    // 50 batches: the first ten insert the 10,000 cases, the rest update them, as pages do.
    benchmark::RegisterBenchmark("CaseStatusStore::apply (1000 updates)", BM_CaseStatusStoreApply)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(50);
    benchmark::RegisterBenchmark("raw INSERT, 1000 rows a transaction", BM_RawInsert)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(50);
    int n = int(args.size());
    benchmark::Initialize(&n, args.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    const double applyP99 = percentile(applyMs, 0.99), rawP99 = percentile(rawMs, 0.99);
    std::printf("\nCase updates on a kiosk: batches of %d (%zu applied / %zu raw batches, "
                "%d distinct cases)\n",
                batchSize, applyMs.size(), rawMs.size(), totalUpdates);
    std::printf(
        "| per 1000-update batch                     |   p50 ms |   p99 ms | this / raw (p99) |\n");
    std::printf(
        "|-------------------------------------------|----------|----------|------------------|\n");
    std::printf(
        "| raw INSERT, one transaction               | %8.2f | %8.2f |                  |\n",
        percentile(rawMs, 0.5), rawP99);
    std::printf("| CaseStatusStore::apply (upsert+seq+audit) | %8.2f | %8.2f | %16.2f |\n",
                percentile(applyMs, 0.5), applyP99, rawP99 > 0 ? applyP99 / rawP99 : 0.0);
    db.reset();
    return 0;
}
