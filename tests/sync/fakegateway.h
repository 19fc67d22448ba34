#pragma once

#include "envelope.h"
#include "keys.h"
#include "requestsigning.h"
#include "slots.h"
#include "wire.h"

#include <httplib.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

/**
 * A small gateway speaking PROTOCOL.md over cpp-httplib's SSLServer on 127.0.0.1: its own CA (which
 * also issues the server certificate), one-time tokens, mTLS, signed-request checks, attachment
 * uploads (in memory, simplest correct form) and a (device, uuid) store; faults are switched on by
 * the test.
 *
 * Not InProcessGateway (tests/support), on purpose: the client's tests need answers the real
 * gateway never gives on demand (a replay refusal, a 503 for the next N slot lists, a cut reply),
 * and they run where jiujin-gateway is not part of the build. What it checks (signatures, TLS) it
 * checks with the same protocol library as the gateway.
 */
class FakeGateway
{
public:
    template <typename T, void (*F)(T *)> struct Free
    {
        void operator()(T *p) const { F(p); }
    };
    using Pkey = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY, EVP_PKEY_free>>;
    using Cert = std::unique_ptr<X509, Free<X509, X509_free>>;

    FakeGateway()
        : central(
              std::move(jiujin::protocol::Key::generate(jiujin::protocol::Suite::Intl).value())),
          receiptKey(std::move(
              jiujin::protocol::Key::generateSigning(jiujin::protocol::Suite::Intl).value()))
    {
        caKey.reset(EVP_EC_gen("P-256"));
        caCert = makeCert(caKey.get(), "JiuJin test device CA", nullptr, caKey.get(), true);
        serverKey.reset(EVP_EC_gen("P-256"));
        serverCert = makeCert(serverKey.get(), "127.0.0.1", caCert.get(), caKey.get(), false);
        server = std::make_unique<httplib::SSLServer>([this](SSL_CTX &ctx) {
            SSL_CTX_set_min_proto_version(&ctx, TLS1_3_VERSION);
            SSL_CTX_use_certificate(&ctx, serverCert.get());
            SSL_CTX_use_PrivateKey(&ctx, serverKey.get());
            X509_STORE_add_cert(SSL_CTX_get_cert_store(&ctx), caCert.get());
            // Client certificates are asked for but optional: enrollment comes without one.
            SSL_CTX_set_verify(&ctx, SSL_VERIFY_PEER, nullptr);
            // As the real gateway: libcurl resumes its TLS session when it reconnects, which
            // OpenSSL refuses with client certificates unless the session context is named.
            static const unsigned char sessionContext[] = "jiujin-fake-gateway";
            SSL_CTX_set_session_id_context(&ctx, sessionContext, sizeof sessionContext - 1);
            return true;
        });
        server->set_tcp_nodelay(true);
        // Uploads add requests per record; one connection should carry a drain (as the gateway).
        server->set_keep_alive_max_count(1000);
        server->Post("/v1/enroll",
                     [this](const httplib::Request &q, httplib::Response &r) { enroll(q, r); });
        server->Post("/v1/submissions", [this](const httplib::Request &q, httplib::Response &r) {
            submissions(q, r);
        });
        const char uploadPath[] = R"(/v1/uploads/([0-9a-f-]{36})/([0-9]{1,2}))";
        const auto uploadHandler = [this](const httplib::Request &q, httplib::Response &r) {
            upload(q, r);
        };
        server->Post(uploadPath, uploadHandler);
        server->Get(uploadPath, uploadHandler); // HEAD comes here
        server->Patch(uploadPath, uploadHandler);
        server->Post("/v1/heartbeat", [this](const httplib::Request &q, httplib::Response &r) {
            if (!authorise(q, r, "/v1/heartbeat").isEmpty()) {
                ++heartbeats;
                r.status = 204;
            }
        });
        server->Get("/v1/slots",
                    [this](const httplib::Request &q, httplib::Response &r) { slotList(q, r); });
        server->Get(
            "/v1/catalogue/changes",
            [this](const httplib::Request &q, httplib::Response &r) { catalogueChanges(q, r); });
        server->Get("/v1/cases/changes",
                    [this](const httplib::Request &q, httplib::Response &r) { caseChanges(q, r); });
        server->Get("/v1/calendar",
                    [this](const httplib::Request &q, httplib::Response &r) { calendar(q, r); });
        port = server->bind_to_any_port("127.0.0.1");
        thread = std::thread([this] { server->listen_after_bind(); });
        while (!server->is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~FakeGateway()
    {
        server->stop();
        thread.join();
    }

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(port); }
    /** sha256//BASE64 of the server's SubjectPublicKeyInfo. */
    QString pin() const
    {
        unsigned char *der = nullptr;
        const int n = i2d_PUBKEY(serverKey.get(), &der);
        const QByteArray spki(reinterpret_cast<const char *>(der), n);
        OPENSSL_free(der);
        return QStringLiteral("sha256//") +
               QString::fromLatin1(
                   jiujin::protocol::digest(jiujin::protocol::Suite::Intl, spki).toBase64());
    }
    QString newToken()
    {
        std::lock_guard lock(mutex);
        const QString t = QStringLiteral("tok-%1").arg(++tokenCount);
        tokens.insert(t);
        return t;
    }

    /** The uuids of each push that was read, in arrival order (failed and lost ones too). */
    QList<QStringList> pushedUuids() const
    {
        std::lock_guard lock(mutex);
        return pushed;
    }

    /** uuid -> the sealed attachments of every record stored, as its uploads brought them. */
    QHash<QString, QList<QByteArray>> storedAttachments() const
    {
        std::lock_guard lock(mutex);
        return attachments;
    }

    /** uuid -> central receipt of every record stored (once each). */
    QHash<QString, QString> stored() const
    {
        std::lock_guard lock(mutex);
        return receipts;
    }

    // Faults and figures, set and read by the tests.
    std::atomic<int> failNext{0};       ///< answer the next N pushes 503 without looking at them
    std::atomic<int> loseNextAnswer{0}; ///< store the next N batches, then answer 503 anyway
    std::atomic<int> replayNext{0};     ///< refuse the next N pushes as replays (a resent request)
    std::atomic<int> failPushAt{0};     ///< answer push number N (from 1) 503 without storing it
    std::atomic<int> losePushAt{0};     ///< store push number N (from 1), then answer 503 anyway
    std::atomic<bool> badReceiptSignatures{false};
    /** Answers a batch asking for v2 with one signature over its receipts (PROTOCOL.md, "Batches,
     *  protocol v2"); off, it answers every batch v1 as a central before v2 does. */
    std::atomic<bool> speaksV2{false};
    std::atomic<bool> badBatchSignature{false}; ///< v2 answers carry a signature that fails
    std::atomic<int> lastVersion{0};            ///< the version the last batch asked for
    std::atomic<qint64> clockSkewS{0}; ///< the server's clock runs this far ahead of the real one
    std::atomic<int> forgetUploadsNext{0}; ///< the next N pushes find no uploads: records get retry
    std::atomic<int> pushes{0}, heartbeats{0}, staleRefusals{0};
    /** Called with a batch's uuids as it arrives, before it is stored or answered (on the
     *  server's thread): a test reads the kiosk's database from there. Set before the drain. */
    std::function<void(const QStringList &)> onPush;
    std::atomic<int> patches{0}; ///< PATCH requests answered 204
    /** Booking: off, GET /v1/slots answers 404 as a central without booking does; on, an empty
     *  slot list signed with receiptKey. */
    std::atomic<bool> servesSlots{false};
    /** Off, GET /v1/catalogue/changes answers 404 (nothing published); on, 204 (up to date). */
    std::atomic<bool> servesCatalogue{false};
    std::atomic<int> failSlotsNext{0};     ///< answer the next N GET /v1/slots 503 (served or not)
    std::atomic<int> failCatalogueNext{0}; ///< answer the next N catalogue pulls 503
    std::atomic<int> slotRequests{0}, catalogueRequests{0}; ///< signed GETs of either, any answer
    std::atomic<qint64> uploadedBytes{0};                   ///< attachment bytes appended by PATCH
    QSet<QString> rejectUuids;                              ///< set before pushing
    /** GET /v1/cases/changes: the 200 body answered for each since (others: 204), set before
     *  pulling, and the since of every request seen. */
    std::map<qint64, QByteArray> caseBodies;
    QList<qint64> caseSinces;
    /** GET /v1/calendar: the 200 body and its ETag (empty body: 404); 304 when If-None-Match
     *  is the ETag. Every If-None-Match seen ("" for none). */
    QByteArray calendarBody, calendarEtag;
    QList<QByteArray> calendarAsked;

    jiujin::protocol::Key central, receiptKey;

private:
    static Cert makeCert(EVP_PKEY *key, const char *cn, X509 *issuer, EVP_PKEY *issuerKey, bool ca)
    {
        static std::atomic<long> serial{1};
        Cert c(X509_new());
        X509_set_version(c.get(), 2);
        ASN1_INTEGER_set(X509_get_serialNumber(c.get()), serial++);
        X509_gmtime_adj(X509_getm_notBefore(c.get()), -3600);
        X509_gmtime_adj(X509_getm_notAfter(c.get()), 86400);
        X509_set_pubkey(c.get(), key);
        X509_NAME_add_entry_by_txt(X509_get_subject_name(c.get()), "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
        X509_set_issuer_name(c.get(), issuer ? X509_get_subject_name(issuer)
                                             : X509_get_subject_name(c.get()));
        X509V3_CTX v3;
        X509V3_set_ctx_nodb(&v3);
        X509V3_set_ctx(&v3, issuer ? issuer : c.get(), c.get(), nullptr, nullptr, 0);
        auto add = [&](int nid, const char *value) {
            X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &v3, nid, value);
            X509_add_ext(c.get(), ext, -1);
            X509_EXTENSION_free(ext);
        };
        if (ca) {
            add(NID_basic_constraints, "critical,CA:TRUE");
            add(NID_key_usage, "critical,keyCertSign,cRLSign");
        } else if (QByteArray(cn) == "127.0.0.1") {
            add(NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
            add(NID_ext_key_usage, "serverAuth");
        } else {
            add(NID_ext_key_usage, "clientAuth");
        }
        X509_sign(c.get(), issuerKey, EVP_sha256());
        return c;
    }
    static QByteArray pem(X509 *c)
    {
        BIO *b = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(b, c);
        char *d = nullptr;
        const long n = BIO_get_mem_data(b, &d);
        QByteArray out(d, n);
        BIO_free(b);
        return out;
    }
    static void json(httplib::Response &r, int status, const QByteArray &body)
    {
        r.status = status;
        r.set_content(body.toStdString(), "application/json");
    }

    void enroll(const httplib::Request &q, httplib::Response &r)
    {
        auto req = jiujin::protocol::decodeEnrollRequest(QByteArray::fromStdString(q.body));
        if (!req)
            return json(r, 400, R"({"error":"body"})");
        std::lock_guard lock(mutex);
        BIO *b = BIO_new_mem_buf(req->csrPem.constData(), int(req->csrPem.size()));
        X509_REQ *csr = PEM_read_bio_X509_REQ(b, nullptr, nullptr, nullptr);
        BIO_free(b);
        if (!csr)
            return json(r, 400, R"({"error":"csr"})");
        Pkey csrKey(X509_REQ_get_pubkey(csr));
        unsigned char *der = nullptr;
        const int derSize = i2d_PUBKEY(csrKey.get(), &der);
        const QByteArray spki(reinterpret_cast<const char *>(der), derSize);
        OPENSSL_free(der);
        const bool selfSigned = X509_REQ_verify(csr, csrKey.get()) == 1;
        X509_REQ_free(csr);
        if (!selfSigned)
            return json(r, 400, R"({"error":"csr"})");
        if (enrolled.contains(req->token)) {
            if (enrolled.value(req->token).first != spki)
                return json(r, 403, R"({"error":"token"})");
            return json(r, 200, enrolled.value(req->token).second);
        }
        if (!tokens.remove(req->token))
            return json(r, 403, R"({"error":"token"})");
        const QByteArray device = QByteArrayLiteral("kiosk-") + QByteArray::number(++deviceCount);
        Cert cert = makeCert(csrKey.get(), device.constData(), caCert.get(), caKey.get(), false);
        auto signing = jiujin::protocol::Key::fromPem(req->signingKeyPem);
        if (!signing)
            return json(r, 400, R"({"error":"signing_key"})");
        deviceKeys.emplace(device,
                           std::make_shared<jiujin::protocol::Key>(std::move(signing.value())));
        const QByteArray answer = jiujin::protocol::encode(jiujin::protocol::EnrollResponse{
            QString::fromLatin1(device), pem(cert.get()), pem(caCert.get()),
            QStringLiteral("150525203000-01"), QStringLiteral("intl"), central.publicPem(),
            receiptKey.publicPem()});
        enrolled.insert(req->token, {spki, answer});
        json(r, 200, answer);
    }

    /** mTLS and the signed headers; answers 401/403 itself and returns the device id, or empty. */
    QByteArray authorise(const httplib::Request &q, httplib::Response &r, const QByteArray &path)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch() + clockSkewS;
        r.set_header("Date", QDateTime::fromSecsSinceEpoch(now, Qt::UTC)
                                 .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                 .toStdString());
        X509 *peer = q.ssl ? SSL_get1_peer_certificate(const_cast<SSL *>(q.ssl)) : nullptr;
        char cn[128] = {};
        if (peer) {
            X509_NAME_get_text_by_NID(X509_get_subject_name(peer), NID_commonName, cn, sizeof cn);
            X509_free(peer);
        }
        if (!peer || SSL_get_verify_result(q.ssl) != X509_V_OK) {
            json(r, 403, R"({"error":"certificate"})");
            return {};
        }
        jiujin::protocol::SignedHeaders h{
            QByteArray::fromStdString(q.get_header_value("X-JJ-Device")),
            QByteArray::fromStdString(q.get_header_value("X-JJ-Created")),
            QByteArray::fromStdString(q.get_header_value("X-JJ-Nonce")),
            QByteArray::fromStdString(q.get_header_value("Content-Digest")),
            QByteArray::fromStdString(q.get_header_value("X-JJ-Signature"))};
        std::shared_ptr<jiujin::protocol::Key> key;
        {
            std::lock_guard lock(mutex);
            auto it = deviceKeys.find(h.device);
            if (it != deviceKeys.end() && h.device == QByteArray(cn))
                key = it->second;
        }
        if (!key) {
            json(r, 401, R"({"error":"device"})");
            return {};
        }
        // httplib has already gunzipped the body; zlib at the same settings gives the same bytes
        // back.
        QByteArray sent = QByteArray::fromStdString(q.body);
        if (q.get_header_value("Content-Encoding") == "gzip")
            sent = jiujin::protocol::gzip(sent);
        const auto refusal = jiujin::protocol::checkRequest(
            *key, QByteArray::fromStdString(q.method), path, sent, h, now);
        if (refusal == jiujin::protocol::Refusal::Stale)
            ++staleRefusals;
        {
            std::lock_guard lock(mutex);
            if (refusal == jiujin::protocol::Refusal::None && nonces.contains(h.nonce)) {
                json(r, 401, R"({"error":"replay"})");
                return {};
            }
            nonces.insert(h.nonce);
        }
        if (refusal != jiujin::protocol::Refusal::None) {
            json(r, 401, R"({"error":")" + jiujin::protocol::refusalName(refusal) + R"("})");
            return {};
        }
        return h.device;
    }

    void submissions(const httplib::Request &q, httplib::Response &r)
    {
        const QByteArray device = authorise(q, r, "/v1/submissions");
        if (device.isEmpty())
            return;
        if (failNext > 0) {
            --failNext;
            r.set_header("Retry-After", "7");
            return json(r, 503, R"({"error":"busy"})");
        }
        if (replayNext > 0) {
            --replayNext;
            return json(r, 401, R"({"error":"replay"})");
        }
        auto batch = jiujin::protocol::decodeSubmissionBatch(QByteArray::fromStdString(q.body));
        if (!batch)
            return json(r, 400, R"({"error":"body"})");
        const int ordinal = ++pushes;
        lastVersion = batch->version;
        jiujin::protocol::BatchResult out;
        std::lock_guard lock(mutex);
        QStringList carried;
        for (const auto &rec : batch->records)
            carried.append(rec.uuid);
        pushed.append(carried);
        if (onPush)
            onPush(carried);
        if (ordinal == failPushAt) {
            r.set_header("Retry-After", "7");
            return json(r, 503, R"({"error":"busy"})");
        }
        const bool forget = forgetUploadsNext > 0;
        if (forget)
            --forgetUploadsNext;
        for (const auto &rec : batch->records) {
            jiujin::protocol::RecordResult res;
            res.uuid = rec.uuid;
            QList<QByteArray> parts;
            for (int i = 0; i < rec.attachments.size() && !receipts.contains(rec.uuid); ++i) {
                const auto it = uploads.find(uploadKey(device, rec.uuid, i));
                if (forget || it == uploads.end() || it->data.size() != it->length ||
                    jiujin::protocol::AttachmentRef::of(it->data) != rec.attachments.at(i))
                    break;
                parts.append(it->data);
            }
            if (!receipts.contains(rec.uuid) && parts.size() != rec.attachments.size()) {
                res.status = jiujin::protocol::Outcome::Retry;
                res.reason = QStringLiteral("attachment not uploaded");
                out.results.append(res);
                continue;
            }
            if (receipts.contains(rec.uuid)) {
                res = original.value(rec.uuid);
                res.status = jiujin::protocol::Outcome::Duplicate;
            } else if (rejectUuids.contains(rec.uuid) || !opens(rec)) {
                res.status = jiujin::protocol::Outcome::Rejected;
                res.reason = QStringLiteral("item form not satisfied");
            } else {
                res.status = jiujin::protocol::Outcome::Accepted;
                res.receipt =
                    QStringLiteral("C%1").arg(receipts.size() + 1, 8, 10, QLatin1Char('0'));
                res.acceptedAt = QStringLiteral("2026-11-20T08:00:00Z");
                res.signature =
                    jiujin::protocol::sign(receiptKey, jiujin::protocol::receiptSigningInput(
                                                           QString::fromLatin1(device), res.uuid,
                                                           res.receipt, res.acceptedAt))
                        .value();
                receipts.insert(rec.uuid, res.receipt);
                original.insert(rec.uuid, res);
                attachments.insert(rec.uuid, parts);
                for (int i = 0; i < rec.attachments.size(); ++i)
                    uploads.remove(uploadKey(device, rec.uuid, i));
            }
            if (badReceiptSignatures && !res.signature.isEmpty())
                res.signature[0] = char(res.signature[0] ^ 1);
            out.results.append(res);
        }
        if (speaksV2 && batch->version >= jiujin::protocol::receiptsV2) {
            out.version = jiujin::protocol::receiptsV2;
            for (auto &res : out.results)
                res.signature.clear();
            out.signature =
                jiujin::protocol::sign(receiptKey, jiujin::protocol::batchReceiptsSigningInput(
                                                       QString::fromLatin1(device), out.results))
                    .value();
            if (badBatchSignature)
                out.signature[0] = char(out.signature[0] ^ 1);
        }
        if (loseNextAnswer > 0 || ordinal == losePushAt) {
            if (ordinal != losePushAt)
                --loseNextAnswer;
            return json(r, 503, R"({"error":"lost"})");
        }
        json(r, 200, jiujin::protocol::encode(out));
    }

    static QString uploadKey(const QByteArray &device, const QString &uuid, int index)
    {
        return QString::fromLatin1(device) + u'/' + uuid + u'/' + QString::number(index);
    }
    static void offsets(httplib::Response &r, qint64 offset, qint64 length)
    {
        r.set_header("Upload-Offset", std::to_string(offset));
        r.set_header("Upload-Length", std::to_string(length));
    }

    /** POST / HEAD / PATCH /v1/uploads/{uuid}/{index} (PROTOCOL.md), kept in memory. */
    void upload(const httplib::Request &q, httplib::Response &r)
    {
        const QByteArray device = authorise(q, r, QByteArray::fromStdString(q.path));
        if (device.isEmpty())
            return;
        const QString uuid = QString::fromStdString(q.matches[1].str());
        const QString key = uploadKey(device, uuid, std::stoi(q.matches[2].str()));
        std::lock_guard lock(mutex);
        if (q.method == "POST") {
            // httplib has already inflated a gzip body.
            auto create = jiujin::protocol::decodeUploadCreate(QByteArray::fromStdString(q.body));
            if (!create)
                return json(r, 400, R"({"error":"body"})");
            if (receipts.contains(uuid)) {
                r.status = 200;
                return offsets(r, create->length, create->length);
            }
            auto it = uploads.find(key);
            if (it != uploads.end() && it->length == create->length &&
                it->sha256 == create->sha256) {
                r.status = 200;
                return offsets(r, it->data.size(), it->length);
            }
            if (it != uploads.end() && it->data.size() == it->length) {
                offsets(r, it->data.size(), it->length);
                return json(r, 409, R"({"error":"finished"})");
            }
            uploads.insert(key, Upload{create->length, create->sha256, {}});
            r.status = 201;
            return offsets(r, 0, create->length);
        }
        auto it = uploads.find(key);
        if (it == uploads.end()) {
            r.status = 404;
            return;
        }
        if (q.method == "HEAD" || q.method == "GET") {
            r.status = 200;
            return offsets(r, it->data.size(), it->length);
        }
        const qint64 offset = std::stoll("0" + q.get_header_value("Upload-Offset"));
        if (offset != it->data.size()) {
            offsets(r, it->data.size(), it->length);
            return json(r, 409, R"({"error":"offset"})");
        }
        if (offset + qint64(q.body.size()) > it->length)
            return json(r, 400, R"({"error":"past_length"})");
        it->data.append(QByteArray::fromStdString(q.body));
        uploadedBytes += qint64(q.body.size());
        ++patches;
        if (it->data.size() == it->length &&
            QCryptographicHash::hash(it->data, QCryptographicHash::Sha256) != it->sha256) {
            it->data.clear();
            offsets(r, 0, it->length);
            return json(r, 422, R"({"error":"checksum"})");
        }
        r.status = 204;
        offsets(r, it->data.size(), it->length);
    }

    /** A signed GET of a service this fake may lack: counts it; false once answered (refused,
     *  a planted 503, or 404 while @p serves is off). */
    bool serviceAnswers(const httplib::Request &q, httplib::Response &r, std::atomic<int> &requests,
                        std::atomic<int> &failNext, bool serves)
    {
        if (authorise(q, r, QByteArray::fromStdString(q.target)).isEmpty())
            return false;
        ++requests;
        if (failNext > 0) {
            --failNext;
            json(r, 503, R"({"error":"busy"})");
            return false;
        }
        if (!serves)
            json(r, 404, R"({"error":"not_found"})");
        return serves;
    }

    /** GET /v1/slots?point=P&from=YYYY-MM-DD&days=N, signed. */
    void slotList(const httplib::Request &q, httplib::Response &r)
    {
        if (!serviceAnswers(q, r, slotRequests, failSlotsNext, servesSlots))
            return;
        jiujin::protocol::SlotList list;
        list.point = QString::fromStdString(q.get_param_value("point"));
        list.from =
            QDate::fromString(QString::fromStdString(q.get_param_value("from")), Qt::ISODate);
        list.days = std::stoi("0" + q.get_param_value("days"));
        list.generatedAt = QDateTime::currentDateTimeUtc();
        auto body = jiujin::protocol::signSlots(receiptKey, list);
        if (!body)
            return json(r, 500, R"({"error":"internal"})");
        json(r, 200, jiujin::protocol::encode(body.value()));
    }

    /** GET /v1/calendar, signed: calendarBody with calendarEtag, 304, or 404 without a body. */
    void calendar(const httplib::Request &q, httplib::Response &r)
    {
        if (authorise(q, r, QByteArray::fromStdString(q.target)).isEmpty())
            return;
        std::lock_guard lock(mutex);
        const QByteArray asked = QByteArray::fromStdString(q.get_header_value("If-None-Match"));
        calendarAsked.append(asked);
        if (calendarBody.isEmpty()) {
            r.status = 404;
            return;
        }
        r.set_header("ETag", calendarEtag.toStdString());
        if (asked == calendarEtag) {
            r.status = 304;
            return;
        }
        r.set_content(calendarBody.toStdString(), "application/json");
    }

    /** GET /v1/cases/changes?since=N, signed: the body set for N (200), else 204. */
    void caseChanges(const httplib::Request &q, httplib::Response &r)
    {
        if (authorise(q, r, QByteArray::fromStdString(q.target)).isEmpty())
            return;
        std::lock_guard lock(mutex);
        caseSinces.append(std::stoll("0" + q.get_param_value("since")));
        const auto body = caseBodies.find(caseSinces.last());
        if (body == caseBodies.end()) {
            r.status = 204;
            return;
        }
        json(r, 200, body->second);
    }

    /** GET /v1/catalogue/changes?since=N, signed: never anything new. */
    void catalogueChanges(const httplib::Request &q, httplib::Response &r)
    {
        if (serviceAnswers(q, r, catalogueRequests, failCatalogueNext, servesCatalogue))
            r.status = 204;
    }

    bool opens(const jiujin::protocol::WireRecord &rec)
    {
        auto opener = jiujin::protocol::RecordOpener::open(central, rec.keyHeader, rec.meta);
        if (!opener || !opener->open(rec.payload, rec.meta))
            return false;
        const QJsonObject meta = QJsonDocument::fromJson(rec.meta).object();
        return meta.value(QLatin1String("uuid")).toString() == rec.uuid;
    }

    Pkey caKey, serverKey;
    Cert caCert, serverCert;
    std::unique_ptr<httplib::SSLServer> server;
    std::thread thread;
    int port = 0;
    mutable std::mutex mutex;
    QList<QStringList> pushed; ///< pushedUuids()
    QSet<QString> tokens;
    QHash<QString, QPair<QByteArray, QByteArray>> enrolled; ///< token -> (CSR key's SPKI, answer)
    std::map<QByteArray, std::shared_ptr<jiujin::protocol::Key>> deviceKeys;
    QSet<QByteArray> nonces;
    QHash<QString, QString> receipts;
    QHash<QString, jiujin::protocol::RecordResult> original;
    struct Upload
    {
        qint64 length = 0;
        QByteArray sha256, data;
    };
    QHash<QString, Upload> uploads; ///< "device/uuid/index"
    QHash<QString, QList<QByteArray>> attachments;
    int tokenCount = 0, deviceCount = 0;
};
