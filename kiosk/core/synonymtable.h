#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace jiujin {

/**
 * The search's word table (db/seed/synonyms.tsv, format in db/seed/FORMAT.md): words dropped
 * from a query, words that only order results, word families, and everyday words mapped to the
 * catalogue's terms.
 */
class SynonymTable
{
public:
    /** Reads the table; Error::Invalid names the line and what is wrong with it. */
    static Result<SynonymTable> parse(const QByteArray &tsv);
    /** The table built into the program (db/seed/synonyms.tsv); empty if it does not read. */
    static const SynonymTable &bundled();

    /** A question form or function word (怎么办, 我要, 了). */
    bool isStop(const QString &word) const { return m_stop.contains(word); }
    /** A generic word (申请, 登记): it orders results but finds nothing on its own. */
    bool isWeak(const QString &word) const { return m_weak.contains(word); }
    /** The catalogue terms @p word stands for, without the word itself; empty when none. */
    QStringList expand(const QString &word) const { return m_expansions.value(word); }
    /** Every word the table names, stop and weak words included. */
    const QSet<QString> &words() const { return m_words; }

private:
    QSet<QString> m_stop, m_weak, m_words;
    QHash<QString, QStringList> m_expansions;
};

} // namespace jiujin
