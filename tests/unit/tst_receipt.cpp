#include "printer.h"
#include "receiptnumber.h"
#include "receiptwriter.h"
#include "workcalendar.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <arpa/inet.h>
#include <cups/cups.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace jiujin;

namespace {
// The tools are build/test dependencies: a missing one must fail the test, never skip it.
QString tool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    INFO(name << " is missing: install poppler-utils and zbar-tools (packaging/build-deps.txt)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

QByteArray run(const char *name, const QStringList &args)
{
    QProcess p;
    p.start(tool(name), args);
    REQUIRE(p.waitForFinished(30000));
    INFO(name << " " << args.join(QLatin1Char(' ')).toStdString() << ": "
              << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

QString zbar(const QString &png)
{
    return QString::fromUtf8(run("zbarimg", {QStringLiteral("--raw"), QStringLiteral("-q"), png}))
        .trimmed();
}

// Qt's PDF ToUnicode map names each glyph by its lowest code point, so an ideograph that shares
// its glyph with a radical comes back as the radical (民 → ⺠, 门 → ⻔, 户 → ⼾). Compare strings
// as the glyphs the receipt font draws for them; pdftotext may also break lines or space out CJK
// runs.
QString glyphs(const QString &text)
{
    static const QRawFont font = QRawFont::fromFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    REQUIRE(font.isValid());
    QString folded;
    for (const quint32 glyph : font.glyphIndexesForString(text))
        folded += QChar(char16_t(glyph));
    return folded;
}

QString pdfText(const QString &pdf)
{
    QString text = QString::fromUtf8(run(
        "pdftotext", {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

bool has(const QString &pdfText, const QString &needle)
{
    const QString wanted = glyphs(needle);
    REQUIRE_FALSE(wanted.contains(QChar(0))); // a character the font lacks would match anything
    return glyphs(pdfText).contains(wanted);
}

QString firstPagePng(const QString &pdf, const QString &prefix)
{
    run("pdftoppm",
        {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), QStringLiteral("-f"),
         QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    const QString png = prefix + QStringLiteral(".png");
    REQUIRE(QFile::exists(png));
    return png;
}

ReceiptData sample()
{
    ReceiptData d;
    d.receiptNumber = receipt::format(u"20301", 42);
    d.itemCode = QStringLiteral("11150525MB0SB0001A415111010100001");
    d.itemName = QStringLiteral("城乡居民养老保险参保登记");
    d.department = QStringLiteral("奈曼旗人力资源和社会保障局");
    d.pointName = QStringLiteral("大沁他拉镇便民服务中心");
    d.pointPhone = QStringLiteral("0475-4212345");
    // 02:05 UTC is 10:05 in Shanghai; the receipt must not print the UTC time.
    d.submittedAt = QDateTime(QDate(2026, 11, 27), QTime(2, 5), QTimeZone::utc());
    d.promisedDays = 5;
    d.toFollow = {QStringLiteral("户口簿复印件")};
    d.toFollowBy = WorkCalendar::china().addWorkingDays(QDate(2026, 11, 27), 5);
    d.committed = {QStringLiteral("无犯罪记录证明")};
    d.maskedName = QStringLiteral("张三丰"); // deliberately unmasked: the writer must mask it
    d.onBehalf = true;
    d.staffId = QStringLiteral("S0217");
    d.sampleCodes = true;
    return d;
}
} // namespace

TEST_CASE("Damm check digits match the published examples", "[receipt]")
{
    CHECK(receipt::dammCheckDigit(u"572") == 4); // Wikipedia, "Damm algorithm"
    CHECK(receipt::dammCheckDigit(u"5724") == 0);
    CHECK(receipt::dammCheckDigit(u"") == 0);
    CHECK(receipt::dammCheckDigit(u"57a") == -1);
    CHECK(receipt::dammCheckDigit(u"５72") == -1);
}

TEST_CASE("receipt numbers are formatted from kiosk tag and sequence", "[receipt]")
{
    CHECK(receipt::format(u"20301", 42) == QStringLiteral("20301-000042-1"));
    CHECK(receipt::format(u"20301", 1) ==
          QStringLiteral("20301-000001-") + QChar(u'0' + receipt::dammCheckDigit(u"20301000001")));
    CHECK(receipt::format(u"99999", 999999).size() == 14);
    CHECK(receipt::format(u"20301", 0).isNull());
    CHECK(receipt::format(u"20301", -5).isNull());
    CHECK(receipt::format(u"20301", 1000000).isNull());
    CHECK(receipt::format(u"2030", 42).isNull());
    CHECK(receipt::format(u"203011", 42).isNull());
    CHECK(receipt::format(u"2030a", 42).isNull());
    for (qint64 seq : {1, 42, 1000, 123456, 999999}) {
        const QString n = receipt::format(u"15301", seq);
        CHECK(receipt::normalise(n) == n);
    }
}

TEST_CASE("every single-digit error and adjacent transposition is rejected", "[receipt]")
{
    for (qint64 seq : {42, 7, 508913, 999999}) {
        const QString canonical = receipt::format(u"20301", seq);
        REQUIRE(receipt::normalise(canonical) == canonical);
        QString digits = canonical;
        digits.remove(QLatin1Char('-'));
        REQUIRE(digits.size() == 12);
        int tried = 0;
        for (int i = 0; i < digits.size(); ++i) {
            for (char c = '0'; c <= '9'; ++c) {
                if (digits[i] == QLatin1Char(c))
                    continue;
                QString wrong = digits;
                wrong[i] = QLatin1Char(c);
                INFO(wrong.toStdString());
                CHECK_FALSE(receipt::normalise(wrong).has_value());
                ++tried;
            }
        }
        CHECK(tried == 12 * 9);
        for (int i = 0; i + 1 < digits.size(); ++i) {
            if (digits[i] == digits[i + 1])
                continue;
            QString swapped = digits;
            std::swap(swapped[i], swapped[i + 1]);
            INFO(swapped.toStdString());
            CHECK_FALSE(receipt::normalise(swapped).has_value());
        }
    }
}

TEST_CASE("typed receipt numbers are normalised", "[receipt]")
{
    const QString n = QStringLiteral("20301-000042-1");
    CHECK(receipt::normalise(u"203010000421") == n);
    CHECK(receipt::normalise(u"20301 000042 1") == n);
    CHECK(receipt::normalise(u" 203 01-0000 42-1 ") == n);
    CHECK(receipt::normalise(u"２０３０１－００００４２－１") == n);
    CHECK(receipt::normalise(u"２０３０１\u3000００００４２\u3000１") == n);
    CHECK(receipt::normalise(u"20301—000042—1") == n); // an IME's em dash

    CHECK_FALSE(receipt::normalise(u"").has_value());
    CHECK_FALSE(receipt::normalise(u"20301-000042").has_value());
    CHECK_FALSE(receipt::normalise(u"20301-000042-1-1").has_value());
    CHECK_FALSE(receipt::normalise(u"20301-00004x-1").has_value());
    CHECK_FALSE(receipt::normalise(u"20301/000042/1").has_value());
    // A valid check digit does not make sequence 0, which format() never issues, acceptable.
    const QString zero =
        QStringLiteral("20301000000") + QChar(u'0' + receipt::dammCheckDigit(u"20301000000"));
    CHECK_FALSE(receipt::normalise(zero).has_value());
}

TEST_CASE("a number being typed is grouped as on the receipt, as far as it goes", "[receipt]")
{
    CHECK(receipt::typedDigits(u"").isEmpty());
    CHECK(receipt::typedDigits(u"20 3-0１x") == QLatin1String("20301"));
    CHECK(receipt::typedDigits(u"2030100004210999") == QLatin1String("203010000421"));
    CHECK(receipt::grouped(u"").isEmpty());
    CHECK(receipt::grouped(u"203") == QLatin1String("203"));
    CHECK(receipt::grouped(u"20301") == QLatin1String("20301"));
    CHECK(receipt::grouped(u"203010") == QLatin1String("20301-0"));
    CHECK(receipt::grouped(u"20301000042") == QLatin1String("20301-000042"));
    CHECK(receipt::grouped(u"203010000421") == QLatin1String("20301-000042-1"));
    // The same grouping as the numbers the kiosk issues.
    CHECK(receipt::grouped(receipt::typedDigits(receipt::format(u"20301", 42))) ==
          receipt::format(u"20301", 42));
}

TEST_CASE("due dates count open days on central's working calendar", "[receipt]")
{
    // The kiosk's 容缺 due dates and central's slots use one calendar (sync/protocol).
    const WorkCalendar &c = WorkCalendar::china();
    const QDate friday(2026, 11, 27);
    REQUIRE(friday.dayOfWeek() == 5);
    CHECK(c.addWorkingDays(friday, 0) == friday);
    CHECK(c.addWorkingDays(friday, -3) == friday);
    CHECK(c.addWorkingDays(friday, 1) == QDate(2026, 11, 30));
    CHECK(c.addWorkingDays(friday, 5) == QDate(2026, 12, 4));
    CHECK(c.addWorkingDays(QDate(2026, 11, 28), 1) == QDate(2026, 11, 30)); // from a Saturday
    CHECK(c.addWorkingDays(QDate(2026, 11, 25), 10) == QDate(2026, 12, 9));
    CHECK_FALSE(c.addWorkingDays(QDate(), 3).isValid());
    // 国庆节: 10-01..07 closed, Saturday 10-10 worked (调休).
    CHECK(c.addWorkingDays(QDate(2026, 9, 30), 1) == QDate(2026, 10, 8));
    CHECK(c.addWorkingDays(QDate(2026, 9, 30), 3) == QDate(2026, 10, 10));
    // 春节: Saturday 02-14 worked, 02-15..23 closed.
    CHECK(c.addWorkingDays(QDate(2026, 2, 13), 1) == QDate(2026, 2, 14));
    CHECK(c.addWorkingDays(QDate(2026, 2, 13), 2) == QDate(2026, 2, 24));
    // 5 working days from the eve of 元旦: 01-01..03 closed, Sunday 01-04 worked.
    CHECK(c.addWorkingDays(QDate(2025, 12, 31), 5) == QDate(2026, 1, 8));
}

TEST_CASE("the QR image decodes to its text", "[receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString number = receipt::format(u"20301", 42);
    const QImage image = qrImage(number, 4);
    REQUIRE_FALSE(image.isNull());
    // 14 bytes at level M fit version 1 (21 modules) plus the 4-module quiet zone on each side.
    CHECK(image.width() == (21 + 8) * 4);
    CHECK(image.height() == image.width());
    CHECK(qGray(image.pixel(0, 0)) == 255);
    CHECK(qGray(image.pixel(4 * 4 - 1, 4 * 4 - 1)) == 255); // quiet zone ends here
    CHECK(qGray(image.pixel(4 * 4, 4 * 4)) == 0);           // top-left finder pattern starts here
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    REQUIRE(image.save(png));
    CHECK(zbar(png) == number);

    CHECK(qrImage(number, 0).isNull());
    CHECK(qrImage(QString(), 4).isNull());
    CHECK(qrImage(QString(8000, QLatin1Char('x')), 1).isNull()); // beyond version 40
}

TEST_CASE("the receipt PDF shows the number, its QR code and what to hand in later", "[receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReceiptData d = sample();
    REQUIRE(d.toFollowBy == QDate(2026, 12, 4));
    const QString pdf = dir.filePath(QStringLiteral("20301-000042-1.pdf"));
    const auto written = writeReceiptPdf(d, pdf);
    INFO(written.error().message.toStdString());
    REQUIRE(written.ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("20301-000042-1.pdf")});

    const QString png = firstPagePng(pdf, dir.filePath(QStringLiteral("page")));
    CHECK(zbar(png) == d.receiptNumber);
    // For the person who looks at the rendering (CONVENTIONS: screens are checked by eye).
    if (const QString keep = qEnvironmentVariable("JIUJIN_RECEIPT_PNG"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(png, keep);
        QFile::remove(keep + QStringLiteral(".pdf"));
        QFile::copy(pdf, keep + QStringLiteral(".pdf"));
    }

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(has(text, QStringLiteral("受理回执")));
    CHECK(has(text, d.receiptNumber));
    CHECK(has(text, QStringLiteral("户口簿复印件")));
    CHECK(has(text, QStringLiteral("请于2026年12月4日前补交")));
    CHECK(has(text, QStringLiteral("无犯罪记录证明")));
    CHECK(has(text, QStringLiteral("城乡居民养老保险参保登记")));
    CHECK(has(text, d.itemCode + QStringLiteral("（示例编码）")));
    CHECK(has(text, QStringLiteral("5个工作日")));
    CHECK(has(text, QStringLiteral("2026-11-2710:05"))); // Shanghai time, whitespace removed
    CHECK(has(text, QStringLiteral("代办")));
    CHECK(has(text, QStringLiteral("S0217")));
    CHECK(has(text, QStringLiteral("0475-4212345")));
    CHECK(has(text, QStringLiteral("查进度")));
    CHECK(has(text, QStringLiteral("张**")));
    CHECK_FALSE(has(text, QStringLiteral("三丰")));
    CHECK_FALSE(has(text, QStringLiteral("三")));
}

TEST_CASE("a receipt without follow-ups says 即办 and omits the empty sections", "[receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ReceiptData d = sample();
    d.receiptNumber = receipt::format(u"20302", 7);
    d.promisedDays = 0;
    d.toFollow.clear();
    d.toFollowBy = QDate();
    d.committed.clear();
    d.onBehalf = false;
    d.sampleCodes = false;
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(writeReceiptPdf(d, pdf).ok());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(has(text, QStringLiteral("即办")));
    CHECK_FALSE(has(text, QStringLiteral("工作日")));
    CHECK_FALSE(has(text, QStringLiteral("容缺")));
    CHECK_FALSE(has(text, QStringLiteral("告知承诺")));
    CHECK_FALSE(has(text, QStringLiteral("代办")));
    CHECK_FALSE(has(text, QStringLiteral("示例编码")));
    CHECK(zbar(firstPagePng(pdf, dir.filePath(QStringLiteral("page")))) == d.receiptNumber);
}

TEST_CASE("receipt PDF errors are reported, nothing half-written is left", "[receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReceiptData good = sample();

    const auto missingDir = writeReceiptPdf(good, dir.filePath(QStringLiteral("no/such/r.pdf")));
    REQUIRE_FALSE(missingDir.ok());
    CHECK(missingDir.error().code == Error::Io);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));

    const auto proc = writeReceiptPdf(good, QStringLiteral("/proc/jiujin-receipt.pdf"));
    REQUIRE_FALSE(proc.ok());
    CHECK(proc.error().code == Error::Io);

    ReceiptData bad = good;
    bad.receiptNumber = QStringLiteral("20301-000042-2");
    const QString path = dir.filePath(QStringLiteral("bad.pdf"));
    CHECK(writeReceiptPdf(bad, path).error().code == Error::Invalid);
    bad = good;
    bad.receiptNumber = QStringLiteral("203010000421"); // valid but not canonical
    CHECK(writeReceiptPdf(bad, path).error().code == Error::Invalid);
    bad = good;
    bad.toFollowBy = QDate();
    CHECK(writeReceiptPdf(bad, path).error().code == Error::Invalid);
    bad = good;
    bad.submittedAt = QDateTime();
    CHECK(writeReceiptPdf(bad, path).error().code == Error::Invalid);
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("the file printer copies the PDF under its own name", "[receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("20301-000042-1.pdf"));
    REQUIRE(writeReceiptPdf(sample(), pdf).ok());
    QFile in(pdf);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();

    const QString out = dir.filePath(QStringLiteral("printed/today"));
    FilePrinter printer(out);
    const auto where = printer.print(pdf);
    INFO(where.error().message.toStdString());
    REQUIRE(where.ok());
    CHECK(where.value() == QDir(out).absoluteFilePath(QStringLiteral("20301-000042-1.pdf")));
    QFile copy(where.value());
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == bytes);
    copy.close();

    // A reprint replaces the earlier copy.
    QFile stale(where.value());
    REQUIRE(stale.open(QIODevice::WriteOnly | QIODevice::Truncate));
    stale.write("stale");
    stale.close();
    REQUIRE(printer.print(pdf).ok());
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == bytes);

    const auto missing = printer.print(dir.filePath(QStringLiteral("none.pdf")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::NotFound);
    CHECK_FALSE(FilePrinter(QStringLiteral("/proc/jiujin/receipts")).print(pdf).ok());
}

TEST_CASE("makePrinter reads the printer setting", "[receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(writeReceiptPdf(sample(), pdf).ok());
    const QString fallback = dir.filePath(QStringLiteral("fallback"));
    const QString chosen = dir.filePath(QStringLiteral("chosen"));

    auto cups = makePrinter(QStringLiteral("cups:Kiosk_Printer"), fallback);
    CHECK(dynamic_cast<CupsPrinter *>(cups.get()) != nullptr);

    auto file = makePrinter(QStringLiteral("file:") + chosen, fallback);
    REQUIRE(dynamic_cast<FilePrinter *>(file.get()) != nullptr);
    REQUIRE(file->print(pdf).ok());
    CHECK(QFile::exists(QDir(chosen).filePath(QStringLiteral("r.pdf"))));

    for (const QString &setting : {QString(), QStringLiteral("file:"), QStringLiteral("lpr:x")}) {
        auto p = makePrinter(setting, fallback);
        REQUIRE(dynamic_cast<FilePrinter *>(p.get()) != nullptr);
        REQUIRE(p->print(pdf).ok());
    }
    CHECK(QFile::exists(QDir(fallback).filePath(QStringLiteral("r.pdf"))));
}

TEST_CASE("printing to a missing CUPS destination fails quickly", "[receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(writeReceiptPdf(sample(), pdf).ok());

    QElapsedTimer timer;
    timer.start();
    CupsPrinter printer(QStringLiteral("JiuJin_No_Such_Printer_7f3a"));
    const auto result = printer.print(pdf);
    const qint64 ms = timer.elapsed();
    REQUIRE_FALSE(result.ok());
    INFO("CUPS answered in " << ms << " ms: " << result.error().message.toStdString());
    CHECK_FALSE(result.error().message.isEmpty());
    // NotFound with a running cupsd; Io where no scheduler runs (as on the build machines).
    CHECK((result.error().code == Error::NotFound || result.error().code == Error::Io));
    CHECK(ms < 5000);

    const auto noFile = printer.print(dir.filePath(QStringLiteral("none.pdf")));
    REQUIRE_FALSE(noFile.ok());
    CHECK(noFile.error().code == Error::NotFound);
}

TEST_CASE("a CUPS scheduler that never answers does not hang the caller", "[receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(writeReceiptPdf(sample(), pdf).ok());

    // A socket that listens and never accepts: the kernel completes the TCP handshake, so the
    // client connects and then waits for an answer that never comes (a hung cupsd).
    struct Fd
    {
        int fd;
        ~Fd() { ::close(fd); }
    } silent{::socket(AF_INET, SOCK_STREAM, 0)};
    REQUIRE(silent.fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(silent.fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(silent.fd, 8) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(::getsockname(silent.fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
    const QByteArray server = "127.0.0.1:" + QByteArray::number(ntohs(addr.sin_port));
    cupsSetServer(server.constData()); // libcups keeps this per thread
    struct Reset
    {
        ~Reset() { cupsSetServer(nullptr); }
    } reset;

    for (const QString &queue : {QStringLiteral("Kiosk_Printer"), QString()}) {
        QElapsedTimer timer;
        timer.start();
        const auto result = CupsPrinter(queue).print(pdf);
        const qint64 ms = timer.elapsed();
        REQUIRE_FALSE(result.ok());
        INFO("queue '" << queue.toStdString() << "': " << ms
                       << " ms: " << result.error().message.toStdString());
        CHECK(result.error().code == Error::Io);
        CHECK(ms < 10000);
    }
}
