#pragma once

#include "digestcache.h"
#include "keys.h"
#include "result.h"

#include <QByteArrayView>

#include <cstddef>
#include <memory>

namespace jiujin::gateway {

/** Parsed device signing keys by the SHA-256 of their stored PEM bytes: a bounded, thread-safe LRU
 *  that only saves parsing; every decision (revocation, nonce, signature) is still made per
 * request. */
class DeviceKeyCache
{
public:
    /** Enough for a province's fleet (about 11,000 points, DESIGN §11d) on one instance. */
    static constexpr std::size_t defaultCapacity = 16384;

    /** @p capacity: the most keys held (at least 1); the least recently used goes first. */
    explicit DeviceKeyCache(std::size_t capacity = defaultCapacity) : m_keys(capacity) {}

    /** The key @p pem holds, parsed once per distinct byte string; Key::fromPem's error (not
     *  cached) when it does not parse. The key is shared, read-only, and outlives its eviction for
     *  as long as the caller holds it. */
    Result<std::shared_ptr<const protocol::Key>> key(QByteArrayView pem);

    /** Keys held now (never above capacity()). */
    std::size_t size() const { return m_keys.size(); }
    std::size_t capacity() const { return m_keys.capacity(); }
    /** Parses done so far (a miss each): for tests and the benchmark. */
    std::size_t parses() const { return m_keys.inserts(); }

private:
    DigestCache<const protocol::Key> m_keys;
};

} // namespace jiujin::gateway
