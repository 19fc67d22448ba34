#include "numberargument.h"

#include <QRegularExpression>

#include <limits>

namespace jiujin {

std::optional<qint64> NumberArgument::parse(const QString &text, qint64 min, qint64 max)
{
    // Digits only, with an optional minus: QString::toLongLong also takes spaces and a plus,
    // which a typed number never needs.
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

NumberArgument::Read NumberArgument::read(const QString &name, const QString &text, qint64 min,
                                          qint64 max)
{
    if (const auto n = parse(text, min, max))
        return {n, {}};
    const QString shown = text.isEmpty() ? QStringLiteral("\"\"") : text;
    QString problem = QStringLiteral("%1: %2 is not a number").arg(name, shown);
    // A range as wide as the type is the caller's service's to judge: not worth reading out.
    if (max < std::numeric_limits<int>::max())
        problem += QStringLiteral(" from %1 to %2").arg(min).arg(max);
    return {std::nullopt, problem};
}

} // namespace jiujin
