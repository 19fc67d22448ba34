#include "devicekeycache.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstring>

namespace jiujin::gateway {

DeviceKeyCache::DeviceKeyCache(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(capacity, 1))
{
}

std::size_t DeviceKeyCache::DigestHash::operator()(const QByteArray &d) const noexcept
{
    // The digest is already uniformly distributed: its first bytes are the hash.
    std::size_t h = 0;
    std::memcpy(&h, d.constData(), std::min<std::size_t>(sizeof h, size_t(d.size())));
    return h;
}

Result<std::shared_ptr<const protocol::Key>> DeviceKeyCache::key(QByteArrayView pem)
{
    // Keyed by the bytes themselves, never by the device: a rolled or re-enrolled key is another
    // entry by construction, and the old one can only age out.
    const QByteArray digest = QCryptographicHash::hash(pem, QCryptographicHash::Sha256);
    {
        std::lock_guard lock(m_mutex);
        auto found = m_index.find(digest);
        if (found != m_index.end()) {
            m_order.splice(m_order.begin(), m_order, found->second);
            return found->second->key;
        }
    }
    // Parsed outside the lock: a burst of new devices must not queue behind one decoder.
    auto parsed = protocol::Key::fromPem(pem);
    if (!parsed)
        return parsed.error();
    auto key = std::make_shared<const protocol::Key>(std::move(parsed.value()));
    std::lock_guard lock(m_mutex);
    ++m_parses;
    auto found = m_index.find(digest);
    if (found != m_index.end()) { // another thread parsed the same bytes meanwhile
        m_order.splice(m_order.begin(), m_order, found->second);
        return found->second->key;
    }
    m_order.push_front(Entry{digest, key});
    m_index.emplace(digest, m_order.begin());
    while (m_order.size() > m_capacity) {
        m_index.erase(m_order.back().digest);
        m_order.pop_back();
    }
    return key;
}

std::size_t DeviceKeyCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_order.size();
}

std::size_t DeviceKeyCache::parses() const
{
    std::lock_guard lock(m_mutex);
    return m_parses;
}

} // namespace jiujin::gateway
