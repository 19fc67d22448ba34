#include "envelope.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <mutex>

namespace jiujin::protocol {

namespace {

constexpr char magic[4] = {'J', 'J', 'R', 'K'};
constexpr unsigned char version1 = 1;
constexpr unsigned char suiteByteIntl = 1;
constexpr unsigned char suiteByteGm = 2;
constexpr qsizetype prefixSize = 6; // magic, version, suite
constexpr size_t recordKeySize = 32;
constexpr size_t x25519Size = 32;
constexpr size_t gcmNonceSize = 12;
constexpr size_t gcmTagSize = 16;
constexpr size_t sm4KeySize = 16;
constexpr size_t sm4IvSize = 16;
constexpr size_t hmacSm3Size = 32;
constexpr qsizetype gmHeaderFixed = prefixSize + 2 + qsizetype(hmacSm3Size);
// An SM2 ciphertext of a 32-byte key is ~140 bytes of DER; anything far beyond is not ours.
constexpr qsizetype maxSm2CiphertextSize = 512;

const char infoIntlWrap[] = "jiujin/v1/intl/wrap";
const char infoIntlPart[] = "jiujin/v1/intl/part";
const char infoGmHeader[] = "jiujin/v1/gm/header";
const char infoGmPart[] = "jiujin/v1/gm/part";

static_assert(envelope::intlHeaderSize ==
              prefixSize + qsizetype(x25519Size + recordKeySize + gcmTagSize));
static_assert(envelope::intlPartOverhead == qsizetype(gcmNonceSize + gcmTagSize));
static_assert(envelope::gmPartOverhead == qsizetype(sm4IvSize + hmacSm3Size));

/** Fixed-size secret bytes, wiped when destroyed. */
template <size_t N> struct Secret
{
    std::array<unsigned char, N> bytes{};
    Secret() = default;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    ~Secret() { OPENSSL_cleanse(bytes.data(), N); }
    unsigned char *data() { return bytes.data(); }
    const unsigned char *data() const { return bytes.data(); }
    static constexpr size_t size() { return N; }
};

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
struct MacCtxFree
{
    void operator()(EVP_MAC_CTX *c) const { EVP_MAC_CTX_free(c); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char *bytes(QByteArrayView v)
{
    static const unsigned char empty = 0;
    return v.data() ? reinterpret_cast<const unsigned char *>(v.data()) : &empty;
}

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

QByteArrayView view(const unsigned char *p, size_t n)
{
    return QByteArrayView(reinterpret_cast<const char *>(p), qsizetype(n));
}

Error failed(const char *what)
{
    ERR_clear_error();
    return Error{Error::Io, QStringLiteral("crypto operation failed: %1").arg(QLatin1String(what))};
}

Error corrupt(const char *what)
{
    ERR_clear_error();
    return Error{Error::Corrupt, QLatin1String(what)};
}

// The aad is framed by its length so that (aad, following bytes) pairs cannot be shifted.
std::array<unsigned char, 8> lengthBytes(qsizetype n)
{
    std::array<unsigned char, 8> out{};
    auto v = quint64(n);
    for (int i = 7; i >= 0; --i, v >>= 8)
        out[size_t(i)] = static_cast<unsigned char>(v & 0xff);
    return out;
}

bool randomBytes(unsigned char *out, size_t n)
{
    return RAND_bytes(out, int(n)) == 1;
}

// OpenSSL 3 looks an algorithm up in its providers at every EVP_*_fetch, and at every init given
// a legacy EVP_aes_256_gcm()-style handle: a lock, a name lookup and a method copy each time
// (a few microseconds a record, small beside the X25519 agreement: DESIGN §6b). Each algorithm
// is fetched once per process (thread-safe statics) and kept for its lifetime; a failed fetch is
// null and is tried again by the next call.
template <typename T, typename Fetch> T *fetchedOnce(std::atomic<T *> &slot, Fetch fetch)
{
    if (T *got = slot.load(std::memory_order_acquire))
        return got;
    static std::mutex lock;
    std::lock_guard guard(lock);
    if (T *got = slot.load(std::memory_order_relaxed))
        return got;
    T *made = fetch();
    slot.store(made, std::memory_order_release);
    return made;
}

EVP_MAC *hmacAlgorithm()
{
    static std::atomic<EVP_MAC *> slot{nullptr};
    return fetchedOnce(slot, [] { return EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr); });
}

EVP_CIPHER *aes256Gcm()
{
    static std::atomic<EVP_CIPHER *> slot{nullptr};
    return fetchedOnce(slot, [] { return EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr); });
}

EVP_CIPHER *sm4CtrAlgorithm()
{
    static std::atomic<EVP_CIPHER *> slot{nullptr};
    return fetchedOnce(slot, [] { return EVP_CIPHER_fetch(nullptr, "SM4-CTR", nullptr); });
}

using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, MacCtxFree>;

/** The two hashes HMAC and HKDF run on: SHA-256 (intl) and SM3 (gm), both 32 bytes. */
enum class Hash { Sha256, Sm3 };
constexpr size_t hashSize = 32;

/**
 * OpenSSL contexts one thread keeps from one record to the next, made at its first use. An EVP
 * context must never be used by two threads at once, so each thread has its own; none is ever
 * handed to another thread. Making them per call cost a provider lookup each (the digest by
 * name for every HMAC and HKDF, the key manager for every ephemeral key).
 */
struct ThreadContexts
{
    MacCtxPtr hmac[2];       ///< HMAC with its digest set, by Hash; see ThreadHmac
    bool hmacBusy[2] = {};   ///< a ThreadHmac holds hmac[i]
    PkeyCtxPtr x25519Public; ///< EVP_PKEY_fromdata_init'ed for X25519 public keys
};

ThreadContexts &threadContexts()
{
    thread_local ThreadContexts contexts;
    return contexts;
}

/**
 * The calling thread's HMAC context of one hash, keyed anew for each MAC and left keyed with
 * zeros when this goes, so no record's key stays in it. A nested use on the same thread (none
 * today) gets a context of its own.
 */
class ThreadHmac
{
public:
    explicit ThreadHmac(Hash hash) : m_index(hash == Hash::Sm3 ? 1 : 0)
    {
        ThreadContexts &t = threadContexts();
        if (!t.hmacBusy[m_index]) {
            m_shared = true;
            t.hmacBusy[m_index] = true;
            if (!t.hmac[m_index])
                t.hmac[m_index] = make(hash);
            m_ctx = t.hmac[m_index].get();
        } else {
            m_own = make(hash);
            m_ctx = m_own.get();
        }
    }
    ThreadHmac(const ThreadHmac &) = delete;
    ThreadHmac &operator=(const ThreadHmac &) = delete;
    ~ThreadHmac()
    {
        if (!m_shared)
            return;
        ThreadContexts &t = threadContexts();
        static const unsigned char zeros[hashSize] = {};
        if (m_ctx && EVP_MAC_init(m_ctx, zeros, sizeof zeros, nullptr) != 1) {
            ERR_clear_error();
            t.hmac[m_index].reset(); // freed (and cleansed) rather than kept in an unknown state
        }
        t.hmacBusy[m_index] = false;
    }

    /** HMAC under @p key of the concatenation of @p chunks, into @p out (hashSize bytes). */
    bool mac(const unsigned char *key, size_t keyLen, std::initializer_list<QByteArrayView> chunks,
             unsigned char *out)
    {
        if (!m_ctx || EVP_MAC_init(m_ctx, key, keyLen, nullptr) != 1)
            return false;
        for (QByteArrayView chunk : chunks) {
            if (EVP_MAC_update(m_ctx, bytes(chunk), size_t(chunk.size())) != 1)
                return false;
        }
        size_t len = 0;
        return EVP_MAC_final(m_ctx, out, &len, hashSize) == 1 && len == hashSize;
    }

private:
    static MacCtxPtr make(Hash hash)
    {
        EVP_MAC *algorithm = hmacAlgorithm();
        if (!algorithm)
            return {};
        MacCtxPtr ctx(EVP_MAC_CTX_new(algorithm));
        char sha256[] = "SHA256", sm3[] = "SM3";
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                             hash == Hash::Sm3 ? sm3 : sha256, 0),
            OSSL_PARAM_construct_end(),
        };
        if (!ctx || EVP_MAC_CTX_set_params(ctx.get(), params) != 1) {
            ERR_clear_error();
            return {};
        }
        return ctx;
    }

    int m_index;
    bool m_shared = false;
    EVP_MAC_CTX *m_ctx = nullptr;
    MacCtxPtr m_own;
};

/** HKDF (RFC 5869) without salt, i.e. with a salt of hashSize zero bytes, as OpenSSL's EVP_KDF
 *  "HKDF" computes it (RECORD.md; contract-record checks it against another implementation).
 *  Written over the thread's HMAC: OpenSSL 3.0's KDF fetched its digest and a MAC for every
 *  derivation, about half of its cost. */
bool hkdf(Hash hash, const unsigned char *ikm, size_t ikmLen, QByteArrayView info,
          unsigned char *out, size_t outLen)
{
    if (outLen > 255 * hashSize)
        return false;
    ThreadHmac hmac(hash);
    static const unsigned char noSalt[hashSize] = {};
    Secret<hashSize> prk, block;
    if (!hmac.mac(noSalt, sizeof noSalt, {view(ikm, ikmLen)}, prk.data()))
        return false;
    size_t blockLen = 0; // T(0) is empty
    for (unsigned int i = 1; outLen > 0; ++i) {
        const auto counter = static_cast<unsigned char>(i);
        // T(i) = HMAC(PRK, T(i-1) || info || i); the MAC has read T(i-1) before it writes T(i).
        if (!hmac.mac(prk.data(), prk.size(),
                      {view(block.data(), blockLen), info, view(&counter, 1)}, block.data()))
            return false;
        blockLen = hashSize;
        const size_t n = std::min(outLen, hashSize);
        std::memcpy(out, block.data(), n);
        out += n;
        outLen -= n;
    }
    return true;
}

/** HMAC-SM3 of the concatenation of @p chunks. */
bool hmacSm3(const unsigned char *key, size_t keyLen, std::initializer_list<QByteArrayView> chunks,
             unsigned char (&out)[hmacSm3Size])
{
    static_assert(hmacSm3Size == hashSize);
    return ThreadHmac(Hash::Sm3).mac(key, keyLen, chunks, out);
}

/** An X25519 public key from its 32 raw bytes, through the thread's key-import context (what
 *  EVP_PKEY_new_raw_public_key does, without looking the key manager up each time). */
PkeyPtr x25519PublicKey(QByteArrayView raw)
{
    if (raw.size() != qsizetype(x25519Size))
        return {};
    PkeyCtxPtr &ctx = threadContexts().x25519Public;
    if (!ctx) {
        ctx.reset(EVP_PKEY_CTX_new_from_name(nullptr, "X25519", nullptr));
        if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1) {
            ctx.reset();
            return {};
        }
    }
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY,
                                          const_cast<unsigned char *>(bytes(raw)), x25519Size),
        OSSL_PARAM_construct_end(),
    };
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
        return {};
    return PkeyPtr(key);
}

// EVP_*Update takes an int length; larger inputs go through in slices.
constexpr qsizetype maxSlice = qsizetype(1) << 30;

bool cipherUpdate(EVP_CIPHER_CTX *ctx, unsigned char *out, QByteArrayView in)
{
    for (qsizetype done = 0; done < in.size();) {
        const qsizetype n = std::min(maxSlice, in.size() - done);
        int outLen = 0;
        if (EVP_CipherUpdate(ctx, out ? out + done : nullptr, &outLen, bytes(in) + done, int(n)) !=
                1 ||
            (out && outLen != int(n)))
            return false;
        done += n;
    }
    return true;
}

/** AES-256-GCM. @p out receives ciphertext || tag, or plaintext; returns false on a bad tag. */
bool aesGcm(bool encrypt, const unsigned char *key, const unsigned char *nonce,
            std::initializer_list<QByteArrayView> aad, QByteArrayView in, unsigned char *out,
            unsigned char *tag)
{
    EVP_CIPHER *cipher = aes256Gcm();
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx ||
        EVP_CipherInit_ex2(ctx.get(), cipher, key, nonce, encrypt ? 1 : 0, nullptr) != 1)
        return false;
    for (QByteArrayView a : aad) {
        if (!cipherUpdate(ctx.get(), nullptr, a))
            return false;
    }
    if (!cipherUpdate(ctx.get(), out, in))
        return false;
    if (!encrypt && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(gcmTagSize), tag) != 1)
        return false;
    int finalLen = 0;
    if (EVP_CipherFinal_ex(ctx.get(), out ? out + in.size() : nullptr, &finalLen) != 1 ||
        finalLen != 0)
        return false;
    return !encrypt ||
           EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(gcmTagSize), tag) == 1;
}

bool sm4Ctr(const unsigned char *key, const unsigned char *iv, QByteArrayView in,
            unsigned char *out)
{
    EVP_CIPHER *cipher = sm4CtrAlgorithm();
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx || EVP_EncryptInit_ex2(ctx.get(), cipher, key, iv, nullptr) != 1)
        return false;
    if (!cipherUpdate(ctx.get(), out, in))
        return false;
    int finalLen = 0;
    return EVP_EncryptFinal_ex(ctx.get(), out + in.size(), &finalLen) == 1 && finalLen == 0;
}

QByteArray rawPublic(EVP_PKEY *pkey)
{
    QByteArray out(qsizetype(x25519Size), Qt::Uninitialized);
    size_t len = x25519Size;
    if (EVP_PKEY_get_raw_public_key(pkey, bytes(out), &len) != 1 || len != x25519Size)
        return {};
    return out;
}

bool x25519(EVP_PKEY *own, EVP_PKEY *peer, Secret<x25519Size> &shared)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
    size_t len = shared.size();
    // OpenSSL refuses an all-zero result, so a low-order ephemeral point fails here.
    return ctx && EVP_PKEY_derive_init(ctx.get()) == 1 &&
           EVP_PKEY_derive_set_peer(ctx.get(), peer) == 1 &&
           EVP_PKEY_derive(ctx.get(), shared.data(), &len) == 1 && len == shared.size();
}

/** KEK (32) || nonce (12) for wrapping the record key, bound to both public keys. */
bool intlWrapKey(const Secret<x25519Size> &shared, QByteArrayView ephPub, QByteArrayView centralPub,
                 Secret<32 + gcmNonceSize> &kek)
{
    constexpr qsizetype infoSize = sizeof infoIntlWrap - 1;
    if (ephPub.size() != qsizetype(x25519Size) || centralPub.size() != qsizetype(x25519Size))
        return false;
    std::array<char, infoSize + 2 * x25519Size> info;
    std::memcpy(info.data(), infoIntlWrap, infoSize);
    std::memcpy(info.data() + infoSize, ephPub.data(), x25519Size);
    std::memcpy(info.data() + infoSize + x25519Size, centralPub.data(), x25519Size);
    return hkdf(Hash::Sha256, shared.data(), shared.size(),
                QByteArrayView(info.data(), qsizetype(info.size())), kek.data(), kek.size());
}

bool headerMac(const Secret<recordKeySize> &recordKey, QByteArrayView signedPart,
               QByteArrayView aad, unsigned char (&out)[hmacSm3Size])
{
    Secret<hmacSm3Size> macKey;
    if (!hkdf(Hash::Sm3, recordKey.data(), recordKey.size(), infoGmHeader, macKey.data(),
              macKey.size()))
        return false;
    const auto aadLen = lengthBytes(aad.size());
    return hmacSm3(macKey.data(), macKey.size(),
                   {signedPart, view(aadLen.data(), aadLen.size()), aad}, out);
}

} // namespace

/** The keys one record's parts are sealed with (intl: AES key; gm: SM4 key || HMAC-SM3 key). */
struct PartKeys
{
    Suite suite = Suite::Intl;
    Secret<sm4KeySize + hmacSm3Size> keys; // intl uses the first 32 bytes

    bool derive(const Secret<recordKeySize> &recordKey)
    {
        if (suite == Suite::Intl)
            return hkdf(Hash::Sha256, recordKey.data(), recordKey.size(), infoIntlPart, keys.data(),
                        32);
        return hkdf(Hash::Sm3, recordKey.data(), recordKey.size(), infoGmPart, keys.data(),
                    keys.size());
    }
};

// ---- RecordSealer ----

RecordSealer::RecordSealer(std::unique_ptr<PartKeys> keys, QByteArray header)
    : m_keys(std::move(keys)), m_header(std::move(header))
{
}
RecordSealer::RecordSealer(RecordSealer &&) noexcept = default;
RecordSealer &RecordSealer::operator=(RecordSealer &&) noexcept = default;
RecordSealer::~RecordSealer() = default;

Suite RecordSealer::suite() const
{
    return m_keys->suite;
}

QByteArray RecordSealer::keyHeader() const
{
    return m_header;
}

/** The part of sealing that does not depend on the record: its key and the public-key step. */
struct SealerSeed::State
{
    Secret<recordKeySize> recordKey;
    std::unique_ptr<PartKeys> keys;
    QByteArray header;             ///< intl: up to the ephemeral key; gm: up to the SM2 ciphertext
    Secret<32 + gcmNonceSize> kek; ///< intl only
    bool intl = true;
};

SealerSeed::SealerSeed() : d(std::make_unique<State>()) {}
SealerSeed::SealerSeed(SealerSeed &&) noexcept = default;
SealerSeed &SealerSeed::operator=(SealerSeed &&) noexcept = default;
SealerSeed::~SealerSeed() = default;

Result<SealerSeed> RecordSealer::prepare(const Key &centralPublic)
{
    if (!centralPublic.handle() || !centralPublic.canSeal())
        return Error{Error::Invalid, QStringLiteral("this key cannot receive sealed records")};

    SealerSeed seed;
    SealerSeed::State &st = *seed.d;
    Secret<recordKeySize> &recordKey = st.recordKey;
    if (!randomBytes(recordKey.data(), recordKey.size()))
        return failed("RAND_bytes");

    st.keys = std::make_unique<PartKeys>();
    st.keys->suite = centralPublic.suite();
    if (!st.keys->derive(recordKey))
        return failed("HKDF");

    QByteArray &header = st.header;
    header = QByteArray(magic, sizeof magic);
    header.append(char(version1));

    if (centralPublic.algorithm() == Key::Algorithm::X25519) {
        header.append(char(suiteByteIntl));
        PkeyPtr eph(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
        if (!eph)
            return failed("X25519 keygen");
        const QByteArray ephPub = rawPublic(eph.get());
        const QByteArray &centralPub = centralPublic.rawPublic();
        Secret<x25519Size> shared;
        if (ephPub.isEmpty() || centralPub.isEmpty() ||
            !x25519(eph.get(), centralPublic.handle(), shared) ||
            !intlWrapKey(shared, ephPub, centralPub, st.kek))
            return failed("X25519 key agreement");
        header.append(ephPub);
    } else {
        // SM2 public-key encryption (GM/T 0003.4): OpenSSL 3.0 has no ECDH on SM2 keys.
        st.intl = false;
        header.append(char(suiteByteGm));
        PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, centralPublic.handle(), nullptr));
        char sm3[] = "SM3";
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_DIGEST, sm3, 0),
            OSSL_PARAM_construct_end(),
        };
        size_t len = 0;
        if (!ctx || EVP_PKEY_encrypt_init_ex(ctx.get(), params) != 1 ||
            EVP_PKEY_encrypt(ctx.get(), nullptr, &len, recordKey.data(), recordKey.size()) != 1 ||
            len == 0 || len > size_t(maxSm2CiphertextSize))
            return failed("SM2 encrypt");
        QByteArray wrapped(qsizetype(len), Qt::Uninitialized);
        if (EVP_PKEY_encrypt(ctx.get(), bytes(wrapped), &len, recordKey.data(), recordKey.size()) !=
            1)
            return failed("SM2 encrypt");
        wrapped.truncate(qsizetype(len));
        header.append(char((len >> 8) & 0xff));
        header.append(char(len & 0xff));
        header.append(wrapped);
    }
    return seed;
}

Result<RecordSealer> RecordSealer::create(SealerSeed seed, QByteArrayView aad)
{
    if (!seed.d || !seed.d->keys)
        return Error{Error::Invalid, QStringLiteral("this seal was already used")};
    SealerSeed::State &st = *seed.d;
    QByteArray header = st.header;
    const auto aadLen = lengthBytes(aad.size());
    if (st.intl) {
        const QByteArray signedPart = header;
        header.resize(envelope::intlHeaderSize);
        unsigned char *wrapped = bytes(header) + signedPart.size();
        if (!aesGcm(true, st.kek.data(), st.kek.data() + 32,
                    {signedPart, view(aadLen.data(), aadLen.size()), aad},
                    view(st.recordKey.data(), st.recordKey.size()), wrapped,
                    wrapped + recordKeySize))
            return failed("AES-GCM");
    } else {
        // SM2 encryption takes no associated data, so a MAC under the record key binds the
        // header (and the record's aad) to the record key.
        unsigned char tag[hmacSm3Size];
        if (!headerMac(st.recordKey, header, aad, tag))
            return failed("HMAC-SM3");
        header.append(reinterpret_cast<const char *>(tag), qsizetype(sizeof tag));
    }
    return RecordSealer(std::move(st.keys), std::move(header));
}

Result<RecordSealer> RecordSealer::create(const Key &centralPublic, QByteArrayView aad)
{
    auto seed = prepare(centralPublic);
    if (!seed)
        return seed.error();
    return create(std::move(seed.value()), aad);
}

Result<QByteArray> RecordSealer::seal(QByteArrayView plaintext, QByteArrayView aad) const
{
    const auto aadLen = lengthBytes(aad.size());
    if (m_keys->suite == Suite::Intl) {
        if (plaintext.size() > std::numeric_limits<qsizetype>::max() - envelope::intlPartOverhead)
            return Error{Error::Invalid, QStringLiteral("part too large")};
        QByteArray out(envelope::intlPartOverhead + plaintext.size(), Qt::Uninitialized);
        unsigned char *nonce = bytes(out);
        if (!randomBytes(nonce, gcmNonceSize))
            return failed("RAND_bytes");
        unsigned char *ct = nonce + gcmNonceSize;
        if (!aesGcm(true, m_keys->keys.data(), nonce, {aad}, plaintext, ct, ct + plaintext.size()))
            return failed("AES-GCM");
        return out;
    }
    if (plaintext.size() > std::numeric_limits<qsizetype>::max() - envelope::gmPartOverhead)
        return Error{Error::Invalid, QStringLiteral("part too large")};
    QByteArray out(envelope::gmPartOverhead + plaintext.size(), Qt::Uninitialized);
    unsigned char *iv = bytes(out);
    if (!randomBytes(iv, sm4IvSize))
        return failed("RAND_bytes");
    unsigned char *ct = iv + sm4IvSize;
    const unsigned char *encKey = m_keys->keys.data();
    const unsigned char *macKey = encKey + sm4KeySize;
    unsigned char tag[hmacSm3Size];
    if (!sm4Ctr(encKey, iv, plaintext, ct))
        return failed("SM4-CTR");
    if (!hmacSm3(macKey, hmacSm3Size,
                 {view(aadLen.data(), aadLen.size()), aad,
                  view(iv, sm4IvSize + size_t(plaintext.size()))},
                 tag))
        return failed("HMAC-SM3");
    std::memcpy(ct + plaintext.size(), tag, sizeof tag);
    return out;
}

// ---- RecordOpener ----

RecordOpener::RecordOpener(std::unique_ptr<PartKeys> keys) : m_keys(std::move(keys)) {}
RecordOpener::RecordOpener(RecordOpener &&) noexcept = default;
RecordOpener &RecordOpener::operator=(RecordOpener &&) noexcept = default;
RecordOpener::~RecordOpener() = default;

Suite RecordOpener::suite() const
{
    return m_keys->suite;
}

Result<RecordOpener> RecordOpener::open(const Key &centralPrivate, QByteArrayView keyHeader,
                                        QByteArrayView aad)
{
    if (!centralPrivate.handle() || !centralPrivate.canSeal())
        return Error{Error::Invalid, QStringLiteral("this key cannot open sealed records")};
    if (!centralPrivate.hasPrivate())
        return Error{Error::Invalid,
                     QStringLiteral("opening a record needs central's private key")};

    if (keyHeader.size() < prefixSize || std::memcmp(keyHeader.data(), magic, sizeof magic) != 0)
        return corrupt("not a record key header");
    if (static_cast<unsigned char>(keyHeader[4]) != version1)
        return corrupt("unsupported record key header version");
    const auto suiteByte = static_cast<unsigned char>(keyHeader[5]);
    const bool intl = centralPrivate.algorithm() == Key::Algorithm::X25519;
    if (suiteByte != (intl ? suiteByteIntl : suiteByteGm))
        return corrupt("record key header is not for this key's suite");

    Secret<recordKeySize> recordKey;
    const auto aadLen = lengthBytes(aad.size());
    if (intl) {
        if (keyHeader.size() != envelope::intlHeaderSize)
            return corrupt("record key header has the wrong size");
        const QByteArrayView ephPub = keyHeader.sliced(prefixSize, qsizetype(x25519Size));
        PkeyPtr eph = x25519PublicKey(ephPub);
        const QByteArray &centralPub = centralPrivate.rawPublic();
        if (!eph || centralPub.isEmpty())
            return corrupt("bad ephemeral key");
        Secret<x25519Size> shared;
        Secret<32 + gcmNonceSize> kek;
        if (!x25519(centralPrivate.handle(), eph.get(), shared))
            return corrupt("bad ephemeral key");
        if (!intlWrapKey(shared, ephPub, centralPub, kek))
            return failed("HKDF");
        const qsizetype signedSize = prefixSize + qsizetype(x25519Size);
        std::array<unsigned char, gcmTagSize> tag{};
        std::memcpy(tag.data(), keyHeader.data() + signedSize + recordKeySize, gcmTagSize);
        if (!aesGcm(false, kek.data(), kek.data() + 32,
                    {keyHeader.first(signedSize), view(aadLen.data(), aadLen.size()), aad},
                    keyHeader.sliced(signedSize, qsizetype(recordKeySize)), recordKey.data(),
                    tag.data()))
            return corrupt(
                "record key header does not authenticate (tampered, other key or other record)");
    } else {
        if (keyHeader.size() < gmHeaderFixed)
            return corrupt("record key header is truncated");
        const qsizetype wrappedSize = (qsizetype(static_cast<unsigned char>(keyHeader[6])) << 8) |
                                      qsizetype(static_cast<unsigned char>(keyHeader[7]));
        if (wrappedSize == 0 || wrappedSize > maxSm2CiphertextSize ||
            keyHeader.size() != gmHeaderFixed + wrappedSize)
            return corrupt("record key header has the wrong size");
        const QByteArrayView wrapped = keyHeader.sliced(prefixSize + 2, wrappedSize);

        PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, centralPrivate.handle(), nullptr));
        char sm3[] = "SM3";
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_DIGEST, sm3, 0),
            OSSL_PARAM_construct_end(),
        };
        if (!ctx || EVP_PKEY_decrypt_init_ex(ctx.get(), params) != 1)
            return failed("SM2 decrypt");
        // The plaintext is never longer than the ciphertext, so this buffer always suffices.
        Secret<maxSm2CiphertextSize> plain;
        size_t len = plain.size();
        if (EVP_PKEY_decrypt(ctx.get(), plain.data(), &len, bytes(wrapped),
                             size_t(wrapped.size())) != 1 ||
            len != recordKeySize)
            return corrupt("record key header does not decrypt (tampered or other key)");
        std::memcpy(recordKey.data(), plain.data(), recordKeySize);

        unsigned char expected[hmacSm3Size];
        if (!headerMac(recordKey, keyHeader.first(prefixSize + 2 + wrappedSize), aad, expected))
            return failed("HMAC-SM3");
        if (CRYPTO_memcmp(expected, keyHeader.data() + prefixSize + 2 + wrappedSize, hmacSm3Size) !=
            0)
            return corrupt("record key header does not authenticate (tampered or other record)");
    }

    auto keys = std::make_unique<PartKeys>();
    keys->suite = intl ? Suite::Intl : Suite::Gm;
    if (!keys->derive(recordKey))
        return failed("HKDF");
    return RecordOpener(std::move(keys));
}

Result<QByteArray> RecordOpener::open(QByteArrayView sealed, QByteArrayView aad) const
{
    if (m_keys->suite == Suite::Intl) {
        if (sealed.size() < envelope::intlPartOverhead)
            return corrupt("sealed part is truncated");
        const qsizetype ctSize = sealed.size() - envelope::intlPartOverhead;
        const QByteArrayView ct = sealed.sliced(qsizetype(gcmNonceSize), ctSize);
        std::array<unsigned char, gcmTagSize> tag{};
        std::memcpy(tag.data(), sealed.data() + gcmNonceSize + ctSize, gcmTagSize);
        QByteArray out(ctSize, Qt::Uninitialized);
        if (!aesGcm(false, m_keys->keys.data(), bytes(sealed), {aad}, ct, bytes(out), tag.data())) {
            // Unauthenticated plaintext never leaves, not even in freed memory.
            OPENSSL_cleanse(out.data(), size_t(out.size()));
            return corrupt(
                "sealed part does not authenticate (tampered, truncated or other record)");
        }
        return out;
    }

    if (sealed.size() < envelope::gmPartOverhead)
        return corrupt("sealed part is truncated");
    const qsizetype ctSize = sealed.size() - envelope::gmPartOverhead;
    const auto aadLen = lengthBytes(aad.size());
    const unsigned char *encKey = m_keys->keys.data();
    const unsigned char *macKey = encKey + sm4KeySize;
    unsigned char expected[hmacSm3Size];
    if (!hmacSm3(
            macKey, hmacSm3Size,
            {view(aadLen.data(), aadLen.size()), aad, sealed.first(qsizetype(sm4IvSize) + ctSize)},
            expected))
        return failed("HMAC-SM3");
    if (CRYPTO_memcmp(expected, sealed.data() + sm4IvSize + ctSize, hmacSm3Size) != 0)
        return corrupt("sealed part does not authenticate (tampered, truncated or other record)");
    QByteArray out(ctSize, Qt::Uninitialized);
    if (!sm4Ctr(encKey, bytes(sealed), sealed.sliced(qsizetype(sm4IvSize), ctSize), bytes(out)))
        return failed("SM4-CTR");
    return out;
}

} // namespace jiujin::protocol
