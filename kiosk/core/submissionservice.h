#pragma once

#include "calendarprovider.h"
#include "casestatusstore.h"
#include "formschema.h"
#include "outboxstore.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

namespace jiujin {

class Database;
namespace protocol {
class Key;
class SealerSeed;
} // namespace protocol

/** How the citizen handles one material of the item's guide. */
struct MaterialEntry
{
    enum class Kind { None, Attached, ECertificate, ToFollow, Committed };
    int index = 0; ///< position in the guide's materials
    Kind kind = Kind::None;
    QList<QPair<QByteArray, QString>> images; ///< Attached: picture bytes and MIME type
    QString certificate;                      ///< ECertificate: what the e-certificate QR code held

    /** none|attached|e_certificate|to_follow|committed, as the payload and the screens name them.
     */
    static QString kindName(Kind kind);
};

/** An application as the form holds it, in memory only, until submit() seals and queues it. */
struct Application
{
    QString itemCode;
    QHash<QString, QString> values; ///< field id -> value as typed or read
    QSet<QString> fromCard;         ///< field ids filled by the ID card reader
    QList<MaterialEntry> materials;
    bool consented = false;
    QString staffId;       ///< 代办: the logged-in staff member; empty when the citizen applies
    QString authorisation; ///< 代办: "in_person" (citizen present) or "letter" (委托书)

    /** Overwrites every value with zeros before dropping it (see KioskSession's wipe). */
    void wipe();
};

/** What the receipt screen shows once the application is durably queued. */
struct Queued
{
    QString uuid, receipt;
    QDateTime createdAt;
    int promisedDays = 0;
    QStringList toFollow, committed; ///< material names (Chinese) 容缺 and 告知承诺
    QDate toFollowBy;
    /** toFollowBy was counted through a year without the State Council's list (weekends only,
     *  or a SAMPLE list): an estimate, and the receipt says so. */
    bool toFollowByEstimated = false;
};

/**
 * Turns an application into a sealed outbox record: validates it against the item's form and
 * materials, seals the citizen's data to the central platform's public key (a fresh record key
 * each time) and commits it with its audit entry before anything says "received".
 */
class SubmissionService
{
public:
    /** 容缺 materials are due this many working days after the application. */
    static constexpr int followUpDays = 5;
    /** The consent notice version the citizen accepted; bump it when the notice text changes. */
    static constexpr const char *consentVersion = "2026-11";

    explicit SubmissionService(Database &db,
                               std::function<QDateTime()> clock = &QDateTime::currentDateTimeUtc);
    ~SubmissionService();

    /** The kiosk's clock (UTC), as injected: every screen that needs "today" asks here. */
    QDateTime now() const { return m_clock(); }
    /** The working calendar in force on this kiosk (CalendarProvider): compiled-in years with
     *  those central sent down in their place. */
    Result<WorkCalendar> calendar() { return m_calendar.calendar(); }

    /** Problems by field id (materials as "material.N", consent as "consent"); empty if fine. */
    QHash<QString, QString> check(const Application &app);
    Result<Queued> submit(const Application &app);
    /** The optional GB/T 39734 indicators a rating may add to its overall level (RECORD.md):
     *  服务效率, 服务水平, 服务态度. */
    static QStringList ratingIndicators();
    /** The levels a screen chose (a map of code to level; 0 or absent: not rated). */
    static QHash<QString, int> indicatorLevels(const QVariantMap &chosen);
    /** Queues a 好差评 rating (1 非常满意 .. 5 非常不满意) of a submission; one per submission.
     *  @p indicators: levels by ratingIndicators() code, each optional (absent: not rated). */
    Result<QString> rate(const QString &receipt, int level, const QStringList &reasons,
                         const QHash<QString, int> &indicators = {});
    /** The local record of a typed or scanned receipt number. */
    std::optional<OutboxRecord> status(const QString &typedReceipt);
    /** Whether the submission with canonical @p receipt was rated already (one rating each). */
    bool rated(const QString &receipt);
    /** Where central says the application with its receipt @p centralReceipt stands (the case
     *  updates jiujin-syncd pulled); nullopt when no update named it yet. */
    Result<std::optional<CaseStatus>> caseStatus(const QString &centralReceipt);
    /** The point's public figures as central last sent them (compact JSON, "" for none). */
    Result<QString> pointFigures();
    /**
     * Makes the next record's seal ahead of time (its key and the public-key step, about 0.15 ms
     * here), so that submit() itself only encrypts and commits. The apply screen calls it while
     * the citizen reviews; submit() makes the seal itself when none is ready.
     */
    void prepareSeal();
    /** Whether this kiosk can seal: a central key and a service point are configured. */
    QString readinessProblem();

    /** The next receipt-style number of this kiosk (受理编号, booking tickets). Call inside the
     *  transaction that inserts the record carrying it. */
    Result<QString> nextReceiptNumber();
    /**
     * Seals @p plaintext into @p record (metadata: the usual keys plus @p extraMeta) with the
     * prepared seal if any, and inserts it with its audit entry. Call inside a transaction. The
     * path every sealed record takes (submissions, ratings, bookings).
     */
    Result<void> queueSealed(OutboxRecord &record, const QByteArray &plaintext,
                             const QString &actor, const QJsonObject &extraMeta = {});

private:
    /** The parts of an item the apply flow needs, from the catalogue's guide JSON. */
    struct ItemRules
    {
        QByteArray guide;
        FormSchema form;
        QJsonArray materials;
        int promisedDays = 0;
    };
    /** The item's rules, parsed once per guide version; null if the item is unknown. */
    const ItemRules *rules(const QString &code);
    QHash<QString, QString> check(const Application &app, const ItemRules *rules);
    QString readinessProblem(const QString &point);
    Result<QString> nextReceiptNumber(const QString &point);
    /** Central's public key from the settings, or null when missing or unusable. */
    const protocol::Key *centralKey();

    Database &m_db;
    std::function<QDateTime()> m_clock;
    CalendarProvider m_calendar;
    QHash<QString, ItemRules> m_rules;
    QString m_centralPem;
    std::unique_ptr<protocol::Key> m_central;
    std::unique_ptr<protocol::SealerSeed> m_seed; ///< for m_central; dropped when the key changes
};

} // namespace jiujin
