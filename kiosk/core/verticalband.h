#pragma once

#include "verticalcolumns.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

class QPainter;

namespace jiujin {

/**
 * Paragraphs of traditional Mongolian set on paper: each paragraph starts a new column; columns
 * run left to right across @p width and, when the next one does not fit, go on in a new row
 * below, as a page of Mongolian is read. Every row is @p columnLength high. Used by the receipt,
 * the ticket and the notice (docs/DESIGN.md §9f).
 */
class VerticalBand
{
public:
    VerticalBand(qreal width, qreal columnLength);

    /** Adds a paragraph at @p pixelSize; an empty text adds nothing. */
    void add(const QString &text, int pixelSize);

    int rowCount() const { return m_rows; }
    qreal rowHeight() const { return m_columnLength; }
    /** Gap between two rows (px). */
    qreal rowGap() const { return m_rowGap; }
    /** Some column is longer than the row or wider than the band (a word that cannot wrap). */
    bool overflowing() const;

    /** Where each column went: its box relative to its row's top left, and its row. */
    struct Placed
    {
        int paragraph, column, row;
        QRectF box;
    };
    const QList<Placed> &placed() const { return m_placed; }

    /** Draws row @p row with its top left at @p topLeft: the searchable text layer first (PDF;
     *  see VerticalColumns::paintTextLayer), then the glyphs with the painter's pen. */
    void paintRow(QPainter *painter, int row, QPointF topLeft, bool textLayer = true) const;

private:
    qreal m_width, m_columnLength, m_rowGap = 0;
    std::vector<VerticalColumns> m_paragraphs;
    QList<Placed> m_placed;
    qreal m_x = 0; ///< where the next column goes in the last row
    int m_rows = 0;
};

} // namespace jiujin
