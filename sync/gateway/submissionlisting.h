#pragma once

#include "result.h"
#include "submissionlog.h"

#include <QString>

#include <optional>

namespace jiujin::gateway {

class CentralStorage;

/**
 * The stored records of @p device (empty: every device), at most @p limit (1 or more) of them.
 * Without @p after: the newest, newest first; with it (0 or more): those numbered above it,
 * oldest first (the next page starts after the last number shown). The page and its leftOut come
 * from one snapshot, taken without waiting for central's writer. Never reads the sealed records
 * themselves.
 */
Result<SubmissionPage> listSubmissions(CentralStorage &storage, const QString &device,
                                       std::optional<qint64> after, int limit);

} // namespace jiujin::gateway
