#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace jiujin {

/** An error with a machine-readable code and a message fit to show to staff. */
struct Error
{
    enum Code {
        Io,
        Corrupt,
        TooNew,
        Invalid,
        NotFound,
        Busy,
        Full,
        Clock,    ///< a certificate is not valid at this machine's time: its clock is wrong
        Forbidden ///< the operator's role or scope does not allow it (central's operators)
    };
    Code code = Io;
    QString message;
};

/** The outcome of an operation that may fail: a value or an Error (no exceptions cross layers). */
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace jiujin
