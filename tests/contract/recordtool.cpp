// jiujin-record-tool: central's and the kiosk's real sealing code (sync/protocol/envelope.h) as a
// command line, for tests/contract/record_from_doc.py, which builds and opens records from
// RECORD.md alone. The SM2 steps (sm2-wrap, sm2-unwrap) are raw OpenSSL calls written from the
// document, not envelope.cpp: Python's cryptography has no SM2.
//
//   keygen intl|gm DIR       central's encryption key pair: DIR/central.key, DIR/central.pub
//   seal DIR OUT.json N      a record with N attachments, sealed by RecordSealer
//   open DIR IN.json         opens a record with RecordOpener: prints the plaintexts as JSON
//   sm2-wrap DIR HEX         SM2-encrypts the bytes HEX (SM3) to DIR/central.pub: prints DER hex
//   sm2-unwrap DIR HEX       SM2-decrypts the DER HEX with DIR/central.key: prints hex
#include "envelope.h"
#include "keys.h"
#include "suite.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstdio>
#include <memory>

using namespace jiujin::protocol;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "jiujin-record-tool: %s\n", why.toUtf8().constData());
    return 1;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

/** SM2 encrypt (public key) or decrypt (private key) with SM3, as RECORD.md says. */
QByteArray sm2(const Key &key, bool encrypt, const QByteArray &in)
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_from_pkey(nullptr, key.handle(), nullptr), &EVP_PKEY_CTX_free);
    char sm3[] = "SM3";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_DIGEST, sm3, 0),
                           OSSL_PARAM_construct_end()};
    if (!ctx || (encrypt ? EVP_PKEY_encrypt_init_ex(ctx.get(), params)
                         : EVP_PKEY_decrypt_init_ex(ctx.get(), params)) != 1)
        return {};
    const auto *src = reinterpret_cast<const unsigned char *>(in.constData());
    size_t len = 0;
    if ((encrypt ? EVP_PKEY_encrypt(ctx.get(), nullptr, &len, src, size_t(in.size()))
                 : EVP_PKEY_decrypt(ctx.get(), nullptr, &len, src, size_t(in.size()))) != 1)
        return {};
    QByteArray out(qsizetype(len), Qt::Uninitialized);
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    if ((encrypt ? EVP_PKEY_encrypt(ctx.get(), dst, &len, src, size_t(in.size()))
                 : EVP_PKEY_decrypt(ctx.get(), dst, &len, src, size_t(in.size()))) != 1)
        return {};
    out.truncate(qsizetype(len));
    return out;
}

std::optional<Key> loadKey(const QString &dir, bool privateKey)
{
    auto key = Key::fromPem(readFile(dir + (privateKey ? "/central.key" : "/central.pub")));
    if (!key)
        return std::nullopt;
    return std::move(key.value());
}

QByteArray attachmentAad(const QByteArray &meta, int i)
{
    return meta + "#attachment" + QByteArray::number(i);
}

int keygen(const QString &suiteName, const QString &dir)
{
    const auto suite = suiteFromName(suiteName);
    if (!suite)
        return fail(QStringLiteral("suite: intl or gm"));
    auto key = Key::generate(*suite);
    if (!key)
        return fail(key.error().message);
    if (!writeFile(dir + "/central.key", key->privatePem()) ||
        !writeFile(dir + "/central.pub", key->publicPem()))
        return fail(QStringLiteral("cannot write the keys"));
    return 0;
}

int seal(const QString &dir, const QString &outPath, int attachments)
{
    const auto central = loadKey(dir, false);
    if (!central)
        return fail(QStringLiteral("no central.pub"));
    const QString suite = suiteName(central->suite());
    const QByteArray meta =
        QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                  {QStringLiteral("uuid"),
                                   QStringLiteral("0b9f2c6e-3c1d-4e55-9a51-2f7d1c0e8a41")},
                                  {QStringLiteral("kind"), QStringLiteral("submission")},
                                  {QStringLiteral("item"), QStringLiteral("ITEM")},
                                  {QStringLiteral("point"), QStringLiteral("150525203000-01")},
                                  {QStringLiteral("suite"), suite},
                                  {QStringLiteral("attachments"), attachments}})
            .toJson(QJsonDocument::Compact);
    auto sealer = RecordSealer::create(*central, meta);
    if (!sealer)
        return fail(sealer.error().message);
    const QByteArray payload = R"({"fields":{"name":"测试","count":"3"}})";
    auto sealedPayload = sealer->seal(payload, meta);
    if (!sealedPayload)
        return fail(sealedPayload.error().message);
    QJsonArray sealedParts, plainParts;
    for (int i = 0; i < attachments; ++i) {
        // Longer than one block, so that SM4-CTR's counter steps.
        const QByteArray plain = "image/jpeg\n" + QByteArray(100 + i, char('a' + i % 26));
        auto part = sealer->seal(plain, attachmentAad(meta, i));
        if (!part)
            return fail(part.error().message);
        sealedParts.append(b64(part.value()));
        plainParts.append(b64(plain));
    }
    QJsonObject out{{QStringLiteral("meta"), QString::fromUtf8(meta)},
                    {QStringLiteral("suite"), suite},
                    {QStringLiteral("key_header"), b64(sealer->keyHeader())},
                    {QStringLiteral("payload"), b64(sealedPayload.value())},
                    {QStringLiteral("attachments"), sealedParts},
                    {QStringLiteral("plain_payload"), b64(payload)},
                    {QStringLiteral("plain_attachments"), plainParts}};
    if (!writeFile(outPath, QJsonDocument(out).toJson()))
        return fail(QStringLiteral("cannot write %1").arg(outPath));
    return 0;
}

int open(const QString &dir, const QString &inPath)
{
    const auto central = loadKey(dir, true);
    if (!central)
        return fail(QStringLiteral("no central.key"));
    const QJsonObject in = QJsonDocument::fromJson(readFile(inPath)).object();
    const QByteArray meta = in.value(QLatin1String("meta")).toString().toUtf8();
    auto opener = RecordOpener::open(*central, unb64(in.value(QLatin1String("key_header"))), meta);
    if (!opener)
        return fail(QStringLiteral("key header: ") + opener.error().message);
    auto payload = opener->open(unb64(in.value(QLatin1String("payload"))), meta);
    if (!payload)
        return fail(QStringLiteral("payload: ") + payload.error().message);
    QJsonArray parts;
    const QJsonArray sealed = in.value(QLatin1String("attachments")).toArray();
    for (int i = 0; i < sealed.size(); ++i) {
        auto part = opener->open(unb64(sealed.at(i)), attachmentAad(meta, i));
        if (!part)
            return fail(QStringLiteral("attachment %1: ").arg(i) + part.error().message);
        parts.append(b64(part.value()));
    }
    const QJsonObject out{{QStringLiteral("payload"), b64(payload.value())},
                          {QStringLiteral("attachments"), parts}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

int sm2Step(const QString &dir, bool encrypt, const QString &hex)
{
    const auto central = loadKey(dir, !encrypt);
    if (!central || central->algorithm() != Key::Algorithm::Sm2)
        return fail(QStringLiteral("no SM2 central key"));
    const QByteArray out = sm2(*central, encrypt, QByteArray::fromHex(hex.toLatin1()));
    if (out.isEmpty())
        return fail(QStringLiteral("SM2 failed"));
    std::puts(out.toHex().constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const QString command = args.value(0);
    if (command == QLatin1String("keygen") && args.size() == 3)
        return keygen(args.at(1), args.at(2));
    if (command == QLatin1String("seal") && args.size() == 4)
        return seal(args.at(1), args.at(2), args.at(3).toInt());
    if (command == QLatin1String("open") && args.size() == 3)
        return open(args.at(1), args.at(2));
    if ((command == QLatin1String("sm2-wrap") || command == QLatin1String("sm2-unwrap")) &&
        args.size() == 3)
        return sm2Step(args.at(1), command == QLatin1String("sm2-wrap"), args.at(2));
    return fail(QStringLiteral("usage: keygen intl|gm DIR | seal DIR OUT N | open DIR IN | "
                               "sm2-wrap DIR HEX | sm2-unwrap DIR HEX"));
}
