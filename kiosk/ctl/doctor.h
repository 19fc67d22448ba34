#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jiujin {

/** One result of a `jiujinctl doctor` check, and the command a technician types to fix it. */
struct Finding
{
    enum class Level { Ok, Warn, Fail };
    Level level = Level::Ok;
    QString check; ///< config, database, schema, audit, permissions, keys, certificate, ...
    QString what;  ///< what was found (no personal data)
    QString fix;   ///< command(s) to type; empty when ok

    /** "ok|WARN|FAIL  check: what", and "      fix: ..." on a second line when there is a fix. */
    QString text() const;
};

/** What `jiujinctl doctor` looks at. */
struct DoctorOptions
{
    QString configFile;   ///< jiujin.conf to check (configFilePath())
    QString databasePath; ///< the kiosk database (opened without migrating)
    QString keysDir;      ///< the device keys; empty: the config's, else where enrollment put them
    QDateTime now;        ///< the kiosk's clock, UTC
    QDate buildDate;      ///< no sane clock is before the day this build was made
    bool checkGateway = true; ///< false skips the network check (no POST is made)
    QString kioskUser = QStringLiteral("jiujin-kiosk"); ///< system users of an installed kiosk;
    QString syncUser = QStringLiteral("jiujin-sync");   ///< when they do not exist (a checkout)
    QString group = QStringLiteral("jiujin");           ///< only key secrecy is checked
};

/** Runs every check, in a fixed order; never stops early and never changes anything. */
QList<Finding> runDoctor(const DoctorOptions &options);

/** 0 when every finding is ok, 1 with warnings only, 2 with any failure. */
int doctorExitCode(const QList<Finding> &findings);

/** The day __DATE__ names: when this translation unit was compiled. */
QDate buildDate();

} // namespace jiujin
