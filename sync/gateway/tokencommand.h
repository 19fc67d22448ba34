#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace jiujin {
class GatewayKeys;
}

namespace jiujin::gateway {

class CentralStorage;

/**
 * `token create --point P [--suite S]` and `token withdraw ID`: enrollment tokens from the
 * command line, made and withdrawn through FleetService as the console's 设备 page does, so each
 * is on the audit chain (`device.token.create` / `device.token.withdraw`, by "cli:<unix user>").
 * Returns the exit code; -1 when @p args is neither.
 */
int tokenCommand(const QStringList &args, const QString &point, const QString &suite,
                 CentralStorage &storage, const GatewayKeys &keys, const QDateTime &now);

} // namespace jiujin::gateway
