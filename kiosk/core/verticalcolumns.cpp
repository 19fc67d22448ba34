#include "verticalcolumns.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRawFont>
#include <QTextBoundaryFinder>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <limits>

namespace jiujin {

namespace {

/** A line long enough for any paragraph (QTextLine takes QFixed, up to ~3.3e7 px). */
constexpr qreal paragraphWidth = 1e7;

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
    return int(m_columns.size());
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
        // shaped paragraphs are broken into columns again (§9e "First frame in Mongolian").
        m_columnLength = length;
        breakLines();
        return true;
    }
    m_text = std::move(text);
    m_pixelSize = px;
    m_columnLength = length;
    m_layout = std::make_unique<QTextLayout>(m_text, fontFor(m_pixelSize));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    // Kept after endLayout(): the shaped glyphs serve every breakLines() and the paint.
    m_layout->setCacheEnabled(true);
    // Each paragraph (up to a U+2028) is one line as long as it needs, shaped here once; the
    // columns are cut from these lines by breakLines(), which never calls beginLayout() again.
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(paragraphWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
    ++m_shapings;
    breakLines();
    return true;
}

qreal VerticalColumns::xAt(int line, int at) const
{
    return m_layout->lineAt(line).cursorToX(at);
}

void VerticalColumns::addColumn(int line, int start, int end)
{
    // Trailing spaces and the paragraph's end hang past the column, as QTextLine's do. Not
    // U+202F or U+00A0: they join, a column never ends on them but inside a cut word.
    int visible = end;
    while (visible > start) {
        const QChar c = m_text.at(visible - 1);
        if (!c.isSpace() || c.unicode() == 0x202F || c.unicode() == 0xA0)
            break;
        --visible;
    }
    Column column;
    column.line = line;
    column.start = start;
    column.length = end - start;
    column.along = xAt(line, start);
    column.natural = std::max<qreal>(0, xAt(line, visible) - column.along);
    m_columns.push_back(column);
}

void VerticalColumns::breakParagraph(int line, qreal room)
{
    const QTextLine paragraph = m_layout->lineAt(line);
    const int begin = paragraph.textStart();
    const int end = begin + paragraph.textLength();
    if (begin == end) {
        addColumn(line, begin, end); // an empty paragraph keeps its (empty) column
        return;
    }
    // Where a column may end: UAX #14's opportunities, as QTextLine wraps (U+202F and U+180E
    // glue, so a suffix stays with its word).
    std::vector<int> breaks;
    QTextBoundaryFinder words(QTextBoundaryFinder::Line, m_text);
    words.setPosition(begin);
    for (int at = int(words.toNextBoundary()); at > 0 && at < end; at = int(words.toNextBoundary()))
        breaks.push_back(at);
    breaks.push_back(end);

    // What a column [from, to) needs: its advance without the trailing spaces, and as QTextLine
    // does when it wraps, the ink of its last glyph past that advance (a final form's tail).
    const auto visibleWidth = [&](int from, int to) {
        while (to > from) {
            const QChar c = m_text.at(to - 1);
            if (!c.isSpace() || c.unicode() == 0x202F || c.unicode() == 0xA0)
                break;
            --to;
        }
        if (to == from)
            return qreal(0);
        qreal overhang = 0;
        const QList<QGlyphRun> last = paragraph.glyphRuns(to - 1, 1);
        if (!last.isEmpty() && !last.last().glyphIndexes().isEmpty()) {
            const QRawFont raw = last.last().rawFont();
            const quint32 glyph = last.last().glyphIndexes().last();
            const qreal advance = raw.advancesForGlyphIndexes({glyph}).value(0).x();
            overhang = std::max<qreal>(0, raw.boundingRect(glyph).right() - advance);
        }
        return xAt(line, to) - xAt(line, from) + overhang;
    };
    int start = begin; // the open column's first character
    int taken = begin; // the open column's end so far (a break opportunity)
    for (std::size_t b = 0; b < breaks.size();) {
        const int next = breaks[b];
        if (visibleWidth(start, next) <= room) {
            taken = next;
            ++b;
            continue;
        }
        if (taken > start) { // the word goes on in the next column
            addColumn(line, start, taken);
            start = taken;
            continue;
        }
        // One word longer than the column (a code, an address): cut it between graphemes, at
        // least one per column. A Mongolian word cut this way counts as overflowing.
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, m_text);
        graphemes.setPosition(start);
        int cut = int(graphemes.toNextBoundary());
        for (int at = cut; at > 0 && at < next && visibleWidth(start, at) <= room;
             at = int(graphemes.toNextBoundary()))
            cut = at;
        cut = std::clamp(cut, start + 1, next);
        addColumn(line, start, cut);
        start = taken = cut;
        if (cut == next)
            ++b;
    }
    if (start < end)
        addColumn(line, start, end);
}

void VerticalColumns::breakLines()
{
    const qreal room = m_columnLength > 0 ? m_columnLength : std::numeric_limits<qreal>::infinity();
    m_columns.clear();
    for (int i = 0; i < m_layout->lineCount(); ++i)
        breakParagraph(i, room);

    m_gap = std::round(m_pixelSize * 0.35);
    m_width = 0;
    m_longest = 0;
    bool overflowing = false;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        Column &column = m_columns[i];
        column.x = m_width + (i > 0 ? m_gap : 0);
        m_width = column.x + m_layout->lineAt(column.line).height();
        m_longest = std::max(m_longest, column.natural);
        if (m_columnLength > 0 && column.natural > m_columnLength + 0.5)
            overflowing = true;
        const int start = column.start;
        if (i > 0 && start > 0 && isMongolian(m_text.mid(start - 1, 1)) &&
            isMongolian(m_text.mid(start, 1)))
            overflowing = true; // a Mongolian word did not fit its column and was cut
    }
    m_overflowing = overflowing;
}

QRectF VerticalColumns::columnRect(int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const Column &c = m_columns[std::size_t(column)];
    return {c.x, 0, m_layout->lineAt(c.line).height(), c.natural};
}

QList<QGlyphRun> VerticalColumns::glyphRuns(int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const Column &c = m_columns[std::size_t(column)];
    QList<QGlyphRun> runs = m_layout->lineAt(c.line).glyphRuns(c.start, c.length);
    // In the column's own coordinates: its first character at x = 0, as a line of its own.
    const QTextLine line = m_layout->lineAt(c.line);
    for (QGlyphRun &run : runs) {
        QList<QPointF> positions = run.positions();
        for (QPointF &p : positions)
            p -= QPointF(c.along, line.y());
        run.setPositions(positions);
    }
    return runs;
}

void VerticalColumns::paintColumn(QPainter *painter, int column, QPointF topLeft) const
{
    if (column < 0 || column >= columnCount())
        return;
    const Column &c = m_columns[std::size_t(column)];
    const QTextLine line = m_layout->lineAt(c.line);
    painter->save();
    // Turned 90° clockwise: the line's top faces right, the column's start is at its top.
    painter->translate(topLeft.x() + line.height(), topLeft.y());
    painter->rotate(90);
    painter->translate(-c.along, -line.y());
    const qreal middle = line.y() + line.height() / 2;
    const int end = c.start + c.length;
    for (int from = c.start; from < end;) {
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
    if (column < 0 || column >= columnCount())
        return;
    const Column &c = m_columns[std::size_t(column)];
    const QTextLine line = m_layout->lineAt(c.line);
    QFont nominal = fontFor(m_pixelSize);
    nominal.setStyleStrategy(QFont::PreferNoShaping);
    const QFontMetricsF metrics(nominal);
    painter->save();
    painter->translate(topLeft.x() + line.height(), topLeft.y());
    painter->rotate(90);
    painter->translate(-c.along, -line.y());
    painter->setFont(nominal);
    painter->setPen(Qt::white);
    const int end = c.start + c.length;
    for (int from = c.start; from < end;) {
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
