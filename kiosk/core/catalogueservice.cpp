#include "catalogueservice.h"

#include "cataloguebundle.h"
#include "pinyin.h"

#include <QFile>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCore, "jiujin.core")

namespace jiujin {

namespace {
constexpr int maxQueryChars = 200;
constexpr int maxTerms = 6;
constexpr int maxTermChars = 24;

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

Result<CatalogueInfo> CatalogueService::importBundle(const QByteArray &json)
{
    auto snapshot = parseCatalogueBundle(json);
    if (!snapshot) {
        qCWarning(lcCore) << "catalogue bundle refused:" << snapshot.error().message;
        return snapshot.error();
    }
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
    m_fallback.reset();
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
    const QList<uint> chars =
        query.left(maxQueryChars).normalized(QString::NormalizationForm_KC).toLower().toUcs4();
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
    const QHash<qint64, int> lengths = m_store.nameLengths();
    qint64 last = 0;
    for (auto it = lengths.begin(); it != lengths.end(); ++it)
        last = std::max(last, it.key());
    m_nameLengths.assign(size_t(last) + 1, 0);
    for (auto it = lengths.begin(); it != lengths.end(); ++it)
        m_nameLengths[size_t(it.key())] = it.value();
}

CatalogueService::Scores CatalogueService::matchTerm(const QString &term)
{
    // Score per item: 4 x tier + 2 when the term itself matched (14 name, 10 keyword, 6 text);
    // when the 汉字 find nothing, their pinyin is tried on names (an input-method slip: 养老保线),
    // scoring the tier alone (3, 2, 1), below any real match. 0: no match.
    loadRanking();
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
    auto match = [this](const QString &text, bool latin, bool namesOnly = false) {
        return text.size() >= 3 ? m_store.matchText(text, latin, namesOnly)
                                : m_store.matchGram(text);
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
        if (!any && chars.size() >= 2) {
            // An input-method slip is looked for in item names only.
            const Pinyin::Reading r = Pinyin::read(term);
            add(match(r.full, true, true), false);
            if (r.altFull != r.full)
                add(match(r.altFull, true, true), false);
        }
    }
    if (!any)
        scores.clear();
    return scores;
}

QList<SearchResult> CatalogueService::rank(const QStringList &terms, const QString &point,
                                           int limit)
{
    Scores total, weakest;
    for (int i = 0; i < terms.size(); ++i) {
        const Scores scores = matchTerm(terms.at(i));
        if (scores.empty())
            return {};
        if (i == 0) {
            total = scores;
            weakest = scores;
            continue;
        }
        for (size_t id = 0; id < total.size(); ++id) {
            if (total[id] == 0 || scores[id] == 0) {
                total[id] = 0;
            } else {
                total[id] += scores[id];
                weakest[id] = std::min(weakest[id], scores[id]);
            }
        }
    }

    auto handled = m_handledCache.constFind(point);
    if (handled == m_handledCache.constEnd()) {
        std::vector<char> here(m_nameLengths.size(), 0);
        for (qint64 id : m_store.handledIds(point)) {
            if (id > 0 && size_t(id) < here.size())
                here[size_t(id)] = 1;
        }
        handled = m_handledCache.insert(point, here);
    }

    // Best first: score, handled here, shorter name, catalogue order. Only the top is sorted.
    using Key = std::tuple<int, bool, int, qint64>;
    std::vector<Key> keys;
    for (size_t id = 0; id < total.size(); ++id) {
        if (total[id] > 0)
            keys.emplace_back(-total[id], !(*handled)[id], m_nameLengths[id], qint64(id));
    }
    const auto top = keys.begin() + std::min<std::ptrdiff_t>(limit, std::ptrdiff_t(keys.size()));
    std::partial_sort(keys.begin(), top, keys.end());
    QList<qint64> ids;
    for (auto it = keys.begin(); it != top; ++it)
        ids.append(std::get<3>(*it));
    QList<SearchResult> results;
    for (const ItemSummary &item : m_store.itemsById(ids, point)) {
        const int score = weakest[size_t(item.id)];
        results.append({item, score >= 6 ? (score - 2) / 4 : score});
    }
    return results;
}

SearchOutcome CatalogueService::search(const QString &query, const QString &point, int limit)
{
    const QStringList t = terms(query);
    if (t.isEmpty())
        return {};
    SearchOutcome outcome{rank(t, point, limit), {}};
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
