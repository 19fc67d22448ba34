#pragma once

#include "casestatusstore.h"

#include <QDate>
#include <QString>

/** How 查进度 tells a citizen where an application stands at central (its 办件 stage), in words a
 *  citizen understands. 提交 is the application reaching the platform; 送达 only ever the result
 *  reaching the applicant at the end of the case. */
namespace jiujin::casetext {

/** The stage in words: "已受理，正在办理", "需要补充材料", "已办结，可以到本服务点领取"... */
QString stageLabel(const CaseStatus &c);
/** What happens next or what to do, in words ("不予受理：reason" and the like). */
QString stageDetail(const CaseStatus &c, bool english);
/** Open days d with @p today < d <= @p due on the working calendar, negated when @p due is past
 *  (overdue by); 0 for today. */
int workingDaysLeft(const QDate &today, const QDate &due);
/** "还有 N 个工作日" / "已超过办结期限 N 个工作日" / "补正期间暂停计时" / "" (no limit yet or
 *  closed). */
QString daysLeftText(const CaseStatus &c, const QDate &today);
/** A date for people: "2026年12月8日" / "8 December 2026". */
QString dateText(const QDate &d, bool english);
/** A 容缺/告知承诺 material still due, in one line: "name（容缺，2026年12月8日前）". */
QString pendingText(const PendingMaterial &m, bool english);

} // namespace jiujin::casetext
