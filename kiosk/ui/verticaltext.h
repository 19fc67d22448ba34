#pragma once

#include "verticalcolumns.h"

#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/**
 * Traditional Mongolian as it is written: top to bottom, columns left to right. Each column is
 * laid out horizontally by QTextLayout (the font's own shaping: initial, medial and final forms,
 * FVS, MVS, NNBSP suffixes) and drawn turned 90° clockwise. Mongolian, Latin and digits turn with
 * the column; Han characters stand upright, one per em, as in printed Mongolian (docs/DESIGN.md
 * "Traditional Mongolian on screen"). The face is Noto Sans Mongolian, set by name, never left to
 * fallback. The columns themselves are VerticalColumns (kiosk/core), which the PDFs use too.
 */
class VerticalText : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int pixelSize READ pixelSize WRITE setPixelSize NOTIFY pixelSizeChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    /** The longest a column may run (px) before the text wraps into the next column to the
     *  right; 0 = one column per paragraph. */
    Q_PROPERTY(
        qreal columnLength READ columnLength WRITE setColumnLength NOTIFY columnLengthChanged)
    /** Centre the columns in the item (short labels on buttons and tiles) instead of starting
     *  at the top left. */
    Q_PROPERTY(bool centered READ centered WRITE setCentered NOTIFY centeredChanged)
    /** The text holds Mongolian letters (else a page shows it as ordinary, upright text). */
    Q_PROPERTY(bool mongolian READ mongolian NOTIFY textChanged)
    Q_PROPERTY(int columnCount READ columnCount NOTIFY layoutChanged)
    /** A Mongolian word was longer than columnLength and had to be cut (or a column runs
     *  longer): it is drawn, and the screens test reports it. */
    Q_PROPERTY(bool overflowing READ overflowing NOTIFY layoutChanged)
public:
    /** The one face Mongolian is drawn with (fonts-noto-core). */
    static constexpr auto mongolianFamily = VerticalColumns::mongolianFamily;
    /** Han inside Mongolian (a fallback name, a number's unit). */
    static constexpr auto hanFamily = VerticalColumns::hanFamily;

    explicit VerticalText(QQuickItem *parent = nullptr);
    ~VerticalText() override;

    QString text() const { return m_text; }
    void setText(const QString &text);
    int pixelSize() const { return m_pixelSize; }
    void setPixelSize(int px);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    qreal columnLength() const { return m_columnLength; }
    void setColumnLength(qreal px);
    bool centered() const { return m_centered; }
    void setCentered(bool on);
    bool mongolian() const { return isMongolian(m_text); }
    int columnCount() const;
    bool overflowing() const { return m_columns.overflowing(); }
    /** How many texts the columns gave to the shaper (VerticalColumns::shapings), for the
     *  tests: a column length that changes alone must not shape the text again. */
    int shapings() const { return m_columns.shapings(); }

    /** The font the columns are shaped with: Noto Sans Mongolian by name, no hinting (a turned
     *  column has no pixel grid to snap to along its length). */
    static QFont fontFor(int pixelSize);
    /** How a character stands in a column (docs/DESIGN.md §9e "Vertical punctuation"). */
    using Orientation = VerticalColumns::Orientation;
    static Orientation orientation(const QString &text, int at);

    /** True when @p text holds a letter of the Mongolian block (U+1800–U+18AF). */
    Q_INVOKABLE static bool isMongolian(const QString &text);

    /** Column @p i as QTextLayout shaped it, in the column's own (unturned) coordinates: what
     *  paint() draws, for the shaping test. */
    QList<QGlyphRun> glyphRuns(int column) const;
    /** The column's box on the item (after turning), for the screens test. */
    QRectF columnRect(int column) const;

    void paint(QPainter *painter) override;
    /** Laid out once all of QML's first bindings are set (not once per property). */
    void componentComplete() override;

Q_SIGNALS:
    void textChanged();
    void pixelSizeChanged();
    void colorChanged();
    void columnLengthChanged();
    void centeredChanged();
    void layoutChanged();

private:
    /** Lays out now, or once the component is complete while QML is still setting it up. */
    void relayout();
    void layoutNow();
    QPointF origin() const;

    QString m_text;
    int m_pixelSize = 22;
    QColor m_color = Qt::black;
    qreal m_columnLength = 0;
    bool m_centered = false;
    VerticalColumns m_columns;
};

} // namespace jiujin
