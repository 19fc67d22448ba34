// Writes SAMPLE slots and leases for the screen tour's database (jiujin-syncd fetches real ones
// from central): the next working days from now, 08:30-12:00 and 14:30-17:30 in 30-minute slots,
// with seats on this kiosk's lease; the second day has none left here (a request is offered) and
// some slots are full everywhere.
#include "bookingstore.h"
#include "cataloguestore.h"
#include "database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace jiujin;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DATABASE\n", argv[0]);
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const QString point = CatalogueStore(*db.value()).setting(QStringLiteral("point"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr int offset = 8 * 3600;
    QDate day = now.toOffsetFromUtc(offset).date();
    QList<CachedSlot> cached;
    QList<int> leased;
    for (int working = 0; working < 7; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        const QList<QTime> starts = [] {
            QList<QTime> list;
            for (QTime t(8, 30); t < QTime(12, 0); t = t.addSecs(1800))
                list.append(t);
            for (QTime t(14, 30); t < QTime(17, 30); t = t.addSecs(1800))
                list.append(t);
            return list;
        }();
        for (int i = 0; i < starts.size(); ++i) {
            const QDateTime start = QDateTime(day, starts.at(i), Qt::OffsetFromUTC, offset).toUTC();
            if (start <= now.addSecs(3600))
                continue;
            const bool fullEverywhere = i % 5 == 2;
            const int free = fullEverywhere ? 0 : 2;
            cached.append(
                {QStringLiteral("%1/%2").arg(
                     point,
                     QDateTime(day, starts.at(i)).toString(QStringLiteral("yyyy-MM-ddTHH:mm"))),
                 point, start, start.addSecs(1800), 4, free, now});
            leased.append(working == 1 || fullEverywhere ? 0 : 2);
        }
        ++working;
    }
    BookingStore store(*db.value());
    if (auto r = store.replaceSlots(cached); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    for (int i = 0; i < cached.size(); ++i)
        if (auto r = store.applyLease(cached.at(i).id, leased.at(i),
                                      cached.at(i).start.addSecs(-1800), false, now);
            !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
    std::printf("%lld sample slots written\n", qlonglong(cached.size()));
    return 0;
}
