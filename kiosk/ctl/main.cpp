// jiujinctl: the technician's command line for a JiuJin kiosk. The commands and their handlers are
// in ctlcommands.cpp; this parses the command line, opens the database and runs the one named.
#include "ctlcommand.h"
#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace jiujin;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiujin"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("JiuJin kiosk administration.\n\n") +
                                     ctlCommandsHelp());
    parser.addHelpOption();
    const CtlOptions options;
    parser.addOptions(options.all());
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "catalogue, point, central-key, staff, outbox, audit or config, then a subcommand"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const CtlCommand *command = findCtlCommand(positional);
    if (!command)
        parser.showHelp(2);
    CtlContext context{parser, options, positional.mid(command->words().size())};
    if (!command->opensDatabase)
        return command->run(context);
    auto db = Database::open(parser.value(options.db));
    if (!db) {
        QTextStream(stderr) << "jiujinctl: " << db.error().message << Qt::endl;
        return 1;
    }
    context.db = db.value().get();
    return command->run(context);
}
