#pragma once

#include "channeltokenrecords.h"

namespace jiujin {
class Database;
}

namespace jiujin::gateway {

/** ChannelTokenRecords in central's SQLite database. */
class SqliteChannelTokenRecords final : public ChannelTokenRecords
{
public:
    explicit SqliteChannelTokenRecords(Database &db) : m_db(db) {}

private:
    [[maybe_unused]] Database &m_db;
};

} // namespace jiujin::gateway
