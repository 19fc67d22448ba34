// receipt::normalise: a receipt number typed or scanned at the kiosk (查进度).
#include "fuzz.h"
#include "receiptnumber.h"

JIUJIN_FUZZ_TARGET(receipt)
{
    using namespace jiujin;
    const QString typed = QString::fromUtf8(fuzz::bytes(data, size));
    const auto canonical = receipt::normalise(typed);
    if (!canonical)
        return 0;
    // Canonical form: KKKKK-SSSSSS-C, ASCII digits, the Damm digit over the other 11, sequence > 0.
    const QString &c = *canonical;
    FUZZ_CHECK(c.size() == 14 && c.at(5) == u'-' && c.at(12) == u'-');
    QString digits = c;
    digits.remove(u'-');
    FUZZ_CHECK(digits.size() == 12);
    for (const QChar ch : digits)
        FUZZ_CHECK(ch >= u'0' && ch <= u'9');
    FUZZ_CHECK(receipt::dammCheckDigit(QStringView(digits).left(11)) == digits.at(11).digitValue());
    FUZZ_CHECK(QStringView(digits).mid(5, 6) != u"000000");
    FUZZ_CHECK(receipt::format(QStringView(digits).left(5), digits.mid(5, 6).toLongLong()) == c);
    FUZZ_CHECK(receipt::normalise(c) == canonical);
    return 0;
}
