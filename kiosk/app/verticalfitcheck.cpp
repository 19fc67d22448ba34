#include "verticalfitcheck.h"

#include "verticaltext.h"

#include <QAbstractItemModel>
#include <QQuickItem>
#include <QQuickWindow>

namespace jiujin {

namespace {

bool shown(const QQuickItem *item)
{
    for (const QQuickItem *p = item; p; p = p->parentItem())
        if (!p->isVisible() || p->opacity() <= 0.0)
            return false;
    return true;
}

bool inside(const QRectF &inner, const QRectF &outer)
{
    return outer
        .adjusted(-VerticalFitCheck::tolerance, -VerticalFitCheck::tolerance,
                  VerticalFitCheck::tolerance, VerticalFitCheck::tolerance)
        .contains(inner);
}

QString describe(const QQuickItem *item, const QString &text)
{
    QString name = item->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(item->metaObject()->className());
    return QStringLiteral("%1 \"%2\"").arg(name, text.left(24));
}

QString where(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)")
        .arg(qRound(r.x()))
        .arg(qRound(r.y()))
        .arg(qRound(r.width()))
        .arg(qRound(r.height()));
}

void check(const VerticalText *text, QQuickWindow *window, QStringList &out)
{
    if (text->text().isEmpty())
        return;
    const QString name = describe(text, text->text());
    if (text->overflowing())
        out << QStringLiteral("%1: a word is longer than its column").arg(name);
    for (int i = 0; i < text->columnCount(); ++i) {
        const QRectF own = text->columnRect(i);
        if (!inside(own, QRectF(0, 0, text->width(), text->height()))) {
            out << QStringLiteral("%1: column %2 %3 runs beyond its item %4")
                       .arg(name)
                       .arg(i)
                       .arg(where(own), where(QRectF(0, 0, text->width(), text->height())));
            continue;
        }
        const QRectF onScene = text->mapRectToScene(own);
        bool scrollable = false;
        for (const QQuickItem *p = text->parentItem(); p; p = p->parentItem()) {
            if (p->inherits("QQuickFlickable")) {
                scrollable = true; // it can be scrolled into view
                break;
            }
            const bool box = p->inherits("QQuickRectangle") || p->clip();
            const QRectF outer = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
            if (box && !inside(onScene, outer)) {
                out << QStringLiteral("%1: column %2 %3 is cut by %4 %5")
                           .arg(name)
                           .arg(i)
                           .arg(where(onScene), describe(p, QString()), where(outer));
                break;
            }
        }
        if (!scrollable && !inside(onScene, QRectF(0, 0, window->width(), window->height())))
            out << QStringLiteral("%1: column %2 %3 is off the window")
                       .arg(name)
                       .arg(i)
                       .arg(where(onScene));
    }
}

/** A form typed in Mongolian (FormView.oneField) shows the label of the field typed in its own
 *  column (FormView's editingLabelMongolian): the band above the keyboard is too low for it. */
void checkTypedLabel(const QQuickItem *formView, QStringList &out)
{
    const auto *model =
        qobject_cast<const QAbstractItemModel *>(formView->property("form").value<QObject *>());
    const int row = model ? model->property("editingRow").toInt() : -1;
    if (row < 0)
        return;
    const int role = model->roleNames().key(QByteArrayLiteral("label"), -1);
    const QString label = model->index(row, 0).data(role).toString();
    const auto columns =
        formView->findChildren<VerticalText *>(QStringLiteral("editingLabelMongolian"));
    for (const VerticalText *column : columns)
        if (shown(column) && column->columnCount() > 0 && column->text().contains(label))
            return;
    out << QStringLiteral("%1: field %2 is typed in without its label \"%3\" in sight")
               .arg(describe(formView, QString()))
               .arg(row)
               .arg(label.left(24));
}

void walk(QQuickItem *item, QQuickWindow *window, QStringList &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    if (item->property("oneField").toBool())
        checkTypedLabel(item, out);
    if (const auto *text = qobject_cast<const VerticalText *>(item)) {
        if (shown(text))
            check(text, window, out);
    } else if (item->inherits("QQuickText") || item->inherits("QQuickTextInput")) {
        const QString content = item->property("text").toString();
        if (VerticalText::isMongolian(content))
            out << QStringLiteral("%1: Mongolian lying on its side (not in a VerticalText)")
                       .arg(describe(item, content));
    }
    for (QQuickItem *child : item->childItems())
        walk(child, window, out);
}

} // namespace

QStringList VerticalFitCheck::problems(QQuickWindow *window)
{
    QStringList out;
    if (window && window->contentItem())
        walk(window->contentItem(), window, out);
    return out;
}

} // namespace jiujin
