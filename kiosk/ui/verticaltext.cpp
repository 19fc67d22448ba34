#include "verticaltext.h"

#include <QPainter>

#include <cmath>

namespace jiujin {

VerticalText::VerticalText(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    relayout();
}

VerticalText::~VerticalText() = default;

QFont VerticalText::fontFor(int pixelSize)
{
    return VerticalColumns::fontFor(pixelSize);
}

bool VerticalText::isMongolian(const QString &text)
{
    return VerticalColumns::isMongolian(text);
}

VerticalText::Orientation VerticalText::orientation(const QString &text, int at)
{
    return VerticalColumns::orientation(text, at);
}

void VerticalText::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    relayout();
    Q_EMIT textChanged();
}

void VerticalText::setPixelSize(int px)
{
    if (px == m_pixelSize || px <= 0)
        return;
    m_pixelSize = px;
    relayout();
    Q_EMIT pixelSizeChanged();
}

void VerticalText::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
    Q_EMIT colorChanged();
}

void VerticalText::setColumnLength(qreal px)
{
    px = std::max<qreal>(0, px);
    if (qFuzzyCompare(px + 1, m_columnLength + 1))
        return;
    m_columnLength = px;
    relayout();
    Q_EMIT columnLengthChanged();
}

void VerticalText::setCentered(bool on)
{
    if (on == m_centered)
        return;
    m_centered = on;
    update();
    Q_EMIT centeredChanged();
}

int VerticalText::columnCount() const
{
    return m_columns.columnCount();
}

void VerticalText::componentComplete()
{
    QQuickPaintedItem::componentComplete();
    layoutNow();
}

void VerticalText::relayout()
{
    // While QML sets the first bindings (text, size, length) one by one, each would lay the
    // whole text out again: wait for the last (what made switching language slow, §9e).
    if (!isComponentComplete())
        return;
    layoutNow();
}

void VerticalText::layoutNow()
{
    // Synchronous, so that the implicit size is right whenever a binding or a layout reads it
    // (§9e "First frame in Mongolian"); cheap when only the column length changed, free when
    // nothing did.
    if (!m_columns.layout(m_text, m_pixelSize, m_columnLength))
        return;
    setImplicitSize(std::ceil(m_columns.width()), std::ceil(m_columns.longest()));
    update();
    Q_EMIT layoutChanged();
}

QPointF VerticalText::origin() const
{
    if (!m_centered)
        return {0, 0};
    return {std::max<qreal>(0, (width() - m_columns.width()) / 2), 0};
}

QRectF VerticalText::columnRect(int column) const
{
    QRectF box = m_columns.columnRect(column);
    if (box.isNull())
        return {};
    const qreal along = m_centered ? std::max<qreal>(0, (height() - box.height()) / 2) : 0;
    return box.translated(origin() + QPointF(0, along));
}

QList<QGlyphRun> VerticalText::glyphRuns(int column) const
{
    return m_columns.glyphRuns(column);
}

void VerticalText::paint(QPainter *painter)
{
    painter->setPen(m_color);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < m_columns.columnCount(); ++i)
        m_columns.paintColumn(painter, i, columnRect(i).topLeft());
}

} // namespace jiujin
