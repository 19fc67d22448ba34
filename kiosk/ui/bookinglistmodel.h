#pragma once

#include "bookingservice.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/** The bookings of one day as staff see them: time, ticket, item, state; no personal data. */
class BookingListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the Booking controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        TicketRole = Qt::UserRole + 1,
        TimeRole, ///< 10:00–10:30 (local)
        ItemNameRole,
        StateRole, ///< confirmed|requested|declined|cancelled|checked_in|no_show
        StateTextRole,
        ToneRole, ///< how the state is shown: tone() of the state
        DoneRole, ///< the citizen came (checked in)
        GoneRole, ///< nobody will come for it: cancelled, declined, no-show
    };
    /** The Theme colour name a booking state is shown in: good, warning, muted or neutral. */
    static QString tone(const QString &state);
    static bool done(const QString &state);
    static bool gone(const QString &state);
    using QAbstractListModel::QAbstractListModel;
    void reset(QList<BookingStatus> rows, QHash<QString, QString> itemNames);
    int count() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<BookingStatus> m_rows;
    QHash<QString, QString> m_itemNames;
};

} // namespace jiujin
