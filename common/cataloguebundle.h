#pragma once

#include "cataloguestore.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace jiujin {

/**
 * Reads a catalogue bundle (db/seed/FORMAT.md), checks every field and builds what the store
 * writes, without search text (searchtext.h adds it on the kiosk). The first problem found is
 * returned as an Error whose message names the item (index, code, name) and the field.
 */
Result<CatalogueSnapshot> parseCatalogueBundle(const QByteArray &json);

/*
 * The checks of one object of a bundle, shared with central's change sets (catalogueupdate.h).
 * Each returns the row the store writes, or an Error whose message starts with @p where (which
 * object) and names the field.
 */

/** A department; its code must not be in @p taken (codes seen before it in the same list). */
Result<DepartmentRow> departmentFromJson(const QJsonObject &department, const QString &where,
                                         const QSet<QString> &taken);
/** An item; its department must be one of @p departments. @p position orders the lists. */
Result<ItemRow> itemFromJson(const QJsonObject &item, const QString &where,
                             const QSet<QString> &departments, int position);
/** A service point; every item it lists must be in @p items, its code not in @p taken. */
Result<PointRow> pointFromJson(const QJsonObject &point, const QString &where,
                               const QSet<QString> &items, const QSet<QString> &taken);
/** "PREFIX (code C, 名称)": how messages name an item. */
QString itemLabel(const QString &prefix, const QJsonObject &item);

} // namespace jiujin
