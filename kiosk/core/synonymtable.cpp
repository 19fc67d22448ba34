#include "synonymtable.h"

#include "builtintable.h"
#include "queryanalyzer.h"

namespace jiujin {

namespace {
QStringList wordsOf(const QString &column)
{
    QStringList out;
    for (const QString &w : column.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString folded = QueryAnalyzer::fold(w);
        if (!folded.isEmpty() && !out.contains(folded))
            out.append(folded);
    }
    return out;
}

void addExpansion(QHash<QString, QStringList> &expansions, const QString &word,
                  const QStringList &terms)
{
    QStringList &list = expansions[word];
    for (const QString &t : terms) {
        if (t != word && !list.contains(t))
            list.append(t);
    }
}
} // namespace

Result<SynonymTable> SynonymTable::parse(const QByteArray &tsv)
{
    SynonymTable table;
    const QStringList lines = QString::fromUtf8(tsv).split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        auto bad = [&](const QString &what) {
            return Error{Error::Invalid, QStringLiteral("line %1: %2").arg(n + 1).arg(what)};
        };
        const QStringList cols = line.split(QLatin1Char('\t'));
        const QString kind = cols.at(0);
        const int wanted = kind == QLatin1String("map") ? 3 : 2;
        if (cols.size() != wanted)
            return bad(QStringLiteral("\"%1\" takes %2 tab-separated columns, found %3")
                           .arg(kind)
                           .arg(wanted)
                           .arg(cols.size()));
        const QStringList words = wordsOf(cols.at(1));
        if (words.isEmpty())
            return bad(QStringLiteral("no words"));
        if (kind == QLatin1String("stop")) {
            for (const QString &w : words)
                table.m_stop.insert(w);
        } else if (kind == QLatin1String("weak")) {
            for (const QString &w : words)
                table.m_weak.insert(w);
        } else if (kind == QLatin1String("same")) {
            if (words.size() < 2)
                return bad(QStringLiteral("\"same\" needs at least two words"));
            for (const QString &w : words)
                addExpansion(table.m_expansions, w, words);
        } else if (kind == QLatin1String("map")) {
            const QStringList terms = wordsOf(cols.at(2));
            if (terms.isEmpty())
                return bad(QStringLiteral("\"map\" needs catalogue terms in its third column"));
            for (const QString &w : words)
                addExpansion(table.m_expansions, w, terms);
            for (const QString &t : terms)
                table.m_words.insert(t);
        } else {
            return bad(QStringLiteral("unknown kind \"%1\" (stop, weak, same or map)").arg(kind));
        }
        for (const QString &w : words)
            table.m_words.insert(w);
    }
    return table;
}

const SynonymTable &SynonymTable::bundled()
{
    static const SynonymTable table = builtinTable<SynonymTable>(
        QStringLiteral(":/jiujin/search/synonyms.tsv"), "search synonym table");
    return table;
}

} // namespace jiujin
