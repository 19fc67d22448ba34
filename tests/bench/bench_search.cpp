// Search latency on the bundled catalogue and on a generated 10,000-item one, beside a raw FTS5
// MATCH on the same database in the same run. Prints a table; it asserts nothing.
#include "catalogueservice.h"
#include "cataloguestore.h"
#include "database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace jiujin;

namespace {
QStringList queries = {
    QStringLiteral("养老"),
    QStringLiteral("yanglao"),
    QStringLiteral("ylbx"),
    QStringLiteral("低保"),
    QStringLiteral("dibao"),
    QStringLiteral("残疾人证"),
    QStringLiteral("cjrz"),
    QStringLiteral("医保"),
    QStringLiteral("户口"),
    QStringLiteral("营业执照"),
    QStringLiteral("城乡居民基本养老保险"),
    QStringLiteral("高龄津贴"),
    QStringLiteral("养老 dengji"),
    QStringLiteral("养老bx"),
    QStringLiteral("生育登记"),
    QStringLiteral("身份证"),
    QStringLiteral("临时救助"),
    QStringLiteral("birth registration"),
    QStringLiteral("养老保线"),
    QStringLiteral("qqqqq"),
    // Questions, as citizens type them (query understanding included).
    QStringLiteral("残疾证丢了怎么办"),
    QStringLiteral("八十岁老人有补贴吗"),
    QStringLiteral("我要开饭店"),
    QStringLiteral("孩子出生了要上户口"),
    QStringLiteral("shebaoka diule"),
    QStringLiteral("家里困难申请补助"),
    QStringLiteral("在外地看病怎么报销"),
    QStringLiteral("身份證過期了"),
    QStringLiteral("打疫苗的本子"),
    QStringLiteral("营业执找丢了"),
};

struct Stats
{
    double p50 = 0, p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

QByteArray generated(const QByteArray &seed, int count)
{
    // Realistic volume: the real items, again and again under other townships' names and codes.
    static const QStringList places = {
        QStringLiteral("大沁他拉"), QStringLiteral("八仙筒"), QStringLiteral("青龙山"),
        QStringLiteral("新镇"),     QStringLiteral("治安"),   QStringLiteral("东明"),
        QStringLiteral("沙日浩来"), QStringLiteral("义隆永"), QStringLiteral("固日班花"),
        QStringLiteral("白音他拉"), QStringLiteral("明仁"),   QStringLiteral("黄花塔拉")};
    QJsonObject root = QJsonDocument::fromJson(seed).object();
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    QJsonArray out;
    for (int i = 0; i < count; ++i) {
        QJsonObject item = items.at(i % items.size()).toObject();
        QJsonObject name = item.value(QLatin1String("name")).toObject();
        const QString place = places.at((i / items.size()) % places.size());
        name.insert(QLatin1String("zh"),
                    name.value(QLatin1String("zh")).toString() +
                        QStringLiteral("（%1%2）").arg(place).arg(i / items.size()));
        item.insert(QLatin1String("name"), name);
        QString code = item.value(QLatin1String("code")).toString();
        code.replace(23, 5, QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0')));
        item.insert(QLatin1String("code"), code);
        out.append(item);
    }
    root.insert(QLatin1String("items"), out);
    QJsonArray points = root.value(QLatin1String("points")).toArray();
    for (int p = 0; p < points.size(); ++p) {
        QJsonObject point = points.at(p).toObject();
        point.insert(QLatin1String("items"), QJsonArray());
        points.replace(p, point);
    }
    root.insert(QLatin1String("points"), points);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Apart, and not inlined, so that a profiler can count each on its own
// (valgrind --tool=callgrind --toggle-collect='*searchCold*' ...).
[[gnu::noinline]] SearchOutcome searchCold(CatalogueService &service, const QString &q,
                                           const QString &point)
{
    service.dropRecentTerms();
    return service.search(q, point);
}

[[gnu::noinline]] SearchOutcome searchTyped(CatalogueService &service, const QString &q,
                                            const QString &point)
{
    return service.search(q, point);
}

[[gnu::noinline]] int rawMatch(Statement &stmt, const QString &q)
{
    int rows = 0;
    stmt.bind(1, QLatin1Char('"') + q + QLatin1Char('"'));
    while (stmt.step())
        ++rows;
    stmt.reset();
    return rows;
}

struct Options
{
    int rounds = 10; ///< at 10,000 items
    bool perQuery = false;
    bool bundledOnly = false, generatedOnly = false;
    QString keep; ///< --keep FILE: the generated catalogue's database, imported once and reused
    bool dump = false; ///< --dump: every query's results (stdin, one a line), no timing
    QString point = QStringLiteral("150525203000-01"); ///< --dump --point CODE ("" for none)
};

QStringList dumpQueries;    ///< --dump: read from stdin
bool dumpLookedFor = false; ///< --looked-for: --dump also prints SearchOutcome::lookedFor

void dump(CatalogueService &service, const QString &point)
{
    for (const QString &q : std::as_const(dumpQueries)) {
        const SearchOutcome found = service.search(q, point, 10);
        QStringList names;
        for (const SearchResult &r : found.results)
            names.append(QStringLiteral("%1:%2").arg(r.item.nameZh).arg(r.tier));
        std::printf("%s\t%s\t[%s]\t{%s}\n", qPrintable(q), qPrintable(names.join(QLatin1Char(' '))),
                    qPrintable(found.understood.join(QLatin1Char(' '))),
                    qPrintable(found.suggestions.join(QLatin1Char(' '))));
        if (dumpLookedFor)
            std::printf("\t<%s>\n", qPrintable(found.lookedFor.join(QLatin1Char(' '))));
    }
}

void run(const char *label, const QByteArray &bundle, int rounds, const Options &options,
         const QString &keep = QString())
{
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : keep;
    const bool reuse = !keep.isEmpty() && QFile::exists(keep);
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return;
    }
    CatalogueStore store(*db.value());
    CatalogueService service(store);
    QElapsedTimer importTimer;
    importTimer.start();
    auto info = reuse ? store.info() : std::optional<CatalogueInfo>();
    if (!reuse) {
        auto imported = service.importBundle(bundle);
        if (!imported) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error().message));
            return;
        }
        info = imported.value();
    }
    if (!info) {
        std::fprintf(stderr, "no catalogue in %s\n", qPrintable(path));
        return;
    }
    const double importMs = reuse ? 0.0 : importTimer.nsecsElapsed() / 1e6;
    const bool perQuery = options.perQuery;
    if (options.dump) {
        std::printf("== %s\n", label);
        dump(service, options.point);
        return;
    }
    const QString point = QStringLiteral("150525203000-01");

    std::vector<double> ours, cold, raw;
    QHash<QString, std::vector<double>> oursBy, coldBy, rawBy;
    service.search(QStringLiteral("养老"), point); // reads the catalogue's words and synonyms once
    // The raw baseline finds every match in all the search text (search must see them all to
    // rank them), nothing more.
    auto rawStmt = db.value()->prepare(
        "SELECT rowid FROM item_fts_name WHERE item_fts_name MATCH ?1"
        " UNION ALL SELECT rowid FROM item_fts_keyword WHERE item_fts_keyword MATCH ?1"
        " UNION ALL SELECT rowid FROM item_fts_text WHERE item_fts_text MATCH ?1");
    for (int r = 0; r < rounds; ++r) {
        for (const QString &q : queries) {
            // Cold: none of the words typed was looked up before (only the synonym table's were).
            QElapsedTimer t;
            t.start();
            const auto first = searchCold(service, q, point);
            cold.push_back(t.nsecsElapsed() / 1e6);
            coldBy[q].push_back(cold.back());
            Q_UNUSED(first);

            // As typed: the search ran at the keystroke before (the query less its last
            // character), whose words are remembered.
            service.dropRecentTerms();
            service.search(q.chopped(q.size() > 1 ? 1 : 0), point);
            t.restart();
            const auto found = searchTyped(service, q, point);
            ours.push_back(t.nsecsElapsed() / 1e6);
            oursBy[q].push_back(ours.back());
            Q_UNUSED(found);

            t.restart();
            rawMatch(rawStmt, q);
            raw.push_back(t.nsecsElapsed() / 1e6);
            rawBy[q].push_back(raw.back());
        }
    }
    if (perQuery) {
        for (const QString &q : queries)
            std::printf("    %-24s ours p50 %7.3f  cold p50 %7.3f  raw p50 %7.3f\n", qPrintable(q),
                        stats(oursBy[q]).p50, stats(coldBy[q]).p50, stats(rawBy[q]).p50);
    }
    const Stats o = stats(ours), c = stats(cold), b = stats(raw);
    std::printf(
        "| %-10s | %6d | %8.0f | %8.3f | %8.3f | %8.3f | %8.3f | %8.3f | %8.3f | %6.2f | %6.2f |\n",
        label, info->items, importMs, o.p50, o.p95, c.p50, c.p95, b.p50, b.p95,
        o.p95 / std::max(b.p95, 1e-6), c.p95 / std::max(b.p95, 1e-6));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("jiujin.*=false"));
    QFile seed(QStringLiteral(JIUJIN_SEED));
    if (!seed.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bundle = seed.readAll();
    // --per-query: a line per query. --query Q: only that query, many rounds (for a profiler).
    // --rounds N: rounds over the queries (default 50 on the bundled catalogue, 10 at 10,000
    // items). --bundled-only, --generated-only. --keep FILE: the generated catalogue's database,
    // imported on the first run and reused after (a profiler then sees searches only; delete it
    // when the seed or the schema changes). --dump: each query read from stdin (one a line, a tab
    // ends it) with its top 10 and the words understood, no timing (to compare rankings before
    // and after a change); --looked-for adds what it looked for, --point CODE sets the service
    // point ("" for none).
    const QStringList args = app.arguments();
    Options options;
    options.perQuery = args.contains(QStringLiteral("--per-query"));
    options.bundledOnly = args.contains(QStringLiteral("--bundled-only"));
    options.generatedOnly = args.contains(QStringLiteral("--generated-only"));
    options.dump = args.contains(QStringLiteral("--dump"));
    dumpLookedFor = args.contains(QStringLiteral("--looked-for"));
    auto value = [&](const char *name) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    options.keep = value("--keep");
    if (const qsizetype at = args.indexOf(QStringLiteral("--point"));
        at > 0 && at + 1 < args.size())
        options.point = args.at(at + 1);
    int bundledRounds = 50;
    if (const QString only = value("--query"); !only.isEmpty()) {
        queries = {only};
        options.rounds = 3000;
    }
    if (const int n = value("--rounds").toInt(); n > 0)
        options.rounds = bundledRounds = n;
    if (options.dump) {
        QTextStream in(stdin);
        while (!in.atEnd()) {
            const QString q = in.readLine().section(QLatin1Char('\t'), 0, 0);
            if (!q.isEmpty() && !q.startsWith(QLatin1Char('#')))
                dumpQueries.append(q);
        }
    } else {
        std::printf("Search latency (ms) over %lld queries (汉字, pinyin, initials, mixed, typos), "
                    "ours vs raw FTS5 MATCH\n",
                    static_cast<long long>(queries.size()));
        std::printf("Ours: as typed (the search at the keystroke before, the query less its last "
                    "character, was just made); cold: every\n"
                    "word of the query looked up afresh. Raw: one FTS5 MATCH of the whole query "
                    "over the three tables.\n");
        std::printf("| catalogue  |  items | import ms | ours p50 | ours p95 | cold p50 | cold p95 "
                    "|  raw p50 |  raw p95 | p95 ratio | cold ratio |\n");
        std::printf("|------------|--------|----------|----------|----------|----------|----------|"
                    "----------|----------|--------|--------|\n");
    }
    if (!options.generatedOnly)
        run("bundled", bundle, bundledRounds, options);
    if (!options.bundledOnly)
        run("generated",
            !options.keep.isEmpty() && QFile::exists(options.keep) ? QByteArray()
                                                                   : generated(bundle, 10000),
            options.rounds, options, options.keep);
    if (!options.dump)
        std::printf("Targets: ours p95 <= 2 ms at 10,000 items and <= 2x raw.\n");
    return 0;
}
