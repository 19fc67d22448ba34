#include "submissionlisting.h"

#include "centralstorage.h"

namespace jiujin::gateway {

Result<SubmissionPage> listSubmissions(CentralStorage &storage, const QString &device,
                                       std::optional<qint64> after, int limit)
{
    if (limit < 1)
        return Error{Error::Invalid, QStringLiteral("limit: at least 1")};
    if (after && *after < 0)
        return Error{Error::Invalid, QStringLiteral("after: a row number (0 or more)")};
    // The page and its count from one snapshot, so that "left out" is exact; a read never waits
    // for central's writer (an operator's listing must work while intake is busy).
    auto tx = storage.begin(Access::Snapshot);
    if (!tx)
        return tx.error();
    auto page = storage.submissionLog().listSubmissions(device, after, limit);
    if (!page)
        return page.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return page;
}

} // namespace jiujin::gateway
