#pragma once

#include "caserecords.h"
#include "centralcalendar.h"
#include "centralstorage.h"
#include "operatorrecords.h"
#include "ratingrecords.h"
#include "result.h"
#include "workcalendar.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin {
struct SubmissionRow;
}

namespace jiujin::gateway {

/**
 * 好差评 at central (docs/DESIGN.md, "Ratings and follow-up"): every accepted rating record is a
 * rating row linked to the case of the application it rates; every 差评 (不满意 or 非常不满意,
 * overall or in any indicator) opens a follow-up (回访整改) owned by the case's department and due
 * in 15 working days, moved call-back → rectification → closed by a supervisor, each step in one
 * transaction with its audit chain entry. Time is always the caller's @p now.
 */
class RatingService
{
public:
    static inline const QString open = QStringLiteral("open");           // 待回访
    static inline const QString called = QStringLiteral("called");       // 已回访
    static inline const QString rectified = QStringLiteral("rectified"); // 已整改
    static inline const QString closed = QStringLiteral("closed");       // 已办结
    /** A follow-up's limit in working days (WorkCalendar), from the day the rating arrived. */
    static constexpr int followUpDays = 15;
    /** Days of ratings behind a point's public figure (pointSatisfaction). */
    static constexpr int publicWindowDays = 90;
    /** The longest call-back note, cause or action, in characters (officers' free text). */
    static constexpr int maxTextLength = 1000;
    /** How far ahead of central's clock a call-back's time may be (a laptop's clock). */
    static constexpr int callTimeSkewSeconds = 300;

    explicit RatingService(CentralStorage &storage, const WorkCalendar &calendar = liveCalendar());

    /** RECORD.md's indicator codes, in display order: efficiency, competence, attitude. */
    static QStringList indicators();
    /** 非常满意 … 非常不满意 for 1 … 5 ("" otherwise). */
    static QString levelText(int level);
    /** The Chinese text of a kiosk reason code (the code itself for one central does not know). */
    static QString reasonText(const QString &code);
    static QString stateText(const QString &state);
    /** The states from which follow-up step @p step ("callback", "rectify", "close") may be
     *  taken (empty for an unknown step): the one table for the steps and for the API's `may`. */
    static QStringList statesFor(const QString &step);
    /** What is wrong with a rating payload (RECORD.md), or "" for a valid one. */
    static QString payloadProblem(const QJsonObject &body);
    /** A 差评: 不满意 or 非常不满意, overall or in any indicator. */
    static bool isBad(const RatingRow &row);
    /** What is wrong with an officer's text @p text named @p what ("" when fine): required
     *  (@p required) and at most maxTextLength characters. */
    static QString textProblem(const QString &what, const QString &text, bool required);

    /** Intake of an accepted application (@p receipt the kiosk receipt its metadata names, as
     *  intake read it; empty: none): indexes that receipt and links the ratings that arrived
     *  before it to @p opened, its case (opened just before by CaseService::open, same
     *  transaction; not read again). */
    Result<void> noteApplication(const SubmissionRow &row, const CaseRow &opened,
                                 const QString &receipt);
    /** Intake of an accepted rating record: stores its row (linked when its application's case
     *  is here) and opens the follow-up of a 差评, in the caller's transaction. */
    Result<RatingEntry> receive(const SubmissionRow &row, const QByteArray &meta,
                                const QJsonObject &body, const QDateTime &now);

    /** Steps of follow-up @p id by operator @p by, who must be allowed by OperatorRoles (the
     *  one check for the CLI and the operator API): Error::Forbidden (nothing changed) when not,
     *  Error::NotFound for an unknown id, Error::Invalid for a step out of order or a missing or
     *  too long text. A call-back may be recorded again until the rectification (an unreached
     *  citizen is called again); @p calledAt is when the call was made (not before the
     *  follow-up opened, not after @p now). */
    Result<FollowUpRow> callBack(qint64 id, const OperatorRow &by, bool reached,
                                 const QString &note, const QDateTime &calledAt,
                                 const QDateTime &now);
    Result<FollowUpRow> rectify(qint64 id, const OperatorRow &by, const QString &cause,
                                const QString &action, const QDateTime &now);
    /** Closes follow-up @p id (a supervisor, OperatorRoles). */
    Result<FollowUpRow> close(qint64 id, const OperatorRow &by, const QDateTime &now);

    Result<QList<RatingEntry>> list(const RatingFilter &filter);

    /** Not closed and past its due date at @p now (China date). */
    bool overdue(const FollowUpRow &f, const QDateTime &now) const;
    /** Closed on or before its due date. */
    static bool closedInTime(const FollowUpRow &f);

    /** 实名差评回访整改率 over the 差评 of a period: closed within the limit / all. */
    struct Rectification
    {
        qint64 bad = 0, closedInTime = 0, closedLate = 0, open = 0;
        qint64 overdue = 0;                ///< of the open ones, past their due date
        std::optional<double> rate() const ///< nullopt without any 差评
        {
            return bad > 0 ? std::optional<double>(double(closedInTime) / double(bad))
                           : std::nullopt;
        }
    };
    /** Satisfaction: (非常满意 + 满意) / all, of overall levels. */
    struct Satisfaction
    {
        qint64 satisfied = 0, total = 0;
        std::optional<double> rate() const
        {
            return total > 0 ? std::optional<double>(double(satisfied) / double(total))
                             : std::nullopt;
        }
    };
    /** Both figures of one group of ratings. */
    struct Group
    {
        Satisfaction satisfaction;
        Rectification rectification;
    };
    struct Figures
    {
        Group all;
        QMap<QString, Group> byPoint, byDepartment, byMonth; ///< month: "YYYY-MM" (China)
    };
    /** The figures of the ratings @p filter selects (by when they reached central; China
     *  months), counted by the storage (one grouped query); overdue at @p now. */
    Result<Figures> figures(const RatingFilter &filter, const QDateTime &now);

    /** A point's public figure: satisfaction of the last publicWindowDays days. */
    struct PointSatisfaction
    {
        double rate = 0; ///< (非常满意 + 满意) / count; 0 when count is 0
        qint64 count = 0;
    };
    Result<PointSatisfaction> pointSatisfaction(const QString &point, const QDateTime &now);

private:
    /** Loads follow-up @p id in the open transaction, checks that @p by may take @p action
     *  (OperatorRoles) and then the @p allowed states. */
    Result<RatingEntry> stepTarget(qint64 id, const OperatorRow &by, const QString &action,
                                   const QStringList &allowed, const QString &step);
    Result<FollowUpRow> store(const RatingEntry &entry, const FollowUpRow &f, const QString &actor,
                              const QString &action, const QJsonObject &detail,
                              const QDateTime &now);

    CentralStorage &m_storage;
    const WorkCalendar &m_calendar;
};

} // namespace jiujin::gateway
