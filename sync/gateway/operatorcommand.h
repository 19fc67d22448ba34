#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>

namespace jiujin::gateway {

class CentralStorage;

/** The options of the operator verbs (jiujin-gateway operator ..., README "Operators"). */
struct OperatorOptions
{
    QCommandLineOption role{
        QStringLiteral("role"),
        QStringLiteral("operator add: clerk, officer, supervisor or technician."),
        QStringLiteral("R")};
    QCommandLineOption township{
        QStringLiteral("township"),
        QStringLiteral("operator add: a clerk's townships (9-digit division codes), a,b."),
        QStringLiteral("CODES")};
    QCommandLineOption department{
        QStringLiteral("department"),
        QStringLiteral("operator add: an officer's departments (e.g. shebao), a,b."),
        QStringLiteral("CODES")};
    QCommandLineOption name{QStringLiteral("name"),
                            QStringLiteral("operator add: the display name."),
                            QStringLiteral("TEXT")};
    QCommandLineOption totp{
        QStringLiteral("totp"),
        QStringLiteral("operator add: require a TOTP code at login (prints the otpauth:// URI "
                       "once).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({role, township, department, name, totp});
    }
};

/** Who runs the command line, for the audit log: "cli:<unix user>". */
QString commandLineActor();

/** Runs `operator add | list | disable | unlock | passwd` on the data directory @p dir at @p now
 *  (passwords read from stdin, never the command line); -1 when @p args is none of them. */
int operatorCommand(const QCommandLineParser &parser, const OperatorOptions &o,
                    const QStringList &args, CentralStorage &storage, const QString &dir,
                    const QDateTime &now);

} // namespace jiujin::gateway
