#include "envelope.h"
#include "keys.h"
#include "suite.h"

#include <catch2/catch.hpp>

#include <QList>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/pem.h>

#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

using namespace jiujin;
using namespace jiujin::protocol;

namespace {

// A deterministic payload: randomness is not what these tests are about.
QByteArray payload(qsizetype n, char seed = 0)
{
    QByteArray out(n, Qt::Uninitialized);
    quint32 x = 2463534242u + quint32(seed);
    for (qsizetype i = 0; i < n; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x & 0xff);
    }
    return out;
}

QByteArray flipped(QByteArrayView in, qsizetype pos, char mask = 0x01)
{
    QByteArray out = in.toByteArray();
    out[pos] = char(out[pos] ^ mask);
    return out;
}

/** The value of a result that must have succeeded (fails the test, never dereferences an error). */
template <typename T> T must(Result<T> r)
{
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return std::move(r.value());
}

Key generated(Suite suite)
{
    auto key = Key::generate(suite);
    REQUIRE(key.ok());
    return std::move(key.value());
}

const QByteArray recordAad =
    QByteArrayLiteral("uuid=6f1c0b7e-2a41-4d55-9a0e-1f7d3c9b2e10;item=11150525MB0SB0001A;"
                      "queued=2026-11-28T10:00:00+08:00;v=1");

// ---- an independent decoder of the documented wire format (what central implements) ----

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
struct KdfFree
{
    void operator()(EVP_KDF *k) const { EVP_KDF_free(k); }
};
struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX *c) const { EVP_KDF_CTX_free(c); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char *u(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

QByteArray cipher(const EVP_CIPHER *c, QByteArrayView key, QByteArrayView iv, QByteArrayView in)
{
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    REQUIRE(EVP_EncryptInit_ex(ctx.get(), c, nullptr, u(key), iv.isEmpty() ? nullptr : u(iv)) == 1);
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    QByteArray out(in.size() + 16, Qt::Uninitialized);
    int len = 0, fin = 0;
    REQUIRE(EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, u(in),
                              int(in.size())) == 1);
    REQUIRE(EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + len,
                                &fin) == 1);
    out.truncate(len + fin);
    return out;
}

QByteArray hkdf(const char *md, QByteArrayView ikm, QByteArrayView info, int n)
{
    std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf.get()));
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string("digest", const_cast<char *>(md), 0),
        OSSL_PARAM_construct_octet_string("key", const_cast<char *>(ikm.data()),
                                          size_t(ikm.size())),
        OSSL_PARAM_construct_octet_string("info", const_cast<char *>(info.data()),
                                          size_t(info.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(n, Qt::Uninitialized);
    REQUIRE(EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(n),
                           params) == 1);
    return out;
}

QByteArray hmacSm3(QByteArrayView key, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t len = 0;
    REQUIRE(EVP_Q_mac(nullptr, "HMAC", nullptr, "SM3", nullptr, key.data(), size_t(key.size()),
                      u(data), size_t(data.size()), out, sizeof out, &len) != nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
}

QByteArray be64(qsizetype n)
{
    QByteArray out(8, '\0');
    for (int i = 7; i >= 0; --i, n >>= 8)
        out[i] = char(n & 0xff);
    return out;
}

/** AES-256-GCM open written against the spec in envelope.h, not against the library. */
std::optional<QByteArray> gcmOpen(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad,
                                  QByteArrayView ctAndTag)
{
    if (ctAndTag.size() < 16)
        return std::nullopt;
    const QByteArrayView ct = ctAndTag.first(ctAndTag.size() - 16);
    QByteArray tag = ctAndTag.last(16).toByteArray();
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    REQUIRE(EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, u(key), u(nonce)) == 1);
    int len = 0;
    if (!aad.isEmpty())
        REQUIRE(EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) == 1);
    QByteArray out(ct.size() + 16, Qt::Uninitialized);
    REQUIRE(EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, u(ct),
                              int(ct.size())) == 1);
    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, tag.data());
    int fin = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + len, &fin) !=
        1)
        return std::nullopt;
    out.truncate(len + fin);
    return out;
}

QByteArray rawPublic(EVP_PKEY *pkey)
{
    QByteArray out(32, Qt::Uninitialized);
    size_t len = 32;
    REQUIRE(EVP_PKEY_get_raw_public_key(pkey, reinterpret_cast<unsigned char *>(out.data()),
                                        &len) == 1);
    return out;
}

/** The record key, recovered from a key header by following the documented format by hand. */
QByteArray unwrapByHand(const Key &central, QByteArrayView header, QByteArrayView aad)
{
    REQUIRE(header.first(4) == QByteArrayView("JJRK"));
    REQUIRE(header[4] == 1);
    if (central.suite() == Suite::Intl) {
        REQUIRE(header[5] == 1);
        REQUIRE(header.size() == 86);
        const QByteArrayView ephPub = header.sliced(6, 32);
        PkeyPtr eph(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, u(ephPub), 32));
        PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, central.handle(), nullptr));
        REQUIRE(EVP_PKEY_derive_init(ctx.get()) == 1);
        REQUIRE(EVP_PKEY_derive_set_peer(ctx.get(), eph.get()) == 1);
        QByteArray shared(32, Qt::Uninitialized);
        size_t len = 32;
        REQUIRE(EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char *>(shared.data()),
                                &len) == 1);
        const QByteArray okm = hkdf("SHA256", shared,
                                    QByteArray("jiujin/v1/intl/wrap") + ephPub.toByteArray() +
                                        rawPublic(central.handle()),
                                    44);
        const auto key =
            gcmOpen(okm.first(32), okm.sliced(32),
                    header.first(38).toByteArray() + be64(aad.size()) + aad.toByteArray(),
                    header.sliced(38));
        REQUIRE(key.has_value());
        return *key;
    }
    REQUIRE(header[5] == 2);
    const qsizetype len = (qsizetype(quint8(header[6])) << 8) | quint8(header[7]);
    REQUIRE(header.size() == 8 + len + 32);
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, central.handle(), nullptr));
    REQUIRE(EVP_PKEY_decrypt_init(ctx.get()) == 1);
    size_t outLen = 0;
    REQUIRE(EVP_PKEY_decrypt(ctx.get(), nullptr, &outLen, u(header.sliced(8)), size_t(len)) == 1);
    QByteArray key(qsizetype(outLen), Qt::Uninitialized);
    REQUIRE(EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(key.data()), &outLen,
                             u(header.sliced(8)), size_t(len)) == 1);
    key.truncate(qsizetype(outLen));
    REQUIRE(key.size() == 32);
    const QByteArray macKey = hkdf("SM3", key, "jiujin/v1/gm/header", 32);
    CHECK(hmacSm3(macKey, header.first(8 + len).toByteArray() + be64(aad.size()) +
                              aad.toByteArray()) == header.last(32));
    return key;
}

/** A part opened by hand from the record key and the documented format. */
QByteArray openByHand(Suite suite, QByteArrayView recordKey, QByteArrayView sealed,
                      QByteArrayView aad)
{
    if (suite == Suite::Intl) {
        const QByteArray key = hkdf("SHA256", recordKey, "jiujin/v1/intl/part", 32);
        const auto plain = gcmOpen(key, sealed.first(12), aad, sealed.sliced(12));
        REQUIRE(plain.has_value());
        return *plain;
    }
    const QByteArray keys = hkdf("SM3", recordKey, "jiujin/v1/gm/part", 48);
    const QByteArrayView iv = sealed.first(16);
    const QByteArrayView ct = sealed.sliced(16, sealed.size() - 48);
    CHECK(hmacSm3(keys.sliced(16), be64(aad.size()) + aad.toByteArray() +
                                       sealed.first(sealed.size() - 32).toByteArray()) ==
          sealed.last(32));
    return cipher(EVP_sm4_ctr(), keys.first(16), iv, ct);
}

} // namespace

TEST_CASE("suite names round-trip and digests match their known answers", "[envelope]")
{
    CHECK(suiteName(Suite::Intl) == QLatin1String("intl"));
    CHECK(suiteName(Suite::Gm) == QLatin1String("gm"));
    CHECK(suiteFromName(u"intl") == Suite::Intl);
    CHECK(suiteFromName(u"gm") == Suite::Gm);
    CHECK_FALSE(suiteFromName(u"GM").has_value());
    CHECK_FALSE(suiteFromName(u"").has_value());

    CHECK(digest(Suite::Gm, "abc").toHex().toStdString() ==
          "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    CHECK(digest(Suite::Intl, "abc").toHex().toStdString() ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("SM4 through EVP matches its known answers, in ECB and in the CTR mode the gm suite uses",
          "[envelope]")
{
    const QByteArray k = QByteArray::fromHex("0123456789abcdeffedcba9876543210");
    // GB/T 32907 example 1.
    CHECK(cipher(EVP_sm4_ecb(), k, {}, k).toHex().toStdString() ==
          "681edf34d206965e86b3e94f536e4246");

    // CTR example of draft-ribose-cfrg-sm4 (also what `openssl enc -sm4-ctr` gives).
    const QByteArray iv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
    const QByteArray pt =
        QByteArray::fromHex("aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccdddddddddddddddd"
                            "eeeeeeeeeeeeeeeeffffffffffffffffaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbb");
    CHECK(cipher(EVP_sm4_ctr(), k, iv, pt).toHex().toStdString() ==
          "ac3236cb970cc20791364c395a1342d1a3cbc1878c6f30cd074cce385cdd70c7"
          "f234bc0e24c11980fd1286310ce37b926e02fcd0faa0baf38b2933851d824514");

    // CTR derived independently from the ECB block cipher: keystream block i = SM4(K, IV + i) with
    // a 128-bit big-endian counter; this IV carries across the low 64 bits.
    const QByteArray counter = QByteArray::fromHex("0011223344556677fffffffffffffffe");
    const QByteArray data = payload(40);
    QByteArray expected;
    QByteArray block = counter;
    for (int i = 0; i < 3; ++i) {
        expected += cipher(EVP_sm4_ecb(), k, {}, block);
        for (int j = 15; j >= 0; --j) {
            block[j] = char(quint8(block[j]) + 1);
            if (block[j] != 0)
                break;
        }
    }
    for (qsizetype i = 0; i < data.size(); ++i)
        expected[i] = char(expected[i] ^ data[i]);
    expected.truncate(data.size());
    CHECK(cipher(EVP_sm4_ctr(), k, counter, data) == expected);
}

TEST_CASE("records round-trip in both suites", "[envelope]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    CAPTURE(suiteName(suite).toStdString());
    const Key central = generated(suite);

    auto sealer = RecordSealer::create(central, recordAad);
    REQUIRE(sealer.ok());
    CHECK(sealer->suite() == suite);
    const QByteArray header = sealer->keyHeader();

    // Several parts of one record, each with its own metadata.
    QList<QByteArray> plains;
    QList<QByteArray> aads;
    QList<QByteArray> sealed;
    for (qsizetype n : {0, 1, 1000, 1024 * 1024}) {
        plains << payload(n, char(n));
        aads << recordAad + ";part=" + QByteArray::number(n);
        auto s = sealer->seal(plains.last(), aads.last());
        REQUIRE(s.ok());
        CHECK(s->size() ==
              n + (suite == Suite::Intl ? envelope::intlPartOverhead : envelope::gmPartOverhead));
        if (n >= 1000)
            CHECK_FALSE(s->contains(plains.last().first(64)));
        sealed << s.value();
    }

    auto opener = RecordOpener::open(central, header, recordAad);
    REQUIRE(opener.ok());
    CHECK(opener->suite() == suite);
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        auto plain = opener->open(sealed[i], aads[i]);
        REQUIRE(plain.ok());
        CHECK(plain.value() == plains[i]);
    }
    // An empty aad is a valid aad too.
    auto s = sealer->seal("x", {});
    REQUIRE(s.ok());
    CHECK(must(opener->open(s.value(), {})) == "x");
}

TEST_CASE("the wire format is what envelope.h documents: central can decode it by hand",
          "[envelope]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    CAPTURE(suiteName(suite).toStdString());
    const Key central = generated(suite);
    auto sealer = RecordSealer::create(central, recordAad);
    REQUIRE(sealer.ok());
    const QByteArray recordKey = unwrapByHand(central, sealer->keyHeader(), recordAad);

    const QByteArray plain = payload(1000, 7);
    auto sealed = sealer->seal(plain, "attachment=id-card-front.jpg");
    REQUIRE(sealed.ok());
    CHECK(openByHand(suite, recordKey, sealed.value(), "attachment=id-card-front.jpg") == plain);
}

TEST_CASE("every record gets a fresh key and every part a fresh nonce", "[envelope]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    CAPTURE(suiteName(suite).toStdString());
    const Key central = generated(suite);
    const QByteArray plain = payload(100);

    auto a = RecordSealer::create(central, recordAad);
    auto b = RecordSealer::create(central, recordAad);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->keyHeader() != b->keyHeader());
    const QByteArray sa = must(a->seal(plain, recordAad));
    const QByteArray sb = must(b->seal(plain, recordAad));
    CHECK(sa.sliced(16, 64) != sb.sliced(16, 64)); // past both nonce sizes: the ciphertext differs

    const QByteArray sa2 = must(a->seal(plain, recordAad));
    CHECK(sa.first(12) != sa2.first(12));
    CHECK(sa != sa2);

    const QByteArray keyA = unwrapByHand(central, a->keyHeader(), recordAad);
    const QByteArray keyB = unwrapByHand(central, b->keyHeader(), recordAad);
    CHECK(keyA != keyB);
}

TEST_CASE("any tampering, truncation, other aad, other key or other record makes open fail",
          "[envelope]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    CAPTURE(suiteName(suite).toStdString());
    const Key central = generated(suite);
    auto sealer = RecordSealer::create(central, recordAad);
    REQUIRE(sealer.ok());
    const QByteArray header = sealer->keyHeader();
    REQUIRE(RecordOpener::open(central, header, recordAad).ok());

    SECTION("key header: every byte flipped, truncated, extended, other aad")
    {
        for (qsizetype pos = 0; pos < header.size(); ++pos) {
            for (char mask : {char(0x01), char(0x80)}) {
                CAPTURE(pos, int(mask));
                auto r = RecordOpener::open(central, flipped(header, pos, mask), recordAad);
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().code == Error::Corrupt);
            }
        }
        for (qsizetype n = 0; n < header.size(); ++n) {
            CAPTURE(n);
            auto r = RecordOpener::open(central, QByteArrayView(header).first(n), recordAad);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == Error::Corrupt);
        }
        CHECK_FALSE(RecordOpener::open(central, header + '\0', recordAad).ok());
        for (qsizetype pos = 0; pos < recordAad.size(); pos += 7)
            CHECK_FALSE(RecordOpener::open(central, header, flipped(recordAad, pos)).ok());
        CHECK_FALSE(RecordOpener::open(central, header, recordAad + ' ').ok());
        CHECK_FALSE(RecordOpener::open(central, header, QByteArrayView(recordAad).chopped(1)).ok());
        CHECK_FALSE(RecordOpener::open(central, header, {}).ok());
    }

    SECTION("short part: every byte flipped and every truncation")
    {
        auto opener = RecordOpener::open(central, header, recordAad);
        const QByteArray part = must(sealer->seal("张三 152326199001011234", "part=form"));
        REQUIRE(opener->open(part, "part=form").ok());
        for (qsizetype pos = 0; pos < part.size(); ++pos) {
            for (char mask : {char(0x01), char(0x80)}) {
                CAPTURE(pos, int(mask));
                auto r = opener->open(flipped(part, pos, mask), "part=form");
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().code == Error::Corrupt);
            }
        }
        for (qsizetype n = 0; n < part.size(); ++n) {
            CAPTURE(n);
            auto r = opener->open(QByteArrayView(part).first(n), "part=form");
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == Error::Corrupt);
        }
        CHECK_FALSE(opener->open(part + '\0', "part=form").ok());
        CHECK_FALSE(opener->open(part, "part=forn").ok());
        CHECK_FALSE(opener->open(part, "Part=form").ok());
        CHECK_FALSE(opener->open(part, "part=form ").ok());
        CHECK_FALSE(opener->open(part, {}).ok());
        // The aad framing stops bytes moving between aad and nonce.
        CHECK_FALSE(
            opener->open(QByteArrayView(part).sliced(1), QByteArray("part=form") + part[0]).ok());
    }

    SECTION("long part: sampled flips")
    {
        auto opener = RecordOpener::open(central, header, recordAad);
        const QByteArray part = must(sealer->seal(payload(1024 * 1024), "part=scan"));
        REQUIRE(opener->open(part, "part=scan").ok());
        for (qsizetype pos = 0; pos < part.size();
             pos += (pos < 64 || pos > part.size() - 64) ? 1 : 40009) {
            CAPTURE(pos);
            CHECK_FALSE(opener->open(flipped(part, pos), "part=scan").ok());
        }
        CHECK_FALSE(opener->open(QByteArrayView(part).chopped(1), "part=scan").ok());
    }

    SECTION("the wrong central private key, and a header of the other suite")
    {
        const Key other = generated(suite);
        auto r = RecordOpener::open(other, header, recordAad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Corrupt);
        const Key otherSuite = generated(suite == Suite::Intl ? Suite::Gm : Suite::Intl);
        r = RecordOpener::open(otherSuite, header, recordAad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Corrupt);
    }

    SECTION("a part of record A does not open under record B")
    {
        auto b = RecordSealer::create(central, recordAad);
        REQUIRE(b.ok());
        auto openerB = RecordOpener::open(central, b->keyHeader(), recordAad);
        REQUIRE(openerB.ok());
        const QByteArray partA = must(sealer->seal("payload", recordAad));
        auto r = openerB->open(partA, recordAad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Corrupt);
    }

    SECTION("garbage never crashes")
    {
        for (int seed = 0; seed < 64; ++seed) {
            const QByteArray junk = payload(seed * 5, char(seed));
            CHECK_FALSE(RecordOpener::open(central, junk, recordAad).ok());
            CHECK_FALSE(RecordOpener::open(central,
                                           QByteArray("JJRK\x01") +
                                               char(suite == Suite::Intl ? 1 : 2) + junk,
                                           recordAad)
                            .ok());
        }
        // A gm length field that points past the end.
        if (suite == Suite::Gm) {
            QByteArray bad = header;
            bad[6] = char(0xff);
            CHECK_FALSE(RecordOpener::open(central, bad, recordAad).ok());
        }
    }
}

TEST_CASE("keys round-trip through PEM and only private keys open records", "[envelope]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    CAPTURE(suiteName(suite).toStdString());
    const Key central = generated(suite);
    CHECK(central.suite() == suite);
    CHECK(central.hasPrivate());
    const QByteArray privPem = central.privatePem();
    const QByteArray pubPem = central.publicPem();
    CHECK(privPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    CHECK(pubPem.startsWith("-----BEGIN PUBLIC KEY-----"));

    auto priv = Key::fromPem(privPem);
    REQUIRE(priv.ok());
    CHECK(priv->suite() == suite);
    CHECK(priv->hasPrivate());
    CHECK(priv->publicPem() == pubPem);
    CHECK(priv->privatePem() == privPem);

    auto pub = Key::fromPem(pubPem);
    REQUIRE(pub.ok());
    CHECK(pub->suite() == suite);
    CHECK_FALSE(pub->hasPrivate());
    CHECK(pub->privatePem().isEmpty());
    CHECK(pub->publicPem() == pubPem);

    // Sealed to the reloaded public key, opened with the reloaded private key.
    auto sealer = RecordSealer::create(pub.value(), recordAad);
    REQUIRE(sealer.ok());
    const QByteArray part = must(sealer->seal("hello", recordAad));
    auto opener = RecordOpener::open(priv.value(), sealer->keyHeader(), recordAad);
    REQUIRE(opener.ok());
    CHECK(must(opener->open(part, recordAad)) == "hello");

    auto denied = RecordOpener::open(pub.value(), sealer->keyHeader(), recordAad);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == Error::Invalid);
}

TEST_CASE("bad PEM and keys of other algorithms are refused", "[envelope]")
{
    CHECK(Key::fromPem({}).error().code == Error::Corrupt);
    CHECK(
        Key::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n").error().code ==
        Error::Corrupt);
    const QByteArray good = generated(Suite::Gm).publicPem();
    CHECK_FALSE(Key::fromPem(flipped(good, good.size() / 2, 0x04)).ok());
    CHECK_FALSE(Key::fromPem(QByteArrayView(good).first(good.size() / 2)).ok());

    // A P-256 key is a valid key, but of neither suite.
    PkeyPtr p256(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    REQUIRE(p256);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    REQUIRE(PEM_write_bio_PUBKEY(bio.get(), p256.get()) == 1);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    auto r = Key::fromPem(QByteArrayView(data, len));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Invalid);

    // A signing-only key cannot receive records.
    auto ed = Key::generateSigning(Suite::Intl);
    REQUIRE(ed.ok());
    CHECK(RecordSealer::create(ed.value(), recordAad).error().code == Error::Invalid);
}

TEST_CASE("signatures verify in both suites and fail when anything changes", "[envelope]")
{
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    CAPTURE(suiteName(suite).toStdString());
    auto key = Key::generateSigning(suite);
    REQUIRE(key.ok());
    CHECK(key->suite() == suite);
    CHECK(key->canSign());
    auto pub = Key::fromPem(key->publicPem());
    REQUIRE(pub.ok());

    const QByteArray body =
        QByteArrayLiteral("POST /v1/submissions\ncreated=1795831200\nnonce=ab12");
    auto sig = sign(key.value(), body);
    REQUIRE(sig.ok());
    if (suite == Suite::Intl)
        CHECK(sig->size() == 64);
    CHECK(verify(key.value(), body, sig.value()));
    CHECK(verify(pub.value(), body, sig.value()));

    for (qsizetype pos = 0; pos < sig->size(); ++pos) {
        CAPTURE(pos);
        CHECK_FALSE(verify(pub.value(), body, flipped(sig.value(), pos)));
    }
    CHECK_FALSE(verify(pub.value(), flipped(body, 3), sig.value()));
    CHECK_FALSE(verify(pub.value(), body + '\n', sig.value()));
    CHECK_FALSE(verify(pub.value(), body, QByteArrayView(sig.value()).chopped(1)));
    CHECK_FALSE(verify(pub.value(), body, {}));
    auto other = Key::generateSigning(suite);
    CHECK_FALSE(verify(other.value(), body, sig.value()));

    auto empty = sign(key.value(), {});
    REQUIRE(empty.ok());
    CHECK(verify(pub.value(), {}, empty.value()));

    CHECK(sign(pub.value(), body).error().code == Error::Invalid);
    CHECK(sign(generated(Suite::Intl), body).error().code == Error::Invalid); // X25519 cannot sign
}

TEST_CASE("SM2 signatures use the distinguishing ID 1234567812345678, not OpenSSL's empty default",
          "[envelope]")
{
    auto key = Key::generateSigning(Suite::Gm);
    REQUIRE(key.ok());
    const QByteArray body = QByteArrayLiteral("catalogue seq=42");

    auto sig = sign(key.value(), body);
    REQUIRE(sig.ok());
    CHECK(verifySm2(key.value(), body, sig.value(), "1234567812345678"));
    CHECK_FALSE(verifySm2(key.value(), body, sig.value(), ""));
    CHECK_FALSE(verifySm2(key.value(), body, sig.value(), "1234567812345679"));

    auto otherId = signSm2(key.value(), body, "ALICE123@YAHOO.COM");
    REQUIRE(otherId.ok());
    CHECK_FALSE(verify(key.value(), body, otherId.value()));
    CHECK(verifySm2(key.value(), body, otherId.value(), "ALICE123@YAHOO.COM"));

    // Independently of the library: an EVP verifier given the ID accepts, one left at OpenSSL's
    // default (empty ID) refuses.
    auto evpVerify = [&](bool setId) {
        MdCtxPtr ctx(EVP_MD_CTX_new());
        EVP_PKEY_CTX *pctx = nullptr;
        REQUIRE(EVP_DigestVerifyInit_ex(ctx.get(), &pctx, "SM3", nullptr, nullptr, key->handle(),
                                        nullptr) == 1);
        if (setId)
            REQUIRE(EVP_PKEY_CTX_set1_id(pctx, "1234567812345678", 16) == 1);
        return EVP_DigestVerify(ctx.get(), u(sig.value()), size_t(sig->size()), u(body),
                                size_t(body.size())) == 1;
    };
    CHECK(evpVerify(true));
    CHECK_FALSE(evpVerify(false));
}

TEST_CASE("signatures interoperate with known answers from other implementations", "[envelope]")
{
    // RFC 8032 §7.1, TEST 1 (empty message): Ed25519 is deterministic, so the bytes must match.
    auto ed = Key::fromPem("-----BEGIN PRIVATE KEY-----\n"
                           "MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n"
                           "-----END PRIVATE KEY-----\n");
    REQUIRE(ed.ok());
    CHECK(ed->algorithm() == Key::Algorithm::Ed25519);
    CHECK(ed->suite() == Suite::Intl);
    CHECK(must(sign(ed.value(), {})).toHex().toStdString() ==
          "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e3970"
          "1cf9b4"
          "6bd25bf5f0595bbe24655141438e7a100b");

    // Made with `openssl pkeyutl -sign -rawin -digest sm3 -pkeyopt distid:1234567812345678`; it
    // verifies only under that ID.
    auto sm2 = Key::fromPem("-----BEGIN PUBLIC KEY-----\n"
                            "MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAEkxWulhp4T2pmwViRe2UNwNP2p38r\n"
                            "5bdGMbyqi8aU0qxcinK8qwLO0rj6/Yswnx3Wkbtm/3sTxrlfQ750BpfgMQ==\n"
                            "-----END PUBLIC KEY-----\n");
    REQUIRE(sm2.ok());
    CHECK(sm2->algorithm() == Key::Algorithm::Sm2);
    CHECK_FALSE(sm2->hasPrivate());
    const QByteArray sig = QByteArray::fromHex("30450220545d99a412f0ff52c1501f104db15d15acb642d30b8"
                                               "df46f8492574dc023029e022100b7b2f2450d1f828e0de6"
                                               "2de98b49384e8603af6b9ec3c197392c437f0a34b467");
    CHECK(verify(sm2.value(), "catalogue seq=42", sig));
    CHECK_FALSE(verifySm2(sm2.value(), "catalogue seq=42", sig, ""));
    CHECK_FALSE(verify(sm2.value(), "catalogue seq=43", sig));
}

TEST_CASE("a seal prepared ahead opens like one made at once, and serves one record only",
          "[envelope]")
{
    using namespace jiujin::protocol;
    for (const Suite suite : {Suite::Intl, Suite::Gm}) {
        auto central = Key::generate(suite);
        REQUIRE(central.ok());
        auto seed = RecordSealer::prepare(central.value());
        REQUIRE(seed.ok());
        const QByteArray meta("{\"uuid\":\"prepared\"}");
        auto sealer = RecordSealer::create(std::move(seed.value()), meta);
        REQUIRE(sealer.ok());
        auto part = sealer->seal("the citizen's form", meta);
        REQUIRE(part.ok());
        auto opener = RecordOpener::open(central.value(), sealer->keyHeader(), meta);
        REQUIRE(opener.ok());
        CHECK(opener->open(part.value(), meta).value() == QByteArray("the citizen's form"));
        // The header is bound to the record it was finished for.
        CHECK_FALSE(RecordOpener::open(central.value(), sealer->keyHeader(),
                                       QByteArray("{\"uuid\":\"other\"}"))
                        .ok());
        // A moved-from seed cannot seal a second record with the same key.
        CHECK_FALSE(RecordSealer::create(std::move(seed.value()), meta).ok());
    }
}

TEST_CASE("records sealed and opened on 8 threads at once each open to their own bytes",
          "[envelope]")
{
    // Sealing and opening keep OpenSSL contexts per thread (the HMAC and HKDF of both suites,
    // the import of ephemeral keys). A context used by two threads at once mixes their keys and
    // data, and then records open wrong or not at all: every thread here seals and opens its
    // own records (many small gm parts, each an HMAC) while the others do the same.
    const Suite suite = GENERATE(Suite::Intl, Suite::Gm);
    CAPTURE(suiteName(suite).toStdString());
    constexpr int threads = 8;
    constexpr int records = 20;
    constexpr int parts = 100;
    std::vector<Key> centrals;
    for (int t = 0; t < threads; ++t)
        centrals.push_back(generated(suite));
    // Sealed before the threads start, by this thread, to be opened on the others.
    struct Sealed
    {
        QByteArray header, part, aad;
    };
    std::vector<Sealed> before;
    for (int t = 0; t < threads; ++t) {
        const QByteArray aad = recordAad + ";before=" + QByteArray::number(t);
        auto sealer = must(RecordSealer::create(centrals[size_t(t)], aad));
        before.push_back({sealer.keyHeader(), must(sealer.seal(payload(300, char(t)), aad)), aad});
    }
    std::atomic<int> opened{0}, failed{0}, ready{0};
    std::vector<std::thread> running;
    for (int t = 0; t < threads; ++t)
        running.emplace_back([&, t] {
            // All start together, so that their work overlaps as much as the cores allow.
            ++ready;
            while (ready.load() < threads)
                std::this_thread::yield();
            const Key &central = centrals[size_t(t)];
            for (int r = 0; r < records; ++r) {
                const QByteArray aad = recordAad + ";thread=" + QByteArray::number(t) +
                                       ";record=" + QByteArray::number(r);
                auto sealer = RecordSealer::create(central, aad);
                if (!sealer) {
                    ++failed;
                    continue;
                }
                QList<QByteArray> sealed;
                for (int p = 0; p < parts; ++p) {
                    auto part = sealer->seal(payload(64 + p, char(t * 31 + r + p)), aad);
                    sealed << (part ? part.value() : QByteArray());
                }
                auto opener = RecordOpener::open(central, sealer->keyHeader(), aad);
                for (int p = 0; p < parts; ++p) {
                    auto plain =
                        opener ? opener->open(sealed[p], aad) : Result<QByteArray>(Error{});
                    if (plain && plain.value() == payload(64 + p, char(t * 31 + r + p)))
                        ++opened;
                    else
                        ++failed;
                }
            }
            auto other =
                RecordOpener::open(central, before[size_t(t)].header, before[size_t(t)].aad);
            auto plain = other ? other->open(before[size_t(t)].part, before[size_t(t)].aad)
                               : Result<QByteArray>(Error{});
            if (plain && plain.value() == payload(300, char(t)))
                ++opened;
            else
                ++failed;
        });
    for (std::thread &th : running)
        th.join();
    CHECK(failed.load() == 0);
    CHECK(opened.load() == threads * (records * parts + 1));

    // And what those threads sealed still opens by hand here (OpenSSL's own HKDF and ciphers).
    const QByteArray recordKey = unwrapByHand(centrals[0], before[0].header, before[0].aad);
    CHECK(openByHand(suite, recordKey, before[0].part, before[0].aad) == payload(300, 0));
}
