#include "pgstatement.h"

#include <libpq-fe.h>

namespace jiujin::gateway {

namespace {

constexpr unsigned int int8Oid = 20;
constexpr unsigned int byteaOid = 17;
constexpr unsigned int boolOid = 16;

void clearResult(pg_result *res)
{
    PQclear(res);
}

} // namespace

int &pgLastChanges()
{
    static thread_local int changes = 0;
    return changes;
}

QByteArray PgStatement::numbered(const char *sql)
{
    QByteArray out;
    int highest = 0;
    char quote = 0;
    for (const char *p = sql; *p; ++p) {
        const char c = *p;
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        int n = 0;
        while (p[1] >= '0' && p[1] <= '9')
            n = n * 10 + (*++p - '0');
        if (n == 0)
            n = highest + 1;
        highest = std::max(highest, n);
        out += '$';
        out += QByteArray::number(n);
    }
    return out;
}

PgStatement::PgStatement(std::shared_ptr<PgConnection> conn, const char *sql, bool prepared)
    : m_conn(std::move(conn)), m_sql(numbered(sql)), m_result(nullptr, &clearResult),
      m_prepared(prepared)
{
}

PgStatement::PgStatement(Error error) : m_result(nullptr, &clearResult), m_error(std::move(error))
{
}

namespace {

template <typename V> void put(std::vector<V> &v, int index, V value, V fill)
{
    if (int(v.size()) < index)
        v.resize(index, fill);
    v[index - 1] = std::move(value);
}

} // namespace

PgStatement &PgStatement::bind(int index, const QString &value)
{
    put(m_values, index, std::optional<QByteArray>(value.toUtf8()), {});
    put(m_types, index, 0u, 0u); // the server infers it from where it is used
    put(m_formats, index, 0, 0);
    return *this;
}

PgStatement &PgStatement::bind(int index, qint64 value)
{
    put(m_values, index, std::optional<QByteArray>(QByteArray::number(value)), {});
    put(m_types, index, int8Oid, 0u);
    put(m_formats, index, 0, 0);
    return *this;
}

PgStatement &PgStatement::bindNull(int index)
{
    put(m_values, index, std::optional<QByteArray>(), {});
    put(m_types, index, 0u, 0u);
    put(m_formats, index, 0, 0);
    return *this;
}

PgStatement &PgStatement::bindBlob(int index, QByteArrayView value)
{
    // Binary format: the bytes as they are (an empty blob stays a non-NULL empty bytea).
    put(m_values, index, std::optional<QByteArray>(QByteArray(value.data(), value.size())), {});
    put(m_types, index, byteaOid, 0u);
    put(m_formats, index, 1, 0);
    return *this;
}

bool PgStatement::execute()
{
    m_executed = true;
    if (m_error)
        return false;
    if (!m_conn) {
        m_error = Error{Error::Invalid, QStringLiteral("statement has no connection")};
        return false;
    }
    const int count = int(m_values.size());
    std::vector<const char *> values(count);
    std::vector<int> lengths(count);
    for (int i = 0; i < count; ++i) {
        values[i] = m_values[i] ? m_values[i]->constData() : nullptr;
        lengths[i] = m_values[i] ? int(m_values[i]->size()) : 0;
    }
    auto res = m_prepared ? m_conn->execPrepared(m_sql, count, m_types.data(), values.data(),
                                                 lengths.data(), m_formats.data())
                          : m_conn->execParams(m_sql.constData(), count, m_types.data(),
                                               values.data(), lengths.data(), m_formats.data());
    if (!res) {
        m_error = res.error();
        pgLastChanges() = 0;
        return false;
    }
    m_result = std::move(res.value());
    m_rows = PQntuples(m_result.get());
    const char *tuples = PQcmdTuples(m_result.get());
    m_changes = (tuples && *tuples) ? QByteArray(tuples).toInt() : 0;
    pgLastChanges() = m_changes;
    m_row = -1;
    return true;
}

bool PgStatement::step()
{
    if (!m_executed && !execute())
        return false;
    if (m_error || !m_result)
        return false;
    if (m_row + 1 >= m_rows)
        return false;
    ++m_row;
    return true;
}

Result<void> PgStatement::run()
{
    if (!m_executed)
        execute();
    if (m_error)
        return *m_error;
    return {};
}

Result<void> PgStatement::queue()
{
    if (m_error)
        return *m_error;
    if (m_executed || !m_conn || !m_conn->inTransaction())
        return run();
    m_executed = true;
    m_changes = 0;
    pgLastChanges() = 0;
    m_conn->queue(m_sql, m_prepared, m_values, m_types, m_formats);
    return {};
}

void PgStatement::reset()
{
    m_executed = false;
    m_result.reset();
    m_row = -1;
    m_rows = 0;
    if (m_conn)
        m_error.reset();
}

bool PgStatement::isNull(int column) const
{
    if (!m_result || m_row < 0 || column >= PQnfields(m_result.get()))
        return true;
    return PQgetisnull(m_result.get(), m_row, column);
}

QString PgStatement::text(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), m_row, column),
                             PQgetlength(m_result.get(), m_row, column));
}

qint64 PgStatement::integer(int column) const
{
    if (isNull(column))
        return 0;
    const char *v = PQgetvalue(m_result.get(), m_row, column);
    if (PQftype(m_result.get(), column) == boolOid)
        return v[0] == 't' ? 1 : 0;
    const QByteArray value(v, PQgetlength(m_result.get(), m_row, column));
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (ok)
        return n;
    return qint64(value.toDouble()); // numeric (SUM, AVG): truncated, as SQLite reads a real
}

QByteArray PgStatement::blob(int column) const
{
    if (isNull(column))
        return {};
    const char *v = PQgetvalue(m_result.get(), m_row, column);
    const int length = PQgetlength(m_result.get(), m_row, column);
    if (PQftype(m_result.get(), column) == byteaOid && length >= 2 && v[0] == '\\' && v[1] == 'x')
        return QByteArray::fromHex(QByteArray(v + 2, length - 2));
    return QByteArray(v, length);
}

} // namespace jiujin::gateway
