#pragma once

#include <QtGlobal>

namespace jiujin {

/**
 * What central takes from one enrolled device, so that no device (broken, stolen or simply
 * draining a long offline queue) can use up what the others need (DESIGN.md, "Per-device
 * quotas"). Per service day (Asia/Shanghai), counted per device; a record over a daily quota is
 * answered `retry` with a reason for staff, never refused for good, and never a 5xx for the
 * fleet. Zero or less switches a limit off.
 */
struct DeviceQuotas
{
    /** Records stored per day (accepted or rejected; duplicates and retries are free). A busy
     *  village point takes ~200 applications and ratings a day: 10,000 is a month's queue
     *  drained in a day, and stops a runaway kiosk within seconds (1,255 records/s measured). */
    qint64 recordsPerDay = 10000;
    /** Bytes received per day: records' inline bytes and attachment bytes as uploaded. 2 GiB is
     *  50 applications with the kiosk's largest pictures (40 MB each), a week offline. */
    qint64 bytesPerDay = qint64(2) * 1024 * 1024 * 1024;
    /** Uploads not yet taken by a stored record. 2,000 is one full batch (100 records) of the
     *  kiosk's most pictures (20 each): the kiosk uploads a batch's attachments before the
     *  batch, so a lower limit could stop an honest kiosk for ever. */
    qint64 openUploads = 2000;
    /** Sealed attachment bytes of one record: the kiosk's cap (MaterialChoiceModel: 20 pictures,
     *  8 MiB each, 40 MiB in all) plus room for sealing. Over it the record is rejected (it can
     *  never fit) and its uploads refused with 413. */
    qint64 recordAttachmentBytes = qint64(48) * 1024 * 1024;

    static bool over(qint64 limit, qint64 used, qint64 more)
    {
        return limit > 0 && used + more > limit;
    }
};

} // namespace jiujin
