#include "keys.h"

#include "protocollimits.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/pem.h>

#include <limits>

namespace jiujin::protocol {

namespace {

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

// Never prompt on a terminal for an encrypted PEM: key files here are unencrypted and 0600.
int noPassword(char *, int, int, void *)
{
    return -1;
}

const unsigned char *bytes(QByteArrayView v)
{
    static const unsigned char empty = 0;
    return v.data() ? reinterpret_cast<const unsigned char *>(v.data()) : &empty;
}

Error opensslError(const char *what)
{
    // The queue may hold key material context; only the operation name is reported.
    ERR_clear_error();
    return Error{Error::Io, QStringLiteral("crypto operation failed: %1").arg(QLatin1String(what))};
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, qsizetype(len)) : QByteArray();
}

} // namespace

void Key::PkeyFree::operator()(EVP_PKEY *p) const
{
    EVP_PKEY_free(p);
}

Key::Key(EVP_PKEY *pkey, Algorithm algorithm, bool hasPrivate)
    : m_pkey(pkey), m_algorithm(algorithm),
      m_suite(algorithm == Algorithm::Sm2 ? Suite::Gm : Suite::Intl), m_hasPrivate(hasPrivate)
{
    if (algorithm != Algorithm::X25519)
        return;
    // Every record sealed to or opened with this key binds its wrap to these bytes.
    constexpr size_t x25519Size = 32;
    QByteArray raw(qsizetype(x25519Size), Qt::Uninitialized);
    size_t len = x25519Size;
    if (EVP_PKEY_get_raw_public_key(pkey, reinterpret_cast<unsigned char *>(raw.data()), &len) ==
            1 &&
        len == x25519Size)
        m_rawPublic = raw;
    else
        ERR_clear_error();
}

Result<Key> Key::generate(Suite suite)
{
    const bool gm = suite == Suite::Gm;
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, gm ? "SM2" : "X25519");
    if (!pkey)
        return opensslError("key generation");
    return Key(pkey, gm ? Algorithm::Sm2 : Algorithm::X25519, true);
}

Result<Key> Key::generateSigning(Suite suite)
{
    const bool gm = suite == Suite::Gm;
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, gm ? "SM2" : "ED25519");
    if (!pkey)
        return opensslError("key generation");
    return Key(pkey, gm ? Algorithm::Sm2 : Algorithm::Ed25519, true);
}

Result<Key> Key::fromPem(QByteArrayView pem)
{
    if (pem.isEmpty() || pem.size() > maxPemBytes)
        return Error{Error::Corrupt, QStringLiteral("not a PEM key")};

    // A public key is the common case (the kiosk's central key); asking the private-key reader
    // first makes OpenSSL 3.0 try every decoder it has before failing, which costs more than
    // the whole sealing. The PEM label tells which reader to use.
    bool hasPrivate = !QByteArrayView(pem).contains("-----BEGIN PUBLIC KEY-----");
    BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return opensslError("BIO_new_mem_buf");
    EVP_PKEY *raw =
        hasPrivate ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr) : nullptr;
    if (!raw) {
        ERR_clear_error();
        hasPrivate = false;
        bio.reset(BIO_new_mem_buf(pem.data(), int(pem.size())));
        if (!bio)
            return opensslError("BIO_new_mem_buf");
        raw = PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassword, nullptr);
    }
    if (!raw) {
        ERR_clear_error();
        return Error{Error::Corrupt, QStringLiteral("not a PKCS#8 private or SPKI public PEM key")};
    }
    std::unique_ptr<EVP_PKEY, PkeyFree> pkey(raw);

    Algorithm algorithm;
    if (EVP_PKEY_is_a(raw, "X25519"))
        algorithm = Algorithm::X25519;
    else if (EVP_PKEY_is_a(raw, "ED25519"))
        algorithm = Algorithm::Ed25519;
    else if (EVP_PKEY_is_a(raw, "SM2"))
        algorithm = Algorithm::Sm2;
    else
        return Error{Error::Invalid, QStringLiteral("unsupported key algorithm %1")
                                         .arg(QLatin1String(EVP_PKEY_get0_type_name(raw)))};
    return Key(pkey.release(), algorithm, hasPrivate);
}

QByteArray Key::publicPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_pkey || !bio || PEM_write_bio_PUBKEY(bio.get(), m_pkey.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    return drain(bio.get());
}

QByteArray Key::privatePem() const
{
    if (!m_pkey || !m_hasPrivate)
        return {};
    // A secure-heap BIO so the intermediate copy is wiped when it is freed.
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_pkey.get(), nullptr, nullptr, 0, nullptr,
                                         nullptr) != 1) {
        ERR_clear_error();
        return {};
    }
    return drain(bio.get());
}

namespace {

// Ed25519 hashes internally (PureEdDSA), so it gets no digest name and no ID.
MdCtxPtr initSigning(const Key &key, bool forSigning, QByteArrayView sm2Id)
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx)
        return {};
    const bool sm2 = key.algorithm() == Key::Algorithm::Sm2;
    const char *md = sm2 ? "SM3" : nullptr;
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    const int rc = forSigning ? EVP_DigestSignInit_ex(ctx.get(), &pctx, md, nullptr, nullptr,
                                                      key.handle(), nullptr)
                              : EVP_DigestVerifyInit_ex(ctx.get(), &pctx, md, nullptr, nullptr,
                                                        key.handle(), nullptr);
    if (rc != 1)
        return {};
    // Set after init and before any data: the SM2 provider computes Z(ID, key) lazily on the
    // first update, and without this OpenSSL 3.0 would use an empty ID.
    if (sm2 && EVP_PKEY_CTX_set1_id(pctx, bytes(sm2Id), int(sm2Id.size())) <= 0)
        return {};
    return ctx;
}

Result<QByteArray> signWith(const Key &key, QByteArrayView data, QByteArrayView sm2Id)
{
    if (!key.handle() || !key.canSign())
        return Error{Error::Invalid, QStringLiteral("this key cannot sign")};
    if (!key.hasPrivate())
        return Error{Error::Invalid, QStringLiteral("signing needs a private key")};
    MdCtxPtr ctx = initSigning(key, true, sm2Id);
    if (!ctx)
        return opensslError("sign init");
    size_t len = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &len, bytes(data), size_t(data.size())) != 1 ||
        len == 0 || len > size_t(std::numeric_limits<int>::max()))
        return opensslError("sign");
    QByteArray sig(qsizetype(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, bytes(data),
                       size_t(data.size())) != 1)
        return opensslError("sign");
    sig.truncate(qsizetype(len));
    return sig;
}

bool verifyWith(const Key &key, QByteArrayView data, QByteArrayView sig, QByteArrayView sm2Id)
{
    if (!key.handle() || !key.canSign() || sig.isEmpty())
        return false;
    MdCtxPtr ctx = initSigning(key, false, sm2Id);
    const bool ok = ctx && EVP_DigestVerify(ctx.get(), bytes(sig), size_t(sig.size()), bytes(data),
                                            size_t(data.size())) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace

Result<QByteArray> sign(const Key &key, QByteArrayView data)
{
    return signWith(key, data, QByteArrayView(sm2DefaultId));
}

bool verify(const Key &key, QByteArrayView data, QByteArrayView sig)
{
    return verifyWith(key, data, sig, QByteArrayView(sm2DefaultId));
}

Result<QByteArray> signSm2(const Key &key, QByteArrayView data, QByteArrayView distinguishingId)
{
    if (key.algorithm() != Key::Algorithm::Sm2)
        return Error{Error::Invalid, QStringLiteral("not an SM2 key")};
    return signWith(key, data, distinguishingId);
}

bool verifySm2(const Key &key, QByteArrayView data, QByteArrayView sig,
               QByteArrayView distinguishingId)
{
    return key.algorithm() == Key::Algorithm::Sm2 && verifyWith(key, data, sig, distinguishingId);
}

} // namespace jiujin::protocol
