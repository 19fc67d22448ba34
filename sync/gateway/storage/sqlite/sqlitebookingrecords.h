#pragma once

#include "bookingrecords.h"

namespace jiujin {
class Database;
}

namespace jiujin::gateway {

/** BookingRecords in central's SQLite database. */
class SqliteBookingRecords final : public BookingRecords
{
public:
    explicit SqliteBookingRecords(Database &db) : m_db(db) {}

private:
    [[maybe_unused]] Database &m_db;
};

} // namespace jiujin::gateway
