// Invariant 1 (durable on acknowledgement): a child submits in a loop and is SIGKILLed at random
// moments, hundreds of times on the same database; everything it acknowledged must be there,
// whole, and openable by central, and nothing half-written may be left.
#include "integration.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <random>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace jiujin;

namespace {

/** One run of the child: what it printed before it was killed, and how it ended. */
struct Run
{
    QByteArray out;
    int status = 0;
    bool killed = false;
    qint64 readyMs = -1; ///< from spawn to "ready", or -1 if it never got there
};

Run runAndKill(const QByteArray &program, const QByteArray &db, const QByteArray &keyFile,
               qint64 killAfterMs)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    char *argv[] = {const_cast<char *>(program.constData()), const_cast<char *>(db.constData()),
                    const_cast<char *>(keyFile.constData()), nullptr};
    pid_t pid = 0;
    QElapsedTimer clock;
    clock.start();
    const int spawned = posix_spawn(&pid, program.constData(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    REQUIRE(spawned == 0);

    Run run;
    bool eof = false;
    // Read while waiting, so a fast child never blocks on a full pipe (that would skew the kill).
    while (!eof) {
        const qint64 left = killAfterMs - clock.elapsed();
        if (left <= 0 && !run.killed) {
            ::kill(pid, SIGKILL);
            run.killed = true;
        }
        pollfd p{fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, run.killed ? 1000 : int(std::max<qint64>(left, 0)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready > 0) {
            char buf[4096];
            const ssize_t n = ::read(fds[0], buf, sizeof buf);
            if (n <= 0) {
                eof = true;
            } else {
                run.out.append(buf, n);
                if (run.readyMs < 0 && run.out.startsWith("ready\n"))
                    run.readyMs = clock.elapsed();
            }
        }
    }
    ::close(fds[0]);
    ::waitpid(pid, &run.status, 0);
    // The child may have finished its work or died on its own just before the kill.
    run.killed = WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGKILL;
    return run;
}

QByteArray writeKey(const QString &path, const protocol::Key &key)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(key.publicPem());
    return QFile::encodeName(path);
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

TEST_CASE("acknowledged submissions survive SIGKILL at any moment, whole and openable",
          "[outbox-crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("kiosk.db"));
    auto intl = protocol::Key::generate(protocol::Suite::Intl);
    auto gm = protocol::Key::generate(protocol::Suite::Gm);
    REQUIRE(intl.ok());
    REQUIRE(gm.ok());
    {
        auto db = Database::open(dbPath);
        REQUIRE(db.ok());
        const auto provisioned =
            test::provision(*db.value(), QStringLiteral(JIUJIN_SEED), intl.value());
        INFO(provisioned.error().message.toStdString());
        REQUIRE(provisioned.ok());
    }
    const QByteArray keyFiles[2] = {
        writeKey(dir.filePath(QStringLiteral("intl.pem")), intl.value()),
        writeKey(dir.filePath(QStringLiteral("gm.pem")), gm.value())};

    const unsigned seed = unsigned(envInt("JIUJIN_CRASH_SEED", 20261117));
    const int rounds = envInt("JIUJIN_CRASH_ROUNDS", 300);
    WARN("crash rounds: " << rounds << ", seed " << seed << " (set JIUJIN_CRASH_SEED to replay)");
    std::mt19937 random(seed);

    QHash<QByteArray, QByteArray> acknowledged; // receipt -> uuid
    int killedBeforeReady = 0, killedWhileSubmitting = 0, finishedOnItsOwn = 0;
    double readyAverageMs = 0;
    int readySamples = 0;
    QElapsedTimer total;
    total.start();
    // At least `rounds`, and more (up to 3×) while too few kills landed mid-queue: on a loaded
    // machine start-up time varies and more kills land before "ready".
    int round = 0;
    for (; round < rounds || (killedWhileSubmitting < rounds / 4 && round < 3 * rounds); ++round) {
        // Kill anywhere from start-up (open and WAL recovery) to a few submits in; the window
        // follows how long start-up takes here, which ASan makes slow and variable.
        const qint64 window = qint64(readySamples ? readyAverageMs * 1.2 : 400) + 60;
        const qint64 delay = std::uniform_int_distribution<qint64>(0, window)(random);
        const Run run =
            runAndKill(JIUJIN_ENQUEUE_LOOP, QFile::encodeName(dbPath), keyFiles[round % 2], delay);
        if (!run.killed) {
            INFO("round " << round << ": the child was not killed but exited with status "
                          << run.status << "; output: " << run.out.toStdString());
            REQUIRE((WIFEXITED(run.status) && WEXITSTATUS(run.status) == 0));
            ++finishedOnItsOwn;
        }
        if (run.readyMs >= 0) {
            readyAverageMs =
                (readyAverageMs * readySamples + double(run.readyMs)) / (readySamples + 1);
            ++readySamples;
        }
        const QList<QByteArray> lines = run.out.split('\n');
        // The last element is what followed the last newline: empty, or a line cut by the kill.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i) == "ready")
                continue;
            const QList<QByteArray> parts = lines.at(i).split(' ');
            REQUIRE(parts.size() == 2);
            INFO("receipt " << parts.at(0).toStdString() << " was acknowledged twice");
            REQUIRE_FALSE(acknowledged.contains(parts.at(0)));
            acknowledged.insert(parts.at(0), parts.at(1));
        }
        if (run.readyMs < 0)
            ++killedBeforeReady;
        else if (lines.size() > 2)
            ++killedWhileSubmitting;
    }
    WARN("crash rounds: " << round << ", took " << total.elapsed()
                          << " ms; killed before ready: " << killedBeforeReady
                          << ", after at least one submit: " << killedWhileSubmitting
                          << ", acknowledged: " << acknowledged.size() << ", start-up ~"
                          << int(readyAverageMs) << " ms");
    // A sweep that never killed a child mid-queue proves nothing.
    CHECK(killedBeforeReady > 0);
    CHECK(killedWhileSubmitting >= rounds / 4);
    CHECK(acknowledged.size() >= rounds);

    auto opened = Database::open(dbPath);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    REQUIRE(test::integrityCheck(db) == QStringLiteral("ok"));

    OutboxStore outbox(db);
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const auto record = outbox.byReceipt(QString::fromLatin1(it.key()));
        INFO("acknowledged receipt " << it.key().toStdString() << " is missing");
        REQUIRE(record.has_value());
        REQUIRE(record->uuid == QString::fromLatin1(it.value()));
    }

    // Every row, acknowledged or not (a kill after COMMIT but before the print), opens whole.
    const auto rows = outbox.receipts();
    QSet<QString> receipts;
    int suites[2] = {0, 0};
    for (const auto &[uuid, receipt] : rows) {
        INFO("record " << uuid.toStdString());
        REQUIRE_FALSE(receipt.isEmpty());
        REQUIRE_FALSE(receipts.contains(receipt));
        receipts.insert(receipt);
        const auto record = test::openRecord(db, uuid, {&intl.value(), &gm.value()});
        INFO(record.error().message.toStdString());
        REQUIRE(record.ok());
        REQUIRE(record.value().declaredAttachments == record.value().attachments.size());
        REQUIRE(record.value().attachments.size() >= 1);
        REQUIRE(record.value().attachments.at(0).startsWith("image/"));
        REQUIRE(record.value()
                    .payload.value(QLatin1String("fields"))
                    .toObject()
                    .value(QLatin1String("name"))
                    .toString() == QStringLiteral("巴特尔"));
        ++suites[outbox.sealed(uuid)->suite == QLatin1String("gm") ? 1 : 0];
    }
    CHECK(rows.size() >= acknowledged.size());
    CHECK(rows.size() <= acknowledged.size() + rounds); // at most one unprinted commit per kill
    CHECK(suites[0] > 0);
    CHECK(suites[1] > 0);
    // No attachment without its record, and no record without its audit entry.
    CHECK(
        test::scalar(
            db, "SELECT count(*) FROM attachment WHERE record_id NOT IN (SELECT id FROM outbox)") ==
        0);
    CHECK(test::scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'record.queued'") ==
          rows.size());
    const AuditCheck audit = AuditLog(db).verify();
    INFO(audit.problem.toStdString());
    CHECK(audit.ok);
    CHECK(audit.entries >= rows.size());
}
