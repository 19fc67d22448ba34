#include "fontwarmup.h"

#include <QFile>
#include <QFont>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>
#include <QSet>
#include <QTextLayout>

namespace jiujin {

namespace {

// One line a text: the font (QFont::toString()), a tab, the text with its newlines as spaces.
// Bounded, so that a damaged file cannot make the start slow.
constexpr qsizetype maxBytes = 64 * 1024;
constexpr int maxLines = 400;

void collect(QQuickItem *item, QSet<QString> &lines)
{
    if (!item->isVisible())
        return;
    const QVariant font = item->property("font");
    const QVariant text = item->property("text");
    if (font.metaType().id() == QMetaType::QFont && text.metaType().id() == QMetaType::QString) {
        QString words = text.toString();
        words.replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\t'), QLatin1Char(' '));
        if (!words.trimmed().isEmpty())
            lines.insert(font.value<QFont>().toString() + QLatin1Char('\t') + words);
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, lines);
}

} // namespace

int FontWarmup::warm(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray bytes = in.read(maxBytes);
    int laidOut = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0 || laidOut >= maxLines)
            continue;
        QFont font;
        if (!font.fromString(QString::fromUtf8(line.left(tab))))
            continue;
        QTextLayout layout(QString::fromUtf8(line.mid(tab + 1)), font);
        layout.beginLayout();
        while (layout.createLine().isValid()) {
        }
        layout.endLayout();
        ++laidOut;
    }
    return laidOut;
}

void FontWarmup::record(QQuickWindow *window, const QString &file)
{
    QSet<QString> set;
    collect(window->contentItem(), set);
    QStringList lines(set.begin(), set.end());
    lines.sort();
    const QByteArray bytes = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    if (bytes.size() > maxBytes)
        return;
    QFile old(file);
    if (old.open(QIODevice::ReadOnly) && old.read(maxBytes + 1) == bytes)
        return;
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size())
        out.commit();
}

} // namespace jiujin
