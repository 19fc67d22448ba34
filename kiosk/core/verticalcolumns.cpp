#include "verticalcolumns.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRawFont>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace jiujin {

namespace {

/** Part of a run of Mongolian for the text layer: letters, FVS, MVS, and U+202F, which joins a
 *  suffix to its word. Not the punctuation (U+1800–U+180A): its glyphs are the cmap's own and
 *  map back by themselves, so the layer would say them twice. */
bool mongolianChar(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x180B && u <= 0x18AF) || u == 0x202F;
}

/** Draws @p run's glyphs one by one turned back upright, each centred in its em cell on the
 *  column's middle line @p middle (layout coordinates, before the column is turned). */
void drawUpright(QPainter *painter, const QGlyphRun &run, qreal middle, bool corner)
{
    const QRawFont raw = run.rawFont();
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
    for (qsizetype g = 0; g < glyphs.size(); ++g) {
        const qreal advance = advances.value(g).x();
        const QPointF centre(positions[g].x() + advance / 2, middle);
        const qreal emMiddle = positions[g].y() - (raw.ascent() - raw.descent()) / 2;
        QGlyphRun one;
        one.setRawFont(raw);
        one.setGlyphIndexes({glyphs[g]});
        one.setPositions({QPointF(positions[g].x(), positions[g].y() + middle - emMiddle)});
        painter->save();
        painter->translate(centre);
        painter->rotate(-90);
        // Now upright: 、。，． move from the em's bottom left to its top right, as in vertical
        // Chinese (the sign follows what it ends, above the next character).
        if (corner)
            painter->translate(advance * 0.6, -advance * 0.6);
        painter->translate(-centre);
        painter->drawGlyphRun(QPointF(), one);
        painter->restore();
    }
}

} // namespace

VerticalColumns::Orientation VerticalColumns::orientation(const QString &text, int at)
{
    char32_t c = text.at(at).unicode();
    if (text.at(at).isHighSurrogate() && at + 1 < text.size())
        c = QChar::surrogateToUcs4(text.at(at), text.at(at + 1));
    switch (c) {
    case 0x3001: // 、
    case 0x3002: // 。
    case 0xFF0C: // ，
    case 0xFF0E: // ．
        return Orientation::Corner;
    case 0xFF08: // （ ）
    case 0xFF09:
    case 0xFF3B: // ［ ］
    case 0xFF3D:
    case 0xFF5B: // ｛ ｝
    case 0xFF5D:
    case 0xFF5E:                    // ～
    case 0xFF1A:                    // ：
    case 0xFF1B:                    // ；
    case 0xFF0D:                    // －
    case 0x30FC:                    // ー
    case 0x301C:                    // 〜
        return Orientation::Turned; // brackets and dashes run along the column, as the text does
    default:
        break;
    }
    if (c >= 0x3008 && c <= 0x301B) // 〈〉《》「」『』【】〔〕〖〗〘〙〚〛
        return Orientation::Turned;
    if (QChar::script(c) == QChar::Script_Han || (c >= 0x3000 && c <= 0x303F) ||
        (c >= 0xFF00 && c <= 0xFFEF))
        return Orientation::Upright;
    return Orientation::Turned;
}

VerticalColumns::VerticalColumns() = default;
VerticalColumns::~VerticalColumns() = default;
VerticalColumns::VerticalColumns(VerticalColumns &&) noexcept = default;
VerticalColumns &VerticalColumns::operator=(VerticalColumns &&) noexcept = default;

QFont VerticalColumns::fontFor(int pixelSize)
{
    QFont font{QString::fromLatin1(mongolianFamily)};
    // Mongolian first, by name; Han after it for the characters Mongolian has no glyph for.
    font.setFamilies({QString::fromLatin1(mongolianFamily), QString::fromLatin1(hanFamily)});
    font.setPixelSize(std::max(1, pixelSize));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

bool VerticalColumns::isMongolian(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        // Letters and digits of the Mongolian block; FVS, MVS and NNBSP alone are not a text.
        if (u >= 0x1800 && u <= 0x18AF && !(u >= 0x180B && u <= 0x180F))
            return true;
    }
    return false;
}

int VerticalColumns::columnCount() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

bool VerticalColumns::layout(const QString &source, int pixelSize, qreal columnLength)
{
    // Paragraphs become separate columns; nothing else of the text is touched (U+202F and
    // U+180B–U+180F must reach the shaper as they are).
    QString text = source;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const int px = std::max(1, pixelSize);
    const qreal length = std::max<qreal>(0, columnLength);
    if (m_layout && px == m_pixelSize && text == m_text) {
        if (length == m_columnLength)
            return false; // laid out as asked already
        // Only the column's length changed (a height a layout settles in several passes): the
        // text keeps its shaping, its lines are broken again (§9e "First frame in Mongolian").
        m_columnLength = length;
        breakLines();
        return true;
    }
    m_text = std::move(text);
    m_pixelSize = px;
    m_columnLength = length;
    m_layout = std::make_unique<QTextLayout>(m_text, fontFor(m_pixelSize));
    QTextOption option;
    // Between words; inside one only when it is longer than the column (a code, a web
    // address). A Mongolian word cut that way loses its joined forms: it counts as overflowing.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    // Kept after endLayout(): the shaped glyphs serve the next breakLines() and the paint.
    m_layout->setCacheEnabled(true);
    ++m_shapings;
    breakLines();
    return true;
}

void VerticalColumns::breakLines()
{
    const qreal room = m_columnLength > 0 ? m_columnLength : 1e9;
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(room);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();

    m_gap = std::round(m_pixelSize * 0.35);
    m_width = 0;
    m_longest = 0;
    bool overflowing = false;
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        m_width += line.height() + (i > 0 ? m_gap : 0);
        m_longest = std::max(m_longest, line.naturalTextWidth());
        if (m_columnLength > 0 && line.naturalTextWidth() > m_columnLength + 0.5)
            overflowing = true;
        const int start = line.textStart();
        if (i > 0 && start > 0 && isMongolian(m_text.mid(start - 1, 1)) &&
            isMongolian(m_text.mid(start, 1)))
            overflowing = true; // a Mongolian word did not fit its column and was cut
    }
    m_overflowing = overflowing;
}

QRectF VerticalColumns::columnRect(int column) const
{
    if (!m_layout || column < 0 || column >= m_layout->lineCount())
        return {};
    qreal x = 0;
    for (int k = 0; k < column; ++k)
        x += m_layout->lineAt(k).height() + m_gap;
    const QTextLine line = m_layout->lineAt(column);
    return {x, 0, line.height(), line.naturalTextWidth()};
}

QList<QGlyphRun> VerticalColumns::glyphRuns(int column) const
{
    if (!m_layout || column < 0 || column >= m_layout->lineCount())
        return {};
    return m_layout->lineAt(column).glyphRuns();
}

void VerticalColumns::paintColumn(QPainter *painter, int column, QPointF topLeft) const
{
    if (!m_layout || column < 0 || column >= m_layout->lineCount())
        return;
    const QTextLine line = m_layout->lineAt(column);
    painter->save();
    // Turned 90° clockwise: the line's top faces right, its start is at the column's top.
    painter->translate(topLeft.x() + line.height(), topLeft.y());
    painter->rotate(90);
    painter->translate(-line.x(), -line.y());
    const qreal middle = line.y() + line.height() / 2;
    const int end = line.textStart() + line.textLength();
    for (int from = line.textStart(); from < end;) {
        const Orientation how = orientation(m_text, from);
        int to = from;
        while (to < end && orientation(m_text, to) == how)
            to += m_text.at(to).isHighSurrogate() ? 2 : 1;
        for (const QGlyphRun &run : line.glyphRuns(from, to - from)) {
            if (how == Orientation::Turned)
                painter->drawGlyphRun(QPointF(), run);
            else
                drawUpright(painter, run, middle, how == Orientation::Corner);
        }
        from = to;
    }
    painter->restore();
}

void VerticalColumns::paintTextLayer(QPainter *painter, int column, QPointF topLeft) const
{
    if (!m_layout || column < 0 || column >= m_layout->lineCount())
        return;
    const QTextLine line = m_layout->lineAt(column);
    QFont nominal = fontFor(m_pixelSize);
    nominal.setStyleStrategy(QFont::PreferNoShaping);
    const QFontMetricsF metrics(nominal);
    painter->save();
    painter->translate(topLeft.x() + line.height(), topLeft.y());
    painter->rotate(90);
    painter->translate(-line.x(), -line.y());
    painter->setFont(nominal);
    painter->setPen(Qt::white);
    const int end = line.textStart() + line.textLength();
    for (int from = line.textStart(); from < end;) {
        if (!mongolianChar(m_text.at(from))) {
            ++from;
            continue;
        }
        // A run of Mongolian words: letters, U+202F and the spaces between them.
        int to = from;
        while (to < end &&
               (mongolianChar(m_text.at(to)) || (m_text.at(to) == QLatin1Char(' ') &&
                                                 to + 1 < end && mongolianChar(m_text.at(to + 1)))))
            ++to;
        const QString run = m_text.mid(from, to - from);
        const qreal x0 = line.cursorToX(from);
        const qreal x1 = line.cursorToX(to);
        const qreal natural = metrics.horizontalAdvance(run);
        painter->save();
        painter->translate(x0, line.y() + line.ascent());
        // Squeezed or stretched onto the shaped run, so the text sits where the glyphs are.
        if (natural > 0 && x1 > x0)
            painter->scale((x1 - x0) / natural, 1);
        painter->drawText(QPointF(0, 0), run);
        painter->restore();
        from = to;
    }
    painter->restore();
}

} // namespace jiujin
