#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin::gateway {

/** A 好差评 rating as stored: one per accepted rating record. Levels are GB/T 39734's, 1 非常满意
 *  … 5 非常不满意; 0 for an indicator the citizen did not rate. */
struct RatingRow
{
    qint64 id = 0;
    QString device, uuid;         ///< the rating record
    QString point, item;          ///< from its metadata
    QString department;           ///< the case's, or the item's in the catalogue until linked
    QString refersTo;             ///< the kiosk receipt (受理编号) of the application rated
    std::optional<qint64> caseId; ///< nullopt until the application's case is at central
    QString caseNumber;           ///< read only: the linked case's number ("" unlinked)
    QString caseReceipt;          ///< read only: the linked case's intake receipt ("" unlinked)
    int level = 0;                ///< 整体满意度 (required)
    int efficiency = 0, competence = 0, attitude = 0; ///< 服务效率, 服务水平, 服务态度
    QStringList reasons;                              ///< reason codes, as sent
    QDateTime ratedAt;                                ///< the kiosk's clock (metadata `created`)
    QDateTime receivedAt; ///< central's clock: periods and limits count from here
};

/** The follow-up (回访整改) of a 差评. */
struct FollowUpRow
{
    qint64 id = 0, ratingId = 0;
    QString department; ///< who owns it: the case's department
    QString state;      ///< "open", "called", "rectified" or "closed" (RatingService)
    QDateTime openedAt;
    QDate dueDate; ///< China date: 15 working days after the rating reached central
    std::optional<QDateTime> calledAt; ///< the latest call-back
    QString calledBy, callNote;
    bool reached = false;
    int callAttempts = 0;
    std::optional<QDateTime> rectifiedAt;
    QString rectifiedBy, cause, action;
    std::optional<QDateTime> closedAt;
    QString closedBy;
};

/** A rating with its follow-up (nullopt: not a 差评). */
struct RatingEntry
{
    RatingRow rating;
    std::optional<FollowUpRow> followUp;
};

/** What a list asks for; empty or invalid fields do not filter. */
struct RatingFilter
{
    QString point;
    QDateTime from, to;        ///< receivedAt in [from, to)
    bool followUpOnly = false; ///< only 差评 (with a follow-up)
    bool openOnly = false;     ///< only follow-ups not closed
    int limit = 100000;

    QString department, item; ///< the rating's department (the follow-up's owner), item code
    int level = 0;            ///< the overall level 1-5; 0: any
    /** Scope (OperatorRoles::narrow): points of these townships (9-digit codes) / these
     *  departments; empty: no narrowing. */
    QStringList townships, departments;
    /** Follow-ups only, in this state: "open" (not closed), "overdue" (not closed, due before
     *  overdueOn), "closed"; "" any. */
    QString followUpState;
    QDate overdueOn; ///< "today" (China date) for followUpState "overdue"

    /** The order and the keyset paging of a list. */
    enum class Order {
        Received, ///< oldest first (received_at, id): the CLI and the export
        Newest,   ///< id descending; the page after @c beforeId
        Due,      ///< follow-ups by (due date, id); the page after (afterDue, afterId)
    };
    Order order = Order::Received;
    qint64 beforeId = 0; ///< Order::Newest: only ids below this (0: from the newest)
    QDate afterDue;      ///< Order::Due: only (due, id) after (afterDue, afterId) (invalid: all)
    qint64 afterId = 0;
};

/** Counts of one (point, department, China month) group of ratings (RatingRecords::figureCounts).
 */
struct RatingCounts
{
    QString point, department, month; ///< month "YYYY-MM" of receivedAt in China time
    qint64 total = 0, satisfied = 0;  ///< overall levels; satisfied: 非常满意 or 满意
    qint64 bad = 0;                   ///< 差评 (with a follow-up)
    qint64 closedInTime = 0, closedLate = 0, open = 0, overdue = 0; ///< of the 差评
};

/** The kiosk receipt of a stored application and its case, if it has one yet. */
struct RatedCase
{
    qint64 caseId = 0;
    QString number, department;
};

/**
 * Central's ratings and their follow-ups. Reads fail closed: a storage error is an Error, never
 * "not found". Writes belong to the caller's open transaction.
 */
class RatingRecords
{
public:
    virtual ~RatingRecords() = default;

    /** Remembers that the application (@p device, @p uuid) carries kiosk receipt @p receipt
     *  (once; a second call changes nothing): ratings refer to applications by it. */
    virtual Result<void> noteReceipt(const QString &device, const QString &receipt,
                                     const QString &uuid) = 0;
    /** The case of the application with kiosk receipt @p receipt sent by @p device. */
    virtual Result<std::optional<RatedCase>> caseOfReceipt(const QString &device,
                                                           const QString &receipt) = 0;
    /** Links the unlinked ratings of (@p device, @p receipt) to @p linked; how many. */
    virtual Result<int> link(const QString &device, const QString &receipt,
                             const RatedCase &linked) = 0;

    virtual Result<qint64> insertRating(const RatingRow &row) = 0;
    virtual Result<qint64> insertFollowUp(const FollowUpRow &row) = 0;
    /** Writes state and the step columns of @p row (by id). */
    virtual Result<void> updateFollowUp(const FollowUpRow &row) = 0;
    virtual Result<std::optional<RatingEntry>> followUp(qint64 id) = 0;

    /** In filter.order (by default oldest first, by receivedAt), at most filter.limit. */
    virtual Result<QList<RatingEntry>> ratings(const RatingFilter &filter) = 0;
    /** The rating of row @p id, with its follow-up. */
    virtual Result<std::optional<RatingEntry>> rating(qint64 id) = 0;
    /** The ratings @p filter selects (its order, paging and limit aside), counted per point,
     *  department and China month; overdue: not closed and due before @p today. */
    virtual Result<QList<RatingCounts>> figureCounts(const RatingFilter &filter,
                                                     const QDate &today) = 0;
    /** (非常满意 + 满意, all) overall levels of @p point received at or after @p since. */
    virtual Result<std::pair<qint64, qint64>> satisfaction(const QString &point,
                                                           const QDateTime &since) = 0;
};

} // namespace jiujin::gateway
