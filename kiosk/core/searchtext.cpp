#include "searchtext.h"

#include "pinyin.h"
#include "queryanalyzer.h"
#include "synonymtable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jiujin {

namespace {

QString zh(const QJsonValue &text)
{
    return text.toObject().value(QLatin1String("zh")).toString();
}
QString en(const QJsonValue &text)
{
    return text.toObject().value(QLatin1String("en")).toString();
}

void addGrams(QList<QPair<QString, int>> &grams, const QString &text, int field)
{
    const QList<uint> chars = text.toUcs4();
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const bool han = Pinyin::isHan(chars[i]);
        const bool latin = chars[i] < 0x80 && QChar(char16_t(chars[i])).isLetterOrNumber();
        if (!han && !latin)
            continue;
        grams.append(
            {QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + i), 1),
             field});
        if (i + 1 < chars.size() && (Pinyin::isHan(chars[i + 1]) == han))
            grams.append(
                {QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + i), 2),
                 field});
    }
}

QString both(const QString &a, const QString &b)
{
    return a == b ? a : a + QLatin1Char(' ') + b;
}

} // namespace

SearchText searchTextFor(const QJsonObject &item)
{
    SearchText s;
    s.name = zh(item.value(QLatin1String("name")));
    s.nameEn = en(item.value(QLatin1String("name"))).toLower();
    const Pinyin::Reading name = Pinyin::read(s.name);
    s.namePinyin = both(name.full, name.altFull);
    s.initials = both(name.initials, name.altInitials);
    addGrams(s.grams, s.name, 3);
    addGrams(s.grams, name.initials, 3);
    QStringList keywords, keywordsPinyin;
    for (const auto &k : item.value(QLatin1String("keywords")).toArray()) {
        const QString word = k.toString().trimmed().toLower();
        const Pinyin::Reading r = Pinyin::read(word);
        keywords << word;
        keywordsPinyin << both(r.full, r.altFull) << both(r.initials, r.altInitials);
        addGrams(s.grams, word, 2);
        addGrams(s.grams, r.initials, 2);
    }
    // Everyday phrasings count as keywords: whole (a query that repeats one), and their
    // meaningful words as search reads them (a query that says it differently).
    const QJsonArray askedAs = item.value(QLatin1String("asked_as")).toArray();
    if (!askedAs.isEmpty()) {
        static const QueryAnalyzer analyzer(SynonymTable::bundled());
        QStringList words;
        for (const auto &a : askedAs) {
            const UnderstoodQuery q = analyzer.analyze(a.toString());
            words << q.folded.simplified();
            for (const QueryConcept &word : q.concepts) {
                if (!word.weak)
                    words << word.word;
            }
        }
        words.removeDuplicates();
        for (const QString &word : std::as_const(words)) {
            const Pinyin::Reading r = Pinyin::read(word);
            keywords << word;
            keywordsPinyin << both(r.full, r.altFull);
            addGrams(s.grams, word, 2);
        }
    }
    s.keywords = keywords.join(QLatin1Char(' '));
    s.keywordsPinyin = keywordsPinyin.join(QLatin1Char(' '));
    QStringList body{zh(item.value(QLatin1String("summary"))),
                     zh(item.value(QLatin1String("fee")))};
    for (const char *list : {"conditions", "steps", "basis", "notes"}) {
        for (const auto &t : item.value(QLatin1String(list)).toArray())
            body << zh(t);
    }
    for (const auto &m : item.value(QLatin1String("materials")).toArray())
        body << zh(m.toObject().value(QLatin1String("name")));
    s.body = body.join(QLatin1Char('\n'));
    return s;
}

void addSearchText(QList<ItemRow> &items)
{
    for (ItemRow &row : items)
        row.search = searchTextFor(QJsonDocument::fromJson(row.guide).object());
}

} // namespace jiujin
