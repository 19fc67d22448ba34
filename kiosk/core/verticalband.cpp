#include "verticalband.h"

#include <QPainter>

#include <algorithm>

namespace jiujin {

VerticalBand::VerticalBand(qreal width, qreal columnLength)
    : m_width(width), m_columnLength(columnLength)
{
}

void VerticalBand::add(const QString &text, int pixelSize)
{
    if (text.isEmpty())
        return;
    VerticalColumns columns;
    columns.layout(text, pixelSize, m_columnLength);
    const int paragraph = int(m_paragraphs.size());
    m_rowGap = std::max(m_rowGap, columns.gap() * 2);
    for (int c = 0; c < columns.columnCount(); ++c) {
        const QRectF box = columns.columnRect(c);
        if (m_rows == 0 || (m_x > 0 && m_x + box.width() > m_width)) {
            ++m_rows;
            m_x = 0;
        }
        m_placed.append({paragraph, c, m_rows - 1, QRectF(m_x, 0, box.width(), box.height())});
        m_x += box.width() + columns.gap();
    }
    m_paragraphs.push_back(std::move(columns));
}

bool VerticalBand::overflowing() const
{
    for (const VerticalColumns &p : m_paragraphs)
        if (p.overflowing())
            return true;
    for (const Placed &p : m_placed)
        if (p.box.right() > m_width + 0.5 || p.box.bottom() > m_columnLength + 0.5)
            return true;
    return false;
}

void VerticalBand::paintRow(QPainter *painter, int row, QPointF topLeft, bool textLayer) const
{
    // The white text layer first, all of it, so it never covers a black glyph.
    if (textLayer)
        for (const Placed &p : m_placed)
            if (p.row == row)
                m_paragraphs[std::size_t(p.paragraph)].paintTextLayer(painter, p.column,
                                                                      topLeft + p.box.topLeft());
    for (const Placed &p : m_placed)
        if (p.row == row)
            m_paragraphs[std::size_t(p.paragraph)].paintColumn(painter, p.column,
                                                               topLeft + p.box.topLeft());
}

} // namespace jiujin
