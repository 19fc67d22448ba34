#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

class QQmlEngine;

namespace jiujin {

class Database;
class KioskSession;

/** The kiosk's database as KioskContext::openDatabase() leaves it for create(): open, migrated
 *  and checked, or the error; @c quarantined names where a damaged one was moved (else empty).
 *  Database::path() is where it was opened. */
struct OpenedDatabase
{
    OpenedDatabase();
    OpenedDatabase(OpenedDatabase &&) noexcept;
    OpenedDatabase &operator=(OpenedDatabase &&) noexcept;
    ~OpenedDatabase();
    Result<std::unique_ptr<Database>> db;
    QString quarantined;
};

/** Where the kiosk keeps things and which devices it talks to (the database is opened apart:
 *  KioskContext::openDatabase). */
struct KioskOptions
{
    QString stateDir;   ///< notices and receipts go below it; empty: beside the database
    QString devicesDir; ///< simulated devices' directory; empty: no devices
    QString
        printer; ///< "cups:NAME", "file:DIR" or empty (the kiosk setting "printer", else a file)
    QString catalogue; ///< a bundle to import when the database has no catalogue (e.g. after
                       ///< quarantine)
};

/**
 * The kiosk's composition root: builds everything the kiosk screens use — stores, services,
 * devices and the QML singletons — over the database openDatabase() opened, and publishes them
 * to @p engine. One path for jiujin-kiosk and the tests, so both run the same wiring:
 * openDatabase(path), then create().
 */
class KioskContext
{
public:
    /** Opens @p path for create(), quarantining a damaged database (its quick_check is the
     *  slow part). Needs no Qt application and touches nothing else, so jiujin-kiosk runs it on
     *  a thread of its own while the screens compile (docs/DESIGN.md §9c). */
    static OpenedDatabase openDatabase(const QString &path);
    /** Builds the kiosk over @p opened (its error, when it has one, is create()'s).
     *  @p bookingClock: the booking screens' clock (UTC), for tests; empty: the system's. */
    static Result<std::unique_ptr<KioskContext>>
    create(QQmlEngine &engine, const KioskOptions &options, OpenedDatabase opened,
           std::function<QDateTime()> bookingClock = {});
    ~KioskContext();

    KioskSession &session();

private:
    KioskContext();
    struct Parts;
    std::unique_ptr<Parts> d;
};

} // namespace jiujin
