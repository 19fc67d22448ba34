// The receipt and the booking ticket the controllers write carry the item's Mongolian name (the
// bundle's `name.mn`) and its Chinese name, whatever the screen language: on an English screen
// they are Mongolian and Chinese, not Mongolian and English (docs/DESIGN.md §9f).
#include "applycontroller.h"
#include "bookingcontroller.h"
#include "bookingstore.h"
#include "chinatime.h"
#include "integration.h"
#include "kioskcontext.h"
#include "kiosksession.h"
#include "uihelpers.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {

/** The PDF's text in drawing order (a Mongolian paragraph over several columns comes back
 *  whole). */
QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext is missing: install poppler-utils (packaging/build-deps.txt)");
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                   QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** Only the Mongolian letters and FVS: what the PDF's Mongolian text layer holds (§9f). */
QString letters(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if ((c.unicode() >= 0x1820 && c.unicode() <= 0x18AF) ||
            (c.unicode() >= 0x180B && c.unicode() <= 0x180D))
            out += c;
    return out;
}

/** The item's name in @p language as the catalogue has it. */
QString nameOf(const QString &dbPath, const QString &code, const char *language)
{
    auto db = Database::open(dbPath);
    REQUIRE(db.ok());
    const auto guide = CatalogueStore(*db.value()).guide(code);
    REQUIRE(guide.has_value());
    return QJsonDocument::fromJson(*guide)
        .object()
        .value(QLatin1String("name"))
        .toObject()
        .value(QLatin1String(language))
        .toString();
}

/** Han as extracted: pdftotext may name a glyph shared with a Kangxi radical by the radical. */
QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

struct Slot
{
    QString day, id;
};

/** One bookable SAMPLE slot on this kiosk's lease, two working days ahead at 10:00 (+08). */
Slot writeSlot(const QString &dbPath)
{
    auto db = Database::open(dbPath);
    REQUIRE(db.ok());
    const QString point = CatalogueStore(*db.value()).setting(QStringLiteral("point"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDate day = chinaDate(now).addDays(2);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    const QDateTime start = chinaTime(day, QTime(10, 0));
    const QString id = QStringLiteral("%1/%2").arg(
        point, QDateTime(day, QTime(10, 0)).toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    BookingStore store(*db.value());
    REQUIRE(store.replaceSlots({{id, point, start, start.addSecs(1800), 4, 2, now}}).ok());
    REQUIRE(store.applyLease(id, 2, start.addSecs(-1800), false, now).ok());
    return {day.toString(Qt::ISODate), id};
}

} // namespace

TEST_CASE("on an English screen the controllers print the item's Mongolian and Chinese names",
          "[paper-language]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QDir r(root.path());
    for (const char *sub : {"state", "devices/scans"})
        REQUIRE(r.mkpath(QLatin1String(sub)));
    const QString stateDir = r.filePath(QStringLiteral("state"));
    const QString devices = r.filePath(QStringLiteral("devices"));
    const QString dbPath = QDir(stateDir).filePath(QStringLiteral("kiosk.db"));
    auto central = protocol::Key::generate(protocol::Suite::Intl);
    REQUIRE(central.ok());
    {
        auto db = Database::open(dbPath);
        REQUIRE(db.ok());
        REQUIRE(test::provision(*db.value(), QStringLiteral(JIUJIN_SEED), central.value()).ok());
    }
    const Slot slot = writeSlot(dbPath);
    const QString item = test::unemploymentItem;
    const QString zh = nameOf(dbPath, item, "zh");
    const QString mn = nameOf(dbPath, item, "mn");
    const QString en = nameOf(dbPath, item, "en");
    REQUIRE_FALSE(zh.isEmpty());
    REQUIRE_FALSE(letters(mn).isEmpty());
    REQUIRE_FALSE(en.isEmpty());

    QQmlEngine engine;
    auto context = KioskContext::create(engine, {stateDir, devices, QString(), QString()},
                                        KioskContext::openDatabase(dbPath));
    INFO((context ? QString() : context.error().message).toStdString());
    REQUIRE(context.ok());
    KioskSession &session = context.value()->session();
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.english());

    SECTION("receipt")
    {
        ApplyController *apply = ApplyController::create(&engine, &engine);
        REQUIRE(apply);
        REQUIRE(apply->start(item, false));
        CHECK(apply->itemName() == en); // the screen is English
        FormModel &form = *apply->fields();
        const Application sample = test::unemployment();
        for (auto it = sample.values.cbegin(); it != sample.values.cend(); ++it)
            form.setValue(test::rowOf(form, it.key()), it.value());
        INFO(apply->submitError().toStdString());
        REQUIRE(apply->checkForm());
        MaterialChoiceModel &materials = *apply->materials();
        materials.addPicture(0, QByteArrayLiteral("\x89PNG sample"), QStringLiteral("image/png"));
        materials.waitForCertificate(1);
        materials.certificateScanned(QStringLiteral("SAMPLE-ECERT-0001"));
        materials.markToFollow(2);
        materials.markCommitted(3);
        REQUIRE(apply->checkMaterials());
        apply->setConsented(true);
        REQUIRE(apply->submit());
        apply->print();
        const QString pdf = QDir(stateDir).filePath(
            QStringLiteral("receipts/受理回执-%1.pdf").arg(apply->receipt()));
        REQUIRE(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        INFO(text.toStdString());
        CHECK(letters(text).contains(letters(mn)));
        CHECK(folded(text).contains(folded(zh)));
        CHECK(folded(text).contains(folded(QStringLiteral("受理回执"))));
        CHECK_FALSE(text.contains(en));
        CHECK_FALSE(text.contains(QLatin1String("Receipt")));
        session.finish();
    }
    SECTION("booking ticket")
    {
        BookingController *booking = BookingController::create(&engine, &engine);
        REQUIRE(booking);
        REQUIRE(booking->start(item));
        CHECK(booking->itemName() == en);
        booking->chooseDay(slot.day);
        REQUIRE(booking->chooseSlot(slot.id, false));
        FormModel &form = *booking->fields();
        form.setValue(test::rowOf(form, QStringLiteral("name")), QStringLiteral("巴特尔"));
        form.setValue(test::rowOf(form, QStringLiteral("phone")), QStringLiteral("13947512386"));
        REQUIRE(booking->checkForm());
        REQUIRE(booking->confirm());
        booking->print();
        const QString pdf = QDir(stateDir).filePath(
            QStringLiteral("tickets/预约凭证-%1.pdf").arg(booking->ticket()));
        REQUIRE(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        INFO(text.toStdString());
        CHECK(letters(text).contains(letters(mn)));
        CHECK(folded(text).contains(folded(zh)));
        CHECK(folded(text).contains(folded(QStringLiteral("预约凭证"))));
        CHECK_FALSE(text.contains(en));
        session.finish();
    }
}
