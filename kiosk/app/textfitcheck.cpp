#include "textfitcheck.h"

#include "itemlabel.h"

#include <QColor>
#include <QFont>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace jiujin {

namespace {

constexpr double slack = TextFitCheck::tolerance;

// Qt Quick's Text alignment values (Text.AlignRight...), as the properties return them.
constexpr int alignRight = 0x2;
constexpr int alignHCenter = 0x4;
constexpr int alignBottom = 0x40;
constexpr int alignVCenter = 0x80;

struct Painted
{
    QQuickItem *item;
    QRectF visible; ///< in the scene, cut by every clipping ancestor
    int order;      ///< paint order: later ones are drawn above earlier ones
    bool text;
};

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextInput") ||
           item->inherits("QQuickTextEdit");
}

/** A Rectangle that draws something: a tile, card, button or page background. */
bool isBox(const QQuickItem *item, bool opaqueFillOnly = false)
{
    if (!item->inherits("QQuickRectangle"))
        return false;
    const QColor fill = item->property("color").value<QColor>();
    if (opaqueFillOnly)
        return fill.alpha() >= 128;
    const auto *border = item->property("border").value<QObject *>();
    return fill.alpha() > 0 || (border && border->property("width").toReal() > 0);
}

QString textOf(const QQuickItem *item)
{
    return item->property("text").toString();
}

/** Where the glyphs are, in the item's own coordinates (Text: from its content size and alignment).
 */
QRectF paintedRect(const QQuickItem *item)
{
    if (!item->inherits("QQuickText"))
        return QRectF(0, 0, item->width(), item->height());
    const double contentWidth = item->property("contentWidth").toReal();
    const double contentHeight = item->property("contentHeight").toReal();
    const double left = item->property("leftPadding").toReal();
    const double top = item->property("topPadding").toReal();
    const double width = item->width() - left - item->property("rightPadding").toReal();
    const double height = item->height() - top - item->property("bottomPadding").toReal();
    const int hAlign = item->property("effectiveHorizontalAlignment").toInt();
    const int vAlign = item->property("verticalAlignment").toInt();
    double x = left;
    if (hAlign & alignRight)
        x += width - contentWidth;
    else if (hAlign & alignHCenter)
        x += (width - contentWidth) / 2;
    double y = top;
    if (vAlign & alignBottom)
        y += height - contentHeight;
    else if (vAlign & alignVCenter)
        y += (height - contentHeight) / 2;
    return QRectF(x, y, contentWidth, contentHeight);
}

bool inside(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() - slack && inner.top() >= outer.top() - slack &&
           inner.right() <= outer.right() + slack && inner.bottom() <= outer.bottom() + slack;
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    return common.width() > slack && common.height() > slack;
}

QString size(const QRectF &r)
{
    return QStringLiteral("%1×%2").arg(qRound(r.width())).arg(qRound(r.height()));
}

/** "«text» [page/tile]": the text and the object names above it, for the report. */
QString describe(const QQuickItem *item)
{
    return itemLabel(item, isText(item) ? textOf(item)
                                        : QString::fromLatin1(item->metaObject()->className()));
}

/** Collects visible texts and boxes in paint order (children by z, negative z below the parent). */
void collect(QQuickItem *item, double opacity, QRectF clip, QList<Painted> &out)
{
    if (!item->isVisible())
        return;
    opacity *= item->opacity();
    if (opacity < 0.01)
        return;
    if (item->clip())
        clip = clip.intersected(item->mapRectToScene(QRectF(0, 0, item->width(), item->height())));
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](QQuickItem *a, QQuickItem *b) { return a->z() < b->z(); });
    auto self = [&] {
        const bool text = isText(item) && !textOf(item).trimmed().isEmpty();
        if (text || isBox(item))
            out.append({item,
                        item->mapRectToScene(text ? paintedRect(item)
                                                  : QRectF(0, 0, item->width(), item->height()))
                            .intersected(clip),
                        static_cast<int>(out.size()), text});
    };
    bool selfDone = false;
    for (QQuickItem *child : children) {
        if (!selfDone && child->z() >= 0) {
            self();
            selfDone = true;
        }
        collect(child, opacity, clip, out);
    }
    if (!selfDone)
        self();
}

/** The smallest pixel size the text can be drawn at (fitted text can shrink to its minimum). */
int smallestSize(const QQuickItem *text)
{
    const QFont font = text->property("font").value<QFont>();
    int px = font.pixelSize() > 0 ? font.pixelSize() : qRound(font.pointSizeF() * 96 / 72);
    if (text->inherits("QQuickText") &&
        text->property("fontSizeMode").toInt() != 0) // Text.FixedSize
        px = std::min(px, text->property("minimumPixelSize").toInt());
    return px;
}

/** Whether the flickable scrolls along @p along: its content and margins (a hint in a list's top
 *  margin scrolls with the rows) are longer than it. */
bool scrolls(const QQuickItem *flickable, Qt::Orientation along)
{
    const auto prop = [flickable](const char *name) { return flickable->property(name).toReal(); };
    if (along == Qt::Vertical)
        return prop("contentHeight") + prop("topMargin") + prop("bottomMargin") >
               flickable->height() + slack;
    return prop("contentWidth") + prop("leftMargin") + prop("rightMargin") >
           flickable->width() + slack;
}

/** What cuts or leaves the text's glyphs outside what can be seen; empty when nothing does. */
QString cutBy(const QQuickItem *text, const QRectF &window)
{
    if (text->property("truncated").toBool())
        return QStringLiteral("truncated (elided or cut after its last line)");
    if (const int px = smallestSize(text); px < TextFitCheck::smallestPixelSize)
        return QStringLiteral("can be %1 px, under %2 px")
            .arg(px)
            .arg(TextFitCheck::smallestPixelSize);
    const QRectF own = paintedRect(text);
    if (!inside(own, QRectF(0, 0, text->width(), text->height())))
        return QStringLiteral("text %1 does not fit its item %2")
            .arg(size(own), size(QRectF(0, 0, text->width(), text->height())));
    QRectF glyphs = text->mapRectToScene(own);
    for (const QQuickItem *a = text->parentItem(); a; a = a->parentItem()) {
        const QRectF box = a->mapRectToScene(QRectF(0, 0, a->width(), a->height()));
        if (a->inherits("QQuickFlickable")) {
            // Whatever lies in the content can be scrolled into the viewport along a scrolling
            // axis.
            if (scrolls(a, Qt::Vertical))
                glyphs = QRectF(glyphs.left(), box.top(), glyphs.width(),
                                std::min(glyphs.height(), box.height()));
            if (scrolls(a, Qt::Horizontal))
                glyphs = QRectF(box.left(), glyphs.top(), std::min(glyphs.width(), box.width()),
                                glyphs.height());
        }
        if (a->clip() && !inside(glyphs, box))
            return QStringLiteral("clipped by %1").arg(describe(a));
        if (isBox(a) && !inside(glyphs, box))
            return QStringLiteral("runs out of %1").arg(describe(a));
    }
    if (!inside(glyphs, window))
        return QStringLiteral("off the window");
    return {};
}

bool isAncestor(const QQuickItem *ancestor, const QQuickItem *item)
{
    for (const QQuickItem *a = item->parentItem(); a; a = a->parentItem())
        if (a == ancestor)
            return true;
    return false;
}

/** Lists (by objectName) that the tour finds showing less than a row on a screen of another
 *  page's, not reported until that page is fixed: remove the name with the fix. */
bool knownShortList(const QQuickItem *list)
{
    static const QStringList names{
        // A form under the on-screen keyboard in elder mode at 1024x768 (ApplyFormPage and
        // BookingFormPage over FormView): the field typed in shows its input, not its hint.
        QStringLiteral("fieldList"),
        QStringLiteral("bookingFieldList"),
    };
    return names.contains(list->objectName());
}

/** The list's first row as laid out now; null when the list has no rows or it is not made yet. */
QQuickItem *firstRow(QQuickItem *list)
{
    if (list->property("count").toInt() <= 0)
        return nullptr;
    QQuickItem *row = nullptr;
    QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row), Q_ARG(int, 0));
    return row;
}

/** Lists that show less of themselves than one row: a reader sees a sliver of the first row and
 *  has to scroll to read any. */
void findShortLists(QQuickItem *item, QRectF clip, QStringList &found)
{
    if (!item->isVisible() || item->opacity() < 0.01)
        return;
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (item->inherits("QQuickListView")) {
        // Rows one above the other only: a row of Mongolian columns is read across, and the
        // search page's first result column is cut by the window's edge in elder mode (left to
        // that page).
        const bool vertical = item->property("orientation").toInt() == Qt::Vertical;
        if (const QQuickItem *row = vertical ? firstRow(item) : nullptr) {
            const double room = box.intersected(clip).height();
            const double need = row->height();
            if (room + slack < need && !knownShortList(item))
                found.append(QStringLiteral("%1: shows %2 px of a list whose first row is %3 px")
                                 .arg(describe(item))
                                 .arg(qRound(std::max(room, 0.0)))
                                 .arg(qRound(need)));
        }
        return; // its rows are read by the text rules
    }
    if (item->clip())
        clip = clip.intersected(box);
    for (QQuickItem *child : item->childItems())
        findShortLists(child, clip, found);
}

} // namespace

QStringList TextFitCheck::problems(QQuickWindow *window)
{
    const QRectF screen(0, 0, window->width(), window->height());
    QList<Painted> painted;
    collect(window->contentItem(), 1.0, screen, painted);

    // A box over the whole window (the idle countdown's veil): what is under it is not read.
    int first = 0;
    for (const Painted &p : painted)
        if (!p.text && inside(screen, p.visible))
            first = p.order + 1;

    QStringList found;
    for (int i = first; i < painted.size(); ++i) {
        const Painted &t = painted.at(i);
        if (!t.text)
            continue;
        if (const QString why = cutBy(t.item, screen); !why.isEmpty())
            found.append(QStringLiteral("%1: %2").arg(describe(t.item), why));
        for (int j = i + 1; j < painted.size(); ++j) {
            const Painted &o = painted.at(j);
            if (!overlaps(t.visible, o.visible))
                continue;
            if (o.text)
                found.append(
                    QStringLiteral("%1 overlaps %2").arg(describe(t.item), describe(o.item)));
            else if (isBox(o.item, true) && !isAncestor(o.item, t.item))
                found.append(
                    QStringLiteral("%1 is covered by %2").arg(describe(t.item), describe(o.item)));
        }
    }
    if (first == 0)
        findShortLists(window->contentItem(), screen, found);
    return found;
}

} // namespace jiujin
