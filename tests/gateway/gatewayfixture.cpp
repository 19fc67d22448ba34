#include "gatewayfixture.h"
#include "pgcentralstorage.h"
#include "pgdatabase.h"
#include "pgtestserver.h"
#include "sqlitecentralstorage.h"

#include "caserecords.h"
#include "database.h"
#include "envelope.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QUuid>

#include <catch2/catch.hpp>
#include <curl/curl.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <chrono>
#include <cstdlib>
#include <mutex>

using namespace jiujin;

namespace {

struct CurlFree
{
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistFree
{
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};
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

size_t collectBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}

size_t collectHeader(char *data, size_t size, size_t count, void *user)
{
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        static_cast<QMap<QByteArray, QByteArray> *>(user)->insert(
            line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return size * count;
}

/** Appends one exchange to the file named by JIUJIN_HTTP_RECORD (JSON lines), for the contract
 *  check of openapi.yaml (tests/contract/openapi_check.mjs); the file is emptied at the first
 *  exchange of the process. */
void record(const QByteArray &method, const QByteArray &path, const HttpReply &reply)
{
    const char *file = std::getenv("JIUJIN_HTTP_RECORD");
    if (!file || !*file || !reply.error.isEmpty())
        return;
    static std::mutex mutex;
    static bool started = false;
    std::lock_guard lock(mutex);
    QFile f(QFile::decodeName(file));
    const auto mode = started ? QIODevice::Append : QIODevice::Truncate;
    REQUIRE(f.open(QIODevice::WriteOnly | mode));
    started = true;
    const QJsonObject line{
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("target"), QString::fromUtf8(path)},
        {QStringLiteral("status"), qint64(reply.status)},
        {QStringLiteral("content_type"), QString::fromLatin1(reply.headers.value("content-type"))},
        {QStringLiteral("body"), QString::fromUtf8(reply.body)}};
    REQUIRE(f.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') > 0);
}

} // namespace

QByteArray seedCatalogue()
{
    QFile f(QStringLiteral(JIUJIN_SEED));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QJsonObject unemploymentFields()
{
    return {{QStringLiteral("name"), QStringLiteral("巴特尔")},
            {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
            {QStringLiteral("phone"), QStringLiteral("13947512386")},
            {QStringLiteral("address"), QStringLiteral("内蒙古通辽市奈曼旗")},
            {QStringLiteral("reason"), QStringLiteral("contract_end")},
            {QStringLiteral("education"), QStringLiteral("senior")}};
}

protocol::WireRecord craftRecord(const protocol::Key &centralKey, protocol::Suite suite,
                                 const QString &kind, const QJsonObject &payload,
                                 const QDateTime &created, const QJsonObject &extraMeta)
{
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject m{{QStringLiteral("v"), 1},
                  {QStringLiteral("uuid"), uuid},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("receipt"), QString()},
                  {QStringLiteral("refers_to"), QString()},
                  {QStringLiteral("item"), QLatin1String(unemploymentItem)},
                  {QStringLiteral("point"), QStringLiteral("150525203000-01")},
                  {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("staff"), QString()},
                  {QStringLiteral("authorisation"), QString()},
                  {QStringLiteral("suite"), protocol::suiteName(suite)},
                  {QStringLiteral("attachments"), 0}};
    for (auto it = extraMeta.begin(); it != extraMeta.end(); ++it)
        m.insert(it.key(), it.value());
    const QByteArray meta = QJsonDocument(m).toJson(QJsonDocument::Compact);
    auto sealer = protocol::RecordSealer::create(centralKey, meta);
    REQUIRE(sealer.ok());
    auto sealed = sealer->seal(QJsonDocument(payload).toJson(QJsonDocument::Compact), meta);
    REQUIRE(sealed.ok());
    return {uuid,
            meta,
            protocol::suiteName(suite),
            sealer->keyHeader(),
            sealed.value(),
            QList<protocol::AttachmentRef>{}};
}

CliRun gatewayCli(const QStringList &args)
{
    QStringList all = args;
    if (PgTestServer::selected() && all.value(0) == QLatin1String("init") &&
        !all.contains(QLatin1String("--database"))) {
        const int at = all.indexOf(QLatin1String("--data-dir"));
        QFile existing(QDir(all.value(at + 1)).filePath(QStringLiteral("database")));
        if (at < 0 || !existing.exists()) // --force keeps the database the directory names
            all << QStringLiteral("--database") << PgTestServer::instance().freshDatabase();
    }
    QProcess p;
    p.start(QStringLiteral(JIUJIN_GATEWAY_EXE), all);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

int serveOnFreePort(QProcess &serve, const QStringList &args)
{
    serve.start(QStringLiteral(JIUJIN_GATEWAY_EXE),
                QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0")} +
                    args);
    REQUIRE(serve.waitForStarted());
    QByteArray line;
    while (!line.contains('\n') && serve.waitForReadyRead(30000))
        line += serve.readAllStandardOutput();
    const auto listening = QRegularExpression(QStringLiteral("^listening on (\\d+)\\n"))
                               .match(QString::fromUtf8(line));
    INFO(line.toStdString() << serve.readAllStandardError().toStdString());
    REQUIRE(listening.hasMatch());
    return listening.captured(1).toInt();
}

HttpReply OperatorRequests::operator()(const QByteArray &method, const QByteArray &path,
                                       const QByteArray &bearer, const QJsonObject &json,
                                       QList<QByteArray> headers) const
{
    if (!bearer.isEmpty())
        headers.append("Authorization: Bearer " + bearer);
    const QByteArray payload =
        method == "POST" ? QJsonDocument(json).toJson(QJsonDocument::Compact) : QByteArray();
    HttpReply r = httpsSend(port, pin, method, path, payload, headers);
    INFO(method.toStdString() << ' ' << path.toStdString() << " -> " << r.status << ' '
                              << r.body.left(400).toStdString() << r.error.toStdString());
    REQUIRE(r.error.isEmpty());
    return r;
}

QByteArray OperatorRequests::login(const QString &id, const QString &password) const
{
    const HttpReply r =
        (*this)("POST", "/v1/operator/sessions", {},
                {{QStringLiteral("id"), id}, {QStringLiteral("password"), password}});
    INFO("login " << id.toStdString() << " -> " << r.status);
    REQUIRE(r.status == 201);
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(QLatin1String("token"))
        .toString()
        .toLatin1();
}

QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC);
}

HttpReply httpsPost(int port, const QByteArray &pin, const QByteArray &path, const QByteArray &body,
                    const QList<QByteArray> &headers, const std::optional<ClientCert> &cert)
{
    return httpsSend(port, pin, "POST", path, body, headers, cert);
}

HttpReply httpsSend(int port, const QByteArray &pin, const QByteArray &method,
                    const QByteArray &path, const QByteArray &body,
                    const QList<QByteArray> &headers, const std::optional<ClientCert> &cert,
                    const QByteArray &contentType)
{
    HttpReply reply;
    std::unique_ptr<CURL, CurlFree> curl(curl_easy_init());
    REQUIRE(curl);
    const QByteArray url = "https://127.0.0.1:" + QByteArray::number(port) + path;
    curl_slist *list = nullptr;
    for (const QByteArray &h : headers)
        list = curl_slist_append(list, h.constData());
    list = curl_slist_append(list, ("Content-Type: " + contentType).constData());
    list = curl_slist_append(list, "Expect:");
    std::unique_ptr<curl_slist, SlistFree> headerList(list);
    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    if (method == "HEAD") {
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    } else if (method != "GET") {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        if (method != "POST")
            curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method.constData());
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headerList.get());
    curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_3));
    // As the kiosk: central's key is pinned; the chain is not what is trusted.
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(c, CURLOPT_PINNEDPUBLICKEY, pin.constData());
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "gzip");
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collectBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &reply.headers);
    if (cert) {
        curl_blob certBlob{const_cast<char *>(cert->certPem.constData()),
                           size_t(cert->certPem.size()), CURL_BLOB_COPY};
        curl_blob keyBlob{const_cast<char *>(cert->keyPem.constData()), size_t(cert->keyPem.size()),
                          CURL_BLOB_COPY};
        curl_easy_setopt(c, CURLOPT_SSLCERT_BLOB, &certBlob);
        curl_easy_setopt(c, CURLOPT_SSLCERTTYPE, "PEM");
        curl_easy_setopt(c, CURLOPT_SSLKEY_BLOB, &keyBlob);
        curl_easy_setopt(c, CURLOPT_SSLKEYTYPE, "PEM");
    }
    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK) {
        reply.error = QString::fromUtf8(curl_easy_strerror(rc));
        return reply;
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply.status);
    record(method, path, reply);
    return reply;
}

std::pair<QByteArray, QByteArray> makeCsr()
{
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_EC_gen("P-256"));
    REQUIRE(key);
    std::unique_ptr<X509_REQ, ReqFree> req(X509_REQ_new());
    REQUIRE(req);
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    REQUIRE(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                       reinterpret_cast<const unsigned char *>("kiosk"), -1, -1,
                                       0) == 1);
    REQUIRE(X509_REQ_set_pubkey(req.get(), key.get()) == 1);
    REQUIRE(X509_REQ_sign(req.get(), key.get(), EVP_sha256()) > 0);
    std::unique_ptr<BIO, BioFree> keyBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> reqBio(BIO_new(BIO_s_mem()));
    REQUIRE(PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                     nullptr) == 1);
    REQUIRE(PEM_write_bio_X509_REQ(reqBio.get(), req.get()) == 1);
    return {drain(keyBio.get()), drain(reqBio.get())};
}

std::unique_ptr<gateway::CentralStorage> openTestStorage(const QString &sqlitePath)
{
    const QString location = PgTestServer::selected() ? PgTestServer::instance().freshDatabase()
                                                      : QStringLiteral("sqlite:") + sqlitePath;
    auto opened = gateway::openCentralStorage(location, QFileInfo(sqlitePath).absolutePath());
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

Result<std::unique_ptr<gateway::CentralStorage>> openTestCentral(const QString &sqlitePath)
{
    const QString location = PgTestServer::selected() ? PgTestServer::instance().freshDatabase()
                                                      : QStringLiteral("sqlite:") + sqlitePath;
    return gateway::openCentralStorage(location, QFileInfo(sqlitePath).absolutePath());
}

Database &sqliteDatabase(gateway::CentralStorage &storage)
{
    auto *sqlite = dynamic_cast<gateway::SqliteCentralStorage *>(&storage);
    REQUIRE(sqlite);
    return sqlite->database();
}

void ageOperatorSession(const QString &dataDir, const QString &tokenHash, qint64 seconds)
{
    auto storage = openGatewayTestStorage(dataDir);
    const char *const sql =
        "UPDATE operator_sessions SET last_seen = last_seen - ? WHERE token_hash = ?";
    if (auto *pg = dynamic_cast<gateway::PgCentralStorage *>(storage.get())) {
        gateway::PgStatement s = pg->database().prepare(sql);
        s.bind(1, seconds).bind(2, tokenHash);
        REQUIRE(s.run().ok());
        return;
    }
    Statement s = sqliteDatabase(*storage).prepare(sql);
    s.bind(1, seconds).bind(2, tokenHash);
    REQUIRE(s.run().ok());
}

QList<gateway::AuditRow> auditEntries(const QString &dataDir)
{
    auto storage = openGatewayTestStorage(dataDir);
    auto rows = storage->auditLog().entries(0, 1000000);
    INFO((rows ? QString() : rows.error().message).toStdString());
    REQUIRE(rows.ok());
    return rows.value();
}

void prepareTestDataDir(const QString &dataDir)
{
    if (!PgTestServer::selected())
        return;
    QDir().mkpath(dataDir);
    REQUIRE(gateway::rememberDatabase(dataDir, PgTestServer::instance().freshDatabase()).ok());
}

std::unique_ptr<gateway::CentralStorage> openGatewayTestStorage(const QString &dataDir)
{
    auto opened = gateway::openGatewayStorage(dataDir);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

TestGatewayPlace::TestGatewayPlace() : nowSecs(testNow().toSecsSinceEpoch())
{
    REQUIRE(dir.isValid());
    prepareTestDataDir(dir.path());
}

TestGateway::TestGateway(protocol::Suite defaultSuite, Forms forms)
    : InProcessGateway(
          dir.path(), [this] { return now(); }, defaultSuite, forms)
{
}

PublishResult TestGateway::publish(const QByteArray &bundle) const
{
    auto other = openGatewayTestStorage(dir.path());
    CataloguePublisher otherPublisher(*other);
    auto published = otherPublisher.publish(bundle, now());
    INFO((published.ok() ? QString() : published.error().message).toStdString());
    REQUIRE(published.ok());
    return published.value();
}

QString TestGateway::token(const QString &suite)
{
    auto t = enrollment->createToken(QStringLiteral("150525203000-01"), suite, now());
    REQUIRE(t.ok());
    return t.value();
}

TestDevice::TestDevice(const TestGateway &gateway, const QString &token, protocol::Suite suite)
    : signing(std::move(protocol::Key::generateSigning(suite).value()))
{
    std::tie(keyPem, csrPem) = makeCsr();
    const QByteArray body =
        protocol::encode(protocol::EnrollRequest{token, csrPem, signing.publicPem()});
    const HttpReply reply = gateway.post("/v1/enroll", body, {});
    INFO(reply.error.toStdString() << reply.body.toStdString());
    REQUIRE(reply.status == 200);
    auto decoded = protocol::decodeEnrollResponse(reply.body);
    REQUIRE(decoded.ok());
    enrolled = decoded.value();
}

QList<QByteArray> TestDevice::sign(const QByteArray &path, const QByteArray &body, qint64 created,
                                   bool gzipped, const QByteArray &method) const
{
    return signedHeaders(signing, enrolled.deviceId, method, path, body, created, gzipped);
}

QList<QByteArray> signedHeaders(const protocol::Key &signing, const QString &deviceId,
                                const QByteArray &method, const QByteArray &path,
                                const QByteArray &body, qint64 created, bool gzipped)
{
    auto h = protocol::signRequest(signing, deviceId, method, path, body, created);
    REQUIRE(h.ok());
    QList<QByteArray> headers = h->lines();
    if (gzipped)
        headers.append("Content-Encoding: gzip");
    return headers;
}

HttpReply TestDevice::push(const TestGateway &gateway, const QByteArray &path,
                           const QByteArray &plainBody, qint64 created) const
{
    const QByteArray body = protocol::gzip(plainBody);
    return gateway.post(path, body, sign(path, body, created, true), cert());
}

HttpReply TestDevice::send(const TestGateway &gateway, const QByteArray &method,
                           const QByteArray &path, const QByteArray &body, qint64 created,
                           const QList<QByteArray> &extra, const QByteArray &contentType) const
{
    return httpsSend(gateway.port, gateway.keys->serverPin(), method, path, body,
                     sign(path, body, created, false, method) + extra, cert(), contentType);
}

HttpReply TestDevice::upload(const TestGateway &gateway, const QString &uuid, int index,
                             const QByteArray &sealed, qint64 created, qsizetype chunk) const
{
    const QByteArray path = protocol::uploadPath(uuid, index);
    const protocol::AttachmentRef ref = protocol::AttachmentRef::of(sealed);
    HttpReply reply =
        send(gateway, "POST", path,
             protocol::encode(protocol::UploadCreate{ref.length, ref.sha256}), created);
    INFO(reply.error.toStdString() << reply.body.toStdString());
    REQUIRE((reply.status == 201 || reply.status == 200));
    qint64 offset = reply.headers.value("upload-offset").toLongLong();
    while (offset < sealed.size()) {
        reply = send(gateway, "PATCH", path, sealed.mid(offset, chunk), created,
                     {"Upload-Offset: " + QByteArray::number(offset)},
                     "application/offset+octet-stream");
        if (reply.status != 204)
            return reply;
        offset = reply.headers.value("upload-offset").toLongLong();
    }
    return reply;
}
