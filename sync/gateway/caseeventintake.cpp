#include "caseeventintake.h"

#include "caseservice.h"
#include "devicerecords.h"
#include "gatewaylog.h"
#include "protocollimits.h"

#include <QCoreApplication>

namespace jiujin::gateway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jiujin::gateway::CaseEventIntake", text);
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString CaseEventIntake::recordProblem(const QJsonObject &meta, const QJsonObject &body)
{
    if (!body.isEmpty())
        return tr("办件登记的内容应为空");
    const QString action = text(meta, "action");
    const QString receipt = text(meta, "refers_to");
    const QString staff = text(meta, "staff");
    if (action != materialReceived && action != handedOver)
        return tr("未知的办件登记 %1").arg(action.left(protocol::maxShortText));
    if (receipt.isEmpty() || receipt.size() > protocol::maxShortText)
        return tr("办件登记缺少办件的回执号");
    if (staff.trimmed().isEmpty() || staff.size() > protocol::maxShortText)
        return tr("办件登记须注明工作人员工号");
    if (action == materialReceived) {
        const QString name = text(meta, "material");
        const QString kind = text(meta, "material_kind");
        if (name.trimmed().isEmpty() || name.size() > protocol::maxStaffText ||
            (kind != QLatin1String("rongque") && kind != QLatin1String("chengnuo")))
            return tr("“材料已收到”须注明材料名称和类型（rongque 或 chengnuo）");
    } else if (meta.contains(QLatin1String("material"))) {
        return tr("“已交给申请人”不带材料");
    }
    return {};
}

QString CaseEventIntake::actor(const QString &device, const QString &staff)
{
    return QStringLiteral("device:%1/staff:%2").arg(device, staff);
}

Result<QString> CaseEventIntake::apply(const DeviceRow &device, const QJsonObject &meta,
                                       const QDateTime &now)
{
    const QString receipt = text(meta, "refers_to");
    const QString action = text(meta, "action");
    auto found = m_storage.cases().caseByReceipt(receipt);
    if (!found)
        return found.error(); // fail closed: a read error is not "no such case"
    // Another point's case and an unknown receipt are answered alike: a device learns nothing
    // of cases that are not its point's.
    if (!found.value() || found.value()->point != device.point)
        return tr("本服务点没有回执号为 %1 的办件").arg(receipt);
    const CaseRow &c = *found.value();
    if (text(meta, "item") != c.item)
        return tr("办件登记的事项与办件 %1 不符").arg(receipt);
    const QString who = actor(device.id, text(meta, "staff"));
    CaseService cases(m_storage);

    if (action == handedOver) {
        if (c.stage != CaseService::readyForPickup)
            return tr("办件 %1 处于“%2”，不能登记“已交给申请人”")
                .arg(receipt, CaseService::stageText(c.stage));
        CaseService::Move move;
        move.stage = CaseService::delivered;
        move.operatorId = who;
        move.reason = tr("在服务点交给申请人");
        auto moved = cases.move(receipt, move, now);
        if (!moved) {
            if (moved.error().code == Error::Invalid || moved.error().code == Error::NotFound)
                return moved.error().message;
            return moved.error();
        }
        qCInfo(lcGateway) << "case" << c.number << "handed over at" << device.point << "by device"
                          << device.id;
        return QString();
    }

    if (c.stage == CaseService::refused || c.stage == CaseService::denied ||
        c.stage == CaseService::delivered)
        return tr("办件 %1 已结束（“%2”），不再收材料")
            .arg(receipt, CaseService::stageText(c.stage));
    auto materials = m_storage.cases().materials(c.id);
    if (!materials)
        return materials.error();
    const QString name = text(meta, "material");
    const QString kind = text(meta, "material_kind");
    for (const CaseMaterialRow &m : materials.value()) {
        if (m.name != name || m.kind != kind || m.state == QLatin1String("received"))
            continue;
        auto received = cases.receiveMaterial(receipt, m.id, device.point, who, now);
        if (!received) {
            if (received.error().code == Error::Invalid || received.error().code == Error::NotFound)
                return received.error().message;
            return received.error();
        }
        qCInfo(lcGateway) << "case" << c.number << "material" << m.id << "received at"
                          << device.point << "by device" << device.id;
        return QString();
    }
    return tr("办件 %1 没有待补交的材料“%2”（可能已在别处收到）").arg(receipt, name);
}

} // namespace jiujin::gateway
