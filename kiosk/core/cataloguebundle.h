#pragma once

#include "cataloguestore.h"
#include "result.h"

#include <QByteArray>

namespace jiujin {

/**
 * Reads a catalogue bundle (db/seed/FORMAT.md), checks every field and builds what the store
 * writes, search text included. The first problem found is returned as an Error whose message
 * names the item (index, code, name) and the field.
 */
Result<CatalogueSnapshot> parseCatalogueBundle(const QByteArray &json);

/** The search columns of one item (pinyin, initials, grams), as the index stores them. */
SearchText searchTextFor(const QJsonObject &item);

} // namespace jiujin
