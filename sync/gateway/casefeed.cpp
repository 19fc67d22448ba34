#include "casefeed.h"

#include "casefeedrecords.h"
#include "caserecords.h"
#include "caseservice.h"
#include "centralstorage.h"

namespace jiujin::gateway {

namespace {

bool reasonShown(const QString &stage)
{
    return stage == CaseService::refused || stage == CaseService::denied ||
           stage == CaseService::correction;
}

} // namespace

Result<protocol::CaseChange> CaseFeed::describe(const CaseRow &row, qint64 seq)
{
    protocol::CaseChange c;
    c.seq = seq;
    c.receipt = row.receipt;
    c.item = row.item;
    c.stage = row.stage;
    c.stageAt = row.updatedAt;
    if (reasonShown(row.stage)) {
        auto events = m_storage.cases().events(row.id);
        if (!events)
            return events.error();
        for (auto it = events.value().crbegin(); it != events.value().crend(); ++it)
            if (it->toStage == row.stage) {
                c.reason = it->reason;
                c.stageAt = it->at;
                break;
            }
    }
    if (row.stage == CaseService::correction) {
        c.materials = row.correctionMaterials;
        c.materialsDue = row.correctionDue;
    }
    auto materials = m_storage.cases().materials(row.id);
    if (!materials)
        return materials.error();
    for (const CaseMaterialRow &m : materials.value())
        if (m.state != QLatin1String("received"))
            c.pending.append({m.name, m.kind, m.dueDate});
    c.due = row.dueDate;
    c.paused = row.pausedSince.isValid();
    c.pickupHere = row.stage == CaseService::readyForPickup;
    return c;
}

Result<CaseFeedAnswer> CaseFeed::changesSince(const QString &point, qint64 since, int limit)
{
    auto tx = m_storage.begin(Access::Snapshot);
    if (!tx)
        return tx.error();
    auto current = m_storage.caseFeed().current(point);
    if (!current)
        return current.error();
    CaseFeedAnswer answer;
    if (since == current.value())
        return answer;
    if (since > current.value()) {
        answer.kind = CaseFeedAnswer::Kind::Ahead;
        return answer;
    }
    // One more than a page tells whether there are more.
    auto entries = m_storage.caseFeed().changedSince(point, since, limit + 1);
    if (!entries)
        return entries.error();
    if (entries.value().isEmpty())
        return Error{
            Error::Corrupt,
            QStringLiteral("case feed of %1 at %2 lists no case").arg(point).arg(current.value())};
    protocol::CaseChangeSet &set = answer.changes;
    set.point = point;
    set.from = since;
    set.more = entries.value().size() > limit;
    if (set.more)
        entries.value().removeLast();
    for (const CaseFeedEntry &entry : entries.value()) {
        auto found = m_storage.cases().caseByReceipt(entry.receipt);
        if (!found)
            return found.error();
        if (!found.value())
            return Error{Error::Corrupt, QStringLiteral("case %1 vanished").arg(entry.receipt)};
        auto c = describe(*found.value(), entry.seq);
        if (!c)
            return c.error();
        set.cases.append(std::move(c.value()));
    }
    set.seq = set.cases.constLast().seq;
    if (m_figures) {
        auto figures = m_figures(point);
        if (!figures)
            return figures.error();
        set.figures = figures.value();
    }
    answer.kind = CaseFeedAnswer::Kind::Changes;
    return answer;
}

} // namespace jiujin::gateway
