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

Result<QHash<QString, SubmissionRow>> IntakeRecords::storedOf(const QString &device,
                                                              const QStringList &uuids)
{
    QHash<QString, SubmissionRow> found;
    for (const QString &uuid : uuids) {
        auto row = submission(device, uuid);
        if (!row)
            return row.error(); // fail closed: a read error is not "never stored"
        if (row.value())
            found.insert(uuid, *row.value());
    }
    return found;
}

} // namespace jiujin::gateway
