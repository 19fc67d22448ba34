#pragma once

#include "result.h"

namespace jiujin {

class Database;
class SyncEngine;

/**
 * Pulls this service point's case updates (PROTOCOL.md, "Cases": GET /v1/cases/changes) after a
 * complete drain and applies each page through CaseStatusStore in one transaction: the signature
 * is verified before anything is parsed, a page that is malformed or not for this point changes
 * nothing. It asks again while central says "more"; on 410 it starts over from 0 (a snapshot).
 * A failure is noted in sync.last_error and holds up nothing.
 */
class CaseFeedPuller
{
public:
    /** Most pages in one run (1000 cases each): a central that says "more" for ever is not
     *  followed for ever; the rest comes at the next cycle. */
    static constexpr int maxPages = 100;

    CaseFeedPuller(Database &db, SyncEngine &engine) : m_db(db), m_engine(engine) {}

    /** What a run did. */
    struct Pulled
    {
        qint64 seq = 0; ///< cases.seq afterwards
        int pages = 0;  ///< pages applied
        int cases = 0;  ///< cases updated
    };
    Result<Pulled> run();

private:
    Result<Pulled> pull();
    Database &m_db;
    SyncEngine &m_engine;
};

} // namespace jiujin
