#pragma once

#include "publishedcatalogue.h"

namespace jiujin {
class Database;
}

namespace jiujin::gateway {

/** PublishedCatalogue in central's SQLite database. */
class SqlitePublishedCatalogue final : public PublishedCatalogue
{
public:
    explicit SqlitePublishedCatalogue(Database &db) : m_db(db) {}

private:
    [[maybe_unused]] Database &m_db;
};

} // namespace jiujin::gateway
