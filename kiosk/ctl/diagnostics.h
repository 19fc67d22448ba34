#pragma once

#include "doctor.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jiujin {

/** What `jiujinctl diagnostics` puts in its tarball (never the database, keys or payloads). */
struct DiagnosticsOptions
{
    QString outFile;       ///< the .tar.gz to write
    QString configFile;    ///< jiujin.conf, copied with secret-looking values blanked
    QString databasePath;  ///< read for queue figures and sync status only
    QList<Finding> doctor; ///< the doctor's findings, as printed
    QString ctlVersion;    ///< jiujinctl's version
    QDateTime now;         ///< when, UTC (names the folder inside the tarball)
    QString journalctl;    ///< journalctl to run; empty: no journal part
    QStringList units = {QStringLiteral("jiujin-syncd"), QStringLiteral("jiujin-kiosk"),
                         QStringLiteral("jiujin-gateway")}; ///< the units whose journal is taken
    int journalLines = 2000;                                ///< the last this many lines
};

/**
 * Writes the diagnostics tarball with tar(1) (gzip) from a private temporary folder; returns the
 * names of the files in it. Every text part passes through redact() on the way.
 */
Result<QStringList> writeDiagnostics(const DiagnosticsOptions &options);

/** @p iniText with the values of secret-looking keys (token, password, secret, ...) blanked. */
QString blankSecrets(const QString &iniText);

} // namespace jiujin
