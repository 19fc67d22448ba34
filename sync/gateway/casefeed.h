#pragma once

#include "casechanges.h"
#include "caserecords.h"
#include "result.h"

#include <QString>

#include <functional>

namespace jiujin::gateway {

class CentralStorage;

/** What GET /v1/cases/changes answers. */
struct CaseFeedAnswer
{
    enum class Kind {
        UpToDate, ///< 204: since is the point's newest sequence
        Ahead,    ///< 410 "snapshot": since is past it (central was reset); ask with since=0
        Changes,  ///< 200 with changes
    } kind = Kind::UpToDate;
    protocol::CaseChangeSet changes;
};

/**
 * The case updates of one service point as its kiosks pull them (PROTOCOL.md, "Cases"): the
 * current state of the point's cases changed after a sequence, at most maxCaseChanges an answer,
 * with no personal data (receipts, codes, dates, reasons, material names). CaseService writes the
 * sequence (CaseFeedRecords::touch) in the transaction of every change it makes.
 */
class CaseFeed
{
public:
    /** The hook through which central publishes a point's figures with its case updates (GB/T
     *  39734: e.g. "satisfaction_90d"); none by default. An error fails the answer (503). */
    using FiguresProvider =
        std::function<Result<QMap<QString, protocol::CaseFigure>>(const QString &point)>;

    explicit CaseFeed(CentralStorage &storage) : m_storage(storage) {}
    void setFiguresProvider(FiguresProvider figures) { m_figures = std::move(figures); }

    /** The changes of @p point after @p since, in one consistent read. */
    Result<CaseFeedAnswer> changesSince(const QString &point, qint64 since,
                                        int limit = int(protocol::maxCaseChanges));
    /** Case @p row as the feed carries it, at sequence @p seq (its reason, materials to supply,
     *  pending 容缺/告知承诺): also what a lookup answers (caselookupservice.h). */
    Result<protocol::CaseChange> describe(const CaseRow &row, qint64 seq);

private:
    CentralStorage &m_storage;
    FiguresProvider m_figures;
};

} // namespace jiujin::gateway
