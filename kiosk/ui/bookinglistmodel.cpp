#include "bookinglistmodel.h"

#include "localtext.h"

#include <QCoreApplication>

namespace jiujin {

void BookingListModel::reset(QList<BookingStatus> rows, QHash<QString, QString> itemNames)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    m_itemNames = std::move(itemNames);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

int BookingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant BookingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BookingStatus &s = m_rows.at(index.row());
    switch (role) {
    case TicketRole:
        return s.booking.ticket;
    case TimeRole:
        return localtext::timeRange(s.booking.slotStart, s.booking.slotEnd);
    case ItemNameRole:
        return m_itemNames.value(s.booking.itemCode, s.booking.itemCode);
    case StateRole:
        return s.booking.state;
    case StateTextRole:
        return s.stateText;
    }
    return {};
}

QHash<int, QByteArray> BookingListModel::roleNames() const
{
    return {{TicketRole, "ticket"},
            {TimeRole, "time"},
            {ItemNameRole, "itemName"},
            {StateRole, "state"},
            {StateTextRole, "stateText"}};
}

} // namespace jiujin
