#pragma once

#include "outboxstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/** The outbox as staff see it: newest first, needs-attention and rejected on top; no personal data.
 */
class BoardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the Staff controller")
public:
    enum Role {
        ReceiptRole = Qt::UserRole + 1,
        ItemNameRole,
        KindRole,    ///< submission|rating
        CreatedRole, ///< local time in words
        StateRole,   ///< pending|sending|accepted|rejected|needs_attention
        StateLabelRole,
        ReasonRole,
        AttentionRole, ///< rejected, needs attention, or a bad rating to follow up
        OnBehalfRole,
        ToneRole, ///< how the state is shown: tone() of the state
    };
    explicit BoardModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setRecords(QList<OutboxRecord> records, QHash<QString, QString> itemNames);
    /** An outbox state's tone for Theme.tone(): "good" (delivered), "error" (rejected, needs
     *  attention) or "neutral" (on its way). */
    static QString tone(const QString &state);

private:
    QList<OutboxRecord> m_records;
    QHash<QString, QString> m_itemNames;
};

} // namespace jiujin
