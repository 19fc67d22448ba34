#include "devicekeycache.h"

#include <QCryptographicHash>

namespace jiujin::gateway {

Result<std::shared_ptr<const protocol::Key>> DeviceKeyCache::key(QByteArrayView pem)
{
    // Keyed by the bytes themselves, never by the device: a rolled or re-enrolled key is another
    // entry by construction, and the old one can only age out.
    const QByteArray digest = QCryptographicHash::hash(pem, QCryptographicHash::Sha256);
    if (auto known = m_keys.find(digest))
        return known;
    // Parsed outside the cache's lock: a burst of new devices must not queue behind one decoder.
    auto parsed = protocol::Key::fromPem(pem);
    if (!parsed)
        return parsed.error();
    return m_keys.insert(digest, std::make_shared<const protocol::Key>(std::move(parsed.value())));
}

} // namespace jiujin::gateway
