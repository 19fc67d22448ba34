// jiujinctl: the technician's command line for a JiuJin kiosk.
#include "auditlog.h"
#include "catalogueservice.h"
#include "cataloguestore.h"
#include "database.h"
#include "deviceconfig.h"
#include "diagnostics.h"
#include "doctor.h"
#include "kioskenrollment.h"
#include "keys.h"
#include "outboxstore.h"
#include "paths.h"
#include "renewal.h"
#include "searchmissstore.h"
#include "slots.h"
#include "staffservice.h"
#include "staffstore.h"

#include <termios.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
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

/** One line from stdin, without echo when a person types it at a terminal. */
QString readSecret(const char *prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine().trimmed();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return line;
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
        "  catalogue import FILE     validate a catalogue bundle and replace the catalogue with "
        "it\n"
        "  catalogue info            show the catalogue in use\n"
        "  catalogue search QUERY    search items as the kiosk does (汉字, pinyin, initials, "
        "questions)\n"
        "  catalogue misses          what citizens searched for and found nothing, most asked "
        "first\n"
        "                            (--days N, default 30), to grow db/seed/synonyms.tsv\n"
        "  point set CODE [NN]       set the service point this kiosk stands at, and its kiosk "
        "number\n"
        "                            (2 digits, unique within the township; default 01)\n"
        "  point show                show this kiosk's service point\n"
        "  central-key set FILE      the central platform's public encryption key (PEM, X25519 or "
        "SM2)\n"
        "  staff add ID NAME         add a staff member (or reset their PIN); the 6-digit PIN is "
        "read from stdin\n"
        "  staff list | remove ID    the staff members who may log in here\n"
        "  outbox list               queued records: receipt, item, state, times (no personal "
        "data)\n"
        "  audit verify              check the hash chain of the audit log\n"
        "  config set printer SPEC   receipt printer: cups:NAME, file:DIR, or '' for the default "
        "file\n"
        "  config set retention DAYS how long delivered records stay listed (default 30)\n"
        "  enroll --gateway URL --token T --pin sha256//... [--pin ...] [--keys DIR] [--suite "
        "intl|gm]\n"
        "                            enroll this device with the central platform (safe to run "
        "again)\n"
        "  status                    enrollment, queue figures and the last sync success and "
        "error\n"
        "  pin list                  the gateway keys this kiosk accepts (current, next)\n"
        "  pin add sha256//...       accept another gateway key (a server key change announced "
        "by central);\n"
        "                            at most two are kept: the oldest goes\n"
        "  sync now                  ask jiujin-syncd to try at once (ends its backoff)\n"
        "  doctor [--offline]        check config, database, keys, certificate, clock, disk, "
        "gateway,\n"
        "                            printer and catalogue; print the fix of each problem\n"
        "                            (exit 0 all ok, 1 warnings, 2 failures)\n"
        "  diagnostics [--out FILE]  a .tar.gz for support: versions, config without secrets, "
        "doctor,\n"
        "                            queue figures, sync status, journal (never the database or "
        "keys)"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The kiosk database (default: %1).").arg(defaultDatabasePath()),
        QStringLiteral("FILE"), defaultDatabasePath());
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print search results as JSON."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("At most N search results (default 10)."),
                                         QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption daysOption(
        QStringLiteral("days"), QStringLiteral("catalogue misses: the last N days (default 30)."),
        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption gatewayOption(
        QStringLiteral("gateway"), QStringLiteral("enroll: the gateway, https://host[:port]."),
        QStringLiteral("URL"));
    const QCommandLineOption tokenOption(QStringLiteral("token"),
                                         QStringLiteral("enroll: the one-time enrollment token."),
                                         QStringLiteral("T"));
    const QCommandLineOption pinOption(
        QStringLiteral("pin"),
        QStringLiteral(
            "enroll: sha256//BASE64 of the gateway's public key (twice for current and next)."),
        QStringLiteral("PIN"));
    const QCommandLineOption keysOption(
        QStringLiteral("keys"),
        QStringLiteral("enroll, doctor: the device keys (default: [paths] keys of the config file, "
                       "else keys/ beside the database)."),
        QStringLiteral("DIR"));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"), QStringLiteral("doctor: skip the gateway check (no network)."));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QStringLiteral(
            "diagnostics: the tarball to write (default: jiujin-diagnostics-TIME.tar.gz here)."),
        QStringLiteral("FILE"));
    const QCommandLineOption suiteOption(
        QStringLiteral("suite"),
        QStringLiteral("enroll: the crypto suite of the service point, intl or gm (default: that "
                       "of the central key, else intl)."),
        QStringLiteral("SUITE"));
    parser.addOptions({dbOption, jsonOption, limitOption, daysOption, gatewayOption, tokenOption,
                       pinOption, keysOption, suiteOption, offlineOption, outOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "catalogue, point, central-key, staff, outbox, audit or config, then a subcommand"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0) + QLatin1Char(' ') + args.value(1);
    // doctor and diagnostics look at the database as it is: before open() would create or migrate
    // it.
    if (args.size() == 1 &&
        (args.at(0) == QLatin1String("doctor") || args.at(0) == QLatin1String("diagnostics"))) {
        DoctorOptions d;
        d.configFile = configFilePath();
        d.databasePath = parser.value(dbOption);
        d.keysDir = parser.value(keysOption);
        d.now = QDateTime::currentDateTimeUtc();
        d.buildDate = buildDate();
        d.checkGateway = !parser.isSet(offlineOption);
        const QList<Finding> findings = runDoctor(d);
        if (args.at(0) == QLatin1String("doctor")) {
            for (const Finding &f : findings)
                out() << f.text() << '\n';
            out().flush();
            return doctorExitCode(findings);
        }
        DiagnosticsOptions o;
        o.now = d.now;
        o.outFile = parser.isSet(outOption)
                        ? parser.value(outOption)
                        : QStringLiteral("jiujin-diagnostics-%1.tar.gz")
                              .arg(o.now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
        o.configFile = d.configFile;
        o.databasePath = d.databasePath;
        o.doctor = findings;
        o.ctlVersion = QStringLiteral(JIUJIN_VERSION);
        o.journalctl = QStandardPaths::findExecutable(QStringLiteral("journalctl"));
        auto written = writeDiagnostics(o);
        if (!written)
            return fail(written.error().message);
        out() << "wrote " << o.outFile << ":\n  " << written->join(QStringLiteral("\n  "))
              << Qt::endl;
        return 0;
    }
    auto db = Database::open(parser.value(dbOption));
    if (!db)
        return fail(db.error().message);
    CatalogueStore store(*db.value());
    CatalogueService catalogue(store);

    if (command == QLatin1String("catalogue import") && args.size() == 3) {
        auto info = catalogue.importFile(args.at(2));
        if (!info)
            return fail(
                QStringLiteral("catalogue refused, the catalogue in use is unchanged.\n  ") +
                info.error().message);
        printInfo(info.value());
        return 0;
    }
    if (command == QLatin1String("catalogue info") && args.size() == 2) {
        const auto info = store.info();
        if (!info)
            return fail(
                QStringLiteral("no catalogue imported yet; run: jiujinctl catalogue import FILE"));
        printInfo(*info);
        return 0;
    }
    if (command == QLatin1String("catalogue search") && args.size() >= 3) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1)
            return fail(QStringLiteral("--limit takes a positive number"));
        const QString here = store.setting(QStringLiteral("point"));
        const SearchOutcome found =
            catalogue.search(args.mid(2).join(QLatin1Char(' ')), here, limit);
        if (parser.isSet(jsonOption)) {
            QJsonArray results;
            for (const auto &r : found.results) {
                results.append(QJsonObject{{QStringLiteral("code"), r.item.code},
                                           {QStringLiteral("name"), r.item.nameZh},
                                           {QStringLiteral("name_en"), r.item.nameEn},
                                           {QStringLiteral("department"), r.item.department},
                                           {QStringLiteral("score"), r.tier},
                                           {QStringLiteral("handled_here"), r.item.handledHere}});
            }
            out() << QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                               {QStringLiteral("suggestions"),
                                                QJsonArray::fromStringList(found.suggestions)},
                                               {QStringLiteral("understood"),
                                                QJsonArray::fromStringList(found.understood)},
                                               {QStringLiteral("looked_for"),
                                                QJsonArray::fromStringList(found.lookedFor)}})
                         .toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const auto &r : found.results)
            out() << r.item.code << '\t' << r.item.nameZh << '\t' << r.item.department << '\t'
                  << r.tier << '\n';
        if (found.results.isEmpty())
            out() << "no items found"
                  << (found.suggestions.isEmpty()
                          ? QString()
                          : QStringLiteral("; try: ") +
                                found.suggestions.join(QStringLiteral(", ")))
                  << '\n';
        out().flush();
        return 0;
    }
    if (command == QLatin1String("catalogue misses") && args.size() == 2) {
        bool ok = false;
        const int days = parser.value(daysOption).toInt(&ok);
        if (!ok || days < 1 || days > SearchMissStore::keepDays)
            return fail(QStringLiteral("--days takes a number of days, 1-%1")
                            .arg(SearchMissStore::keepDays));
        const QDate since = protocol::chinaDate(QDateTime::currentDateTimeUtc()).addDays(1 - days);
        const QList<SearchMiss> misses = SearchMissStore(*db.value()).since(since);
        if (parser.isSet(jsonOption)) {
            QJsonArray rows;
            for (const SearchMiss &m : misses)
                rows.append(QJsonObject{{QStringLiteral("query"), m.query},
                                        {QStringLiteral("count"), m.count},
                                        {QStringLiteral("days"), m.days},
                                        {QStringLiteral("last"), m.last.toString(Qt::ISODate)}});
            out() << QJsonDocument(
                         QJsonObject{{QStringLiteral("since"), since.toString(Qt::ISODate)},
                                     {QStringLiteral("misses"), rows}})
                         .toJson(QJsonDocument::Indented);
            return 0;
        }
        out() << "searches that found nothing since " << since.toString(Qt::ISODate)
              << " (count, days, last day, query):\n";
        for (const SearchMiss &m : misses)
            out() << m.count << '\t' << m.days << '\t' << m.last.toString(Qt::ISODate) << '\t'
                  << m.query << '\n';
        if (misses.isEmpty())
            out() << "none\n";
        out().flush();
        return 0;
    }
    if (command == QLatin1String("point set") && (args.size() == 3 || args.size() == 4)) {
        if (!store.point(args.at(2)))
            return fail(QStringLiteral("%1 is not a service point of the catalogue in use")
                            .arg(args.at(2)));
        const QString number = args.value(3, QStringLiteral("01"));
        if (number.size() != 2 || !number.at(0).isDigit() || !number.at(1).isDigit() ||
            number == QLatin1String("00"))
            return fail(QStringLiteral("the kiosk number is two digits, 01-99"));
        if (auto r = store.setSetting(QStringLiteral("point"), args.at(2)); !r)
            return fail(r.error().message);
        if (auto r = store.setSetting(QStringLiteral("kiosk.number"), number); !r)
            return fail(r.error().message);
        out() << "this kiosk's service point is now " << args.at(2) << ", kiosk number " << number
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("central-key set") && args.size() == 3) {
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(args.at(2)));
        auto key = protocol::Key::fromPem(file.readAll());
        if (!key)
            return fail(QStringLiteral("not a usable key: ") + key.error().message);
        if (!key->canSeal())
            return fail(QStringLiteral(
                "this key cannot receive sealed records (it must be X25519 or SM2)"));
        if (auto r = store.setSetting(QStringLiteral("central.public_key"),
                                      QString::fromLatin1(key->publicPem()));
            !r)
            return fail(r.error().message);
        out() << "records are now sealed to this " << protocol::suiteName(key->suite()) << " key"
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("staff add") && args.size() == 4) {
        const QString pin = readSecret("6-digit PIN: ");
        if (auto r = StaffService(*db.value()).enrol(args.at(2), args.at(3), pin); !r)
            return fail(r.error().message);
        out() << "staff member " << args.at(2) << " may log in" << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("staff list") && args.size() == 2) {
        for (const StaffRow &row : StaffStore(*db.value()).all())
            out() << row.id << '\t' << row.displayName
                  << (row.lockedUntil ? QStringLiteral("\tlocked until ") +
                                            row.lockedUntil->toString(Qt::ISODate)
                                      : QString())
                  << '\n';
        out().flush();
        return 0;
    }
    if (command == QLatin1String("staff remove") && args.size() == 3) {
        if (auto r = StaffStore(*db.value()).remove(args.at(2)); !r)
            return fail(r.error().message);
        return 0;
    }
    if (command == QLatin1String("outbox list") && args.size() == 2) {
        for (const OutboxRecord &r : OutboxStore(*db.value()).board(1000))
            out() << (r.receipt.isEmpty() ? QStringLiteral("rating:") + r.refersTo : r.receipt)
                  << '\t' << r.itemCode << '\t' << r.state << '\t'
                  << r.createdAt.toString(Qt::ISODate) << '\t' << r.updatedAt.toString(Qt::ISODate)
                  << '\t' << r.reason << '\n';
        out().flush();
        return 0;
    }
    if (command == QLatin1String("audit verify") && args.size() == 2) {
        const AuditCheck check = AuditLog(*db.value()).verify();
        if (!check.ok)
            return fail(QStringLiteral("audit log BROKEN at entry %1: %2")
                            .arg(check.brokenAt)
                            .arg(check.problem));
        out() << "audit log intact: " << check.entries << " entries" << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("config set") && args.size() == 4 &&
        args.at(2) == QLatin1String("retention")) {
        bool ok = false;
        const int days = args.at(3).toInt(&ok);
        if (!ok || days < 1 || days > 3650)
            return fail(QStringLiteral("retention is a number of days, 1-3650"));
        if (auto r =
                store.setSetting(QStringLiteral("outbox.retention_days"), QString::number(days));
            !r)
            return fail(r.error().message);
        return 0;
    }
    if (command == QLatin1String("config set") && args.size() == 4 &&
        args.at(2) == QLatin1String("printer")) {
        const QString spec = args.at(3);
        if (!spec.isEmpty() && !spec.startsWith(QLatin1String("cups:")) &&
            !spec.startsWith(QLatin1String("file:")))
            return fail(QStringLiteral("a printer is cups:NAME or file:DIR"));
        if (auto r = store.setSetting(QStringLiteral("printer"), spec); !r)
            return fail(r.error().message);
        return 0;
    }
    if (command == QLatin1String("point show") && args.size() == 2) {
        const auto p = store.point(store.setting(QStringLiteral("point")));
        if (!p)
            return fail(QStringLiteral("no service point set; run: jiujinctl point set CODE"));
        out() << p->code << '\t' << p->nameZh << '\t' << p->level << Qt::endl;
        return 0;
    }
    if (args.size() == 1 && args.at(0) == QLatin1String("enroll")) {
        if (!parser.isSet(gatewayOption) || !parser.isSet(tokenOption))
            return fail(
                QStringLiteral("enroll needs --gateway URL and --token T (and --pin sha256//...)"));
        EnrollOptions o;
        o.gateway = parser.value(gatewayOption);
        o.token = parser.value(tokenOption);
        o.pins = parser.values(pinOption);
        o.keysDir = parser.isSet(keysOption) ? parser.value(keysOption) : configuredKeysDir();
        if (o.keysDir.isEmpty())
            o.keysDir = defaultKeysDir(parser.value(dbOption));
        if (parser.isSet(suiteOption)) {
            const auto suite = protocol::suiteFromName(parser.value(suiteOption));
            if (!suite)
                return fail(QStringLiteral("--suite is intl or gm"));
            o.suite = *suite;
        } else if (auto central = protocol::Key::fromPem(
                       store.setting(QLatin1String(syncsetting::centralKey)).toLatin1())) {
            o.suite = central->suite();
        }
        auto enrolled = KioskEnrollment(*db.value()).enroll(o);
        if (!enrolled)
            return fail(QStringLiteral("enrollment failed: ") + enrolled.error().message);
        out() << "enrolled as device " << enrolled->deviceId << " at service point "
              << enrolled->point << " (" << enrolled->suite << "); keys in " << o.keysDir
              << Qt::endl;
        const QString here = store.setting(QStringLiteral("point"));
        if (here != enrolled->point)
            err() << "warning: this kiosk's service point is "
                  << (here.isEmpty() ? QStringLiteral("not set") : here) << "; the token was for "
                  << enrolled->point << " (jiujinctl point set " << enrolled->point << ")"
                  << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("pin list") && args.size() == 2) {
        for (const QString &pin : store.setting(QLatin1String(syncsetting::pins))
                                      .split(QLatin1Char(';'), Qt::SkipEmptyParts))
            out() << pin << '\n';
        out().flush();
        return 0;
    }
    if (command == QLatin1String("pin add") && args.size() == 3) {
        const QString pin = args.at(2).trimmed();
        if (!protocol::isPin(pin.toLatin1()))
            return fail(QStringLiteral(
                "a pin is sha256// and the base64 SHA-256 of the gateway's public key"));
        if (store.setting(QLatin1String(syncsetting::deviceId)).isEmpty())
            return fail(
                QStringLiteral("this kiosk is not enrolled: give pins to jiujinctl enroll"));
        QStringList pins = store.setting(QLatin1String(syncsetting::pins))
                               .split(QLatin1Char(';'), Qt::SkipEmptyParts);
        if (pins.contains(pin)) {
            out() << "already accepted: " << pin << Qt::endl;
            return 0;
        }
        pins.append(pin);
        while (pins.size() > protocol::maxPins) {
            out() << "no longer accepted: " << pins.first() << Qt::endl;
            pins.removeFirst();
        }
        if (auto r =
                store.setSetting(QLatin1String(syncsetting::pins), pins.join(QLatin1Char(';')));
            !r)
            return fail(r.error().message);
        out() << "accepted: " << pin << " (jiujin-syncd takes it before its next sync)" << Qt::endl;
        return 0;
    }
    if (args.size() == 2 && args.at(0) == QLatin1String("sync") &&
        args.at(1) == QLatin1String("now")) {
        // jiujin-syncd watches the database; this setting changing is what ends its backoff.
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (auto r = store.setSetting(QLatin1String(syncsetting::nudgedAt), at); !r) {
            err() << "jiujinctl: " << r.error().message << Qt::endl;
            return 1;
        }
        out() << "asked jiujin-syncd to sync now" << Qt::endl;
        return 0;
    }
    if (args.size() == 1 && args.at(0) == QLatin1String("status")) {
        const QString device = store.setting(QLatin1String(syncsetting::deviceId));
        const OutboxCounts c = OutboxStore(*db.value()).counts();
        auto orNone = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
        out() << "device:          " << (device.isEmpty() ? QStringLiteral("not enrolled") : device)
              << '\n'
              << "gateway:         " << orNone(store.setting(QLatin1String(syncsetting::gateway)))
              << '\n'
              << "service point:   " << orNone(store.setting(QLatin1String(syncsetting::point)))
              << '\n'
              << "suite:           " << orNone(store.setting(QLatin1String(syncsetting::suite)))
              << '\n'
              << "pending:         " << c.pending << '\n'
              << "sending:         " << c.sending << '\n'
              << "accepted:        " << c.accepted << '\n'
              << "rejected:        " << c.rejected << '\n'
              << "needs attention: " << c.needsAttention << '\n'
              << "oldest waiting:  "
              << (c.oldestWaiting ? c.oldestWaiting->toUTC().toString(Qt::ISODate)
                                  : QStringLiteral("-"))
              << '\n'
              << "last success:    "
              << orNone(store.setting(QLatin1String(syncsetting::lastSuccess))) << '\n'
              << "last error:      "
              << orNone(store.setting(QLatin1String(syncsetting::lastError)));
        if (const QString at = store.setting(QLatin1String(syncsetting::lastErrorAt));
            !at.isEmpty())
            out() << " (" << at << ")";
        out() << Qt::endl;
        return 0;
    }
    parser.showHelp(2);
}
