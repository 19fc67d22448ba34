#include "caseboardcontroller.h"

#include "caseboardservice.h"
#include "casestatustext.h"
#include "kiosksession.h"
#include "staffcontroller.h"

#include <QCoreApplication>

namespace jiujin {

namespace {
QString joined(const QStringList &names)
{
    return names.join(QCoreApplication::translate("jiujin::CaseBoardController", "、"));
}
} // namespace

CaseBoardController::CaseBoardController(CaseBoardService &service, StaffController &staff,
                                         KioskSession &session, QObject *parent)
    : QObject(parent), m_service(service), m_staff(staff), m_session(session)
{
    connect(&staff, &StaffController::loggedInChanged, this, [this] {
        if (m_staff.loggedIn())
            return refresh();
        setMessage(QString(), false);
        // Emptied once the screen has let go of it (its model binds to Staff.loggedIn), after
        // this signal: a list still creating rows of a model emptied under it warns.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_staff.loggedIn())
                    return;
                m_model.setRows({});
                Q_EMIT changed();
            },
            Qt::QueuedConnection);
    });
}

int CaseBoardController::overdueCount() const
{
    int n = 0;
    for (const CaseBoardModel::Row &r : m_model.rows())
        n += r.overdue ? 1 : 0;
    return n;
}

void CaseBoardController::refresh()
{
    if (!m_staff.loggedIn())
        return;
    auto board = m_service.board();
    if (!board) {
        // Fail closed: an unreadable list is said, never shown as "nothing waiting".
        m_model.setRows({});
        setMessage(tr("办件列表读取失败：%1").arg(board.error().message), true);
        Q_EMIT changed();
        return;
    }
    const bool english = m_session.english();
    const QDate today = m_service.today();
    QList<CaseBoardModel::Row> rows;
    for (const BoardCase &b : board.value()) {
        const CaseStatus &c = b.status;
        CaseBoardModel::Row r;
        r.receipt = c.receipt;
        r.kioskReceipt = b.kioskReceipt;
        r.itemName = m_service.itemName(c.item, english);
        // Material names come from the case feed in Chinese: in English, each with the
        // catalogue's English name before it where there is one (docs/DESIGN.md §13e).
        const auto label = [&](const QString &name) {
            return m_service.materialLabel(c.item, name, english);
        };
        const auto labels = [&](const QStringList &names) {
            QStringList out;
            for (const QString &name : names)
                out.append(label(name));
            return joined(out);
        };
        const auto pending = [&](PendingMaterial m) {
            m.name = label(m.name);
            return casetext::pendingText(m, m_session.language());
        };
        r.overdue = b.overdue;
        QStringList titles;
        if (b.correction) {
            titles.append(tr("待补正"));
            r.addLine(tr("需补正：%1").arg(labels(c.materials)));
            if (c.materialsDue.isValid()) {
                const bool late = c.materialsDue < today;
                r.addLine(late ? tr("补正期限：%1（已逾期）")
                                     .arg(casetext::dateText(c.materialsDue, m_session.language()))
                               : tr("补正期限：%1")
                                     .arg(casetext::dateText(c.materialsDue, m_session.language())),
                          late);
            }
            if (!c.reason.isEmpty())
                r.addLine(tr("原因：%1").arg(c.reason));
        }
        if (b.pickup) {
            titles.append(tr("待领取"));
            r.addLine(tr("办理结果已到本服务点：请通知申请人带身份证和回执来领取"));
            r.canHandOver = !b.handOverRecorded;
        }
        if (!b.dueSoon.isEmpty()) {
            titles.append(tr("容缺/承诺材料到期"));
            for (const PendingMaterial &m : b.dueSoon)
                r.addLine(m.due < today ? tr("%1，已逾期").arg(pending(m)) : pending(m),
                          m.due < today);
        }
        r.title = titles.join(QLatin1String(" · "));
        for (const PendingMaterial &m : c.pending) {
            if (b.recorded.contains(m.name))
                continue;
            r.materialNames.append(m.name);
            r.materialKinds.append(m.kind);
            // In Mongolian the dialog's choices are the names alone, Chinese data in rows as
            // staff read them (§9e); the card's lines say what is owed and by when.
            r.materialTexts.append(m_session.mongolian() ? label(m.name) : pending(m));
        }
        if (b.handOverRecorded)
            r.note = tr("已记录交给申请人，待同步");
        else if (!b.recorded.isEmpty())
            r.note = tr("已记录收到 %1，待同步").arg(labels(b.recorded));
        r.refusal = b.refusal;
        rows.append(std::move(r));
    }
    m_model.setRows(std::move(rows));
    Q_EMIT changed();
}

bool CaseBoardController::materialReceived(const QString &receipt, const QString &name,
                                           const QString &kind)
{
    auto done = m_service.materialReceived(receipt, name, kind, m_staff.staffId());
    if (!done) {
        setMessage(done.error().message, true);
        return false;
    }
    setMessage(tr("已记录收到“%1”（%2），联网后自动报送平台").arg(name, receipt), false);
    refresh();
    return true;
}

bool CaseBoardController::handedOver(const QString &receipt)
{
    auto done = m_service.handedOver(receipt, m_staff.staffId());
    if (!done) {
        setMessage(done.error().message, true);
        return false;
    }
    setMessage(tr("已记录办理结果交给申请人（%1），联网后自动报送平台").arg(receipt), false);
    refresh();
    return true;
}

const CaseBoardModel::Row *CaseBoardController::row(const QString &receipt) const
{
    for (const CaseBoardModel::Row &r : m_model.rows())
        if (r.receipt == receipt)
            return &r;
    return nullptr;
}

QStringList CaseBoardController::materialNames(const QString &receipt) const
{
    const CaseBoardModel::Row *r = row(receipt);
    return r ? r->materialNames : QStringList();
}

QStringList CaseBoardController::materialKinds(const QString &receipt) const
{
    const CaseBoardModel::Row *r = row(receipt);
    return r ? r->materialKinds : QStringList();
}

QStringList CaseBoardController::materialTexts(const QString &receipt) const
{
    const CaseBoardModel::Row *r = row(receipt);
    return r ? r->materialTexts : QStringList();
}

void CaseBoardController::setMessage(const QString &message, bool failed)
{
    if (m_message == message && m_failed == failed)
        return;
    m_message = message;
    m_failed = failed;
    Q_EMIT messageChanged();
}

} // namespace jiujin
