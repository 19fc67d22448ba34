#include "receiptwriter.h"

#include "chinatime.h"
#include "mongoliandate.h"
#include "papermongolian.h"
#include "receiptnumber.h"
#include "verticalband.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

#include <qrencode.h>

#include <functional>
#include <memory>

namespace jiujin {

namespace {
struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

constexpr int kQuietZone = 4; // modules; ISO/IEC 18004 asks for at least 4

QrPtr encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return nullptr;
    // encodeData is always 8-bit mode: the bytes are the payload, whatever they look like.
    return QrPtr(QRcode_encodeData(int(utf8.size()),
                                   reinterpret_cast<const unsigned char *>(utf8.constData()), 0,
                                   QR_ECLEVEL_M));
}

bool dark(const QRcode &code, int x, int y)
{
    return code.data[y * code.width + x] & 1;
}

// One path of horizontal runs with a winding fill: rasterisers then draw the code without the
// hairline seams that thousands of separate abutting squares can leave, which upset scanners.
QPainterPath qrPath(const QRcode &code, qreal module)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.width; ++y) {
        for (int x = 0; x < code.width;) {
            if (!dark(code, x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.width && dark(code, x, y))
                ++x;
            path.addRect(QRectF((start + kQuietZone) * module, (y + kQuietZone) * module,
                                (x - start) * module, module));
        }
    }
    return path;
}

// Defence in depth: whatever the caller passes, only the first character of the name is printed.
QString mask(const QString &name)
{
    const QList<uint> codePoints = name.trimmed().toUcs4();
    if (codePoints.isEmpty())
        return {};
    QString out = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), 1);
    out += QString(codePoints.size() - 1, QLatin1Char('*'));
    return out;
}

/** The slip's Chinese: never translated, whatever the screen language (docs/DESIGN.md §9f: the
 *  region's rules ask Mongolian and Chinese on paper, so an English screen still prints both). */
QString zh(const char *chinese)
{
    return QString::fromUtf8(chinese);
}

QString longDate(QDate date)
{
    return zh("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

/** The paper's Mongolian for a Chinese source string of this file (paper-data/paper-mn.tsv). */
QString mn(const char *source)
{
    return PaperMongolian::text(QString::fromUtf8(source));
}

/** "label: value" in a Mongolian column (U+1804 is the Mongolian colon). */
QString mnRow(const char *label, const QString &value)
{
    return mn(label) + QStringLiteral("\u1804 ") + value;
}

QString mnDate(QDate date)
{
    return MongolianDate::date(date);
}

/** How long a Mongolian column runs on the slip before it goes on in the next one. */
constexpr qreal kMongolianColumnMm = 64;

QDateTime inShanghai(const QDateTime &t)
{
    return inChina(t);
}

/** Lays text out top to bottom on a PDF, starting a new page when the next block does not fit. */
class Flow
{
public:
    Flow(QPdfWriter &pdf, QPainter &painter) : m_pdf(pdf), m_p(painter) {}

    qreal mm(qreal millimetres) const { return millimetres * m_pdf.resolution() / 25.4; }
    qreal width() const { return m_pdf.width(); }
    qreal &y() { return m_y; }

    static QFont font(qreal points, bool bold = false)
    {
        QFont f(QStringLiteral("Noto Sans CJK SC"));
        f.setPointSizeF(points);
        f.setBold(bold);
        // With HarfBuzz shaping, digits in runs with Latin letters ("S0217", item codes) come out
        // as glyphs Qt's PDF ToUnicode map cannot name, so they vanish from copied or searched
        // text. Chinese and these codes need no shaping.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    void ensure(qreal height)
    {
        if (m_y > 0 && m_y + height > m_pdf.height()) {
            m_pdf.newPage();
            m_y = 0;
        }
    }

    /** Draws wrapped @p text from @p x to the right margin; returns its height. */
    qreal text(const QString &text, const QFont &f, qreal x = 0, int align = Qt::AlignLeft)
    {
        m_p.setFont(f);
        const QRectF box(x, m_y, width() - x, 1e6);
        const QRectF used = m_p.boundingRect(box, align | Qt::TextWordWrap, text);
        ensure(used.height());
        m_p.drawText(QRectF(x, m_y, width() - x, used.height()), align | Qt::TextWordWrap, text);
        m_y += used.height();
        return used.height();
    }

    /** A label in a fixed column with its wrapped value beside it. */
    void row(const QString &label, const QString &value)
    {
        const QFont f = font(11);
        const qreal labelWidth = mm(34);
        m_p.setFont(f);
        const QRectF valueBox = m_p.boundingRect(QRectF(labelWidth, 0, width() - labelWidth, 1e6),
                                                 Qt::TextWordWrap, value);
        const qreal h = valueBox.height() + mm(1.5);
        ensure(h);
        m_p.setFont(font(11, true));
        m_p.drawText(QRectF(0, m_y, labelWidth, h), Qt::TextWordWrap, label);
        m_p.setFont(f);
        m_p.drawText(QRectF(labelWidth, m_y, width() - labelWidth, h), Qt::TextWordWrap, value);
        m_y += h;
    }

    void rule()
    {
        ensure(mm(4));
        m_y += mm(2);
        m_p.setPen(QPen(Qt::black, mm(0.3)));
        m_p.drawLine(QPointF(0, m_y), QPointF(width(), m_y));
        m_y += mm(2);
    }

    void gap(qreal millimetres) { m_y += mm(millimetres); }

    /** Device pixels of a font of @p points on this PDF (Mongolian is laid out in pixels). */
    int pixels(qreal points) const { return qRound(points * m_pdf.resolution() / 72.0); }

    /** A band of Mongolian columns across the page, row by row (docs/DESIGN.md §9f). */
    void mongolian(const VerticalBand &band)
    {
        m_p.setPen(Qt::black);
        for (int r = 0; r < band.rowCount(); ++r) {
            ensure(band.rowHeight());
            band.paintRow(&m_p, r, QPointF(0, m_y));
            m_y += band.rowHeight() + (r + 1 < band.rowCount() ? band.rowGap() : 0);
        }
    }

private:
    QPdfWriter &m_pdf;
    QPainter &m_p;
    qreal m_y = 0;
};

/** What heads a slip: its title and the point, then its number with a QR code of it. */
struct SlipHead
{
    QString title, pointName;
    QString numberLabel, number, hint; ///< hint: a line under the number
    qreal qrMillimetres = 36;          ///< side of the QR code
};

void drawHead(Flow &flow, QPainter &p, const SlipHead &h)
{
    flow.text(h.title, Flow::font(22, true), 0, Qt::AlignHCenter);
    if (!h.pointName.isEmpty())
        flow.text(h.pointName, Flow::font(12), 0, Qt::AlignHCenter);
    flow.rule();

    // The number block: label, number and a hint on the left, the QR code on the right.
    const qreal qrSide = flow.mm(h.qrMillimetres);
    const qreal top = flow.y();
    if (QrPtr code = encode(h.number)) {
        const qreal module = qrSide / (code->width + 2 * kQuietZone);
        p.save();
        p.translate(flow.width() - qrSide, top);
        p.fillRect(QRectF(0, 0, qrSide, qrSide), Qt::white);
        p.fillPath(qrPath(*code, module), Qt::black);
        p.restore();
    }
    flow.y() = top + flow.mm(6);
    flow.text(h.numberLabel, Flow::font(12));
    flow.gap(1);
    flow.text(h.number, Flow::font(28, true));
    flow.gap(2);
    flow.text(h.hint, Flow::font(10));
    flow.y() = std::max(flow.y(), top + qrSide);
    flow.rule();
}

/** The receipt's Mongolian, above the Chinese, at the same sizes (docs/DESIGN.md §9f): what it
 *  is, its number, what was applied for, when, what is still owed, and where to follow it. */
VerticalBand receiptMongolian(const Flow &flow, const ReceiptData &d)
{
    VerticalBand band(flow.width(), flow.mm(kMongolianColumnMm));
    const int body = flow.pixels(11);
    band.add(mn("受理回执"), flow.pixels(22));
    band.add(mnRow("受理编号", d.receiptNumber), flow.pixels(12));
    band.add(mn("请妥善保管本回执，凭受理编号查询办理进度。"), flow.pixels(10));
    if (const QString applicant = mask(d.maskedName); !applicant.isEmpty())
        band.add(mnRow("申请人", applicant), body);
    band.add(mnRow("办理事项", d.itemNameMn.isEmpty() ? d.itemName : d.itemNameMn), body);
    // Not the code, department and place: Chinese names and a code a reader takes from the
    // Chinese rows below as they are; the phone is in the closing note.
    band.add(
        mnRow("提交时间", inShanghai(d.submittedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        body);
    band.add(mnRow("承诺办结时限",
                   d.promisedDays > 0 ? mn("%1个工作日").arg(d.promisedDays) : mn("即办")),
             body);
    if (d.onBehalf)
        band.add(mnRow("办理方式", mn("工作人员代办（工号：%1）").arg(d.staffId)), body);
    if (!d.toFollow.isEmpty()) {
        band.add(mn("容缺后补材料"), flow.pixels(12));
        band.add(mn("以下材料已容缺受理，请于%1前补交：").arg(mnDate(d.toFollowBy)), body);
        if (d.toFollowByEstimated)
            band.add(mn("（节假日安排尚未公布，此日期只按周末推算，以窗口通知为准。）"),
                     flow.pixels(10));
        for (int i = 0; i < d.toFollow.size(); ++i)
            band.add(QStringLiteral("%1. %2").arg(i + 1).arg(d.toFollow.at(i)), body);
    }
    if (!d.committed.isEmpty()) {
        band.add(mn("告知承诺材料"), flow.pixels(12));
        band.add(mn("以下材料已由申请人书面承诺代替，无需提交："), body);
        for (int i = 0; i < d.committed.size(); ++i)
            band.add(QStringLiteral("%1. %2").arg(i + 1).arg(d.committed.at(i)), body);
    }
    band.add(mn("您可凭受理编号在任一“就近办”自助终端的“查进度”查询办理进度%1。")
                 .arg(d.pointPhone.isEmpty() ? QString() : mn("，或致电%1").arg(d.pointPhone)),
             body);
    band.add(mn("本回执仅证明申请已受理，不代表办理结果。"), flow.pixels(10));
    return band;
}

void drawReceipt(QPdfWriter &pdf, QPainter &p, const ReceiptData &d)
{
    Flow flow(pdf, p);
    // Mongolian first, above the Chinese (the region's rules on the two scripts).
    flow.mongolian(receiptMongolian(flow, d));
    flow.rule();
    SlipHead head;
    head.title = zh("受理回执");
    head.pointName = d.pointName;
    head.numberLabel = zh("受理编号");
    head.number = d.receiptNumber;
    head.hint = zh("请妥善保管本回执，凭受理编号查询办理进度。");
    head.qrMillimetres = 36;
    drawHead(flow, p, head);

    const QString applicant = mask(d.maskedName);
    if (!applicant.isEmpty())
        flow.row(zh("申请人"), applicant);
    flow.row(zh("办理事项"), d.itemName);
    flow.row(zh("事项编码"), d.sampleCodes ? d.itemCode + zh("（示例编码）") : d.itemCode);
    flow.row(zh("受理部门"), d.department);
    flow.row(zh("受理地点"), d.pointName);
    if (!d.pointPhone.isEmpty())
        flow.row(zh("咨询电话"), d.pointPhone);
    flow.row(zh("提交时间"),
             inShanghai(d.submittedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    flow.row(zh("承诺办结时限"),
             d.promisedDays > 0 ? zh("%1个工作日").arg(d.promisedDays) : zh("即办"));
    if (d.onBehalf)
        flow.row(zh("办理方式"), zh("工作人员代办（工号：%1）").arg(d.staffId));

    auto numbered = [&flow](const QStringList &items) {
        for (int i = 0; i < items.size(); ++i)
            flow.text(QStringLiteral("%1. %2").arg(i + 1).arg(items.at(i)), Flow::font(11),
                      flow.mm(6));
    };
    if (!d.toFollow.isEmpty()) {
        flow.gap(3);
        flow.text(zh("容缺后补材料"), Flow::font(12, true));
        flow.text(zh("以下材料已容缺受理，请于%1前补交：").arg(longDate(d.toFollowBy)),
                  Flow::font(11));
        if (d.toFollowByEstimated)
            flow.text(zh("（节假日安排尚未公布，此日期只按周末推算，以窗口通知为准。）"),
                      Flow::font(10));
        numbered(d.toFollow);
    }
    if (!d.committed.isEmpty()) {
        flow.gap(3);
        flow.text(zh("告知承诺材料"), Flow::font(12, true));
        flow.text(zh("以下材料已由申请人书面承诺代替，无需提交："), Flow::font(11));
        numbered(d.committed);
    }

    flow.rule();
    const QString phone = d.pointPhone.isEmpty() ? QString() : zh("，或致电%1").arg(d.pointPhone);
    flow.text(zh("您可凭受理编号在任一“就近办”自助终端的“查进度”查询办理进度%1。").arg(phone),
              Flow::font(11));
    flow.gap(1);
    flow.text(zh("本回执仅证明申请已受理，不代表办理结果。"), Flow::font(10));
}

/** The ticket's Mongolian, above the Chinese, at the same sizes (docs/DESIGN.md §9f). */
VerticalBand ticketMongolian(const Flow &flow, const TicketData &d)
{
    VerticalBand band(flow.width(), flow.mm(kMongolianColumnMm));
    const int body = flow.pixels(11);
    band.add(d.requested ? mn("预约申请凭证") : mn("预约凭证"), flow.pixels(22));
    band.add(mnRow("预约号", d.ticket), flow.pixels(12));
    band.add(mn("到达后请出示本凭证的二维码或报预约号签到。"), flow.pixels(10));
    if (const QString applicant = mask(d.maskedName); !applicant.isEmpty())
        band.add(mnRow("预约人", applicant), body);
    band.add(mnRow("办理事项", d.itemNameMn.isEmpty() ? d.itemName : d.itemNameMn), body);
    const QDateTime start = inShanghai(d.start);
    band.add(
        mnRow("预约时间", QStringLiteral("%1 %2–%3")
                              .arg(mnDate(start.date()), start.toString(QStringLiteral("HH:mm")),
                                   inShanghai(d.end).toString(QStringLiteral("HH:mm")))),
        body);
    // The point's Mongolian where the catalogue has it, each part else its Chinese (never blank).
    const QString placeName = d.pointNameMn.isEmpty() ? d.pointName : d.pointNameMn;
    const QString placeAddress = d.pointAddressMn.isEmpty() ? d.pointAddress : d.pointAddressMn;
    band.add(mnRow("办理地点", placeAddress.isEmpty()
                                   ? placeName
                                   : placeName + QLatin1Char(' ') + placeAddress),
             body);
    if (!d.pointPhone.isEmpty())
        band.add(mnRow("咨询电话", d.pointPhone), body);
    if (d.requested)
        band.add(mn("预约申请已提交，联网后确认。请凭预约号在“查进度”查看是否约上。"),
                 flow.pixels(12));
    band.add(mn("请提前10分钟到达，携带身份证。"), flow.pixels(12));
    band.add(mn("不能按时前来的，请在预约时间之前凭预约号在自助终端“查进度”取消或改约。"),
             flow.pixels(10));
    return band;
}

void drawTicket(QPdfWriter &pdf, QPainter &p, const TicketData &d)
{
    Flow flow(pdf, p);
    flow.mongolian(ticketMongolian(flow, d));
    flow.rule();
    SlipHead head;
    head.title = d.requested ? zh("预约申请凭证") : zh("预约凭证");
    head.pointName = d.pointName;
    head.numberLabel = zh("预约号");
    head.number = d.ticket;
    head.hint = zh("到达后请出示本凭证的二维码或报预约号签到。");
    head.qrMillimetres = 40;
    drawHead(flow, p, head);

    const QDateTime start = inShanghai(d.start);
    const QString time = QStringLiteral("%1 %2–%3")
                             .arg(longDate(start.date()), start.toString(QStringLiteral("HH:mm")),
                                  inShanghai(d.end).toString(QStringLiteral("HH:mm")));
    const QString applicant = mask(d.maskedName);
    if (!applicant.isEmpty())
        flow.row(zh("预约人"), applicant);
    flow.row(zh("办理事项"), d.itemName);
    flow.row(zh("预约时间"), time);
    flow.row(zh("办理地点"), d.pointAddress.isEmpty()
                                 ? d.pointName
                                 : d.pointName + QLatin1Char(' ') + d.pointAddress);
    if (!d.pointPhone.isEmpty())
        flow.row(zh("咨询电话"), d.pointPhone);
    flow.rule();
    if (d.requested)
        flow.text(zh("预约申请已提交，联网后确认。请凭预约号在“查进度”查看是否约上。"),
                  Flow::font(12, true));
    flow.text(zh("请提前10分钟到达，携带身份证。"), Flow::font(12, true));
    flow.gap(1);
    flow.text(zh("不能按时前来的，请在预约时间之前凭预约号在自助终端“查进度”取消或改约。"),
              Flow::font(10));
}

Error writeError(const QString &path, const QSaveFile &file)
{
    // Qt reports ENOSPC (and quota exhaustion) as ResourceError.
    const auto code = file.error() == QFileDevice::ResourceError ? Error::Full : Error::Io;
    return Error{code, QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
}

/** Writes an A4 PDF titled @p title at @p path with @p draw, all or nothing (QSaveFile). */
Result<void> writeA4Pdf(const QString &path, const QString &title,
                        const std::function<void(QPdfWriter &, QPainter &)> &draw)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file);
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter));
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("JiuJin"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Error{Error::Io, QStringLiteral("cannot start a PDF at %1").arg(path)};
        draw(pdf, painter);
        painter.end();
    }
    if (!file.commit())
        return writeError(path, file);
    return {};
}
} // namespace

QImage qrImage(const QString &text, int moduleSize)
{
    if (moduleSize < 1)
        return {};
    const QrPtr code = encode(text);
    if (!code)
        return {};
    const int side = (code->width + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (dark(*code, x, y))
                p.fillRect((x + kQuietZone) * moduleSize, (y + kQuietZone) * moduleSize, moduleSize,
                           moduleSize, Qt::black);
    return image;
}

Result<void> writeReceiptPdf(const ReceiptData &data, const QString &path)
{
    if (receipt::normalise(data.receiptNumber) != data.receiptNumber)
        return Error{Error::Invalid, QStringLiteral("malformed receipt number")};
    if (!data.submittedAt.isValid())
        return Error{Error::Invalid,
                     QStringLiteral("receipt %1 has no submission time").arg(data.receiptNumber)};
    if (!data.toFollow.isEmpty() && !data.toFollowBy.isValid())
        return Error{Error::Invalid, QStringLiteral("receipt %1 has 容缺 materials but no due date")
                                         .arg(data.receiptNumber)};
    if (data.promisedDays < 0)
        return Error{Error::Invalid,
                     QStringLiteral("receipt %1: negative promised days").arg(data.receiptNumber)};

    return writeA4Pdf(path, QStringLiteral("%1 %2").arg(zh("受理回执"), data.receiptNumber),
                      [&data](QPdfWriter &pdf, QPainter &p) { drawReceipt(pdf, p, data); });
}

Result<void> writeTicketPdf(const TicketData &data, const QString &path)
{
    if (receipt::normalise(data.ticket) != data.ticket)
        return Error{Error::Invalid, QStringLiteral("malformed ticket number")};
    if (!data.start.isValid() || !data.end.isValid())
        return Error{Error::Invalid, QStringLiteral("ticket %1 has no slot time").arg(data.ticket)};

    return writeA4Pdf(path, QStringLiteral("%1 %2").arg(zh("预约凭证"), data.ticket),
                      [&data](QPdfWriter &pdf, QPainter &p) { drawTicket(pdf, p, data); });
}

} // namespace jiujin
