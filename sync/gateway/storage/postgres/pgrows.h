#pragma once

#include "pgstatement.h"

#include <QDateTime>

#include <optional>

/** Reading central's PostgreSQL rows: times are stored as Unix seconds (UTC). */
namespace jiujin::gateway::pg {

inline QDateTime time(const PgStatement &s, int column)
{
    return QDateTime::fromSecsSinceEpoch(s.integer(column), Qt::UTC);
}

inline std::optional<QDateTime> optionalTime(const PgStatement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return time(s, column);
}

} // namespace jiujin::gateway::pg
