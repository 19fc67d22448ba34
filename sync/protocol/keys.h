#pragma once

#include "result.h"
#include "suite.h"

#include <QByteArray>
#include <QByteArrayView>

#include <openssl/types.h>

#include <memory>

namespace jiujin::protocol {

/** A public or private key of one suite (X25519 for intl encryption, SM2 for gm). */
class Key
{
public:
    /** What the key is: X25519 only agrees keys, Ed25519 only signs, SM2 does both. */
    enum class Algorithm { X25519, Ed25519, Sm2 };

    /** A fresh encryption key pair: X25519 (intl) or SM2 (gm). */
    static Result<Key> generate(Suite suite);
    /** A fresh signing key pair: Ed25519 (intl) or SM2 (gm). */
    static Result<Key> generateSigning(Suite suite);
    /** A PKCS#8 private or SPKI public PEM (unencrypted); the suite is detected from the algorithm.
     *  Unparseable bytes give Error::Corrupt, a valid key of another algorithm Error::Invalid. */
    static Result<Key> fromPem(QByteArrayView pem);

    /** SPKI PEM of the public half. */
    QByteArray publicPem() const;
    /** Unencrypted PKCS#8 PEM of the private key; empty for a public-only key. The caller owns the
     *  secret it returns (store it 0600, wipe it when done). */
    QByteArray privatePem() const;
    Suite suite() const { return m_suite; }
    Algorithm algorithm() const { return m_algorithm; }
    bool hasPrivate() const { return m_hasPrivate; }
    /** True for keys that can receive sealed records (X25519, SM2). */
    bool canSeal() const { return m_algorithm != Algorithm::Ed25519; }
    /** True for keys that can sign (Ed25519, SM2). */
    bool canSign() const { return m_algorithm != Algorithm::X25519; }

    /** The OpenSSL key, borrowed (owned by this Key); for the protocol library's own use. */
    EVP_PKEY *handle() const { return m_pkey.get(); }
    /** The 32 raw bytes of an X25519 public key, read once when the key was made or loaded (a
     *  record's key wrap is bound to them); empty for other algorithms. */
    const QByteArray &rawPublic() const { return m_rawPublic; }

    Key(Key &&) noexcept = default;
    Key &operator=(Key &&) noexcept = default;
    Key(const Key &) = delete;
    Key &operator=(const Key &) = delete;
    ~Key() = default;

private:
    struct PkeyFree
    {
        void operator()(EVP_PKEY *p) const;
    };
    Key(EVP_PKEY *pkey, Algorithm algorithm, bool hasPrivate);

    std::unique_ptr<EVP_PKEY, PkeyFree> m_pkey;
    QByteArray m_rawPublic; ///< X25519 only
    Algorithm m_algorithm = Algorithm::X25519;
    Suite m_suite = Suite::Intl;
    bool m_hasPrivate = false;
};

/** The distinguishing ID every SM2 signature uses (GM/T 0009 default; OpenSSL 3.0's own default is
 *  empty, so it is always set explicitly). */
inline constexpr char sm2DefaultId[] = "1234567812345678";

/** Signs @p data with a private signing key: Ed25519 (64 bytes) or SM2 with SM3 and the default
 *  distinguishing ID (DER, at most 72 bytes). */
Result<QByteArray> sign(const Key &key, QByteArrayView data);
/** True only if @p sig is a valid signature of @p data by @p key (public or private). */
bool verify(const Key &key, QByteArrayView data, QByteArrayView sig);

/** As sign()/verify() for SM2 with an explicit distinguishing ID; for interop and tests. */
Result<QByteArray> signSm2(const Key &key, QByteArrayView data, QByteArrayView distinguishingId);
bool verifySm2(const Key &key, QByteArrayView data, QByteArrayView sig,
               QByteArrayView distinguishingId);

} // namespace jiujin::protocol
