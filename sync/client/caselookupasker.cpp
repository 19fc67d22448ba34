#include "caselookupasker.h"

#include "caselookup.h"
#include "caselookupstore.h"
#include "syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace jiujin {

Result<int> CaseLookupAsker::run()
{
    CaseLookupStore store(m_db);
    const QDateTime now = m_engine.now();
    if (auto r = store.removeBefore(now.addSecs(-keepSeconds)); !r)
        return r.error();
    auto waiting = store.waiting();
    if (!waiting)
        return waiting.error();
    int answered = 0;
    for (const CaseLookupRow &row : waiting.value()) {
        QString state, answer, error;
        if (row.created.secsTo(now) > askWithinS) {
            state = QStringLiteral("offline");
            error = QStringLiteral("not asked in time");
        } else {
            protocol::CaseLookupRequest request{row.id, row.receipt, row.last4};
            HttpRequest http{
                "POST", "/v1/cases/lookup", protocol::encode(request), "application/json", false,
                {}};
            http.timeoutMs = answerWithinMs;
            auto reply = m_engine.send(http);
            if (!reply) {
                state = QStringLiteral("offline");
                error = reply.error().message;
            } else if (reply->status == 200) {
                // Verified before it is parsed, and it must answer this request.
                auto opened = protocol::openCaseLookupAnswer(m_engine.receiptKey(), reply->body);
                if (opened && opened->ask == row.id && opened->receipt == row.receipt) {
                    state = QStringLiteral("found");
                    answer = QString::fromUtf8(protocol::encode(opened.value()));
                } else {
                    state = QStringLiteral("offline");
                    error = opened ? QStringLiteral("an answer to another request")
                                   : opened.error().message;
                    qCWarning(lcSync) << "case lookup answer refused:" << error;
                }
            } else if (reply->status == 404) {
                state = QStringLiteral("not_found");
            } else if (reply->status == 429 &&
                       QJsonDocument::fromJson(reply->body)
                               .object()
                               .value(QLatin1String("error")) == QLatin1String("rate")) {
                state = QStringLiteral("limited");
                error = QStringLiteral("retry after %1 s").arg(reply->retryAfterS);
            } else {
                // Busy, unavailable, refused: the citizen is told to try later or ask at the
                // window.
                state = QStringLiteral("offline");
                error = QStringLiteral("HTTP %1").arg(reply->status);
            }
        }
        if (auto r = store.answer(row.id, state, answer, error); !r) {
            if (r.error().code == Error::NotFound)
                continue; // the UI gave up and deleted it meanwhile
            return r.error();
        }
        answered += 1;
        // The request's id and outcome only: never the digits, the receipt is not personal.
        qCInfo(lcSync) << "case lookup" << row.id << "answered" << state;
    }
    return answered;
}

} // namespace jiujin
