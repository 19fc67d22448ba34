#pragma once

#include "caserecords.h"
#include "centralcalendar.h"
#include "centralstorage.h"
#include "result.h"
#include "workcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin {
struct SubmissionRow;
}

namespace jiujin::gateway {

/**
 * The case (办件) at central: its stages, who moved it when and why, and its time limit
 * (docs/DESIGN.md, "The case at central"). Stages are stable ASCII codes in storage and on the
 * wire, with the Chinese words as display text. Every change is one transaction with its event
 * and its audit chain entry. Time is always the caller's @p now, never the wall clock.
 */
class CaseService
{
public:
    static inline const QString submitted = QStringLiteral("submitted");   // 已提交
    static inline const QString accepted = QStringLiteral("accepted");     // 已受理
    static inline const QString refused = QStringLiteral("refused");       // 不予受理
    static inline const QString correction = QStringLiteral("correction"); // 待补正
    static inline const QString review = QStringLiteral("review");         // 审查中
    static inline const QString approved = QStringLiteral("approved");     // 办结（准予）
    static inline const QString denied = QStringLiteral("denied");         // 办结（不予）
    static inline const QString readyForPickup = QStringLiteral("ready_for_pickup"); // 待领取
    static inline const QString delivered = QStringLiteral("delivered");             // 已送达

    explicit CaseService(CentralStorage &storage, const WorkCalendar &calendar = liveCalendar());

    /** Every stage code, in lifecycle order. */
    static QStringList stages();
    /** The Chinese display text of @p stage ("" for an unknown code). */
    static QString stageText(const QString &stage);
    /** The stages a case at @p from may move to (before the conditions on the case itself). */
    static QStringList next(const QString &from);

    /** What a case takes from its item in the published catalogue when it opens. */
    struct ItemTerms
    {
        QString department;
        std::optional<int> promisedDays; ///< nullopt: the item is not published
    };
    /** Opens the case of the accepted application @p submission (stage submitted), with the
     *  item's department and promised days from the published catalogue (none when the item is
     *  not published); the case it already has, unchanged, when it has one. Joins the caller's
     *  transaction (intake's). @p terms, when given, keeps each item's terms for the next
     *  open() with it (an intake batch reads and parses an item once, not once per case). */
    Result<CaseRow> open(const SubmissionRow &submission, const QDateTime &now,
                         QHash<QString, ItemTerms> *terms = nullptr);

    /** What an officer asks of a case. */
    struct Move
    {
        QString stage;         ///< the stage code to move to
        QString operatorId;    ///< who (operator accounts come later: recorded as given)
        QString reason;        ///< required for refused and denied
        QStringList materials; ///< correction: what to supply (required)
        QDate due;             ///< correction: by when (required, not before today)
        QString result;        ///< approved: the certificate number, where the item gives one
    };
    /** Moves case @p receipt; Error::Invalid (nothing changed) for a move the stage does not
     *  allow or one missing what it requires, Error::NotFound for an unknown receipt. */
    Result<CaseRow> move(const QString &receipt, const Move &move, const QDateTime &now);

    /** Opens the case of every accepted application stored before cases existed (audited as
     *  case.open, like a new one); how many. Run by `serve` at start; idempotent. */
    Result<int> openMissing(const QDateTime &now);

    Result<std::optional<CaseRow>> find(const QString &receipt);
    Result<QList<CaseRow>> list(const CaseFilter &filter);
    /** The cases matching @p filter, counted up to countCap + 1 (above countCap: "more than"). */
    Result<qint64> count(const CaseFilter &filter);
    /// Counting stops here: 100,000 cases count in about 10 ms (DESIGN §13k); a province's
    /// millions would not, for every reload of every clerk.
    static constexpr qint64 countCap = 100000;
    Result<QList<CaseEventRow>> timeline(qint64 caseId);

    /** Records a 容缺 (@p kind "rongque") or 告知承诺 ("chengnuo") material promised for later. */
    Result<CaseMaterialRow> promiseMaterial(const QString &receipt, const QString &name,
                                            const QString &kind, const QDate &due,
                                            const QString &operatorId, const QDateTime &now);
    /** Marks material @p id of case @p receipt received at @p point. */
    Result<void> receiveMaterial(const QString &receipt, qint64 id, const QString &point,
                                 const QString &operatorId, const QDateTime &now);

    /** What a sweep of overdue materials did. */
    struct Sweep
    {
        int overdue = 0;      ///< materials marked overdue
        int toCorrection = 0; ///< cases moved to 待补正 by an overdue 容缺 material
        int failed = 0;       ///< cases left for the next sweep (the error is logged)
    };
    /** The working days a citizen gets to hand in a 容缺 material that fell overdue. */
    static constexpr int overdueCorrectionDays = 5;
    /** Marks every pending material due before today (China date of @p now) overdue. A case
     *  with an overdue 容缺 material moves to 待补正 for it (operator "system", due in
     *  overdueCorrectionDays working days) when its stage allows; one in 待补正 already gets it
     *  added to what it must supply. An overdue 告知承诺 is marked and audited only: the
     *  department decides what a broken commitment means. Each case is its own transaction, so
     *  one that fails does not hold up the others; a read error of the list is an Error. */
    Result<Sweep> sweepOverdue(const QDateTime &now);

    /** Where a case stands against its time limit at @p now. */
    struct Clock
    {
        std::optional<int> daysLeft; ///< working days to the due date (negative: overdue by)
        bool overdue = false;
        bool paused = false; ///< 待补正 after acceptance: the count stands still
    };
    Clock clock(const CaseRow &row, const QDateTime &now) const;

    /** Open days d with @p from < d <= @p to, negated (from > to) for @p to < d <= @p from. */
    int workingDaysBetween(QDate from, QDate to) const;
    /** The due date of a case accepted on @p acceptedOn with @p promisedDays and @p pausedDays
     *  working days spent in 待补正. */
    QDate dueDate(QDate acceptedOn, int promisedDays, int pausedDays) const;

private:
    /** sweepOverdue for the overdue @p materials of case @p receipt, in one transaction. */
    Result<int> sweepCase(const QString &receipt, const QList<CaseMaterialRow> &materials,
                          const QDateTime &now);
    /** Why @p m cannot be applied to @p row at @p today, or "". */
    static QString problem(const CaseRow &row, const Move &m, QDate today);

    CentralStorage &m_storage;
    const WorkCalendar &m_calendar;
};

} // namespace jiujin::gateway
