#pragma once

#include "caseboardmodel.h"
#include "published.h"

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

class CaseBoardService;
class KioskSession;
class StaffController;

/** The staff board's cases waiting for the citizen, and the logged-in staff member's actions on
 *  them ("材料已收到", "已交给申请人"). */
class CaseBoardController : public QObject, public Published<CaseBoardController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(CaseBoard)
    QML_SINGLETON
    Q_PROPERTY(jiujin::CaseBoardModel *cases READ cases CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY changed)
    /** What the last action did, or why it or the list failed; empty when nothing to say. */
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged) ///< message is an error
public:
    CaseBoardController(CaseBoardService &service, StaffController &staff, KioskSession &session,
                        QObject *parent = nullptr);

    CaseBoardModel *cases() { return &m_model; }
    int count() const { return int(m_model.rows().size()); }
    int overdueCount() const;
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }

    Q_INVOKABLE void refresh();
    /** Records that material @p name (@p kind) of case @p receipt was handed in here. */
    Q_INVOKABLE bool materialReceived(const QString &receipt, const QString &name,
                                      const QString &kind);
    /** Records that the result of case @p receipt was handed to the applicant. */
    Q_INVOKABLE bool handedOver(const QString &receipt);
    /** Of the listed case @p receipt: the materials that may be marked received, their kinds and
     *  each in one line (for the choice), in the same order. */
    Q_INVOKABLE QStringList materialNames(const QString &receipt) const;
    Q_INVOKABLE QStringList materialKinds(const QString &receipt) const;
    Q_INVOKABLE QStringList materialTexts(const QString &receipt) const;

Q_SIGNALS:
    void changed();
    void messageChanged();

private:
    void setMessage(const QString &message, bool failed);
    const CaseBoardModel::Row *row(const QString &receipt) const;
    CaseBoardService &m_service;
    StaffController &m_staff;
    KioskSession &m_session;
    CaseBoardModel m_model;
    QString m_message;
    bool m_failed = false;
};

} // namespace jiujin
