// jiujinctl's subcommands: the table and its handlers. Handlers parse and print; every change goes
// through a service that audits it (StaffService, KioskConfigService, CatalogueService,
// DeviceAdminService), never to a store directly.
#include "ctlcommand.h"

#include "auditlog.h"
#include "catalogueservice.h"
#include "cataloguestore.h"
#include "chinatime.h"
#include "database.h"
#include "deviceadminservice.h"
#include "deviceconfig.h"
#include "diagnostics.h"
#include "doctor.h"
#include "keys.h"
#include "kioskconfigservice.h"
#include "numberargument.h"
#include "paths.h"
#include "searchmissstore.h"
#include "slots.h"
#include "staffboardservice.h"
#include "staffservice.h"
#include "staffstore.h"

#include <termios.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

#include <limits>

namespace jiujin {

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

QString setting(CtlContext &c, const char *key)
{
    return CatalogueStore(*c.db).setting(QLatin1String(key));
}

// doctor and diagnostics look at the database as it is: before open() would create or migrate it.
QList<Finding> runDoctorFor(CtlContext &c, DoctorOptions &d)
{
    d.configFile = configFilePath();
    d.databasePath = c.parser.value(c.options.db);
    d.keysDir = c.parser.value(c.options.keys);
    d.now = QDateTime::currentDateTimeUtc();
    d.buildDate = buildDate();
    d.checkGateway = !c.parser.isSet(c.options.offline);
    return runDoctor(d);
}

int doctor(CtlContext &c)
{
    DoctorOptions d;
    const QList<Finding> findings = runDoctorFor(c, d);
    for (const Finding &f : findings)
        out() << f.text() << '\n';
    out().flush();
    return doctorExitCode(findings);
}

int diagnostics(CtlContext &c)
{
    DoctorOptions d;
    const QList<Finding> findings = runDoctorFor(c, d);
    DiagnosticsOptions o;
    o.now = d.now;
    o.outFile = c.parser.isSet(c.options.out)
                    ? c.parser.value(c.options.out)
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
    out() << "wrote " << o.outFile << ":\n  " << written->join(QStringLiteral("\n  ")) << Qt::endl;
    return 0;
}

int catalogueImport(CtlContext &c)
{
    CatalogueStore store(*c.db);
    auto info = CatalogueService(store).importFile(c.args.at(0));
    if (!info)
        return fail(QStringLiteral("catalogue refused, the catalogue in use is unchanged.\n  ") +
                    info.error().message);
    printInfo(info.value());
    return 0;
}

int catalogueInfo(CtlContext &c)
{
    CatalogueStore store(*c.db);
    const auto info = CatalogueService(store).info();
    if (!info)
        return fail(
            QStringLiteral("no catalogue imported yet; run: jiujinctl catalogue import FILE"));
    printInfo(*info);
    return 0;
}

int catalogueSearch(CtlContext &c)
{
    const auto limit =
        NumberArgument::read(QStringLiteral("--limit"), c.parser.value(c.options.limit), 1, 1000);
    if (!limit.value)
        return fail(limit.problem + QStringLiteral(" (results)"));
    CatalogueStore store(*c.db);
    CatalogueService catalogue(store);
    const QString here = store.setting(QLatin1String(kiosksetting::point));
    // No miss log: a technician's searches are not the citizens' unanswered questions.
    const SearchOutcome found =
        catalogue.search(c.args.join(QLatin1Char(' ')), here, int(*limit.value));
    if (c.parser.isSet(c.options.json)) {
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
        out() << r.item.code << '\t' << r.item.nameZh << '\t' << r.item.department << '\t' << r.tier
              << '\n';
    if (found.results.isEmpty())
        out() << "no items found"
              << (found.suggestions.isEmpty()
                      ? QString()
                      : QStringLiteral("; try: ") + found.suggestions.join(QStringLiteral(", ")))
              << '\n';
    out().flush();
    return 0;
}

int catalogueMisses(CtlContext &c)
{
    const auto n = NumberArgument::read(QStringLiteral("--days"), c.parser.value(c.options.days), 1,
                                        SearchMissStore::keepDays);
    if (!n.value)
        return fail(n.problem + QStringLiteral(" (days)"));
    const int days = int(*n.value);
    const QDate since = protocol::chinaDate(QDateTime::currentDateTimeUtc()).addDays(1 - days);
    const QList<SearchMiss> misses = SearchMissStore(*c.db).since(since);
    if (c.parser.isSet(c.options.json)) {
        QJsonArray rows;
        for (const SearchMiss &m : misses)
            rows.append(QJsonObject{{QStringLiteral("query"), m.query},
                                    {QStringLiteral("count"), m.count},
                                    {QStringLiteral("days"), m.days},
                                    {QStringLiteral("last"), m.last.toString(Qt::ISODate)}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("since"), since.toString(Qt::ISODate)},
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

int pointSet(CtlContext &c)
{
    const QString number = c.args.value(1, QStringLiteral("01"));
    if (auto r = KioskConfigService(*c.db).setPoint(c.args.at(0), number); !r)
        return fail(r.error().message);
    out() << "this kiosk's service point is now " << c.args.at(0) << ", kiosk number " << number
          << Qt::endl;
    return 0;
}

int pointShow(CtlContext &c)
{
    CatalogueStore store(*c.db);
    const auto p = CatalogueService(store).thisPoint();
    if (!p)
        return fail(QStringLiteral("no service point set; run: jiujinctl point set CODE"));
    out() << p->code << '\t' << p->nameZh << '\t' << p->level << Qt::endl;
    return 0;
}

int centralKeySet(CtlContext &c)
{
    QFile file(c.args.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(c.args.at(0)));
    auto suite = KioskConfigService(*c.db).setCentralKey(file.readAll());
    if (!suite)
        return fail(suite.error().message);
    out() << "records are now sealed to this " << protocol::suiteName(suite.value()) << " key"
          << Qt::endl;
    return 0;
}

int staffAdd(CtlContext &c)
{
    const QString pin = readSecret("6-digit PIN: ");
    if (auto r = StaffService(*c.db).enrol(c.args.at(0), c.args.at(1), pin); !r)
        return fail(r.error().message);
    out() << "staff member " << c.args.at(0) << " may log in" << Qt::endl;
    return 0;
}

int staffList(CtlContext &c)
{
    for (const StaffRow &row : StaffStore(*c.db).all())
        out() << row.id << '\t' << row.displayName
              << (row.lockedUntil
                      ? QStringLiteral("\tlocked until ") + row.lockedUntil->toString(Qt::ISODate)
                      : QString())
              << '\n';
    out().flush();
    return 0;
}

int staffRemove(CtlContext &c)
{
    if (auto r = StaffService(*c.db).remove(c.args.at(0)); !r)
        return fail(r.error().message);
    return 0;
}

int outboxList(CtlContext &c)
{
    for (const OutboxRecord &r : StaffBoardService(*c.db).board(1000))
        out() << (r.receipt.isEmpty() ? QStringLiteral("rating:") + r.refersTo : r.receipt) << '\t'
              << r.itemCode << '\t' << r.state << '\t' << r.createdAt.toString(Qt::ISODate) << '\t'
              << r.updatedAt.toString(Qt::ISODate) << '\t' << r.reason << '\n';
    out().flush();
    return 0;
}

int auditVerify(CtlContext &c)
{
    const AuditCheck check = AuditLog(*c.db).verify();
    if (!check.ok)
        return fail(QStringLiteral("audit log BROKEN at entry %1: %2")
                        .arg(check.brokenAt)
                        .arg(check.problem));
    out() << "audit log intact: " << check.entries << " entries" << Qt::endl;
    return 0;
}

int configSetPrinter(CtlContext &c)
{
    if (auto r = KioskConfigService(*c.db).setPrinter(c.args.at(0)); !r)
        return fail(r.error().message);
    return 0;
}

int configSetRetention(CtlContext &c)
{
    // The range is the service's rule: anything that is no number at all is refused as 0.
    const auto days = NumberArgument::parse(c.args.at(0), 0, std::numeric_limits<int>::max());
    if (auto r = KioskConfigService(*c.db).setRetentionDays(days ? int(*days) : 0); !r)
        return fail(r.error().message);
    return 0;
}

int configSetVoice(CtlContext &c)
{
    if (auto r = KioskConfigService(*c.db).setVoice(c.args.at(0)); !r)
        return fail(r.error().message);
    return 0;
}

int enroll(CtlContext &c)
{
    const QCommandLineParser &p = c.parser;
    const CtlOptions &o = c.options;
    if (!p.isSet(o.gateway) || !p.isSet(o.token))
        return fail(
            QStringLiteral("enroll needs --gateway URL and --token T (and --pin sha256//...)"));
    EnrollOptions e;
    e.gateway = p.value(o.gateway);
    e.token = p.value(o.token);
    e.pins = p.values(o.pin);
    e.keysDir = p.isSet(o.keys) ? p.value(o.keys) : configuredKeysDir();
    if (e.keysDir.isEmpty())
        e.keysDir = defaultKeysDir(p.value(o.db));
    if (p.isSet(o.suite)) {
        const auto suite = protocol::suiteFromName(p.value(o.suite));
        if (!suite)
            return fail(QStringLiteral("--suite is intl or gm"));
        e.suite = *suite;
    } else if (auto central =
                   protocol::Key::fromPem(setting(c, syncsetting::centralKey).toLatin1())) {
        e.suite = central->suite();
    }
    auto enrolled = DeviceAdminService(*c.db).enroll(e);
    if (!enrolled)
        return fail(QStringLiteral("enrollment failed: ") + enrolled.error().message);
    out() << "enrolled as device " << enrolled->deviceId << " at service point " << enrolled->point
          << " (" << enrolled->suite << "); keys in " << e.keysDir << Qt::endl;
    const QString here = setting(c, kiosksetting::point);
    if (here != enrolled->point)
        err() << "warning: this kiosk's service point is "
              << (here.isEmpty() ? QStringLiteral("not set") : here) << "; the token was for "
              << enrolled->point << " (jiujinctl point set " << enrolled->point << ")" << Qt::endl;
    return 0;
}

int pinList(CtlContext &c)
{
    for (const QString &pin :
         setting(c, syncsetting::pins).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        out() << pin << '\n';
    out().flush();
    return 0;
}

int pinAdd(CtlContext &c)
{
    const QString pin = c.args.at(0).trimmed();
    auto change = DeviceAdminService(*c.db).addPin(pin);
    if (!change)
        return fail(change.error().message);
    if (change->alreadyAccepted) {
        out() << "already accepted: " << pin << Qt::endl;
        return 0;
    }
    for (const QString &dropped : change->dropped)
        out() << "no longer accepted: " << dropped << Qt::endl;
    out() << "accepted: " << pin << " (jiujin-syncd takes it before its next sync)" << Qt::endl;
    return 0;
}

int syncNow(CtlContext &c)
{
    if (auto r = DeviceAdminService(*c.db).nudgeSync(); !r)
        return fail(r.error().message);
    out() << "asked jiujin-syncd to sync now" << Qt::endl;
    return 0;
}

int status(CtlContext &c)
{
    const QString device = setting(c, syncsetting::deviceId);
    StaffBoardService board(*c.db);
    const OutboxCounts n = board.counts();
    const SyncHealth sync = board.syncHealth();
    auto orNone = [&c](const char *key) {
        const QString s = setting(c, key);
        return s.isEmpty() ? QStringLiteral("-") : s;
    };
    out() << "device:          " << (device.isEmpty() ? QStringLiteral("not enrolled") : device)
          << '\n'
          << "gateway:         " << orNone(syncsetting::gateway) << '\n'
          << "service point:   " << orNone(syncsetting::point) << '\n'
          << "suite:           " << orNone(syncsetting::suite) << '\n'
          << "pending:         " << n.pending << '\n'
          << "sending:         " << n.sending << '\n'
          << "accepted:        " << n.accepted << '\n'
          << "rejected:        " << n.rejected << '\n'
          << "needs attention: " << n.needsAttention << '\n'
          << "oldest waiting:  "
          << (n.oldestWaiting ? n.oldestWaiting->toUTC().toString(Qt::ISODate)
                              : QStringLiteral("-"))
          << '\n'
          << "last success:    " << orNone(syncsetting::lastSuccess) << '\n';
    // The last error only while it is the news; once a sync succeeded after it, it is history
    // and says so. Its meaning first (SyncErrorText), libcurl's or central's own text as detail,
    // and that detail only while the error is current: under a later success it would read as
    // today's problem.
    // Every time in status is UTC ISO 8601, as the lines above print them.
    const auto iso = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); };
    if (sync.lastError.isEmpty())
        out() << "last error:      -\n";
    else if (sync.failing() || !sync.lastErrorAt.isValid()) // no time: it may be current
        out() << "last error:      " << sync.problem()
              << (sync.lastErrorAt.isValid()
                      ? QStringLiteral(" (since %1)").arg(iso(sync.lastErrorAt))
                      : QString())
              << "\n  detail:        " << sync.lastError << '\n';
    else
        out() << "last error:      - (earlier, at " << iso(sync.lastErrorAt) << ": "
              << sync.problem() << "; since then: ok at " << iso(sync.lastSuccess) << ")\n";
    out().flush();
    return 0;
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

CtlOptions::CtlOptions()
    : db(QStringLiteral("db"),
         QStringLiteral("The kiosk database (default: %1).").arg(defaultDatabasePath()),
         QStringLiteral("FILE"), defaultDatabasePath()),
      json(QStringLiteral("json"), QStringLiteral("Print search results as JSON.")),
      limit(QStringLiteral("limit"), QStringLiteral("At most N search results (default 10)."),
            QStringLiteral("N"), QStringLiteral("10")),
      days(QStringLiteral("days"),
           QStringLiteral("catalogue misses: the last N days (default 30)."), QStringLiteral("N"),
           QStringLiteral("30")),
      gateway(QStringLiteral("gateway"),
              QStringLiteral("enroll: the gateway, https://host[:port]."), QStringLiteral("URL")),
      token(QStringLiteral("token"), QStringLiteral("enroll: the one-time enrollment token."),
            QStringLiteral("T")),
      pin(QStringLiteral("pin"),
          QStringLiteral(
              "enroll: sha256//BASE64 of the gateway's public key (twice for current and next)."),
          QStringLiteral("PIN")),
      keys(QStringLiteral("keys"),
           QStringLiteral("enroll, doctor: the device keys (default: [paths] keys of the config "
                          "file, else keys/ beside the database)."),
           QStringLiteral("DIR")),
      suite(QStringLiteral("suite"),
            QStringLiteral("enroll: the crypto suite of the service point, intl or gm (default: "
                           "that of the central key, else intl)."),
            QStringLiteral("SUITE")),
      offline(QStringLiteral("offline"),
              QStringLiteral("doctor: skip the gateway check (no network).")),
      out(QStringLiteral("out"),
          QStringLiteral(
              "diagnostics: the tarball to write (default: jiujin-diagnostics-TIME.tar.gz here)."),
          QStringLiteral("FILE"))
{
}

QList<QCommandLineOption> CtlOptions::all() const
{
    return {db, json, limit, days, gateway, token, pin, keys, suite, offline, out};
}

const std::vector<CtlCommand> &ctlCommands()
{
    // name, args min..max, usage, help, changes state, opens the database, handler
    static const std::vector<CtlCommand> table{
        {s("catalogue import"), 1, 1, s("catalogue import FILE"),
         s("validate a catalogue bundle and replace the catalogue with it"), true, true,
         catalogueImport},
        {s("catalogue info"), 0, 0, s("catalogue info"), s("show the catalogue in use"), false,
         true, catalogueInfo},
        {s("catalogue search"), 1, -1, s("catalogue search QUERY"),
         s("search items as the kiosk does (汉字, pinyin, initials, questions)"), false, true,
         catalogueSearch},
        {s("catalogue misses"), 0, 0, s("catalogue misses"),
         s("what citizens searched for and found nothing, most asked first\n"
           "(--days N, default 30), to grow db/seed/synonyms.tsv"),
         false, true, catalogueMisses},
        {s("point set"), 1, 2, s("point set CODE [NN]"),
         s("set the service point this kiosk stands at, and its kiosk number\n"
           "(2 digits, unique within the township; default 01)"),
         true, true, pointSet},
        {s("point show"), 0, 0, s("point show"), s("show this kiosk's service point"), false, true,
         pointShow},
        {s("central-key set"), 1, 1, s("central-key set FILE"),
         s("the central platform's public encryption key (PEM, X25519 or SM2)"), true, true,
         centralKeySet},
        {s("staff add"), 2, 2, s("staff add ID NAME"),
         s("add a staff member (or reset their PIN); the 6-digit PIN is read from stdin"), true,
         true, staffAdd},
        {s("staff list"), 0, 0, s("staff list | remove ID"),
         s("the staff members who may log in here"), false, true, staffList},
        {s("staff remove"), 1, 1, QString(), QString(), true, true, staffRemove},
        {s("outbox list"), 0, 0, s("outbox list"),
         s("queued records: receipt, item, state, times (no personal data)"), false, true,
         outboxList},
        {s("audit verify"), 0, 0, s("audit verify"), s("check the hash chain of the audit log"),
         false, true, auditVerify},
        {s("config set printer"), 1, 1, s("config set printer SPEC"),
         s("receipt printer: cups:NAME, file:DIR, or '' for the default file"), true, true,
         configSetPrinter},
        {s("config set retention"), 1, 1, s("config set retention DAYS"),
         s("how long delivered records stay listed (default 30)"), true, true, configSetRetention},
        {s("config set voice"), 1, 1, s("config set voice on|off|elder"),
         s("voice guidance at each visit's start: on (the listen button), off, or elder\n"
           "(every screen read aloud); the kiosk reads it at start-up"),
         true, true, configSetVoice},
        {s("enroll"), 0, 0,
         s("enroll --gateway URL --token T --pin sha256//... [--pin ...] [--keys DIR] [--suite "
           "intl|gm]"),
         s("enroll this device with the central platform (safe to run again)"), true, true, enroll},
        {s("status"), 0, 0, s("status"),
         s("enrollment, queue figures and the last sync success and error"), false, true, status},
        {s("pin list"), 0, 0, s("pin list"),
         s("the gateway keys this kiosk accepts (current, next)"), false, true, pinList},
        {s("pin add"), 1, 1, s("pin add sha256//..."),
         s("accept another gateway key (a server key change announced by central);\n"
           "at most two are kept: the oldest goes"),
         true, true, pinAdd},
        {s("sync now"), 0, 0, s("sync now"),
         s("ask jiujin-syncd to try at once (ends its backoff)"), true, true, syncNow},
        {s("doctor"), 0, 0, s("doctor [--offline]"),
         s("check config, database, keys, certificate, clock, disk, gateway,\n"
           "printer and catalogue; print the fix of each problem\n"
           "(exit 0 all ok, 1 warnings, 2 failures)"),
         false, false, doctor},
        {s("diagnostics"), 0, 0, s("diagnostics [--out FILE]"),
         s("a .tar.gz for support: versions, config without secrets, doctor,\n"
           "queue figures, sync status, journal (never the database or keys)"),
         false, false, diagnostics},
    };
    return table;
}

const CtlCommand *findCtlCommand(const QStringList &positional)
{
    for (const CtlCommand &c : ctlCommands()) {
        const QStringList words = c.words();
        if (positional.size() < words.size() || positional.mid(0, words.size()) != words)
            continue;
        const qsizetype args = positional.size() - words.size();
        if (args >= c.minArgs && (c.maxArgs < 0 || args <= c.maxArgs))
            return &c;
    }
    return nullptr;
}

QString ctlCommandsHelp()
{
    constexpr int column = 28; // where the help text starts: two spaces, usage, padding
    const QString indent(column, QLatin1Char(' '));
    QString text = QStringLiteral("Commands:");
    for (const CtlCommand &c : ctlCommands()) {
        if (c.usage.isEmpty())
            continue;
        QString line = QStringLiteral("  ") + c.usage;
        line += line.size() < column ? QString(column - line.size(), QLatin1Char(' '))
                                     : QLatin1Char('\n') + indent;
        line += c.help.split(QLatin1Char('\n')).join(QLatin1Char('\n') + indent);
        text += QLatin1Char('\n') + line;
    }
    return text;
}

} // namespace jiujin
