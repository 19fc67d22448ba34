// Qt Quick Test runner: the real QML module over a temporary database with the bundled catalogue.
#include "bookingstore.h"
#include "caselookup.h"
#include "caselookupstore.h"
#include "casestatusstore.h"
#include "cataloguestore.h"
#include "database.h"
#include "keys.h"
#include "kioskcontext.h"
#include "outboxstore.h"
#include "receiptnumber.h"
#include "staffservice.h"
#include "verticalfitcheck.h"
#include "verticaltext.h"
#include "workcalendar.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMutex>
#include <QQmlAbstractUrlInterceptor>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(JiuJin_UiPlugin)
Q_IMPORT_QML_PLUGIN(JiuJinPlugin)

using namespace jiujin;

namespace {
/** The booking screens' fixed clock: Tuesday 11 June 2030, 09:00 in Naiman (UTC+8). */
const QDateTime bookingNow(QDate(2030, 6, 11), QTime(1, 0), Qt::UTC);

QDateTime localTime(int day, int hour, int minute)
{
    return QDateTime(QDate(2030, 6, day), QTime(hour, minute), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

/**
 * Slots as central would publish them for the sample point, and this kiosk's leases on them:
 * today 10:00 and 11:00 with seats here; Wednesday 09:00 and 09:30 with no seats here but some
 * in central's pool (a request is offered); Thursday 09:00 and 14:30 with seats here.
 */
void writeSlots(Database &db, const QString &point)
{
    struct Plan
    {
        int day, hour, minute, capacity, free, leased;
    };
    const Plan plans[] = {{11, 10, 0, 4, 1, 3}, {11, 11, 0, 4, 1, 2}, {12, 9, 0, 4, 2, 0},
                          {12, 9, 30, 4, 2, 0}, {13, 9, 0, 4, 1, 3},  {13, 14, 30, 4, 1, 3}};
    QList<CachedSlot> cached;
    for (const Plan &p : plans) {
        const QDateTime start = localTime(p.day, p.hour, p.minute);
        cached.append({QStringLiteral("%1/2030-06-%2T%3:%4")
                           .arg(point)
                           .arg(p.day)
                           .arg(p.hour, 2, 10, QLatin1Char('0'))
                           .arg(p.minute, 2, 10, QLatin1Char('0')),
                       point, start, start.addSecs(30 * 60), p.capacity, p.free, bookingNow});
    }
    BookingStore store(db);
    if (!store.replaceSlots(cached))
        qFatal("cannot write the sample slots");
    for (int i = 0; i < cached.size(); ++i)
        // Leases run out half an hour before their slot starts, as central grants them.
        if (!store.applyLease(cached.at(i).id, plans[i].leased,
                              cached.at(i).start.addSecs(-30 * 60), false, bookingNow))
            qFatal("cannot write the sample leases");
}
} // namespace

/** The simulated devices' folder, for tests that scan a QR code as a scanner would. */
class TestDevices : public QObject
{
    Q_OBJECT
public:
    explicit TestDevices(QString dir) : m_dir(std::move(dir)) {}
    /** Drops qr.txt into the simulated QR scanner's folder. */
    Q_INVOKABLE bool scanQr(const QString &text)
    {
        QSaveFile file(QDir(m_dir).filePath(QStringLiteral("qr.txt")));
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
    }

private:
    QString m_dir;
};

/** Central's answer to a booking request, written into the database as jiujin-syncd does. */
class TestCentral : public QObject
{
    Q_OBJECT
public:
    explicit TestCentral(QString dbPath) : m_dbPath(std::move(dbPath)) {}
    Q_INVOKABLE bool answer(const QString &ticket, bool accepted)
    {
        auto db = Database::open(m_dbPath);
        if (!db)
            return false;
        BookingStore store(*db.value());
        const auto booking = store.byTicket(ticket);
        return booking && store
                              .recordOutcome(booking->uuid,
                                             accepted ? QStringLiteral("accepted")
                                                      : QStringLiteral("rejected"),
                                             bookingNow, QStringLiteral("jiujin-syncd"))
                              .ok();
    }

    /** Central's item groups for this point, as a slot list would bring them. */
    Q_INVOKABLE bool setGroups(const QString &commaSeparated)
    {
        auto db = Database::open(m_dbPath);
        return db && CatalogueStore(*db.value())
                         .setSetting(QLatin1String(BookingStore::slotGroupsSetting), commaSeparated)
                         .ok();
    }

    /** What jiujin-syncd writes when central's certificate is not valid at the kiosk's time:
     *  @p skewS is central's time minus the kiosk's, "" when it could not be read, and "ok"
     *  writes a later success (which forgets the clock). */
    Q_INVOKABLE bool syncClock(const QString &skewS)
    {
        auto db = Database::open(m_dbPath);
        if (!db)
            return false;
        CatalogueStore store(*db.value());
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        if (skewS == QLatin1String("ok"))
            return store.setSetting(QStringLiteral("sync.last_success"), now) &&
                   store.setSetting(QStringLiteral("sync.clock_skew_s"), QString());
        return store.setSetting(QStringLiteral("sync.device_id"), QStringLiteral("test-device")) &&
               store.setSetting(QStringLiteral("sync.last_error"),
                                QStringLiteral("push: the kiosk's clock is wrong")) &&
               store.setSetting(QStringLiteral("sync.last_error_at"), now) &&
               store.setSetting(QStringLiteral("sync.clock_skew_s"),
                                skewS.isEmpty() ? QStringLiteral("unknown") : skewS);
    }

    /**
     * What jiujin-syncd writes when central accepted the application with kiosk receipt
     * @p receipt and a case update for it arrives: central's receipt, then the case at @p stage
     * with @p materials to bring within @p materialsDays days, the case due in @p dueWorkingDays
     * working days (0: none), and the result waiting here when @p pickupHere.
     */
    Q_INVOKABLE bool caseUpdate(const QString &receipt, const QString &stage,
                                const QStringList &materials, int materialsDays, int dueWorkingDays,
                                bool pickupHere)
    {
        auto db = Database::open(m_dbPath);
        if (!db)
            return false;
        OutboxStore outbox(*db.value());
        const auto number = receipt::normalise(receipt);
        const auto record = number ? outbox.byReceipt(*number) : std::nullopt;
        if (!record)
            return false;
        const QString digits = QString(*number).remove(QLatin1Char('-'));
        const QString central = QStringLiteral("NM20300611") + digits.right(6);
        if (record->state != QLatin1String("accepted") &&
            !outbox.setState(record->uuid, QStringLiteral("accepted"), QString(), central,
                             bookingNow, QStringLiteral("jiujin-syncd")))
            return false;
        CaseStatusStore store(*db.value());
        const auto held = store.sequence();
        if (!held)
            return false;
        const QDate today = WorkCalendar::chinaDate(bookingNow);
        CaseStatus c;
        c.receipt = central;
        c.seq = held.value() + 1;
        c.item = record->itemCode;
        c.stage = stage;
        c.stageAt = bookingNow;
        c.materials = materials;
        if (!materials.isEmpty())
            c.materialsDue = today.addDays(materialsDays);
        if (dueWorkingDays > 0)
            c.due = WorkCalendar::china().addWorkingDays(today, dueWorkingDays);
        c.pickupHere = pickupHere;
        if (stage == QLatin1String("correction"))
            c.reason = QStringLiteral("材料不清晰");
        return store
            .apply({held.value(), c.seq, {c}, QString()}, QStringLiteral("jiujin-syncd"),
                   bookingNow)
            .ok();
    }

    /**
     * What the staff board shows on a working kiosk (SAMPLE metadata only, as jiujin-syncd leaves
     * it): an application central sent back with its reason, and cases of the point waiting for
     * the citizen: one in 待补正 with a 容缺 material overdue, one whose result waits here (a new
     * one on each call, whose platform receipt is returned; "" when the samples are not written).
     */
    Q_INVOKABLE QString boardSamples()
    {
        auto db = Database::open(m_dbPath);
        if (!db)
            return {};
        OutboxStore outbox(*db.value());
        OutboxRecord r;
        r.uuid = QStringLiteral("00000000-0000-4000-8000-0000000b0a4d");
        r.kind = QStringLiteral("submission");
        r.receipt = receipt::format(u"20301", 800001);
        r.itemCode = QStringLiteral("11150525MB0SB0001A415111010600001"); // 失业登记
        r.pointCode = QStringLiteral("150525203000-01");
        r.createdAt = r.updatedAt = bookingNow;
        r.meta = "{}";
        r.suite = QStringLiteral("intl");
        r.keyHeader = r.payload = "SAMPLE";
        if (!outbox.byReceipt(r.receipt)) {
            Transaction tx(*db.value());
            if (!tx.begun() || !outbox.insert(r) || !tx.commit() ||
                !outbox.setState(r.uuid, QStringLiteral("rejected"),
                                 QStringLiteral("示例：材料与事项不符"), QString(), bookingNow,
                                 QStringLiteral("jiujin-syncd")))
                return {};
        }
        CaseStatusStore store(*db.value());
        const auto held = store.sequence();
        if (!held)
            return {};
        const QDate today = WorkCalendar::chinaDate(bookingNow);
        CaseStatus correction;
        correction.receipt = QStringLiteral("NM20300611900001");
        correction.seq = held.value() + 1;
        correction.item = r.itemCode;
        correction.stage = QStringLiteral("correction");
        correction.stageAt = bookingNow;
        correction.reason = QStringLiteral("示例：复印件不清晰");
        correction.materials = {QStringLiteral("户口簿首页及本人页复印件")};
        correction.materialsDue = today.addDays(7);
        correction.pending = {
            {QStringLiteral("近期免冠照片"), QStringLiteral("rongque"), today.addDays(-5)}};
        correction.due = today.addDays(30);
        CaseStatus pickup;
        pickup.receipt =
            QStringLiteral("NM203006119%1").arg(held.value() + 2, 5, 10, QLatin1Char('0'));
        pickup.seq = held.value() + 2;
        pickup.item = r.itemCode;
        pickup.stage = QStringLiteral("ready_for_pickup");
        pickup.stageAt = bookingNow;
        pickup.pickupHere = true;
        return store.apply({held.value(), pickup.seq, {correction, pickup}, QString()},
                           QStringLiteral("jiujin-syncd"), bookingNow)
                       .ok()
                   ? pickup.receipt
                   : QString();
    }

    /** A receipt number no application of this kiosk has (another point's), as typed. */
    Q_INVOKABLE QString foreignReceipt() const
    {
        return receipt::format(u"20399", 5).remove(QLatin1Char('-'));
    }

    /**
     * What jiujin-syncd writes for the waiting case lookup once central answers: @p state
     * "found" (the case at @p stage, taken at point 150525100000-01, 大沁他拉镇), "not_found",
     * "limited" or "offline". False when no lookup waits.
     */
    Q_INVOKABLE bool answerLookup(const QString &state, const QString &stage)
    {
        auto db = Database::open(m_dbPath);
        if (!db)
            return false;
        CaseLookupStore store(*db.value());
        const auto waiting = store.waiting();
        if (!waiting || waiting.value().size() != 1)
            return false;
        const CaseLookupRow row = waiting.value().first();
        QString text;
        if (state == QLatin1String("found")) {
            protocol::CaseLookupAnswer a;
            a.ask = row.id;
            a.receipt = row.receipt;
            a.point = QStringLiteral("150525100000-01");
            a.found.seq = 3;
            a.found.receipt = QStringLiteral("NM20300611000123");
            a.found.item = QStringLiteral("11150525MB0SB0001A415111010600001");
            a.found.stage = stage;
            a.found.stageAt = bookingNow;
            a.found.due =
                WorkCalendar::china().addWorkingDays(WorkCalendar::chinaDate(bookingNow), 5);
            text = QString::fromUtf8(protocol::encode(a));
        }
        return store.answer(row.id, state, text, QString()).ok();
    }

    /** Rows of case_lookups (the four digits and the answer live there only briefly). */
    Q_INVOKABLE int lookupRows()
    {
        auto db = Database::open(m_dbPath);
        if (!db)
            return -1;
        auto n = CaseLookupStore(*db.value()).count();
        return n ? n.value() : -1;
    }

private:
    QString m_dbPath;
};

/** What the screens tour checks of Mongolian mode, for a test to ask of the screen now shown. */
class TestScreen : public QObject
{
    Q_OBJECT
public:
    /**
     * VerticalFitCheck's problems (Mongolian lying on its side in an ordinary Text, a column cut,
     * overflowing or off the window) and every column shown blank or holding a raw id
     * ("confirmed") where words belong; empty when the screen reads as it should.
     */
    Q_INVOKABLE QStringList mongolianProblems(QQuickWindow *window) const
    {
        if (!window)
            return {QStringLiteral("no window")};
        QStringList out = jiujin::VerticalFitCheck::problems(window);
        blanks(window->contentItem(), out);
        return out;
    }

private:
    static void blanks(QQuickItem *item, QStringList &out)
    {
        if (!item || !item->isVisible() || item->opacity() <= 0.0)
            return;
        if (const auto *text = qobject_cast<const jiujin::VerticalText *>(item)) {
            static const QRegularExpression rawId(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
            const QString shown = text->text().trimmed();
            if (shown.isEmpty() || rawId.match(shown).hasMatch())
                out << QStringLiteral("%1 \"%2\": a blank column or a raw id")
                           .arg(item->parentItem() ? item->parentItem()->objectName() : QString(),
                                shown);
        }
        for (QQuickItem *child : item->childItems())
            blanks(child, out);
    }
};

/** The QML files each engine loads, by file name (a URL interceptor sees every one the type
 *  loader asks for): for the test that screens are loaded on their first push (DESIGN §9c). */
class TestLoads : public QObject, public QQmlAbstractUrlInterceptor
{
    Q_OBJECT
public:
    QUrl intercept(const QUrl &url, DataType type) override
    {
        if (type == QmlFile) {
            QMutexLocker lock(&m_mutex); // the type loader may run on a thread of its own
            m_files.append(url.fileName());
        }
        return url;
    }
    Q_INVOKABLE QStringList files() const
    {
        QMutexLocker lock(&m_mutex);
        return m_files;
    }
    Q_INVOKABLE void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_files.clear();
    }

private:
    mutable QMutex m_mutex;
    QStringList m_files;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        if (!m_loads) {
            m_loads = std::make_unique<TestLoads>();
            qmlRegisterSingletonInstance("JiuJin.Test", 1, 0, "TestLoads", m_loads.get());
        }
        engine->addUrlInterceptor(m_loads.get());
        // A sample service point, central key (public half only) and staff member, as ./run sets
        // up.
        const QString dbPath = m_dir.filePath(QStringLiteral("kiosk.db"));
        {
            auto db = Database::open(dbPath);
            if (!db)
                qFatal("cannot open the test database: %s", qPrintable(db.error().message));
            CatalogueStore store(*db.value());
            store.setSetting(QStringLiteral("point"), QStringLiteral("150525203000-01"));
            store.setSetting(
                QStringLiteral("central.public_key"),
                QString::fromLatin1(
                    protocol::Key::generate(protocol::Suite::Intl).value().publicPem()));
            if (!StaffService(*db.value())
                     .enrol(QStringLiteral("0001"), QStringLiteral("萨仁"),
                            QStringLiteral("284615")))
                qFatal("cannot enrol the sample staff member");
            writeSlots(*db.value(), QStringLiteral("150525203000-01"));
        }
        // The simulated scanner serves this page to every scan.
        QDir(m_dir.path()).mkpath(QStringLiteral("devices/scans"));
        QImage page(320, 452, QImage::Format_RGB32);
        page.fill(Qt::white);
        page.save(m_dir.filePath(QStringLiteral("devices/scans/page-1.png")));
        auto context = KioskContext::create(
            *engine,
            {m_dir.path(), m_dir.filePath(QStringLiteral("devices")),
             QStringLiteral("file:") + m_dir.filePath(QStringLiteral("printed")),
             QStringLiteral(JIUJIN_SEED)},
            KioskContext::openDatabase(dbPath), [] { return bookingNow; });
        if (!context)
            qFatal("cannot set up the kiosk: %s", qPrintable(context.error().message));
        m_context = std::move(context.value());
        // Each test file gets its own engine; the type is registered once for all of them.
        if (!m_devices) {
            m_devices = std::make_unique<TestDevices>(m_dir.filePath(QStringLiteral("devices")));
            qmlRegisterSingletonInstance("JiuJin.Test", 1, 0, "TestDevices", m_devices.get());
            m_central = std::make_unique<TestCentral>(dbPath);
            qmlRegisterSingletonInstance("JiuJin.Test", 1, 0, "TestCentral", m_central.get());
            m_screen = std::make_unique<TestScreen>();
            qmlRegisterSingletonInstance("JiuJin.Test", 1, 0, "TestScreen", m_screen.get());
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KioskContext> m_context;
    std::unique_ptr<TestDevices> m_devices;
    std::unique_ptr<TestCentral> m_central;
    std::unique_ptr<TestLoads> m_loads;
    std::unique_ptr<TestScreen> m_screen;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk, Setup)

#include "main.moc"
