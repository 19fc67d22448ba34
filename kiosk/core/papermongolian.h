#pragma once

#include <QString>
#include <QStringList>

namespace jiujin {

/**
 * The Mongolian of the paper the kiosk prints (receipt, booking ticket, one-time notice), kept
 * apart from the screens' translations in paper-data/paper-mn.tsv: Chinese source, the
 * transliteration, the Unicode Mongolian. Marked there as needing review by the banner's
 * Mongolian language office, like qml/i18n/jiujin_mn.ts.
 */
class PaperMongolian
{
public:
    /** The Mongolian for the writers' Chinese @p zh; the Chinese itself when the table has none
     *  (upright in the column, so the paper is never blank where Mongolian should be). */
    static QString text(const QString &zh);
    /** Whether the table has @p zh. */
    static bool has(const QString &zh);
    /** Every Chinese source in the table (tests). */
    static QStringList sources();
};

} // namespace jiujin
