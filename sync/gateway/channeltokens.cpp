#include "channeltokens.h"

#include "centralstorage.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace jiujin::gateway {

namespace {

QString hashOf(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QDateTime fromSecs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
}

double capacityOf(int ratePerMinute)
{
    return std::max(1.0, ratePerMinute / 10.0);
}

ChannelTokenInfo infoOf(const ChannelTokenRecord &r)
{
    ChannelTokenInfo t;
    t.id = r.hash.left(16);
    t.points = r.points;
    t.createdAt = r.createdAt;
    t.expiresAt = r.expiresAt;
    t.revokedAt = r.revokedAt;
    t.ratePerMinute = r.ratePerMinute;
    t.note = r.note;
    t.legacy = r.legacy;
    return t;
}

} // namespace

ChannelTokens::ChannelTokens(CentralStorage &storage) : m_storage(storage) {}

Result<ChannelTokens::Created> ChannelTokens::create(const QStringList &points,
                                                     const QDateTime &expiresAt, int ratePerMinute,
                                                     const QString &note, const QDateTime &now)
{
    static const QRegularExpression pointCode(QStringLiteral("^[0-9]{12}-[0-9]{2}$"));
    for (const QString &p : points) {
        if (!pointCode.match(p).hasMatch())
            return Error{Error::Invalid,
                         QStringLiteral("point %1: expected NNNNNNNNNNNN-NN").arg(p)};
    }
    if (points.size() > maxPoints ||
        QSet<QString>(points.begin(), points.end()).size() != points.size())
        return Error{Error::Invalid, QStringLiteral("points: repeated or too many")};
    if (!expiresAt.isValid() || expiresAt <= now)
        return Error{Error::Invalid, QStringLiteral("expires: must be in the future")};
    if (ratePerMinute < 1 || ratePerMinute > 60000)
        return Error{Error::Invalid, QStringLiteral("rate: 1..60000 requests a minute")};
    if (note.size() > 200 || note.contains(u'\n') || note.contains(u'\t'))
        return Error{Error::Invalid, QStringLiteral("note: one line of at most 200 characters")};

    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QByteArray token =
        "jjc_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    ChannelTokenRecord record;
    record.hash = hashOf(token);
    record.points = points;
    record.createdAt = fromSecs(now.toSecsSinceEpoch());
    record.expiresAt = fromSecs(expiresAt.toSecsSinceEpoch());
    record.ratePerMinute = ratePerMinute;
    record.note = note;
    if (auto r = m_storage.channelTokens().insert(record); !r)
        return r.error();
    Created out;
    out.token = QString::fromLatin1(token);
    out.info = infoOf(record);
    return out;
}

Result<QList<ChannelTokenInfo>> ChannelTokens::list()
{
    auto all = m_storage.channelTokens().all();
    if (!all)
        return all.error();
    QList<ChannelTokenInfo> out;
    out.reserve(all->size());
    for (const ChannelTokenRecord &r : all.value())
        out.append(infoOf(r));
    return out;
}

Result<bool> ChannelTokens::revoke(const QString &id, const QDateTime &now)
{
    static const QRegularExpression hex16(QStringLiteral("^[0-9a-f]{16}$"));
    if (!hex16.match(id).hasMatch())
        return Error{Error::Invalid, QStringLiteral("expected a token id: 16 hex digits")};
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    ChannelTokenRecords &records = m_storage.channelTokens();
    // The id is a prefix of the hash: 64 bits, unique in practice; refuse if it ever is not.
    auto matches = records.countByHashPrefix(id);
    if (!matches)
        return matches.error();
    if (matches.value() == 0)
        return false;
    if (matches.value() > 1)
        return Error{Error::Invalid, QStringLiteral("ambiguous token id")};
    if (auto r = records.revokeByHashPrefix(id, now); !r)
        return r.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    {
        std::lock_guard lock(m_bucketsLock);
        m_buckets.remove(id);
    }
    return true;
}

std::optional<ChannelTokenInfo> ChannelTokens::find(const QByteArray &bearer, const QDateTime &now)
{
    if (bearer.isEmpty() || bearer.size() > 256)
        return std::nullopt;
    // A storage error refuses the token like an unknown one: central never lets a token in
    // that it could not check.
    auto found = m_storage.channelTokens().byHash(hashOf(bearer));
    if (!found || !found->has_value())
        return std::nullopt;
    ChannelTokenInfo t = infoOf(found->value());
    if (!t.usable(now))
        return std::nullopt;
    return t;
}

int ChannelTokens::admit(const ChannelTokenInfo &token, const QDateTime &now)
{
    const double capacity = capacityOf(token.ratePerMinute);
    const double perMs = token.ratePerMinute / 60000.0;
    const qint64 at = now.toMSecsSinceEpoch();
    std::lock_guard lock(m_bucketsLock);
    auto it = m_buckets.find(token.id);
    if (it == m_buckets.end())
        it = m_buckets.insert(token.id, Bucket{capacity, at});
    Bucket &b = it.value();
    // A clock that went back refills nothing (and never empties the bucket).
    if (at > b.atMs)
        b.tokens = std::min(capacity, b.tokens + double(at - b.atMs) * perMs);
    b.atMs = std::max(b.atMs, at);
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - b.tokens) / perMs / 1000.0)));
}

} // namespace jiujin::gateway
