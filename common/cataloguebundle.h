#pragma once

#include "cataloguestore.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringView>

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

/*
 * Reading a bundle's `Text` ({"zh", "en", optional "mn"}) for a screen in @p language ("zh",
 * "en" or "mn"). In "mn": the traditional Mongolian as written (U+202F, U+180B-U+180F kept)
 * when there is one, else the Chinese, never a blank and never English (docs/DESIGN.md §9f);
 * in "en": the English; otherwise the Chinese. The one place that fallback is decided.
 */
QString textIn(const QString &zh, const QString &en, const QString &mn, QStringView language);
/** textIn() of a Text object; empty when @p text is not one. */
QString textIn(const QJsonValue &text, QStringView language);
/** The Text's `mn` as written; empty when it has none. */
QString mongolianText(const QJsonValue &text);

} // namespace jiujin
