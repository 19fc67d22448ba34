#include "pinyininput.h"

#include "builtintable.h"
#include "candidatefilter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_set>

namespace jiujin {

namespace {
constexpr int MaxSyllableLength = 6; // "zhuang", "shuang"
// Costs are natural logs added to a word's log frequency. A fuzzy spelling (zongguo for
// zhongguo) weighs 1/30 of the exact one: it wins only where the exact reading is rare or absent.
const double FuzzyCost = std::log(1.0 / 30);
// A syllable typed as its initial (nmg): 1/50, so a reading in full syllables goes first.
const double AbbreviationCost = std::log(1.0 / 50);
// The last syllable not finished ("wan" read as "wang"): 1/50, like the table's old rule.
const double ExtensionCost = std::log(1.0 / 50);
// Phrases offered for syllables typed so far but longer than them ("neimeng" -> 内蒙古).
constexpr std::size_t MaxCompletions = 10;
constexpr int MaxCompletionExtra = 2;
// Candidates of each length shown before the shorter ones come (then the rest of each).
constexpr std::size_t PerLengthFirst = 3;
// Characters at least this heavy are common enough to be offered before the long guesses.
constexpr double CommonChar = 100;
constexpr double Impossible = -std::numeric_limits<double>::infinity();
// Letters that start a syllable and so can stand for one (vowels are syllables of their own).
constexpr std::string_view Initials = "bpmfdtnlgkhjqxrzcsyw";

std::string_view normalized(std::string_view syllable)
{
    // Luna writes üe as "ve"; many people type "ue" after l and n.
    if (syllable == "lue")
        return "lve";
    if (syllable == "nue")
        return "nve";
    return syllable;
}

char keyLetter(char c)
{
    return c == 'l' ? 'n' : c; // n and l share a key so that the n/l pair is found by one lookup
}

std::vector<QByteArray> fields(const QByteArray &line, char sep)
{
    std::vector<QByteArray> out;
    for (const QByteArray &f : line.split(sep))
        out.push_back(f);
    return out;
}

// The spellings @p typed may stand for under @p fuzzy, with the number of fuzzy rules used.
std::vector<std::pair<std::string, int>> spellings(const std::string &typed, unsigned fuzzy)
{
    std::vector<std::pair<std::string, int>> heads{{typed, 0}};
    const auto swapInitial = [&](char plain, unsigned flag) {
        if (!(fuzzy & flag) || typed.empty() || typed[0] != plain)
            return;
        if (typed.size() > 1 && typed[1] == 'h')
            heads.push_back({typed.substr(0, 1) + typed.substr(2), 1});
        else
            heads.push_back({typed.substr(0, 1) + 'h' + typed.substr(1), 1});
    };
    swapInitial('z', PinyinInput::ZZh);
    swapInitial('c', PinyinInput::CCh);
    swapInitial('s', PinyinInput::SSh);
    if ((fuzzy & PinyinInput::NL) && !typed.empty() && (typed[0] == 'n' || typed[0] == 'l'))
        heads.push_back({(typed[0] == 'n' ? "l" : "n") + typed.substr(1), 1});
    std::vector<std::pair<std::string, int>> out;
    for (const auto &spelling : heads) {
        // (Not a structured binding: clang 14 cannot capture those in the lambda below.)
        const std::string &head = spelling.first;
        const int n = spelling.second;
        out.push_back({head, n});
        const auto swapFinal = [&](const char *nasal, unsigned flag) { // "an" <-> "ang"
            if (!(fuzzy & flag))
                return;
            const std::string withG = std::string(nasal) + 'g';
            if (head.ends_with(withG))
                out.push_back({head.substr(0, head.size() - 1), n + 1});
            else if (head.ends_with(nasal) && head.size() > std::strlen(nasal))
                out.push_back({head + 'g', n + 1});
        };
        swapFinal("an", PinyinInput::AnAng);
        swapFinal("en", PinyinInput::EnEng);
        swapFinal("in", PinyinInput::InIng);
    }
    // Slips that are not pairs of syllables: the written form never exists, so they only add.
    const std::size_t paired = out.size();
    for (std::size_t k = 0; k < paired; ++k) {
        const std::string spelling = out[k].first;
        const int n = out[k].second + 1;
        const auto replaceEnd = [&](std::string_view from, std::string_view to) {
            if (spelling.size() > from.size() && spelling.ends_with(from))
                out.push_back(
                    {spelling.substr(0, spelling.size() - from.size()) + std::string(to), n});
        };
        if (fuzzy & PinyinInput::OnOng) {
            // -n for -ng before o: zhon(g), xion(g); "on" is no final of its own.
            if (spelling.ends_with("on"))
                out.push_back({spelling + 'g', n});
            // b, p, m, f + ong (朋 "pong", 风 "fong"): only -eng exists after them.
            if (spelling.size() > 3 &&
                std::string_view("bpmf").find(spelling[0]) != std::string_view::npos)
                replaceEnd("ong", "eng");
        }
        if (fuzzy & PinyinInput::FullFinals) {
            // The finals as spoken and as the school tables print them before contraction.
            replaceEnd("iou", "iu");
            replaceEnd("uei", "ui");
            replaceEnd("uen", "un");
        }
    }
    return out;
}
} // namespace

/** Letters [begin, end) read as one syllable: in full (with fuzzy alternatives), or in part. */
struct PinyinInput::Piece
{
    enum Kind : quint8 { Full, Initial, Partial };
    int begin = 0;
    int end = 0;
    Kind kind = Full;
    char key = 0;                                 ///< keyLetter() of the first letter
    std::array<std::pair<int, double>, 8> alts{}; ///< Full: syllable id and cost
    int altCount = 0;
    int lo = 0, hi = 0; ///< Initial, Partial: syllable ids [lo, hi)
    double cost = 0;    ///< Initial, Partial: the cost of any of them

    double costOf(int id) const
    {
        if (kind != Full)
            return id >= lo && id < hi ? cost : Impossible;
        for (int i = 0; i < altCount; ++i)
            if (alts[i].first == id)
                return alts[i].second;
        return Impossible;
    }
};

struct PinyinInput::Lattice
{
    int length = 0;                       ///< letters read
    std::vector<std::vector<Piece>> from; ///< pieces by first letter
    int reach = 0;                        ///< furthest end reachable from the first letter
};

/** A word of the input: a phrase, or one character, from letter @c begin to @c end. */
struct PinyinInput::Word
{
    int begin = 0;
    int end = 0;
    double score = 0; ///< log frequency plus costs
    int tier = 0;     ///< 0 exact, 1 completion, 2 fuzzy, 3 initials or unfinished
    const Phrase *phrase = nullptr;
    char32_t ch = 0;
};

const PinyinInput &PinyinInput::builtin()
{
    static const PinyinInput table =
        builtinTable<PinyinInput>(QStringLiteral(":/jiujin/pinyin/pinyin.tsv"), "pinyin table");
    return table;
}

Result<PinyinInput> PinyinInput::parse(const QByteArray &table)
{
    PinyinInput input;
    enum { None, Chars, Phrases } section = None;
    int lineNo = 0;
    const auto corrupt = [&lineNo](const char *what) {
        return Error{
            Error::Corrupt,
            QStringLiteral("pinyin table line %1: %2").arg(lineNo).arg(QLatin1String(what))};
    };
    std::vector<std::vector<QByteArray>> phraseSyllables;
    double total = 0;
    for (const QByteArray &line : table.split('\n')) {
        ++lineNo;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line == "[chars]") {
            section = Chars;
            continue;
        }
        if (line == "[phrases]") {
            section = Phrases;
            continue;
        }
        const auto f = fields(line, '\t');
        if (section == Chars) {
            if (f.size() != 3 || f[0].isEmpty() || f[0].size() > MaxSyllableLength)
                return corrupt("expected: syllable, characters, weights");
            Syllable s;
            s.name = f[0].toStdString();
            const QList<uint> chars = QString::fromUtf8(f[1]).toUcs4();
            s.chars.assign(chars.begin(), chars.end());
            for (const QByteArray &w : f[2].split(' ')) {
                bool ok = false;
                s.weights.push_back(w.toUInt(&ok));
                if (!ok)
                    return corrupt("bad weight");
                total += s.weights.back();
            }
            if (s.chars.empty() || s.chars.size() != s.weights.size())
                return corrupt("characters and weights differ in number");
            input.m_syllables.push_back(std::move(s));
        } else if (section == Phrases) {
            if (f.size() != 3 || f[0].isEmpty() || f[1].isEmpty())
                return corrupt("expected: syllables, phrase, weight");
            Phrase p;
            p.text = QString::fromUtf8(f[1]).toStdU16String();
            bool ok = false;
            p.weight = f[2].toUInt(&ok);
            if (!ok)
                return corrupt("bad weight");
            total += p.weight;
            const QList<QByteArray> syllables = f[0].split(' ');
            phraseSyllables.emplace_back(syllables.begin(), syllables.end());
            input.m_phrases.push_back(std::move(p));
        } else {
            return corrupt("data before [chars]");
        }
    }
    if (input.m_syllables.empty())
        return Error{Error::Corrupt, QStringLiteral("pinyin table has no characters")};
    std::sort(input.m_syllables.begin(), input.m_syllables.end(),
              [](const Syllable &a, const Syllable &b) { return a.name < b.name; });
    // Phrases read with a syllable that has no characters here are dropped (none in a table
    // made by jiujin-mkpinyintable).
    std::vector<Phrase> phrases;
    for (std::size_t i = 0; i < input.m_phrases.size(); ++i) {
        Phrase &p = input.m_phrases[i];
        bool known = true;
        for (const QByteArray &s : phraseSyllables[i]) {
            const int id = input.syllableId(normalized(s.toStdString()));
            known = known && id >= 0;
            if (!known)
                break;
            p.ids.push_back(quint16(id));
            p.initials.push_back(keyLetter(s.front()));
        }
        if (known && p.ids.size() >= 2) {
            input.m_maxPhraseSyllables = std::max(input.m_maxPhraseSyllables, int(p.ids.size()));
            phrases.push_back(std::move(p));
        }
    }
    input.m_phrases = std::move(phrases);
    input.m_byInitials.resize(input.m_phrases.size());
    for (std::size_t i = 0; i < input.m_byInitials.size(); ++i)
        input.m_byInitials[i] = quint32(i);
    std::stable_sort(input.m_byInitials.begin(), input.m_byInitials.end(),
                     [&p = input.m_phrases](quint32 a, quint32 b) {
                         return p[a].initials != p[b].initials ? p[a].initials < p[b].initials
                                                               : p[a].weight > p[b].weight;
                     });
    input.m_logTotal = std::log(total + 1);
    return input;
}

double PinyinInput::logWeight(double weight) const
{
    return std::log(weight + 1) - m_logTotal;
}

int PinyinInput::syllableId(std::string_view name) const
{
    const std::string_view n = normalized(name);
    auto it = std::lower_bound(m_syllables.begin(), m_syllables.end(), n,
                               [](const Syllable &s, std::string_view v) { return s.name < v; });
    return it != m_syllables.end() && it->name == n ? int(it - m_syllables.begin()) : -1;
}

std::pair<int, int> PinyinInput::syllablesStartingWith(std::string_view prefix) const
{
    auto lo = std::lower_bound(m_syllables.begin(), m_syllables.end(), prefix,
                               [](const Syllable &s, std::string_view v) { return s.name < v; });
    auto hi = lo;
    while (hi != m_syllables.end() && hi->name.starts_with(prefix))
        ++hi;
    return {int(lo - m_syllables.begin()), int(hi - m_syllables.begin())};
}

PinyinInput::Lattice PinyinInput::lattice(const std::string &s,
                                          const std::vector<bool> &breakBefore,
                                          unsigned fuzzy) const
{
    Lattice l;
    l.length = int(s.size());
    l.from.resize(s.size() + 1);
    for (int i = 0; i < l.length; ++i) {
        auto &out = l.from[i];
        for (int len = 1; len <= MaxSyllableLength && i + len <= l.length; ++len) {
            if (len > 1 && breakBefore[i + len - 1])
                break; // a syllable never spans a separator
            const std::string typed = s.substr(i, len);
            Piece full{i, i + len, Piece::Full, keyLetter(typed[0])};
            for (const auto &[spelling, rules] : spellings(typed, fuzzy)) {
                const int id = syllableId(spelling);
                if (id < 0 || full.altCount == int(full.alts.size()))
                    continue;
                bool dup = false;
                for (int k = 0; k < full.altCount; ++k)
                    dup = dup || full.alts[k].first == id;
                if (!dup)
                    full.alts[full.altCount++] = {id, rules * FuzzyCost};
            }
            if (full.altCount > 0)
                out.push_back(full);
            const bool initial = (len == 1 && Initials.find(typed[0]) != std::string_view::npos) ||
                                 (len == 2 && typed[1] == 'h' &&
                                  std::string_view("zcs").find(typed[0]) != std::string::npos);
            const bool last = i + len == l.length;
            if (initial || last) {
                auto [lo, hi] = syllablesStartingWith(typed);
                // The syllable itself is the Full piece; this one stands for the longer ones.
                if (lo < hi && m_syllables[lo].name == typed)
                    ++lo;
                if (lo < hi)
                    out.push_back({i,
                                   i + len,
                                   initial ? Piece::Initial : Piece::Partial,
                                   keyLetter(typed[0]),
                                   {},
                                   0,
                                   lo,
                                   hi,
                                   initial ? AbbreviationCost : ExtensionCost});
            }
        }
    }
    // When the whole input reads as full syllables, the citizen typed pinyin, not initials: an
    // initial run into a vowel with which it makes a syllable is that syllable there, not an
    // abbreviation. "naiman" is nai-man, never nai-m(a)-an (奶妈 + 安), as pinyin writes a
    // syllable that starts with a, o or e after another one with an apostrophe (xi'an; typed so,
    // "m'an", the initial stands). Input that needs initials keeps them all: "byab" is 巴彦敖包.
    std::vector<bool> byFull(s.size() + 1, false);
    byFull[0] = true;
    for (int i = 0; i < l.length; ++i)
        for (const Piece &p : l.from[i])
            if (byFull[i] && p.kind == Piece::Full)
                byFull[p.end] = true;
    // Input that does not read as full syllables is abbreviated: there a, e or o also stands
    // for a syllable it begins (敖 in "byabgc", 巴彦敖包嘎查; 额 in "eed", 额尔敦), as the
    // phrase index files them under that letter. (In full pinyin it would only add guesses.)
    for (int i = 0; i + 1 < l.length && !byFull[l.length]; ++i) {
        if (std::string_view("aeo").find(s[i]) == std::string_view::npos)
            continue;
        auto [lo, hi] = syllablesStartingWith(s.substr(i, 1));
        if (lo < hi && m_syllables[lo].name == s.substr(i, 1))
            ++lo;
        if (lo < hi)
            l.from[i].push_back({i, i + 1, Piece::Initial, s[i], {}, 0, lo, hi, AbbreviationCost});
    }
    for (int i = 0; i < l.length && byFull[l.length]; ++i) {
        std::erase_if(l.from[i], [&](const Piece &p) {
            if (p.kind != Piece::Initial || p.end >= l.length || breakBefore[p.end] ||
                std::string_view("aeo").find(s[p.end]) == std::string_view::npos)
                return false;
            return std::any_of(l.from[i].begin(), l.from[i].end(), [&](const Piece &q) {
                return q.kind == Piece::Full && q.end > p.end;
            });
        });
    }
    // Which letters can be reached from the first by whole pieces?
    std::vector<bool> reached(s.size() + 1, false);
    reached[0] = true;
    for (int i = 0; i < l.length; ++i) {
        if (!reached[i])
            continue;
        for (const Piece &p : l.from[i]) {
            reached[p.end] = true;
            l.reach = std::max(l.reach, p.end);
        }
    }
    return l;
}

// Every phrase and character that starts at letter @p start, by a depth-first walk over the
// pieces, pruned by the phrases' initials (a path goes on only while some phrase starts so).
void PinyinInput::words(const Lattice &l, int start, bool withCompletions,
                        std::vector<Word> &out) const
{
    const auto initialsOf = [this](quint32 i) -> const std::string & {
        return m_phrases[i].initials;
    };
    const auto firstWith = [&](const std::string &key) {
        return std::lower_bound(m_byInitials.begin(), m_byInitials.end(), key,
                                [&](quint32 i, const std::string &k) { return initialsOf(i) < k; });
    };
    std::vector<const Piece *> path;
    std::string key;
    const auto walk = [&](auto &&self, int pos) -> void {
        for (const Piece &p : l.from[pos]) {
            key.push_back(p.key);
            path.push_back(&p);
            auto it = firstWith(key);
            if (it != m_byInitials.end() && initialsOf(*it).starts_with(key)) {
                const int n = int(path.size());
                const bool allFull = std::all_of(path.begin(), path.end(), [](const Piece *q) {
                    return q->kind == Piece::Full;
                });
                for (auto e = it; n >= 2 && e != m_byInitials.end() && initialsOf(*e) == key; ++e) {
                    const Phrase &ph = m_phrases[*e];
                    double cost = 0;
                    for (int k = 0; k < n && cost != Impossible; ++k)
                        cost += path[k]->costOf(ph.ids[k]);
                    if (cost != Impossible)
                        out.push_back({start, p.end, logWeight(ph.weight) + cost,
                                       !allFull   ? 3
                                       : cost < 0 ? 2
                                                  : 0,
                                       &ph, 0});
                }
                if (withCompletions && allFull && n >= 2 && p.end == l.reach) {
                    // Longer phrases that begin with what was typed, the heaviest few.
                    std::vector<std::pair<double, const Phrase *>> longer;
                    for (auto e = it; e != m_byInitials.end() && initialsOf(*e).starts_with(key);
                         ++e) {
                        const Phrase &ph = m_phrases[*e];
                        if (int(ph.ids.size()) == n || int(ph.ids.size()) > n + MaxCompletionExtra)
                            continue;
                        double cost = 0;
                        for (int k = 0; k < n && cost != Impossible; ++k)
                            cost += path[k]->costOf(ph.ids[k]);
                        if (cost == 0) // exact readings only: a guess on a guess is noise
                            longer.push_back({logWeight(ph.weight), &ph});
                    }
                    const std::size_t keep = std::min(longer.size(), MaxCompletions);
                    std::partial_sort(
                        longer.begin(), longer.begin() + keep, longer.end(),
                        [](const auto &a, const auto &b) { return a.first > b.first; });
                    for (std::size_t i = 0; i < keep; ++i)
                        out.push_back({start, p.end, longer[i].first, 1, longer[i].second, 0});
                }
                if (n < m_maxPhraseSyllables)
                    self(self, p.end);
            }
            key.pop_back();
            path.pop_back();
        }
    };
    walk(walk, start);
}

QList<PinyinInput::Candidate> PinyinInput::candidates(const QString &input, int limit,
                                                      unsigned fuzzy) const
{
    if (limit <= 0 || input.isEmpty() || m_syllables.empty())
        return {};
    // Letters only; where each one stands in the input, and where a separator comes before it.
    std::string s;
    std::vector<int> at;
    std::vector<bool> breakBefore;
    bool pendingBreak = false;
    for (qsizetype i = 0; i < input.size() && int(s.size()) <= MaxLetters; ++i) {
        const char16_t u = input[i].toLower().unicode();
        if (u >= 'a' && u <= 'z') {
            s.push_back(char(u));
            at.push_back(int(i));
            breakBefore.push_back(pendingBreak);
            pendingBreak = false;
        } else if (u == '\'' || u == ' ') {
            pendingBreak = true;
        }
    }
    // The letter after the last one read marks where the rest of the input begins.
    const int restAt = int(s.size()) > MaxLetters ? at[MaxLetters] : int(input.size());
    if (int(s.size()) > MaxLetters) {
        s.resize(MaxLetters);
        breakBefore.resize(MaxLetters);
    }
    breakBefore.push_back(true);
    const auto consumedAt = [&](int end) { return end < int(s.size()) ? at[end] : restAt; };
    if (s.empty())
        return {};

    const Lattice l = lattice(s, breakBefore, fuzzy);
    if (l.reach == 0)
        return {};

    // Every word from every letter, for the segmentation; those from the first for the list.
    std::vector<std::vector<Word>> from(l.length + 1);
    for (int i = 0; i < l.reach; ++i) {
        words(l, i, i == 0, from[i]);
        for (const Piece &p : l.from[i]) {
            if (p.kind != Piece::Full)
                continue; // in a sentence, a lone initial is too much of a guess
            for (int k = 0; k < p.altCount; ++k) {
                const Syllable &syl = m_syllables[p.alts[k].first];
                from[i].push_back({i, p.end, logWeight(syl.weights[0]) + p.alts[k].second, 0,
                                   nullptr, syl.chars[0]});
            }
        }
    }
    const CandidateFilter &filter = CandidateFilter::builtin();
    // The likeliest segmentation of the letters up to reach: a unigram model over words.
    std::vector<double> best(l.length + 1, Impossible);
    std::vector<const Word *> via(l.length + 1, nullptr);
    best[0] = 0;
    for (int i = 0; i < l.reach; ++i) {
        if (best[i] == Impossible)
            continue;
        for (const Word &w : from[i]) {
            if (w.tier == 1 || w.end > l.reach)
                continue; // a completion stands for letters not typed yet
            if (w.phrase &&
                filter.blocks(QStringView(w.phrase->text.data(), qsizetype(w.phrase->text.size()))))
                continue; // so that the sentence is made of other words
            if (best[i] + w.score > best[w.end]) {
                best[w.end] = best[i] + w.score;
                via[w.end] = &w;
            }
        }
    }
    const auto textOf = [](const Word &w) {
        return w.phrase ? w.phrase->text : QString::fromUcs4(&w.ch, 1).toStdU16String();
    };

    QList<Candidate> out;
    std::unordered_set<std::u16string> seen;
    const auto add = [&](std::u16string text, int end, bool sentence) {
        if (filter.blocks(QStringView(text.data(), qsizetype(text.size()))))
            return; // never offered, whatever the table or the segmentation made of it
        if (out.size() < limit && seen.insert(text).second)
            out.append({QString::fromStdU16String(text), consumedAt(end), sentence});
    };
    if (via[l.reach] && via[l.reach]->begin > 0) {
        std::vector<const Word *> chain;
        for (int pos = l.reach; pos > 0; pos = via[pos]->begin)
            chain.push_back(via[pos]);
        std::u16string text;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            text += textOf(**it);
        add(std::move(text), l.reach, true);
    }

    // The words that start the input: phrases found above, and every character of the pieces.
    std::vector<Word> first = std::move(from[0]);
    std::erase_if(first, [](const Word &w) { return !w.phrase; }); // chars again, all of them
    const bool hasFull = std::any_of(l.from[0].begin(), l.from[0].end(),
                                     [](const Piece &p) { return p.kind == Piece::Full; });
    for (const Piece &p : l.from[0]) {
        const auto addChars = [&](int id, double cost, int tier) {
            const Syllable &syl = m_syllables[id];
            for (std::size_t c = 0; c < syl.chars.size(); ++c)
                first.push_back(
                    {0, p.end, logWeight(syl.weights[c]) + cost, tier, nullptr, syl.chars[c]});
        };
        if (p.kind == Piece::Full) {
            for (int k = 0; k < p.altCount; ++k)
                addChars(p.alts[k].first, p.alts[k].second, p.alts[k].second < 0 ? 2 : 0);
        } else if (p.end == l.length || !hasFull) {
            // Characters of a lone initial only when that is all there is to read ("zh", "n"):
            // beside a full syllable they are noise (w's 我 for "wumin").
            for (int id = p.lo; id < p.hi; ++id)
                addChars(id, p.cost, 3);
        }
    }
    std::stable_sort(first.begin(), first.end(), [](const Word &a, const Word &b) {
        if (a.end != b.end)
            return a.end > b.end;
        if (a.tier != b.tier)
            return a.tier < b.tier;
        return a.score > b.score;
    });
    // fewest[i]: full syllables from letter i to reach (a large number where there is no such
    // reading). The first syllable of the input is that of the reading in fewest, the longest
    // first on a tie.
    std::vector<int> fewest(l.length + 1, std::numeric_limits<int>::max() / 2);
    fewest[l.reach] = 0;
    for (int i = l.reach; i-- > 0;)
        for (const Piece &p : l.from[i])
            if (p.kind == Piece::Full && p.end <= l.reach)
                fewest[i] = std::min(fewest[i], fewest[p.end] + 1);
    int firstEnd = l.reach;
    for (const Piece &p : l.from[0])
        if (p.kind == Piece::Full && p.end <= l.reach && fewest[p.end] + 1 == fewest[0] &&
            (firstEnd == l.reach || p.end > firstEnd))
            firstEnd = p.end;
    // The best few of each length first, so that a short word (the surname before a given name
    // the table does not know) is on the first pages, not behind every long guess; then the rest.
    std::vector<bool> taken(first.size(), false);
    for (std::size_t i = 0, n = 0; i < first.size() && out.size() < limit; ++i) {
        n = i > 0 && first[i].end == first[i - 1].end ? n + 1 : 0;
        const bool continues = first[i].end == l.reach || fewest[first[i].end] < l.length;
        if (n < PerLengthFirst && continues) {
            taken[i] = true;
            add(textOf(first[i]), first[i].end, false);
        }
    }
    // Then, when several syllables were typed, the common characters of the first one (a surname
    // the table cannot guess, 吴 of 吴敏, is among them), then the rest.
    for (std::size_t i = 0; i < first.size() && out.size() < limit && firstEnd < l.reach; ++i)
        if (!taken[i] && !first[i].phrase && first[i].end == firstEnd && first[i].tier == 0 &&
            first[i].score > logWeight(CommonChar)) {
            taken[i] = true;
            add(textOf(first[i]), first[i].end, false);
        }
    for (std::size_t i = 0; i < first.size() && out.size() < limit; ++i)
        if (!taken[i])
            add(textOf(first[i]), first[i].end, false);
    return out;
}

} // namespace jiujin
