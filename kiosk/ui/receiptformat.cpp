#include "receiptformat.h"

#include "receiptnumber.h"

namespace jiujin {

int ReceiptFormat::digitCount() const
{
    return receipt::digitCount;
}

QString ReceiptFormat::blank() const
{
    return receipt::grouped(QString(receipt::digitCount, QLatin1Char('_')));
}

QString ReceiptFormat::digitsOf(const QString &typed) const
{
    return receipt::typedDigits(typed);
}

QString ReceiptFormat::grouped(const QString &digits) const
{
    return receipt::grouped(digits);
}

} // namespace jiujin
