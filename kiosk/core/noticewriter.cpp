#include "noticewriter.h"

#include "mongoliandate.h"
#include "mongoliantextobject.h"
#include "papermongolian.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>

namespace jiujin {

namespace {
QString list(const QStringList &entries, const char *tag = "ol")
{
    QString out = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QString &e : entries)
        out += QStringLiteral("<li>%1</li>").arg(e.toHtmlEscaped());
    return out + QStringLiteral("</%1>").arg(QLatin1String(tag));
}
/** The notice's Chinese: never translated, whatever the screen language (docs/DESIGN.md §9f). */
QString zh(const char *chinese)
{
    return QString::fromUtf8(chinese);
}

QString mn(const char *source)
{
    return PaperMongolian::text(QString::fromUtf8(source));
}

QString mnRow(const char *label, const QString &value)
{
    return mn(label) + QStringLiteral("\u1804 ") + value;
}

constexpr qreal kTitlePoints = 16, kNamePoints = 13, kBodyPoints = 10.5;

/** The notice's Mongolian, above the Chinese at the same sizes (docs/DESIGN.md §9f): the title,
 *  the item, its code and department, the promise that nothing more may be asked for, the date,
 *  and that the Chinese below is the full text (the catalogue's guides have no Mongolian). */
QList<MongolianTextObject::Paragraph> mongolian(const Guide &g, const QString &nameMn,
                                                bool sampleCodes, const QDateTime &now)
{
    const QDate d = now.date();
    return {
        {mn("一次性告知书"), kTitlePoints},
        {mnRow("办理事项", nameMn.isEmpty() ? g.name : nameMn), kNamePoints},
        {mnRow("事项编码", sampleCodes ? g.code + mn("（示例编码）") : g.code), kBodyPoints},
        {mnRow("实施部门", (g.agencyMn.isEmpty() ? g.agency : g.agencyMn) + QStringLiteral(" (") +
                               g.department + QLatin1Char(')')),
         kBodyPoints},
        {mn("本告知书所列材料即为办理本事项的全部材料，工作人员不得要求提供告知书以外的材料。"),
         kBodyPoints},
        {mnRow("告知日期", MongolianDate::date(d)), kBodyPoints},
        {mn("本页蒙古文为汉文内容的摘要，以汉文为准。"), kBodyPoints},
    };
}
} // namespace

QString NoticeWriter::html(const Guide &g, const QList<PointRow> &points, const QString &here,
                           bool sampleCodes, const QDateTime &now)
{
    QString h = QStringLiteral("<html><body style='font-size:10.5pt'>");
    h +=
        QStringLiteral("<h2 align='center' style='font-size:16pt'>%1</h2>").arg(zh("一次性告知书"));
    h += QStringLiteral("<h3 align='center' style='font-size:13pt'>%1</h3>")
             .arg(g.name.toHtmlEscaped());
    h += QStringLiteral("<p>%1：%2%3<br/>%4：%5（%6）<br/>%7：%8</p>")
             .arg(zh("事项编码"), g.code, sampleCodes ? zh("（示例编码）") : QString(),
                  zh("实施部门"), g.agency.toHtmlEscaped(), g.department.toHtmlEscaped(),
                  zh("事项类型"), g.type);
    h += QStringLiteral("<p>%1</p>").arg(g.summary.toHtmlEscaped());
    QStringList conditions = g.conditions;
    for (const QString &c : g.tentativeConditions)
        conditions.append(zh("（待确认）%1").arg(c));
    h += QStringLiteral("<h4>%1</h4>%2").arg(zh("一、受理条件"), list(conditions));
    if (!g.confirmed())
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(zh("本指南尚未经实施部门确认，以窗口解释为准。"));
    h += QStringLiteral("<h4>%1</h4>").arg(zh("二、申请材料"));
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' "
                        "width='100%'><tr><th>%1</th><th>%2</th>"
                        "<th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(zh("材料名称"), zh("形式"), zh("份数"), zh("要求"), zh("说明"));
    for (const auto &m : g.materials) {
        QStringList marks;
        marks << (m.required ? zh("必要") : zh("非必要"));
        if (m.signature)
            marks << zh("需签字");
        if (m.rongque)
            marks << zh("可容缺后补");
        if (m.commitment)
            marks << zh("可告知承诺");
        h +=
            QStringLiteral(
                "<tr><td>☐ %1</td><td>%2</td><td align='center'>%3</td><td>%4</td><td>%5</td></tr>")
                .arg(m.name.toHtmlEscaped(), m.kind,
                     m.eCertificate ? QStringLiteral("—") : QString::number(m.copies),
                     marks.join(QStringLiteral("、")), m.note.toHtmlEscaped());
    }
    if (g.materials.isEmpty())
        h += QStringLiteral("<tr><td colspan='5'>%1</td></tr>").arg(zh("无需提交材料"));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h4>%1</h4>%2").arg(zh("三、办理流程"), list(g.steps));
    h += QStringLiteral("<h4>%1</h4><p>%2：%3；%4：%5；%6：%7；%8：%9</p>")
             .arg(zh("四、办理时限与收费"), zh("法定办结时限"), g.legalLimitText(),
                  zh("承诺办结时限"), Guide::days(g.promisedDays, false), zh("到现场次数"),
                  QString::number(g.visits), zh("收费"), g.fee.toHtmlEscaped());
    h += QStringLiteral("<h4>%1</h4>%2").arg(zh("五、设定依据"), list(g.basis, "ul"));
    if (!g.notes.isEmpty())
        h += QStringLiteral("<h4>%1</h4>%2").arg(zh("六、注意事项"), list(g.notes, "ul"));
    h += QStringLiteral("<h4>%1</h4><ul>").arg(zh("办理地点"));
    for (const auto &p : points) {
        h += QStringLiteral("<li>%1%2 — %3；%4；%5 %6</li>")
                 .arg(p.nameZh.toHtmlEscaped(), p.code == here ? zh("（本服务点）") : QString(),
                      p.addressZh.toHtmlEscaped(), p.hoursZh.toHtmlEscaped(), zh("电话"),
                      p.phone.toHtmlEscaped());
    }
    h += QStringLiteral("</ul>");
    h += QStringLiteral("<p>%1</p>")
             .arg(zh("本告知书所列材料即为办理本事项的全部材料，工作人员不"
                     "得要求提供告知书以外的材料。"));
    h += QStringLiteral("<p align='right'>%1：%2</p>")
             .arg(zh("告知日期"),
                  QLocale(QLocale::Chinese).toString(now.date(), QLocale::LongFormat));
    return h + QStringLiteral("</body></html>");
}

Result<void> NoticeWriter::write(const QString &path, const Guide &guide, const QString &nameMn,
                                 const QList<PointRow> &points, const QString &here,
                                 bool sampleCodes, const QDateTime &now)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Io,
                     QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setTitle(QStringLiteral("%1 - %2").arg(zh("一次性告知书"), guide.name));
        pdf.setCreator(QStringLiteral("JiuJin"));
        QTextDocument doc;
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSizeF(10.5);
        // Without shaping, digits inside mixed runs ("S0217") survive copying and searching the PDF
        // text.
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        doc.setHtml(html(guide, points, here, sampleCodes, now));
        // Mongolian first, above the Chinese: a band of columns as the document's first block.
        auto *band = new MongolianTextObject(mongolian(guide, nameMn, sampleCodes, now), 72, &doc);
        doc.documentLayout()->registerHandler(MongolianTextObject::type, band);
        QTextCursor cursor(&doc);
        cursor.movePosition(QTextCursor::Start);
        cursor.insertBlock();
        cursor.movePosition(QTextCursor::Start);
        QTextBlockFormat plain;
        plain.setBottomMargin(12);
        cursor.setBlockFormat(plain);
        QTextCharFormat object;
        object.setObjectType(MongolianTextObject::type);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        doc.print(&pdf);
    }
    if (!file.commit())
        return Error{Error::Io,
                     QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace jiujin
