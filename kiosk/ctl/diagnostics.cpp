#include "diagnostics.h"

#include "cataloguestore.h"
#include "database.h"
#include "deviceconfig.h"
#include "outboxstore.h"
#include "redaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>

#include <openssl/crypto.h>
#include <sqlite3.h>

namespace jiujin {

namespace {
QString redactAll(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = redact(line);
    return lines.join(QLatin1Char('\n'));
}

Result<void> writeText(const QDir &dir, const QString &name, const QString &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(redactAll(text).toUtf8()) < 0 || !f.flush())
        return Error{Error::Io, QStringLiteral("cannot write %1").arg(f.fileName())};
    return {};
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString versions(const DiagnosticsOptions &o)
{
    QString osRelease = readText(QStringLiteral("/etc/os-release"));
    if (osRelease.isEmpty())
        osRelease = readText(QStringLiteral("/usr/lib/os-release"));
    return QStringLiteral("jiujinctl: %1\nQt: %2\nOpenSSL: %3\nSQLite: %4\nkernel: %5 %6\n"
                          "collected: %7\n\n# os-release\n%8")
        .arg(o.ctlVersion, QString::fromLatin1(qVersion()),
             QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
             QString::fromLatin1(sqlite3_libversion()), QSysInfo::kernelType(),
             QSysInfo::kernelVersion(), o.now.toString(Qt::ISODate), osRelease);
}

/** Queue figures and sync status: counts, ages and settings that carry no personal data. */
QString databaseParts(const QString &path, const QDateTime &now, QString *syncStatus)
{
    if (!QFileInfo(path).isFile()) {
        *syncStatus = QStringLiteral("no database at %1\n").arg(path);
        return *syncStatus;
    }
    auto db = Database::openRaw(path);
    if (!db) {
        *syncStatus = QStringLiteral("cannot open %1: %2\n").arg(path, db.error().message);
        return *syncStatus;
    }
    QString queue;
    {
        Statement byState = db.value()->prepare(
            "SELECT state, count(*), min(created_at) FROM outbox GROUP BY state ORDER BY state");
        queue += QStringLiteral("state\tcount\toldest_age_s\n");
        while (byState.step()) {
            const QDateTime oldest = QDateTime::fromString(byState.text(2), Qt::ISODate);
            queue += QStringLiteral("%1\t%2\t%3\n")
                         .arg(byState.text(0))
                         .arg(byState.integer(1))
                         .arg(oldest.isValid() ? QString::number(oldest.secsTo(now))
                                               : QStringLiteral("-"));
        }
        if (byState.error())
            queue += QStringLiteral("error: %1\n").arg(byState.error()->message);
    }
    const OutboxCounts c = OutboxStore(*db.value()).counts();
    queue += QStringLiteral("\nwaiting (pending + sending): %1\noldest waiting age_s: %2\n")
                 .arg(c.pending + c.sending)
                 .arg(c.oldestWaiting ? QString::number(c.oldestWaiting->secsTo(now))
                                      : QStringLiteral("-"));

    CatalogueStore store(*db.value());
    // Public, short and free of personal data; the PEM keys are left out as noise.
    const char *const keys[] = {
        syncsetting::deviceId,     syncsetting::gateway,     syncsetting::pins,
        syncsetting::suite,        syncsetting::point,       syncsetting::keysDir,
        syncsetting::clockOffset,  syncsetting::lastSuccess, syncsetting::lastError,
        syncsetting::lastErrorAt,  cataloguesetting::seq,    kiosksetting::point,
        kiosksetting::kioskNumber, kiosksetting::printer,    kiosksetting::retentionDays};
    QString status;
    for (const char *key : keys)
        status +=
            QStringLiteral("%1=%2\n").arg(QLatin1String(key), store.setting(QLatin1String(key)));
    if (const auto info = store.info())
        status += QStringLiteral("catalogue.version=%1\ncatalogue.items=%2\n")
                      .arg(info->version)
                      .arg(info->items);
    status += QStringLiteral("schema_version=%1\n").arg(db.value()->schemaVersion());
    *syncStatus = status;
    return queue;
}

QString journal(const DiagnosticsOptions &o)
{
    QStringList args{QStringLiteral("--no-pager"), QStringLiteral("-o"),
                     QStringLiteral("short-iso"), QStringLiteral("-n"),
                     QString::number(o.journalLines)};
    for (const QString &unit : o.units)
        args << QStringLiteral("-u") << unit;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(o.journalctl, args);
    if (!p.waitForStarted(5000))
        return QStringLiteral("journalctl did not start: %1\n").arg(p.errorString());
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(1000);
        return QStringLiteral("journalctl did not finish within 30 s\n");
    }
    return QString::fromUtf8(p.readAll());
}
} // namespace

QString blankSecrets(const QString &iniText)
{
    static const QRegularExpression secretKey(
        QStringLiteral(
            "^\\s*([^=\\s]*(pass|secret|token|credential|private|auth|pin)[^=]*?)\\s*=.*$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList lines = iniText.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const QRegularExpressionMatch m = secretKey.match(line);
        if (m.hasMatch())
            line = m.captured(1) + QStringLiteral("=(blanked)");
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QStringList> writeDiagnostics(const DiagnosticsOptions &o)
{
    QTemporaryDir temp;
    if (!temp.isValid())
        return Error{Error::Io, QStringLiteral("cannot make a temporary folder")};
    const QString folder =
        QStringLiteral("jiujin-diagnostics-") + o.now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QDir dir(temp.path());
    if (!dir.mkdir(folder) || !dir.cd(folder))
        return Error{Error::Io, QStringLiteral("cannot make a temporary folder")};

    QStringList written;
    auto put = [&](const QString &name, const QString &text) -> Result<void> {
        if (auto r = writeText(dir, name, text); !r)
            return r;
        written.append(folder + QLatin1Char('/') + name);
        return {};
    };
    if (auto r = put(QStringLiteral("versions.txt"), versions(o)); !r)
        return r.error();
    if (QFileInfo(o.configFile).isFile()) {
        if (auto r = put(QStringLiteral("jiujin.conf"), blankSecrets(readText(o.configFile))); !r)
            return r.error();
    }
    QString doctor;
    for (const Finding &f : o.doctor)
        doctor += f.text() + QLatin1Char('\n');
    doctor += QStringLiteral("exit code: %1\n").arg(doctorExitCode(o.doctor));
    if (auto r = put(QStringLiteral("doctor.txt"), doctor); !r)
        return r.error();
    QString syncStatus;
    const QString queue = databaseParts(o.databasePath, o.now, &syncStatus);
    if (auto r = put(QStringLiteral("queue.txt"), queue); !r)
        return r.error();
    if (auto r = put(QStringLiteral("sync-status.txt"), syncStatus); !r)
        return r.error();
    if (!o.journalctl.isEmpty()) {
        if (auto r = put(QStringLiteral("journal.txt"), journal(o)); !r)
            return r.error();
    }

    QProcess tar;
    tar.setProcessChannelMode(QProcess::MergedChannels);
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-czf"), QFileInfo(o.outFile).absoluteFilePath(),
               QStringLiteral("-C"), temp.path(), QStringLiteral("--owner=0"),
               QStringLiteral("--group=0"), folder});
    if (!tar.waitForStarted(5000))
        return Error{Error::Io, QStringLiteral("cannot run tar: %1").arg(tar.errorString())};
    if (!tar.waitForFinished(60000) || tar.exitStatus() != QProcess::NormalExit ||
        tar.exitCode() != 0)
        return Error{
            Error::Io,
            QStringLiteral("tar failed: %1").arg(QString::fromLocal8Bit(tar.readAll()).trimmed())};
    return written;
}

} // namespace jiujin
