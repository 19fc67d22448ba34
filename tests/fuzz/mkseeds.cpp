// jiujin-fuzz-mkseeds CORPUS_DIR: writes the binary seeds of the wire, gunzip and record_opener
// targets from the real encoders and sealer (the text seeds are committed as written).
#include "envelope.h"
#include "fuzzkeys.h"
#include "wire.h"

#include <QDir>
#include <QFile>

#include <cstdio>

using namespace jiujin;
using namespace jiujin::protocol;

namespace {
QString root;

void write(const char *target, const char *name, const QByteArray &data)
{
    QDir().mkpath(root + QLatin1Char('/') + QLatin1String(target));
    QFile f(root + QLatin1Char('/') + QLatin1String(target) + QLatin1Char('/') +
            QLatin1String(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        qFatal("cannot write %s/%s", target, name);
}

QByteArray u16(qsizetype n)
{
    return QByteArray(1, char(n >> 8)) + char(n & 0xff);
}

const QByteArray meta =
    R"({"attachments":1,"authorisation":"","created":"2026-11-17T01:30:00.000Z",)"
    R"("item":"11150525MB0SB0001A415111010600001","kind":"submission",)"
    R"("point":"150525203000-01","receipt":"20301-000042-7","refers_to":"",)"
    R"("staff":"","suite":"intl","uuid":"0b8f9a52-6c39-4b8e-9a43-2f1d7c5e8a10","v":1})";
} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: jiujin-fuzz-mkseeds CORPUS_DIR\n");
        return 2;
    }
    root = QString::fromLocal8Bit(argv[1]);

    WireRecord r{QStringLiteral("0b8f9a52-6c39-4b8e-9a43-2f1d7c5e8a10"),
                 meta,
                 QStringLiteral("intl"),
                 QByteArray(86, 'k'),
                 QByteArray(300, 'p'),
                 QList<QByteArray>{QByteArray(40, 'a'), QByteArray(700 * 1024, 'b')}};
    WireRecord r2 = r;
    r2.uuid = QStringLiteral("5d6c1e0f-2a3b-4c5d-8e9f-a0b1c2d3e4f5");
    r2.suite = QStringLiteral("gm");
    r2.attachments.clear();
    write("submission_batch", "two", encode(SubmissionBatch{{r, r2}}));
    write("submission_batch", "one", encode(SubmissionBatch{{r2}}));

    RecordResult ok{r.uuid,
                    Outcome::Accepted,
                    QStringLiteral("NM20261117000042"),
                    QStringLiteral("2026-11-17T01:30:05Z"),
                    QByteArray(64, 's'),
                    {}};
    RecordResult no{
        r2.uuid, Outcome::Rejected, {}, {}, {}, QStringLiteral("记录的元数据与请求不符")};
    RecordResult dup = ok;
    dup.uuid = QStringLiteral("9e8d7c6b-5a49-4838-a726-150493827160");
    dup.status = Outcome::Duplicate;
    RecordResult retry{
        QStringLiteral("3c2b1a09-8f7e-4d6c-9b5a-493827160504"), Outcome::Retry, {}, {}, {},
        QStringLiteral("附件 0 尚未上传完成，请重新上传")};
    write("batch_result", "three",
          encode(BatchResult{.results = {ok, no, dup}, .version = receiptsV1, .signature = {}}));
    write("batch_result", "retry",
          encode(BatchResult{.results = {ok, retry}, .version = receiptsV1, .signature = {}}));

    write("upload_create", "one",
          encode(UploadCreate{r.attachments.at(1).length, r.attachments.at(1).sha256}));

    const QByteArray pem = "-----BEGIN PUBLIC "
                           "KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE="
                           "\n-----END PUBLIC KEY-----\n";
    const QByteArray csr =
        "-----BEGIN CERTIFICATE "
        "REQUEST-----\nMIHHMG8CAQAwDTELMAkGA1UEAwwCZDEwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC\n-----END "
        "CERTIFICATE REQUEST-----\n";
    const QByteArray cert =
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUO1\n-----END CERTIFICATE-----\n";
    write("enroll_request", "one", encode(EnrollRequest{QStringLiteral("tok-3f9a1c"), csr, pem}));
    write("enroll_response", "one",
          encode(EnrollResponse{QStringLiteral("jj-150525203000-01-a1b2"), cert, cert,
                                QStringLiteral("150525203000-01"), QStringLiteral("intl"), pem,
                                pem}));
    write("heartbeat", "one",
          encode(Heartbeat{QStringLiteral("0.1.0"), QStringLiteral("2026.11.3"), 12, 3600, 2048,
                           QStringLiteral("cannot reach the gateway")}));

    write("gunzip", "small", QByteArray(1, char(4)) + gzip("hello, 奈曼旗"));
    write("gunzip", "batch", QByteArray(1, char(0xff)) + gzip(encode(SubmissionBatch{{r}})));
    write("gunzip", "bomb", QByteArray(1, char(1)) + gzip(QByteArray(100000, '\0')));

    for (const bool gm : {false, true}) {
        const Key central =
            std::move(Key::fromPem(gm ? fuzz::centralGmPem : fuzz::centralIntlPem).value());
        const Key pub = std::move(Key::fromPem(central.publicPem()).value());
        QByteArray m = meta;
        if (gm)
            m.replace("\"intl\"", "\"gm\"");
        auto sealer = RecordSealer::create(pub, m);
        if (!sealer)
            qFatal("seal: %s", qPrintable(sealer.error().message));
        const QByteArray header = sealer->keyHeader();
        const QByteArray part = sealer->seal(R"({"fields":{"name":"样例"}})", m).value();
        write("record_opener", gm ? "gm" : "intl",
              QByteArray(1, char(gm ? 1 : 0)) + u16(m.size()) + m + u16(header.size()) + header +
                  part);
    }
    return 0;
}
