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

// Words people search for most; offered when a search finds nothing (only those that find something).
const QStringList fallbackSuggestions = {QStringLiteral("养老"), QStringLiteral("医保"), QStringLiteral("低保"),
                                         QStringLiteral("残疾人证"), QStringLiteral("户口"), QStringLiteral("营业执照")};
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
    m_handledCache.clear();
    m_nameLengths.clear();
    m_fallback.reset();
    const auto info = m_store.info();
    qCInfo(lcCore) << "catalogue" << info->version << "imported:" << info->items << "items";
    return *info;
}

Result<CatalogueInfo> CatalogueService::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::NotFound, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return importBundle(file.readAll());
}

QStringList CatalogueService::terms(const QString &query)
{
    const QList<uint> chars = query.left(maxQueryChars).normalized(QString::NormalizationForm_KC).toLower().toUcs4();
    QStringList out;
    QList<uint> current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            const QString term = QString::fromUcs4(reinterpret_cast<const char32_t *>(current.constData()),
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

QHash<qint64, int> CatalogueService::matchTerm(const QString &term)
{
    // Score per item: 4 x tier + 2 when the term itself matched (14 name, 10 keyword, 6 text);
    // a match only through the pinyin of 汉字 (an input-method slip: 养老保线) scores the tier
    // alone (3, 2, 1), so it never outranks a real match.
    QHash<qint64, int> scores;
    auto add = [&](const QList<SearchHit> &hits, bool exact) {
        for (const SearchHit &h : hits) {
            int &s = scores[h.id];
            s = std::max(s, exact ? h.tier * 4 + 2 : h.tier);
            m_nameLengths.insert(h.id, h.nameLength);
        }
    };
    auto match = [this](const QString &text, bool latin) {
        return text.size() >= 3 ? m_store.matchText(text, latin) : m_store.matchGram(text);
    };
    const QList<uint> chars = term.toUcs4();
    const bool hasHan = std::any_of(chars.begin(), chars.end(), [](uint c) { return Pinyin::isHan(c); });
    const bool hasLatin = std::any_of(chars.begin(), chars.end(), [](uint c) { return isLatin(c); });
    if (!hasHan) {
        add(match(term, true), true);
        return scores;
    }
    const Pinyin::Reading r = Pinyin::read(term);
    if (hasLatin) {
        // Mixed (养老bx, 养老baoxian): the 汉字 read as pinyin or as initials, the Latin as typed.
        for (const QString &variant : {r.full, r.altFull, r.initials})
            add(match(variant, true), true);
        return scores;
    }
    add(match(term, false), true);
    if (chars.size() >= 2) {
        add(match(r.full, true), false);
        if (r.altFull != r.full)
            add(match(r.altFull, true), false);
    }
    return scores;
}

QList<SearchResult> CatalogueService::rank(const QStringList &terms, const QString &point, int limit)
{
    QHash<qint64, int> total;
    QHash<qint64, int> weakest;
    for (int i = 0; i < terms.size(); ++i) {
        const QHash<qint64, int> scores = matchTerm(terms.at(i));
        if (i == 0) {
            total = scores;
            weakest = scores;
        } else {
            for (auto it = total.begin(); it != total.end();) {
                const auto found = scores.constFind(it.key());
                if (found == scores.constEnd()) {
                    weakest.remove(it.key());
                    it = total.erase(it);
                } else {
                    it.value() += *found;
                    weakest[it.key()] = std::min(weakest[it.key()], *found);
                    ++it;
                }
            }
        }
        if (total.isEmpty())
            return {};
    }

    auto handled = m_handledCache.constFind(point);
    if (handled == m_handledCache.constEnd())
        handled = m_handledCache.insert(point, m_store.handledIds(point));

    QList<qint64> ids = total.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const auto key = [&](qint64 id) {
            return std::make_tuple(-total.value(id), !handled->contains(id), m_nameLengths.value(id), id);
        };
        return key(a) < key(b);
    });
    if (ids.size() > limit)
        ids.resize(limit);
    QList<SearchResult> results;
    for (const ItemSummary &item : m_store.itemsById(ids, point)) {
        const int score = weakest.value(item.id);
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
    auto findsSomething = [&](const QString &term) { return !matchTerm(term).isEmpty(); };
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
