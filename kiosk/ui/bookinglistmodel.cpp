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

bool BookingListModel::done(const QString &state)
{
    return state == QLatin1String("checked_in");
}

bool BookingListModel::gone(const QString &state)
{
    return state == QLatin1String("cancelled") || state == QLatin1String("declined") ||
           state == QLatin1String("no_show");
}

QString BookingListModel::tone(const QString &state)
{
    if (done(state))
        return QStringLiteral("good");
    if (gone(state))
        return QStringLiteral("muted");
    // Asked of central and not yet confirmed: staff tell the citizen it may still be declined.
    if (state == QLatin1String("requested"))
        return QStringLiteral("warning");
    return QStringLiteral("neutral");
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
    case ToneRole:
        return tone(s.booking.state);
    case DoneRole:
        return done(s.booking.state);
    case GoneRole:
        return gone(s.booking.state);
    }
    return {};
}

QHash<int, QByteArray> BookingListModel::roleNames() const
{
    return {{TicketRole, "ticket"},       {TimeRole, "time"},
            {ItemNameRole, "itemName"},   {StateRole, "state"},
            {StateTextRole, "stateText"}, {ToneRole, "tone"},
            {DoneRole, "done"},           {GoneRole, "gone"}};
}

} // namespace jiujin
