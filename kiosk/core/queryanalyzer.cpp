#include "queryanalyzer.h"

#include "hanfold.h"
#include "pinyin.h"

#include <QMutex>

#include <unicode/brkiter.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <functional>
#include <memory>
#include <vector>

namespace jiujin {

namespace {
constexpr int maxQueryChars = 200;

bool isLetter(char32_t c)
{
    return c >= 'a' && c <= 'z';
}
bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

/** ICU's Traditional-Simplified, one character at a time (it maps characters, not phrases), cached.
 */
class Simplifier
{
public:
    static Simplifier &instance()
    {
        static Simplifier s;
        return s;
    }
    QString simplify(const QString &text)
    {
        QMutexLocker lock(&m_mutex);
        QString out;
        out.reserve(text.size());
        for (char32_t c : text.toUcs4()) {
            if (!Pinyin::isHan(c)) {
                out += QString::fromUcs4(&c, 1);
                continue;
            }
            auto it = m_cache.constFind(c);
            if (it == m_cache.constEnd()) {
                QString simple = QString::fromUcs4(&c, 1);
                if (m_icu) {
                    const UChar32 cp = UChar32(c);
                    icu::UnicodeString s = icu::UnicodeString::fromUTF32(&cp, 1);
                    m_icu->transliterate(s);
                    simple = QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
                }
                it = m_cache.insert(c, simple);
            }
            out += *it;
        }
        return out;
    }

private:
    Simplifier()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_icu.reset(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_icu.reset();
    }
    std::unique_ptr<icu::Transliterator> m_icu;
    QHash<char32_t, QString> m_cache;
    QMutex m_mutex;
};

/** ICU's dictionary-based word boundaries of @p text (UTF-16 offsets, 0 and size() included). */
std::vector<bool> wordBoundaries(const QString &text)
{
    std::vector<bool> at(size_t(text.size()) + 1, false);
    at.front() = at.back() = true;
    static thread_local std::unique_ptr<icu::BreakIterator> words = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> b(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        return U_FAILURE(status) ? nullptr : std::move(b);
    }();
    if (!words) {
        std::fill(at.begin(), at.end(), true);
        return at;
    }
    const icu::UnicodeString u(false, reinterpret_cast<const UChar *>(text.utf16()),
                               int32_t(text.size()));
    words->setText(u);
    for (int32_t p = words->first(); p != icu::BreakIterator::DONE; p = words->next())
        at[size_t(p)] = true;
    return at;
}
} // namespace

QString QueryAnalyzer::fold(const QString &text)
{
    QString s = compatibilityFold(text.left(maxQueryChars));
    const QList<uint> chars = s.toUcs4();
    const bool han =
        std::any_of(chars.begin(), chars.end(), [](uint c) { return Pinyin::isHan(c); });
    if (!han)
        return s;
    s = Simplifier::instance().simplify(s);
    // Spaces between two 汉字 are typing noise (养 老 保 险); elsewhere they separate words.
    const QList<uint> simple = s.toUcs4();
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < simple.size(); ++i) {
        const char32_t c = simple[i];
        if (QChar::isSpace(c)) {
            qsizetype before = i - 1, after = i + 1;
            while (after < simple.size() && QChar::isSpace(simple[after]))
                ++after;
            if (before >= 0 && after < simple.size() && Pinyin::isHan(simple[before]) &&
                Pinyin::isHan(simple[after])) {
                i = after - 1;
                continue;
            }
        }
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QueryAnalyzer::QueryAnalyzer(const SynonymTable &table, const QStringList &vocabulary)
    : m_table(table), m_dictionary(table.words())
{
    for (const QString &w : vocabulary) {
        const QString folded = fold(w.trimmed());
        if (!folded.isEmpty() && !folded.contains(QLatin1Char(' ')))
            m_dictionary.insert(folded);
    }
    // Stop words first: a pinyin that reads as one is dropped like the 汉字 would be.
    QStringList ordered;
    for (const QString &w : std::as_const(m_dictionary))
        (table.isStop(w) ? ordered.prepend(w) : ordered.append(w));
    for (const QString &w : std::as_const(ordered)) {
        m_longest = std::max<int>(m_longest, int(w.size()));
        const QList<uint> chars = w.toUcs4();
        if (!std::all_of(chars.begin(), chars.end(), [](uint c) { return Pinyin::isHan(c); }))
            continue;
        const Pinyin::Reading r = Pinyin::read(w);
        for (const QString &key : {r.full, r.altFull}) {
            if (key.size() >= 2 && !m_pinyin.contains(key)) {
                m_pinyin.insert(key, w);
                m_longestPinyin = std::max<int>(m_longestPinyin, int(key.size()));
            }
        }
    }
}

QList<QueryAnalyzer::Segment> QueryAnalyzer::cutHan(const QString &run) const
{
    // Forward maximum matching on the known words; ICU's word break where none starts.
    const std::vector<bool> icu = wordBoundaries(run);
    const int n = int(run.size());
    auto knownAt = [&](int i, int minLen) {
        for (int len = std::min(m_longest, n - i); len >= minLen; --len) {
            if (m_dictionary.contains(run.mid(i, len)))
                return len;
        }
        return 0;
    };
    QList<Segment> out;
    int i = 0;
    while (i < n) {
        if (const int len = knownAt(i, 2)) {
            out.append({run.mid(i, len), true});
            i += len;
            continue;
        }
        int j = i + 1;
        while (j < n && !icu[size_t(j)])
            ++j;
        if (j - i == 1 || m_table.isStop(run.mid(i, 1))) {
            // A lone character, or a stop word ICU glued to the next (能吃, 个体 is known above).
            out.append({run.mid(i, 1), m_dictionary.contains(run.mid(i, 1))});
            ++i;
            continue;
        }
        int k = i + 1;
        while (k < j && !knownAt(k, 2))
            ++k;
        if (k == j && j - i >= 2 && m_table.isStop(run.mid(j - 1, 1)))
            --k; // 开个: the stop word at the end goes on its own
        out.append({run.mid(i, k - i), false});
        i = k;
    }
    return out;
}

QStringList QueryAnalyzer::readPinyin(const QString &word) const
{
    // The whole word must be covered by pinyin of known words (shebaoka, diule, canjizhengdiule).
    if (auto it = m_pinyin.constFind(word); it != m_pinyin.constEnd())
        return {*it};
    const int n = int(word.size());
    std::vector<int> next(size_t(n) + 1, -1); // end of the word taken at p; -2: no cover from p
    std::function<bool(int)> cover = [&](int p) {
        if (p == n)
            return true;
        if (next[size_t(p)] != -1)
            return next[size_t(p)] >= 0;
        for (int len = std::min(m_longestPinyin, n - p); len >= 2; --len) {
            if (m_pinyin.contains(word.mid(p, len)) && cover(p + len)) {
                next[size_t(p)] = p + len;
                return true;
            }
        }
        next[size_t(p)] = -2;
        return false;
    };
    if (!cover(0))
        return {};
    QStringList out;
    for (int p = 0; p < n; p = next[size_t(p)])
        out.append(m_pinyin.value(word.mid(p, next[size_t(p)] - p)));
    return out;
}

QueryConcept QueryAnalyzer::conceptOf(const QString &word) const
{
    QueryConcept c;
    c.word = word;
    c.alternatives = QStringList{word} + m_table.expand(word);
    if (c.alternatives.size() > maxAlternatives)
        c.alternatives.resize(maxAlternatives);
    c.weak = c.alternatives.size() == 1 && (m_table.isWeak(word) || word.size() == 1);
    return c;
}

void QueryAnalyzer::addSegments(const QList<Segment> &segments, UnderstoodQuery &out) const
{
    QStringList unknown; // consecutive unknown segments: one run
    auto flush = [&] {
        if (unknown.isEmpty())
            return;
        const QString run = unknown.join(QString());
        bool seen = false;
        for (const QueryConcept &c : std::as_const(out.concepts))
            seen = seen || c.word == run;
        if (!seen && out.concepts.size() < maxConcepts) {
            QueryConcept c = conceptOf(run);
            if (unknown.size() > 1)
                c.pieces = unknown;
            out.concepts.append(c);
        }
        unknown.clear();
    };
    for (const Segment &s : segments) {
        if (!s.known) {
            unknown.append(s.text);
            continue;
        }
        flush();
        if (m_table.isStop(s.text)) {
            out.dropped.append(s.text);
            continue;
        }
        bool seen = false;
        for (const QueryConcept &c : std::as_const(out.concepts))
            seen = seen || c.word == s.text;
        if (!seen && out.concepts.size() < maxConcepts)
            out.concepts.append(conceptOf(s.text));
    }
    flush();
}

UnderstoodQuery QueryAnalyzer::analyze(const QString &query) const
{
    UnderstoodQuery out;
    out.folded = fold(query);
    // Runs of 汉字 and of Latin letters; digits go with the run they touch (80岁, 12315).
    const QList<uint> chars = out.folded.toUcs4();
    QString run;
    int kind = 0; // 0 none yet, 1 汉字, 2 Latin
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (kind == 1) {
            addSegments(cutHan(run), out);
        } else {
            const QStringList han = readPinyin(run);
            QList<Segment> segments;
            for (const QString &w : han)
                segments.append({w, true});
            if (segments.isEmpty())
                segments.append({run, true}); // a Latin word is a word of its own
            addSegments(segments, out);
        }
        run.clear();
        kind = 0;
    };
    for (char32_t c : chars) {
        const int k = Pinyin::isHan(c) ? 1 : isLetter(c) ? 2 : isDigit(c) ? -1 : 0;
        if (k == 0) {
            flush();
            continue;
        }
        if (k > 0 && kind > 0 && k != kind)
            flush();
        run += QString::fromUcs4(&c, 1);
        if (k > 0)
            kind = k;
    }
    flush(); // a run of digits alone reads as Latin (12315)
    return out;
}

} // namespace jiujin
