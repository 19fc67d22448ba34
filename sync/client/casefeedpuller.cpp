#include "casefeedpuller.h"

#include "casechanges.h"
#include "casestatusstore.h"
#include "syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace jiujin {

namespace {

CaseStatusPage pageOf(const protocol::CaseChangeSet &set)
{
    CaseStatusPage page;
    page.from = set.from;
    page.seq = set.seq;
    page.cases.reserve(set.cases.size());
    for (const protocol::CaseChange &c : set.cases) {
        CaseStatus s;
        s.receipt = c.receipt;
        s.seq = c.seq;
        s.item = c.item;
        s.stage = c.stage;
        s.stageAt = c.stageAt;
        s.reason = c.reason;
        s.materials = c.materials;
        s.materialsDue = c.materialsDue;
        for (const protocol::CasePendingMaterial &m : c.pending)
            s.pending.append({m.name, m.kind, m.due});
        s.due = c.due;
        s.paused = c.paused;
        s.pickupHere = c.pickupHere;
        page.cases.append(std::move(s));
    }
    if (!set.figures.isEmpty()) {
        QJsonObject figures;
        for (auto it = set.figures.begin(); it != set.figures.end(); ++it)
            figures.insert(it.key(), QJsonObject{{QStringLiteral("rate"), it->rate},
                                                 {QStringLiteral("count"), double(it->count)}});
        page.figures = QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact));
    }
    return page;
}

QString statusWord(const HttpReply &r)
{
    const QString word =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString().left(40);
    return word.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                          : QStringLiteral("HTTP %1 %2").arg(r.status).arg(word);
}

} // namespace

Result<CaseFeedPuller::Pulled> CaseFeedPuller::run()
{
    auto pulled = pull();
    if (!pulled) {
        m_engine.noteError(QStringLiteral("cases: ") + pulled.error().message);
        qCWarning(lcSync) << "case updates not pulled, statuses held kept:"
                          << pulled.error().message;
        return pulled.error();
    }
    m_engine.noteSuccess();
    if (pulled->pages > 0)
        qCInfo(lcSync) << "case updates applied:" << pulled->cases << "cases in" << pulled->pages
                       << "pages, seq" << pulled->seq;
    return pulled;
}

Result<CaseFeedPuller::Pulled> CaseFeedPuller::pull()
{
    CaseStatusStore store(m_db);
    auto held = store.sequence();
    if (!held)
        return held.error();
    Pulled out;
    out.seq = held.value();
    bool restarted = false;
    while (out.pages < maxPages) {
        const QByteArray path = "/v1/cases/changes?since=" + QByteArray::number(out.seq);
        auto reply = m_engine.send({"GET", path, {}, "application/json", false, {}});
        if (!reply)
            return reply.error();
        switch (reply->status) {
        case 204:
            return out;
        case 404: // a central without case updates: nothing to show beyond 已提交
            return out;
        case 410:
            if (out.seq == 0 || restarted)
                return Error{Error::Invalid, statusWord(reply.value())};
            qCInfo(lcSync) << "central cannot answer case updates since" << out.seq
                           << "; asking for all of them";
            restarted = true;
            out.seq = 0;
            continue;
        case 200:
            break;
        default:
            return Error{SyncEngine::statusCode(reply->status), statusWord(reply.value())};
        }
        // Verified before it is parsed; nothing is applied from a page that fails any check.
        auto set = protocol::openCaseChanges(m_engine.receiptKey(), reply->body);
        if (!set)
            return set.error();
        const QString point = m_engine.config().point;
        if (!point.isEmpty() && set->point != point)
            return Error{Error::Invalid, QStringLiteral("case updates for another service point")};
        if (set->from != out.seq)
            return Error{
                Error::Invalid,
                QStringLiteral("case updates from %1, asked since %2").arg(set->from).arg(out.seq)};
        auto applied =
            store.apply(pageOf(set.value()), QLatin1String(SyncEngine::actor), m_engine.now());
        if (!applied)
            return applied.error();
        out.seq = applied.value();
        out.pages += 1;
        out.cases += int(set->cases.size());
        if (!set->more)
            return out;
    }
    return out;
}

} // namespace jiujin
