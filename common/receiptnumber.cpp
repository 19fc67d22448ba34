#include "receiptnumber.h"

namespace jiujin::receipt {

namespace {
// The totally anti-symmetric quasigroup of order 10 from Damm's thesis (2004), as published on
// Wikipedia ("Damm algorithm"); any other table would give different check digits.
constexpr int kDamm[10][10] = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
};

constexpr int kTagDigits = 5;
constexpr int kSequenceDigits = 6;
constexpr int kDigits = kTagDigits + kSequenceDigits + 1;
static_assert(kDigits == digitCount);

} // namespace

int dammCheckDigit(QStringView digits)
{
    int interim = 0;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        interim = kDamm[interim][c.unicode() - '0'];
    }
    return interim;
}

QString format(QStringView kioskTag, qint64 sequence)
{
    if (kioskTag.size() != kTagDigits || dammCheckDigit(kioskTag) < 0 || sequence < 1 ||
        sequence > 999999)
        return {};
    QString digits = kioskTag.toString() +
                     QStringLiteral("%1").arg(sequence, kSequenceDigits, 10, QLatin1Char('0'));
    digits += QChar(u'0' + dammCheckDigit(digits));
    return grouped(digits);
}

std::optional<QString> normalise(QStringView typed)
{
    QString digits;
    digits.reserve(kDigits);
    for (const QChar c : typed) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digits += c;
        else if (u >= u'０' && u <= u'９')
            digits += QChar(u'0' + (u - u'０'));
        // Citizens and staff type numbers from paper with whatever IME is active: ASCII and
        // full-width spaces and hyphens, and the dash variants an IME substitutes for "-".
        else if (c.isSpace() || u == u'-' || u == u'－' || u == u'‐' || u == u'‑' || u == u'–' ||
                 u == u'—' || u == u'―' || u == u'−')
            continue;
        else
            return std::nullopt;
    }
    if (digits.size() != kDigits || dammCheckDigit(digits) != 0)
        return std::nullopt;
    if (QStringView(digits).mid(kTagDigits, kSequenceDigits) == u"000000")
        return std::nullopt;
    return grouped(digits);
}

QString typedDigits(QStringView typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (digits.size() == kDigits)
            break;
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digits += c;
        else if (u >= u'０' && u <= u'９')
            digits += QChar(u'0' + (u - u'０'));
    }
    return digits;
}

QString grouped(QStringView digits)
{
    QString text = digits.left(kTagDigits).toString();
    if (digits.size() > kTagDigits)
        text += QLatin1Char('-') + digits.mid(kTagDigits, kSequenceDigits).toString();
    if (digits.size() > kTagDigits + kSequenceDigits)
        text += QLatin1Char('-') + digits.mid(kTagDigits + kSequenceDigits, 1).toString();
    return text;
}

} // namespace jiujin::receipt
