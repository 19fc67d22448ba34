#include "jsonfields.h"
#include "keys.h"
#include "requestsigning.h"
#include "wire.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <functional>

using namespace jiujin;
using namespace jiujin::protocol;

namespace {

const QString uuidA = QStringLiteral("0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21");
const QString uuidB = QStringLiteral("7d2c9e14-1a3b-4f5d-8e6f-a0b1c2d3e4f5");

QByteArray bytes(const char *s)
{
    return QByteArray(s);
}

SubmissionBatch sampleBatch()
{
    WireRecord a;
    a.uuid = uuidA;
    // Chinese and escapes in the AAD must come back byte for byte.
    a.meta = QStringLiteral(R"({"item":"低保","point":"150525203000-01","q":"a\"b\\c"})").toUtf8();
    a.suite = QStringLiteral("intl");
    a.keyHeader = QByteArray(86, '\x01');
    a.payload = QByteArray("\x00\xff\x10 sealed", 10);
    a.attachments = {AttachmentRef::of(QByteArray(1000, '\xab')), AttachmentRef::of("x")};
    WireRecord b;
    b.uuid = uuidB;
    b.meta = bytes(R"({"kind":"rating"})");
    b.suite = QStringLiteral("gm");
    b.keyHeader = bytes("JJRK\x01\x02");
    b.payload = bytes("p");
    return SubmissionBatch{{a, b}};
}

BatchResult sampleResult()
{
    RecordResult accepted{uuidA,
                          Outcome::Accepted,
                          QStringLiteral("NM-2026-000042"),
                          QStringLiteral("2026-11-28T09:30:00.123Z"),
                          QByteArray(64, '\x07'),
                          {}};
    RecordResult duplicate{uuidB,
                           Outcome::Duplicate,
                           QStringLiteral("NM-2026-000041"),
                           QStringLiteral("2026-11-27T09:30:00Z"),
                           QByteArray(71, '\x30'),
                           {}};
    RecordResult rejected{QStringLiteral("11111111-2222-4333-8444-555555555555"),
                          Outcome::Rejected,
                          {},
                          {},
                          {},
                          QStringLiteral("表单缺少必填项")};
    RecordResult duplicateRejected{QStringLiteral("11111111-2222-4333-8444-666666666666"),
                                   Outcome::Duplicate,
                                   {},
                                   {},
                                   {},
                                   QStringLiteral("does not open")};
    RecordResult retry{QStringLiteral("11111111-2222-4333-8444-777777777777"),
                       Outcome::Retry,
                       {},
                       {},
                       {},
                       QStringLiteral("附件 0 尚未上传完成")};
    return BatchResult{.results = {accepted, duplicate, rejected, duplicateRejected, retry},
                       .version = receiptsV1,
                       .signature = {}};
}

const QByteArray pemA =
    bytes("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n");

EnrollResponse sampleEnrollResponse()
{
    return EnrollResponse{QStringLiteral("kiosk-150525203000-01"),
                          bytes("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"),
                          bytes("-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n"),
                          QStringLiteral("150525203000-01"),
                          QStringLiteral("gm"),
                          pemA,
                          pemA};
}

Heartbeat sampleHeartbeat()
{
    return Heartbeat{QStringLiteral("0.1.0"),  QStringLiteral("2026.11.3"), 12, 3600, 20480,
                     QStringLiteral("timeout")};
}

// Every decoder's outcome reduced to (ok, error) so one table can drive them all.
struct Outcome2
{
    bool ok;
    Error error;
};

template <typename T> Outcome2 reduce(const Result<T> &r)
{
    return r.ok() ? Outcome2{true, {}} : Outcome2{false, r.error()};
}

using Decoder = std::function<Outcome2(QByteArrayView)>;
const Decoder batchDecoder = [](QByteArrayView j) { return reduce(decodeSubmissionBatch(j)); };
const Decoder resultDecoder = [](QByteArrayView j) { return reduce(decodeBatchResult(j)); };
const Decoder enrollReqDecoder = [](QByteArrayView j) { return reduce(decodeEnrollRequest(j)); };
const Decoder enrollRespDecoder = [](QByteArrayView j) { return reduce(decodeEnrollResponse(j)); };
const Decoder heartbeatDecoder = [](QByteArrayView j) { return reduce(decodeHeartbeat(j)); };
const Decoder uploadDecoder = [](QByteArrayView j) { return reduce(decodeUploadCreate(j)); };

// SHA-256 of "c", as the wire spells it.
constexpr char shaC[] = "2e7d2c03a9507ae265ecf5b5356885a53393a2029d241394997265a1a25aefc6";

// A valid record as JSON text with one field replaced (or removed when value is null).
QByteArray recordJson(const char *key = nullptr, const char *value = nullptr)
{
    QList<std::pair<QByteArray, QByteArray>> fields = {
        {"uuid", "\"0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21\""},
        {"meta", "\"{}\""},
        {"suite", "\"intl\""},
        {"key_header", "\"AAEC\""},
        {"payload", "\"AAEC\""},
        {"attachments", "[{\"sha256\":\"" + QByteArray(shaC) + "\",\"length\":1}]"},
    };
    QByteArray out = "{";
    bool first = true;
    for (auto &[k, v] : fields) {
        QByteArray val = v;
        if (key && k == key) {
            if (!value)
                continue;
            val = value;
        }
        out += (first ? "" : ",") + ('"' + k + "\":" + val);
        first = false;
    }
    return out + "}";
}

QByteArray batchJson(const char *key = nullptr, const char *value = nullptr)
{
    return "{\"records\":[" + recordJson(key, value) + "]}";
}

QByteArray resultJson(const QByteArray &fields)
{
    return R"({"results":[{"uuid":"0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21",)" + fields + "}]}";
}

constexpr char okSig[] =
    "\"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==\"";

} // namespace

TEST_CASE("wire: submission batch round trip", "[wire]")
{
    const SubmissionBatch batch = sampleBatch();
    const QByteArray json = encode(batch);
    auto decoded = decodeSubmissionBatch(json);
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == batch);
    CHECK(decoded.value().records[0].meta == batch.records[0].meta);
    CHECK(decoded.value().records[1].attachments.isEmpty());
}

TEST_CASE("wire: golden encodings", "[wire]")
{
    // Pins the field names and shapes PROTOCOL.md and the OpenAPI file describe.
    WireRecord r;
    r.uuid = uuidA;
    r.meta = bytes(R"({"v":1})");
    r.suite = QStringLiteral("intl");
    r.keyHeader = bytes("JJRK");
    r.payload = bytes("ab");
    r.attachments = {AttachmentRef::of("c")};
    CHECK(r.attachments.at(0).length == 1);
    CHECK(r.attachments.at(0).sha256.toHex() == shaC);
    CHECK(encode(SubmissionBatch{{r}}) ==
          bytes(R"({"records":[{"attachments":[{"length":1,"sha256":")") + shaC +
              bytes(R"("}],"key_header":"SkpSSw==",)"
                    R"("meta":"{\"v\":1}","payload":"YWI=","suite":"intl",)"
                    R"("uuid":"0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21"}]})"));
    // The outbox row's sealed attachments become the same references.
    const WireRecord fromSealed(uuidA, r.meta, r.suite, r.keyHeader, r.payload,
                                QList<QByteArray>{bytes("c")});
    CHECK(fromSealed == r);

    CHECK(encode(UploadCreate{1, QByteArray::fromHex(shaC)}) ==
          bytes(R"({"length":1,"sha256":")") + shaC + "\"}");
    CHECK(uploadPath(uuidA, 2) == "/v1/uploads/0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21/2");
    CHECK(encode(BatchResult{
              .results = {RecordResult{uuidA, Outcome::Retry, {}, {}, {}, QStringLiteral("r")}},
              .version = receiptsV1,
              .signature = {}}) ==
          bytes(R"({"results":[{"accepted_at":"","reason":"r","receipt":"",)"
                R"("signature":"","status":"retry",)"
                R"("uuid":"0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21"}]})"));

    RecordResult res{uuidA,
                     Outcome::Accepted,
                     QStringLiteral("R1"),
                     QStringLiteral("2026-11-28T09:30:00Z"),
                     bytes("s"),
                     {}};
    CHECK(encode(BatchResult{.results = {res}, .version = receiptsV1, .signature = {}}) ==
          bytes(R"({"results":[{"accepted_at":"2026-11-28T09:30:00Z","reason":"","receipt":"R1",)"
                R"("signature":"cw==","status":"accepted",)"
                R"("uuid":"0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21"}]})"));

    CHECK(encode(sampleHeartbeat()) ==
          bytes(R"({"disk_free_mb":20480,"last_error":"timeout","oldest_age_s":3600,)"
                R"("queue_depth":12,"versions":{"catalogue":"2026.11.3","kiosk":"0.1.0"}})"));

    CHECK(
        encode(EnrollRequest{QStringLiteral("tok"), bytes("-----BEGIN X-----\n"),
                             bytes("-----BEGIN Y-----\n")}) ==
        bytes(
            R"({"csr":"-----BEGIN X-----\n","signing_key":"-----BEGIN Y-----\n","token":"tok"})"));
}

TEST_CASE("wire: a batch without pictures is written as QJsonDocument would write it", "[wire]")
{
    // encode() writes such batches straight to bytes; the text must stay what the document
    // writer gave (keys sorted, compact, its escapes), for v1 bodies byte for byte.
    auto viaDocument = [](const SubmissionBatch &batch) {
        QJsonArray records;
        for (const WireRecord &r : batch.records)
            records.append(QJsonObject{
                {QStringLiteral("uuid"), r.uuid},
                {QStringLiteral("meta"), QString::fromUtf8(r.meta)},
                {QStringLiteral("suite"), r.suite},
                {QStringLiteral("key_header"), QString::fromLatin1(r.keyHeader.toBase64())},
                {QStringLiteral("payload"), QString::fromLatin1(r.payload.toBase64())},
                {QStringLiteral("attachments"), QJsonArray()},
            });
        QJsonObject body{{QStringLiteral("records"), records}};
        if (batch.version != receiptsV1)
            body.insert(QStringLiteral("v"), batch.version);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    QByteArray controls;
    for (int c = 1; c < 0x20; ++c)
        controls += char(c);
    const QList<QByteArray> metas = {
        bytes(R"({"item":"NM-001","point":"150525"})"),
        bytes(R"({"say":"a \"quoted\" \\ back\/slash"})"),
        controls + bytes("\x7f end"),
        QStringLiteral("失业登记 ᠮᠣᠩᠭᠣᠯ 😀").toUtf8(),
    };
    for (const int version : {receiptsV1, receiptsV2}) {
        SubmissionBatch batch;
        batch.version = version;
        int i = 0;
        for (const QByteArray &meta : metas) {
            WireRecord r;
            r.uuid = QStringLiteral("0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b%1")
                         .arg(i++, 2, 10, QLatin1Char('0'));
            r.meta = meta;
            r.suite = i % 2 ? QStringLiteral("intl") : QStringLiteral("gm");
            r.keyHeader = QByteArray(33 + i, char(0xf0 + i));
            r.payload = QByteArray(900 + i, char(i));
            batch.records.append(r);
        }
        INFO("version " << version);
        CHECK(encode(batch) == viaDocument(batch));
        auto back = decodeSubmissionBatch(encode(batch));
        REQUIRE(back.ok());
        CHECK(back.value() == batch);
    }
    // Metadata that is not sound UTF-8 takes the document's way (it replaces what it cannot read).
    SubmissionBatch odd;
    WireRecord r;
    r.uuid = uuidA;
    r.meta = bytes("{\"bad\":\"\xff\xfe\"}");
    r.suite = QStringLiteral("intl");
    r.keyHeader = bytes("k");
    r.payload = bytes("p");
    odd.records.append(r);
    CHECK(encode(odd) == viaDocument(odd));
}

TEST_CASE("wire: a batch's answer is written as QJsonDocument would write it", "[wire]")
{
    // encode(BatchResult) writes answers straight to bytes; the text must stay what the document
    // writer gave (keys sorted, compact, its escapes): v1 answers byte for byte as before, and
    // the kiosk checks the v2 signature over what it decodes.
    auto viaDocument = [](const BatchResult &result) {
        const bool v1 = result.version == receiptsV1;
        QJsonArray results;
        for (const RecordResult &r : result.results) {
            static const char *const names[] = {"accepted", "duplicate", "rejected", "retry"};
            QJsonObject o{
                {QStringLiteral("uuid"), r.uuid},
                {QStringLiteral("status"), QLatin1String(names[int(r.status)])},
                {QStringLiteral("receipt"), r.receipt},
                {QStringLiteral("accepted_at"), r.acceptedAt},
                {QStringLiteral("reason"), r.reason},
            };
            if (v1)
                o.insert(QStringLiteral("signature"), QString::fromLatin1(r.signature.toBase64()));
            results.append(o);
        }
        QJsonObject body{{QStringLiteral("results"), results}};
        if (!v1) {
            body.insert(QStringLiteral("v"), result.version);
            body.insert(QStringLiteral("signature"),
                        QString::fromLatin1(result.signature.toBase64()));
        }
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    REQUIRE(int(Outcome::Accepted) == 0);
    REQUIRE(int(Outcome::Retry) == 3);
    QString controls;
    for (int c = 1; c < 0x20; ++c)
        controls += QChar(c);
    const QStringList reasons = {
        QString(),
        QStringLiteral("字段 name 不符合表单：a \"quoted\" \\ back/slash"),
        controls + QStringLiteral("\x7f end"),
        QStringLiteral("失业登记 ᠮᠣᠩᠭᠣᠯ 😀 \u2028"),
    };
    for (const int version : {receiptsV1, receiptsV2}) {
        BatchResult result = sampleResult();
        result.version = version;
        if (version != receiptsV1) {
            result.signature = QByteArray(64, '\x5a');
            for (RecordResult &r : result.results)
                r.signature.clear();
        }
        for (const QString &reason : reasons)
            result.results.append(
                RecordResult{QStringLiteral("0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b%1")
                                 .arg(result.results.size(), 2, 10, QLatin1Char('0')),
                             Outcome::Rejected,
                             {},
                             {},
                             {},
                             reason.isEmpty() ? QStringLiteral("x") : reason});
        INFO("version " << version);
        CHECK(encode(result) == viaDocument(result));
        auto back = decodeBatchResult(encode(result));
        REQUIRE(back.ok());
        CHECK(back.value() == result);
    }
    BatchResult empty;
    CHECK(encode(empty) == viaDocument(empty));
    empty.version = receiptsV2;
    CHECK(encode(empty) == viaDocument(empty));
    // A reason holding a lone surrogate (a form field named "\ud800" in the payload) takes the
    // document's way, which escapes it.
    BatchResult odd = sampleResult();
    odd.results[2].reason = QStringLiteral("表单中没有字段 ") + QChar(0xd800);
    CHECK(encode(odd) == viaDocument(odd));
    CHECK(encode(odd).contains("\\ud800"));
}

TEST_CASE("wire: canonical base64 is judged on the text as re-encoding would", "[wire]")
{
    // The old verdict: decodes without error and encodes back to the very same text.
    auto byEncoding = [](const QString &text) {
        const QByteArray latin = text.toLatin1();
        auto d = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
        return bool(d) && d.decoded.toBase64() == latin && QString::fromLatin1(latin) == text;
    };
    QRandomGenerator rng(20); // fixed: the cases are the same every run
    const QString alphabet = QStringLiteral(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n.\u00e9\u4e2d");
    int canonical = 0, refused = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray raw(int(rng.bounded(12)), Qt::Uninitialized);
        for (char &c : raw)
            c = char(rng.bounded(256));
        QString text = QString::fromLatin1(raw.toBase64());
        // Most rounds change one or two characters; some keep the encoding as it is.
        for (int edits = int(rng.bounded(3)); edits > 0 && !text.isEmpty(); --edits) {
            const int at = int(rng.bounded(text.size() + 1));
            const QChar c = alphabet.at(int(rng.bounded(alphabet.size())));
            switch (rng.bounded(3)) {
            case 0:
                text.insert(at, c);
                break;
            case 1:
                if (at < text.size())
                    text[at] = c;
                break;
            default:
                if (at < text.size())
                    text.remove(at, 1);
            }
        }
        INFO(text.toStdString());
        const bool expected = byEncoding(text);
        const auto decoded = json::canonicalBase64(text);
        REQUIRE(decoded.has_value() == expected);
        if (expected)
            CHECK(decoded.value() == QByteArray::fromBase64(text.toLatin1()));
        (expected ? canonical : refused) += 1;
    }
    CHECK(canonical > 500);
    CHECK(refused > 500);
    for (const char *text : {"", "AA==", "AAA=", "AAAA", "AB==", "AAB=", "A===", "====", "AA=A",
                             "AA", "AAAAA", "AA==AA==", " AA=", "-_8=", "/+8="})
        CHECK(json::canonicalBase64(QString::fromLatin1(text)).has_value() ==
              byEncoding(QString::fromLatin1(text)));
    // The field reader says the same and bounds the decoded size as before.
    CHECK(json::base64Value(QStringLiteral("AAAA"), QStringLiteral("f"), 3, json::Empty::Refused)
              .ok());
    CHECK_FALSE(
        json::base64Value(QStringLiteral("AAAA"), QStringLiteral("f"), 2, json::Empty::Refused)
            .ok());
    CHECK(json::base64Value(QStringLiteral("AA=="), QStringLiteral("f"), 1, json::Empty::Refused)
              .value() == QByteArray(1, '\0'));
    CHECK_FALSE(
        json::base64Value(QStringLiteral("AB=="), QStringLiteral("f"), 9, json::Empty::Refused)
            .ok());
}

TEST_CASE("wire: batch result, enrollment and heartbeat round trips", "[wire]")
{
    const BatchResult result = sampleResult();
    auto r = decodeBatchResult(encode(result));
    REQUIRE(r.ok());
    CHECK(r.value() == result);
    CHECK(r.value().results[2].reason == QStringLiteral("表单缺少必填项"));

    auto empty = decodeBatchResult(encode(BatchResult{}));
    REQUIRE(empty.ok());
    CHECK(empty.value().results.isEmpty());

    const EnrollRequest request{QStringLiteral("tok-123"),
                                bytes("-----BEGIN CERTIFICATE REQUEST-----\r\nMIIB\r\n-----END "
                                      "CERTIFICATE REQUEST-----\r\n"),
                                pemA};
    auto req = decodeEnrollRequest(encode(request));
    REQUIRE(req.ok());
    CHECK(req.value() == request);

    const EnrollResponse response = sampleEnrollResponse();
    auto resp = decodeEnrollResponse(encode(response));
    REQUIRE(resp.ok());
    CHECK(resp.value() == response);

    const Heartbeat heartbeat = sampleHeartbeat();
    auto hb = decodeHeartbeat(encode(heartbeat));
    REQUIRE(hb.ok());
    CHECK(hb.value() == heartbeat);

    Heartbeat fresh{QStringLiteral("0.1.0"), {}, 0, 0, 9007199254740992LL, {}};
    auto hb2 = decodeHeartbeat(encode(fresh));
    REQUIRE(hb2.ok());
    CHECK(hb2.value() == fresh);
}

TEST_CASE("wire: unknown keys are ignored", "[wire]")
{
    auto r = decodeHeartbeat(
        R"({"versions":{"kiosk":"1","catalogue":"","x":1},"queue_depth":0,"oldest_age_s":0,)"
        R"("disk_free_mb":1,"last_error":"","future":[1,2]})");
    CHECK(r.ok());
}

TEST_CASE("wire: decoders refuse malformed input", "[wire]")
{
    struct Bad
    {
        const char *what;
        const Decoder *decoder;
        QByteArray json;
        const char *field; // the error message starts with it
    };
    const QByteArray bigRecords = [] {
        QByteArray out = "{\"records\":[";
        for (int i = 0; i < 101; ++i) {
            const QByteArray uuid = QStringLiteral("00000000-0000-4000-8000-%1")
                                        .arg(i, 12, 10, QLatin1Char('0'))
                                        .toLatin1();
            out += (i ? "," : "") + recordJson("uuid", ("\"" + uuid + "\"").constData());
        }
        return out + "]}";
    }();
    const QByteArray twice = "{\"records\":[" + recordJson() + "," + recordJson() + "]}";
    const QByteArray hbOk = R"("queue_depth":1,"oldest_age_s":2,"disk_free_mb":3,"last_error":"")";

    const QList<Bad> table = {
        {"not JSON", &batchDecoder, "{\"records\":[", "body"},
        {"empty body", &batchDecoder, "", "body"},
        {"deeply nested", &batchDecoder, "{\"records\":" + QByteArray(100000, '['), "body"},
        {"array at top", &batchDecoder, "[]", "body"},
        {"trailing garbage", &batchDecoder, batchJson() + "x", "body"},
        {"records missing", &batchDecoder, "{}", "records"},
        {"records not array", &batchDecoder, R"({"records":{}})", "records"},
        {"records empty", &batchDecoder, R"({"records":[]})", "records"},
        {"101 records", &batchDecoder, bigRecords, "records"},
        {"record not object", &batchDecoder, R"({"records":[1]})", "records[0]"},
        {"uuid missing", &batchDecoder, batchJson("uuid"), "records[0].uuid"},
        {"uuid number", &batchDecoder, batchJson("uuid", "5"), "records[0].uuid"},
        {"uuid upper case", &batchDecoder,
         batchJson("uuid", "\"0B6F3C52-8F2E-4C8E-9A57-3D1F0E6A9B21\""), "records[0].uuid"},
        {"uuid braces", &batchDecoder,
         batchJson("uuid", "\"{0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21}\""), "records[0].uuid"},
        {"uuid repeated", &batchDecoder, twice, "records[1].uuid"},
        {"meta missing", &batchDecoder, batchJson("meta"), "records[0].meta"},
        {"meta object", &batchDecoder, batchJson("meta", "{}"), "records[0].meta"},
        {"meta empty", &batchDecoder, batchJson("meta", "\"\""), "records[0].meta"},
        {"suite unknown", &batchDecoder, batchJson("suite", "\"GM\""), "records[0].suite"},
        {"key_header bad base64", &batchDecoder, batchJson("key_header", "\"AA!C\""),
         "records[0].key_header"},
        {"key_header unpadded", &batchDecoder, batchJson("key_header", "\"AA\""),
         "records[0].key_header"},
        {"key_header non-canonical bits", &batchDecoder, batchJson("key_header", "\"AB==\""),
         "records[0].key_header"},
        {"key_header with newline", &batchDecoder, batchJson("key_header", "\"AA\\nEC\""),
         "records[0].key_header"},
        {"key_header too long", &batchDecoder,
         batchJson("key_header", ('"' + QByteArray(2000, 'A') + '"').constData()),
         "records[0].key_header"},
        {"payload null", &batchDecoder, batchJson("payload", "null"), "records[0].payload"},
        {"payload empty", &batchDecoder, batchJson("payload", "\"\""), "records[0].payload"},
        {"attachments not array", &batchDecoder, batchJson("attachments", "\"AA==\""),
         "records[0].attachments"},
        {"attachment inline (v1 before uploads)", &batchDecoder,
         batchJson("attachments", "[\"AA==\"]"), "records[0].attachments[0]"},
        {"attachment sha256 upper case", &batchDecoder,
         batchJson(
             "attachments",
             ("[{\"length\":1,\"sha256\":\"" + QByteArray(shaC).toUpper() + "\"}]").constData()),
         "records[0].attachments[0].sha256"},
        {"attachment sha256 short", &batchDecoder,
         batchJson("attachments", "[{\"length\":1,\"sha256\":\"2e7d\"}]"),
         "records[0].attachments[0].sha256"},
        {"attachment sha256 missing", &batchDecoder, batchJson("attachments", "[{\"length\":1}]"),
         "records[0].attachments[0].sha256"},
        {"attachment length 0", &batchDecoder,
         batchJson("attachments",
                   ("[{\"length\":0,\"sha256\":\"" + QByteArray(shaC) + "\"}]").constData()),
         "records[0].attachments[0].length"},
        {"attachment length over 16 MiB", &batchDecoder,
         batchJson("attachments",
                   ("[{\"length\":16777217,\"sha256\":\"" + QByteArray(shaC) + "\"}]").constData()),
         "records[0].attachments[0].length"},
        {"65 attachments", &batchDecoder,
         batchJson("attachments", ("[" +
                                   [] {
                                       QByteArrayList refs;
                                       for (int i = 0; i < 65; ++i)
                                           refs.append("{\"length\":1,\"sha256\":\"" +
                                                       QByteArray(shaC) + "\"}");
                                       return refs.join(',');
                                   }() +
                                   "]")
                                      .constData()),
         "records[0].attachments"},

        {"upload length missing", &uploadDecoder, "{\"sha256\":\"" + QByteArray(shaC) + "\"}",
         "length"},
        {"upload length fraction", &uploadDecoder,
         "{\"length\":1.5,\"sha256\":\"" + QByteArray(shaC) + "\"}", "length"},
        {"upload length over 16 MiB", &uploadDecoder,
         "{\"length\":16777217,\"sha256\":\"" + QByteArray(shaC) + "\"}", "length"},
        {"upload sha256 not hex", &uploadDecoder,
         "{\"length\":1,\"sha256\":\"" + QByteArray(64, 'g') + "\"}", "sha256"},
        {"upload not an object", &uploadDecoder, "[1]", "body"},
        {"body over 1 MB", &batchDecoder,
         batchJson("payload", ('"' + QByteArray(maxBodyBytes, 'A') + '"').constData()), "body"},

        {"results missing", &resultDecoder, "{}", "results"},
        {"status unknown", &resultDecoder, resultJson(R"("status":"ok","reason":"x")"),
         "results[0].status"},
        {"status missing", &resultDecoder, resultJson(R"("reason":"x")"), "results[0].status"},
        {"accepted without signature", &resultDecoder,
         resultJson(R"("status":"accepted","receipt":"R","accepted_at":"2026-11-28T09:30:00Z")"),
         "results[0]"},
        {"accepted with local time", &resultDecoder,
         resultJson(
             QByteArray(
                 R"("status":"accepted","receipt":"R","accepted_at":"2026-11-28T09:30:00+08:00","signature":)") +
             okSig),
         "results[0].accepted_at"},
        {"rejected without reason", &resultDecoder, resultJson(R"("status":"rejected")"),
         "results[0].reason"},
        {"retry without reason", &resultDecoder, resultJson(R"("status":"retry")"),
         "results[0].reason"},
        {"retry with a receipt", &resultDecoder,
         resultJson(R"("status":"retry","receipt":"R","reason":"x")"), "results[0]"},
        {"duplicate with nothing", &resultDecoder, resultJson(R"("status":"duplicate")"),
         "results[0]"},
        {"duplicate with half a receipt", &resultDecoder,
         resultJson(R"("status":"duplicate","receipt":"R","reason":"x")"), "results[0]"},
        {"signature bad base64", &resultDecoder,
         resultJson(
             R"("status":"accepted","receipt":"R","accepted_at":"2026-11-28T09:30:00Z","signature":"***")"),
         "results[0].signature"},
        {"reason number", &resultDecoder, resultJson(R"("status":"rejected","reason":1)"),
         "results[0].reason"},

        {"token missing", &enrollReqDecoder,
         R"({"csr":"-----BEGIN A","signing_key":"-----BEGIN B"})", "token"},
        {"token empty", &enrollReqDecoder,
         R"({"token":"","csr":"-----BEGIN A","signing_key":"-----BEGIN B"})", "token"},
        {"csr not PEM", &enrollReqDecoder,
         R"({"token":"t","csr":"MIIB","signing_key":"-----BEGIN B"})", "csr"},
        {"signing_key non-ASCII", &enrollReqDecoder,
         R"({"token":"t","csr":"-----BEGIN A","signing_key":"-----BEGIN 钥"})", "signing_key"},
        {"csr too long", &enrollReqDecoder,
         R"({"token":"t","signing_key":"-----BEGIN B","csr":"-----BEGIN )" +
             QByteArray(20000, 'A') + "\"}",
         "csr"},

        {"device_id with space", &enrollRespDecoder,
         encode(sampleEnrollResponse()).replace("kiosk-150525203000-01", "kiosk 1"), "device_id"},
        {"point malformed", &enrollRespDecoder,
         encode(sampleEnrollResponse()).replace("\"150525203000-01\"", "\"150525-01\""), "point"},
        {"suite unknown", &enrollRespDecoder,
         encode(sampleEnrollResponse()).replace("\"gm\"", "\"sm\""), "suite"},
        {"ca missing", &enrollRespDecoder,
         encode(sampleEnrollResponse()).replace("\"ca\"", "\"cb\""), "ca"},

        {"versions missing", &heartbeatDecoder, "{" + hbOk + "}", "versions"},
        {"versions.kiosk missing", &heartbeatDecoder,
         R"({"versions":{"catalogue":""},)" + hbOk + "}", "versions.kiosk"},
        {"queue_depth negative", &heartbeatDecoder,
         R"({"versions":{"kiosk":"1","catalogue":""},"queue_depth":-1,"oldest_age_s":2,"disk_free_mb":3,"last_error":""})",
         "queue_depth"},
        {"oldest_age_s fraction", &heartbeatDecoder,
         R"({"versions":{"kiosk":"1","catalogue":""},"queue_depth":1,"oldest_age_s":2.5,"disk_free_mb":3,"last_error":""})",
         "oldest_age_s"},
        {"disk_free_mb string", &heartbeatDecoder,
         R"({"versions":{"kiosk":"1","catalogue":""},"queue_depth":1,"oldest_age_s":2,"disk_free_mb":"3","last_error":""})",
         "disk_free_mb"},
        {"disk_free_mb huge", &heartbeatDecoder,
         R"({"versions":{"kiosk":"1","catalogue":""},"queue_depth":1,"oldest_age_s":2,"disk_free_mb":1e300,"last_error":""})",
         "disk_free_mb"},
        {"last_error null", &heartbeatDecoder,
         R"({"versions":{"kiosk":"1","catalogue":""},"queue_depth":1,"oldest_age_s":2,"disk_free_mb":3,"last_error":null})",
         "last_error"},
    };
    REQUIRE(table.size() >= 25);

    // The unmodified templates decode, so each row fails for its own reason.
    REQUIRE(decodeSubmissionBatch(batchJson()).ok());
    REQUIRE(
        decodeUploadCreate("{\"length\":16777216,\"sha256\":\"" + QByteArray(shaC) + "\"}").ok());
    REQUIRE(decodeBatchResult(resultJson(R"("status":"retry","reason":"x")")).ok());
    REQUIRE(decodeEnrollResponse(encode(sampleEnrollResponse())).ok());
    REQUIRE(
        decodeBatchResult(
            resultJson(
                QByteArray(
                    R"("status":"accepted","receipt":"R","accepted_at":"2026-11-28T09:30:00Z","signature":)") +
                okSig))
            .ok());

    for (const Bad &bad : table) {
        INFO(bad.what);
        const Outcome2 out = (*bad.decoder)(bad.json);
        REQUIRE_FALSE(out.ok);
        CHECK(out.error.code == Error::Invalid);
        INFO(out.error.message.toStdString());
        CHECK(out.error.message.startsWith(QLatin1String(bad.field) + QLatin1String(": ")));
    }
}

TEST_CASE("wire: error messages never echo the values", "[wire]")
{
    auto r = decodeEnrollRequest(
        R"({"token":"150525198002290018","csr":"150525198002290018","signing_key":"-----BEGIN B"})");
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(r.error().message.contains(QLatin1String("150525198002290018")));
}

TEST_CASE("wire: truncated and mutated bodies never crash", "[wire]")
{
    // Stands in for the fuzzer in CI: every prefix, and seeded single-byte mutations.
    const QList<QByteArray> seeds = {encode(sampleBatch()), encode(sampleResult()),
                                     encode(sampleEnrollResponse()), encode(sampleHeartbeat())};
    const QList<const Decoder *> decoders = {&batchDecoder, &resultDecoder, &enrollRespDecoder,
                                             &heartbeatDecoder};
    QRandomGenerator rng(20261128);
    for (qsizetype s = 0; s < seeds.size(); ++s) {
        const QByteArray &seed = seeds[s];
        for (qsizetype n = 0; n < seed.size(); n += 7) {
            const Outcome2 out = (*decoders[s])(QByteArrayView(seed).first(n));
            CHECK_FALSE(out.ok); // no proper prefix of an object is a JSON object
        }
        for (int i = 0; i < 300; ++i) {
            QByteArray m = seed;
            m[rng.bounded(int(m.size()))] = char(rng.bounded(256));
            for (const Decoder *d : decoders) {
                const Outcome2 out = (*d)(m);
                if (!out.ok)
                    REQUIRE(out.error.code == Error::Invalid);
            }
        }
    }
}

TEST_CASE("wire: receipt signing input", "[wire]")
{
    CHECK(receiptSigningInput(QStringLiteral("dev-1"), uuidA, QStringLiteral("NM-1"),
                              QStringLiteral("2026-11-28T09:30:00Z")) ==
          bytes("jiujin-receipt-v1\ndev-1\n0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21\nNM-1\n"
                "2026-11-28T09:30:00Z"));
}

TEST_CASE("wire: v2 batches and answers (one receipt signature per batch)", "[wire]")
{
    // The request names the newest answer it understands; v1 bodies stay without "v".
    SubmissionBatch batch = sampleBatch();
    CHECK_FALSE(encode(batch).contains("\"v\""));
    batch.version = receiptsV2;
    CHECK(encode(batch).endsWith(R"(],"v":2})"));
    auto decoded = decodeSubmissionBatch(encode(batch));
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == batch);
    batch.version = 9; // a newer sender is answered in the newest version this side speaks
    CHECK(decodeSubmissionBatch(encode(batch)).value().version == receiptsV2);
    for (const char *v : {"0", "-1", "1.5", "\"2\"", "null"}) {
        INFO(v);
        const QByteArray body = "{\"records\":[" + recordJson() + "],\"v\":" + v + "}";
        CHECK_FALSE(decodeSubmissionBatch(body).ok());
    }

    // v2 batches may hold 500 records, v1 batches 100.
    auto records = [](int n) {
        QByteArray list;
        for (int i = 0; i < n; ++i) {
            QByteArray one = recordJson();
            one.replace("0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21",
                        QStringLiteral("0b6f3c52-8f2e-4c8e-9a57-%1")
                            .arg(i, 12, 10, QLatin1Char('0'))
                            .toLatin1());
            list += (i ? "," : "") + one;
        }
        return list;
    };
    CHECK_FALSE(decodeSubmissionBatch("{\"records\":[" + records(101) + "]}").ok());
    CHECK(decodeSubmissionBatch("{\"records\":[" + records(101) + "],\"v\":2}").ok());
    CHECK(decodeSubmissionBatch("{\"records\":[" + records(500) + "],\"v\":2}").ok());
    CHECK_FALSE(decodeSubmissionBatch("{\"records\":[" + records(501) + "],\"v\":2}").ok());

    // The answer: no signature per result, one for the batch.
    BatchResult v2 = sampleResult();
    for (RecordResult &r : v2.results)
        r.signature.clear();
    v2.version = receiptsV2;
    v2.signature = QByteArray(64, '\x05');
    const QByteArray json = encode(v2);
    CHECK_FALSE(json.contains(R"("signature":"")"));
    auto back = decodeBatchResult(json);
    REQUIRE(back.ok());
    CHECK(back.value() == v2);
    CHECK(encode(BatchResult{{RecordResult{uuidA, Outcome::Retry, {}, {}, {}, QStringLiteral("r")}},
                             receiptsV2,
                             bytes("s")}) ==
          bytes(R"({"results":[{"accepted_at":"","reason":"r","receipt":"","status":"retry",)"
                R"("uuid":"0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21"}],"signature":"cw==","v":2})"));

    // A v2 answer without its signature, or with a signature per result, is refused; a v1
    // answer with a batch signature too (it would be believed by nobody).
    BatchResult unsigned2 = v2;
    unsigned2.signature.clear();
    CHECK_FALSE(decodeBatchResult(encode(unsigned2)).ok());
    QJsonObject withOwn = QJsonDocument::fromJson(json).object();
    QJsonArray results = withOwn.value(QLatin1String("results")).toArray();
    QJsonObject firstResult = results.at(0).toObject();
    firstResult.insert(QStringLiteral("signature"), QStringLiteral("cw=="));
    results[0] = firstResult;
    withOwn.insert(QStringLiteral("results"), results);
    CHECK_FALSE(decodeBatchResult(QJsonDocument(withOwn).toJson()).ok());
    QJsonObject v1WithBatch = QJsonDocument::fromJson(encode(sampleResult())).object();
    v1WithBatch.insert(QStringLiteral("signature"), QStringLiteral("cw=="));
    CHECK_FALSE(decodeBatchResult(QJsonDocument(v1WithBatch).toJson()).ok());
}

TEST_CASE("wire: v2 receipts signing input", "[wire]")
{
    const QList<RecordResult> results = sampleResult().results;
    // Only the results carrying a receipt (accepted, duplicate of an acceptance), in order.
    CHECK(batchReceiptsSigningInput(QStringLiteral("dev-1"), results) ==
          bytes("jiujin-receipts-v2\ndev-1\n2\n"
                "0b6f3c52-8f2e-4c8e-9a57-3d1f0e6a9b21\nNM-2026-000042\n2026-11-28T09:30:00.123Z\n"
                "7d2c9e14-1a3b-4f5d-8e6f-a0b1c2d3e4f5\nNM-2026-000041\n2026-11-27T09:30:00Z"));
    CHECK(batchReceiptsSigningInput(QStringLiteral("dev-1"), {}) ==
          bytes("jiujin-receipts-v2\ndev-1\n0"));
}

TEST_CASE("wire: gzip round trip and bounds", "[wire]")
{
    QByteArray body = encode(sampleBatch());
    const QByteArray packed = gzip(body);
    REQUIRE(packed.size() > 18);
    CHECK(packed.startsWith("\x1f\x8b")); // a gzip member, not zlib or raw deflate
    auto back = gunzip(packed, body.size());
    REQUIRE(back.ok());
    CHECK(back.value() == body);

    SECTION("empty body")
    {
        auto e = gunzip(gzip({}), 0);
        REQUIRE(e.ok());
        CHECK(e.value().isEmpty());
    }
    SECTION("one byte over the bound")
    {
        auto r = gunzip(packed, body.size() - 1);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Full);
    }
    SECTION("a bomb stops at the bound")
    {
        // gzip() works at level 1 (the kiosk's bodies): 64 MiB of zeros give ~76 KB, still a
        // body that inflates over two hundred times.
        const QByteArray bomb = gzip(QByteArray(64 * 1024 * 1024, '\0'));
        REQUIRE(bomb.size() < 512 * 1024);
        auto r = gunzip(bomb, maxBatchBytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Full);
    }
    SECTION("broken members")
    {
        for (const QByteArray &bad :
             {QByteArray(), QByteArray("not gzip at all"), packed.left(packed.size() - 4),
              packed.left(10), packed + "x", packed + packed, body /* plain JSON sent as gzip */}) {
            auto r = gunzip(bad, maxBatchBytes);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == Error::Invalid);
        }
        QByteArray flipped = packed;
        flipped[packed.size() - 6] = char(flipped[packed.size() - 6] ^ 0x01); // CRC32
        auto r = gunzip(flipped, maxBatchBytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Invalid);
    }
}

TEST_CASE("requestsigning: content digest and canonical string", "[wire]")
{
    CHECK(contentDigest({}) == bytes("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:"));
    CHECK(contentDigest("abc") == bytes("sha-256=:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=:"));

    SignedHeaders h{bytes("kiosk-150525203000-01"), bytes("1795858200"),
                    bytes("AAECAwQFBgcICQoLDA0ODw"), contentDigest("abc"), bytes("ignored")};
    CHECK(canonicalString("post", "/v1/submissions?x=1", h) ==
          bytes("jiujin-v1\nPOST\n/v1/submissions?x=1\nkiosk-150525203000-01\n1795858200\n"
                "AAECAwQFBgcICQoLDA0ODw\nsha-256=:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=:"));
    CHECK(refusalName(Refusal::Stale) == "stale");
    CHECK(refusalName(Refusal::Device) == "device");
}

TEST_CASE("requestsigning: round trip and every refusal", "[wire]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    INFO(suiteName(suite).toStdString());
    auto key = Key::generateSigning(suite);
    REQUIRE(key.ok());
    auto pub = Key::fromPem(key.value().publicPem());
    REQUIRE(pub.ok());
    REQUIRE_FALSE(pub.value().hasPrivate());

    const qint64 now = 1795858200; // 2026-11-28, fixed
    const QByteArray body = gzip(encode(sampleBatch()));
    const QString device = QStringLiteral("kiosk-150525203000-01");
    auto signedH = signRequest(key.value(), device, "POST", "/v1/submissions", body, now);
    REQUIRE(signedH.ok());
    const SignedHeaders h = signedH.value();

    CHECK(h.device == device.toUtf8());
    CHECK(h.created == "1795858200");
    CHECK(h.nonce.size() == 22);
    CHECK(h.contentDigest == contentDigest(body));
    // The lines every caller sends, named as PROTOCOL.md names them.
    CHECK(h.lines() == QList<QByteArray>{"X-JJ-Device: " + device.toUtf8(),
                                         "X-JJ-Created: 1795858200", "X-JJ-Nonce: " + h.nonce,
                                         "Content-Digest: " + contentDigest(body),
                                         "X-JJ-Signature: " + h.signature});
    CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, h, now) == Refusal::None);
    // The private key verifies too, and the clock may be off by exactly 300 s either way.
    CHECK(checkRequest(key.value(), "POST", "/v1/submissions", body, h, now + 300) ==
          Refusal::None);
    CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, h, now - 300) ==
          Refusal::None);

    if (suite == Suite::Gm) {
        // The signature uses the standard SM2 ID, so another implementation can check it.
        auto sig = QByteArray::fromBase64(h.signature);
        const QByteArray canonical = canonicalString("POST", "/v1/submissions", h);
        CHECK(verifySm2(pub.value(), canonical, sig, sm2DefaultId));
        CHECK_FALSE(verifySm2(pub.value(), canonical, sig, "ALICE123@YAHOO.COM"));
    }

    auto again = signRequest(key.value(), device, "POST", "/v1/submissions", body, now);
    REQUIRE(again.ok());
    CHECK(again.value().nonce != h.nonce);

    SECTION("stale")
    {
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, h, now + 301) ==
              Refusal::Stale);
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, h, now - 301) ==
              Refusal::Stale);
    }
    SECTION("digest of another body")
    {
        const QByteArray other = gzip("{\"records\":[]}");
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", other, h, now) ==
              Refusal::Signature);
        SignedHeaders forged = h; // digest recomputed for the other body: signature no longer fits
        forged.contentDigest = contentDigest(other);
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", other, forged, now) ==
              Refusal::Signature);
    }
    SECTION("flipped signature")
    {
        QByteArray sig = QByteArray::fromBase64(h.signature);
        sig[10] = char(sig[10] ^ 0x01);
        SignedHeaders forged = h;
        forged.signature = sig.toBase64();
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, forged, now) ==
              Refusal::Signature);
        forged.signature = "not base64!";
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, forged, now) ==
              Refusal::Signature);
        forged.signature.clear();
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, forged, now) ==
              Refusal::Signature);
    }
    SECTION("wrong key")
    {
        auto other = Key::generateSigning(suite);
        REQUIRE(other.ok());
        CHECK(checkRequest(other.value(), "POST", "/v1/submissions", body, h, now) ==
              Refusal::Signature);
        auto otherSuite = Key::generateSigning(suite == Suite::Intl ? Suite::Gm : Suite::Intl);
        REQUIRE(otherSuite.ok());
        CHECK(checkRequest(otherSuite.value(), "POST", "/v1/submissions", body, h, now) ==
              Refusal::Signature);
        auto sealing = Key::generate(Suite::Intl); // X25519 cannot sign
        REQUIRE(sealing.ok());
        CHECK(checkRequest(sealing.value(), "POST", "/v1/submissions", body, h, now) ==
              Refusal::Signature);
    }
    SECTION("changed path, method, device, nonce, created")
    {
        CHECK(checkRequest(pub.value(), "POST", "/v1/heartbeat", body, h, now) ==
              Refusal::Signature);
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions?a=1", body, h, now) ==
              Refusal::Signature);
        CHECK(checkRequest(pub.value(), "PUT", "/v1/submissions", body, h, now) ==
              Refusal::Signature);
        // Method case does not matter: it is upper-cased into the canonical string.
        CHECK(checkRequest(pub.value(), "post", "/v1/submissions", body, h, now) == Refusal::None);

        SignedHeaders forged = h;
        forged.device = "kiosk-150525203000-02";
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, forged, now) ==
              Refusal::Signature);
        forged.device.clear();
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, forged, now) ==
              Refusal::Device);

        forged = h;
        forged.nonce = again.value().nonce;
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, forged, now) ==
              Refusal::Signature);
        forged.nonce = h.nonce + "AA"; // 18 bytes
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, forged, now) ==
              Refusal::Signature);

        forged = h;
        forged.created = QByteArray::number(now + 1);
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, forged, now) ==
              Refusal::Signature);
        for (const char *bad : {"", "0x6b0b", "+1795858200", "01795858200", "1795858200.0",
                                "99999999999999999999999"}) {
            forged.created = bad;
            CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, forged, now) ==
                  Refusal::Signature);
        }
    }
    SECTION("a newline cannot move a field boundary")
    {
        // device "a\nb" + path "p" would give the same canonical text as device "b", path "p\na".
        SignedHeaders forged = h;
        forged.device = "kiosk\n1";
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions", body, forged, now) ==
              Refusal::Device);
        CHECK(checkRequest(pub.value(), "POST", "/v1/submissions\nx", body, h, now) ==
              Refusal::Signature);
    }
}

TEST_CASE("requestsigning: signRequest refuses keys and ids it cannot use", "[wire]")
{
    auto sealing = Key::generate(Suite::Intl);
    REQUIRE(sealing.ok());
    auto r = signRequest(sealing.value(), QStringLiteral("dev"), "POST", "/", {}, 1);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Invalid);

    auto key = Key::generateSigning(Suite::Intl);
    REQUIRE(key.ok());
    auto pub = Key::fromPem(key.value().publicPem());
    REQUIRE(pub.ok());
    CHECK_FALSE(signRequest(pub.value(), QStringLiteral("dev"), "POST", "/", {}, 1).ok());
    for (const QString &id :
         {QString(), QStringLiteral("a b"), QStringLiteral("a\nb"), QStringLiteral("设备")}) {
        auto bad = signRequest(key.value(), id, "POST", "/", {}, 1);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().code == Error::Invalid);
    }
    // No body: the digest is of the empty string, and it verifies.
    auto ok = signRequest(key.value(), QStringLiteral("dev"), "GET", "/v1/x", {}, 1000);
    REQUIRE(ok.ok());
    CHECK(ok.value().contentDigest == contentDigest(""));
    CHECK(checkRequest(key.value(), "GET", "/v1/x", {}, ok.value(), 1000) == Refusal::None);
}

TEST_CASE("wire: upload create round trip and attachment references", "[wire]")
{
    const QByteArray sealed(700 * 1024, '\x5a');
    const AttachmentRef ref = AttachmentRef::of(sealed);
    CHECK(ref.length == sealed.size());
    CHECK(ref.sha256.size() == 32);
    CHECK(ref != AttachmentRef::of(sealed.left(sealed.size() - 1)));
    const UploadCreate create{ref.length, ref.sha256};
    auto decoded = decodeUploadCreate(encode(create));
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == create);
    // The largest upload there may be, and the record naming it, decode.
    CHECK(decodeUploadCreate(encode(UploadCreate{maxUploadLength, ref.sha256})).ok());
    WireRecord r = sampleBatch().records.first();
    r.attachments = {AttachmentRef{ref.sha256, maxUploadLength}};
    CHECK(decodeSubmissionBatch(encode(SubmissionBatch{{r}})).value() == SubmissionBatch{{r}});
}
