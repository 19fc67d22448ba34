#include "caselookupservice.h"

#include "auditchain.h"
#include "casefeed.h"
#include "caselookuprecords.h"
#include "caserecords.h"
#include "centralstorage.h"
#include "devicerecords.h"
#include "envelope.h"
#include "gatewaykeys.h"
#include "gatewaylog.h"
#include "intakerecords.h"
#include "operatorapi.h"
#include "receiptnumber.h"
#include "suite.h"

#include <QJsonDocument>

#include <algorithm>

#include <openssl/crypto.h>

namespace jiujin::gateway {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 day = 24 * 3600;
// More applications under one kiosk receipt than this means a broken index, not a banner.
constexpr int maxApplications = 8;

void wipe(QByteArray &plain)
{
    if (!plain.isEmpty())
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
}

/** Seconds until the oldest entry of a window of @p length leaves it (at least 1). */
int waitFor(const LookupWindow &w, qint64 length, const QDateTime &now)
{
    return int(std::max<qint64>(1, now.secsTo(w.oldest.addSecs(length))));
}

QString lastFour(const QString &value)
{
    QString kept;
    for (const QChar c : value)
        if (c.isDigit() || c == u'X' || c == u'x')
            kept += c.toUpper();
    return kept.right(4);
}

} // namespace

bool CaseLookupService::matches(const QJsonObject &fields, const QString &last4)
{
    bool found = false;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        // "139 4751 2386" is a phone as much as "13947512386".
        QString value = it.value().toString();
        value.remove(u' ').remove(u'-');
        // Every identifying value is compared: no early exit to time.
        if (OperatorApi::identifying(value) && lastFour(value) == last4)
            found = true;
    }
    return found;
}

Result<QJsonObject> CaseLookupService::fieldsOf(const QString &device, const QString &uuid)
{
    auto stored = m_storage.intake().submission(device, uuid);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error{Error::Corrupt,
                     QStringLiteral("the record %1 of device %2 is missing").arg(uuid, device)};
    const QJsonObject record = QJsonDocument::fromJson(stored.value()->record).object();
    const QByteArray meta = record.value(QLatin1String("meta")).toString().toUtf8();
    const auto suite = protocol::suiteFromName(record.value(QLatin1String("suite")).toString());
    if (!suite)
        return Error{Error::Corrupt, QStringLiteral("record %1: suite").arg(uuid)};
    auto opener = protocol::RecordOpener::open(
        m_keys.centralKey(*suite),
        QByteArray::fromBase64(record.value(QLatin1String("key_header")).toString().toLatin1()),
        meta);
    if (!opener)
        return opener.error();
    auto plain = opener->open(
        QByteArray::fromBase64(record.value(QLatin1String("payload")).toString().toLatin1()), meta);
    if (!plain)
        return plain.error();
    const QJsonObject fields =
        QJsonDocument::fromJson(plain.value()).object().value(QLatin1String("fields")).toObject();
    wipe(plain.value());
    return fields;
}

Result<CaseLookupOutcome> CaseLookupService::lookup(const DeviceRow &device,
                                                    const protocol::CaseLookupRequest &request,
                                                    const QDateTime &now)
{
    CaseLookupOutcome out;
    auto tx = m_storage.begin(Access::Write);
    if (!tx)
        return tx.error();
    CaseLookupRecords &records = m_storage.caseLookups();
    if (auto r = records.forgetBefore(now.addSecs(-day)); !r)
        return r.error();

    // The device's rate first: a kiosk past it is answered without anything being looked at.
    auto recent = records.byDevice(device.id, now.addSecs(-minute));
    if (!recent)
        return recent.error();
    if (recent->count >= perDevicePerMinute) {
        qCInfo(lcGateway) << "case lookups of device" << device.id << "over" << perDevicePerMinute
                          << "a minute";
        out.kind = CaseLookupOutcome::Kind::Limited;
        out.retryAfterS = waitFor(recent.value(), minute, now);
        return out;
    }
    auto deviceFailures = records.failuresByDevice(device.id, now.addSecs(-day));
    if (!deviceFailures)
        return deviceFailures.error();
    auto receiptFailures = records.failuresOfReceipt(request.receipt, now.addSecs(-day));
    if (!receiptFailures)
        return receiptFailures.error();

    QString outcome;
    QString subject = request.receipt;
    if (deviceFailures->count >= failuresPerDevice ||
        receiptFailures->count >= failuresPerReceipt) {
        outcome = QStringLiteral("locked");
        out.kind = CaseLookupOutcome::Kind::Limited;
        out.retryAfterS = 1;
        if (deviceFailures->count >= failuresPerDevice)
            out.retryAfterS = waitFor(deviceFailures.value(), day, now);
        if (receiptFailures->count >= failuresPerReceipt)
            out.retryAfterS = std::max(out.retryAfterS, waitFor(receiptFailures.value(), day, now));
    } else {
        outcome = QStringLiteral("not_found");
        // A receipt whose check digit is wrong exists nowhere: looked up like any other, so the
        // answer takes the same path.
        const bool wellFormed = receipt::normalise(request.receipt).has_value();
        auto applications = records.applications(request.receipt, maxApplications);
        if (!applications)
            return applications.error();
        for (const auto &[appDevice, uuid] : applications.value()) {
            if (!wellFormed)
                break;
            auto fields = fieldsOf(appDevice, uuid);
            if (!fields)
                return fields.error();
            if (!matches(fields.value(), request.last4))
                continue;
            auto found = m_storage.cases().caseOf(appDevice, uuid);
            if (!found)
                return found.error();
            if (!found.value())
                continue; // accepted but not yet a case: nothing to tell
            const CaseRow &row = *found.value();
            auto seq = records.feedSequence(row.id);
            if (!seq)
                return seq.error();
            auto described = CaseFeed(m_storage).describe(row, std::max<qint64>(1, seq.value()));
            if (!described)
                return described.error();
            out.kind = CaseLookupOutcome::Kind::Found;
            out.answer.ask = request.ask;
            out.answer.receipt = request.receipt;
            out.answer.point = row.point;
            out.answer.found = described.value();
            // "here" is the asking kiosk's point: another point's result waits elsewhere.
            out.answer.found.pickupHere = described->pickupHere && row.point == device.point;
            outcome = QStringLiteral("found");
            subject = row.number;
            break;
        }
    }
    if (auto r = records.record(device.id, request.receipt, now, outcome); !r)
        return r.error();
    // A system access by the device for a citizen: who asked, about what, and what was told;
    // never the digits.
    const QJsonObject detail{{QStringLiteral("receipt"), request.receipt},
                             {QStringLiteral("point"), device.point},
                             {QStringLiteral("outcome"), outcome}};
    if (auto a = AuditChain(m_storage).append(
            device.id, QStringLiteral("case.lookup"), subject,
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), now);
        !a)
        return a.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return out;
}

} // namespace jiujin::gateway
