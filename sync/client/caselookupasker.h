#pragma once

#include "result.h"

namespace jiujin {

class Database;
class SyncEngine;

/**
 * Answers the kiosk UI's lookups of another point's receipt (case_lookups, kiosk migration 010;
 * PROTOCOL.md "Case lookup"): for each waiting request it POSTs /v1/cases/lookup, verifies
 * central's signature and that the answer is for this request, and writes the outcome (found,
 * not_found, limited or offline) with the digits blanked. A citizen is waiting at the screen, so
 * each exchange is bounded (answerWithinMs) and a request the UI has given up on is not asked.
 * Rows past CaseInquiryService's keep time are deleted. The digits are never logged.
 */
class CaseLookupAsker
{
public:
    /** The whole exchange with central, connect included: under the UI's wait (8 s). */
    static constexpr int answerWithinMs = 6000;
    /** A request older than this is answered offline without asking: the screen has moved on. */
    static constexpr int askWithinS = 20;
    /** Rows older than this are deleted (as the UI does: CaseInquiryService::keepSeconds). */
    static constexpr int keepSeconds = 5 * 60;

    CaseLookupAsker(Database &db, SyncEngine &engine) : m_db(db), m_engine(engine) {}

    /** How many requests were answered; Error when the table cannot be read. */
    Result<int> run();

private:
    Database &m_db;
    SyncEngine &m_engine;
};

} // namespace jiujin
