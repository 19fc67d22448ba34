#include "boardmodel.h"

#include "staffcontroller.h" // outboxStateLabel, localTimeText

#include <QCoreApplication>

namespace jiujin {

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OutboxRecord &r = m_records.at(index.row());
    switch (role) {
    case ReceiptRole:
        // A rating names its application's receipt; a case_event central's receipt of its case.
        return r.kind == QLatin1String("rating") || r.kind == QLatin1String("case_event")
                   ? r.refersTo
                   : r.receipt;
    case ItemNameRole:
        return m_itemNames.value(r.itemCode, r.itemCode);
    case KindRole:
        return r.kind;
    case CreatedRole:
        return localTimeText(r.createdAt);
    case StateRole:
        return r.state;
    case StateLabelRole:
        return outboxStateLabel(r.state);
    case ReasonRole:
        return r.followUp ? QCoreApplication::translate("jiujin::StaffController", "差评，需要回访")
                          : r.reason;
    case AttentionRole:
        return r.followUp || r.state == QLatin1String("rejected") ||
               r.state == QLatin1String("needs_attention");
    case OnBehalfRole:
        return !r.staffId.isEmpty();
    case ToneRole:
        return tone(r.state);
    }
    return {};
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    return {{ReceiptRole, "receipt"}, {ItemNameRole, "itemName"},   {KindRole, "kind"},
            {CreatedRole, "created"}, {StateRole, "state"},         {StateLabelRole, "stateLabel"},
            {ReasonRole, "reason"},   {AttentionRole, "attention"}, {OnBehalfRole, "onBehalf"},
            {ToneRole, "tone"}};
}

QString BoardModel::tone(const QString &state)
{
    if (state == QLatin1String("accepted"))
        return QStringLiteral("good");
    if (state == QLatin1String("rejected") || state == QLatin1String("needs_attention"))
        return QStringLiteral("error");
    return QStringLiteral("neutral");
}

void BoardModel::setRecords(QList<OutboxRecord> records, QHash<QString, QString> itemNames)
{
    beginResetModel();
    m_records = std::move(records);
    m_itemNames = std::move(itemNames);
    endResetModel();
}

} // namespace jiujin
