#pragma once

#include "casestatusstore.h"
#include "result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace jiujin {

class Database;

/**
 * 查进度 for a receipt of another point, on the kiosk's side of the database: the UI asks through
 * this service (a row of case_lookups), jiujin-syncd asks central and writes the answer, the UI
 * reads it here and forgets the row. The four characters given are personal-ish: they are kept
 * only until answered and a row at most keepSeconds; nothing here logs them.
 */
class CaseInquiryService
{
public:
    /** A row older than this is deleted whoever finds it (the UI when it asks, syncd when it
     *  looks): a session lasts at most a few minutes. */
    static constexpr int keepSeconds = 5 * 60;

    /** Where one lookup stands. */
    struct Answer
    {
        enum class State {
            Waiting,  ///< syncd has not answered yet
            Found,    ///< the case
            NotFound, ///< no such receipt, or the digits do not match (one answer for both)
            Limited,  ///< too many tries (central's limit): later, or at the window
            Offline,  ///< central could not be reached
        } state = State::Waiting;
        std::optional<CaseStatus> found; ///< Found: the case (no personal data)
        QString point;                   ///< Found: the service point that took the application
    };

    explicit CaseInquiryService(Database &db,
                                std::function<QDateTime()> clock = &QDateTime::currentDateTimeUtc)
        : m_db(db), m_clock(std::move(clock))
    {
    }

    /** Whether @p last4 is four characters of [0-9]{3}[0-9X]. */
    static bool validLast4(const QString &last4);
    /** Writes the request for @p receipt (canonical KKKKK-SSSSSS-C) with @p last4; returns its id.
     *  Error::Invalid for malformed input. Rows past keepSeconds go first. */
    Result<QString> ask(const QString &receipt, const QString &last4);
    /** Where request @p id stands; Error::NotFound when the row is gone (wiped). */
    Result<Answer> answer(const QString &id);
    /** Deletes request @p id (digits and answer). */
    Result<void> forget(const QString &id);
    /** Deletes every row past keepSeconds. */
    Result<int> forgetStale();

private:
    Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace jiujin
