#pragma once

#include "caseboardservice.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/** The point's cases waiting for the citizen, as the staff board lists them: overdue first; the
 *  receipts to call the citizen back, never personal data. */
class CaseBoardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the CaseBoard controller")
public:
    enum Role {
        ReceiptRole = Qt::UserRole + 1, ///< central's receipt (NM…)
        KioskReceiptRole,               ///< this kiosk's 受理编号, or empty
        ItemNameRole,
        TitleRole,   ///< 待补正 / 待领取 / 容缺材料到期, in words
        LinesRole,   ///< what the citizen must bring or do, one line each
        OverdueRole, ///< a date that matters has passed (shown in red)
        NoteRole,    ///< "已记录，待同步" while a staff action travels; else empty
        RefusalRole, ///< central's reason for refusing the newest action, or empty
        CanHandOverRole,
        MaterialNamesRole, ///< materials that may be marked received here
        MaterialKindsRole, ///< their kinds (rongque, chengnuo), same order
        MaterialTextsRole, ///< each in one line for the choice
        LateLinesRole,     ///< per line of LinesRole: its date has passed (shown in red)
    };
    explicit CaseBoardModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** One row as the screen shows it. */
    struct Row
    {
        QString receipt, kioskReceipt, itemName, title;
        QStringList lines;
        QList<bool> lateLines; ///< same length as lines
        /** Adds a line; @p late: a date it names has passed. */
        void addLine(const QString &line, bool late = false)
        {
            lines.append(line);
            lateLines.append(late);
        }
        bool overdue = false;
        QString note, refusal;
        bool canHandOver = false;
        QStringList materialNames, materialKinds, materialTexts;
    };
    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

} // namespace jiujin
