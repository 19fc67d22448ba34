// The receipt, the booking ticket and the one-time notice carry Mongolian and Chinese, Mongolian
// first (above), whatever the screen language; the Mongolian is drawn in columns with Noto Sans
// Mongolian and can still be found in the PDF's text (docs/DESIGN.md §9f).
#include "guide.h"
#include "noticewriter.h"
#include "papermongolian.h"
#include "receiptnumber.h"
#include "receiptwriter.h"
#include "testdb.h"
#include "verticalband.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace jiujin;

namespace {
QByteArray runTool(const char *name, const QStringList &args)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    INFO(name << " is missing: install poppler-utils (packaging/build-deps.txt)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess p;
    p.start(path, args);
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

/** What pdftotext gives back, compared without white space (NNBSP included) and without MVS,
 *  which Qt's PDF font subset draws with no glyph of its own (§9f). Han is compared as the
 *  glyphs the CJK face draws (Qt names a glyph shared with a radical by the radical). */
QString fold(const QString &text)
{
    static const QRawFont cjk = QRawFont::fromFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    REQUIRE(cjk.isValid());
    QString out;
    for (const QChar c : text) {
        // Mongolian punctuation (U+1800–U+180A) is drawn with the glyphs, after the text layer,
        // so in drawing order it comes apart from its sentence.
        if (c.isSpace() || c == QChar(0x202F) || c == QChar(0x180E) ||
            (c.unicode() >= 0x1800 && c.unicode() <= 0x180A))
            continue;
        if (c.script() == QChar::Script_Han) {
            const QList<quint32> g = cjk.glyphIndexesForString(QString(c));
            out += QChar(char16_t(0xE000 + (g.value(0) % 0x1800)));
        } else {
            out += c;
        }
    }
    return out;
}

struct Word
{
    QString text;
    QRectF box; // points, page 1
};

/** Words of page 1 with their boxes (pdftotext -bbox), and the page's size. */
QList<Word> words(const QString &pdf, QSizeF *page)
{
    const QByteArray xml =
        runTool("pdftotext", {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                              QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    QList<Word> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("page")) {
            *page = QSizeF(a.value(QLatin1String("width")).toDouble(),
                           a.value(QLatin1String("height")).toDouble());
        } else if (r.name() == QLatin1String("word")) {
            const qreal x0 = a.value(QLatin1String("xMin")).toDouble();
            const qreal y0 = a.value(QLatin1String("yMin")).toDouble();
            const qreal x1 = a.value(QLatin1String("xMax")).toDouble();
            const qreal y1 = a.value(QLatin1String("yMax")).toDouble();
            out.append({r.readElementText(), QRectF(QPointF(x0, y0), QPointF(x1, y1))});
        }
    }
    return out;
}

QString allText(const QString &pdf)
{
    // In drawing order (-raw): a Mongolian paragraph wrapped into several columns comes back
    // whole (its text layer is drawn column after column), where the layout mode would read
    // turned columns right to left.
    return QString::fromUtf8(
        runTool("pdftotext", {QStringLiteral("-raw"), QStringLiteral("-enc"),
                              QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

/** Only the Mongolian letters and FVS of @p text: the text layer holds those alone (digits,
 *  Latin, Han and punctuation inside a Mongolian sentence are glyphs that name themselves, drawn
 *  after the layer, so in drawing order they stand apart). */
QString mongolianLetters(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if ((c.unicode() >= 0x1820 && c.unicode() <= 0x18AF) ||
            (c.unicode() >= 0x180B && c.unicode() <= 0x180D))
            out += c;
    return out;
}

bool found(const QString &pdfText, const QString &needle)
{
    if (VerticalColumns::isMongolian(needle))
        return mongolianLetters(pdfText).contains(mongolianLetters(needle));
    return fold(pdfText).contains(fold(needle));
}

QString mn(const char *zh)
{
    const QString source = QString::fromUtf8(zh);
    INFO("paper-mn.tsv has no Mongolian for " << zh);
    REQUIRE(PaperMongolian::has(source));
    const QString text = PaperMongolian::text(source);
    REQUIRE(VerticalColumns::isMongolian(text));
    return text;
}

/** The first word's top (points) that holds Mongolian, and the first that holds @p han. */
qreal topOf(const QList<Word> &ws, const std::function<bool(const QString &)> &match)
{
    qreal top = 1e9;
    for (const Word &w : ws)
        if (match(w.text))
            top = std::min(top, w.box.top());
    return top;
}

/** Renders page 1 (kept under JIUJIN_PAPER_PNG for a person to look at) and checks that
 *  nothing is drawn in the outer 10 mm of the page: the margins are 18-20 mm, so ink there
 *  is text that ran off its column or row. */
void checkMargins(const QString &pdf, const QString &prefix)
{
    runTool("pdftoppm", {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-singlefile"),
                         pdf, prefix});
    const QString png = prefix + QStringLiteral(".png");
    if (const QString keep = qEnvironmentVariable("JIUJIN_PAPER_PNG"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        const QString to = QDir(keep).filePath(QFileInfo(png).fileName());
        QFile::remove(to);
        QFile::copy(png, to);
    }
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    const int edge = qRound(10 / 25.4 * 100);
    int inkInMargin = 0, ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) > 128)
                continue;
            ++ink;
            if (x < edge || y < edge || x >= image.width() - edge || y >= image.height() - edge)
                ++inkInMargin;
        }
    CHECK(ink > 2000);
    CHECK(inkInMargin == 0);
}

/** Mongolian above the Chinese: the first Mongolian word is higher on page 1 than @p zhTitle,
 *  and every word lies inside the page. */
void checkOrderAndPage(const QString &pdf, const QString &zhTitle)
{
    QSizeF page;
    const QList<Word> ws = words(pdf, &page);
    REQUIRE(page.width() > 500); // A4: 595 pt
    for (const Word &w : ws) {
        INFO(w.text.toStdString());
        CHECK(w.box.left() >= 0);
        CHECK(w.box.right() <= page.width());
    }
    const qreal mongolianTop =
        topOf(ws, [](const QString &t) { return VerticalColumns::isMongolian(t); });
    const QString title = fold(zhTitle);
    const qreal chineseTop = topOf(ws, [&](const QString &t) { return fold(t).contains(title); });
    CHECK(mongolianTop < 1e9);
    CHECK(chineseTop < 1e9);
    CHECK(mongolianTop < chineseTop);
}

/** The kiosk's screen in English: Qt's translators answer every string with English (here a
 *  marker without Han), as jiujin_en.qm does for the strings it has. The paper must not ask. */
class EnglishScreen : public QTranslator
{
public:
    EnglishScreen() { QCoreApplication::installTranslator(this); }
    ~EnglishScreen() override { QCoreApplication::removeTranslator(this); }
    EnglishScreen(const EnglishScreen &) = delete;
    EnglishScreen &operator=(const EnglishScreen &) = delete;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *, const char *, int) const override
    {
        return marker();
    }
    static QString marker() { return QStringLiteral("EnglishScreen"); }
};

ReceiptData sampleReceipt()
{
    ReceiptData d;
    d.receiptNumber = receipt::format(u"20301", 42);
    d.itemCode = QStringLiteral("11150525MB0SB0001A415111010100001");
    d.itemName = QStringLiteral("城乡居民养老保险参保登记");
    d.department = QStringLiteral("奈曼旗人力资源和社会保障局");
    d.pointName = QStringLiteral("大沁他拉镇便民服务中心");
    d.pointPhone = QStringLiteral("0475-4212345");
    d.submittedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    d.promisedDays = 5;
    d.toFollow = {QStringLiteral("户口簿复印件")};
    d.toFollowBy = QDate::currentDate().addDays(7);
    d.committed = {QStringLiteral("无犯罪记录证明")};
    d.maskedName = QStringLiteral("张三丰"); // the writer must mask it, in both scripts
    d.onBehalf = true;
    d.staffId = QStringLiteral("S0217");
    d.sampleCodes = true;
    return d;
}
} // namespace

TEST_CASE("the paper's Mongolian table is whole and keeps U+202F and MVS", "[paper]")
{
    const QStringList sources = PaperMongolian::sources();
    CHECK(sources.size() >= 40);
    bool nnbsp = false, mvs = false;
    for (const QString &zh : sources) {
        const QString text = PaperMongolian::text(zh);
        INFO(zh.toStdString());
        CHECK(VerticalColumns::isMongolian(text));
        CHECK(text.count(QLatin1String("%")) == zh.count(QLatin1String("%")));
        nnbsp = nnbsp || text.contains(QChar(0x202F));
        mvs = mvs || text.contains(QChar(0x180E));
    }
    CHECK(nnbsp);
    CHECK(mvs);
    // A string the table lacks shows the Chinese, never a blank.
    CHECK(PaperMongolian::text(QStringLiteral("没有的字符串")) == QStringLiteral("没有的字符串"));
}

TEST_CASE("the receipt carries Mongolian above the Chinese, both searchable", "[paper]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReceiptData d = sampleReceipt();
    const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
    const auto written = writeReceiptPdf(d, pdf);
    INFO(written.error().message.toStdString());
    REQUIRE(written.ok());

    const QString text = allText(pdf);
    INFO(text.toStdString());
    for (const char *zh : {"受理回执", "受理编号", "请妥善保管本回执，凭受理编号查询办理进度。",
                           "申请人", "办理事项", "承诺办结时限", "容缺后补材料", "告知承诺材料",
                           "本回执仅证明申请已受理，不代表办理结果。"}) {
        INFO(zh);
        CHECK(found(text, mn(zh)));                // the Mongolian, as the table has it
        CHECK(found(text, QString::fromUtf8(zh))); // and the Chinese
    }
    // The number in both parts, the personal data masked in both (张**, never 三丰; an upright
    // 张 in a column is text of its own beside the turned **).
    CHECK(text.count(d.receiptNumber) >= 2);
    CHECK(text.count(QStringLiteral("张")) == 2);
    CHECK_FALSE(found(text, QStringLiteral("三丰")));
    checkOrderAndPage(pdf, QStringLiteral("受理回执"));
    checkMargins(pdf, dir.filePath(QStringLiteral("receipt")));
}

TEST_CASE("the booking ticket carries Mongolian above the Chinese", "[paper]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    TicketData d;
    d.ticket = receipt::format(u"20301", 77);
    d.itemName = QStringLiteral("城乡居民养老保险参保登记");
    d.pointName = QStringLiteral("大沁他拉镇便民服务中心");
    d.pointAddress = QStringLiteral("大沁他拉镇政府一楼");
    d.pointPhone = QStringLiteral("0475-4212345");
    // The point's `name.mn` (db/seed/mn-texts.tsv); its address has none: Chinese in the band.
    d.pointNameMn = QStringLiteral(u"ᠳᠠᠴᠢᠨ ᠲᠠᠯ\u180Eᠠ ᠪᠠᠯᠭᠠᠰᠤ\u202Fᠶᠢᠨ ᠢᠷᠭᠡᠨ\u202Fᠳᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ "
                                   u"ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ\u202Fᠶᠢᠨ ᠲᠥᠪ");
    d.start = QDateTime::currentDateTimeUtc().addDays(3);
    d.end = d.start.addSecs(1800);
    d.maskedName = QStringLiteral("王秀英");
    for (const bool requested : {false, true}) {
        d.requested = requested;
        const QString pdf =
            dir.filePath(requested ? QStringLiteral("request.pdf") : QStringLiteral("ticket.pdf"));
        REQUIRE(writeTicketPdf(d, pdf).ok());
        const QString text = allText(pdf);
        INFO(text.toStdString());
        const char *title = requested ? "预约申请凭证" : "预约凭证";
        for (const char *zh :
             {title, "预约号", "预约时间", "办理地点", "请提前10分钟到达，携带身份证。"}) {
            INFO(zh);
            CHECK(found(text, mn(zh)));
            CHECK(found(text, QString::fromUtf8(zh)));
        }
        CHECK(text.count(d.ticket) >= 2);
        CHECK(found(text, d.pointNameMn));  // the band's place, in Mongolian
        CHECK(found(text, d.pointName));    // the Chinese part's, unchanged
        CHECK(found(text, d.pointAddress)); // no address.mn: its Chinese
        CHECK_FALSE(found(text, QStringLiteral("秀英")));
        checkOrderAndPage(pdf, QString::fromUtf8(title));
        checkMargins(
            pdf, dir.filePath(requested ? QStringLiteral("request") : QStringLiteral("ticket")));
    }
}

TEST_CASE("the one-time notice carries Mongolian above the Chinese", "[paper]")
{
    TestDb t;
    const QString code = QStringLiteral("11150525MB0SB0001A415111010100001");
    const auto json = t.store->guide(code);
    REQUIRE(json.has_value());
    const Guide guide =
        Guide::from(QJsonDocument::fromJson(*json).object(), t.store->departments().front(), false);
    const QString pdf = t.dir.filePath(QStringLiteral("notice.pdf"));
    REQUIRE(NoticeWriter::write(pdf, guide, QString(), t.store->pointsHandling(code), QString(),
                                true, QDateTime::currentDateTime())
                .ok());
    const QString text = allText(pdf);
    INFO(text.toStdString());
    for (const char *zh :
         {"一次性告知书", "事项编码", "实施部门",
          "本告知书所列材料即为办理本事项的全部材料，工作人员不得要求提供告知书以外的材料。"}) {
        INFO(zh);
        CHECK(found(text, mn(zh)));
        CHECK(found(text, QString::fromUtf8(zh)));
    }
    CHECK(found(text, guide.name));
    // The agency in Mongolian in the band (the seed's agency.mn), in Chinese below.
    REQUIRE_FALSE(guide.agencyMn.isEmpty());
    CHECK(found(text, guide.agencyMn));
    CHECK(found(text, guide.agency));
    checkOrderAndPage(pdf, QStringLiteral("一次性告知书"));
    checkMargins(pdf, t.dir.filePath(QStringLiteral("notice")));
}

TEST_CASE("a band of columns wraps into rows inside its width, at 80 mm and at A4", "[paper]")
{
    // 300 dpi pixels: an 80 mm thermal roll prints 72 mm, A4 170 mm between its margins.
    const auto px = [](qreal mm) { return mm * 300 / 25.4; };
    const QString long_ = mn("您可凭受理编号在任一“就近办”自助终端的“查进度”查询办理进度%1。");
    for (const qreal width : {px(72), px(170)}) {
        VerticalBand band(width, px(60));
        band.add(mn("受理回执"), qRound(22 * 300 / 72.0));
        for (int i = 0; i < 6; ++i)
            band.add(long_, qRound(11 * 300 / 72.0));
        INFO("width " << width);
        CHECK_FALSE(band.overflowing());
        CHECK(band.rowCount() >= 2);
        int lastRow = 0;
        qreal lastRight = -1;
        for (const auto &p : band.placed()) {
            CHECK(p.box.right() <= width + 0.5);
            CHECK(p.box.bottom() <= px(60) + 0.5);
            // Left to right within a row, rows top to bottom.
            if (p.row == lastRow)
                CHECK(p.box.left() > lastRight - 0.5);
            else
                CHECK(p.row == lastRow + 1);
            lastRow = p.row;
            lastRight = p.box.right();
        }
    }
}

// The region's rules ask Mongolian and Chinese on paper whatever the screen language: on an
// English screen the slips are not Mongolian and English (docs/DESIGN.md §9f). The item's
// Mongolian name (bundle `name.mn`) is the one printed in the Mongolian part.
TEST_CASE("on an English screen the paper is Mongolian and Chinese, with the Mongolian name",
          "[paper]")
{
    TestDb t;
    const QString code = QStringLiteral("11150525MB0SB0001A415111010100001");
    const auto json = t.store->guide(code);
    REQUIRE(json.has_value());
    const QJsonObject item = QJsonDocument::fromJson(*json).object();
    const QString nameZh =
        item.value(QLatin1String("name")).toObject().value(QLatin1String("zh")).toString();
    const QString nameMn =
        item.value(QLatin1String("name")).toObject().value(QLatin1String("mn")).toString();
    REQUIRE(VerticalColumns::isMongolian(nameMn));

    const EnglishScreen english;
    REQUIRE(QCoreApplication::translate("TopBar", "返回") == EnglishScreen::marker());

    SECTION("receipt")
    {
        ReceiptData d = sampleReceipt();
        d.itemName = nameZh;
        d.itemNameMn = nameMn;
        const QString pdf = t.dir.filePath(QStringLiteral("receipt-en.pdf"));
        REQUIRE(writeReceiptPdf(d, pdf).ok());
        const QString text = allText(pdf);
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(EnglishScreen::marker()));
        for (const char *zh : {"受理回执", "受理编号", "办理事项", "承诺办结时限", "容缺后补材料",
                               "本回执仅证明申请已受理，不代表办理结果。"}) {
            INFO(zh);
            CHECK(found(text, mn(zh)));
            CHECK(found(text, QString::fromUtf8(zh)));
        }
        CHECK(found(text, nameMn));
        CHECK(found(text, nameZh));
        CHECK(found(text, QStringLiteral("%1年%2月%3日")
                              .arg(d.toFollowBy.year())
                              .arg(d.toFollowBy.month())
                              .arg(d.toFollowBy.day())));
    }
    SECTION("ticket")
    {
        TicketData d;
        d.ticket = receipt::format(u"20301", 78);
        d.itemName = nameZh;
        d.itemNameMn = nameMn;
        d.pointName = QStringLiteral("大沁他拉镇便民服务中心");
        d.start = QDateTime::currentDateTimeUtc().addDays(3);
        d.end = d.start.addSecs(1800);
        d.maskedName = QStringLiteral("王秀英");
        const QString pdf = t.dir.filePath(QStringLiteral("ticket-en.pdf"));
        REQUIRE(writeTicketPdf(d, pdf).ok());
        const QString text = allText(pdf);
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(EnglishScreen::marker()));
        for (const char *zh :
             {"预约凭证", "预约号", "预约时间", "请提前10分钟到达，携带身份证。"}) {
            INFO(zh);
            CHECK(found(text, mn(zh)));
            CHECK(found(text, QString::fromUtf8(zh)));
        }
        CHECK(found(text, nameMn));
        CHECK(found(text, nameZh));
    }
    SECTION("notice")
    {
        // The catalogue controller makes the notice's guide in Chinese whatever the screen.
        const Guide guide = Guide::from(item, t.store->departments().front(), false);
        const QString pdf = t.dir.filePath(QStringLiteral("notice-en.pdf"));
        REQUIRE(NoticeWriter::write(pdf, guide, nameMn, t.store->pointsHandling(code), QString(),
                                    true, QDateTime::currentDateTime())
                    .ok());
        const QString text = allText(pdf);
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(EnglishScreen::marker()));
        for (const char *zh :
             {"一次性告知书", "事项编码", "实施部门", "二、申请材料", "承诺办结时限"}) {
            INFO(zh);
            CHECK(found(text, QString::fromUtf8(zh)));
        }
        CHECK(found(text, mn("一次性告知书")));
        CHECK(found(text, nameMn));
        CHECK(found(text, nameZh));
        // The guide's fixed terms (material kinds, item type) are Chinese too.
        CHECK(guide.type == QStringLiteral("公共服务"));
        CHECK(found(text, guide.type));
    }
}
