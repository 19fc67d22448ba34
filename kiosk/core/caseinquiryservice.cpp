#include "caseinquiryservice.h"

#include "caselookup.h"
#include "caselookupstore.h"

#include <QRegularExpression>
#include <QUuid>

namespace jiujin {

namespace {

CaseStatus statusOf(const protocol::CaseChange &c)
{
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
    return s;
}

} // namespace

bool CaseInquiryService::validLast4(const QString &last4)
{
    static const QRegularExpression four(QStringLiteral("^[0-9]{3}[0-9X]$"));
    return four.match(last4).hasMatch();
}

Result<QString> CaseInquiryService::ask(const QString &receipt, const QString &last4)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{5}-[0-9]{6}-[0-9]$"));
    if (!form.match(receipt).hasMatch() || !validLast4(last4))
        return Error{Error::Invalid,
                     QStringLiteral("a receipt KKKKK-SSSSSS-C and four characters")};
    if (auto r = forgetStale(); !r)
        return r.error();
    CaseLookupRow row;
    row.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.receipt = receipt;
    row.last4 = last4;
    row.created = m_clock();
    if (auto r = CaseLookupStore(m_db).ask(row); !r)
        return r.error();
    return row.id;
}

Result<CaseInquiryService::Answer> CaseInquiryService::answer(const QString &id)
{
    auto held = CaseLookupStore(m_db).row(id);
    if (!held)
        return held.error();
    if (!held.value())
        return Error{Error::NotFound, QStringLiteral("case lookup %1 is gone").arg(id)};
    const CaseLookupRow &row = *held.value();
    Answer out;
    if (row.state == QLatin1String("asked"))
        return out;
    if (row.state == QLatin1String("not_found")) {
        out.state = Answer::State::NotFound;
        return out;
    }
    if (row.state == QLatin1String("limited")) {
        out.state = Answer::State::Limited;
        return out;
    }
    if (row.state != QLatin1String("found")) {
        out.state = Answer::State::Offline;
        return out;
    }
    // Verified by syncd before it was written; read strictly all the same.
    auto decoded = protocol::decodeCaseLookupAnswer(row.answer.toUtf8());
    if (!decoded)
        return decoded.error();
    if (decoded->receipt != row.receipt)
        return Error{Error::Corrupt,
                     QStringLiteral("case lookup %1 answers another receipt").arg(id)};
    out.state = Answer::State::Found;
    out.found = statusOf(decoded->found);
    out.point = decoded->point;
    return out;
}

Result<void> CaseInquiryService::forget(const QString &id)
{
    return CaseLookupStore(m_db).remove(id);
}

Result<int> CaseInquiryService::forgetStale()
{
    return CaseLookupStore(m_db).removeBefore(m_clock().addSecs(-keepSeconds));
}

} // namespace jiujin
