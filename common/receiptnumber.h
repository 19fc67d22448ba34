#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/**
 * Receipt numbers (受理编号): "KKKKK-SSSSSS-C", a 5-digit kiosk tag (3-digit township code +
 * 2-digit kiosk number), a 6-digit per-kiosk sequence and one Damm check digit over those 11
 * digits. Unique per kiosk without coordination; the Damm digit catches every single-digit error
 * and every adjacent transposition when a number is read aloud or typed back.
 */
namespace jiujin::receipt {

/** Digits in a receipt number (5 + 6 + 1). */
inline constexpr int digitCount = 12;

/** The Damm check digit (0-9) of @p digits (ASCII 0-9 only, may be empty); -1 on any other char. */
int dammCheckDigit(QStringView digits);

/**
 * The canonical dashed receipt number, e.g. format(u"20301", 42) == "20301-000042-7".
 * @p kioskTag must be exactly 5 ASCII digits and @p sequence in 1..999999 (allocated by the
 * caller in the same DB transaction as the record); otherwise a null QString.
 */
QString format(QStringView kioskTag, qint64 sequence);

/**
 * A typed or scanned receipt number in canonical form, or nullopt. Accepts ASCII and full-width
 * digits (０-９), spaces (also U+3000) and dashes anywhere; requires 12 digits, a sequence other
 * than 000000 and a matching check digit.
 */
std::optional<QString> normalise(QStringView typed);

/**
 * What a person has typed so far, kept to its ASCII and full-width digits (at most
 * digitCount, as ASCII): what a keypad field holds.
 */
QString typedDigits(QStringView typed);

/**
 * @p digits (as typedDigits() keeps them, possibly fewer than 12) grouped as on the receipt,
 * 5-6-1: "20301", "20301-0000", "20301-000042-7". Empty for no digits.
 */
QString grouped(QStringView digits);

} // namespace jiujin::receipt
