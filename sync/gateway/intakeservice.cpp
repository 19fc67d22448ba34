#include "intakeservice.h"

#include "bookingattendanceintake.h"
#include "bookingservice.h"
#include "caseeventintake.h"
#include "caseservice.h"
#include "cataloguebundle.h"
#include "cataloguepublisher.h"
#include "centralstorage.h"
#include "chinatime.h"
#include "devicerecords.h"
#include "envelope.h"
#include "gatewaykeys.h"
#include "gatewaylog.h"
#include "intakerecords.h"
#include "jsonfields.h"
#include "ratingservice.h"
#include "validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <openssl/crypto.h>

#include <chrono>
#include <condition_variable>
#include <ctime>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace jiujin {

namespace {

using protocol::json::appendJsonString;

/** Adds the time since the last lap to one step of IntakeTimings. */
class Laps
{
public:
    void to(qint64 &step)
    {
        const auto now = std::chrono::steady_clock::now();
        step += std::chrono::duration_cast<std::chrono::nanoseconds>(now - m_last).count();
        m_last = now;
    }

private:
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

/** CPU time the calling thread has used, in nanoseconds. */
qint64 threadCpuNs()
{
    timespec t{};
    if (::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0)
        return 0;
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

void wipe(QByteArray &plain)
{
    if (!plain.isEmpty()) {
        plain.detach();
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
    }
    plain.clear();
}

QDate serviceDate(const QDateTime &t)
{
    // Receipt days and "today" bounds follow the kiosks' local calendar (Inner Mongolia).
    return chinaDate(t);
}

/** The record as sent, naming the files its uploads brought (sealed at rest, relative to the data
 *  directory): attachments are never copied into a row. The same compact JSON QJsonDocument
 *  writes (keys in order), written directly: building it as a QJsonObject (UTF-16 copies of the
 *  base64 parts) was about a twelfth of central's instructions for a record. */
QByteArray recordJson(const QString &device, const protocol::WireRecord &r, bool withAttachments)
{
    QJsonArray attachments;
    for (int i = 0; withAttachments && i < r.attachments.size(); ++i)
        attachments.append(QJsonObject{
            {QStringLiteral("sha256"), QString::fromLatin1(r.attachments.at(i).sha256.toHex())},
            {QStringLiteral("length"), r.attachments.at(i).length},
            {QStringLiteral("file"), gateway::IntakeRecords::attachmentPath(device, r.uuid, i)}});
    // Meta as the wire gave it, made valid UTF-8 as QString would (never invalid JSON).
    const QByteArray meta = QString::fromUtf8(r.meta).toUtf8();
    QByteArray out;
    out.reserve(128 + meta.size() * 5 / 4 + (r.keyHeader.size() + r.payload.size()) * 4 / 3);
    out.append("{\"attachments\":");
    out.append(QJsonDocument(attachments).toJson(QJsonDocument::Compact));
    out.append(",\"key_header\":\"");
    out.append(r.keyHeader.toBase64());
    out.append("\",\"meta\":");
    appendJsonString(out, meta);
    out.append(",\"payload\":\"");
    out.append(r.payload.toBase64());
    out.append("\",\"suite\":");
    appendJsonString(out, r.suite.toUtf8());
    out.append(",\"uuid\":");
    appendJsonString(out, r.uuid.toUtf8());
    out.append('}');
    return out;
}

protocol::RecordResult resultOf(const SubmissionRow &row, protocol::Outcome outcome)
{
    protocol::RecordResult r;
    r.uuid = row.uuid;
    r.status = outcome;
    if (row.status == QLatin1String("accepted")) {
        r.receipt = row.receipt;
        r.acceptedAt = row.acceptedAt;
        r.signature = row.signature;
    } else {
        r.reason = row.reason;
    }
    return r;
}

} // namespace

Result<QHash<QString, FormSchema>> IntakeService::formsFromBundle(const QByteArray &bundleJson)
{
    auto snapshot = parseCatalogueBundle(bundleJson);
    if (!snapshot)
        return snapshot.error();
    return CataloguePublisher::formsOf(snapshot->items);
}

IntakeService::IntakeService(gateway::CentralStorage &storage, const GatewayKeys &keys,
                             QHash<QString, FormSchema> forms)
    : m_storage(storage), m_keys(keys), m_forms(std::move(forms))
{
}

IntakeService::IntakeService(gateway::CentralStorage &storage, const GatewayKeys &keys,
                             CataloguePublisher &publisher)
    : m_storage(storage), m_keys(keys), m_publisher(&publisher)
{
}

Result<void> IntakeService::refreshForms()
{
    if (!m_publisher)
        return {};
    // The sequence is read first: a publish between the two reads only costs one more reload.
    const qint64 sequence = m_publisher->sequence();
    {
        std::lock_guard lock(m_formsLock);
        if (sequence == m_formsSequence)
            return {};
    }
    // Loaded without the lock; two requests that both see a new sequence load it twice, and the
    // swap below keeps one of them (never an older sequence over a newer one).
    auto forms = m_publisher->forms();
    if (!forms)
        return forms.error();
    std::lock_guard lock(m_formsLock);
    if (sequence <= m_formsSequence)
        return {};
    if (m_formsSequence > 0)
        m_previousForms = std::move(m_forms);
    m_forms = std::move(forms.value());
    m_formsSequence = sequence;
    qCInfo(lcGateway) << "application forms of published catalogue seq" << sequence << ":"
                      << m_forms.size() << "items";
    return {};
}

QString IntakeService::serviceDay(const QDateTime &now)
{
    return serviceDate(now).toString(QStringLiteral("yyyyMMdd"));
}

QString IntakeService::receiptNumber(const QDate &day, qint64 sequence)
{
    return QStringLiteral("NM%1%2")
        .arg(day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 6, 10, QLatin1Char('0'));
}

QString IntakeService::quotaProblem(const gateway::IntakeRecords::Usage &used,
                                    const protocol::WireRecord &record) const
{
    const qint64 inlineBytes = record.meta.size() + record.keyHeader.size() + record.payload.size();
    if (DeviceQuotas::over(m_quotas.recordsPerDay, used.records, 1))
        return QCoreApplication::translate("jiujin::IntakeService",
                                           "本机今日提交已达中心限额（%1 条），明日自动重试")
            .arg(m_quotas.recordsPerDay);
    if (DeviceQuotas::over(m_quotas.bytesPerDay, used.bytes, inlineBytes))
        return QCoreApplication::translate("jiujin::IntakeService",
                                           "本机今日上传已达中心限额（%1 MB），明日自动重试")
            .arg(m_quotas.bytesPerDay / (1024 * 1024));
    return QString();
}

QString IntakeService::problem(const DeviceRow &device, const protocol::WireRecord &record,
                               int attachments, QString *kind, QString *item, QString *kioskReceipt,
                               std::optional<Error> *ioError, QJsonObject *rating,
                               IntakeTimings &timings)
{
    Laps laps;
    // Each return below lands on the step that was running (validate, unless opening).
    auto validated = qScopeGuard([&] { laps.to(timings.validate); });
    QJsonParseError parseError;
    const QJsonDocument metaDoc = QJsonDocument::fromJson(record.meta, &parseError);
    if (parseError.error != QJsonParseError::NoError || !metaDoc.isObject())
        return QCoreApplication::translate("jiujin::IntakeService", "记录的元数据无法读取");
    const QJsonObject meta = metaDoc.object();
    *kind = meta.value(QLatin1String("kind")).toString();
    *item = meta.value(QLatin1String("item")).toString();
    *kioskReceipt = meta.value(QLatin1String("receipt")).toString();
    const QDateTime created =
        QDateTime::fromString(meta.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    const auto suite = protocol::suiteFromName(record.suite);
    if (meta.value(QLatin1String("v")).toInt() != 1 ||
        meta.value(QLatin1String("uuid")).toString() != record.uuid ||
        meta.value(QLatin1String("suite")).toString() != record.suite || !suite ||
        (*kind != QLatin1String("submission") && *kind != QLatin1String("rating") &&
         !gateway::BookingService::handles(*kind) && !gateway::CaseEventIntake::handles(*kind) &&
         !gateway::BookingAttendanceIntake::handles(*kind)) ||
        meta.value(QLatin1String("point")).toString() != device.point ||
        meta.value(QLatin1String("attachments")).toInt(-1) != record.attachments.size() ||
        !created.isValid())
        return QCoreApplication::translate("jiujin::IntakeService", "记录的元数据与请求不符");
    // A device seals with the suite it enrolled with, never another (a gm point takes no intl
    // record, even one central could open).
    if (record.suite != device.suite)
        return QCoreApplication::translate("jiujin::IntakeService",
                                           "记录的密码套件（%1）不是设备登记的套件（%2）")
            .arg(record.suite, device.suite);

    laps.to(timings.validate);
    auto opened = qScopeGuard([&] { laps.to(timings.open); });
    auto opener =
        protocol::RecordOpener::open(m_keys.centralKey(*suite), record.keyHeader, record.meta);
    if (!opener)
        return QCoreApplication::translate("jiujin::IntakeService",
                                           "记录无法用中心密钥打开（已损坏或不是发给本平台的）");
    auto payload = opener->open(record.payload, record.meta);
    if (!payload)
        return QCoreApplication::translate("jiujin::IntakeService",
                                           "记录无法用中心密钥打开（已损坏或不是发给本平台的）");
    for (int i = 0; i < attachments; ++i) {
        QByteArray sealed;
        {
            // Where the engine keeps them (a file, or the database for several instances).
            auto bytes = m_storage.intake().attachmentBytes(device.id, record.uuid, i);
            if (!bytes || bytes->isEmpty()) {
                *ioError = bytes ? Error{Error::Io, QStringLiteral("attachment bytes missing")}
                                 : bytes.error();
                return QStringLiteral("io");
            }
            sealed = std::move(bytes.value());
        }
        auto part = opener->open(sealed, record.meta + "#attachment" + QByteArray::number(i));
        sealed.clear();
        if (!part)
            return QCoreApplication::translate("jiujin::IntakeService",
                                               "附件 %1 无法用中心密钥打开")
                .arg(i);
        wipe(part.value());
    }
    opened.dismiss();
    laps.to(timings.open);
    const QJsonDocument payloadDoc = QJsonDocument::fromJson(payload.value(), &parseError);
    wipe(payload.value());
    if (parseError.error != QJsonParseError::NoError || !payloadDoc.isObject())
        return QCoreApplication::translate("jiujin::IntakeService", "记录内容无法读取");
    const QJsonObject body = payloadDoc.object();

    // Bookings carry name and phone, not an item's form (PROTOCOL.md, "Booking").
    if (gateway::BookingService::handles(*kind))
        return gateway::BookingService::payloadProblem(*kind, meta, body, serviceDate(created));

    if (gateway::CaseEventIntake::handles(*kind))
        return gateway::CaseEventIntake::recordProblem(meta, body);
    if (gateway::BookingAttendanceIntake::handles(*kind))
        return gateway::BookingAttendanceIntake::recordProblem(meta, body);

    if (*kind == QLatin1String("rating")) {
        const QString why = gateway::RatingService::payloadProblem(body);
        if (why.isEmpty() && rating)
            *rating = body; // levels and reason codes only: stored as the rating row
        return why;
    }

    // The kiosk checked the form against its own "today"; bounds are judged on that day too.
    const QDate today = serviceDate(created);
    QHash<QString, FormSchema> forms, previousForms;
    {
        std::lock_guard lock(m_formsLock);
        forms = m_forms;
        previousForms = m_previousForms;
    }
    const QString why = formProblem(forms, *item, body, today);
    if (!why.isEmpty() && previousForms.contains(*item) &&
        formProblem(previousForms, *item, body, today).isEmpty())
        return {};
    return why;
}

bool IntakeService::waitsForCatalogue(const protocol::WireRecord &record) const
{
    if (!m_publisher)
        return false;
    {
        std::lock_guard lock(m_formsLock);
        if (m_formsSequence != 0)
            return false;
    }
    const QJsonObject meta = QJsonDocument::fromJson(record.meta).object();
    return meta.value(QLatin1String("kind")).toString() == QLatin1String("submission");
}

QString IntakeService::formProblem(const QHash<QString, FormSchema> &forms, const QString &item,
                                   const QJsonObject &body, QDate today)
{
    const auto form = forms.constFind(item);
    if (form == forms.cend())
        return QCoreApplication::translate("jiujin::IntakeService", "事项 %1 不在目录中").arg(item);
    const QJsonValue fieldsValue = body.value(QLatin1String("fields"));
    if (!fieldsValue.isObject())
        return QCoreApplication::translate("jiujin::IntakeService", "申请内容缺少表单字段");
    const QJsonObject fields = fieldsValue.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!form->field(it.key()))
            return QCoreApplication::translate("jiujin::IntakeService", "表单中没有字段 %1")
                .arg(it.key());
        if (!it.value().isString())
            return QCoreApplication::translate("jiujin::IntakeService", "字段 %1 的值不是文本")
                .arg(it.key());
    }
    for (const FieldSpec &field : form->fields) {
        const QString message = validation::check(field, fields.value(field.id).toString(), today);
        if (!message.isEmpty())
            return QCoreApplication::translate("jiujin::IntakeService", "字段 %1 不符合表单：%2")
                .arg(field.id, message);
    }
    return {};
}

Result<protocol::BatchResult> IntakeService::receive(const DeviceRow &device,
                                                     const protocol::SubmissionBatch &batch,
                                                     gateway::BookingService &booking,
                                                     const QDateTime &now, IntakeTimings timings)
{
    const auto deviceSuite = protocol::suiteFromName(device.suite);
    if (!deviceSuite)
        return Error{Error::Corrupt, QStringLiteral("device suite")};
    // A publish (another process) since the last batch: check against what kiosks now collect.
    if (auto r = refreshForms(); !r)
        return r.error();
    // A record whose writes fail is set aside and the batch is stored again without it (its
    // transaction rolled back whole first, so no half of that record stays, even where SQLite
    // ends the transaction on an error): one record never holds up the others. A few such
    // records in one batch are no longer about the records; the batch is then retried whole.
    QSet<QString> setAside;
    for (;;) {
        QString failed;
        auto out =
            receiveOnce(device, *deviceSuite, batch, booking, now, timings, setAside, &failed);
        if (out || failed.isEmpty() || setAside.size() >= maxSetAside)
            return out;
        qCWarning(lcGateway) << "record" << failed << "from" << device.id
                             << "could not be stored; the batch is stored without it:"
                             << out.error().message;
        setAside.insert(failed);
    }
}

Result<protocol::BatchResult>
IntakeService::receiveOnce(const DeviceRow &device, protocol::Suite deviceSuite,
                           const protocol::SubmissionBatch &batch, gateway::BookingService &booking,
                           const QDateTime &now, IntakeTimings timings,
                           const QSet<QString> &setAside, QString *failed)
{
    const protocol::Key &receiptKey = m_keys.receiptKey(deviceSuite);
    const QDate day = serviceDate(now);
    const QString dayText = day.toString(QStringLiteral("yyyyMMdd"));
    const QString acceptedAt = now.toUTC().toString(Qt::ISODate);
    // v2: one signature over the answer's receipts instead of one per receipt.
    const bool perReceipt = batch.version < protocol::receiptsV2;
    auto signReceipt = [&](const QString &uuid, const QString &receipt,
                           const QString &at) -> Result<QByteArray> {
        return protocol::sign(receiptKey,
                              protocol::receiptSigningInput(device.id, uuid, receipt, at));
    };

    protocol::BatchResult out;
    out.version = perReceipt ? protocol::receiptsV1 : protocol::receiptsV2;
    const qint64 cpuAtStart = threadCpuNs();
    Laps laps;
    int stored = 0;
    // Each item's department and time limit, read from the catalogue once for the batch.
    QHash<QString, gateway::CaseService::ItemTerms> itemTerms;

    // Opening a record (its key agreement, most of its CPU), parsing and checking it touch no
    // storage when it has no attachments: a helper thread does that for the batch's records, in
    // order, while this thread stores the ones done (on 2 cores, one record's key agreement runs
    // beside the writes of another). A record the helper has not started when this thread gets
    // to it is opened here instead, so neither thread waits for the other's share. What is found
    // is used only where this thread would have called problem() itself (a duplicate's is
    // thrown away).
    const qsizetype n = batch.records.size();
    struct Verdict
    {
        QString reason, kind, item, kioskReceipt;
        QJsonObject rating;
    };
    std::vector<Verdict> verdicts(static_cast<size_t>(n));
    enum : char { Inline, Unclaimed, Claimed, Done };
    // Inline: problem() runs in the store loop (attachments read from storage, or no helper);
    // otherwise claimed by whichever thread gets to the record first, guarded by doneLock.
    std::vector<char> state(static_cast<size_t>(n), Inline);
    for (qsizetype i = 0; i < n && n > 1; ++i)
        if (batch.records.at(i).attachments.isEmpty() &&
            !setAside.contains(batch.records.at(i).uuid))
            state[size_t(i)] = Unclaimed;
    IntakeTimings aheadTimings; // the helper's open and validate, read once it has ended
    std::mutex doneLock;
    std::condition_variable doneChanged;
    std::jthread helper; // declared last: stopped and joined before what it uses goes
    if (n > 1) {
        try {
            helper = std::jthread([&](std::stop_token stop) {
                const qint64 helperCpuAtStart = threadCpuNs();
                auto helperCpu =
                    qScopeGuard([&] { aheadTimings.cpu += threadCpuNs() - helperCpuAtStart; });
                for (qsizetype i = 0; i < n && !stop.stop_requested(); ++i) {
                    {
                        std::lock_guard lock(doneLock);
                        if (state[size_t(i)] != Unclaimed)
                            continue;
                        state[size_t(i)] = Claimed;
                    }
                    Verdict &v = verdicts[size_t(i)];
                    std::optional<Error> noIo; // no attachments: nothing read from storage
                    v.reason = problem(device, batch.records.at(i), 0, &v.kind, &v.item,
                                       &v.kioskReceipt, &noIo, &v.rating, aheadTimings);
                    {
                        std::lock_guard lock(doneLock);
                        state[size_t(i)] = Done;
                    }
                    doneChanged.notify_one();
                }
            });
        } catch (const std::system_error &) {
            std::fill(state.begin(), state.end(), Inline); // no thread to be had: all done here
        }
    }
    // Whether the helper has (or is) opening record @p i; if so, waits until it is done.
    auto openedAhead = [&](qsizetype i) {
        std::unique_lock lock(doneLock);
        if (state[size_t(i)] == Inline || state[size_t(i)] == Unclaimed) {
            state[size_t(i)] = Inline; // opened here
            return false;
        }
        doneChanged.wait(lock, [&] { return state[size_t(i)] == Done; });
        return true;
    };
    // Record @p i is answered without opening it (a duplicate, or one to be sent again).
    auto notOpened = [&](qsizetype i) {
        std::lock_guard lock(doneLock);
        if (state[size_t(i)] == Unclaimed)
            state[size_t(i)] = Inline;
    };

    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    laps.to(timings.lookup);
    std::optional<gateway::IntakeRecords::Usage> used; // the device's day, read at first need
    gateway::IntakeRecords::Usage batchUsage;          // what this batch stores, added at the end
    // Which records central stored already, one lookup for the batch; a uuid twice in one batch
    // is looked up again the second time (its first may be stored by now, in this transaction).
    QStringList asked;
    for (const protocol::WireRecord &record : batch.records)
        if (!setAside.contains(record.uuid))
            asked.append(record.uuid);
    const auto storedBefore = m_storage.intake().storedOf(device.id, asked);
    if (!storedBefore)
        return storedBefore.error(); // fail closed: never store a record twice
    QSet<QString> seen;
    for (qsizetype at = 0; at < n; ++at) {
        const protocol::WireRecord &record = batch.records.at(at);
        if (setAside.contains(record.uuid)) {
            // Nothing of it is stored: the kiosk sends it again later (staff see the reason).
            protocol::RecordResult retry;
            retry.uuid = record.uuid;
            retry.status = protocol::Outcome::Retry;
            retry.reason = QCoreApplication::translate("jiujin::IntakeService",
                                                       "中心暂时无法保存此记录，稍后自动重试");
            out.results.append(retry);
            continue;
        }
        std::optional<SubmissionRow> prior;
        if (seen.contains(record.uuid)) {
            auto again = m_storage.intake().submission(device.id, record.uuid);
            if (!again)
                return again.error(); // fail closed: never store a record twice
            prior = std::move(again.value());
        } else if (const auto it = storedBefore->constFind(record.uuid);
                   it != storedBefore->cend()) {
            prior = it.value();
        }
        seen.insert(record.uuid);
        if (prior) {
            // Rows only: the stored record's files stay, whatever it named.
            if (auto r = m_storage.intake().deleteUploads(device.id, record.uuid,
                                                          protocol::maxAttachments);
                !r)
                return r.error();
            protocol::RecordResult again = resultOf(*prior, protocol::Outcome::Duplicate);
            if (!perReceipt) {
                again.signature.clear();
            } else if (!again.receipt.isEmpty() && again.signature.isEmpty()) {
                // Accepted in a v2 batch (no signature of its own), asked again by a v1 sender.
                auto signature = signReceipt(again.uuid, again.receipt, again.acceptedAt);
                if (!signature)
                    return signature.error();
                again.signature = signature.value();
            }
            out.results.append(again);
            notOpened(at);
            laps.to(timings.lookup);
            continue;
        }
        if (!used) {
            // Read once a batch: the batch's own records are added below as they are stored.
            auto read = m_storage.intake().usage(device.id, dayText);
            if (!read)
                return read.error(); // fail closed: an unreadable count is not a zero one
            used = read.value();
        }
        QString missing = quotaProblem(*used, record);
        if (missing.isEmpty() && waitsForCatalogue(record))
            missing = QCoreApplication::translate("jiujin::IntakeService",
                                                  "中心尚未发布事项目录，稍后自动重试");
        qint64 attachmentBytes = 0;
        for (const protocol::AttachmentRef &ref : record.attachments)
            attachmentBytes += ref.length;
        const bool tooLarge =
            DeviceQuotas::over(m_quotas.recordAttachmentBytes, 0, attachmentBytes);
        int attachments = 0; // uploaded and verified, each
        for (int i = 0; i < record.attachments.size() && missing.isEmpty() && !tooLarge; ++i) {
            const protocol::AttachmentRef &ref = record.attachments.at(i);
            const auto found = m_storage.intake().upload(device.id, record.uuid, i);
            if (!found)
                return found.error();
            const std::optional<UploadRow> &upload = found.value();
            if (!upload || !upload->finished() || upload->length != ref.length ||
                upload->sha256 != ref.sha256) {
                missing = QCoreApplication::translate("jiujin::IntakeService",
                                                      "附件 %1 尚未上传完成，请重新上传")
                              .arg(i);
                break;
            }
            ++attachments;
        }
        if (!missing.isEmpty()) {
            // Nothing is stored: the kiosk (uploads again and) sends the record once more.
            qCInfo(lcGateway) << "record" << record.uuid << "from" << device.id
                              << "to be sent again:" << missing;
            protocol::RecordResult retry;
            retry.uuid = record.uuid;
            retry.status = protocol::Outcome::Retry;
            retry.reason = missing;
            out.results.append(retry);
            notOpened(at);
            laps.to(timings.lookup);
            continue;
        }
        laps.to(timings.lookup);
        SubmissionRow row;
        row.device = device.id;
        row.uuid = record.uuid;
        std::optional<Error> ioError;
        QJsonObject rating;
        QString kioskReceipt; // the receipt the record's metadata names, read with it
        if (tooLarge) {
            // It can never fit (the kiosk's own cap is below this): refused for good, no bytes.
            const QJsonObject meta = QJsonDocument::fromJson(record.meta).object();
            row.kind = meta.value(QLatin1String("kind")).toString().left(64);
            row.item = meta.value(QLatin1String("item")).toString().left(64);
            row.reason = QCoreApplication::translate("jiujin::IntakeService",
                                                     "附件共 %1 MB，超过中心每条记录 %2 MB 的上限")
                             .arg((attachmentBytes + 1024 * 1024 - 1) / (1024 * 1024))
                             .arg(m_quotas.recordAttachmentBytes / (1024 * 1024));
        } else if (openedAhead(at)) {
            Verdict &v = verdicts[size_t(at)];
            row.reason = std::move(v.reason);
            row.kind = std::move(v.kind);
            row.item = std::move(v.item);
            kioskReceipt = std::move(v.kioskReceipt);
            rating = std::move(v.rating);
            laps.to(timings.wait);
        } else {
            row.reason = problem(device, record, attachments, &row.kind, &row.item, &kioskReceipt,
                                 &ioError, &rating, timings);
            laps = Laps();
        }
        if (ioError)
            return *ioError; // central cannot read what it holds: the batch is retried whole
        // From here on an error is this record's: receive() stores the batch again without it.
        *failed = record.uuid;
        if (row.reason.isEmpty() && gateway::BookingService::handles(row.kind)) {
            // Seats are taken or given back in this batch's transaction (a savepoint inside it).
            auto booked = booking.intake(device.id, device.point, record.uuid, record.meta, now);
            if (!booked)
                return booked.error();
            row.reason = booked.value();
        }
        if (row.reason.isEmpty() && gateway::CaseEventIntake::handles(row.kind)) {
            // The staff action changes the case in this batch's transaction (a savepoint inside
            // it); a refusal is this record's answer alone.
            auto applied = gateway::CaseEventIntake(m_storage).apply(
                device, QJsonDocument::fromJson(record.meta).object(), now);
            if (!applied)
                return applied.error();
            row.reason = applied.value();
        }
        if (row.reason.isEmpty() && gateway::BookingAttendanceIntake::handles(row.kind)) {
            // Kept in this batch's transaction; a refusal is this record's answer alone.
            auto kept = gateway::BookingAttendanceIntake(m_storage).apply(
                device, record.uuid, QJsonDocument::fromJson(record.meta).object(), now);
            if (!kept)
                return kept.error();
            row.reason = kept.value();
        }
        row.point = device.point;
        row.suite = record.suite;
        row.receivedAt = now;
        row.record = recordJson(device.id, record, !tooLarge);
        laps.to(timings.store);
        if (row.reason.isEmpty()) {
            auto sequence = m_storage.intake().nextReceiptSequence(dayText);
            if (!sequence)
                return sequence.error();
            row.status = QStringLiteral("accepted");
            row.receipt = receiptNumber(day, sequence.value());
            row.acceptedAt = acceptedAt;
            if (perReceipt) {
                auto signature = signReceipt(row.uuid, row.receipt, row.acceptedAt);
                if (!signature)
                    return signature.error();
                row.signature = signature.value();
            }
        } else {
            row.status = QStringLiteral("rejected");
        }
        laps.to(timings.receipt);
        if (auto r = m_storage.intake().insertSubmission(row); !r)
            return r.error();
        // Every accepted application becomes a case, in this transaction (once: a duplicate
        // record was answered above, and open() keeps a submission's case).
        if (row.status == QLatin1String("accepted") && row.kind == QLatin1String("submission")) {
            auto opened = gateway::CaseService(m_storage).open(row, now, &itemTerms);
            if (!opened)
                return opened.error();
            // Ratings name it by its kiosk receipt: index it, link those that came first.
            if (auto r = gateway::RatingService(m_storage).noteApplication(row, opened.value(),
                                                                           kioskReceipt);
                !r)
                return r.error();
        }
        if (row.status == QLatin1String("accepted") && row.kind == QLatin1String("rating"))
            if (auto r = gateway::RatingService(m_storage).receive(row, record.meta, rating, now);
                !r)
                return r.error();
        // Counted here, written once for the batch below (one statement, not one a record).
        const qint64 inlineBytes =
            record.meta.size() + record.keyHeader.size() + record.payload.size();
        used->records += 1;
        used->bytes += inlineBytes;
        batchUsage.records += 1;
        batchUsage.bytes += inlineBytes;
        if (auto r = m_storage.intake().deleteUploads(
                device.id, record.uuid, tooLarge ? 0 : int(record.attachments.size()));
            !r)
            return r.error();
        // One line per batch below; a line per record is written only when asked for (a write
        // of its own for each record was a cost of every drain).
        qCDebug(lcGateway) << "record" << row.uuid << "from" << device.id << row.kind << row.item
                           << row.status;
        // Its writes reach the database before the next record's (an error in them is this
        // record's alone).
        if (auto r = m_storage.intake().settle(); !r)
            return r.error();
        ++stored;
        failed->clear();
        laps.to(timings.store);
        out.results.append(resultOf(row, row.status == QLatin1String("accepted")
                                             ? protocol::Outcome::Accepted
                                             : protocol::Outcome::Rejected));
    }
    if (batchUsage.records > 0)
        if (auto r = m_storage.intake().addUsage(device.id, dayText, batchUsage.records,
                                                 batchUsage.bytes);
            !r)
            return r.error(); // the batch's, not a record's: retried whole
    if (!perReceipt) {
        auto signature =
            protocol::sign(receiptKey, protocol::batchReceiptsSigningInput(device.id, out.results));
        if (!signature)
            return signature.error();
        out.signature = signature.value();
        laps.to(timings.receipt);
    }
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    laps.to(timings.commit);
    if (helper.joinable()) {
        helper.request_stop(); // every record it was needed for is stored
        helper.join();
        timings.open += aheadTimings.open;
        timings.validate += aheadTimings.validate;
        timings.cpu += aheadTimings.cpu;
    }
    timings.cpu += threadCpuNs() - cpuAtStart;
    const auto us = [](qint64 ns) { return (ns + 500) / 1000; };
    qCInfo(lcGateway).nospace() << "intake batch v" << out.version << " from " << device.id << ": "
                                << batch.records.size() << " records, " << stored
                                << " stored; us verify " << us(timings.verify) << " decode "
                                << us(timings.decode) << " lookup " << us(timings.lookup)
                                << " open " << us(timings.open) << " validate "
                                << us(timings.validate) << " wait " << us(timings.wait) << " store "
                                << us(timings.store) << " receipt " << us(timings.receipt)
                                << " commit " << us(timings.commit) << " cpu " << us(timings.cpu);
    return out;
}

} // namespace jiujin
