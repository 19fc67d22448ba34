#pragma once

#include <QString>

namespace jiujin {

/**
 * @p text with every traditional Han character in its simplified form (身份證 → 身份证), one
 * character at a time as the kiosk's search folds a query (QueryAnalyzer::fold, with ICU). Read
 * from a table made from ICU (hant-hans/), so that central folds the same way without ICU.
 */
QString simplifiedHan(const QString &text);

} // namespace jiujin
