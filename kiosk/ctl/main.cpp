// jiujinctl: the technician's command line for a JiuJin kiosk.
#include "catalogueservice.h"
#include "cataloguestore.h"
#include "database.h"
#include "paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace jiujin;

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    err() << "jiujinctl: " << message << Qt::endl;
    return 1;
}

void printInfo(const CatalogueInfo &info)
{
    out() << "catalogue version: " << info.version << (info.sample ? " (sample codes)" : "") << '\n'
          << "imported at:       " << info.importedAt.toString(Qt::ISODate) << '\n'
          << "departments:       " << info.departments << '\n'
          << "service points:    " << info.points << '\n'
          << "items:             " << info.items << Qt::endl;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiujin"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "JiuJin kiosk administration.\n\nCommands:\n"
        "  catalogue import FILE     validate a catalogue bundle and replace the catalogue with it\n"
        "  catalogue info            show the catalogue in use\n"
        "  catalogue search QUERY    search items as the kiosk does (汉字, pinyin, initials)\n"
        "  point set CODE            set the service point this kiosk stands at\n"
        "  point show                show this kiosk's service point"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The kiosk database (default: %1).").arg(defaultDatabasePath()), QStringLiteral("FILE"), defaultDatabasePath());
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print search results as JSON."));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("At most N search results (default 10)."), QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({dbOption, jsonOption, limitOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("catalogue or point, then a subcommand"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0) + QLatin1Char(' ') + args.value(1);
    auto db = Database::open(parser.value(dbOption));
    if (!db)
        return fail(db.error().message);
    CatalogueStore store(*db.value());
    CatalogueService catalogue(store);

    if (command == QLatin1String("catalogue import") && args.size() == 3) {
        auto info = catalogue.importFile(args.at(2));
        if (!info)
            return fail(QStringLiteral("catalogue refused, the catalogue in use is unchanged.\n  ") + info.error().message);
        printInfo(info.value());
        return 0;
    }
    if (command == QLatin1String("catalogue info") && args.size() == 2) {
        const auto info = store.info();
        if (!info)
            return fail(QStringLiteral("no catalogue imported yet; run: jiujinctl catalogue import FILE"));
        printInfo(*info);
        return 0;
    }
    if (command == QLatin1String("catalogue search") && args.size() >= 3) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1)
            return fail(QStringLiteral("--limit takes a positive number"));
        const QString here = store.setting(QStringLiteral("point"));
        const SearchOutcome found = catalogue.search(args.mid(2).join(QLatin1Char(' ')), here, limit);
        if (parser.isSet(jsonOption)) {
            QJsonArray results;
            for (const auto &r : found.results) {
                results.append(QJsonObject{{QStringLiteral("code"), r.item.code}, {QStringLiteral("name"), r.item.nameZh},
                                           {QStringLiteral("name_en"), r.item.nameEn}, {QStringLiteral("department"), r.item.department},
                                           {QStringLiteral("score"), r.tier}, {QStringLiteral("handled_here"), r.item.handledHere}});
            }
            out() << QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                               {QStringLiteral("suggestions"), QJsonArray::fromStringList(found.suggestions)}})
                         .toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const auto &r : found.results)
            out() << r.item.code << '\t' << r.item.nameZh << '\t' << r.item.department << '\t' << r.tier << '\n';
        if (found.results.isEmpty())
            out() << "no items found" << (found.suggestions.isEmpty() ? QString() : QStringLiteral("; try: ") + found.suggestions.join(QStringLiteral(", "))) << '\n';
        out().flush();
        return 0;
    }
    if (command == QLatin1String("point set") && args.size() == 3) {
        if (!store.point(args.at(2)))
            return fail(QStringLiteral("%1 is not a service point of the catalogue in use").arg(args.at(2)));
        if (auto r = store.setSetting(QStringLiteral("point"), args.at(2)); !r)
            return fail(r.error().message);
        out() << "this kiosk's service point is now " << args.at(2) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("point show") && args.size() == 2) {
        const auto p = store.point(store.setting(QStringLiteral("point")));
        if (!p)
            return fail(QStringLiteral("no service point set; run: jiujinctl point set CODE"));
        out() << p->code << '\t' << p->nameZh << '\t' << p->level << Qt::endl;
        return 0;
    }
    parser.showHelp(2);
}
