#pragma once

#include "cataloguestore.h"

#include <QJsonObject>

namespace jiujin {

/**
 * The search columns of one item (pinyin, initials, grams, everyday phrasings read as search
 * reads them), as the kiosk's index stores them. A kiosk concern: central validates the same
 * bundles (cataloguebundle.h, in common/) without computing any of this.
 */
SearchText searchTextFor(const QJsonObject &item);

/** Fills each row's search text from its item JSON, before the store writes it. */
void addSearchText(QList<ItemRow> &items);

} // namespace jiujin
