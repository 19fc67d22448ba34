#pragma once

#include <QString>

namespace jiujin {

/**
 * @p text with every traditional Han character in its simplified form (身份證 → 身份证), one
 * character at a time as the kiosk's search folds a query (QueryAnalyzer::fold, with ICU). Read
 * from a table made from ICU (hant-hans/), so that central folds the same way without ICU.
 */
QString simplifiedHan(const QString &text);

/**
 * @p text in NFKC and lower case (width and case do not make a text new), with Mongolian's
 * U+202F (the narrow no-break space before a suffix) kept as it is, where NFKC would make it a
 * plain space. The kiosk's search (QueryAnalyzer::fold) and central's bundle checks both fold so.
 */
QString compatibilityFold(const QString &text);

} // namespace jiujin
