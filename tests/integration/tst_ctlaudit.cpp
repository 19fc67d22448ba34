// Everything is audited (DESIGN §4.9), jiujinctl included: every command of its table is run as a
// process on one kiosk database, and each one that changed the database must have appended to the
// audit log, whose chain must still verify. A new command without a run here fails the test, and
// so does one that changes the database without an audit entry, whatever its table row claims.
#include "auditlog.h"
#include "ctlcommand.h"
#include "database.h"
#include "keys.h"
#include "liveharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <memory>

#include <sqlite3.h>

using namespace jiujin;

namespace {

/** A digest of every row of every table but the audit log itself and its head. */
QByteArray contentDigest(const QString &path)
{
    sqlite3 *raw = nullptr;
    const int opened =
        sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    REQUIRE(opened == SQLITE_OK);
    auto query = [&](const QString &sql, const std::function<void(sqlite3_stmt *)> &row) {
        sqlite3_stmt *s = nullptr;
        INFO(sql.toStdString());
        REQUIRE(sqlite3_prepare_v2(db.get(), sql.toUtf8().constData(), -1, &s, nullptr) ==
                SQLITE_OK);
        std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(s, &sqlite3_finalize);
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            row(s);
        REQUIRE(rc == SQLITE_DONE);
    };
    QStringList tables;
    query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                         "'sqlite_%' AND name != 'audit_log' ORDER BY name"),
          [&](sqlite3_stmt *s) {
              tables.append(
                  QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))));
          });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        QString sql = QStringLiteral("SELECT * FROM \"%1\"").arg(table);
        if (table == QLatin1String("kiosk_settings"))
            sql += QStringLiteral(" WHERE key != 'audit.head'");
        QList<QByteArray> rows;
        query(sql, [&](sqlite3_stmt *s) {
            QByteArray row = table.toUtf8();
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                row += '\x1f';
                row += QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(s, i)),
                                  sqlite3_column_bytes(s, i));
            }
            rows.append(row);
        });
        std::sort(rows.begin(), rows.end());
        for (const QByteArray &row : rows)
            hash.addData(row + '\x1e');
    }
    return hash.result();
}

struct Entries
{
    qint64 count = 0;
    QStringList actions; ///< of every entry, oldest first
};

Entries auditEntries(const QString &path)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    sqlite3_stmt *s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.get(), "SELECT action FROM audit_log ORDER BY seq", -1, &s,
                               nullptr) == SQLITE_OK);
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(s, &sqlite3_finalize);
    Entries e;
    while (sqlite3_step(s) == SQLITE_ROW) {
        ++e.count;
        e.actions.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))));
    }
    return e;
}

/** How a command is run here: its arguments after the command words, and what stdin says. */
struct Run
{
    QStringList args;
    QByteArray input{};      ///< written to its stdin
    QList<int> exitCodes{0}; ///< the ones that count as done
};

} // namespace

TEST_CASE("every jiujinctl command that changes the kiosk leaves an audit entry", "[ctl-audit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kiosk.db"));
    const QString ctl = QStringLiteral(JIUJINCTL);

    live::GatewayProcess gw(dir.filePath(QStringLiteral("gateway")));
    gw.start();

    auto central = protocol::Key::generate(protocol::Suite::Intl);
    REQUIRE(central.ok());
    const QString keyFile = dir.filePath(QStringLiteral("central.pem"));
    {
        QFile f(keyFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(central->publicPem());
    }
    const QString config = dir.filePath(QStringLiteral("jiujin.conf"));
    {
        QFile f(config);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const QString anotherPin =
        QStringLiteral("sha256//") +
        QString::fromLatin1(
            QCryptographicHash::hash("another gateway key", QCryptographicHash::Sha256).toBase64());

    // Table order: the catalogue before the point, enrollment before pins. Every command of the
    // table needs a run here, read-only ones too (they must leave the database as it was).
    const QHash<QString, Run> runs{
        {QStringLiteral("catalogue import"), {{QStringLiteral(JIUJIN_SEED)}}},
        {QStringLiteral("catalogue info"), {}},
        {QStringLiteral("catalogue search"), {{QStringLiteral("shebaoka")}}},
        {QStringLiteral("catalogue misses"), {}},
        {QStringLiteral("point set"), {{QStringLiteral("150525203000-01"), QStringLiteral("07")}}},
        {QStringLiteral("point show"), {}},
        {QStringLiteral("central-key set"), {{keyFile}}},
        {QStringLiteral("staff add"),
         {{QStringLiteral("A01"), QStringLiteral("Wang")}, QByteArrayLiteral("314159\n")}},
        {QStringLiteral("staff list"), {}},
        {QStringLiteral("staff remove"), {{QStringLiteral("A01")}}},
        {QStringLiteral("outbox list"), {}},
        {QStringLiteral("audit verify"), {}},
        {QStringLiteral("config set printer"),
         {{QStringLiteral("file:") + dir.filePath(QStringLiteral("receipts"))}}},
        {QStringLiteral("config set retention"), {{QStringLiteral("45")}}},
        {QStringLiteral("config set voice"), {{QStringLiteral("elder")}}},
        {QStringLiteral("enroll"),
         {{QStringLiteral("--gateway"), gw.url(), QStringLiteral("--token"), gw.token(),
           QStringLiteral("--pin"), gw.pin(), QStringLiteral("--keys"),
           dir.filePath(QStringLiteral("keys"))}}},
        {QStringLiteral("status"), {}},
        {QStringLiteral("pin list"), {}},
        {QStringLiteral("pin add"), {{anotherPin}}},
        {QStringLiteral("sync now"), {}},
        // Its findings (a kiosk without jiujin-syncd running, say) are not the point here.
        {QStringLiteral("doctor"), {{QStringLiteral("--offline")}, {}, {0, 1, 2}}},
        {QStringLiteral("diagnostics"),
         {{QStringLiteral("--offline"), QStringLiteral("--out"),
           dir.filePath(QStringLiteral("diag.tar.gz"))}}},
    };

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIUJIN_CONFIG"), config);
    env.remove(QStringLiteral("JIUJIN_DB"));
    auto runCtl = [&](const QStringList &args, const QByteArray &input, QByteArray *output) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(ctl, QStringList{QStringLiteral("--db"), path} + args);
        REQUIRE(p.waitForStarted(10000));
        p.write(input);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(120000));
        *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };

    // The database as the kiosk first opens it (schema, no catalogue): the baseline.
    REQUIRE(Database::open(path).ok());

    int stateChanging = 0;
    for (const CtlCommand &command : ctlCommands()) {
        const std::string name = "jiujinctl " + command.name.toStdString();
        const auto run = runs.constFind(command.name);
        if (run == runs.constEnd())
            FAIL(name << " has no run in tst_ctlaudit.cpp: add one");

        const QByteArray before = contentDigest(path);
        const Entries auditBefore = auditEntries(path);
        QByteArray output;
        const int rc = runCtl(command.words() + run->args, run->input, &output);
        INFO(name << " said:\n" << output.toStdString());
        REQUIRE(run->exitCodes.contains(rc));
        const bool changed = contentDigest(path) != before;
        const Entries auditAfter = auditEntries(path);

        if (command.changesState) {
            ++stateChanging;
            if (!changed) // then this run proves nothing about the command's audit entry
                FAIL_CHECK(name << " changes state, but its run here changed nothing");
        }
        if (changed && auditAfter.count <= auditBefore.count)
            FAIL_CHECK(name << " changed the database without an audit entry");
        if (!changed && auditAfter.count != auditBefore.count)
            FAIL_CHECK(name << " wrote an audit entry for a change it did not make");
    }
    CHECK(stateChanging >= 10);

    const Entries all = auditEntries(path);
    INFO(all.actions.join(QLatin1Char(' ')).toStdString());
    for (const char *action :
         {"catalogue.switch", "config.point", "config.central_key", "staff.enrolled",
          "staff.removed", "config.printer", "config.retention", "device.enrolled",
          "device.pin_added", "sync.nudged"})
        CHECK(all.actions.contains(QLatin1String(action)));

    QByteArray output;
    CHECK(runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, {}, &output) == 0);
    CHECK(output.contains("audit log intact: " + QByteArray::number(all.count) + " entries"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    const AuditCheck check = AuditLog(*db.value()).verify();
    CHECK(check.ok);
    CHECK(check.entries == all.count);
}
