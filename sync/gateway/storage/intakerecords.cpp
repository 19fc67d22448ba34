#include "intakerecords.h"

#include <QUrl>

namespace jiujin::gateway {

QString IntakeRecords::attachmentPath(const QString &device, const QString &uuid, int index)
{
    // Device ids are central's own ("jj-" + hex) and uuids are checked by the route; encoded
    // all the same, dots included, so no name can climb out of the folder.
    const auto part = [](const QString &name) {
        return QString::fromLatin1(QUrl::toPercentEncoding(name, QByteArray(), "."));
    };
    return QStringLiteral("attachments/%1/%2/%3").arg(part(device), part(uuid)).arg(index);
}

} // namespace jiujin::gateway
