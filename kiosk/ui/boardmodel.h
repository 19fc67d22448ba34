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
    };
    explicit BoardModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setRecords(QList<OutboxRecord> records, QHash<QString, QString> itemNames);

private:
    QList<OutboxRecord> m_records;
    QHash<QString, QString> m_itemNames;
};

} // namespace jiujin
