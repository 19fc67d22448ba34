#include "verticaltext.h"

#include <QPainter>
#include <QRawFont>
#include <QTextOption>

#include <cmath>

namespace jiujin {

namespace {

/** Where column @p i begins across the item, given every column's width and the gap. */
qreal columnX(const QTextLayout &layout, int i, qreal gap)
{
    qreal x = 0;
    for (int k = 0; k < i; ++k)
        x += layout.lineAt(k).height() + gap;
    return x;
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

VerticalText::Orientation VerticalText::orientation(const QString &text, int at)
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

VerticalText::VerticalText(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    relayout();
}

VerticalText::~VerticalText() = default;

QFont VerticalText::fontFor(int pixelSize)
{
    QFont font{QString::fromLatin1(mongolianFamily)};
    // Mongolian first, by name; Han after it for the characters Mongolian has no glyph for.
    font.setFamilies({QString::fromLatin1(mongolianFamily), QString::fromLatin1(hanFamily)});
    font.setPixelSize(std::max(1, pixelSize));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

bool VerticalText::isMongolian(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        // Letters and digits of the Mongolian block; FVS, MVS and NNBSP alone are not a text.
        if (u >= 0x1800 && u <= 0x18AF && !(u >= 0x180B && u <= 0x180F))
            return true;
    }
    return false;
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
    return m_layout ? m_layout->lineCount() : 0;
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
    // Paragraphs become separate columns; nothing else of the text is touched (U+202F and
    // U+180B–U+180F must reach the shaper as they are).
    QString text = m_text;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(text, fontFor(m_pixelSize));
    QTextOption option;
    // Between words; inside one only when it is longer than the column (a code, a web
    // address). A Mongolian word cut that way loses its joined forms: it counts as overflowing.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
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
        if (i > 0 && start > 0 && isMongolian(text.mid(start - 1, 1)) &&
            isMongolian(text.mid(start, 1)))
            overflowing = true; // a Mongolian word did not fit its column and was cut
    }
    m_overflowing = overflowing;
    setImplicitSize(std::ceil(m_width), std::ceil(m_longest));
    update();
    Q_EMIT layoutChanged();
}

QPointF VerticalText::origin() const
{
    if (!m_centered)
        return {0, 0};
    return {std::max<qreal>(0, (width() - m_width) / 2), 0};
}

QRectF VerticalText::columnRect(int column) const
{
    if (!m_layout || column < 0 || column >= m_layout->lineCount())
        return {};
    const QTextLine line = m_layout->lineAt(column);
    const qreal along =
        m_centered ? std::max<qreal>(0, (height() - line.naturalTextWidth()) / 2) : 0;
    const QPointF o = origin();
    return {o.x() + columnX(*m_layout, column, m_gap), o.y() + along, line.height(),
            line.naturalTextWidth()};
}

QList<QGlyphRun> VerticalText::glyphRuns(int column) const
{
    if (!m_layout || column < 0 || column >= m_layout->lineCount())
        return {};
    return m_layout->lineAt(column).glyphRuns();
}

void VerticalText::paint(QPainter *painter)
{
    if (!m_layout)
        return;
    painter->setPen(m_color);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        const QRectF box = columnRect(i);
        painter->save();
        // Turned 90° clockwise: the line's top faces right, its start is at the column's top.
        painter->translate(box.left() + line.height(), box.top());
        painter->rotate(90);
        painter->translate(-line.x(), -line.y());
        const qreal middle = line.y() + line.height() / 2;
        const QString all = m_layout->text();
        const int end = line.textStart() + line.textLength();
        for (int from = line.textStart(); from < end;) {
            const Orientation how = orientation(all, from);
            int to = from;
            while (to < end && orientation(all, to) == how)
                to += all.at(to).isHighSurrogate() ? 2 : 1;
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
}

} // namespace jiujin
