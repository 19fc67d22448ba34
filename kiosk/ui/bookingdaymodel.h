#pragma once

#include "bookingservice.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/** The date strip of the booking screen: the next working days with seats left. */
class BookingDayModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the Booking controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        DateRole = Qt::UserRole + 1, ///< yyyy-MM-dd (local)
        LabelRole,                   ///< 今天 / 明天 / 6月12日 (Tue 12 Jun)
        WeekdayRole,                 ///< 周三 (Wed)
        SeatsHereRole,               ///< seats this kiosk can confirm now
        PoolFreeRole,                ///< seats in central's pool at the last fetch
        ToneRole,                    ///< tone() of the day
    };
    using QAbstractListModel::QAbstractListModel;
    /** @p mongolian: the labels are Mongolian mode's (MongolianDate::monthDay and weekday). */
    void reset(QList<BookingDay> days, QDate today, bool english, bool mongolian = false);
    int count() const { return int(m_days.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    const QList<BookingDay> &days() const { return m_days; }
    /** How a day is shown, for Theme.tone(): "good" (seats here), "warning" (only central's
     *  pool: a request) or "muted" (full). */
    static QString tone(const BookingDay &day);

Q_SIGNALS:
    void countChanged();

private:
    QList<BookingDay> m_days;
    QDate m_today;
    bool m_english = false;
    bool m_mongolian = false;
};

} // namespace jiujin
