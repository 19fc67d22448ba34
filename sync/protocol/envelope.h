#pragma once

#include "keys.h"
#include "result.h"
#include "suite.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace jiujin::protocol {

struct PartKeys;

/**
 * The record-independent half of a sealing, made ahead of time (the kiosk makes it while the
 * citizen reviews the form): a fresh record key and its public-key step (X25519 agreement, or SM2
 * encryption). Usable once; its secrets are wiped when it goes.
 */
class SealerSeed
{
public:
    SealerSeed(SealerSeed &&) noexcept;
    SealerSeed &operator=(SealerSeed &&) noexcept;
    ~SealerSeed();

private:
    friend class RecordSealer;
    SealerSeed();
    struct State;
    std::unique_ptr<State> d;
};

/** Holds one record's fresh key and seals the record's parts with it. */
class RecordSealer
{
public:
    /** Makes a fresh random record key and wraps it to @p centralPublic (X25519 or SM2; the suite
     *  follows the key). @p aad is the record's metadata the wrap is bound to. */
    static Result<RecordSealer> create(const Key &centralPublic, QByteArrayView aad);
    /** The record-independent half of create(), for a seal made ahead of time. */
    static Result<SealerSeed> prepare(const Key &centralPublic);
    /** Finishes a prepared seal for a record whose metadata is @p aad. */
    static Result<RecordSealer> create(SealerSeed seed, QByteArrayView aad);
    Suite suite() const;
    /** Versioned, self-describing bytes (magic, suite, ephemeral public key, wrapped record key),
     *  stored beside the record; the wrap is bound to @p aad given to create(). */
    QByteArray keyHeader() const;
    /** A fresh nonce every call; output is self-contained (nonce || ciphertext || tag).
     *  @p aad (the part's metadata, may differ per part) must be given again to open it. */
    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView aad) const;

    RecordSealer(RecordSealer &&) noexcept;
    RecordSealer &operator=(RecordSealer &&) noexcept;
    ~RecordSealer();

private:
    RecordSealer(std::unique_ptr<PartKeys> keys, QByteArray header);
    std::unique_ptr<PartKeys> m_keys; // wiped on destruction
    QByteArray m_header;
};

/** Central's side: unwraps the record key with central's private key and opens the parts. */
class RecordOpener
{
public:
    /** Unwraps @p keyHeader; Error::Invalid if @p centralPrivate has no private half or cannot
     *  receive records, Error::Corrupt if the header is malformed, tampered, not for this key or
     *  @p aad differs from the sealer's. */
    static Result<RecordOpener> open(const Key &centralPrivate, QByteArrayView keyHeader,
                                     QByteArrayView aad);
    /** The plaintext of a part sealed by this record's sealer; Error::Corrupt if it was
     *  truncated, tampered, sealed under another record or @p aad differs. */
    Result<QByteArray> open(QByteArrayView sealed, QByteArrayView aad) const;
    Suite suite() const;

    RecordOpener(RecordOpener &&) noexcept;
    RecordOpener &operator=(RecordOpener &&) noexcept;
    ~RecordOpener();

private:
    explicit RecordOpener(std::unique_ptr<PartKeys> keys);
    std::unique_ptr<PartKeys> m_keys; // wiped on destruction
};

/**
 * Wire format v1: see sync/protocol/RECORD.md.
 */
namespace envelope {
inline constexpr qsizetype intlHeaderSize = 86;
inline constexpr qsizetype intlPartOverhead = 12 + 16;
inline constexpr qsizetype gmPartOverhead = 16 + 32;
} // namespace envelope

} // namespace jiujin::protocol
