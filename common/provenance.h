#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace jiujin {

/**
 * Where an item's guide comes from and how far it has been checked: its `sources` (laws with
 * articles, policy and local documents with their numbers, the guide pages it follows) and its
 * `review` (db/seed/FORMAT.md), read from a validated item object.
 */
struct Provenance
{
    enum class State {
        Draft,     ///< written from sources, not yet checked (also: no review recorded)
        Checked,   ///< checked against the sources by an editor
        Confirmed, ///< confirmed by the department that owns the item
    };

    struct Source
    {
        QString kind; ///< law | policy | local | guide
        QString title, docNo, edition, url, note;
        QList<int> articles; ///< article numbers cited (laws); empty for the whole text
    };

    QList<Source> sources;
    bool reviewed = false; ///< the item records a review (any state)
    State state = State::Draft;
    QString by; ///< who checked or confirmed; empty for a draft without one
    QDate date; ///< when; invalid when not recorded
    QString noteZh, noteEn;

    static Provenance from(const QJsonObject &item);
    /** "draft", "checked", "confirmed"; State::Draft for anything else. */
    static State stateFrom(const QString &name);
    static QString stateName(State state);

    /** Source kinds that can carry an item's legal basis (all but guide pages). */
    static bool isLegalKind(const QString &kind);
    /** Why the item may not be published (central's rule), or empty when it may. */
    QString publishProblem() const;
};

} // namespace jiujin
