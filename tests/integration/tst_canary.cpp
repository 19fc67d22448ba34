// Invariants 4 and 8: a scripted visit plants canary values (name and ID from the card reader, a
// typed phone and multi-line text, a scanned page); afterwards no file the kiosk wrote, no temp
// file and no log line holds any of them in the clear, and the form is empty.
#include "applycontroller.h"
#include "integration.h"
#include "kioskcontext.h"
#include "kiosksession.h"
#include "uihelpers.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {

QMutex logMutex;
QStringList capturedLogs;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    capturedLogs.append(QString::fromLatin1(context.category ? context.category : "") +
                        QLatin1String(": ") + message);
}

const QString canaryName = QStringLiteral("测试金丝雀乌力吉");
const QString canaryId = QStringLiteral("11010519491231002X");
const QString canaryPhoneTyped = QStringLiteral("139 0471 5926");
const QString canaryPhone = QStringLiteral("13904715926");
const QString canaryAddress = QStringLiteral("奈曼旗金丝雀嘎查七十七号");
const QString canaryLine1 = QStringLiteral("金丝雀心愿第一行");
const QString canaryLine2 = QStringLiteral("第二行雀鸣声声");
const QByteArray canaryScan = "CANARY-SCAN-7f3a9c41e2";
const QString canaryCertificate = QStringLiteral("ECERT-CANARY-Q7W3");

/** Every canary in every encoding worth grepping for, with a label for the report. */
QList<QPair<QString, QByteArray>> needles()
{
    QList<QPair<QString, QByteArray>> out;
    const QStringList texts = {canaryName,
                               canaryName.left(4),
                               canaryId,
                               canaryId.left(17),
                               canaryId.toLower(),
                               canaryPhoneTyped,
                               canaryPhone,
                               canaryAddress,
                               canaryLine1,
                               canaryLine2,
                               QString::fromLatin1(canaryScan),
                               canaryCertificate};
    for (const QString &t : texts) {
        out.append({t + QLatin1String(" (UTF-8)"), t.toUtf8()});
        out.append({t + QLatin1String(" (UTF-16LE)"),
                    QByteArray(reinterpret_cast<const char *>(t.utf16()), t.size() * 2)});
        QByteArray be;
        for (QChar c : t)
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        out.append({t + QLatin1String(" (UTF-16BE)"), be});
    }
    return out;
}

/** What canaries @p bytes holds in the clear; empty when none. */
QStringList canariesIn(const QByteArray &bytes)
{
    QStringList found;
    for (const auto &[label, needle] : needles())
        if (bytes.contains(needle))
            found.append(label);
    return found;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

/** Every file under @p dirs and the named @p files, with the canaries each holds. */
QStringList sweep(const QStringList &dirs, const QStringList &files)
{
    QStringList all = files;
    for (const QString &dir : dirs)
        all += filesUnder(dir);
    QStringList leaks;
    for (const QString &path : all) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = f.readAll();
        // A PDF keeps its text in compressed streams: read it as text too.
        if (path.endsWith(QLatin1String(".pdf")) &&
            !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess pdf;
            pdf.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
            pdf.waitForFinished(20000);
            bytes += pdf.readAllStandardOutput();
        }
        for (const QString &c : canariesIn(bytes))
            leaks.append(path + QLatin1String(": ") + c);
    }
    return leaks;
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QFile f(path + QLatin1String(".part"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    REQUIRE(QFile::rename(path + QLatin1String(".part"), path));
}

} // namespace

TEST_CASE("a visit leaves no canary in the clear on disk or in the logs", "[privacy-canary]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QDir r(root.path());
    for (const char *sub : {"state", "tmp", "devices/scans"})
        REQUIRE(r.mkpath(QLatin1String(sub)));
    const QString stateDir = r.filePath(QStringLiteral("state"));
    const QString tmpDir = r.filePath(QStringLiteral("tmp"));
    const QString devices = r.filePath(QStringLiteral("devices"));
    const QString dbPath = QDir(stateDir).filePath(QStringLiteral("kiosk.db"));
    qputenv("TMPDIR", QFile::encodeName(tmpDir));
    REQUIRE(QDir::tempPath() == QDir(tmpDir).canonicalPath());
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
    capturedLogs.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    // The finder itself must find what it looks for.
    REQUIRE_FALSE(canariesIn(canaryName.toUtf8()).isEmpty());
    REQUIRE_FALSE(canariesIn(QByteArray(reinterpret_cast<const char *>(canaryId.utf16()),
                                        canaryId.size() * 2))
                      .isEmpty());
    REQUIRE(canariesIn(QStringLiteral("测**").toUtf8()).isEmpty());

    auto central = protocol::Key::generate(protocol::Suite::Intl);
    REQUIRE(central.ok());
    {
        auto db = Database::open(dbPath);
        REQUIRE(db.ok());
        REQUIRE(test::provision(*db.value(), QStringLiteral(JIUJIN_SEED), central.value()).ok());
    }
    // A scanned page with a canary inside (a real scanner's bytes would be a photo).
    QByteArray scan("\x89PNG\r\n\x1a\n");
    scan += QByteArray(2048, '\x11') + canaryScan + QByteArray(2048, '\x22');
    writeAtomically(QDir(devices).filePath(QStringLiteral("scans/page-1.png")), scan);

    QString receipt;
    {
        QQmlEngine engine;
        auto context = KioskContext::create(
            engine,
            {stateDir, devices,
             QStringLiteral("file:") + QDir(stateDir).filePath(QStringLiteral("printed")),
             QString()},
            KioskContext::openDatabase(dbPath));
        INFO((context ? QString() : context.error().message).toStdString());
        REQUIRE(context.ok());
        KioskSession &session = context.value()->session();
        ApplyController *apply = ApplyController::create(&engine, &engine);
        REQUIRE(apply);
        REQUIRE(apply->start(test::unemploymentItem, false));
        FormModel &form = *apply->fields();
        MaterialChoiceModel &materials = *apply->materials();

        // The citizen puts the card on the reader.
        const QJsonObject card{{QStringLiteral("name"), canaryName},
                               {QStringLiteral("sex"), QStringLiteral("男")},
                               {QStringLiteral("ethnicity"), QStringLiteral("蒙古")},
                               {QStringLiteral("birth_date"), QStringLiteral("1949-12-31")},
                               {QStringLiteral("id_number"), canaryId},
                               {QStringLiteral("address"), canaryAddress}};
        writeAtomically(QDir(devices).filePath(QStringLiteral("card.json")),
                        QJsonDocument(card).toJson());
        REQUIRE(test::waitFor([&] { return apply->cardRead(); }));
        CHECK(test::valueOf(form, QStringLiteral("name")) == canaryName);
        CHECK(test::valueOf(form, QStringLiteral("id_number")) == canaryId);
        CHECK_FALSE(QFile::exists(
            QDir(devices).filePath(QStringLiteral("card.json")))); // taken off the reader

        // ... types the rest.
        form.setValue(test::rowOf(form, QStringLiteral("phone")), canaryPhoneTyped);
        form.setValue(test::rowOf(form, QStringLiteral("reason")), QStringLiteral("contract_end"));
        form.setValue(test::rowOf(form, QStringLiteral("education")), QStringLiteral("senior"));
        form.setValue(test::rowOf(form, QStringLiteral("job_wish")),
                      canaryLine1 + QLatin1Char('\n') + canaryLine2);
        REQUIRE(apply->checkForm());

        // ... scans the card copy, shows the e-certificate, and uses 容缺 and 告知承诺.
        apply->attachPicture(0);
        REQUIRE(test::waitFor([&] {
            return materials.data(materials.index(0), MaterialChoiceModel::PicturesRole).toInt() ==
                   1;
        }));
        materials.waitForCertificate(1);
        writeAtomically(QDir(devices).filePath(QStringLiteral("qr.txt")),
                        canaryCertificate.toUtf8());
        REQUIRE(test::waitFor([&] {
            return materials.data(materials.index(1), MaterialChoiceModel::ChoiceRole).toString() ==
                   QLatin1String("e_certificate");
        }));
        materials.markToFollow(2);
        materials.markCommitted(3);
        REQUIRE(apply->checkMaterials());
        apply->setConsented(true);
        INFO(apply->submitError().toStdString());
        REQUIRE(apply->submit());
        receipt = apply->receipt();
        REQUIRE_FALSE(receipt.isEmpty());

        apply->print();
        REQUIRE(test::waitFor(
            [&] { return apply->printStatus() == QStringLiteral("回执已打印，请取走。"); }, 30000));
        REQUIRE(apply->rate(1, {QStringLiteral("态度好")}));

        session.finish();
        test::waitFor([] { return false; }, 200); // let queued events and deferred deletes run
        CHECK(form.rowCount() == 0);
        CHECK(materials.rowCount() == 0);
        CHECK_FALSE(apply->active());
        CHECK(apply->receipt().isEmpty());

        // The files as they are while the kiosk runs, database connection open.
        const QStringList leaks = sweep({stateDir, tmpDir}, {});
        INFO("leaks while running:\n" << leaks.join(QLatin1Char('\n')).toStdString());
        CHECK(leaks.isEmpty());
    }
    qInstallMessageHandler(previous);

    // The canaries did go in: sealed, and central can read them.
    {
        auto db = Database::open(dbPath);
        REQUIRE(db.ok());
        const auto record = OutboxStore(*db.value()).byReceipt(receipt);
        REQUIRE(record.has_value());
        auto opened = test::openRecord(*db.value(), record->uuid, {&central.value()});
        REQUIRE(opened.ok());
        const QJsonObject fields = opened.value().payload.value(QLatin1String("fields")).toObject();
        CHECK(fields.value(QLatin1String("name")).toString() == canaryName);
        CHECK(fields.value(QLatin1String("id_number")).toString() == canaryId);
        CHECK(fields.value(QLatin1String("phone")).toString() == canaryPhone);
        CHECK(fields.value(QLatin1String("job_wish")).toString() ==
              canaryLine1 + QLatin1Char('\n') + canaryLine2);
        REQUIRE(opened.value().attachments.size() == 1);
        CHECK(opened.value().attachments.at(0).contains(canaryScan));
        CHECK(QJsonDocument(opened.value().payload).toJson().contains(canaryCertificate.toUtf8()));
    }

    // Positive control on real files: the scanner's input page holds the picture canary.
    CHECK_FALSE(sweep({devices}, {}).isEmpty());

    // After shutdown (WAL checkpointed into the database file) and in everything logged.
    QStringList files = filesUnder(stateDir);
    CHECK(files.contains(
        QDir(stateDir).filePath(QStringLiteral("printed/受理回执-%1.pdf").arg(receipt))));
    const QStringList leaks = sweep({stateDir, tmpDir}, {});
    INFO("leaks after shutdown:\n" << leaks.join(QLatin1Char('\n')).toStdString());
    CHECK(leaks.isEmpty());
    REQUIRE_FALSE(capturedLogs.isEmpty());
    const QStringList logLeaks = canariesIn(capturedLogs.join(QLatin1Char('\n')).toUtf8());
    INFO("captured " << capturedLogs.size() << " log lines; canaries in them: "
                     << logLeaks.join(QLatin1String(", ")).toStdString());
    CHECK(logLeaks.isEmpty());
    // The receipt shows the name masked, which is allowed and expected.
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess pdf;
        pdf.start(QStringLiteral("pdftotext"),
                  {QDir(stateDir).filePath(QStringLiteral("printed/受理回执-%1.pdf").arg(receipt)),
                   QStringLiteral("-")});
        REQUIRE(pdf.waitForFinished(20000));
        const QString text = QString::fromUtf8(pdf.readAllStandardOutput());
        INFO("pdftotext: " << pdf.readAllStandardError().toStdString() << text.toStdString());
        CHECK(text.contains(receipt));
        WARN("receipt shows the masked name: " << (text.contains(QStringLiteral("测*")) ? "yes"
                                                                                        : "no"));
    }
}
