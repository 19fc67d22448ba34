#include "staffcontroller.h"

#include "cataloguestore.h"
#include "chinatime.h"
#include "database.h"
#include "kiosksession.h"
#include "staffservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace jiujin {

QString outboxStateLabel(const QString &state)
{
    if (state == QLatin1String("pending"))
        return QCoreApplication::translate("jiujin::StaffController", "待提交");
    if (state == QLatin1String("sending"))
        return QCoreApplication::translate("jiujin::StaffController", "正在提交");
    if (state == QLatin1String("accepted"))
        return QCoreApplication::translate("jiujin::StaffController", "已提交");
    if (state == QLatin1String("rejected"))
        return QCoreApplication::translate("jiujin::StaffController", "被退回");
    return QCoreApplication::translate("jiujin::StaffController", "需要处理");
}

namespace {
/** A length of time in words: minutes under an hour, hours under two days, else days. */
QString durationText(qint64 seconds)
{
    // Counts are worked out first: Qt 6.4's lupdate hangs on '/' or '*' inside translate()'s
    // arguments.
    const int minutes = int(seconds / 60);
    const int hours = minutes / 60;
    const int days = hours / 24;
    if (minutes < 60)
        return QCoreApplication::translate("jiujin::StaffController", "%n 分钟", nullptr, minutes);
    if (hours < 48)
        return QCoreApplication::translate("jiujin::StaffController", "%n 小时", nullptr, hours);
    return QCoreApplication::translate("jiujin::StaffController", "%n 天", nullptr, days);
}
} // namespace

QString localTimeText(const QDateTime &t)
{
    return inChina(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

StaffController::StaffController(Database &db, StaffService &service, KioskSession &session,
                                 std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent), m_db(db), m_service(service), m_session(session), m_clock(std::move(clock))
{
    connect(&session, &KioskSession::sessionEnded, this, &StaffController::logout);
}

QString StaffController::oldestWaiting() const
{
    if (!m_counts.oldestWaiting)
        return {};
    return durationText(m_counts.oldestWaiting->secsTo(m_clock()));
}

void StaffController::setAlert(const QString &alert)
{
    if (m_alert == alert)
        return;
    m_alert = alert;
    Q_EMIT alertChanged();
}

bool StaffController::login(const QString &staffId, const QString &pin)
{
    const LoginResult result = m_service.login(staffId.trimmed(), pin);
    switch (result.outcome) {
    case LoginResult::Ok:
        m_staffId = result.staffId;
        m_displayName = result.displayName;
        setMessage(QString());
        refresh();
        Q_EMIT loggedInChanged();
        return true;
    case LoginResult::Wrong:
        setMessage(QCoreApplication::translate("jiujin::StaffController",
                                               "工号或密码不对，还可以再试 %n 次", nullptr,
                                               result.attemptsLeft));
        return false;
    case LoginResult::Locked:
        setMessage(QCoreApplication::translate("jiujin::StaffController",
                                               "连续输错次数太多，已锁定到 %1，请稍后再试")
                       .arg(inChina(result.lockedUntil).toString(QStringLiteral("HH:mm"))));
        return false;
    }
    return false;
}

void StaffController::logout()
{
    setMessage(QString());
    if (m_staffId.isEmpty())
        return;
    m_staffId.clear();
    m_displayName.clear();
    m_records.setRecords({}, {});
    Q_EMIT loggedInChanged();
}

void StaffController::refresh()
{
    if (!loggedIn())
        return;
    OutboxStore outbox(m_db);
    m_counts = outbox.counts();
    QHash<QString, QString> names;
    for (const ItemSummary &item : CatalogueStore(m_db).items(QString(), QString()))
        names.insert(item.code, m_session.english() ? item.nameEn : item.nameZh);
    m_records.setRecords(outbox.board(200), names);
    // Written by jiujin-syncd into the shared database (this process never touches the network).
    CatalogueStore settings(m_db);
    const QString device = settings.setting(QLatin1String(syncsetting::deviceId));
    const QDateTime success = QDateTime::fromString(
        settings.setting(QLatin1String(syncsetting::lastSuccess)), Qt::ISODate);
    const QDateTime failure = QDateTime::fromString(
        settings.setting(QLatin1String(syncsetting::lastErrorAt)), Qt::ISODate);
    bool skewKnown = false;
    const qint64 skew =
        settings.setting(QLatin1String(syncsetting::clockSkew)).toLongLong(&skewKnown);
    const bool clockWrong = !settings.setting(QLatin1String(syncsetting::clockSkew)).isEmpty();
    if (device.isEmpty())
        m_syncState = QCoreApplication::translate(
            "jiujin::StaffController",
            "本机还没有接入旗政务服务平台，申请会先保存在本机。请技术人员运行 jiujinctl enroll。");
    else if (clockWrong && failure.isValid() && (!success.isValid() || failure > success))
        m_syncState =
            (skewKnown
                 ? QCoreApplication::translate(
                       "jiujin::StaffController",
                       "本机时钟比平台%1 %2，所以连不上平台。请技术人员校准本机时间（jiujinctl "
                       "doctor 会说明）；申请先保存在本机，时间校准后会自动提交到平台。")
                       .arg(skew > 0 ? QCoreApplication::translate("jiujin::StaffController", "慢")
                                     : QCoreApplication::translate("jiujin::StaffController", "快"),
                            durationText(qAbs(skew)))
                 : QCoreApplication::translate(
                       "jiujin::StaffController",
                       "本机时钟不对，所以连不上平台。请技术人员校准本机时间（jiujinctl doctor "
                       "会说明）；申请先保存在本机，时间校准后会自动提交到平台。"));
    else if (failure.isValid() && (!success.isValid() || failure > success))
        m_syncState =
            QCoreApplication::translate(
                "jiujin::StaffController",
                "暂时连不上平台（%1，%2），网络恢复后会自动提交。上次提交：%3")
                .arg(settings.setting(QLatin1String(syncsetting::lastError)),
                     localTimeText(failure),
                     success.isValid()
                         ? localTimeText(success)
                         : QCoreApplication::translate("jiujin::StaffController", "还没有"));
    else if (success.isValid())
        m_syncState =
            QCoreApplication::translate("jiujin::StaffController", "网络正常，上次提交：%1")
                .arg(localTimeText(success));
    else
        m_syncState =
            QCoreApplication::translate("jiujin::StaffController", "已接入平台，还没有提交过记录");
    Q_EMIT boardChanged();
}

void StaffController::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace jiujin
