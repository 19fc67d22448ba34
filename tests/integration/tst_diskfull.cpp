// Disk full: the database on a tiny tmpfs (in a private mount namespace) fills up. submit()
// must answer Error::Full and leave no half record; the screen keeps what the citizen typed and
// the same application goes through once space is freed.
#include "applycontroller.h"
#include "integration.h"
#include "kioskcontext.h"
#include "uihelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <linux/magic.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>

using namespace jiujin;

namespace {

qint64 freeBytes(const QString &dir)
{
    struct statvfs s
    {
    };
    REQUIRE(::statvfs(QFile::encodeName(dir).constData(), &s) == 0);
    return qint64(s.f_bavail) * qint64(s.f_frsize);
}

/** Writes zeros to @p path until @p bytes are written or the disk is full; returns what it wrote.
 */
qint64 fill(const QString &path, qint64 bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Append));
    const QByteArray chunk(4096, '\0');
    qint64 written = 0;
    while (written < bytes) {
        const qint64 n =
            f.write(chunk.constData(), std::min<qint64>(chunk.size(), bytes - written));
        if (n <= 0 || !f.flush())
            break;
        written += n;
    }
    return written;
}

QByteArray picture(int size, char tag)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n");
    bytes.append(QByteArray(size - bytes.size(), tag));
    return bytes;
}

} // namespace

TEST_CASE("a full disk refuses the submission cleanly and keeps the entries on screen",
          "[outbox-disk-full]")
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        FAIL("unshare (util-linux) is not installed: this test needs it to mount a private tmpfs");
    QTemporaryDir mountPoint;
    REQUIRE(mountPoint.isValid());
    QProcess inner;
    inner.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIUJIN_FULL_DIR"), mountPoint.path());
    inner.setProcessEnvironment(env);
    // The tmpfs exists only inside the new mount namespace, so the checks run in there too.
    inner.start(
        unshare,
        {QStringLiteral("-Urm"), QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral(
             "mount -t tmpfs -o size=12m tmpfs \"$1\" && exec \"$2\" '[.disk-full-inside]'"),
         QStringLiteral("sh"), mountPoint.path(), QCoreApplication::applicationFilePath()});
    REQUIRE(inner.waitForStarted());
    REQUIRE(inner.waitForFinished(120000));
    const QByteArray out = inner.readAll();
    INFO(out.toStdString());
    if (out.contains("mount:") || out.contains("unshare:"))
        FAIL("could not mount a tmpfs in a private namespace (needs root or unprivileged user "
             "namespaces)");
    REQUIRE(inner.exitStatus() == QProcess::NormalExit);
    REQUIRE(inner.exitCode() == 0);
    REQUIRE(out.contains("All tests passed"));
}

TEST_CASE("inside the namespace: fill the tmpfs", "[.disk-full-inside]")
{
    const QString dir = qEnvironmentVariable("JIUJIN_FULL_DIR");
    struct statfs fs
    {
    };
    REQUIRE(::statfs(QFile::encodeName(dir).constData(), &fs) == 0);
    if (dir.isEmpty() || fs.f_type != TMPFS_MAGIC)
        FAIL("run through [outbox-disk-full]: JIUJIN_FULL_DIR must be the private tmpfs");
    const QString dbPath = QDir(dir).filePath(QStringLiteral("kiosk.db"));
    auto central = protocol::Key::generate(protocol::Suite::Intl);
    REQUIRE(central.ok());

    // 1. The service: submit 200 KB applications until the disk is full.
    QStringList queued;
    {
        auto opened = Database::open(dbPath);
        REQUIRE(opened.ok());
        Database &db = *opened.value();
        REQUIRE(test::provision(db, QStringLiteral(JIUJIN_SEED), central.value()).ok());
        REQUIRE(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        // Leave room for a few records only, so the disk fills after some have gone in.
        const qint64 room = 900 * 1024;
        fill(QDir(dir).filePath(QStringLiteral("filler")), freeBytes(dir) - room);
        WARN("free on the tmpfs before submitting: " << freeBytes(dir) / 1024 << " KiB");

        SubmissionService service(db, &test::fixedNow);
        Error failure;
        for (int i = 0; i < 50; ++i) {
            auto done = service.submit(test::unemployment(QStringLiteral("巴特尔"),
                                                          QStringLiteral("11010519491231002X"),
                                                          picture(200 * 1024, char('a' + i))));
            if (!done) {
                failure = done.error();
                break;
            }
            queued.append(done->uuid);
        }
        INFO("failure: " << failure.message.toStdString());
        REQUIRE(queued.size() >= 1); // the disk filled after some records, not before the first
        REQUIRE(queued.size() < 50);
        REQUIRE(failure.code == Error::Full);
        REQUIRE_FALSE(failure.message.isEmpty());
        WARN("queued " << queued.size() << " records, then: " << failure.message.toStdString());

        // No half record: exactly the acknowledged ones, each with its one attachment.
        CHECK(test::scalar(db, "SELECT count(*) FROM outbox") == queued.size());
        CHECK(test::scalar(db, "SELECT count(*) FROM attachment") == queued.size());
        CHECK(test::scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'record.queued'") ==
              queued.size());
        CHECK(test::scalar(db, "SELECT value FROM kiosk_settings WHERE key = 'receipt.sequence'") ==
              queued.size());
        // A second try on the still-full disk fails the same way.
        auto again = service.submit(test::unemployment(QStringLiteral("巴特尔"),
                                                       QStringLiteral("11010519491231002X"),
                                                       picture(200 * 1024, 'z')));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == Error::Full);
        CHECK(test::scalar(db, "SELECT count(*) FROM outbox") == queued.size());
    }
    {
        auto reopened = Database::open(dbPath);
        REQUIRE(reopened.ok());
        Database &db = *reopened.value();
        REQUIRE(test::integrityCheck(db) == QStringLiteral("ok"));
        CHECK(AuditLog(db).verify().ok);
        for (int i = 0; i < queued.size(); ++i) {
            auto record = test::openRecord(db, queued.at(i), {&central.value()});
            INFO(record.error().message.toStdString());
            REQUIRE(record.ok());
            REQUIRE(record.value().attachments.size() == 1);
            CHECK(record.value().attachments.at(0) ==
                  "image/png\n" + picture(200 * 1024, char('a' + i)));
        }
    }

    // 2. The screen: the controller over the same full disk.
    QQmlEngine engine;
    const QString stateDir = QDir(dir).filePath(QStringLiteral("state"));
    auto context = KioskContext::create(engine, {stateDir, QString(), QString(), QString()},
                                        KioskContext::openDatabase(dbPath));
    INFO((context ? QString() : context.error().message).toStdString());
    REQUIRE(context.ok());
    ApplyController *apply = ApplyController::create(&engine, &engine);
    REQUIRE(apply);
    REQUIRE(apply->start(test::unemploymentItem, false));
    FormModel &form = *apply->fields();
    const QList<QPair<QString, QString>> typed = {
        {QStringLiteral("name"), QStringLiteral("乌日娜")},
        {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
        {QStringLiteral("phone"), QStringLiteral("139 4751 2386")},
        {QStringLiteral("address"), QStringLiteral("内蒙古通辽市奈曼旗大沁他拉镇")},
        {QStringLiteral("reason"), QStringLiteral("contract_end")},
        {QStringLiteral("education"), QStringLiteral("senior")},
        {QStringLiteral("job_wish"), QStringLiteral("想学电焊\n离家近一点")}};
    for (const auto &[id, value] : typed) {
        REQUIRE(test::rowOf(form, id) >= 0);
        form.setValue(test::rowOf(form, id), value);
    }
    REQUIRE(apply->checkForm());
    MaterialChoiceModel &materials = *apply->materials();
    materials.addPicture(0, picture(200 * 1024, 'u'), QStringLiteral("image/png"));
    materials.waitForCertificate(1);
    materials.certificateScanned(QStringLiteral("SAMPLE-ECERT-0001"));
    materials.markToFollow(2);
    materials.markCommitted(3);
    REQUIRE(apply->checkMaterials());
    apply->setConsented(true);

    // Whatever closing and reopening freed, take it all now.
    const QString filler2 = QDir(dir).filePath(QStringLiteral("filler2"));
    fill(filler2, freeBytes(dir));
    REQUIRE(freeBytes(dir) < 200 * 1024);
    REQUIRE_FALSE(apply->submit());
    CHECK(apply->receipt().isEmpty());
    CHECK(apply->submitError().contains(QStringLiteral("存储空间已满")));
    for (const auto &[id, value] : typed) {
        INFO("field " << id.toStdString());
        CHECK(test::valueOf(form, id) == value);
    }
    CHECK(materials.data(materials.index(0), MaterialChoiceModel::PicturesRole).toInt() == 1);
    CHECK(materials.data(materials.index(1), MaterialChoiceModel::ChoiceRole).toString() ==
          QStringLiteral("e_certificate"));
    CHECK(apply->consented());

    // Staff free space; the citizen presses 提交 again.
    REQUIRE(QFile::remove(filler2));
    REQUIRE(QFile::remove(QDir(dir).filePath(QStringLiteral("filler"))));
    REQUIRE(apply->submit());
    CHECK_FALSE(apply->receipt().isEmpty());
    CHECK(apply->submitError().isEmpty());
    const QString receipt = apply->receipt();
    context.value().reset();

    auto reopened = Database::open(dbPath);
    REQUIRE(reopened.ok());
    Database &db = *reopened.value();
    REQUIRE(test::integrityCheck(db) == QStringLiteral("ok"));
    CHECK(test::scalar(db, "SELECT count(*) FROM outbox") == queued.size() + 1);
    const auto record = OutboxStore(db).byReceipt(receipt);
    REQUIRE(record.has_value());
    auto opened = test::openRecord(db, record->uuid, {&central.value()});
    INFO(opened.error().message.toStdString());
    REQUIRE(opened.ok());
    const QJsonObject fields = opened.value().payload.value(QLatin1String("fields")).toObject();
    CHECK(fields.value(QLatin1String("name")).toString() == QStringLiteral("乌日娜"));
    CHECK(fields.value(QLatin1String("job_wish")).toString() ==
          QStringLiteral("想学电焊\n离家近一点"));
    REQUIRE(opened.value().attachments.size() == 1);
    CHECK(opened.value().attachments.at(0) == "image/png\n" + picture(200 * 1024, 'u'));
    CHECK(AuditLog(db).verify().ok);
}
