#pragma once

#include "bookingservice.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/** The slots of the chosen day. */
class BookingSlotModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the Booking controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        SlotIdRole = Qt::UserRole + 1,
        TimeRole,      ///< 10:00–10:30 (local)
        SeatsHereRole, ///< seats this kiosk can confirm now
        CanBookRole,
        CanRequestRole, ///< central's pool had seats at the last fetch
    };
    using QAbstractListModel::QAbstractListModel;
    void reset(QList<BookingSlot> list);
    int count() const { return int(m_slots.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    const QList<BookingSlot> &all() const { return m_slots; }

Q_SIGNALS:
    void countChanged();

private:
    QList<BookingSlot> m_slots;
};

} // namespace jiujin
