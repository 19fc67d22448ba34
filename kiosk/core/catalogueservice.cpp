#include "catalogueservice.h"

#include "cataloguebundle.h"
#include "pinyin.h"
#include "redaction.h"
#include "searchtext.h"
#include "settingkeys.h"
#include "slots.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCore, "jiujin.core")

namespace jiujin {

namespace {
constexpr int maxQueryChars = 200;
constexpr int maxTerms = 6;
constexpr int maxTermChars = 24;
constexpr int maxSlipChars = 6;
constexpr qsizetype maxRecentTerms = 2048;
constexpr int maxMissChars = 40;

bool isLatin(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Words people search for most; offered when a search finds nothing (only those that find
// something).
const QStringList fallbackSuggestions = {QStringLiteral("养老"), QStringLiteral("医保"),
                                         QStringLiteral("低保"), QStringLiteral("残疾人证"),
                                         QStringLiteral("户口"), QStringLiteral("营业执照")};
} // namespace

std::optional<DepartmentRow> CatalogueService::department(const QString &code)
{
    for (const DepartmentRow &d : m_store.departments())
        if (d.code == code)
            return d;
    return std::nullopt;
}

std::optional<QJsonObject> CatalogueService::item(const QString &code)
{
    const auto json = m_store.guide(code);
    if (!json)
        return std::nullopt;
    return QJsonDocument::fromJson(*json).object();
}

QHash<QString, QString> CatalogueService::itemNames(bool english)
{
    QHash<QString, QString> names;
    for (const ItemSummary &item : m_store.items(QString(), QString()))
        names.insert(item.code, english ? item.nameEn : item.nameZh);
    return names;
}

QHash<QString, QString> CatalogueService::mongolianItemNames()
{
    // One query, not one guide read and parsed per item: Mongolian mode asks at start and on
    // each switch (§9e "First frame in Mongolian").
    return m_store.mongolianNames();
}

QString CatalogueService::mongolianItemName(const QString &code)
{
    const auto guide = m_store.guide(code);
    if (!guide)
        return {};
    return mongolianText(QJsonDocument::fromJson(*guide).object().value(QLatin1String("name")));
}

QString CatalogueService::thisPointCode()
{
    return m_store.setting(QLatin1String(kiosksetting::point));
}

Result<CatalogueInfo> CatalogueService::importBundle(const QByteArray &json)
{
    auto snapshot = parseCatalogueBundle(json);
    if (!snapshot) {
        qCWarning(lcCore) << "catalogue bundle refused:" << snapshot.error().message;
        return snapshot.error();
    }
    addSearchText(snapshot.value().items);
    if (auto r = m_store.replace(snapshot.value(), m_clock()); !r) {
        qCWarning(lcCore) << "catalogue import failed, old catalogue kept:" << r.error().message;
        return r.error();
    }
    dropCaches();
    m_generation = m_store.generation();
    const auto info = m_store.info();
    qCInfo(lcCore) << "catalogue" << info->version << "imported:" << info->items << "items";
    return *info;
}

void CatalogueService::dropCaches()
{
    m_handledCache.clear();
    m_nameLengths.clear();
    m_index.reset();
    m_fallback.reset();
    m_analyzer.reset();
    m_warmTerms.clear();
    m_recentTerms.clear();
}

const QueryAnalyzer &CatalogueService::analyzer()
{
    if (!m_analyzer) {
        m_analyzer.emplace(SynonymTable::bundled(), m_store.keywords());
        warmTerms();
    }
    return *m_analyzer;
}

bool CatalogueService::refreshIfChanged()
{
    const qint64 now = m_store.generation();
    if (now == m_generation)
        return false;
    m_generation = now;
    dropCaches();
    qCInfo(lcCore) << "catalogue changed (generation" << now << "), search reloads it";
    return true;
}

Result<CatalogueInfo> CatalogueService::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::NotFound,
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return importBundle(file.readAll());
}

QStringList CatalogueService::terms(const QString &query)
{
    const QList<uint> chars = QueryAnalyzer::fold(query.left(maxQueryChars)).toUcs4();
    QStringList out;
    QList<uint> current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            const QString term =
                QString::fromUcs4(reinterpret_cast<const char32_t *>(current.constData()),
                                  std::min<qsizetype>(current.size(), maxTermChars));
            if (!out.contains(term) && out.size() < maxTerms)
                out.append(term);
            current.clear();
        }
    };
    for (uint c : chars) {
        if (Pinyin::isHan(c) || isLatin(c))
            current.append(c);
        else
            flush();
    }
    flush();
    return out;
}

void CatalogueService::loadRanking()
{
    // Row ids are small (1..N on import, new items after the last on an update), so per-item data
    // lives in flat arrays.
    if (!m_nameLengths.empty())
        return;
    m_index.emplace(m_store.searchFields(), m_store.grams());
    const QHash<qint64, int> lengths = m_store.nameLengths();
    qint64 last = 0;
    for (auto it = lengths.begin(); it != lengths.end(); ++it)
        last = std::max(last, it.key());
    m_nameLengths.assign(size_t(last) + 1, 0);
    for (auto it = lengths.begin(); it != lengths.end(); ++it)
        m_nameLengths[size_t(it.key())] = it.value();
}

CatalogueService::Scores CatalogueService::matchTerm(const QString &term, bool slipInKeywords)
{
    const Hits &hits = termHits(term, slipInKeywords);
    if (hits.empty())
        return {};
    Scores scores(m_nameLengths.size(), 0);
    for (const auto &[id, score] : hits)
        scores[size_t(id)] = score;
    return scores;
}

const CatalogueService::Hits &CatalogueService::termHits(const QString &term, bool slipInKeywords)
{
    loadRanking();
    const QString key = slipInKeywords ? QLatin1Char('\x01') + term : term;
    if (auto it = m_warmTerms.constFind(key); it != m_warmTerms.constEnd())
        return *it;
    if (auto it = m_recentTerms.constFind(key); it != m_recentTerms.constEnd())
        return *it;
    if (m_recentTerms.size() >= maxRecentTerms)
        m_recentTerms.clear();
    return *m_recentTerms.insert(key, lookUp(term, slipInKeywords));
}

CatalogueService::Hits CatalogueService::lookUp(const QString &term, bool slipInKeywords)
{
    // Score per item: 4 x tier + 2 when the term itself matched (14 name, 10 keyword, 6 text);
    // when the 汉字 find nothing, their pinyin is tried on names (an input-method slip: 养老保线),
    // scoring the tier alone (3, 2, 1), below any real match. 0: no match.
    Scores scores(m_nameLengths.size(), 0);
    bool any = false;
    auto add = [&](const QList<SearchHit> &hits, bool exact) {
        for (const SearchHit &h : hits) {
            if (h.id <= 0 || size_t(h.id) >= scores.size())
                continue;
            int &s = scores[size_t(h.id)];
            s = std::max(s, exact ? h.tier * 4 + 2 : h.tier);
            any = true;
        }
    };
    // Names and keywords from memory; the guide text (Chinese only) from FTS5.
    auto match = [this](const QString &text, bool latin, bool namesOnly = false) {
        if (text.size() < 3)
            return m_index->matchGram(text);
        QList<SearchHit> hits;
        m_index->match(text, namesOnly, hits);
        if (!latin && !namesOnly)
            hits += m_store.matchBody(text);
        return hits;
    };
    const QList<uint> chars = term.toUcs4();
    const bool hasHan =
        std::any_of(chars.begin(), chars.end(), [](uint c) { return Pinyin::isHan(c); });
    const bool hasLatin =
        std::any_of(chars.begin(), chars.end(), [](uint c) { return isLatin(c); });
    if (!hasHan) {
        add(match(term, true), true);
    } else if (hasLatin) {
        // Mixed (养老bx, 养老baoxian): the 汉字 read as pinyin or as initials, the Latin as typed.
        const Pinyin::Reading r = Pinyin::read(term);
        for (const QString &variant : {r.full, r.altFull, r.initials})
            add(match(variant, true), true);
    } else {
        add(match(term, false), true);
        if (!any && chars.size() >= 2 && chars.size() <= maxSlipChars) {
            // An input-method slip is looked for in item names only (and keywords when asked);
            // it is a slip in a word, not in a sentence.
            const Pinyin::Reading r = Pinyin::read(term);
            add(match(r.full, true, !slipInKeywords), false);
            if (r.altFull != r.full)
                add(match(r.altFull, true, !slipInKeywords), false);
        }
    }
    Hits hits;
    for (size_t id = 0; id < scores.size(); ++id) {
        if (scores[id] > 0)
            hits.emplace_back(qint32(id), scores[id]);
    }
    return hits;
}

void CatalogueService::warmTerms()
{
    // The catalogue terms synonyms expand to come back in query after query: looked up once per
    // catalogue, so a question costs the lookups of the citizen's own words.
    if (!m_warmTerms.isEmpty())
        return;
    loadRanking();
    const SynonymTable &table = SynonymTable::bundled();
    for (const QString &w : table.words()) {
        if (!table.isStop(w))
            m_warmTerms.insert(w, lookUp(w, false));
    }
}

bool CatalogueService::recordMiss(const QString &query)
{
    if (!m_misses)
        return false;
    const QString text = QueryAnalyzer::fold(query).simplified().left(maxMissChars);
    static const QRegularExpression digits(QStringLiteral("[0-9]{6}"));
    if (text.isEmpty() || redact(text) != text || digits.match(text).hasMatch())
        return false;
    if (auto r = m_misses->record(text, protocol::chinaDate(m_clock())); !r) {
        qCWarning(lcCore) << "search miss not counted:" << r.error().message;
        return false;
    }
    return true;
}

void CatalogueService::dropRecentTerms()
{
    m_recentTerms.clear();
}

namespace {
/** The field of a score: 3 name, 2 keyword, 1 text (slips score their field alone). */
int tierOf(int score)
{
    return score >= 12 ? 3 : score >= 8 ? 2 : score >= 4 ? 1 : score;
}
} // namespace

CatalogueService::Scores
CatalogueService::matchConcept(const QueryConcept &c,
                               const std::function<const Scores &(const QString &)> &lookup)
{
    Scores out;
    auto take = [&](const Scores &s, bool demote) {
        if (s.empty())
            return;
        if (out.empty())
            out.assign(m_nameLengths.size(), 0);
        for (size_t id = 0; id < s.size(); ++id) {
            int v = s[id];
            if (v >= 6 && demote)
                v -= 1; // a synonym, or the word less a character: below the word itself (odd)
            out[id] = std::max(out[id], v);
        }
    };
    for (qsizetype k = 0; k < c.alternatives.size(); ++k)
        take(lookup(c.alternatives.at(k)), k > 0);
    const QList<uint> chars = c.word.toUcs4();
    const bool han = !chars.isEmpty() && Pinyin::isHan(chars.front());
    if (out.empty() && han && chars.size() >= 2 && chars.size() <= maxSlipChars)
        take(matchTerm(c.word, true), false); // a pinyin slip (社宝卡), keywords included
    if (out.empty() && han && chars.size() >= 3) {
        // A character too many (残疾人人证): the word less one character.
        for (qsizetype i = 0; i < chars.size(); ++i) {
            QList<uint> shorter = chars;
            shorter.removeAt(i);
            take(lookup(QString::fromUcs4(reinterpret_cast<const char32_t *>(shorter.constData()),
                                          shorter.size())),
                 true);
        }
    }
    return out;
}

QList<SearchResult> CatalogueService::rank(const QStringList &terms, const UnderstoodQuery &query,
                                           const QString &point, int limit, SearchOutcome &outcome)
{
    loadRanking();
    const size_t n = m_nameLengths.size();
    QHash<QString, Scores> memo; // one FTS lookup per distinct word in a search
    auto lookup = [&](const QString &t) -> const Scores & {
        auto it = memo.find(t);
        if (it == memo.end())
            it = memo.insert(t, matchTerm(t));
        return *it;
    };

    // As typed: every term in an item's name or keywords (or a slip of its name) keeps today's
    // keyword order, ahead of everything understood.
    Scores total(n, 0), weakest(n, 0);
    for (int i = 0; i < terms.size(); ++i) {
        const Scores &scores = lookup(terms.at(i));
        if (scores.empty()) {
            std::fill(total.begin(), total.end(), 0);
            break;
        }
        for (size_t id = 0; id < n; ++id) {
            if (i == 0) {
                total[id] = weakest[id] = scores[id];
            } else if (total[id] == 0 || scores[id] == 0) {
                total[id] = 0;
            } else {
                total[id] += scores[id];
                weakest[id] = std::min(weakest[id], scores[id]);
            }
        }
    }

    // Understood: how many meaningful words an item matches, and in which field.
    std::vector<int> coverage(n, 0), bestTier(n, 0);
    std::vector<char> found(n, 0);
    const auto items = std::max<qsizetype>(
        1, std::count_if(m_nameLengths.begin(), m_nameLengths.end(), [](int l) { return l > 0; }));
    auto cover = [&](const Scores &scores, bool weak) {
        // A word few items have in their name or keywords tells more than one many have (老人
        // against 刷脸认证).
        const auto df = std::count_if(scores.begin(), scores.end(),
                                      [](int v) { return v >= 8 || (v > 0 && v <= 3); });
        const int rare = int(20 * (items - std::min<qsizetype>(df, items)) / items);
        for (size_t id = 0; id < scores.size(); ++id) {
            const int v = scores[id];
            if (v == 0)
                continue;
            if (weak) {
                coverage[id] += tierOf(v);
                continue;
            }
            // The word itself in a name or keyword counts most, then a synonym there or a
            // slip; guide text alone counts little (it mentions everything).
            const int base = v >= 8 ? (v % 2 == 0 ? 80 : 55) : v <= 3 ? 60 : 10;
            coverage[id] += base + (v >= 8 || v <= 3 ? rare : 0) + v;
            bestTier[id] = std::max(bestTier[id], tierOf(v));
            found[id] = 1;
        }
    };
    QList<QPair<QueryConcept, Scores>> matched;
    for (const QueryConcept &c : query.concepts) {
        Scores scores = matchConcept(c, lookup);
        if (!scores.empty()) {
            matched.append({c, std::move(scores)});
            continue;
        }
        // A run of unknown characters that finds nothing as a whole: its words one by one.
        for (const QString &piece : c.pieces) {
            QueryConcept part{piece, {piece}, piece.size() < 2, {}};
            Scores partScores = matchConcept(part, lookup);
            if (!partScores.empty())
                matched.append({part, std::move(partScores)});
        }
    }
    // Generic words only order results, unless nothing else of the query finds anything.
    const bool strongFound =
        std::any_of(matched.begin(), matched.end(), [](const auto &m) { return !m.first.weak; });
    for (const auto &[c, scores] : matched) {
        const bool weak = c.weak && strongFound;
        cover(scores, weak);
        if (!weak)
            outcome.understood.append(c.word);
    }

    auto handled = m_handledCache.constFind(point);
    if (handled == m_handledCache.constEnd()) {
        std::vector<char> here(n, 0);
        for (qint64 id : m_store.handledIds(point)) {
            if (id > 0 && size_t(id) < here.size())
                here[size_t(id)] = 1;
        }
        handled = m_handledCache.insert(point, here);
    }

    // Best first: as typed, coverage, handled here, shorter name, catalogue order. Only the top
    // is sorted.
    using Key = std::tuple<int, int, bool, int, qint64>;
    std::vector<Key> keys;
    std::vector<int> tiers(n, 0);
    for (size_t id = 0; id < n; ++id) {
        const bool typed = total[id] > 0 && (weakest[id] >= 10 || weakest[id] <= 3);
        if (!typed && !found[id])
            continue;
        tiers[id] = typed ? tierOf(weakest[id]) : bestTier[id];
        keys.emplace_back(typed ? -total[id] : 0, -coverage[id], !(*handled)[id], m_nameLengths[id],
                          qint64(id));
    }
    const auto top = keys.begin() + std::min<std::ptrdiff_t>(limit, std::ptrdiff_t(keys.size()));
    std::partial_sort(keys.begin(), top, keys.end());
    // Each understood word as the first result has it: the word itself, or its synonym that
    // scores best there (the first on a tie); the word when it was found another way (a slip).
    const qint64 first = keys.empty() ? 0 : std::get<4>(keys.front());
    for (const auto &[c, scores] : matched) {
        if (c.weak && strongFound)
            continue;
        QString shown = c.word;
        if (first > 0 && scores[size_t(first)] > 0) {
            int best = 0;
            for (const QString &alternative : c.alternatives) {
                const Scores &s = lookup(alternative);
                if (!s.empty() && s[size_t(first)] > best) {
                    best = s[size_t(first)];
                    shown = alternative;
                }
            }
        }
        if (!outcome.lookedFor.contains(shown))
            outcome.lookedFor.append(shown);
    }

    QList<SearchResult> results;
    for (auto it = keys.begin(); it != top; ++it) {
        const qint64 id = std::get<4>(*it);
        if (const ItemSummary *item = m_index->item(id)) {
            results.append({*item, tiers[size_t(id)]});
            results.back().item.handledHere = (*handled)[size_t(id)] != 0;
        }
    }
    return results;
}

SearchOutcome CatalogueService::search(const QString &query, const QString &point, int limit)
{
    const QStringList t = terms(query);
    if (t.isEmpty())
        return {};
    SearchOutcome outcome;
    outcome.results = rank(t, analyzer().analyze(query), point, limit, outcome);
    if (!outcome.results.isEmpty())
        return outcome;
    // Nothing found: offer what would find something, the user's own words first.
    auto findsSomething = [&](const QString &term) { return !matchTerm(term).empty(); };
    if (t.size() > 1) {
        for (const QString &term : t) {
            if (findsSomething(term))
                outcome.suggestions.append(term);
        }
    }
    if (outcome.suggestions.isEmpty() && t.size() == 1) {
        for (QString shorter = t.front().chopped(1); shorter.size() >= 2; shorter.chop(1)) {
            if (findsSomething(shorter)) {
                outcome.suggestions.append(shorter);
                break;
            }
        }
    }
    if (!m_fallback) {
        m_fallback = QStringList();
        for (const QString &s : fallbackSuggestions) {
            if (findsSomething(s))
                m_fallback->append(s);
        }
    }
    for (const QString &s : *m_fallback) {
        if (outcome.suggestions.size() >= 4)
            break;
        if (!outcome.suggestions.contains(s))
            outcome.suggestions.append(s);
    }
    return outcome;
}

} // namespace jiujin
