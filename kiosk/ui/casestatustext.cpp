#include "casestatustext.h"

#include "localtext.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace jiujin::casetext {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("jiujin::casetext", text);
}

bool closed(const QString &stage)
{
    return stage == QLatin1String("refused") || stage == QLatin1String("approved") ||
           stage == QLatin1String("denied") || stage == QLatin1String("ready_for_pickup") ||
           stage == QLatin1String("delivered");
}
} // namespace

QString stageLabel(const CaseStatus &c)
{
    const QString &s = c.stage;
    if (s == QLatin1String("submitted"))
        return tr("已提交到旗政务服务平台，等待受理");
    if (s == QLatin1String("accepted") || s == QLatin1String("review"))
        return tr("已受理，正在办理");
    if (s == QLatin1String("correction"))
        return tr("需要补充材料");
    if (s == QLatin1String("refused"))
        return tr("不予受理");
    if (s == QLatin1String("approved"))
        return tr("已办结（准予），结果正在送出");
    if (s == QLatin1String("denied"))
        return tr("已办结（不予批准）");
    if (s == QLatin1String("ready_for_pickup"))
        return c.pickupHere ? tr("已办结，可以到本服务点领取") : tr("已办结，可以领取");
    if (s == QLatin1String("delivered"))
        return tr("已送达，办理完毕");
    return tr("正在办理");
}

QString stageDetail(const CaseStatus &c, const QString &language)
{
    const QString &s = c.stage;
    if (s == QLatin1String("submitted"))
        return tr("工作人员审核材料后会受理，请留意电话通知。");
    if (s == QLatin1String("accepted") || s == QLatin1String("review"))
        return tr("部门正在办理，办好后会通知您。");
    if (s == QLatin1String("correction")) {
        QString text = c.materialsDue.isValid()
                           ? tr("请在 %1 前带上下面的材料到服务点补正：")
                                 .arg(localtext::dateInWords(c.materialsDue, language))
                           : tr("请带上下面的材料到服务点补正：");
        if (!c.reason.isEmpty())
            text = tr("补正原因：%1。").arg(c.reason) + text;
        return text;
    }
    if (s == QLatin1String("refused"))
        return tr("不予受理：%1。如有疑问请到服务点咨询。").arg(c.reason);
    if (s == QLatin1String("denied"))
        return tr("不予批准：%1。如有疑问请到服务点咨询。").arg(c.reason);
    if (s == QLatin1String("approved"))
        return tr("结果准备好后会通知您领取。");
    if (s == QLatin1String("ready_for_pickup"))
        return c.pickupHere ? tr("请带上身份证和回执到本服务点领取办理结果。")
                            : tr("请带上身份证和回执到办理的服务点领取办理结果。");
    if (s == QLatin1String("delivered"))
        return tr("办理结果已交到您手中。欢迎评价这次服务。");
    return {};
}

int workingDaysLeft(const QDate &today, const QDate &due, const WorkCalendar &calendar)
{
    if (!today.isValid() || !due.isValid())
        return 0;
    int n = 0;
    if (due >= today) {
        for (QDate d = today.addDays(1); d <= due; d = d.addDays(1))
            n += calendar.isOpen(d) ? 1 : 0;
        return n;
    }
    for (QDate d = due.addDays(1); d <= today; d = d.addDays(1))
        n += calendar.isOpen(d) ? 1 : 0;
    return -n;
}

QString estimateNote(const WorkCalendar &calendar, const QDate &from, const QDate &to)
{
    return calendar.officialThrough(from, to) ? QString() : tr("（节假日安排未公布，按周末估算）");
}

QString daysLeftText(const CaseStatus &c, const QDate &today, const WorkCalendar &calendar)
{
    if (closed(c.stage) || !c.due.isValid())
        return {};
    if (c.paused)
        return tr("补正期间暂停计时，补齐材料后继续");
    const int left = workingDaysLeft(today, c.due, calendar);
    const QString note = estimateNote(calendar, today, c.due);
    if (left < 0)
        return QCoreApplication::translate("jiujin::casetext", "已超过办结期限 %n 个工作日",
                                           nullptr, -left) +
               note;
    if (left == 0)
        return tr("今天是办结期限的最后一天");
    return QCoreApplication::translate("jiujin::casetext", "距办结期限还有 %n 个工作日", nullptr,
                                       left) +
           note;
}

QString satisfactionText(const QString &figuresJson, bool english)
{
    const QJsonObject figure = QJsonDocument::fromJson(figuresJson.toUtf8())
                                   .object()
                                   .value(QLatin1String("satisfaction_90d"))
                                   .toObject();
    const QJsonValue rate = figure.value(QLatin1String("rate"));
    const QJsonValue count = figure.value(QLatin1String("count"));
    if (!rate.isDouble() || !count.isDouble() || rate.toDouble() < 0 || rate.toDouble() > 1 ||
        count.toDouble() < double(minRatingsShown) || count.toDouble() > 1e12)
        return {};
    const QString percent = localtext::locale(english).toString(rate.toDouble() * 100, 'f', 1);
    return QCoreApplication::translate("jiujin::casetext", "本点近90天满意率 %1%（%n次评价）",
                                       nullptr, int(count.toDouble()))
        .arg(percent);
}

QString dateText(const QDate &d, const QString &language)
{
    return localtext::dateInWords(d, language);
}

QString pendingText(const PendingMaterial &m, const QString &language)
{
    const QString kind = m.kind == QLatin1String("chengnuo") ? tr("告知承诺") : tr("容缺");
    return tr("%1（%2，%3前补交）").arg(m.name, kind, dateText(m.due, language));
}

} // namespace jiujin::casetext
