#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace jiujin {

class Database;

/** The options jiujinctl's commands read (one set, shared by all of them). */
struct CtlOptions
{
    CtlOptions();
    QList<QCommandLineOption> all() const;

    QCommandLineOption db, json, limit, days, gateway, token, pin, keys, suite, offline, out;
};

/** What a command handler gets: the parsed command line, its arguments, and the database. */
struct CtlContext
{
    const QCommandLineParser &parser;
    const CtlOptions &options;
    QStringList args; ///< the positional arguments after the command's words
    Database *db =
        nullptr; ///< open unless the command reads it as it is (CtlCommand::opensDatabase)
};

/**
 * One jiujinctl subcommand: the words that name it, how many arguments follow them, its line in
 * --help and its handler (an exit code: 0 done, 1 failed, 2 doctor's failures).
 */
struct CtlCommand
{
    QString name;       ///< its words, one space apart: "catalogue import"
    int minArgs = 0;    ///< positional arguments after the words
    int maxArgs = 0;    ///< -1: any number
    QString usage;      ///< left column of --help; empty: described on the line of the one before
    QString help;       ///< right column; '\n' starts a continuation line
    bool changesState;  ///< writes the database: must leave an audit entry (tests/integration)
    bool opensDatabase; ///< false: the handler looks at the database as it is (no create, no
                        ///< migrate)
    std::function<int(CtlContext &)> run;

    QStringList words() const { return name.split(QLatin1Char(' ')); }
};

/** Every jiujinctl subcommand, in --help order. */
const std::vector<CtlCommand> &ctlCommands();

/** The command @p positional names with an argument count it takes, or nullptr. */
const CtlCommand *findCtlCommand(const QStringList &positional);

/** The "Commands:" part of --help, from the table. */
QString ctlCommandsHelp();

} // namespace jiujin
