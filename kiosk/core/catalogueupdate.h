#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace jiujin {

class Database;
namespace protocol {
class Key;
struct CatalogueChangeSet;
} // namespace protocol

/**
 * Applies central's signed catalogue change sets (GET /v1/catalogue/changes) to this kiosk, all
 * or nothing (DESIGN.md invariant 7): verify the signature, check the sequence and every object as
 * a bundle's, then write in one transaction; on any problem the catalogue in use stays as it was.
 */
class CatalogueUpdate
{
public:
    using Clock = std::function<QDateTime()>;
    explicit CatalogueUpdate(Database &db, Clock clock = &QDateTime::currentDateTimeUtc)
        : m_db(db), m_clock(std::move(clock))
    {
    }

    /**
     * Verifies @p body (a 200 answer) with central's receipt key and applies it; returns the new
     * sequence. Error::Corrupt for a signature that does not verify, Error::Invalid for anything
     * malformed, a change set for another sequence than this kiosk's, or an object that fails the
     * bundle's rules; nothing is changed then.
     */
    Result<qint64> apply(const QByteArray &body, const protocol::Key &receiptKey,
                         const QString &actor = QStringLiteral("jiujin-syncd"));
    /** As apply(), for a change set whose signature was already verified. */
    Result<qint64> apply(const protocol::CatalogueChangeSet &changes, const QString &actor);

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace jiujin
