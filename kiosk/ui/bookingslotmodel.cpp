#include "bookingslotmodel.h"

#include "localtext.h"

#include <QCoreApplication>

namespace jiujin {

void BookingSlotModel::reset(QList<BookingSlot> list)
{
    const int before = count();
    beginResetModel();
    m_slots = std::move(list);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

int BookingSlotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant BookingSlotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BookingSlot &s = m_slots.at(index.row());
    switch (role) {
    case SlotIdRole:
        return s.id;
    case TimeRole:
        return localtext::timeRange(s.start, s.end);
    case SeatsHereRole:
        return s.seatsHere;
    case CanBookRole:
        return s.canBook();
    case CanRequestRole:
        return s.canRequest();
    }
    return {};
}

QHash<int, QByteArray> BookingSlotModel::roleNames() const
{
    return {{SlotIdRole, "slotId"},
            {TimeRole, "time"},
            {SeatsHereRole, "seatsHere"},
            {CanBookRole, "canBook"},
            {CanRequestRole, "canRequest"}};
}

} // namespace jiujin
