#pragma once

#include <QQuickItem>
#include <QStringList>

namespace jiujin {

/** "«label» [page/tile]": what an item says (cut to 30 characters) and the object names of up
 *  to three items above it, as the tour's checks name an item in their reports. */
inline QString itemLabel(const QQuickItem *item, QString label)
{
    label = label.simplified();
    if (label.size() > 30)
        label = label.left(29) + QChar(0x2026);
    QStringList path;
    for (const QQuickItem *a = item; a && path.size() < 3; a = a->parentItem())
        if (!a->objectName().isEmpty())
            path.prepend(a->objectName());
    return QStringLiteral("«%1» [%2]").arg(label, path.join(QLatin1Char('/')));
}

} // namespace jiujin
