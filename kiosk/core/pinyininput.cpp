#include "pinyininput.h"

#include "builtintable.h"

#include <algorithm>
#include <unordered_set>

namespace jiujin {

namespace {
// Long enough for a full name or a place name typed in one go; the rest waits its turn.
constexpr std::size_t MaxLetters = 40;
// Ambiguous inputs ("xianxian...") split many ways; the first ones (longest syllables) suffice.
constexpr std::size_t MaxSegmentations = 32;
// Phrases offered for syllables typed so far but longer than them ("neimeng" -> 内蒙古).
constexpr std::size_t MaxCompletions = 10;
constexpr int MaxCompletionExtra = 2;
// Characters of a longer syllable ("wang" for "wan") rank below those of the syllable typed.
constexpr double ExtensionFactor = 1.0 / 50;
constexpr std::size_t MaxSyllableLength = 6; // "zhuang", "shuang"

std::string_view normalized(std::string_view syllable)
{
    // Luna writes üe as "ve"; many people type "ue" after l and n.
    if (syllable == "lue")
        return "lve";
    if (syllable == "nue")
        return "nve";
    return syllable;
}

std::vector<QByteArray> fields(const QByteArray &line, char sep)
{
    std::vector<QByteArray> out;
    for (const QByteArray &f : line.split(sep))
        out.push_back(f);
    return out;
}
} // namespace

struct PinyinInput::Piece
{
    std::size_t begin = 0;
    std::size_t end = 0;  ///< one past the last letter
    std::string syllable; ///< normalized; for a partial piece, the letters as typed
    bool partial = false; ///< the front of a syllable, only ever the last piece
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
            if (f.size() != 3 || f[0].isEmpty() || f[0].size() > int(MaxSyllableLength))
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
            }
            if (s.chars.empty() || s.chars.size() != s.weights.size())
                return corrupt("characters and weights differ in number");
            input.m_syllables.push_back(std::move(s));
        } else if (section == Phrases) {
            if (f.size() != 3 || f[0].isEmpty() || f[1].isEmpty())
                return corrupt("expected: syllables, phrase, weight");
            Phrase p;
            p.key = f[0].toStdString();
            std::replace(p.key.begin(), p.key.end(), ' ', '\'');
            p.syllables = int(std::count(p.key.begin(), p.key.end(), '\'')) + 1;
            p.text = QString::fromUtf8(f[1]).toStdU16String();
            bool ok = false;
            p.weight = f[2].toUInt(&ok);
            if (!ok)
                return corrupt("bad weight");
            input.m_phrases.push_back(std::move(p));
        } else {
            return corrupt("data before [chars]");
        }
    }
    if (input.m_syllables.empty())
        return Error{Error::Corrupt, QStringLiteral("pinyin table has no characters")};
    std::sort(input.m_syllables.begin(), input.m_syllables.end(),
              [](const Syllable &a, const Syllable &b) { return a.name < b.name; });
    std::stable_sort(input.m_phrases.begin(), input.m_phrases.end(),
                     [](const Phrase &a, const Phrase &b) {
                         return a.key != b.key ? a.key < b.key : a.weight > b.weight;
                     });
    return input;
}

const PinyinInput::Syllable *PinyinInput::syllable(const std::string &name) const
{
    const std::string_view n = normalized(name);
    auto it = std::lower_bound(m_syllables.begin(), m_syllables.end(), n,
                               [](const Syllable &s, std::string_view v) { return s.name < v; });
    return it != m_syllables.end() && it->name == n ? &*it : nullptr;
}

bool PinyinInput::isPrefix(const std::string &letters) const
{
    auto it = std::lower_bound(m_syllables.begin(), m_syllables.end(), letters,
                               [](const Syllable &s, const std::string &v) { return s.name < v; });
    return it != m_syllables.end() && it->name.starts_with(letters);
}

// Depth first, longest syllable first, so the natural reading ("xian", not "xi'an") comes first.
// splittable[p] says whether the letters from p on can be split at all, so no branch is a dead end.
void PinyinInput::segment(const std::string &s, std::size_t pos,
                          const std::vector<bool> &splittable, std::vector<Piece> &pieces,
                          std::vector<std::vector<Piece>> &out) const
{
    const std::size_t end = splittable.size() - 1;
    if (out.size() >= MaxSegmentations)
        return;
    while (pos < end && s[pos] == '\'')
        ++pos;
    if (pos == end) {
        if (!pieces.empty())
            out.push_back(pieces);
        return;
    }
    const std::size_t run = std::min(s.find('\'', pos), end) - pos;
    for (std::size_t len = std::min(run, MaxSyllableLength); len > 0; --len) {
        const std::string sub = s.substr(pos, len);
        if (splittable[pos + len] && syllable(sub))
            pieces.push_back({pos, pos + len, std::string(normalized(sub)), false});
        else if (pos + len == end && isPrefix(sub))
            pieces.push_back({pos, pos + len, sub, true});
        else
            continue;
        segment(s, pos + len, splittable, pieces, out);
        pieces.pop_back();
    }
}

QList<PinyinInput::Candidate> PinyinInput::candidates(const QString &letters, int limit) const
{
    if (limit <= 0 || letters.isEmpty() || m_syllables.empty())
        return {};
    std::string s;
    for (QChar c : letters) {
        const char16_t u = c.toLower().unicode();
        if ((u < 'a' || u > 'z') && u != '\'')
            return {};
        s.push_back(char(u));
    }

    // Which front part can be split into syllables (the last may be the front of a syllable)?
    // ok[p]: the letters from p to end can be split.
    const auto splittable = [&](std::size_t end) {
        std::vector<bool> ok(end + 1, false);
        ok[end] = true;
        for (std::size_t p = end; p-- > 0;) {
            if (s[p] == '\'') {
                ok[p] = ok[p + 1];
                continue;
            }
            for (std::size_t len = 1; len <= MaxSyllableLength && p + len <= end && !ok[p]; ++len) {
                const std::string sub = s.substr(p, len);
                if (sub.back() == '\'')
                    break;
                ok[p] = (ok[p + len] && syllable(sub)) || (p + len == end && isPrefix(sub));
            }
        }
        return ok;
    };
    std::vector<bool> ok;
    for (std::size_t end = std::min(s.size(), MaxLetters); end > 0; --end) {
        ok = splittable(end);
        if (ok[0] && s.find_first_not_of('\'') < end)
            break;
        ok.clear();
    }
    if (ok.empty())
        return {};
    std::vector<std::vector<Piece>> segmentations;
    std::vector<Piece> pieces;
    segment(s, 0, ok, pieces, segmentations);
    // A partial last syllable only where the letters cannot be read as whole syllables: "zhang"
    // is 张, not 战国 (zhan'g...).
    if (std::any_of(segmentations.begin(), segmentations.end(),
                    [](const auto &seg) { return !seg.back().partial; }))
        std::erase_if(segmentations, [](const auto &seg) { return seg.back().partial; });

    struct Raw
    {
        std::size_t consumed;
        int pieces;
        int kind; // 0 phrase of the syllables typed, 1 longer phrase, 2 character
        double weight;
        std::size_t order;
        char32_t ch;
        const Phrase *phrase;
    };
    std::vector<Raw> raw;
    const auto consumedAfter = [&s](std::size_t pos) {
        while (pos < s.size() && s[pos] == '\'')
            ++pos; // a separator after the choice is used up with it
        return pos;
    };
    const auto addChars = [&](const Syllable &syl, std::size_t consumed, double factor) {
        for (std::size_t i = 0; i < syl.chars.size(); ++i)
            raw.push_back(
                {consumed, 1, 2, syl.weights[i] * factor, raw.size(), syl.chars[i], nullptr});
    };
    const auto phrasesFrom = [this](const std::string &prefix) {
        return std::lower_bound(m_phrases.begin(), m_phrases.end(), prefix,
                                [](const Phrase &p, const std::string &v) { return p.key < v; });
    };

    for (const auto &seg : segmentations) {
        const int m = int(seg.size());
        const bool partial = seg.back().partial;
        std::string key;
        std::vector<std::string> keys; // keys[k-1]: the first k syllables
        for (const Piece &p : seg) {
            key += (key.empty() ? "" : "'") + p.syllable;
            keys.push_back(key);
        }
        for (int k = m; k >= 2; --k) {
            const std::size_t consumed = consumedAfter(seg[k - 1].end);
            const std::string &prefix = keys[k - 1];
            if (k == m && partial) {
                for (auto it = phrasesFrom(prefix);
                     it != m_phrases.end() && it->key.starts_with(prefix); ++it)
                    if (it->syllables == k)
                        raw.push_back({consumed, k, 0, double(it->weight), raw.size(), 0, &*it});
                continue;
            }
            for (auto it = phrasesFrom(prefix); it != m_phrases.end() && it->key == prefix; ++it)
                raw.push_back({consumed, k, 0, double(it->weight), raw.size(), 0, &*it});
            if (k == m) {
                std::vector<const Phrase *> longer;
                const std::string stem = prefix + '\'';
                for (auto it = phrasesFrom(stem);
                     it != m_phrases.end() && it->key.starts_with(stem); ++it)
                    if (it->syllables <= k + MaxCompletionExtra)
                        longer.push_back(&*it);
                const std::size_t keep = std::min(longer.size(), MaxCompletions);
                std::partial_sort(
                    longer.begin(), longer.begin() + keep, longer.end(),
                    [](const Phrase *a, const Phrase *b) { return a->weight > b->weight; });
                for (std::size_t i = 0; i < keep; ++i)
                    raw.push_back(
                        {consumed, k, 1, double(longer[i]->weight), raw.size(), 0, longer[i]});
            }
        }
        const Piece &first = seg.front();
        const std::size_t consumed = consumedAfter(first.end);
        if (!first.partial) {
            if (const Syllable *syl = syllable(first.syllable))
                addChars(*syl, consumed, 1);
        }
        if (m == 1) {
            // The syllable may not be finished: "wan" could become "wang", "zh" anything.
            const std::string &stem = first.syllable;
            auto it = std::lower_bound(
                m_syllables.begin(), m_syllables.end(), stem,
                [](const Syllable &x, const std::string &v) { return x.name < v; });
            for (; it != m_syllables.end() && it->name.starts_with(stem); ++it)
                if (it->name != stem)
                    addChars(*it, consumed, first.partial ? 1 : ExtensionFactor);
        }
    }

    std::sort(raw.begin(), raw.end(), [](const Raw &a, const Raw &b) {
        if (a.consumed != b.consumed)
            return a.consumed > b.consumed;
        if (a.pieces != b.pieces)
            return a.pieces < b.pieces;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.weight != b.weight)
            return a.weight > b.weight;
        return a.order < b.order;
    });
    QList<Candidate> out;
    std::unordered_set<std::u16string> seen;
    for (const Raw &r : raw) {
        std::u16string text =
            r.phrase ? r.phrase->text : QString::fromUcs4(&r.ch, 1).toStdU16String();
        if (!seen.insert(text).second)
            continue;
        out.append({QString::fromStdU16String(text), int(r.consumed)});
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace jiujin
