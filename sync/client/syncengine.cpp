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

#include <algorithm>
#include <future>
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

/** One batch of a drain: its records (marked sending) and, once encoded, its wire JSON. */
struct PreparedBatch
{
    protocol::SubmissionBatch batch;
    QByteArray json;
    bool carriesAttachments = false; ///< its pictures go up first, so it is not sent ahead
};

/** A POST's answer and how long the exchange took on its thread (ns, signing included). */
struct Sent
{
    Result<HttpReply> reply;
    qint64 ns = 0;
};

/** A batch whose POST runs on its own thread. */
struct Flight
{
    PreparedBatch prepared;
    std::future<Sent> sent;
    qint64 signedBefore = 0; ///< SyncEngine's signing time when it left
};

/** What central's answer to a batch means for the drain, before anything is written. */
struct Judged
{
    /** Go: the next batch may be sent at once; Regroup: the prepared next batch goes back and
     *  the drain reads again (one record a batch); Stop: the drain ends here. */
    enum class Next { Go, Regroup, Stop };
    Next next = Next::Go;
    QList<OutboxStore::StateChange> outcomes; ///< marked in one commit
    QList<protocol::WireRecord> back;         ///< back to pending
    bool failed = false; ///< the drain failed: `back` goes with the error `why`
    QString why;
    int retryAfterS = -1;
};

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
    return settle(request, m_client->send(request));
}

Result<HttpReply> SyncEngine::settle(const HttpRequest &request, Result<HttpReply> reply)
{
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
    const QString pendingState = QStringLiteral("pending");
    auto moveAll = [&](const QList<protocol::WireRecord> &records, const QString &state) {
        QList<OutboxStore::StateChange> changes;
        changes.reserve(records.size());
        const QDateTime now = m_clock();
        for (const auto &r : records)
            changes.append({r.uuid, state, QString(), QString(), now});
        return m_outbox->setStates(changes, actorName);
    };
    // The drain stops: @p batch goes back to pending. The caller has already put the time spent
    // so far where it went (a minute's network timeout is wait, not verify).
    auto fail = [&](const QList<protocol::WireRecord> &batch, const QString &why, int retryAfterS) {
        if (auto moved = moveAll(batch, pendingState))
            result.requeued += moved.value();
        to(timings.mark);
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
    // The records of the batch in flight. Waiting records include those left `sending` (a drain
    // cut short sends them again), so a read from the queue's start skips them: a record is
    // never in two batches at once.
    QSet<QString> flying;
    // The queue is read on from the last record taken (OutboxStore::forEachWaiting), not from
    // its start for each batch; 0: from the start (first, after a batch went back to pending, and
    // once more at the end, for a record put back to pending behind the cursor meanwhile).
    qint64 cursor = 0;

    // Reads the oldest pending records into a batch and marks them sending (one commit); an
    // empty batch when nothing is left to send.
    auto prepare = [&]() -> PreparedBatch {
        for (bool again = cursor > 0;; again = false) {
            PreparedBatch p;
            const qsizetype want = alone > 0 ? 1 : batchRecords;
            protocol::SubmissionBatch &batch = p.batch;
            // Asks for one receipt signature per batch; a central that only speaks v1 answers v1.
            batch.version = protocol::receiptsV2;
            batch.records.reserve(want);
            qsizetype estimate = 32;
            qsizetype pictures = 0; // attachments in the batch (protocol::maxBatchAttachments)
            // Records are read one at a time and only until the batch is full, so a queue of
            // large records never sits in memory at once.
            m_outbox->forEachWaiting(cursor, [&](OutboxRecord &&sealed) {
                if (flying.contains(sealed.uuid))
                    return true;
                if (batch.records.size() >= want)
                    return false;
                const qint64 id = sealed.id;
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
                    cursor = id;
                    return true;
                }
                for (const protocol::AttachmentRef &a : w.attachments) {
                    if (a.length > protocol::maxUploadLength) {
                        (void)m_outbox->setState(w.uuid, QStringLiteral("needs_attention"),
                                                 QStringLiteral("attachment larger than 16 MiB"),
                                                 QString(), m_clock(), actorName);
                        ++result.needsAttention;
                        cursor = id;
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
                        (void)m_outbox->setState(
                            w.uuid, QStringLiteral("needs_attention"),
                            QStringLiteral("record larger than a request (16 MB)"), QString(),
                            m_clock(), actorName);
                        ++result.needsAttention;
                        cursor = id;
                        return true;
                    }
                    // A record with several photos goes alone (PROTOCOL.md).
                    cursor = id;
                    batch.records.append(std::move(w));
                    return false;
                }
                estimate += size;
                pictures += w.attachments.size();
                cursor = id;
                batch.records.append(std::move(w));
                return true;
            });
            if (batch.records.isEmpty()) {
                if (again) {
                    cursor = 0; // once more from the start before the drain ends
                    continue;
                }
                return p;
            }
            to(timings.read);
            // One durable commit and one UPDATE per batch, not per record.
            QStringList uuids;
            uuids.reserve(batch.records.size());
            for (const protocol::WireRecord &w : batch.records)
                uuids.append(w.uuid);
            (void)m_outbox->markSending(uuids, m_clock(), actorName);
            to(timings.mark);
            p.carriesAttachments =
                std::any_of(batch.records.cbegin(), batch.records.cend(),
                            [](const protocol::WireRecord &w) { return !w.attachments.isEmpty(); });
            return p;
        }
    };

    // The wire JSON; the records' sealed parts are dropped (only their uuids are needed from
    // here on), so two batches' bodies are never held twice.
    auto encode = [&](PreparedBatch &p) {
        p.json = protocol::encode(p.batch);
        for (protocol::WireRecord &w : p.batch.records) {
            w.meta = QByteArray();
            w.keyHeader = QByteArray();
            w.payload = QByteArray();
        }
        to(timings.encode);
    };

    // Attachments go up before their records (PROTOCOL.md), one record's sealed parts in memory
    // at a time, each resumed from central's offset. A record whose upload central refuses for
    // the record's own sake (its size, its count, a checksum that keeps failing) is set aside for
    // staff with the reason and leaves the batch; the rest goes on. False: the drain stops.
    auto upload = [&](PreparedBatch &p) {
        AttachmentUploader uploader([this](const HttpRequest &r) { return signedSend(r); });
        QStringList carrying;
        for (const protocol::WireRecord &w : p.batch.records)
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
                givenUp.append({sealed.uuid, QStringLiteral("needs_attention"), u.error, QString(),
                                m_clock()});
                givenUpUuids.insert(sealed.uuid);
            }
            return true;
        });
        to(timings.upload);
        if (stop) {
            fail(p.batch.records, stop->error, stop->retryAfterS);
            return false;
        }
        if (!givenUp.isEmpty()) {
            if (auto moved = m_outbox->setStates(givenUp, actorName))
                result.needsAttention += moved.value();
            p.batch.records.removeIf(
                [&](const protocol::WireRecord &w) { return givenUpUuids.contains(w.uuid); });
            to(timings.mark);
        }
        return true;
    };

    // The batch's POST runs on a thread of its own (gzip, the request's signature, the network
    // and central's work), so that this thread reads, marks and encodes the next batch and
    // marks the previous one's outcomes meanwhile. Only that thread uses the connection until
    // the flight has landed; the database stays on this one.
    auto launch = [&](PreparedBatch &&p) {
        Flight f;
        f.prepared = std::move(p);
        for (const protocol::WireRecord &w : f.prepared.batch.records)
            flying.insert(w.uuid);
        qCInfo(lcSync) << "pushing" << f.prepared.batch.records.size() << "records";
        f.signedBefore = m_signingNs.load();
        SyncClient *client = m_client.get();
        auto post = [client,
                     request = HttpRequest{"POST", "/v1/submissions", f.prepared.json}]() mutable {
            QElapsedTimer took;
            took.start();
            Result<HttpReply> reply = client->send(request);
            request = HttpRequest(); // only the gzip copy went out; the JSON is dropped here
            return Sent{std::move(reply), took.nsecsElapsed()};
        };
        try {
            f.sent = std::async(std::launch::async, post); // a copy: `post` is kept for below
        } catch (const std::system_error &) {
            f.sent = std::async(std::launch::deferred, std::move(post)); // no thread to be had
        }
        to(timings.post);
        return f;
    };
    // Waits for the flight's answer (wait: this thread idle), then what signedSend() does with
    // one: a clock learned from central, a replay signed afresh.
    auto land = [&](Flight &f) {
        Sent sent = f.sent.get();
        to(timings.wait);
        const qint64 signedInFlight = m_signingNs.load() - f.signedBefore;
        timings.sign += signedInFlight;
        timings.post += sent.ns - signedInFlight;
        const qint64 signedBefore = m_signingNs.load();
        Result<HttpReply> reply =
            settle({"POST", "/v1/submissions", f.prepared.json}, std::move(sent.reply));
        f.prepared.json = QByteArray();
        for (const protocol::WireRecord &w : f.prepared.batch.records)
            flying.remove(w.uuid);
        to(timings.post);
        timings.sign += m_signingNs.load() - signedBefore;
        timings.post -= m_signingNs.load() - signedBefore;
        return reply;
    };

    // What central's answer to @p batch means, without writing: the outcomes to mark, or the
    // records to put back, and whether the drain may go on (and send the next batch at once).
    auto judge = [&](const QList<protocol::WireRecord> &batch,
                     const Result<HttpReply> &reply) -> Judged {
        Judged j;
        auto stop = [&](const QString &why, int retryAfterS) {
            j.next = Judged::Next::Stop;
            j.back = batch;
            j.failed = true;
            j.why = why;
            j.retryAfterS = retryAfterS;
            return j;
        };
        if (!reply)
            return stop(reply.error().message, -1);
        if (const int status = reply->status; status != 200) {
            // A request refused for what it carries (400 malformed, 413 too large, 415, 422),
            // not for the channel or central's state: the fault is in a record.
            if (status == 400 || status == 413 || status == 415 || status == 422) {
                if (batch.size() > 1) {
                    qCWarning(lcSync) << "central refused a batch of" << batch.size()
                                      << "records:" << statusText(reply.value())
                                      << "- sending them one at a time";
                    j.next = Judged::Next::Regroup;
                    j.back = batch;
                    alone = batch.size();
                    return j;
                }
                const QString why =
                    QStringLiteral("central refused this record: ") + statusText(reply.value());
                qCWarning(lcSync) << "record" << batch.first().uuid << why;
                j.outcomes.append({batch.first().uuid, QStringLiteral("needs_attention"), why,
                                   QString(), m_clock()});
                ++result.needsAttention;
                alone = qMax<qsizetype>(0, alone - 1);
                return j;
            }
            return stop(statusText(reply.value()), reply->retryAfterS);
        }
        alone = qMax<qsizetype>(0, alone - 1);
        auto answer = protocol::decodeBatchResult(reply->body);
        if (!answer)
            return stop(QStringLiteral("unreadable answer: ") + answer.error().message, -1);
        ++result.batches;
        if (answer->version >= protocol::receiptsV2) {
            batchRecords = protocol::maxBatchRecordsV2;
            batchBytes = protocol::maxBatchBytesV2;
        }
        QHash<QString, const protocol::RecordResult *> byUuid;
        byUuid.reserve(answer->results.size());
        for (const auto &r : answer->results)
            byUuid.insert(r.uuid, &r);
        const qsizetype n = batch.size();
        std::vector<const protocol::RecordResult *> answered(size_t(n), nullptr);
        for (qsizetype i = 0; i < n; ++i)
            answered[size_t(i)] = byUuid.value(batch.at(i).uuid);
        if (answer->version >= protocol::receiptsV2 &&
            !protocol::verify(
                *m_receipt, protocol::batchReceiptsSigningInput(m_config.deviceId, answer->results),
                answer->signature)) {
            // Nothing of a forged or damaged answer is believed: the batch stays pending, and
            // sent again it comes back duplicate with its receipts signed afresh.
            qCWarning(lcSync) << "the batch's receipt signature does not verify";
            return stop(QStringLiteral("central's receipt signature does not verify"), -1);
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
                    m_config.deviceId, batch.at(i).uuid, r->receipt, r->acceptedAt);
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

        QString held;
        j.outcomes.reserve(n);
        const QDateTime now = m_clock(); // the answer's outcomes share one instant
        for (qsizetype i = 0; i < n; ++i) {
            const protocol::WireRecord &rec = batch.at(i);
            const protocol::RecordResult *r = answered[size_t(i)];
            if (!r) {
                j.back.append(rec);
                continue;
            }
            if (r->status == protocol::Outcome::Retry) {
                // Central cannot take it yet (an attachment missing, or no catalogue published):
                // sent again later, its attachments uploaded again if need be; never rejected.
                j.outcomes.append({rec.uuid, pendingState, r->reason, QString(), now});
                ++result.requeued;
                held = r->reason;
                qCInfo(lcSync) << "record" << rec.uuid << "to be sent again";
                continue;
            }
            if (r->status == protocol::Outcome::Rejected ||
                (r->status == protocol::Outcome::Duplicate && r->receipt.isEmpty())) {
                j.outcomes.append(
                    {rec.uuid, QStringLiteral("rejected"), r->reason, QString(), now});
                ++result.rejected;
                qCInfo(lcSync) << "record" << rec.uuid << "rejected";
                continue;
            }
            if (!verified[size_t(i)]) {
                j.outcomes.append({rec.uuid, QStringLiteral("needs_attention"),
                                   QStringLiteral("central's receipt signature does not verify"),
                                   r->receipt, now});
                ++result.needsAttention;
                qCWarning(lcSync) << "record" << rec.uuid << "receipt signature does not verify";
                continue;
            }
            j.outcomes.append({rec.uuid, QStringLiteral("accepted"), QString(), r->receipt, now});
            ++result.accepted;
        }
        if (!j.back.isEmpty()) {
            // Going on would pick the same records again at once; the next drain retries them.
            j.next = Judged::Next::Stop;
            j.failed = true;
            j.why = QStringLiteral("the gateway did not answer for %1 records").arg(j.back.size());
        } else if (!held.isEmpty()) {
            j.next = Judged::Next::Stop;
            j.why = held;
        }
        return j;
    };
    // Writes what judge() found: every record's outcome in one commit.
    auto apply = [&](const Judged &j) {
        if (!j.outcomes.isEmpty()) {
            (void)m_outbox->setStates(j.outcomes, actorName);
            to(timings.mark);
        }
        if (j.failed) {
            fail(j.back, j.why, j.retryAfterS);
        } else if (!j.back.isEmpty()) {
            if (auto moved = moveAll(j.back, pendingState))
                result.requeued += moved.value();
            to(timings.mark);
        }
        if (j.next == Judged::Next::Stop && !j.failed) {
            result.complete = false;
            result.error = j.why;
            noteError(j.why);
        }
    };
    // A batch prepared but never sent goes back to pending (central never saw it, so it is not
    // counted as put back after a failure).
    auto unsent = [&](const PreparedBatch &p) {
        if (p.batch.records.isEmpty())
            return;
        (void)moveAll(p.batch.records, pendingState);
        to(timings.mark);
    };

    std::optional<Flight> flight;
    for (;;) {
        // While the batch in flight is with central, the next one is read, marked and encoded.
        PreparedBatch next = prepare();
        if (!next.batch.records.isEmpty() && !next.carriesAttachments)
            encode(next);
        if (flight) {
            const Result<HttpReply> reply = land(*flight);
            const Judged j = judge(flight->prepared.batch.records, reply);
            to(timings.verify);
            flight.reset();
            // The next batch goes up before this answer's outcomes are marked, so central stores
            // it meanwhile; one with pictures waits until their uploads (on this thread).
            if (j.next == Judged::Next::Go && !next.batch.records.isEmpty() &&
                !next.carriesAttachments)
                flight = launch(std::move(next));
            apply(j);
            if (j.next == Judged::Next::Stop) {
                unsent(next);
                return result;
            }
            if (j.next == Judged::Next::Regroup) {
                unsent(next);
                cursor = 0; // both batches are back in the queue: read it from the start
                continue;
            }
            if (flight)
                continue;
        }
        if (next.batch.records.isEmpty())
            break;
        if (next.carriesAttachments) {
            if (!upload(next))
                return result;
            if (next.batch.records.isEmpty()) {
                alone = qMax<qsizetype>(0, alone - 1);
                continue;
            }
            encode(next);
        }
        flight = launch(std::move(next));
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
