#include "hanfold.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QtGlobal>

namespace jiujin {

namespace {

QHash<char32_t, QString> loadTable()
{
    // Built in (hant-hans/hant-hans.tsv): a missing or unreadable table is a broken build, and a
    // check that silently folded nothing would pass what it must refuse.
    QFile file(QStringLiteral(":/jiujin/common/hant-hans.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in traditional/simplified table is missing");
    QHash<char32_t, QString> table;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split('\t');
        const QList<uint> from =
            fields.size() == 2 ? QString::fromUtf8(fields[0]).toUcs4() : QList<uint>{};
        if (from.size() != 1 || fields[1].isEmpty())
            qFatal("the built-in traditional/simplified table has a bad line");
        table.insert(char32_t(from.first()), QString::fromUtf8(fields[1]));
    }
    if (table.isEmpty())
        qFatal("the built-in traditional/simplified table is empty");
    return table;
}

} // namespace

QString simplifiedHan(const QString &text)
{
    static const QHash<char32_t, QString> table = loadTable();
    QString out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (auto it = table.constFind(c); it != table.constEnd())
            out += *it;
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString compatibilityFold(const QString &text)
{
    QStringList pieces = text.split(QChar(0x202F));
    for (QString &piece : pieces)
        piece = piece.normalized(QString::NormalizationForm_KC).toLower();
    return pieces.join(QChar(0x202F));
}

} // namespace jiujin
