#include "searchindex.h"

#include <algorithm>
#include <cstring>

namespace jiujin {

namespace {
constexpr QChar separator(u'\x1f'); // between columns: never in a search word

/** Three UTF-16 units as one key. */
quint64 trigram(const QChar *c)
{
    return (quint64(c[0].unicode()) << 32) | (quint64(c[1].unicode()) << 16) | c[2].unicode();
}
} // namespace

SearchIndex::SearchIndex(const QList<SearchFields> &rows, QHash<QString, QList<SearchHit>> grams)
    : m_grams(std::move(grams))
{
    qint64 last = 0;
    for (const SearchFields &r : rows)
        last = std::max(last, r.item.id);
    m_items.resize(size_t(last) + 1);
    for (const SearchFields &r : rows) {
        if (r.item.id <= 0)
            continue;
        m_items[size_t(r.item.id)] = r.item;
        add(m_names, qint32(r.item.id), r.names);
        add(m_keywords, qint32(r.item.id), r.keywords);
    }
    index(m_names);
    index(m_keywords);
}

void SearchIndex::add(Field &field, qint32 id, const QStringList &columns)
{
    field.starts.push_back(quint32(field.text.size()));
    field.ids.push_back(id);
    for (const QString &column : columns) {
        // FTS5's trigram tokenizer folds case; so does this (the words searched are lower case).
        QString folded = column.toLower();
        folded.replace(separator, QLatin1Char(' '));
        field.text += folded;
        field.text += separator;
    }
}

void SearchIndex::index(Field &field)
{
    field.text.squeeze();
    const QChar *text = field.text.constData();
    for (qsizetype i = 0; i + 2 < field.text.size(); ++i) {
        const QChar *c = text + i;
        if (c[0] != separator && c[1] != separator && c[2] != separator)
            field.postings[trigram(c)].push_back(quint32(i));
    }
    for (auto &list : field.postings)
        list.shrink_to_fit();
}

void SearchIndex::find(const Field &field, const QString &word, int tier, QList<SearchHit> &hits)
{
    // The word is looked for only where its rarest trigram occurs, as a whole; it holds no
    // separator, so a match never spans two columns (a substring of one, as FTS5 finds a phrase).
    const std::vector<quint32> *rarest = nullptr;
    qsizetype at = 0;
    for (qsizetype i = 0; i + 2 < word.size(); ++i) {
        const auto it = field.postings.constFind(trigram(word.constData() + i));
        if (it == field.postings.constEnd())
            return;
        if (!rarest || it->size() < rarest->size()) {
            rarest = &*it;
            at = i;
        }
    }
    if (!rarest)
        return;
    const auto size = quint32(word.size());
    const auto total = quint32(field.text.size());
    const QChar *text = field.text.constData();
    qint32 previous = 0;
    for (const quint32 offset : *rarest) {
        if (offset < quint32(at) || offset - quint32(at) + size > total)
            continue;
        const quint32 start = offset - quint32(at);
        if (std::memcmp(text + start, word.constData(), size * sizeof(QChar)) != 0)
            continue;
        const auto item = std::upper_bound(field.starts.begin(), field.starts.end(), start);
        const qint32 id = field.ids[size_t(item - field.starts.begin()) - 1];
        if (id != previous) // offsets ascend: an item's matches come together
            hits.append({id, tier});
        previous = id;
    }
}

void SearchIndex::match(const QString &text, bool namesOnly, QList<SearchHit> &hits) const
{
    if (text.size() < 3)
        return;
    const QString folded = text.toLower();
    find(m_names, folded, 3, hits);
    if (!namesOnly)
        find(m_keywords, folded, 2, hits);
}

const QList<SearchHit> &SearchIndex::matchGram(const QString &gram) const
{
    static const QList<SearchHit> none;
    const auto it = m_grams.constFind(gram);
    return it == m_grams.constEnd() ? none : *it;
}

const ItemSummary *SearchIndex::item(qint64 id) const
{
    if (id <= 0 || size_t(id) >= m_items.size() || m_items[size_t(id)].id != id)
        return nullptr;
    return &m_items[size_t(id)];
}

} // namespace jiujin
