#include "simdevice.h"

#include "cataloguechanges.h"
#include "compression.h"
#include "envelope.h"
#include "heartbeat.h"
#include "receiptnumber.h"
#include "requestsigning.h"
#include "slots.h"
#include "uploads.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>

namespace jiujin::scale {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct ReqFree
{
    void operator()(X509_REQ *r) const { X509_REQ_free(r); }
};
struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(len));
}

/** A P-256 key (PKCS#8 PEM) and a CSR for it (PEM), as the kiosk makes at enrollment; empty on
 *  failure. */
std::pair<QByteArray, QByteArray> makeCsr()
{
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509_REQ, ReqFree> req(X509_REQ_new());
    if (!key || !req)
        return {};
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("kiosk"), -1, -1,
                                   0) != 1 ||
        X509_REQ_set_pubkey(req.get(), key.get()) != 1 ||
        X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0)
        return {};
    std::unique_ptr<BIO, BioFree> keyBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> reqBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1 ||
        PEM_write_bio_X509_REQ(reqBio.get(), req.get()) != 1)
        return {};
    return {drain(keyBio.get()), drain(reqBio.get())};
}

/** The form of a sound 失业登记 application (the seed's form; made-up values, no real person). */
QJsonObject applicationFields()
{
    return {{QStringLiteral("name"), QStringLiteral("巴特尔")},
            {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
            {QStringLiteral("phone"), QStringLiteral("13947512386")},
            {QStringLiteral("address"), QStringLiteral("内蒙古通辽市奈曼旗")},
            {QStringLiteral("reason"), QStringLiteral("contract_end")},
            {QStringLiteral("education"), QStringLiteral("senior")}};
}

QDateTime chinaNow()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600);
}

} // namespace

SimDevice::SimDevice(int index, QString token, QString point, const LoadModel &model)
    : m_index(index), m_token(std::move(token)), m_point(std::move(point)), m_model(model),
      m_random(std::mt19937::result_type(index * 7919 + 17))
{
    // Each kiosk from its own address (127.0.0.0/8 is all loopback), so the front's per-address
    // limits see a fleet, not one client.
    const int host = index + 2;
    m_channel.sourceAddress = "127." + QByteArray::number(1 + host / 62500) + '.' +
                              QByteArray::number(host / 250 % 250) + '.' +
                              QByteArray::number(host % 250 + 1);
    m_channel.keepAlive = m_model.keepAlive;
    if (int(m_random() % 100) >= m_model.freshCataloguePercent)
        m_catalogueSeq = m_model.catalogueSeq;
}

SimDevice::~SimDevice()
{
    FleetTransport::freeHandle(m_curl);
}

void SimDevice::protocolError(const QString &line)
{
    if (m_protocolErrors.size() < 20)
        m_protocolErrors.append(line);
}

qint64 SimDevice::failed(const FleetReply &reply, const QString &what)
{
    m_lastError = what;
    // A request refused as a replay reached central before: a front passes a GET on to the next
    // instance when the first dies holding it, nonce and all, and curl resends on a dead
    // connection. jiujin-syncd signs it afresh (SyncEngine); so does the next try here.
    const bool replay = reply.status == 401 && reply.body.contains("\"replay\"");
    if (replay)
        ++m_replays;
    // A 4xx other than 429 on a request the device made soundly is the protocol's fault.
    else if (reply.status >= 400 && reply.status < 500 && reply.status != 429)
        protocolError(QStringLiteral("%1: %2 %3")
                          .arg(what)
                          .arg(reply.status)
                          .arg(QString::fromUtf8(reply.body.left(200))));
    ++m_failures;
    // jiujin-syncd's backoff, compressed: 250 ms doubling to 8 s, with jitter.
    const qint64 base = std::min<qint64>(8000, 250LL << std::min(m_failures, 5));
    return base / 2 + qint64(m_random() % quint32(base));
}

qint64 SimDevice::succeeded()
{
    m_failures = 0;
    m_lastError.clear();
    return 0;
}

qint64 SimDevice::step(FleetTransport &transport)
{
    const qint64 next = runStage(transport);
    // A kiosk that keeps no connection keeps no handle between its steps either: each libcurl
    // handle holds descriptors of its own (its multi handle's wake-up socket pair), and 10,000
    // idle ones filled the simulator's descriptor limit, so that its connects failed at once
    // ("Couldn't connect to server" after 0 ms) with central none the wiser (DESIGN §11d).
    if (!m_model.keepAlive) {
        FleetTransport::freeHandle(m_curl);
        m_curl = nullptr;
    }
    return next;
}

CURL *SimDevice::handle()
{
    if (!m_curl)
        m_curl = FleetTransport::newHandle();
    return m_curl;
}

qint64 SimDevice::runStage(FleetTransport &transport)
{
    switch (m_stage) {
    case Stage::Enroll:
        return enroll(transport);
    case Stage::Catalogue:
        return pullCatalogue(transport);
    case Stage::Lease:
        return lease(transport);
    case Stage::Drain:
        if (m_gate && !m_gate->load())
            return 50;
        return drainBatch(transport);
    case Stage::Heartbeat:
    case Stage::Idle:
        return heartbeat(transport);
    }
    return 0;
}

FleetReply SimDevice::signedSend(FleetTransport &transport, const QByteArray &route,
                                 const QByteArray &method, const QByteArray &path,
                                 const QByteArray &body, bool gzipped,
                                 const QList<QByteArray> &extra, const QByteArray &contentType)
{
    const auto sign = [&]() -> QList<QByteArray> {
        auto h = protocol::signRequest(*m_signing, m_enrolled.deviceId, method, path, body,
                                       QDateTime::currentSecsSinceEpoch());
        if (!h) {
            protocolError(QStringLiteral("sign: ") + h.error().message);
            return extra;
        }
        QList<QByteArray> headers = h->lines() + extra;
        if (gzipped)
            headers.append("Content-Encoding: gzip");
        return headers;
    };
    return transport.send(handle(), m_channel, route, method, path, body, sign, contentType);
}

qint64 SimDevice::enroll(FleetTransport &transport)
{
    if (m_tlsKeyPem.isEmpty()) {
        std::tie(m_tlsKeyPem, m_csrPem) = makeCsr();
        auto signing = protocol::Key::generateSigning(protocol::Suite::Intl);
        if (m_tlsKeyPem.isEmpty() || !signing) {
            protocolError(QStringLiteral("cannot make keys"));
            return 1000;
        }
        m_signing.emplace(std::move(signing.value()));
    }
    // Sending the same token and CSR again is safe: central answers the same (PROTOCOL.md).
    const FleetReply reply = transport.send(
        handle(), m_channel, "enroll", "POST", "/v1/enroll",
        protocol::encode(protocol::EnrollRequest{m_token, m_csrPem, m_signing->publicPem()}),
        [] { return QList<QByteArray>{}; });
    if (reply.status != 200)
        return failed(reply, QStringLiteral("enroll"));
    auto answer = protocol::decodeEnrollResponse(reply.body);
    auto central = answer ? protocol::Key::fromPem(answer->centralKeyPem)
                          : Result<protocol::Key>(answer.error());
    auto receipts = answer ? protocol::Key::fromPem(answer->receiptKeyPem)
                           : Result<protocol::Key>(answer.error());
    if (!answer || !central || !receipts) {
        protocolError(QStringLiteral("enroll: unreadable answer"));
        return failed(reply, QStringLiteral("enroll"));
    }
    m_enrolled = answer.value();
    m_centralKey.emplace(std::move(central.value()));
    m_receiptKey.emplace(std::move(receipts.value()));
    m_channel.certPem = m_enrolled.certificatePem;
    m_channel.keyPem = m_tlsKeyPem;
    makeBacklog();
    m_stage = m_model.pullCatalogue ? Stage::Catalogue : Stage::Lease;
    return succeeded();
}

PendingRecord SimDevice::makeRecord(const QString &kind, QJsonObject meta,
                                    const QJsonObject &payload,
                                    const QList<QByteArray> &plainAttachments)
{
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Collected offline during the outage: up to a day and a half ago.
    const QDateTime created =
        QDateTime::currentDateTimeUtc().addSecs(-qint64(60 + m_random() % (36 * 3600)));
    const QJsonObject defaults{{QStringLiteral("v"), 1},
                               {QStringLiteral("uuid"), uuid},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("receipt"), QString()},
                               {QStringLiteral("refers_to"), QString()},
                               {QStringLiteral("item"), m_model.item},
                               {QStringLiteral("point"), m_point},
                               {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("staff"), QString()},
                               {QStringLiteral("authorisation"), QString()},
                               {QStringLiteral("suite"), QStringLiteral("intl")},
                               {QStringLiteral("attachments"), int(plainAttachments.size())}};
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        if (!meta.contains(it.key()))
            meta.insert(it.key(), it.value());
    const QByteArray metaText = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    PendingRecord record;
    auto sealer = protocol::RecordSealer::create(*m_centralKey, metaText);
    if (!sealer) {
        protocolError(QStringLiteral("seal: ") + sealer.error().message);
        return record;
    }
    auto sealed = sealer->seal(QJsonDocument(payload).toJson(QJsonDocument::Compact), metaText);
    for (qsizetype i = 0; i < plainAttachments.size(); ++i) {
        auto part =
            sealer->seal(plainAttachments.at(i), metaText + "#attachment" + QByteArray::number(i));
        if (part)
            record.attachments.append(part.value());
    }
    if (!sealed || record.attachments.size() != plainAttachments.size()) {
        protocolError(QStringLiteral("seal failed"));
        return record;
    }
    record.wire = protocol::WireRecord(uuid, metaText, QStringLiteral("intl"), sealer->keyHeader(),
                                       sealed.value(), record.attachments);
    record.uploaded = record.attachments.isEmpty();
    ++m_made;
    return record;
}

void SimDevice::makeBacklog()
{
    const QString tag = QStringLiteral("%1").arg(20000 + m_index % 80000, 5, 10, QLatin1Char('0'));
    QStringList receipts;
    for (int i = 0; i < m_model.applications; ++i) {
        const QString receipt = receipt::format(tag, ++m_sequence);
        receipts.append(receipt);
        QList<QByteArray> pictures;
        QJsonArray materials;
        if (int(m_random() % 100) < m_model.picturePercent) {
            QJsonArray positions;
            for (int p = 0; p < m_model.picturesPerRecord; ++p) {
                QByteArray image = "image/jpeg\n";
                image.reserve(m_model.pictureBytes + 16);
                for (int b = 0; b < m_model.pictureBytes; b += 4) {
                    const quint32 r = m_random();
                    image.append(reinterpret_cast<const char *>(&r), 4);
                }
                pictures.append(image);
                positions.append(p);
            }
            materials.append(QJsonObject{{QStringLiteral("index"), 0},
                                         {QStringLiteral("name"), QStringLiteral("身份证")},
                                         {QStringLiteral("status"), QStringLiteral("attached")},
                                         {QStringLiteral("attachments"), positions}});
        }
        const QJsonObject payload{
            {QStringLiteral("fields"), applicationFields()},
            {QStringLiteral("from_card"), QJsonArray{}},
            {QStringLiteral("materials"), materials},
            {QStringLiteral("to_follow_by"), QString()},
            {QStringLiteral("consent"),
             QJsonObject{{QStringLiteral("version"), QStringLiteral("1")},
                         {QStringLiteral("accepted_at"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}}};
        m_backlog.append(makeRecord(QStringLiteral("submission"),
                                    QJsonObject{{QStringLiteral("receipt"), receipt}}, payload,
                                    pictures));
    }
    for (int i = 0; i < m_model.ratings && !receipts.isEmpty(); ++i) {
        const int level = 1 + int(m_random() % 5);
        QJsonObject payload{
            {QStringLiteral("level"), level},
            {QStringLiteral("indicators"),
             QJsonObject{{QStringLiteral("efficiency"), level}, {QStringLiteral("attitude"), 1}}}};
        if (level >= 4)
            payload.insert(QStringLiteral("reasons"), QJsonArray{QStringLiteral("wait_too_long")});
        m_backlog.append(
            makeRecord(QStringLiteral("rating"),
                       QJsonObject{{QStringLiteral("refers_to"), receipts.at(i % receipts.size())}},
                       payload, {}));
    }
}

qint64 SimDevice::pullCatalogue(FleetTransport &transport)
{
    const QByteArray path = "/v1/catalogue/changes?since=" + QByteArray::number(m_catalogueSeq);
    const FleetReply reply = signedSend(transport, "catalogue", "GET", path, QByteArray());
    if (reply.status == 200) {
        auto changes = protocol::openCatalogueChanges(*m_receiptKey, reply.body);
        if (!changes)
            protocolError(QStringLiteral("catalogue: ") + changes.error().message);
        else
            m_catalogueSeq = changes->seq;
    } else if (reply.status != 204 && reply.status != 404) {
        return failed(reply, QStringLiteral("catalogue"));
    }
    m_stage = Stage::Lease;
    return succeeded();
}

qint64 SimDevice::lease(FleetTransport &transport)
{
    if ((m_model.leaseSlots <= 0 && m_model.bookingRequests <= 0) ||
        int(m_random() % 100) >= m_model.bookingPercent) {
        m_stage = Stage::Drain;
        return succeeded();
    }
    // From the day after tomorrow, so every lease is well before its cutoff.
    const QDate from = chinaNow().date().addDays(2);
    const QByteArray path = "/v1/slots?point=" + m_point.toUtf8() +
                            "&from=" + from.toString(Qt::ISODate).toUtf8() + "&days=7";
    const FleetReply slotsReply = signedSend(transport, "slots", "GET", path, QByteArray());
    if (slotsReply.status != 200)
        return failed(slotsReply, QStringLiteral("slots"));
    auto offered = protocol::openSlots(*m_receiptKey, slotsReply.body);
    if (!offered) {
        protocolError(QStringLiteral("slots: ") + offered.error().message);
        return failed(slotsReply, QStringLiteral("slots"));
    }
    QList<protocol::SlotInfo> open;
    for (const protocol::SlotInfo &s : offered->entries)
        if (s.free > 0)
            open.append(s);
    std::shuffle(open.begin(), open.end(), m_random);
    protocol::LeaseRequest ask;
    for (int i = 0; i < m_model.leaseSlots && i < open.size(); ++i)
        ask.want.append({open.at(i).id, 1});
    QList<QPair<QString, bool>> bookings; // slot, on the lease
    if (!ask.want.isEmpty()) {
        const FleetReply leased =
            signedSend(transport, "leases", "POST", "/v1/leases", protocol::encode(ask));
        if (leased.status != 200)
            return failed(leased, QStringLiteral("leases"));
        auto answer = protocol::decodeLeaseResponse(leased.body);
        if (!answer) {
            protocolError(QStringLiteral("leases: ") + answer.error().message);
            return failed(leased, QStringLiteral("leases"));
        }
        for (const protocol::LeaseState &s : answer->leases)
            for (int seat = 0; seat < s.seats; ++seat)
                bookings.append({s.slot, true});
    }
    for (int i = 0; i < m_model.bookingRequests && !open.isEmpty(); ++i)
        bookings.append({open.at(int(m_random() % quint32(open.size()))).id, false});
    const QString tag = QStringLiteral("%1").arg(20000 + m_index % 80000, 5, 10, QLatin1Char('0'));
    for (const auto &[slot, onLease] : bookings) {
        const QJsonObject meta{{QStringLiteral("slot"), slot},
                               {QStringLiteral("ticket"), receipt::format(tag, ++m_sequence)},
                               {QStringLiteral("lease"), onLease}};
        const QJsonObject payload{{QStringLiteral("item"), m_model.item},
                                  {QStringLiteral("name"), QStringLiteral("巴特尔")},
                                  {QStringLiteral("phone"), QStringLiteral("13947512386")}};
        m_backlog.append(makeRecord(QStringLiteral("booking"), meta, payload, {}));
    }
    m_stage = Stage::Drain;
    return succeeded();
}

std::optional<FleetReply> SimDevice::upload(FleetTransport &transport, PendingRecord &record)
{
    for (qsizetype i = 0; i < record.attachments.size(); ++i) {
        const QByteArray &sealed = record.attachments.at(i);
        const QByteArray path = protocol::uploadPath(record.wire.uuid, i);
        const protocol::AttachmentRef ref = protocol::AttachmentRef::of(sealed);
        FleetReply reply =
            signedSend(transport, "uploads", "POST", path,
                       protocol::encode(protocol::UploadCreate{ref.length, ref.sha256}));
        if (reply.status != 201 && reply.status != 200)
            return reply;
        qint64 offset = reply.headers.value("upload-offset").toLongLong();
        while (offset < sealed.size()) {
            constexpr qsizetype chunk = 256 * 1024;
            reply = signedSend(transport, "uploads", "PATCH", path, sealed.mid(offset, chunk),
                               false, {"Upload-Offset: " + QByteArray::number(offset)},
                               "application/offset+octet-stream");
            if (reply.status == 409 && reply.headers.contains("upload-offset")) {
                offset = reply.headers.value("upload-offset").toLongLong();
                continue; // central holds another offset (an answer lost): go on from there
            }
            if (reply.status != 204)
                return reply;
            offset = reply.headers.value("upload-offset").toLongLong();
        }
    }
    record.uploaded = true;
    return std::nullopt;
}

qint64 SimDevice::drainBatch(FleetTransport &transport)
{
    if (m_backlog.isEmpty()) {
        m_stage = Stage::Heartbeat;
        return succeeded();
    }
    protocol::SubmissionBatch batch;
    for (qsizetype i = 0; i < m_backlog.size() && i < m_model.batchRecords; ++i) {
        PendingRecord &record = m_backlog[i];
        if (!record.uploaded)
            if (const auto refused = upload(transport, record))
                return failed(*refused, QStringLiteral("upload"));
        batch.records.append(record.wire);
    }
    const QByteArray body = protocol::gzip(protocol::encode(batch));
    const FleetReply reply =
        signedSend(transport, "submissions", "POST", "/v1/submissions", body, true);
    if (reply.status != 200)
        return failed(reply, QStringLiteral("submissions"));
    auto results = protocol::decodeBatchResult(reply.body);
    if (!results || results->results.size() != batch.records.size()) {
        protocolError(QStringLiteral("submissions: unreadable answer"));
        return failed(reply, QStringLiteral("submissions"));
    }
    QSet<QString> decided;
    for (const protocol::RecordResult &r : results->results) {
        Acknowledgement ack;
        switch (r.status) {
        case protocol::Outcome::Retry: {
            // Nothing stored: upload again and resend after the backoff.
            for (PendingRecord &p : m_backlog)
                if (p.wire.uuid == r.uuid)
                    p.uploaded = p.attachments.isEmpty();
            continue;
        }
        case protocol::Outcome::Rejected:
            ack = {QStringLiteral("rejected"), QString(), r.reason};
            break;
        case protocol::Outcome::Accepted:
        case protocol::Outcome::Duplicate:
            if (r.receipt.isEmpty()) {
                ack = {QStringLiteral("rejected"), QString(), r.reason};
                break;
            }
            ack = {QStringLiteral("accepted"), r.receipt, QString()};
            if (!protocol::verify(*m_receiptKey,
                                  protocol::receiptSigningInput(m_enrolled.deviceId, r.uuid,
                                                                r.receipt, r.acceptedAt),
                                  r.signature))
                protocolError(QStringLiteral("receipt signature does not verify"));
            break;
        }
        // A record decided twice must be decided the same way (a duplicate's original receipt).
        const auto earlier = m_acks.constFind(r.uuid);
        if (earlier != m_acks.cend() &&
            (earlier->status != ack.status || earlier->receipt != ack.receipt))
            protocolError(QStringLiteral("record decided twice, differently"));
        m_acks.insert(r.uuid, ack);
        decided.insert(r.uuid);
    }
    for (qsizetype i = m_backlog.size() - 1; i >= 0; --i)
        if (decided.contains(m_backlog.at(i).wire.uuid)) {
            if (!m_firstDecided)
                m_firstDecided = m_backlog.at(i).wire;
            m_backlog.removeAt(i);
        }
    if (decided.isEmpty()) // all `retry`: wait, as jiujin-syncd does
        return failed(FleetReply{200, {}, {}, {}, reply.instance}, QStringLiteral("retry"));
    return succeeded();
}

qint64 SimDevice::heartbeat(FleetTransport &transport)
{
    protocol::Heartbeat beat;
    beat.kioskVersion = QStringLiteral("fleetsim");
    beat.catalogueVersion = QString::number(m_catalogueSeq);
    beat.queueDepth = m_backlog.size();
    beat.diskFreeMb = 20000;
    beat.lastError = m_lastError;
    // An idle kiosk's next heartbeat is minutes away: its connection is not kept open.
    m_channel.keepAlive = m_model.keepAlive && m_stage != Stage::Idle;
    const FleetReply reply =
        signedSend(transport, "heartbeat", "POST", "/v1/heartbeat", protocol::encode(beat));
    m_channel.keepAlive = m_model.keepAlive;
    if (reply.status != 204)
        return failed(reply, QStringLiteral("heartbeat"));
    ++m_heartbeats;
    m_stage = Stage::Idle;
    succeeded();
    const qint64 interval = qint64(m_model.heartbeatSeconds) * 1000;
    return interval - interval / 20 + qint64(m_random() % quint32(interval / 10 + 1));
}

bool SimDevice::resendFirst(FleetTransport &transport)
{
    if (!m_firstDecided)
        return false;
    const auto ack = m_acks.value(m_firstDecided->uuid);
    protocol::SubmissionBatch batch;
    batch.records.append(*m_firstDecided);
    const QByteArray body = protocol::gzip(protocol::encode(batch));
    const FleetReply reply =
        signedSend(transport, "submissions", "POST", "/v1/submissions", body, true);
    auto results = protocol::decodeBatchResult(reply.body);
    if (reply.status != 200 || !results || results->results.size() != 1)
        return false;
    const protocol::RecordResult &r = results->results.first();
    if (ack.status == QLatin1String("accepted"))
        return r.status == protocol::Outcome::Duplicate && r.receipt == ack.receipt;
    return r.status == protocol::Outcome::Duplicate && r.receipt.isEmpty();
}

} // namespace jiujin::scale
