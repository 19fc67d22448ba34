#pragma once

#include "casestatusstore.h"
#include "workcalendar.h"

#include <QDate>
#include <QString>

/** How 查进度 tells a citizen where an application stands at central (its 办件 stage), in words a
 *  citizen understands. 提交 is the application reaching the platform; 送达 only ever the result
 *  reaching the applicant at the end of the case. */
namespace jiujin::casetext {

/** The stage in words: "已受理，正在办理", "需要补充材料", "已办结，可以到本服务点领取"... */
QString stageLabel(const CaseStatus &c);
/** What happens next or what to do, in words ("不予受理：reason" and the like); its date in the
 *  session's @p language (zh, en, mn: localtext::dateInWords). */
QString stageDetail(const CaseStatus &c, const QString &language);
/** Open days d with @p today < d <= @p due on the working calendar, negated when @p due is past
 *  (overdue by); 0 for today. */
int workingDaysLeft(const QDate &today, const QDate &due,
                    const WorkCalendar &calendar = WorkCalendar::china());
/** "还有 N 个工作日" / "已超过办结期限 N 个工作日" / "补正期间暂停计时" / "" (no limit yet or
 *  closed). */
QString daysLeftText(const CaseStatus &c, const QDate &today,
                     const WorkCalendar &calendar = WorkCalendar::china());
/** What the kiosk says of a date counted through a year without the State Council's list
 *  ("（节假日安排未公布，按周末估算）"), "" for an official count. */
QString estimateNote(const WorkCalendar &calendar, const QDate &from, const QDate &to);
/** A date for people in @p language (zh, en, mn): "2026年12月8日" / "8 December 2026" / the
 *  Mongolian paper form (localtext::dateInWords). */
QString dateText(const QDate &d, const QString &language);
/** Fewest ratings behind a satisfaction rate the home screen shows (below: hidden). */
inline constexpr qint64 minRatingsShown = 10;
/** The point's satisfaction of the last 90 days from cases.figures (JSON: "satisfaction_90d":
 *  rate 0-1, count) in words, "" when absent, malformed or fewer than minRatingsShown. */
QString satisfactionText(const QString &figuresJson, bool english);
/** A 容缺/告知承诺 material still due, in one line: "name（容缺，2026年12月8日前补交）", its
 *  words and date in @p language (zh, en, mn); the name as given. */
QString pendingText(const PendingMaterial &m, const QString &language);

} // namespace jiujin::casetext
