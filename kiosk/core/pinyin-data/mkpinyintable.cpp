// Build-time tool: turns Debian's compiled Rime Luna Pinyin table into the kiosk's compact pinyin
// table (see PinyinInput). Usage: jiujin-mkpinyintable LUNA_TABLE_TXT LOCAL_TSV OUTPUT
//
// Luna Pinyin is a Traditional Chinese dictionary whose weights come from a Traditional corpus:
// the Simplified forms it lists mostly carry weight 0. So each Traditional entry's weight is moved
// to its Simplified form (ICU's Hant-Hans), but only where that form has the same reading, which
// keeps e.g. 乾 "qian" from giving 干 a reading it does not have.
#include <unicode/translit.h>
#include <unicode/uclean.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

// Enough phrases for names, places and addresses, small enough to load in a few milliseconds.
constexpr std::size_t MaxPhrases = 60000; // local names included
constexpr double LocalWeight = 1e6;       // local place names come before any dictionary phrase

struct Converter
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, Converter>;

ConverterPtr openConverter(const char *name)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr c(ucnv_open(name, &status));
    if (U_FAILURE(status))
        return nullptr;
    ucnv_setFromUCallBack(c.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    return U_SUCCESS(status) ? std::move(c) : nullptr;
}

bool encodable(UConverter *c, UChar32 cp)
{
    icu::UnicodeString s(cp);
    char out[16];
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(c);
    ucnv_fromUChars(c, out, sizeof out, s.getBuffer(), s.length(), &status);
    return U_SUCCESS(status);
}

std::vector<std::string> split(const std::string &line, char sep)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(line);
    while (std::getline(in, part, sep))
        parts.push_back(part);
    return parts;
}

std::vector<UChar32> codePoints(const std::string &utf8)
{
    const icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
    std::vector<UChar32> out;
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1))
        out.push_back(s.char32At(i));
    return out;
}

std::string utf8(const std::vector<UChar32> &cps)
{
    icu::UnicodeString s;
    for (UChar32 c : cps)
        s.append(c);
    std::string out;
    s.toUTF8String(out);
    return out;
}

bool isSyllable(const std::string &s)
{
    if (s.empty() || s.size() > 6)
        return false;
    for (char c : s)
        if (c < 'a' || c > 'z')
            return false;
    // Interjections written without a vowel (hm, ng) would split ordinary input in odd places.
    return s.find_first_of("aeiouv") != std::string::npos;
}

struct Entry
{
    std::string text;
    std::vector<std::string> syllables;
    double weight = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::cerr << "usage: " << argv[0] << " LUNA_TABLE_TXT LOCAL_TSV OUTPUT\n";
        return 2;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> toSimplified(
        icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    ConverterPtr gb2312 = openConverter("GB2312");
    ConverterPtr gbk = openConverter("GBK");
    if (U_FAILURE(status) || !toSimplified || !gb2312 || !gbk) {
        std::cerr << "ICU lacks Hant-Hans, GB2312 or GBK\n";
        return 1;
    }

    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "cannot read " << argv[1] << " (install rime-data-luna-pinyin)\n";
        return 1;
    }
    std::vector<Entry> entries;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto f = split(line, '\t');
        if (f.size() < 3)
            continue;
        Entry e{f[0], split(f[1], ' '), std::atof(f[2].c_str())};
        if (!std::all_of(e.syllables.begin(), e.syllables.end(), isSyllable))
            continue;
        entries.push_back(std::move(e));
    }
    if (entries.size() < 10000) {
        std::cerr << argv[1] << " has only " << entries.size() << " usable entries\n";
        return 1;
    }

    std::unordered_map<UChar32, UChar32> simplifiedCache;
    auto simplified = [&](UChar32 c) {
        auto it = simplifiedCache.find(c);
        if (it != simplifiedCache.end())
            return it->second;
        icu::UnicodeString s(c);
        toSimplified->transliterate(s);
        const UChar32 r = s.countChar32() == 1 ? s.char32At(0) : c;
        return simplifiedCache[c] = r;
    };
    // Tier 1: GB2312 (the common characters); tier 2: the rest of GBK that is not a Traditional
    // form, for the rarer characters of names (堃, 喆, 玥), listed after tier 1.
    std::unordered_map<UChar32, int> tierCache;
    auto tier = [&](UChar32 c) {
        auto it = tierCache.find(c);
        if (it != tierCache.end())
            return it->second;
        int t = 0;
        if (simplified(c) == c && c >= 0x3400) // Han only, no kana, bopomofo or symbols
            t = encodable(gb2312.get(), c) ? 1 : encodable(gbk.get(), c) ? 2 : 0;
        return tierCache[c] = t;
    };

    // Single characters.
    std::map<UChar32, std::set<std::string>> readings;
    for (const Entry &e : entries) {
        const auto cps = codePoints(e.text);
        if (cps.size() == 1 && e.syllables.size() == 1)
            readings[cps[0]].insert(e.syllables[0]);
    }
    std::map<std::pair<std::string, UChar32>, double> charWeight; // (syllable, char) -> weight
    for (const Entry &e : entries) {
        const auto cps = codePoints(e.text);
        if (cps.size() != 1 || e.syllables.size() != 1)
            continue;
        const UChar32 s = simplified(cps[0]);
        if (tier(s) == 0)
            continue;
        const auto &own = readings[s];
        if (s != cps[0] && !own.empty() && !own.count(e.syllables[0]))
            continue;
        charWeight[{e.syllables[0], s}] += e.weight;
    }
    struct CharOut
    {
        UChar32 c;
        int tier;
        double weight;
    };
    std::map<std::string, std::vector<CharOut>> bySyllable;
    for (const auto &[key, w] : charWeight)
        bySyllable[key.first].push_back({key.second, tier(key.second), w});

    // Phrases of 2-4 characters, all in the character set once simplified.
    std::map<std::pair<std::string, std::string>, double> phraseWeight; // (reading, text) -> weight
    for (const Entry &e : entries) {
        auto cps = codePoints(e.text);
        if (cps.size() < 2 || cps.size() > 4 || cps.size() != e.syllables.size() || e.weight <= 0)
            continue;
        bool ok = true;
        for (UChar32 &c : cps) {
            c = simplified(c);
            ok = ok && tier(c) != 0;
        }
        if (!ok)
            continue;
        std::string reading;
        for (const auto &s : e.syllables)
            reading += (reading.empty() ? "" : " ") + s;
        phraseWeight[{reading, utf8(cps)}] += e.weight;
    }
    // Local names go first, whatever the dictionary says about them.
    std::ifstream local(argv[2]);
    if (!local) {
        std::cerr << "cannot read " << argv[2] << "\n";
        return 1;
    }
    while (std::getline(local, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto f = split(line, '\t');
        const auto syllables = f.size() == 2 ? split(f[1], ' ') : std::vector<std::string>{};
        const auto cps = codePoints(f[0]);
        if (syllables.size() < 2 || syllables.size() != cps.size() ||
            !std::all_of(syllables.begin(), syllables.end(), isSyllable) ||
            !std::all_of(cps.begin(), cps.end(), [&](UChar32 c) { return tier(c) != 0; })) {
            std::cerr << argv[2] << ": bad line: " << line << "\n";
            return 1;
        }
        phraseWeight[{f[1], f[0]}] = LocalWeight;
    }
    std::vector<std::pair<std::pair<std::string, std::string>, double>> phrases(
        phraseWeight.begin(), phraseWeight.end());
    std::stable_sort(phrases.begin(), phrases.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (phrases.size() > MaxPhrases)
        phrases.resize(MaxPhrases);

    std::ofstream out(argv[3], std::ios::trunc);
    out << "# JiuJin pinyin table, generated from rime-data-luna-pinyin by jiujin-mkpinyintable.\n"
           "# [chars]: syllable TAB characters TAB their weights (0: rare, listed last).\n"
           "# [phrases]: syllables TAB phrase TAB weight.\n[chars]\n";
    std::size_t charCount = 0;
    for (auto &[syllable, chars] : bySyllable) {
        std::stable_sort(chars.begin(), chars.end(), [](const CharOut &a, const CharOut &b) {
            return a.tier != b.tier ? a.tier < b.tier : a.weight > b.weight;
        });
        std::string text, weights;
        for (const CharOut &c : chars) {
            text += utf8({c.c});
            weights += (weights.empty() ? "" : " ") +
                       std::to_string(c.tier == 1 ? std::llround(c.weight) + 1 : 0);
        }
        out << syllable << '\t' << text << '\t' << weights << '\n';
        charCount += chars.size();
    }
    out << "[phrases]\n";
    for (const auto &[key, weight] : phrases)
        out << key.first << '\t' << key.second << '\t' << std::llround(weight) << '\n';
    out.close();
    if (!out) {
        std::cerr << "cannot write " << argv[3] << "\n";
        return 1;
    }
    std::cout << "pinyin table: " << bySyllable.size() << " syllables, " << charCount
              << " characters, " << phrases.size() << " phrases\n";
    toSimplified.reset();
    gb2312.reset();
    gbk.reset();
    u_cleanup();
    return 0;
}
