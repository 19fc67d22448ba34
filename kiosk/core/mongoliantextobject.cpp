#include "mongoliantextobject.h"

#include "verticalband.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

#include <optional>

namespace jiujin {

namespace {
/** The band for @p doc's text width, in the units of the device the document is laid out for
 *  (the PDF's pixels when printing). */
VerticalBand makeBand(const QList<MongolianTextObject::Paragraph> &paragraphs,
                      qreal columnMillimetres, QTextDocument *doc)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const qreal dpi = device ? device->logicalDpiY() : 96;
    const QTextFrameFormat frame = doc->rootFrame()->frameFormat();
    qreal width = doc->pageSize().width() > 0 ? doc->pageSize().width() : doc->textWidth();
    width -= frame.leftMargin() + frame.rightMargin() + 2 * frame.padding() + 2 * frame.border();
    VerticalBand band(std::max<qreal>(1, width), columnMillimetres * dpi / 25.4);
    for (const auto &p : paragraphs)
        band.add(p.text, qRound(p.points * dpi / 72.0));
    return band;
}

qreal bandHeight(const VerticalBand &band)
{
    return band.rowCount() * band.rowHeight() + std::max(0, band.rowCount() - 1) * band.rowGap();
}
} // namespace

MongolianTextObject::MongolianTextObject(QList<Paragraph> paragraphs, qreal columnMillimetres,
                                         QObject *parent)
    : QObject(parent), m_paragraphs(std::move(paragraphs)), m_columnMillimetres(columnMillimetres)
{
}

QSizeF MongolianTextObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &)
{
    const VerticalBand band = makeBand(m_paragraphs, m_columnMillimetres, doc);
    qreal width = 0;
    for (const auto &p : band.placed())
        width = std::max(width, p.box.right());
    return {width, bandHeight(band)};
}

void MongolianTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int,
                                     const QTextFormat &)
{
    const VerticalBand band = makeBand(m_paragraphs, m_columnMillimetres, doc);
    painter->save();
    painter->setPen(Qt::black);
    for (int r = 0; r < band.rowCount(); ++r)
        band.paintRow(painter, r,
                      rect.topLeft() + QPointF(0, r * (band.rowHeight() + band.rowGap())));
    painter->restore();
}

} // namespace jiujin
