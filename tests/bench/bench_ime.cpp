// Chinese input: the kiosk's PinyinInput beside librime (Debian's librime1, schema
// luna_pinyin_simp with Naiman's place names as its custom_phrase.txt, user dictionary off), both
// driven by the same simulated citizen over tests/bench/data/ime-corpus.tsv. Prints a table:
// keystrokes per character, rank of the wanted text, per-keystroke latency (p50/p95), start-up
// time and memory. Asserts nothing (tests/bench/run).
#include "pinyininput.h"

#include <rime_api.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

using namespace jiujin;

namespace {

constexpr int PageSize = 5; // candidates a kiosk row shows in elder mode
constexpr int Pages = 3;    // how far a citizen pages before giving up

struct Entry
{
    QString text;
    std::vector<std::string> syllables;
    QString kind;
};

long rssKib()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

/** One input method, as the simulated citizen sees it. */
class Engine
{
public:
    virtual ~Engine() = default;
    virtual void reset() = 0;
    virtual void key(char letter) = 0;
    virtual QStringList candidates(int n) = 0;
    /** Chooses candidate @p index; returns the text committed so far once nothing is left. */
    virtual bool choose(int index, QString &committed) = 0;
};

class Ours : public Engine
{
public:
    explicit Ours(unsigned fuzzy) : m_fuzzy(fuzzy) {}
    void reset() override
    {
        m_letters.clear();
        m_out.clear();
    }
    void key(char letter) override { m_letters += QLatin1Char(letter); }
    QStringList candidates(int n) override
    {
        m_last = PinyinInput::builtin().candidates(m_letters, n, m_fuzzy);
        QStringList out;
        for (const auto &c : m_last)
            out << c.text;
        return out;
    }
    bool choose(int index, QString &committed) override
    {
        m_out += m_last[index].text;
        m_letters = m_letters.mid(m_last[index].consumed);
        committed = m_out;
        return m_letters.isEmpty();
    }

private:
    unsigned m_fuzzy;
    QString m_letters;
    QString m_out;
    QList<PinyinInput::Candidate> m_last;
};

class Rime : public Engine
{
public:
    explicit Rime(RimeSessionId session) : m_session(session) {}
    void reset() override { RimeClearComposition(m_session); }
    void key(char letter) override { RimeProcessKey(m_session, letter, 0); }
    QStringList candidates(int n) override
    {
        QStringList out;
        RimeCandidateListIterator it = {};
        if (RimeCandidateListBegin(m_session, &it)) {
            while (out.size() < n && RimeCandidateListNext(&it))
                out << QString::fromUtf8(it.candidate.text);
            RimeCandidateListEnd(&it);
        }
        return out;
    }
    bool choose(int index, QString &committed) override
    {
        rime_get_api()->select_candidate(m_session, size_t(index));
        RIME_STRUCT(RimeCommit, commit);
        if (RimeGetCommit(m_session, &commit)) {
            committed = QString::fromUtf8(commit.text);
            RimeFreeCommit(&commit);
            return true;
        }
        RIME_STRUCT(RimeContext, ctx);
        committed.clear();
        if (RimeGetContext(m_session, &ctx)) {
            if (ctx.composition.preedit && ctx.composition.sel_start > 0)
                committed = QString::fromUtf8(
                    QByteArray(ctx.composition.preedit, ctx.composition.sel_start));
            RimeFreeContext(&ctx);
        }
        return false;
    }

private:
    RimeSessionId m_session;
};

struct Tally
{
    int entries = 0, done = 0, top1 = 0, top5 = 0, keys = 0, chars = 0;
    double rankSum = 0;
    std::vector<double> keyMicros;
};

// The citizen types @p letters, then chooses, page by page, the candidate that covers most of what
// is still wanted, until the whole text is in; gives up when none of the first Pages pages helps.
void typeOne(Engine &e, const Entry &entry, const std::string &letters, Tally &r, bool timed)
{
    e.reset();
    ++r.entries;
    int keys = 0;
    for (char c : letters) {
        const auto t0 = std::chrono::steady_clock::now();
        e.key(c);
        e.candidates(PageSize * Pages);
        if (timed)
            r.keyMicros.push_back(
                std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                    .count());
        ++keys;
    }
    QString typedSoFar;
    bool first = true;
    for (int round = 0; round < 20; ++round) {
        const QStringList c = e.candidates(PageSize * Pages);
        const QString wanted = entry.text.mid(typedSoFar.size());
        if (first) {
            const int at = int(c.indexOf(entry.text));
            if (at >= 0) {
                r.rankSum += at + 1;
                r.top1 += at == 0;
                r.top5 += at < PageSize;
            }
            first = false;
        }
        int pick = -1;
        for (int i = 0; i < c.size(); ++i)
            if (wanted.startsWith(c[i]) && (pick < 0 || c[i].size() > c[pick].size()))
                pick = i;
        if (pick < 0)
            return; // not found on the first pages: a failure
        keys += 1 + pick / PageSize;
        QString committed;
        const bool finished = e.choose(pick, committed);
        typedSoFar = committed;
        if (finished) {
            if (committed == entry.text) {
                ++r.done;
                r.keys += keys;
                r.chars += int(entry.text.size());
            }
            return;
        }
        if (!entry.text.startsWith(typedSoFar))
            return;
    }
}

std::string full(const Entry &e)
{
    std::string s;
    for (const auto &x : e.syllables)
        s += x;
    return s;
}
std::string initials(const Entry &e)
{
    std::string s;
    for (const auto &x : e.syllables)
        s += x.front();
    return s;
}
// What a speaker who mixes flat and retroflex initials and -n/-ng types.
std::string slipped(const Entry &e)
{
    std::string s;
    for (std::string x : e.syllables) {
        if (x.size() > 2 && x[1] == 'h' && (x[0] == 'z' || x[0] == 'c' || x[0] == 's'))
            x.erase(1, 1);
        if (x.ends_with("ing") || x.ends_with("eng"))
            x.pop_back();
        s += x;
    }
    return s;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

void row(const char *engine, const char *input, const Tally &r)
{
    std::printf(
        "| %-22s | %-16s | %4d/%-4d | %6.2f | %5.1f%% | %5.1f%% | %9.2f | %8.0f | %8.0f |\n",
        engine, input, r.done, r.entries, r.chars ? double(r.keys) / r.chars : 0.0,
        100.0 * r.top1 / std::max(1, r.entries), 100.0 * r.top5 / std::max(1, r.entries),
        r.top5 ? r.rankSum / std::max(1, r.top5) : 0.0, percentile(r.keyMicros, 0.5),
        percentile(r.keyMicros, 0.95));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile file(QStringLiteral(JIUJIN_SOURCE_DIR "/tests/bench/data/ime-corpus.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the corpus\n");
        return 1;
    }
    std::vector<Entry> corpus;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 3)
            continue;
        Entry e{f[0], {}, f[2]};
        for (const QString &s : f[1].split(QLatin1Char(' ')))
            e.syllables.push_back(s.toStdString());
        corpus.push_back(std::move(e));
    }

    // Start-up: ours parses its table; librime deploys once per install, then opens a session.
    const long rss0 = rssKib();
    QElapsedTimer t;
    t.start();
    PinyinInput::builtin();
    const double oursStartMs = t.nsecsElapsed() / 1e6;
    const long oursKib = rssKib() - rss0;

    QTemporaryDir user;
    QFile custom(user.filePath(QStringLiteral("custom_phrase.txt")));
    QFile local(QStringLiteral(JIUJIN_SOURCE_DIR "/kiosk/core/pinyin-data/local.tsv"));
    if (!custom.open(QIODevice::WriteOnly) || !local.open(QIODevice::ReadOnly))
        return 1;
    // Rime's custom phrases are keyed by what is typed: the full spelling and the initials.
    custom.write("# Rime table\n---\nname: custom_phrase\nversion: \"1\"\nsort: by_weight\n...\n");
    while (!local.atEnd()) {
        const QByteArray line = local.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto f = line.split('\t');
        QByteArray spelled, abbreviated;
        for (const QByteArray &s : f.value(1).split(' ')) {
            spelled += s;
            abbreviated += s.left(1);
        }
        custom.write(f[0] + '\t' + spelled + "\t100\n" + f[0] + '\t' + abbreviated + "\t100\n");
    }
    custom.close();
    QFile patch(user.filePath(QStringLiteral("luna_pinyin_simp.custom.yaml")));
    if (!patch.open(QIODevice::WriteOnly))
        return 1;
    // No learning: nothing one citizen types may be offered to the next.
    patch.write("patch:\n  translator/enable_user_dict: false\n  menu/page_size: 5\n");
    patch.close();
    QFile defaults(user.filePath(QStringLiteral("default.custom.yaml")));
    if (!defaults.open(QIODevice::WriteOnly))
        return 1;
    defaults.write("patch:\n  schema_list:\n    - schema: luna_pinyin_simp\n");
    defaults.close();

    const QByteArray userDir = user.path().toUtf8();
    RIME_STRUCT(RimeTraits, traits);
    traits.shared_data_dir = "/usr/share/rime-data";
    traits.user_data_dir = userDir.constData();
    traits.app_name = "rime.jiujin-bench";
    traits.min_log_level = 3;
    traits.log_dir = userDir.constData();
    const long rss1 = rssKib();
    t.restart();
    // Deploy into the temporary user folder, so the patch above is compiled in (rime-prelude's
    // default.yaml lists the schemas; without it librime silently keeps Debian's prebuilt schema,
    // user dictionary and all).
    RimeSetup(&traits);
    RimeDeployerInitialize(&traits);
    if (!RimeDeployWorkspace()) {
        std::fprintf(stderr, "librime could not deploy (install rime-prelude and rime-essay)\n");
        return 1;
    }
    RimeInitialize(&traits);
    RimeStartMaintenance(True);
    RimeJoinMaintenanceThread();
    const double rimeDeployMs = t.nsecsElapsed() / 1e6;
    t.restart();
    const RimeSessionId session = RimeCreateSession();
    RimeSelectSchema(session, "luna_pinyin_simp");
    RimeProcessKey(session, 'a', 0);
    RimeClearComposition(session);
    const double rimeStartMs = t.nsecsElapsed() / 1e6;
    const long rimeKib = rssKib() - rss1;

    Ours ours(PinyinInput::DefaultFuzzy);
    Ours exact(PinyinInput::NoFuzzy);
    Rime rime(session);
    struct Way
    {
        const char *name;
        std::function<std::string(const Entry &)> letters;
        bool onlyChanged;
    } ways[] = {{"full pinyin", full, false},
                {"initials", initials, false},
                {"slips (z/zh, -n/-ng)", slipped, true}};
    std::printf("Chinese input over %zu entries (tests/bench/data/ime-corpus.tsv); the citizen "
                "types the letters, then picks what covers most of the rest from %d pages of %d\n",
                corpus.size(), Pages, PageSize);
    std::printf("| %-22s | %-16s | %-9s | %-6s | %-6s | %-6s | %-9s | %-8s | %-8s |\n", "engine",
                "input", "typed", "keys/ch", "top-1", "top-5", "mean rank", "p50 us", "p95 us");
    std::printf("|------------------------|------------------|-----------|--------|--------|"
                "--------|-----------|----------|----------|\n");
    for (const Way &way : ways) {
        Tally r[3];
        Engine *engines[3] = {&ours, &exact, &rime};
        for (const Entry &e : corpus) {
            const std::string letters = way.letters(e);
            if (way.onlyChanged && letters == full(e))
                continue;
            for (int k = 0; k < 3; ++k)
                typeOne(*engines[k], e, letters, r[k], true);
        }
        row("PinyinInput (fuzzy on)", way.name, r[0]);
        row("PinyinInput (exact)", way.name, r[1]);
        row("librime luna_pinyin_simp", way.name, r[2]);
        const double ratio =
            percentile(r[2].keyMicros, 0.95) > 0
                ? percentile(r[0].keyMicros, 0.95) / percentile(r[2].keyMicros, 0.95)
                : 0;
        std::printf("|   p95 per key, ours / librime: %.2f\n", ratio);
    }
    std::printf("\nBy kind, full pinyin, top-1 (ours fuzzy on / librime):");
    for (const char *kind : {"place", "item", "name", "address", "word"}) {
        Tally a, b;
        for (const Entry &e : corpus)
            if (e.kind == QLatin1String(kind)) {
                typeOne(ours, e, full(e), a, false);
                typeOne(rime, e, full(e), b, false);
            }
        std::printf(" %s %d/%d vs %d/%d;", kind, a.top1, a.entries, b.top1, b.entries);
    }
    std::printf("\n\nStart-up: ours %.0f ms to parse its table (+%ld KiB RSS); librime %.0f ms to "
                "deploy into an empty folder (once per install), %.0f ms to open a session (+%ld "
                "KiB RSS together)\n",
                oursStartMs, oursKib, rimeDeployMs, rimeStartMs, rimeKib);
    RimeDestroySession(session);
    RimeFinalize();
    // Fail loudly if librime learnt after all: a user dictionary would make its figures those of
    // an engine that remembers earlier citizens.
    const QStringList learnt =
        QDir(user.path()).entryList({QStringLiteral("*.userdb*")}, QDir::AllEntries);
    if (!learnt.isEmpty()) {
        std::fprintf(stderr, "librime wrote a user dictionary: its figures are not comparable\n");
        return 1;
    }
    return 0;
}
