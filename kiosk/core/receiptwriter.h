#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>

namespace jiujin {

/** What a citizen's acceptance receipt (受理回执) shows, in Mongolian above and Chinese below;
 * holds no personal data beyond a masked name. */
struct ReceiptData
{
    QString receiptNumber; ///< canonical form from receipt::format(); also what the QR code holds
    QString itemCode, itemName, department, pointName, pointPhone;
    QString itemNameMn;    ///< the item's Mongolian name, if the catalogue has one (else Chinese)
    QDateTime submittedAt; ///< any time spec; printed in Asia/Shanghai
    int promisedDays = 0;  ///< working days; 0 = 即办
    QStringList toFollow;  ///< 容缺 materials to hand in later
    QDate toFollowBy;      ///< last day for toFollow; required when toFollow is not empty
    bool toFollowByEstimated = false; ///< toFollowBy counted without an official holiday list
    QStringList committed;    ///< 告知承诺 materials replaced by the citizen's commitment
    QString maskedName;       ///< e.g. 张**; re-masked when printed (first character kept)
    bool onBehalf = false;    ///< handled by staff on the citizen's behalf (代办)
    QString staffId;          ///< staff number shown with the 代办 note
    bool sampleCodes = false; ///< item codes are sample values (marks them 示例编码)
};

/** What a booking ticket (预约凭证) shows: the number, its slot and place; the name masked only. */
struct TicketData
{
    QString ticket; ///< canonical form from receipt::format(); also what the QR code holds
    QString itemName, pointName, pointAddress, pointPhone;
    QString itemNameMn; ///< the item's Mongolian name, if the catalogue has one (else Chinese)
    /** The point's `name.mn` / `address.mn` for the Mongolian band; empty: its Chinese there. */
    QString pointNameMn, pointAddressMn;
    QDateTime start, end;   ///< the slot; any time spec, printed in Asia/Shanghai
    bool requested = false; ///< a request confirmed when online, not yet a confirmed booking
    QString maskedName;     ///< e.g. 张**; re-masked when printed (first character kept)
};

/**
 * A QR code of @p text (UTF-8, 8-bit mode, level M): black modules of @p moduleSize px on white,
 * with a 4-module quiet zone. Null if @p moduleSize < 1 or the text does not fit a QR code.
 */
QImage qrImage(const QString &text, int moduleSize);

/**
 * Writes the receipt as an A4 portrait PDF at @p path, atomically (the directory must exist).
 * Error::Invalid for a malformed receipt number, time or missing 容缺 due date; Error::Full when
 * the disk is full; Error::Io for other write failures.
 */
Result<void> writeReceiptPdf(const ReceiptData &data, const QString &path);

/**
 * Writes a booking ticket as an A4 portrait PDF at @p path, atomically (the directory must
 * exist). Error::Invalid for a malformed ticket number or slot time; Error::Full when the disk is
 * full; Error::Io for other write failures.
 */
Result<void> writeTicketPdf(const TicketData &data, const QString &path);

} // namespace jiujin
