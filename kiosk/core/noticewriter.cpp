#include "noticewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
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
} // namespace

QString NoticeWriter::html(const Guide &g, const QList<PointRow> &points, const QString &here,
                           bool english, bool sampleCodes, const QDateTime &now)
{
    QString h = QStringLiteral("<html><body style='font-size:10.5pt'>");
    h += QStringLiteral("<h2 align='center'>%1</h2>")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter", "一次性告知书"));
    h += QStringLiteral("<h3 align='center'>%1</h3>").arg(g.name.toHtmlEscaped());
    h += QStringLiteral("<p>%1：%2%3<br/>%4：%5（%6）<br/>%7：%8</p>")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter", "事项编码"), g.code,
                  sampleCodes ? QCoreApplication::translate("jiujin::NoticeWriter", "（示例编码）")
                              : QString(),
                  QCoreApplication::translate("jiujin::NoticeWriter", "实施部门"),
                  g.agency.toHtmlEscaped(), g.department.toHtmlEscaped(),
                  QCoreApplication::translate("jiujin::NoticeWriter", "事项类型"), g.type);
    h += QStringLiteral("<p>%1</p>").arg(g.summary.toHtmlEscaped());
    QStringList conditions = g.conditions;
    for (const QString &c : g.tentativeConditions)
        conditions.append(
            QCoreApplication::translate("jiujin::NoticeWriter", "（待确认）%1").arg(c));
    h += QStringLiteral("<h4>%1</h4>%2")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter", "一、受理条件"),
                  list(conditions));
    if (!g.confirmed())
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(QCoreApplication::translate("jiujin::NoticeWriter",
                                                  "本指南尚未经实施部门确认，以窗口解释为准。"));
    h += QStringLiteral("<h4>%1</h4>")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter", "二、申请材料"));
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' "
                        "width='100%'><tr><th>%1</th><th>%2</th>"
                        "<th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter", "材料名称"),
                  QCoreApplication::translate("jiujin::NoticeWriter", "形式"),
                  QCoreApplication::translate("jiujin::NoticeWriter", "份数"),
                  QCoreApplication::translate("jiujin::NoticeWriter", "要求"),
                  QCoreApplication::translate("jiujin::NoticeWriter", "说明"));
    for (const auto &m : g.materials) {
        QStringList marks;
        marks << (m.required ? QCoreApplication::translate("jiujin::NoticeWriter", "必要")
                             : QCoreApplication::translate("jiujin::NoticeWriter", "非必要"));
        if (m.signature)
            marks << QCoreApplication::translate("jiujin::NoticeWriter", "需签字");
        if (m.rongque)
            marks << QCoreApplication::translate("jiujin::NoticeWriter", "可容缺后补");
        if (m.commitment)
            marks << QCoreApplication::translate("jiujin::NoticeWriter", "可告知承诺");
        h +=
            QStringLiteral(
                "<tr><td>☐ %1</td><td>%2</td><td align='center'>%3</td><td>%4</td><td>%5</td></tr>")
                .arg(m.name.toHtmlEscaped(), m.kind,
                     m.eCertificate ? QStringLiteral("—") : QString::number(m.copies),
                     marks.join(QStringLiteral("、")), m.note.toHtmlEscaped());
    }
    if (g.materials.isEmpty())
        h += QStringLiteral("<tr><td colspan='5'>%1</td></tr>")
                 .arg(QCoreApplication::translate("jiujin::NoticeWriter", "无需提交材料"));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h4>%1</h4>%2")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter", "三、办理流程"),
                  list(g.steps));
    h += QStringLiteral("<h4>%1</h4><p>%2：%3；%4：%5；%6：%7；%8：%9</p>")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter", "四、办理时限与收费"),
                  QCoreApplication::translate("jiujin::NoticeWriter", "法定办结时限"),
                  g.legalLimitText(),
                  QCoreApplication::translate("jiujin::NoticeWriter", "承诺办结时限"),
                  Guide::days(g.promisedDays),
                  QCoreApplication::translate("jiujin::NoticeWriter", "到现场次数"),
                  QString::number(g.visits),
                  QCoreApplication::translate("jiujin::NoticeWriter", "收费"),
                  g.fee.toHtmlEscaped());
    h += QStringLiteral("<h4>%1</h4>%2")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter", "五、设定依据"),
                  list(g.basis, "ul"));
    if (!g.notes.isEmpty())
        h += QStringLiteral("<h4>%1</h4>%2")
                 .arg(QCoreApplication::translate("jiujin::NoticeWriter", "六、注意事项"),
                      list(g.notes, "ul"));
    h += QStringLiteral("<h4>%1</h4><ul>")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter", "办理地点"));
    for (const auto &p : points) {
        const QString name = english ? p.nameEn : p.nameZh;
        const QString address = english ? p.addressEn : p.addressZh;
        const QString hours = english ? p.hoursEn : p.hoursZh;
        h += QStringLiteral("<li>%1%2 — %3；%4；%5 %6</li>")
                 .arg(name.toHtmlEscaped(),
                      p.code == here
                          ? QCoreApplication::translate("jiujin::NoticeWriter", "（本服务点）")
                          : QString(),
                      address.toHtmlEscaped(), hours.toHtmlEscaped(),
                      QCoreApplication::translate("jiujin::NoticeWriter", "电话"),
                      p.phone.toHtmlEscaped());
    }
    h += QStringLiteral("</ul>");
    h += QStringLiteral("<p>%1</p>")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter",
                                              "本告知书所列材料即为办理本事项的全部材料，工作人员不"
                                              "得要求提供告知书以外的材料。"));
    h += QStringLiteral("<p align='right'>%1：%2</p>")
             .arg(QCoreApplication::translate("jiujin::NoticeWriter", "告知日期"),
                  QLocale(english ? QLocale::English : QLocale::Chinese)
                      .toString(now.date(), QLocale::LongFormat));
    return h + QStringLiteral("</body></html>");
}

Result<void> NoticeWriter::write(const QString &path, const Guide &guide,
                                 const QList<PointRow> &points, const QString &here, bool english,
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
        pdf.setTitle(QStringLiteral("%1 - %2").arg(
            QCoreApplication::translate("jiujin::NoticeWriter", "一次性告知书"), guide.name));
        pdf.setCreator(QStringLiteral("JiuJin"));
        QTextDocument doc;
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSizeF(10.5);
        // Without shaping, digits inside mixed runs ("S0217") survive copying and searching the PDF
        // text.
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        doc.setHtml(html(guide, points, here, english, sampleCodes, now));
        doc.print(&pdf);
    }
    if (!file.commit())
        return Error{Error::Io,
                     QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace jiujin
