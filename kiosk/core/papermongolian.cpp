#include "papermongolian.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

namespace jiujin {

namespace {
Q_LOGGING_CATEGORY(lcPaper, "jiujin.paper")

QHash<QString, QString> load()
{
    QHash<QString, QString> table;
    QFile file(QStringLiteral(":/jiujin/paper/paper-mn.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPaper) << "paper-mn.tsv is missing: paper shows Chinese only";
        return table;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        // Not trimmed: U+202F and U+180B–U+180F are part of the text.
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() != 3 || cells.at(2).isEmpty()) {
            qCWarning(lcPaper) << "paper-mn.tsv: a line without three cells is skipped";
            continue;
        }
        table.insert(cells.at(0), cells.at(2));
    }
    return table;
}

const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> loaded = load();
    return loaded;
}
} // namespace

QString PaperMongolian::text(const QString &zh)
{
    return table().value(zh, zh);
}

bool PaperMongolian::has(const QString &zh)
{
    return table().contains(zh);
}

QStringList PaperMongolian::sources()
{
    return table().keys();
}

} // namespace jiujin
