#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jiujin {

class Database;

/** One 查进度 request for a receipt of another point (table case_lookups). */
struct CaseLookupRow
{
    QString id;      ///< random; sent to central as the request's "ask"
    QString receipt; ///< the kiosk receipt asked about, canonical (KKKKK-SSSSSS-C)
    QString last4;   ///< the four characters given; "" once answered
    QDateTime created;
    QString state;  ///< asked | found | not_found | limited | offline
    QString answer; ///< found: central's verified answer text (caselookup.h; no personal data)
    QString error;  ///< offline / limited: why, for logs
};

/**
 * Owns case_lookups (kiosk migration 010): the one place where the kiosk UI and jiujin-syncd
 * exchange a lookup of another point's receipt. The digits live here only until answered, and a
 * row only minutes. Reads fail closed.
 */
class CaseLookupStore
{
public:
    explicit CaseLookupStore(Database &db) : m_db(db) {}

    /** Writes a new request (state asked). */
    Result<void> ask(const CaseLookupRow &row);
    Result<std::optional<CaseLookupRow>> row(const QString &id);
    /** Requests still waiting for an answer, oldest first. */
    Result<QList<CaseLookupRow>> waiting();
    /** Sets the outcome of a waiting request and blanks its digits; Error::NotFound when it is
     *  no longer waiting (answered, or deleted meanwhile). */
    Result<void> answer(const QString &id, const QString &state, const QString &answer,
                        const QString &error);
    Result<void> remove(const QString &id);
    /** Deletes requests created before @p before; how many. */
    Result<int> removeBefore(const QDateTime &before);
    /** Every row (tests, doctor). */
    Result<int> count();

private:
    Database &m_db;
};

} // namespace jiujin
