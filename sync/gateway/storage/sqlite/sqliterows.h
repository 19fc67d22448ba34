#pragma once

#include "database.h"

#include <QDateTime>

#include <optional>

/** Reading central's SQLite rows: times are stored as Unix seconds (UTC). */
namespace jiujin::gateway::sqlite {

inline QDateTime time(const Statement &s, int column)
{
    return QDateTime::fromSecsSinceEpoch(s.integer(column), Qt::UTC);
}

inline std::optional<QDateTime> optionalTime(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return time(s, column);
}

} // namespace jiujin::gateway::sqlite
