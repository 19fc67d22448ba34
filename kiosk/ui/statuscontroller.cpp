#include "statuscontroller.h"

#include "cataloguestore.h"
#include "database.h"
#include "devices.h"
#include "kiosksession.h"
#include "outboxstore.h"
#include "receiptnumber.h"
#include "staffcontroller.h"
#include "submissionservice.h"

#include <QCoreApplication>

namespace jiujin {

namespace {
} // namespace

StatusController::StatusController(Database &db, SubmissionService &service, KioskSession &session,
                                   QObject *parent)
    : QObject(parent), m_db(db), m_service(service), m_session(session)
{
    connect(&session, &KioskSession::sessionEnded, this, &StatusController::clear);
    connect(&session, &KioskSession::languageChanged, this, [this] {
        if (found())
            lookup(m_receipt);
    });
}

void StatusController::setQrScanner(QrScanner *qr)
{
    if (qr)
        connect(qr, &QrScanner::scanned, this, &StatusController::scanned);
}

QString StatusController::stateLabel() const
{
    return found() ? outboxStateLabel(m_state) : QString();
}

QString StatusController::stateDetail() const
{
    if (m_state == QLatin1String("pending") || m_state == QLatin1String("sending"))
        return QCoreApplication::translate(
            "jiujin::StatusController",
            "申请已安全保存在本机，网络通畅时会自动送达旗政务服务平台，不需要您再跑一趟。");
    if (m_state == QLatin1String("accepted"))
        return QCoreApplication::translate(
                   "jiujin::StatusController",
                   "已送达旗政务服务平台（平台受理号 %1），请等待办理结果通知。")
            .arg(m_central);
    if (m_state == QLatin1String("rejected"))
        return QCoreApplication::translate("jiujin::StatusController",
                                           "申请被退回：%1。请带上材料到服务点找工作人员。")
            .arg(m_reason);
    if (m_state == QLatin1String("needs_attention"))
        return QCoreApplication::translate("jiujin::StatusController",
                                           "送达时遇到问题，工作人员正在处理，请留意电话通知。");
    return {};
}

bool StatusController::lookup(const QString &typed)
{
    const auto record = m_service.status(typed);
    m_message.clear();
    if (!record) {
        m_receipt.clear();
        m_canRate = false;
        QString digits;
        for (const QChar c : typed)
            if (c.isDigit())
                digits += c;
        // A well-formed number this kiosk does not know was most likely given at another kiosk.
        if (digits.size() != 12)
            m_message = QCoreApplication::translate("jiujin::StatusController",
                                                    "受理编号是12位数字，请对照回执输入");
        else if (receipt::normalise(typed))
            m_message = QCoreApplication::translate(
                "jiujin::StatusController",
                "本机没有这个受理编号。如果是在别的服务点办的，请到那里查询或拨打回执上的电话。");
        else
            m_message = QCoreApplication::translate("jiujin::StatusController",
                                                    "这个受理编号不对，请核对回执上的12位数字");
        Q_EMIT resultChanged();
        return false;
    }
    m_receipt = record->receipt;
    const auto items = CatalogueStore(m_db).items(QString(), QString());
    m_itemName = record->itemCode;
    for (const ItemSummary &item : items)
        if (item.code == record->itemCode)
            m_itemName = m_session.english() ? item.nameEn : item.nameZh;
    m_submittedAt = localTimeText(record->createdAt);
    m_state = record->state;
    m_reason = record->reason;
    m_central = record->centralReceipt;
    m_canRate = !OutboxStore(m_db).ratingFor(m_receipt).has_value();
    Q_EMIT resultChanged();
    return true;
}

bool StatusController::rate(int level, const QStringList &reasons)
{
    if (!found() || !m_canRate)
        return false;
    auto rated = m_service.rate(m_receipt, level, reasons);
    if (!rated) {
        m_message = rated.error().message;
        Q_EMIT resultChanged();
        return false;
    }
    m_canRate = false;
    Q_EMIT resultChanged();
    return true;
}

void StatusController::clear()
{
    m_receipt.clear();
    m_itemName.clear();
    m_submittedAt.clear();
    m_state.clear();
    m_reason.clear();
    m_central.clear();
    m_message.clear();
    m_canRate = false;
    Q_EMIT resultChanged();
}

} // namespace jiujin
