#include "syncengine.h"

#include "attachmentuploader.h"
#include "cataloguestore.h"
#include "database.h"
#include "keys.h"
#include "outboxstore.h"
#include "requestsigning.h"
#include "wire.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStorageInfo>

#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace jiujin {

namespace {
Result<std::unique_ptr<protocol::Key>> readKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("cannot read %1").arg(path)};
    auto key = protocol::Key::fromPem(f.readAll());
    if (!key)
        return key.error();
    return std::make_unique<protocol::Key>(std::move(key.value()));
}

/** Base64 length of @p n bytes. */
qsizetype b64(qsizetype n)
{
    return (n + 2) / 3 * 4;
}

QString statusText(const HttpReply &r)
{
    const QString word =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString().left(40);
    return word.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                          : QStringLiteral("HTTP %1 %2").arg(r.status).arg(word);
}
} // namespace

Result<std::unique_ptr<SyncEngine>> SyncEngine::open(Database &db, const QString &keysDirOverride,
                                                     Clock clock)
{
    CatalogueStore settings(db);
    auto config = DeviceConfig::load(settings, keysDirOverride);
    if (!config)
        return config.error();
    auto signing = readKey(config->file(keyfile::signingKey));
    if (!signing)
        return signing.error();
    if (!signing.value()->canSign() || !signing.value()->hasPrivate())
        return Error{Error::Invalid, QStringLiteral("the signing key cannot sign")};
    auto receipt = protocol::Key::fromPem(config->receiptKeyPem.toLatin1());
    if (!receipt)
        return Error{Error::Invalid,
                     QStringLiteral("central's receipt key is missing or unusable; enroll again")};
    return std::unique_ptr<SyncEngine>(new SyncEngine(
        db, std::move(config.value()), std::move(signing.value()),
        std::make_unique<protocol::Key>(std::move(receipt.value())), std::move(clock)));
}

SyncEngine::SyncEngine(Database &db, DeviceConfig config, std::unique_ptr<protocol::Key> signing,
                       std::unique_ptr<protocol::Key> receipt, Clock clock)
    : m_db(db), m_config(std::move(config)), m_signing(std::move(signing)),
      m_receipt(std::move(receipt)), m_clock(std::move(clock)),
      m_outbox(std::make_unique<OutboxStore>(db)), m_settings(std::make_unique<CatalogueStore>(db))
{
    makeClient();
}

void SyncEngine::makeClient()
{
    TlsSettings tls;
    tls.gateway = m_config.gateway;
    tls.pins = m_config.pins;
    tls.caFile = m_config.file(keyfile::ca);
    tls.certFile = m_config.file(keyfile::certificate);
    tls.keyFile = m_config.file(keyfile::tlsKey);
    m_client = std::make_unique<SyncClient>(std::move(tls));
    // The offset is read at each request: checkClock() learns it as central answers.
    RequestSignerFn sign = deviceSigner(*m_signing, m_config.deviceId, [this] {
        return m_clock().toSecsSinceEpoch() + m_config.clockOffsetS;
    });
    m_client->setSigner([this, sign = std::move(sign)](const QByteArray &method,
                                                       const QByteArray &path,
                                                       const QByteArray &body) {
        QElapsedTimer took;
        took.start();
        auto headers = sign(method, path, body);
        m_signingNs += took.nsecsElapsed();
        return headers;
    });
}

void SyncEngine::reloadPins()
{
    const QStringList pins = m_settings->setting(QLatin1String(syncsetting::pins))
                                 .split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (!pins.isEmpty() && pins != m_config.pins) {
        m_config.pins = pins;
        makeClient();
    }
}

Result<void> SyncEngine::setPins(const QStringList &pins)
{
    if (pins == m_config.pins)
        return {};
    if (auto r =
            m_settings->setSetting(QLatin1String(syncsetting::pins), pins.join(QLatin1Char(';')));
        !r)
        return r;
    m_config.pins = pins;
    makeClient();
    return {};
}

SyncEngine::~SyncEngine() = default;

Result<HttpReply> SyncEngine::signedSend(const HttpRequest &request)
{
    auto reply = m_client->send(request);
    if (!reply && reply.error().code == Error::Clock) {
        const auto skew = m_client->clockSkewS();
        (void)m_settings->setSetting(QLatin1String(syncsetting::clockSkew),
                                     skew ? QString::number(*skew) : QStringLiteral("unknown"));
    }
    if (!reply || reply->status != 401 || !reply->date.isValid())
        return reply;
    const QString refusal =
        QJsonDocument::fromJson(reply->body).object().value(QLatin1String("error")).toString();
    if (refusal == QLatin1String("replay")) {
        // curl resends a request by itself when it finds its connection dead, nonce and all;
        // signed afresh it is a new request (and submissions are idempotent anyway).
        qCInfo(lcSync) << "request refused as a replay; signing it afresh";
        return m_client->send(request);
    }
    if (refusal != QLatin1String("stale"))
        return reply;
    const qint64 offset = m_clock().secsTo(reply->date);
    qCInfo(lcSync) << "clock offset learned from the gateway:" << offset << "s";
    m_config.clockOffsetS = offset;
    (void)m_settings->setSetting(QLatin1String(syncsetting::clockOffset), QString::number(offset));
    return m_client->send(request);
}

DrainResult SyncEngine::drain()
{
    DrainResult result;
    DrainTimings &timings = result.timings;
    QElapsedTimer lap;
    lap.start();
    // Adds the time since the last lap to @p step.
    auto to = [&lap](qint64 &step) { step += lap.nsecsElapsed(), lap.restart(); };
    const QString actorName = QLatin1String(actor);
    auto moveAll = [&](const QList<protocol::WireRecord> &records, const QString &state) {
        QList<OutboxStore::StateChange> changes;
        changes.reserve(records.size());
        const QDateTime now = m_clock();
        for (const auto &r : records)
            changes.append({r.uuid, state, QString(), QString(), now});
        return m_outbox->setStates(changes, actorName);
    };
    auto fail = [&](const QList<protocol::WireRecord> &batch, const QString &why, int retryAfterS) {
        to(timings.verify);
        if (auto moved = moveAll(batch, QStringLiteral("pending")))
            result.requeued += moved.value();
        result.complete = false;
        result.error = why;
        result.retryAfterS = retryAfterS;
        noteError(why);
        qCWarning(lcSync) << "push failed, batch of" << batch.size() << "back to pending:" << why;
    };

    // After central refused a whole batch for its content (a record it will not take), the
    // records of that batch go one per request, so the one it refuses is found and set aside
    // alone (DESIGN invariant 3: one bad record never blocks the rest).
    qsizetype alone = 0;
    // Batches grow to v2's bounds once central has answered v2 in this drain (a central before
    // v2 refuses more than 100 records).
    qsizetype batchRecords = protocol::maxBatchRecords, batchBytes = protocol::maxBatchBytes;
    for (;;) {
        QStringList uuids;
        for (const OutboxRecord &head : m_outbox->pending(alone > 0 ? 1 : int(batchRecords)))
            uuids.append(head.uuid);
        if (uuids.isEmpty())
            break;
        protocol::SubmissionBatch batch;
        // Asks for one receipt signature per batch; a central that only speaks v1 answers v1.
        batch.version = protocol::receiptsV2;
        batch.records.reserve(uuids.size());
        qsizetype estimate = 32;
        qsizetype pictures = 0; // attachments in the batch (protocol::maxBatchAttachments)
        // Records are read one at a time and only until the batch is full, so a queue of large
        // records never sits in memory at once.
        m_outbox->forEachSealed(uuids, [&](OutboxRecord &&sealed) {
            protocol::WireRecord w{std::move(sealed.uuid),    std::move(sealed.meta),
                                   std::move(sealed.suite),   std::move(sealed.keyHeader),
                                   std::move(sealed.payload), std::move(sealed.attachments)};
            // Over-estimates: JSON escaping of the metadata at most doubles it.
            qsizetype size =
                160 + 2 * w.meta.size() + b64(w.keyHeader.size()) + b64(w.payload.size());
            // Attachments are uploaded on their own; the body names them in ~90 bytes each.
            size += 100 * w.attachments.size();
            if (w.attachments.size() > protocol::maxAttachments) {
                (void)m_outbox->setState(
                    w.uuid, QStringLiteral("needs_attention"),
                    QStringLiteral("more than %1 pictures").arg(protocol::maxAttachments),
                    QString(), m_clock(), actorName);
                ++result.needsAttention;
                return true;
            }
            for (const protocol::AttachmentRef &a : w.attachments) {
                if (a.length > protocol::maxUploadLength) {
                    (void)m_outbox->setState(w.uuid, QStringLiteral("needs_attention"),
                                             QStringLiteral("attachment larger than 16 MiB"),
                                             QString(), m_clock(), actorName);
                    ++result.needsAttention;
                    return true;
                }
            }
            if (!batch.records.isEmpty() &&
                pictures + w.attachments.size() > protocol::maxBatchAttachments)
                return false;
            if (estimate + size > batchBytes) {
                if (!batch.records.isEmpty())
                    return false;
                if (estimate + size > protocol::maxBodyBytes) {
                    // No request can carry it; it must not hold up the records behind it.
                    (void)m_outbox->setState(w.uuid, QStringLiteral("needs_attention"),
                                             QStringLiteral("record larger than a request (16 MB)"),
                                             QString(), m_clock(), actorName);
                    ++result.needsAttention;
                    return true;
                }
                // A record with several photos goes alone (PROTOCOL.md).
                batch.records.append(std::move(w));
                return false;
            }
            estimate += size;
            pictures += w.attachments.size();
            batch.records.append(std::move(w));
            return true;
        });
        if (batch.records.isEmpty())
            continue;
        to(timings.read);
        // One durable commit per batch, not per record.
        (void)moveAll(batch.records, QStringLiteral("sending"));
        to(timings.mark);

        // Attachments go up before their records (PROTOCOL.md), one record's sealed parts in
        // memory at a time, each resumed from central's offset. A record whose upload central
        // refuses for the record's own sake (its size, its count, a checksum that keeps failing)
        // is set aside for staff with the reason and leaves the batch; the rest goes on.
        QString held;
        {
            AttachmentUploader uploader([this](const HttpRequest &r) { return signedSend(r); });
            QStringList carrying;
            for (const protocol::WireRecord &w : batch.records)
                if (!w.attachments.isEmpty())
                    carrying.append(w.uuid);
            std::optional<UploadResult> stop;
            QList<OutboxStore::StateChange> givenUp;
            QSet<QString> givenUpUuids;
            m_outbox->forEachSealed(carrying, [&](OutboxRecord &&sealed) {
                const UploadResult u = uploader.upload(sealed.uuid, sealed.attachments);
                if (u.status == UploadResult::Status::BatchFailed) {
                    stop = u;
                    return false;
                }
                if (u.status == UploadResult::Status::RecordFailed) {
                    qCWarning(lcSync) << "record" << sealed.uuid << "upload refused:" << u.error;
                    givenUp.append({sealed.uuid, QStringLiteral("needs_attention"), u.error,
                                    QString(), m_clock()});
                    givenUpUuids.insert(sealed.uuid);
                }
                return true;
            });
            if (stop) {
                fail(batch.records, stop->error, stop->retryAfterS);
                return result;
            }
            if (!givenUp.isEmpty()) {
                if (auto moved = m_outbox->setStates(givenUp, actorName))
                    result.needsAttention += moved.value();
                batch.records.removeIf(
                    [&](const protocol::WireRecord &w) { return givenUpUuids.contains(w.uuid); });
            }
        }
        if (batch.records.isEmpty()) {
            alone = qMax<qsizetype>(0, alone - 1);
            continue;
        }

        to(timings.post); // attachments' uploads, if any: network time
        qCInfo(lcSync) << "pushing" << batch.records.size() << "records";
        auto reply = [&] {
            // The wire JSON is dropped as soon as it is sent (only the gzip copy goes out).
            const QByteArray json = protocol::encode(batch);
            to(timings.encode);
            const qint64 signedBefore = m_signingNs;
            auto sent = signedSend({"POST", "/v1/submissions", json});
            to(timings.post);
            timings.sign += m_signingNs - signedBefore;
            timings.post -= m_signingNs - signedBefore;
            return sent;
        }();
        if (!reply) {
            fail(batch.records, reply.error().message, -1);
            return result;
        }
        if (const int status = reply->status; status != 200) {
            // A request refused for what it carries (400 malformed, 413 too large, 415, 422),
            // not for the channel or central's state: the fault is in a record.
            if (status == 400 || status == 413 || status == 415 || status == 422) {
                if (batch.records.size() > 1) {
                    qCWarning(lcSync) << "central refused a batch of" << batch.records.size()
                                      << "records:" << statusText(reply.value())
                                      << "- sending them one at a time";
                    if (auto moved = moveAll(batch.records, QStringLiteral("pending")))
                        result.requeued += moved.value();
                    alone = batch.records.size();
                    continue;
                }
                const QString why =
                    QStringLiteral("central refused this record: ") + statusText(reply.value());
                qCWarning(lcSync) << "record" << batch.records.first().uuid << why;
                (void)m_outbox->setState(batch.records.first().uuid,
                                         QStringLiteral("needs_attention"), why, QString(),
                                         m_clock(), actorName);
                ++result.needsAttention;
                alone = qMax<qsizetype>(0, alone - 1);
                continue;
            }
            fail(batch.records, statusText(reply.value()), reply->retryAfterS);
            return result;
        }
        alone = qMax<qsizetype>(0, alone - 1);
        auto answer = protocol::decodeBatchResult(reply->body);
        if (!answer) {
            fail(batch.records, QStringLiteral("unreadable answer: ") + answer.error().message, -1);
            return result;
        }
        ++result.batches;
        if (answer->version >= protocol::receiptsV2) {
            batchRecords = protocol::maxBatchRecordsV2;
            batchBytes = protocol::maxBatchBytesV2;
        }
        QHash<QString, const protocol::RecordResult *> byUuid;
        byUuid.reserve(answer->results.size());
        for (const auto &r : answer->results)
            byUuid.insert(r.uuid, &r);
        const qsizetype n = batch.records.size();
        std::vector<const protocol::RecordResult *> answered(size_t(n), nullptr);
        for (qsizetype i = 0; i < n; ++i)
            answered[size_t(i)] = byUuid.value(batch.records.at(i).uuid);
        if (answer->version >= protocol::receiptsV2 &&
            !protocol::verify(
                *m_receipt, protocol::batchReceiptsSigningInput(m_config.deviceId, answer->results),
                answer->signature)) {
            // Nothing of a forged or damaged answer is believed: the batch stays pending, and
            // sent again it comes back duplicate with its receipts signed afresh.
            qCWarning(lcSync) << "the batch's receipt signature does not verify";
            fail(batch.records, QStringLiteral("central's receipt signature does not verify"), -1);
            return result;
        }
        // v1: checking each receipt's signature is most of the drain's CPU time and each check
        // is independent, so they are spread over the cores while the gateway is idle.
        std::vector<char> verified(size_t(n), answer->version >= protocol::receiptsV2 ? 1 : 0);
        auto verifyFrom = [&](qsizetype first, qsizetype step) {
            for (qsizetype i = first; i < n && answer->version < protocol::receiptsV2; i += step) {
                const protocol::RecordResult *r = answered[size_t(i)];
                if (!r || r->status == protocol::Outcome::Rejected ||
                    r->status == protocol::Outcome::Retry ||
                    (r->status == protocol::Outcome::Duplicate && r->receipt.isEmpty()))
                    continue;
                const QByteArray signedText = protocol::receiptSigningInput(
                    m_config.deviceId, batch.records.at(i).uuid, r->receipt, r->acceptedAt);
                verified[size_t(i)] = protocol::verify(*m_receipt, signedText, r->signature);
            }
        };
        const qsizetype threads =
            answer->version >= protocol::receiptsV2
                ? 1
                : qBound(qsizetype(1), qsizetype(std::thread::hardware_concurrency()),
                         qsizetype(4));
        {
            std::vector<std::jthread> helpers;
            for (qsizetype t = 1; t < threads; ++t) {
                try {
                    helpers.emplace_back(verifyFrom, t, threads);
                } catch (const std::system_error &) {
                    verifyFrom(t, threads); // no thread to be had: check its share here
                }
            }
            verifyFrom(0, threads);
        }

        QList<protocol::WireRecord> unanswered;
        QList<OutboxStore::StateChange> outcomes;
        outcomes.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            const protocol::WireRecord &rec = batch.records.at(i);
            const protocol::RecordResult *r = answered[size_t(i)];
            if (!r) {
                unanswered.append(rec);
                continue;
            }
            const QDateTime now = m_clock();
            if (r->status == protocol::Outcome::Retry) {
                // Central cannot take it yet (an attachment missing, or no catalogue published):
                // sent again later, its attachments uploaded again if need be; never rejected.
                outcomes.append({rec.uuid, QStringLiteral("pending"), r->reason, QString(), now});
                ++result.requeued;
                held = r->reason;
                qCInfo(lcSync) << "record" << rec.uuid << "to be sent again";
                continue;
            }
            if (r->status == protocol::Outcome::Rejected ||
                (r->status == protocol::Outcome::Duplicate && r->receipt.isEmpty())) {
                outcomes.append({rec.uuid, QStringLiteral("rejected"), r->reason, QString(), now});
                ++result.rejected;
                qCInfo(lcSync) << "record" << rec.uuid << "rejected";
                continue;
            }
            if (!verified[size_t(i)]) {
                outcomes.append({rec.uuid, QStringLiteral("needs_attention"),
                                 QStringLiteral("central's receipt signature does not verify"),
                                 r->receipt, now});
                ++result.needsAttention;
                qCWarning(lcSync) << "record" << rec.uuid << "receipt signature does not verify";
                continue;
            }
            outcomes.append({rec.uuid, QStringLiteral("accepted"), QString(), r->receipt, now});
            ++result.accepted;
        }
        to(timings.verify);
        // Every record's outcome in one commit.
        (void)m_outbox->setStates(outcomes, actorName);
        to(timings.mark);
        if (!unanswered.isEmpty()) {
            // Going on would pick the same records again at once; the next drain retries them.
            fail(unanswered,
                 QStringLiteral("the gateway did not answer for %1 records").arg(unanswered.size()),
                 -1);
            return result;
        }
        if (!held.isEmpty()) {
            result.complete = false;
            result.error = held;
            noteError(held);
            return result;
        }
    }
    if (result.batches > 0)
        noteSuccess();
    // Delivered records are kept (metadata and central receipt only) for 查进度 and the board.
    bool ok = false;
    const int days =
        CatalogueStore(m_db).setting(QLatin1String(kiosksetting::retentionDays)).toInt(&ok);
    (void)m_outbox->expire(m_clock().addDays(-(ok && days > 0 ? days : 30)));
    return result;
}

Result<void> SyncEngine::heartbeat(const QString &kioskVersion)
{
    const OutboxCounts counts = m_outbox->counts();
    protocol::Heartbeat h;
    h.kioskVersion = kioskVersion;
    if (const auto info = m_settings->info())
        h.catalogueVersion = info->version;
    h.queueDepth = counts.pending + counts.sending;
    if (counts.oldestWaiting)
        h.oldestAgeSeconds = qMax<qint64>(0, counts.oldestWaiting->secsTo(m_clock()));
    const QStorageInfo disk(QFileInfo(m_db.path()).absolutePath());
    h.diskFreeMb = qMax<qint64>(0, disk.bytesAvailable() / (1024 * 1024));
    h.lastError = m_settings->setting(QLatin1String(syncsetting::lastError)).left(200);
    auto reply = signedSend({"POST", "/v1/heartbeat", protocol::encode(h)});
    if (!reply)
        return reply.error();
    if (reply->status != 204 && reply->status != 200)
        return Error{Error::Io, QStringLiteral("heartbeat refused: ") + statusText(reply.value())};
    noteSuccess();
    return {};
}

Result<qint64> SyncEngine::pullCatalogue()
{
    qint64 since = m_settings->sequence();
    if (!m_catalogueApplier)
        return since;
    auto failed = [this](const Error &e) {
        noteError(QStringLiteral("catalogue: ") + e.message);
        qCWarning(lcSync) << "catalogue pull failed, catalogue in use kept:" << e.message;
        return e;
    };
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QByteArray path = "/v1/catalogue/changes?since=" + QByteArray::number(since);
        auto reply = signedSend({"GET", path, {}, "application/json", false, {}});
        if (!reply)
            return failed(reply.error());
        switch (reply->status) {
        case 204:
            noteSuccess();
            return since;
        case 404:
            // Nothing published yet (or a central without catalogues): the bundled one stays.
            noteSuccess();
            return since;
        case 410:
            if (since == 0)
                return failed(Error{Error::Invalid, statusText(reply.value())});
            qCInfo(lcSync) << "central cannot answer changes since seq" << since
                           << "; asking for a snapshot";
            since = 0;
            continue;
        case 200: {
            auto applied = m_catalogueApplier(reply->body, *m_receipt);
            if (!applied)
                return failed(applied.error());
            noteSuccess();
            qCInfo(lcSync) << "catalogue seq" << applied.value() << "applied";
            return applied.value();
        }
        default:
            return failed(Error{statusCode(reply->status), statusText(reply.value())});
        }
    }
    return failed(Error{Error::Invalid, QStringLiteral("central asked for a snapshot twice")});
}

Error::Code SyncEngine::statusCode(int status)
{
    // Only what may pass by itself shortens jiujin-syncd's wait: a central that refuses or lacks
    // a service must not be asked again every few seconds.
    if (status == 408 || status == 429 || status >= 500)
        return Error::Io;
    return status == 404 ? Error::NotFound : Error::Invalid;
}

void SyncEngine::setClockOffset(qint64 seconds)
{
    if (seconds == m_config.clockOffsetS)
        return;
    m_config.clockOffsetS = seconds;
    (void)m_settings->setSetting(QLatin1String(syncsetting::clockOffset), QString::number(seconds));
}

void SyncEngine::noteSuccess()
{
    (void)m_settings->setSetting(QLatin1String(syncsetting::lastSuccess),
                                 m_clock().toUTC().toString(Qt::ISODate));
    if (!m_settings->setting(QLatin1String(syncsetting::clockSkew)).isEmpty())
        (void)m_settings->setSetting(QLatin1String(syncsetting::clockSkew), QString());
}

void SyncEngine::noteError(const QString &message)
{
    (void)m_settings->setSetting(QLatin1String(syncsetting::lastError), message);
    (void)m_settings->setSetting(QLatin1String(syncsetting::lastErrorAt),
                                 m_clock().toUTC().toString(Qt::ISODate));
}

} // namespace jiujin
