#include "guideview.h"

#include "cataloguebundle.h"
#include "guide.h"
#include "pointrouting.h"

namespace jiujin {

GuideView::GuideView(QObject *parent) : QObject(parent) {}

void GuideView::show(const Guide &g, const QList<PointRow> &points, const QString &here,
                     const QString &language, bool sample)
{
    m_code = g.code;
    m_name = g.name;
    m_department = g.department;
    m_agency = g.agency;
    m_type = g.type;
    m_summary = g.summary;
    m_levels = g.levels.join(tr("、"));
    m_conditions = g.conditions;
    m_tentativeConditions = g.tentativeConditions;
    m_reviewState = Provenance::stateName(g.provenance.state);
    m_review = g.review;
    m_windowNote = !g.confirmed();
    m_sources = g.sources;
    m_steps = g.steps;
    m_basis = g.basis;
    m_notes = g.notes;
    m_legalDays = g.legalLimitText();
    m_promisedDays = Guide::days(g.promisedDays, g.translated);
    m_fee = g.fee;
    m_onlineDepth = g.onlineDepth;
    m_visits = g.visits;
    m_sampleCode = sample;
    m_handledHere = false;
    m_places.clear();
    for (const PointRow &p : points) {
        const bool isHere = p.code == here;
        m_handledHere = m_handledHere || isHere;
        // In Mongolian each part is its `mn`, else its Chinese (cataloguebundle.h textIn).
        m_places.append(QStringLiteral("%1%2\n%3\n%4  ☎ %5")
                            .arg(textIn(p.nameZh, p.nameEn, p.nameMn, language),
                                 isHere ? tr("（本服务点）") : QString(),
                                 textIn(p.addressZh, p.addressEn, p.addressMn, language),
                                 textIn(p.hoursZh, p.hoursEn, p.hoursMn, language), p.phone));
    }
    const auto nearest =
        m_handledHere ? std::nullopt : pointrouting::nearestOther(points, here, g.departmentCode);
    m_nearest =
        nearest ? textIn(nearest->nameZh, nearest->nameEn, nearest->nameMn, language) : QString();
    QList<MaterialModel::Row> rows;
    for (const auto &m : g.materials)
        rows.append({m.name, m.kind, m.note, m.copies, m.eCertificate, m.signature, m.required,
                     m.rongque, m.commitment});
    m_materials.reset(rows);
    Q_EMIT changed();
}

} // namespace jiujin
