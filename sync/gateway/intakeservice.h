#pragma once

#include "centralstorage.h"
#include "devicequotas.h"
#include "formschema.h"
#include "intakerecords.h"
#include "result.h"
#include "suite.h"
#include "wire.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

namespace jiujin {

class CataloguePublisher;
class GatewayKeys;
namespace gateway {
class BookingService;
}
struct DeviceRow;

/** Where central's time went for one batch, in nanoseconds summed over its records (logged per
 *  batch; jiujin-bench-sync prints them per record). */
struct IntakeTimings
{
    qint64 verify = 0;   ///< the request's signature, certificate and nonce (per batch)
    qint64 decode = 0;   ///< the body inflated and parsed (per batch)
    qint64 lookup = 0;   ///< duplicate check, quota and upload rows
    qint64 open = 0;     ///< the key header and the payload (and attachments) opened
    qint64 validate = 0; ///< metadata and payload parsed and checked against the form
    /// open and validate run on a helper thread beside the store for records without
    /// attachments (summed there too); wait is what the storing thread waited for them
    qint64 wait = 0;
    qint64 store = 0;   ///< the record's row, its case, usage and upload rows written
    qint64 receipt = 0; ///< receipt numbers and their signatures (one per batch in v2)
    qint64 commit = 0;  ///< the batch's COMMIT
    /// The steps above are wall time (a wait for a core included); this is the CPU time the
    /// batch's threads used in receive() (the request's thread and the opening helper)
    qint64 cpu = 0;
};

/**
 * Central's intake of sealed records: takes each record's attachments from its finished uploads,
 * opens it with central's key, checks its metadata against the request and its payload against
 * the item's form (central's published catalogue, or fixed forms), numbers and signs the receipt,
 * and stores the batch (still sealed, as sent) in one transaction, once per (device, uuid) for
 * ever.
 */
class IntakeService
{
public:
    /** Item code -> application form, from a catalogue bundle (db/seed/FORMAT.md). */
    static Result<QHash<QString, FormSchema>> formsFromBundle(const QByteArray &bundleJson);

    /** Checks applications against @p forms for good (tests, standalone use). */
    IntakeService(gateway::CentralStorage &storage, const GatewayKeys &keys,
                  QHash<QString, FormSchema> forms);
    /** Checks applications against the catalogue @p publisher has published (borrowed; it must
     *  outlive this), reloaded when its sequence changes. Nothing published: every application
     *  is refused as one for an unknown item. */
    IntakeService(gateway::CentralStorage &storage, const GatewayKeys &keys,
                  CataloguePublisher &publisher);

    /** One result per record in request order; Outcome::Retry (nothing stored) for a record whose
     *  attachment upload is missing, unfinished or not the one it names. An error (storage,
     *  signing) means nothing of the batch was stored: the kiosk retries it whole. Booking
     *  records take or give back their seats through @p booking, in the batch's transaction.
     *  A record whose writes fail is answered retry (nothing of it stored) and the rest of the
     *  batch is stored without it, up to maxSetAside such records.
     *  A batch asking for v2 gets one receipt signature over the answer (BatchResult::signature)
     *  instead of one per receipt. @p timings: what the request cost before (verify, decode);
     *  the batch's steps are added and logged in one line. */
    Result<protocol::BatchResult> receive(const DeviceRow &device,
                                          const protocol::SubmissionBatch &batch,
                                          gateway::BookingService &booking, const QDateTime &now,
                                          IntakeTimings timings = {});

    /** The central receipt number: "NM" + yyyyMMdd (Asia/Shanghai) + the daily sequence, at
     *  least 6 digits (000001..999999 as ever, then 1000000 and on: never exhausted). */
    static QString receiptNumber(const QDate &day, qint64 sequence);

    /** The per-device limits records are judged by (DeviceQuotas' defaults until set). */
    void setQuotas(const DeviceQuotas &quotas) { m_quotas = quotas; }
    const DeviceQuotas &quotas() const { return m_quotas; }
    /** The service day ("yyyyMMdd", Asia/Shanghai) quotas and receipts of @p now count on. */
    static QString serviceDay(const QDateTime &now);

private:
    /** receive() with the records of @p setAside answered retry (their writes failed before);
     *  on an error while writing a record, @p failed names it (empty for any other error). */
    Result<protocol::BatchResult> receiveOnce(const DeviceRow &device, protocol::Suite deviceSuite,
                                              const protocol::SubmissionBatch &batch,
                                              gateway::BookingService &booking,
                                              const QDateTime &now, IntakeTimings timings,
                                              const QSet<QString> &setAside, QString *failed);
    /** Most records of one batch set aside before the batch is retried whole. */
    static constexpr qsizetype maxSetAside = 3;
    /** Reloads the forms from the publisher when its sequence is not the one they came from. */
    Result<void> refreshForms();
    /** Why a record is refused (for staff, never PII), or empty when it is sound. Its metadata's
     *  kind, item and kiosk receipt (the "receipt" it names, if any) are set as read. */
    /** The record's first @p attachments attachments (uploaded and verified) are read from the
     *  storage one at a time (memory bounded by one attachment, whatever the record holds); one
     *  that cannot be read sets @p ioError. */
    QString problem(const DeviceRow &device, const protocol::WireRecord &record, int attachments,
                    QString *kind, QString *item, QString *kioskReceipt,
                    std::optional<Error> *ioError, QJsonObject *rating, IntakeTimings &timings);
    /** Why @p record must wait (a daily quota spent, @p used being the device's day so far), or
     *  empty. */
    QString quotaProblem(const gateway::IntakeRecords::Usage &used,
                         const protocol::WireRecord &record) const;
    /** Why an application's payload @p body is unfit for @p item's form in @p forms, or empty. */
    static QString formProblem(const QHash<QString, FormSchema> &forms, const QString &item,
                               const QJsonObject &body, QDate today);
    /** An application while forms come from a publisher that has published nothing yet: it is
     *  answered "retry", not refused for good. */
    bool waitsForCatalogue(const protocol::WireRecord &record) const;

    gateway::CentralStorage &m_storage;
    const GatewayKeys &m_keys;
    /** Guards the forms and their sequence (requests run concurrently, DESIGN §11c); held
     *  only to copy or swap them (QHash copies share their data). */
    mutable std::mutex m_formsLock;
    QHash<QString, FormSchema> m_forms;
    /** The forms published before m_forms: a kiosk that has not pulled the new catalogue yet
     *  collected them, and its citizens' applications are not lost for that. */
    QHash<QString, FormSchema> m_previousForms;
    CataloguePublisher *m_publisher = nullptr; ///< null: m_forms are fixed
    qint64 m_formsSequence = -1;               ///< the published sequence m_forms came from
    DeviceQuotas m_quotas;
};

} // namespace jiujin
