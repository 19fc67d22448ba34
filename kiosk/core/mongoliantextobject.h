#pragma once

#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>

namespace jiujin {

/**
 * A band of vertical Mongolian inside a QTextDocument (the one-time notice): the document sees
 * one object as wide as the text and as high as the band's rows; drawn on the document's own
 * painter (the PDF's), so its text stays vector and searchable (VerticalBand, §9f). Registered
 * with the document layout as a handler of `type`; an object replacement character of that
 * type marks where the band goes.
 */
class MongolianTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int type = QTextFormat::UserObject + 18;

    /** One paragraph of the band at @p points. */
    struct Paragraph
    {
        QString text;
        qreal points;
    };

    explicit MongolianTextObject(QList<Paragraph> paragraphs, qreal columnMillimetres,
                                 QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    QList<Paragraph> m_paragraphs;
    qreal m_columnMillimetres;
};

} // namespace jiujin
