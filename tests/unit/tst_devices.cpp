#include "devices.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>

using namespace jiujin;

namespace {

// Runs the event loop until @p done or @p timeoutMs; no QtTest in this binary, so no QSignalSpy.
template <typename Pred> bool waitUntil(Pred done, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Longer than the readers' settle delay, for asserting that nothing happens.
void settle()
{
    waitUntil([] { return false; }, 300);
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    REQUIRE(f.commit());
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(JIUJIN_TEST_DATA "/devices/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray image(const char *format, QRgb colour)
{
    QImage img(8, 4, QImage::Format_RGB32);
    img.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(img.save(&buffer, format));
    return bytes;
}

} // namespace

TEST_CASE("card data: fields by card name, and wipe", "[devices]")
{
    CardData c{QStringLiteral("测试人"),
               QStringLiteral("女"),
               QStringLiteral("蒙古"),
               QStringLiteral("1967-08-08"),
               QStringLiteral("15052519670808038X"),
               QStringLiteral("奈曼旗大沁他拉镇")};
    CHECK(c.value(u"name") == QStringLiteral("测试人"));
    CHECK(c.value(u"sex") == QStringLiteral("女"));
    CHECK(c.value(u"ethnicity") == QStringLiteral("蒙古"));
    CHECK(c.value(u"birth_date") == QStringLiteral("1967-08-08"));
    CHECK(c.value(u"id_number") == QStringLiteral("15052519670808038X"));
    CHECK(c.value(u"address") == QStringLiteral("奈曼旗大沁他拉镇"));
    CHECK(c.value(u"photo").isEmpty());
    CHECK(c.value(u"").isEmpty());

    const CardData copy = c;
    c.wipe();
    for (const char16_t *field :
         {u"name", u"sex", u"ethnicity", u"birth_date", u"id_number", u"address"})
        CHECK(c.value(field).isEmpty());
    CHECK(copy.name == QStringLiteral("测试人")); // a wipe never corrupts another holder's copy
}

TEST_CASE("simulated ID card reader reads a dropped card.json once and deletes it", "[devices]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SimulatedIdCardReader reader(dir.path());
    CHECK(reader.available());

    QList<CardData> cards;
    int failures = 0;
    QObject::connect(&reader, &IdCardReader::cardRead, [&](const CardData &c) { cards.append(c); });
    QObject::connect(&reader, &IdCardReader::readFailed, [&](const QString &) { ++failures; });

    const QString card = dir.filePath(QStringLiteral("card.json"));
    writeAtomically(card, fixture("card.json"));
    REQUIRE(waitUntil([&] { return !cards.isEmpty(); }));
    CHECK(cards.front().name == QStringLiteral("测试人"));
    CHECK(cards.front().sex == QStringLiteral("女"));
    CHECK(cards.front().ethnicity == QStringLiteral("蒙古"));
    CHECK(cards.front().birthDate == QStringLiteral("1967-08-08"));
    CHECK(cards.front().idNumber == QStringLiteral("15052519670808038X"));
    CHECK(cards.front().address.startsWith(QStringLiteral("内蒙古自治区")));
    CHECK_FALSE(QFile::exists(card));

    settle();
    CHECK(cards.size() == 1); // deleting the file does not read it again
    CHECK(failures == 0);

    SECTION("a second card, written non-atomically, is read too")
    {
        QFile f(card);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "第二人", "id_number": "150525199001010015"})");
        f.close();
        REQUIRE(waitUntil([&] { return cards.size() == 2; }));
        CHECK(cards.back().name == QStringLiteral("第二人"));
        CHECK(cards.back().sex.isEmpty());
        CHECK_FALSE(QFile::exists(card));
    }
    SECTION("other files in the directory are ignored")
    {
        writeAtomically(dir.filePath(QStringLiteral("card.txt")), fixture("card.json"));
        settle();
        CHECK(cards.size() == 1);
        CHECK(QFile::exists(dir.filePath(QStringLiteral("card.txt"))));
    }
}

TEST_CASE("simulated ID card reader reports a card it cannot read", "[devices]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SimulatedIdCardReader reader(dir.path());
    int cards = 0;
    QStringList failures;
    QObject::connect(&reader, &IdCardReader::cardRead, [&](const CardData &) { ++cards; });
    QObject::connect(&reader, &IdCardReader::readFailed,
                     [&](const QString &m) { failures.append(m); });
    const QString card = dir.filePath(QStringLiteral("card.json"));

    const QByteArray bad = GENERATE(
        QByteArray(R"({"name": "半张)"), QByteArray("[1, 2]"), QByteArray(R"({"name": "无号码"})"),
        QByteArray(R"({"name": "数字", "id_number": 150525199001010015})"));
    INFO(bad.toStdString());
    writeAtomically(card, bad);
    REQUIRE(waitUntil([&] { return !failures.isEmpty(); }));
    CHECK(cards == 0);
    CHECK_FALSE(failures.front().isEmpty());
    CHECK_FALSE(failures.front().contains(QStringLiteral("无号码"))); // no card data in messages
    CHECK_FALSE(QFile::exists(card));
    settle();
    CHECK(failures.size() == 1);
}

TEST_CASE("simulated ID card reader takes a card already there at start", "[devices]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeAtomically(dir.filePath(QStringLiteral("card.json")), fixture("card.json"));
    SimulatedIdCardReader reader(dir.path());
    int cards = 0;
    QObject::connect(&reader, &IdCardReader::cardRead, [&](const CardData &) { ++cards; });
    CHECK(cards == 0); // never from the constructor, before anyone could connect
    REQUIRE(waitUntil([&] { return cards == 1; }));
}

TEST_CASE("devices without a directory are unavailable and never block", "[devices]")
{
    SimulatedIdCardReader reader{QString()};
    SimulatedScanner scanner{QString()};
    SimulatedQrScanner qr{QString()};
    CHECK_FALSE(reader.available());
    CHECK_FALSE(scanner.available());
    CHECK_FALSE(qr.available());
    CHECK_FALSE(reader.property("available").toBool());

    QStringList failures;
    QObject::connect(&scanner, &DocumentScanner::scanFailed,
                     [&](const QString &m) { failures.append(m); });
    scanner.scan();
    REQUIRE(waitUntil([&] { return !failures.isEmpty(); }));
    CHECK_FALSE(failures.front().isEmpty());

    SimulatedIdCardReader missing(QStringLiteral("/nonexistent/jiujin/devices"));
    CHECK_FALSE(missing.available());
}

TEST_CASE("simulated ID card reader notices its directory going away", "[devices]")
{
    QTemporaryDir parent;
    REQUIRE(parent.isValid());
    const QString path = parent.filePath(QStringLiteral("devices"));
    REQUIRE(QDir().mkpath(path));
    SimulatedIdCardReader reader(path);
    REQUIRE(reader.available());
    int changes = 0;
    QObject::connect(&reader, &IdCardReader::availableChanged, [&] { ++changes; });
    REQUIRE(QDir(path).removeRecursively());
    REQUIRE(waitUntil([&] { return changes > 0; }));
    CHECK_FALSE(reader.available());
}

TEST_CASE("simulated scanner serves the images in scans/ in name order, then starts again",
          "[devices]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir scans(dir.filePath(QStringLiteral("scans")));
    REQUIRE(QDir().mkpath(scans.path()));
    const QByteArray first = image("PNG", qRgb(255, 0, 0));
    const QByteArray second = image("JPG", qRgb(0, 0, 255));
    writeAtomically(scans.filePath(QStringLiteral("b-page2.jpg")), second);
    writeAtomically(scans.filePath(QStringLiteral("a-page1.png")), first);
    writeAtomically(scans.filePath(QStringLiteral("c-notes.txt")), "not an image");

    SimulatedScanner scanner(dir.path());
    CHECK(scanner.available());
    QList<QPair<QByteArray, QString>> pages;
    QStringList failures;
    QObject::connect(&scanner, &DocumentScanner::scanned,
                     [&](const QByteArray &b, const QString &mime) {
                         pages.append({b, mime});
                     });
    QObject::connect(&scanner, &DocumentScanner::scanFailed,
                     [&](const QString &m) { failures.append(m); });

    scanner.scan();
    CHECK(pages.isEmpty()); // never synchronous
    REQUIRE(waitUntil([&] { return pages.size() == 1; }));
    CHECK(pages[0].first == first);
    CHECK(pages[0].second == QStringLiteral("image/png"));

    scanner.scan();
    REQUIRE(waitUntil([&] { return pages.size() == 2; }));
    CHECK(pages[1].first == second);
    CHECK(pages[1].second == QStringLiteral("image/jpeg"));
    CHECK_FALSE(QImage::fromData(pages[1].first).isNull());

    // A page added later is served next.
    const QByteArray third = image("PNG", qRgb(0, 255, 0));
    writeAtomically(scans.filePath(QStringLiteral("d-page3.png")), third);
    scanner.scan();
    REQUIRE(waitUntil([&] { return pages.size() == 3; }));
    CHECK(pages[2].first == third);

    // After the last page the scanner starts again from the first.
    scanner.scan();
    REQUIRE(waitUntil([&] { return pages.size() == 4; }));
    CHECK(pages[3].first == first);
    CHECK(failures.isEmpty());
}

TEST_CASE("simulated scanner fails when there is no scans/ directory", "[devices]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SimulatedScanner scanner(dir.path());
    CHECK(scanner.available());
    int pages = 0, failures = 0;
    QObject::connect(&scanner, &DocumentScanner::scanned,
                     [&](const QByteArray &, const QString &) { ++pages; });
    QObject::connect(&scanner, &DocumentScanner::scanFailed, [&](const QString &) { ++failures; });
    scanner.scan();
    REQUIRE(waitUntil([&] { return failures == 1; }));
    CHECK(pages == 0);
}

TEST_CASE("simulated QR scanner emits a dropped qr.txt once and deletes it", "[devices]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SimulatedQrScanner qr(dir.path());
    CHECK(qr.available());
    QStringList texts;
    QObject::connect(&qr, &QrScanner::scanned, [&](const QString &t) { texts.append(t); });

    const QString file = dir.filePath(QStringLiteral("qr.txt"));
    writeAtomically(file, "https://example.invalid/ecert?id=abc&sig=1\n");
    REQUIRE(waitUntil([&] { return texts.size() == 1; }));
    CHECK(texts[0] == QStringLiteral("https://example.invalid/ecert?id=abc&sig=1"));
    CHECK_FALSE(QFile::exists(file));

    writeAtomically(file, "第二个码");
    REQUIRE(waitUntil([&] { return texts.size() == 2; }));
    CHECK(texts[1] == QStringLiteral("第二个码"));

    writeAtomically(dir.filePath(QStringLiteral("card.json")), "{}");
    settle();
    CHECK(texts.size() == 2);
}
