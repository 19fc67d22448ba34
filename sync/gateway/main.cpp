// jiujin-gateway: the reference central platform. Parses the command line and wires the library's
// objects; everything else lives in jiujin_gateway.
#include "enrollmentservice.h"
#include "gatewaykeys.h"
#include "gatewayserver.h"
#include "gatewaystore.h"
#include "intakeservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <sys/stat.h>
#include <thread>

using namespace jiujin;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "jiujin-gateway: " << message << Qt::endl;
    return 1;
}

int usage()
{
    return fail(QStringLiteral(
        "usage: jiujin-gateway init --data-dir DIR [--host NAME]... [--force]\n"
        "       jiujin-gateway serve --data-dir DIR --listen HOST:PORT [--suite intl|gm] "
        "--catalogue BUNDLE\n"
        "       jiujin-gateway token create --data-dir DIR --point P [--suite intl|gm]\n"
        "       jiujin-gateway devices --data-dir DIR\n"
        "       jiujin-gateway submissions --data-dir DIR [--device D]\n"
        "       jiujin-gateway revoke --data-dir DIR DEVICE"));
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

int serve(const QString &dir, const QString &listen, const QString &suiteName,
          const QString &catalogue)
{
    const auto suite = protocol::suiteFromName(suiteName);
    if (!suite)
        return fail(QStringLiteral("--suite: expected intl or gm"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    if (!portOk || port < 0 || port > 65535)
        return fail(QStringLiteral("--listen: expected HOST:PORT"));
    QFile bundle(catalogue);
    if (catalogue.isEmpty() || !bundle.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("--catalogue: cannot read the bundle"));
    auto forms = IntakeService::formsFromBundle(bundle.readAll());
    if (!forms)
        return fail(forms.error().message);
    auto keys = GatewayKeys::load(dir);
    if (!keys)
        return fail(keys.error().message);
    auto store = GatewayStore::open(GatewayKeys::databasePath(dir));
    if (!store)
        return fail(store.error().message);
    EnrollmentService enrollment(*store.value(), keys.value(), *suite);
    IntakeService intake(*store.value(), keys.value(), std::move(forms.value()));
    GatewayServer server(keys.value(), *store.value(), enrollment, intake, {});

    // SIGINT/SIGTERM are taken by a waiting thread, which may safely stop the server.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    auto bound = server.bind(listen.left(colon), port);
    if (!bound)
        return fail(bound.error().message);
    std::printf("listening on %d\n", bound.value());
    std::fflush(stdout);
    std::thread waiter([&] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        server.stop();
    });
    const bool ok = server.listen();
    if (waiter.joinable()) {
        pthread_kill(waiter.native_handle(), SIGTERM);
        waiter.join();
    }
    return ok ? 0 : fail(QStringLiteral("server stopped with an error"));
}

} // namespace

int main(int argc, char **argv)
{
    // Keys, the database and its -wal/-shm files are for this user only.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiujin-gateway"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Server certificate name (repeatable)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption force(
        QStringLiteral("force"), QStringLiteral("init: replace every key (the database is kept)."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("HOST:PORT (port 0: any)."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption suite(QStringLiteral("suite"), QStringLiteral("intl or gm."),
                                   QStringLiteral("SUITE"));
    const QCommandLineOption catalogue(QStringLiteral("catalogue"),
                                       QStringLiteral("Catalogue bundle (JSON)."),
                                       QStringLiteral("BUNDLE"));
    const QCommandLineOption point(QStringLiteral("point"), QStringLiteral("Service point code."),
                                   QStringLiteral("P"));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("Device id."),
                                    QStringLiteral("D"));
    parser.addOptions({dataDir, host, force, listen, suite, catalogue, point, device});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("init | serve | token create | devices | "
                                                "submissions | revoke DEVICE"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString dir = parser.value(dataDir);
    if (args.isEmpty() || dir.isEmpty())
        return usage();
    const QString command = args.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (command == QLatin1String("init")) {
        auto keys = GatewayKeys::init(dir, parser.values(host), now, parser.isSet(force));
        if (!keys)
            return fail(keys.error().message);
        out() << "server pin: " << keys->serverPin() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("serve"))
        return serve(dir, parser.value(listen),
                     parser.isSet(suite) ? parser.value(suite) : QStringLiteral("intl"),
                     parser.value(catalogue));

    auto keys = GatewayKeys::load(dir);
    if (!keys)
        return fail(keys.error().message);
    auto store = GatewayStore::open(GatewayKeys::databasePath(dir));
    if (!store)
        return fail(store.error().message);

    if (command == QLatin1String("token") && args.value(1) == QLatin1String("create")) {
        EnrollmentService enrollment(*store.value(), keys.value(), protocol::Suite::Intl);
        auto token = enrollment.createToken(parser.value(point), parser.value(suite), now);
        if (!token)
            return fail(token.error().message);
        out() << token.value() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("devices")) {
        for (const DeviceRow &d : store.value()->devices())
            out() << d.id << '\t' << d.point << '\t' << d.suite << '\t' << isoTime(d.enrolledAt)
                  << '\t'
                  << (d.revokedAt ? QStringLiteral("revoked ") + isoTime(*d.revokedAt)
                                  : QStringLiteral("active"))
                  << '\t' << (d.lastHeartbeat ? isoTime(*d.lastHeartbeat) : QStringLiteral("-"))
                  << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("submissions")) {
        // Readable metadata only: the records themselves stay sealed.
        for (const SubmissionRow &s : store.value()->submissions(parser.value(device)))
            out() << s.uuid << '\t' << s.device << '\t' << s.item << '\t' << s.status << '\t'
                  << (s.receipt.isEmpty() ? QStringLiteral("-") : s.receipt) << '\t'
                  << isoTime(s.receivedAt) << '\t' << s.reason << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("revoke") && args.size() == 2) {
        if (auto r = store.value()->revoke(args.at(1), now); !r)
            return fail(r.error().message);
        out() << "revoked " << args.at(1) << Qt::endl;
        return 0;
    }
    return usage();
}
