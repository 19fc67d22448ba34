#pragma once

#include <QString>

#include <optional>

namespace jiujin {

/**
 * A whole number given on a command line (an option's value or an argument) of jiujin-gateway
 * or jiujinctl: the one place both read them, so that "abc", "", "12x" or "1e3" never reads as 0
 * and a value outside what the command takes is refused before anything happens.
 */
class NumberArgument
{
public:
    /** @p text as a decimal number in [@p min, @p max]; nullopt for anything else. */
    static std::optional<qint64> parse(const QString &text, qint64 min, qint64 max);
    /** The same, with the words to refuse it with: "--days: abc is not a number from 1 to 14"
     *  (the range left out when it is as wide as an int: the service judges it); @p name as the
     *  user wrote it, an option or an argument's name. */
    struct Read
    {
        std::optional<qint64> value;
        QString problem; ///< "" when value is set
    };
    static Read read(const QString &name, const QString &text, qint64 min, qint64 max);
};

} // namespace jiujin
