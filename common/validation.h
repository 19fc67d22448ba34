#pragma once

#include "formschema.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

/** Field rules of the apply screen: ID numbers, mobile numbers, per-type checks and display masks.
 */
namespace jiujin::validation {

/** What an 18-digit citizen ID number (GB 11643-1999) says about its holder. */
struct IdNumberInfo
{
    QDate birthDate;
    bool male = false;
    QString regionCode; ///< the first six digits (administrative division at registration)
};

/** Parses an 18-digit ID number; nullopt when the structure, region, birth date (not after
 *  @p today, not before 1890-01-01) or the MOD 11-2 check character is wrong. Lower-case x is
 *  accepted. Leading/trailing white space is ignored. */
std::optional<IdNumberInfo> parseIdNumber(QStringView id, QDate today);
/** The ID number trimmed with a lower-case check character x turned into X. */
QString normaliseIdNumber(QStringView id);

/** True for an 11-digit mainland mobile number with a real prefix, once normalised. */
bool isMainlandMobile(QStringView number);
/** Drops spaces and dashes and a leading +86 / 0086 / 86 country code (only when 11 digits
 *  remain); no other check. */
QString normaliseMobile(QStringView number);

/** Checks one value against its field; empty when valid, otherwise one short message for the
 *  citizen, translated in the context "jiujin::Validation". @p today resolves "today" bounds. */
QString check(const FieldSpec &field, const QString &value, QDate today);

/** The fields of a booking (name, phone, optional id_number) with their rules: the kiosk's form and
 *  central's check of a booking's sealed payload use the same list. */
QList<FieldSpec> bookingFields();

/** "1505**********123X": first 4 and last 4 characters kept; shorter input is all stars. */
QString maskIdNumber(QStringView id);
/** "张**": the first character kept, one star per further character; a one-character name is "*".
 */
QString maskName(QStringView name);
/** "138****5678": first 3 and last 4 digits of the normalised number; shorter input is all stars.
 */
QString maskPhone(QStringView phone);

} // namespace jiujin::validation
