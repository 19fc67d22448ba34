#include "consolecatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jiujin::gateway {

namespace {

/** {"zh": ..., "en": ...} of @p v, or both the same when the bundle gave a plain string. */
QJsonObject names(const QJsonValue &v)
{
    if (v.isString())
        return {{QStringLiteral("zh"), v}, {QStringLiteral("en"), v}};
    const QJsonObject o = v.toObject();
    return {{QStringLiteral("zh"), o.value(QLatin1String("zh")).toString()},
            {QStringLiteral("en"), o.value(QLatin1String("en")).toString()}};
}

} // namespace

Result<QJsonObject> ConsoleCatalogue::build(PublishedCatalogue &published)
{
    auto header = published.header();
    if (!header)
        return header.error();
    auto entries = published.snapshot();
    if (!entries)
        return entries.error();
    QJsonArray departments, points, items;
    for (const PublishedEntry &e : entries.value()) {
        if (!e.body)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(*e.body).object();
        QJsonObject out{{QStringLiteral("code"), e.code},
                        {QStringLiteral("name"), names(o.value(QLatin1String("name")))}};
        switch (e.kind) {
        case CatalogueKind::Departments:
            departments.append(out);
            break;
        case CatalogueKind::Points:
            points.append(out);
            break;
        case CatalogueKind::Items: {
            QJsonArray materials;
            for (const QJsonValue &m : o.value(QLatin1String("materials")).toArray()) {
                const QJsonObject mo = m.toObject();
                materials.append(QJsonObject{
                    {QStringLiteral("name"), names(mo.value(QLatin1String("name")))},
                    {QStringLiteral("rongque"), mo.value(QLatin1String("rongque")).toBool()},
                    {QStringLiteral("commitment"),
                     mo.value(QLatin1String("commitment")).toBool()}});
            }
            // The form's labels, so that an opened application reads as the kiosk asked it.
            QJsonArray fields;
            for (const QJsonValue &f : o.value(QLatin1String("form")).toArray()) {
                const QJsonObject fo = f.toObject();
                QJsonArray options;
                for (const QJsonValue &opt : fo.value(QLatin1String("options")).toArray())
                    options.append(QJsonObject{
                        {QStringLiteral("value"), opt.toObject().value(QLatin1String("value"))},
                        {QStringLiteral("label"),
                         names(opt.toObject().value(QLatin1String("label")))}});
                fields.append(
                    QJsonObject{{QStringLiteral("id"), fo.value(QLatin1String("id"))},
                                {QStringLiteral("label"), names(fo.value(QLatin1String("label")))},
                                {QStringLiteral("options"), options}});
            }
            out.insert(QStringLiteral("fields"), fields);
            out.insert(QStringLiteral("department"),
                       o.value(QLatin1String("department")).toString());
            out.insert(QStringLiteral("materials"), materials);
            items.append(out);
            break;
        }
        }
    }
    return QJsonObject{{QStringLiteral("seq"), header.value() ? header.value()->seq : 0},
                       {QStringLiteral("departments"), departments},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("items"), items}};
}

} // namespace jiujin::gateway
