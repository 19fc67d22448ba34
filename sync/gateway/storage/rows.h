#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <type_traits>

/**
 * Reading central's rows, the same way on both engines: templates over the statement type, since
 * SQLite's Statement and PostgreSQL's PgStatement share their reading API (step(), error(),
 * text(), integer(), blob(), isNull()). Times are stored as Unix seconds (UTC). The SQL stays in
 * each engine's records; these helpers only turn the rows it returns into values.
 */
namespace jiujin::gateway::rows {

/** @p seconds as a time of spec Qt::UTC (ISO text ends in "Z"). */
inline QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

/** @p seconds as a time in the zone QTimeZone::utc() (spec Qt::TimeZone: ISO text ends in
 *  "+00:00"). The same instant as utc(); some records have always answered this one. */
inline QDateTime inUtcZone(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

template <class Row> QDateTime time(const Row &s, int column)
{
    return utc(s.integer(column));
}

template <class Row> std::optional<QDateTime> optionalTime(const Row &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return time(s, column);
}

/** time() in the zone QTimeZone::utc() (see inUtcZone()). */
template <class Row> QDateTime zonedTime(const Row &s, int column)
{
    return inUtcZone(s.integer(column));
}

template <class Row> std::optional<QDateTime> optionalZonedTime(const Row &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return zonedTime(s, column);
}

template <class Row> std::optional<int> optionalInt(const Row &s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<int>(int(s.integer(column)));
}

template <class Row> std::optional<QString> optionalText(const Row &s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<QString>(s.text(column));
}

/** The single row of a count or EXISTS query: a missing row is an error too (fail closed). */
template <class Row> Result<qint64> single(Row &s)
{
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("count: no row")};
    return s.integer(0);
}

/** single() read as a truth value (an EXISTS query). */
template <class Row> Result<bool> exists(Row &s)
{
    auto value = single(s);
    if (!value)
        return value.error();
    return value.value() != 0;
}

/** Steps @p s to its first row: true for a row, false for none, the error on a read error. */
template <class Row> Result<bool> firstRow(Row &s)
{
    if (s.step())
        return true;
    if (s.error())
        return *s.error();
    return false;
}

namespace detail {
template <class T> struct Unwrap
{
    using type = T;
};
template <class T> struct Unwrap<Result<T>>
{
    using type = T;
};
template <class T> constexpr bool isResult = false;
template <class T> constexpr bool isResult<Result<T>> = true;
} // namespace detail

/** The value @p map makes of one row: a T, or a Result<T> when a row can be refused. */
template <class Row, class Map>
using MappedOf = typename detail::Unwrap<std::invoke_result_t<Map, const Row &>>::type;

/** Every row of @p s mapped by @p map (which returns T or Result<T>); the first error (of the
 *  read or of a row) fails the whole list. */
template <class Row, class Map> Result<QList<MappedOf<Row, Map>>> all(Row &s, Map map)
{
    QList<MappedOf<Row, Map>> out;
    while (s.step()) {
        if constexpr (detail::isResult<std::invoke_result_t<Map, const Row &>>) {
            auto value = map(std::as_const(s));
            if (!value)
                return value.error();
            out.append(std::move(value.value()));
        } else {
            out.append(map(std::as_const(s)));
        }
    }
    if (s.error())
        return *s.error();
    return out;
}

/** The first row of @p s mapped by @p map; nullopt when there is none. */
template <class Row, class Map> Result<std::optional<MappedOf<Row, Map>>> first(Row &s, Map map)
{
    using T = MappedOf<Row, Map>;
    auto found = firstRow(s);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<T>();
    if constexpr (detail::isResult<std::invoke_result_t<Map, const Row &>>) {
        auto value = map(std::as_const(s));
        if (!value)
            return value.error();
        return std::optional<T>(std::move(value.value()));
    } else {
        return std::optional<T>(map(std::as_const(s)));
    }
}

/** Binds @p t as Unix seconds at @p index; NULL for none. */
template <class Row> Row &bindOptionalTime(Row &s, int index, const std::optional<QDateTime> &t)
{
    return t ? s.bind(index, t->toSecsSinceEpoch()) : s.bindNull(index);
}

/** A list of strings as stored: a compact JSON array. */
inline QString listJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

/** listJson()'s inverse. */
inline QStringList listOf(const QString &json)
{
    QStringList out;
    if (json == QLatin1String("[]"))
        return out; // most rows: no JSON parse
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

/** The value of a statement that returns one row of one integer (an INSERT's RETURNING id, a
 *  count), read to its end; @p none is the error when there is no row. */
template <class Row> Result<qint64> onlyInteger(Row &s, const Error &none)
{
    if (!s.step())
        return s.error() ? *s.error() : none;
    const qint64 value = s.integer(0);
    s.step(); // finish the statement
    if (s.error())
        return *s.error();
    return value;
}

} // namespace jiujin::gateway::rows
