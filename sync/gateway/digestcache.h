#pragma once

#include <QByteArray>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace jiujin::gateway {

/** What was parsed from some bytes, by the SHA-256 of those exact bytes: a bounded, thread-safe
 *  LRU for parsers too slow to run per request (DESIGN §11d). It holds results, never decisions. */
template <typename T> class DigestCache
{
public:
    /** @p capacity: the most entries held (at least 1); the least recently used goes first. */
    explicit DigestCache(std::size_t capacity) : m_capacity(std::max<std::size_t>(capacity, 1)) {}

    /** The entry for @p digest, made the most recent; null when absent. */
    std::shared_ptr<T> find(const QByteArray &digest)
    {
        std::lock_guard lock(m_mutex);
        auto found = m_index.find(digest);
        if (found == m_index.end())
            return {};
        m_order.splice(m_order.begin(), m_order, found->second);
        return found->second->value;
    }
    /** Keeps @p value for @p digest and returns it; when another thread kept one for the same
     *  digest meanwhile, that one is returned instead. Evicts down to capacity(). */
    std::shared_ptr<T> insert(const QByteArray &digest, std::shared_ptr<T> value)
    {
        std::lock_guard lock(m_mutex);
        ++m_inserts;
        auto found = m_index.find(digest);
        if (found != m_index.end()) {
            m_order.splice(m_order.begin(), m_order, found->second);
            return found->second->value;
        }
        m_order.push_front(Entry{digest, std::move(value)});
        m_index.emplace(digest, m_order.begin());
        while (m_order.size() > m_capacity) {
            m_index.erase(m_order.back().digest);
            m_order.pop_back();
        }
        return m_order.front().value;
    }
    /** Entries held now (never above capacity()). */
    std::size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_order.size();
    }
    std::size_t capacity() const { return m_capacity; }
    /** insert() calls so far (a parse each): for tests and the benchmark. */
    std::size_t inserts() const
    {
        std::lock_guard lock(m_mutex);
        return m_inserts;
    }

private:
    struct Entry
    {
        QByteArray digest;
        std::shared_ptr<T> value;
    };
    struct DigestHash
    {
        // A digest is uniformly distributed already: its first bytes are the hash.
        std::size_t operator()(const QByteArray &d) const noexcept
        {
            std::size_t h = 0;
            std::memcpy(&h, d.constData(), std::min<std::size_t>(sizeof h, std::size_t(d.size())));
            return h;
        }
    };

    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::list<Entry> m_order; // most recently used first
    std::unordered_map<QByteArray, typename std::list<Entry>::iterator, DigestHash> m_index;
    std::size_t m_inserts = 0;
};

} // namespace jiujin::gateway
