#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;

namespace jiujin {

/**
 * Traditional Mongolian laid out as it is written: top to bottom, columns left to right. Each
 * paragraph is one QTextLine laid out horizontally by QTextLayout (so the font's own shaping
 * picks the initial, medial and final forms, FVS, MVS and NNBSP suffixes); each column is a range
 * of it, drawn turned 90° clockwise. Mongolian, Latin and digits turn with the column; Han
 * characters stand upright, one per em. Shared by the screen (VerticalText, Qt Quick) and the paper
 * (receipt, ticket, notice PDFs), so both draw the same glyphs (docs/DESIGN.md §9d, §9f).
 */
class VerticalColumns
{
public:
    /** The one face Mongolian is drawn with (fonts-noto-core). */
    static constexpr auto mongolianFamily = "Noto Sans Mongolian";
    /** Han inside Mongolian (a fallback name, a number's unit). */
    static constexpr auto hanFamily = "Noto Sans CJK SC";

    VerticalColumns();
    ~VerticalColumns();
    VerticalColumns(VerticalColumns &&) noexcept;
    VerticalColumns &operator=(VerticalColumns &&) noexcept;

    /** The font the columns are shaped with: Noto Sans Mongolian by name, no hinting (a turned
     *  column has no pixel grid to snap to along its length). */
    static QFont fontFor(int pixelSize);
    /** How a character stands in a column (docs/DESIGN.md §9e "Vertical punctuation"). */
    enum class Orientation {
        Turned,  ///< turns with the column: Mongolian (with ᠂ ᠃), Latin, digits, brackets
        Upright, ///< stands upright, centred in its em: Han, full-width ！？ and the like
        Corner,  ///< upright in the em's top right corner: the full-width 、。，．
    };
    static Orientation orientation(const QString &text, int at);
    /** True when @p text holds a letter of the Mongolian block (U+1800–U+18AF). */
    static bool isMongolian(const QString &text);

    /** Lays @p text out at @p pixelSize; a column runs at most @p columnLength px (0: one column
     *  per paragraph) before the text goes on in the next column to the right. Paragraphs
     *  ('\n') start new columns. Nothing of the text is changed (U+202F, U+180B–U+180F).
     *  The text is shaped once, each paragraph as one QTextLine; the columns are ranges of
     *  those lines, so a new @p columnLength only breaks them again and gives the shaper
     *  nothing (QTextLayout::beginLayout() would throw its shaping away), and the same three
     *  values do nothing (false: nothing changed). */
    bool layout(const QString &text, int pixelSize, qreal columnLength);
    /** How many texts this object has given to the shaper (a new text or size), for the tests:
     *  a new column length alone must not shape again. */
    int shapings() const { return m_shapings; }

    const QString &text() const { return m_text; }
    int pixelSize() const { return m_pixelSize; }
    int columnCount() const;
    /** Width of all columns with their gaps, and the longest column (px). */
    qreal width() const { return m_width; }
    qreal longest() const { return m_longest; }
    qreal gap() const { return m_gap; }
    /** A Mongolian word was longer than the column and had to be cut, or a column runs longer
     *  than columnLength. */
    bool overflowing() const { return m_overflowing; }

    /** Column @p i's box, columns starting at x = 0, y = 0 (after turning). */
    QRectF columnRect(int column) const;
    /** Column @p i as QTextLayout shaped it, in the column's own (unturned) coordinates. */
    QList<QGlyphRun> glyphRuns(int column) const;

    /** Draws column @p i turned, its top left at @p topLeft, with the painter's pen. */
    void paintColumn(QPainter *painter, int column, QPointF topLeft) const;
    /**
     * Draws the Mongolian of column @p i a second time, unshaped, in white, where the shaped
     * glyphs will go: for PDFs only, before paintColumn(). Qt's PDF ToUnicode map names a glyph
     * only by the code point the font's cmap gives it, and a shaped Mongolian form (initial,
     * medial, final, a suffix after U+202F) has none, so without this layer the Mongolian of a
     * PDF could not be searched, copied or read aloud by a screen reader. Nominal glyphs are in
     * the cmap, so this layer maps back to the text; drawn in white under the black shaped
     * glyphs, it does not show on white paper.
     */
    void paintTextLayer(QPainter *painter, int column, QPointF topLeft) const;

private:
    /** One column: a range of one paragraph's line, and where that range starts on it. */
    struct Column
    {
        int line = 0;      ///< the paragraph's QTextLine
        int start = 0;     ///< first character
        int length = 0;    ///< characters, trailing spaces included
        qreal along = 0;   ///< x of the first character on the paragraph's line
        qreal natural = 0; ///< the column's length, trailing spaces excluded
        qreal x = 0;       ///< left edge on the page (after turning)
    };

    /** Breaks the shaped paragraphs into columns of m_columnLength and measures them. */
    void breakLines();
    /** Breaks paragraph line @p line into columns (greedy: between words, inside a word only
     *  when it alone is longer than @p room). */
    void breakParagraph(int line, qreal room);
    /** Ends the column [@p start, @p end) of paragraph line @p line. */
    void addColumn(int line, int start, int end);
    /** The pen position of character @p at on paragraph line @p line. */
    qreal xAt(int line, int at) const;

    QString m_text; ///< as laid out: '\n' made U+2028
    int m_pixelSize = 0;
    qreal m_columnLength = 0;
    std::unique_ptr<QTextLayout> m_layout; ///< one line per paragraph, shaped once
    std::vector<Column> m_columns;
    qreal m_gap = 0;
    qreal m_width = 0;
    qreal m_longest = 0;
    bool m_overflowing = false;
    int m_shapings = 0;
};

} // namespace jiujin
