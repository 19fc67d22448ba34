#include "tokencommand.h"

#include "enrollmentservice.h"
#include "fleetservice.h"
#include "gatewaykeys.h"
#include "operatorcommand.h"

#include <QTextStream>

namespace jiujin::gateway {

int tokenCommand(const QStringList &args, const QString &point, const QString &suite,
                 CentralStorage &storage, const GatewayKeys &keys, const QDateTime &now)
{
    if (args.value(0) != QLatin1String("token"))
        return -1;
    QTextStream out(stdout);
    QTextStream err(stderr);
    EnrollmentService enrollment(storage, keys, protocol::Suite::Intl);
    FleetService fleet(storage, enrollment);
    if (args.value(1) == QLatin1String("create") && args.size() == 2) {
        auto made = fleet.createToken(commandLineActor(), point, suite, now);
        if (!made) {
            err << "jiujin-gateway: " << made.error().message << Qt::endl;
            return 1;
        }
        // The id (for `token withdraw`) on stderr, the token alone on stdout: scripts take it.
        err << "token " << FleetService::tokenId(made->row) << " for " << made->row.point
            << ", until " << made->row.expiresAt.toUTC().toString(Qt::ISODate) << Qt::endl;
        out << made->token << Qt::endl;
        return 0;
    }
    if (args.value(1) == QLatin1String("withdraw") && args.size() == 3) {
        auto done = fleet.withdrawToken(commandLineActor(), args.at(2), now);
        if (!done) {
            err << "jiujin-gateway: " << done.error().message << Qt::endl;
            return 1;
        }
        if (!done.value()) {
            err << "jiujin-gateway: token " << args.at(2) << " enrolled a device already"
                << Qt::endl;
            return 1;
        }
        out << "withdrawn " << args.at(2) << Qt::endl;
        return 0;
    }
    return -1;
}

} // namespace jiujin::gateway
