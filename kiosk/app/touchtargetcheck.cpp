#include "touchtargetcheck.h"

#include "itemlabel.h"

#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace jiujin {

namespace {

/** An item a finger taps: one with an enabled TapHandler, or a MouseArea. */
bool tappable(const QQuickItem *item)
{
    if (item->inherits("QQuickMouseArea"))
        return item->isEnabled();
    const QObjectList children = item->children();
    return std::any_of(children.cbegin(), children.cend(), [](const QObject *child) {
        return child->inherits("QQuickTapHandler") && child->property("enabled").toBool();
    });
}

/** "«label» [page/row/button]": the item's text (or name, or type) and the object names above. */
QString describe(const QQuickItem *item)
{
    QString label = item->property("text").toString().simplified();
    if (label.isEmpty())
        label = item->property("accessibleName").toString();
    if (label.isEmpty())
        label = QString::fromLatin1(item->metaObject()->className());
    return itemLabel(item, label);
}

void collect(const QQuickItem *item, int target, QStringList &found)
{
    if (!item->isVisible() || item->opacity() < 0.01)
        return;
    // A part with its own documented target (the on-screen keyboard) holds its items to it.
    if (const QVariant own = item->property("touchTarget"); own.isValid())
        target = own.toInt();
    if (tappable(item)) {
        const double smaller = std::min(item->width(), item->height());
        if (smaller + TouchTargetCheck::tolerance < target)
            found.append(QStringLiteral("%1: %2×%3 px, below the %4 px touch target")
                             .arg(describe(item))
                             .arg(qRound(item->width()))
                             .arg(qRound(item->height()))
                             .arg(target));
    }
    for (const QQuickItem *child : item->childItems())
        collect(child, target, found);
}

} // namespace

QStringList TouchTargetCheck::problems(QQuickWindow *window, int touch)
{
    QStringList found;
    collect(window->contentItem(), touch, found);
    return found;
}

} // namespace jiujin
