#include "cataloguecontroller.h"

#include "cataloguebundle.h"

#include "catalogueservice.h"
#include "chinatime.h"
#include "departmentnames.h"
#include "guide.h"
#include "kiosksession.h"
#include "noticewriter.h"
#include "pointrouting.h"

#include <QDir>
#include <QJsonDocument>

namespace jiujin {

CatalogueController::CatalogueController(CatalogueService &service, KioskSession &session,
                                         QString noticeDir, QObject *parent)
    : QObject(parent), m_service(service), m_session(session), m_noticeDir(std::move(noticeDir))
{
    connect(&session, &KioskSession::languageChanged, this, &CatalogueController::relabel);
    connect(&session, &KioskSession::sessionEnded, this, &CatalogueController::clear);
    connect(&session, &KioskSession::atHomeChanged, this, &CatalogueController::atHomeChanged);
    m_homeCheck.setInterval(homeCheckMs);
    connect(&m_homeCheck, &QTimer::timeout, this, &CatalogueController::refreshIfChanged);
    if (session.atHome())
        m_homeCheck.start();
    reload();
}

void CatalogueController::atHomeChanged()
{
    // The home screen shows nothing of the catalogue but the departments and whether it is ready;
    // a visit starts from it, so a new catalogue is taken up on the way in or out of home, never
    // under a citizen on another screen.
    refreshIfChanged();
    if (m_session.atHome())
        m_homeCheck.start();
    else
        m_homeCheck.stop();
}

bool CatalogueController::refreshIfChanged()
{
    if (!m_service.refreshIfChanged())
        return false;
    reload();
    return true;
}

void CatalogueController::reload()
{
    m_point = m_service.thisPointCode();
    m_ready = m_service.info().has_value();
    relabel();
}

std::optional<Guide> CatalogueController::guideOf(const QString &code, const QString &language)
{
    const auto item = m_service.item(code);
    if (!item)
        return std::nullopt;
    const DepartmentRow department =
        m_service.department(item->value(QLatin1String("department")).toString())
            .value_or(DepartmentRow());
    return Guide::from(*item, department, language);
}

void CatalogueController::relabel()
{
    const auto point = m_service.point(m_point);
    m_pointName = point ? (m_session.english() ? point->nameEn : point->nameZh) : QString();
    Q_EMIT pointChanged();
    m_departments.setMongolian(m_session.mongolian());
    m_departments.reset(m_service.departments(), m_session.english());
    m_mongolianNames =
        m_session.mongolian() ? m_service.mongolianItemNames() : QHash<QString, QString>();
    m_items.setMongolianNames(m_mongolianNames);
    m_results.setMongolianNames(m_mongolianNames); // search results show them too (§9e)
    if (!m_department.isEmpty())
        openDepartment(m_department);
    if (!m_query.isEmpty())
        search(m_query);
    if (!m_item.isEmpty())
        openItem(m_item);
}

QList<ItemListModel::Row> CatalogueController::withPlaces(const QList<ItemSummary> &items)
{
    // For an item this point does not handle, name the nearest place that does (pointrouting.h).
    QList<ItemListModel::Row> rows;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ItemListModel::Row row{items.at(i), {}};
        if (!row.item.handledHere) {
            const auto best = pointrouting::nearestOther(m_service.pointsHandling(row.item.code),
                                                         m_point, row.item.department);
            if (best)
                row.where = tr("请到 %1 办理")
                                .arg(textIn(best->nameZh, best->nameEn, best->nameMn,
                                            m_session.language()));
        }
        rows.append(row);
    }
    return rows;
}

void CatalogueController::openDepartment(const QString &code)
{
    m_department = code;
    m_departmentName.clear();
    if (const auto d = m_service.department(code)) {
        m_departmentName = m_session.english() ? d->nameEn : d->nameZh;
        // Mongolian mode: the Mongolian name's column first, the Chinese one beside it.
        const QString mn =
            m_session.mongolian() ? departmentnames::translated(d->nameZh) : QString();
        if (!mn.isEmpty() && mn != d->nameZh)
            m_departmentName = mn + QLatin1Char('\n') + d->nameZh;
    }
    m_items.reset(withPlaces(m_service.items(code, m_point)), m_session.english());
    Q_EMIT departmentChanged();
}

void CatalogueController::search(const QString &text)
{
    // A query that found nothing is counted once the citizen moves on from it, not at every
    // keystroke: when the text no longer extends it, or at the end of the visit. Typing on
    // until something is found forgets it.
    if (!m_unanswered.isEmpty() && !text.startsWith(m_unanswered))
        recordUnanswered();
    m_query = text;
    const SearchOutcome outcome = m_service.search(text, m_point);
    if (!outcome.results.isEmpty())
        m_unanswered.clear();
    else if (!text.trimmed().isEmpty())
        m_unanswered = text;
    QList<ItemSummary> items;
    for (const SearchResult &r : outcome.results)
        items.append(r.item);
    m_results.reset(withPlaces(items), m_session.english());
    m_suggestions = outcome.suggestions;
    // Said only when search read the question: dropped words, synonyms, pinyin read as 汉字.
    m_understood = outcome.lookedFor == CatalogueService::terms(text)
                       ? QString()
                       : outcome.lookedFor.join(QLatin1Char(' '));
    Q_EMIT queryChanged();
}

bool CatalogueController::openItem(const QString &code)
{
    const auto guide = guideOf(code, m_session.language());
    if (!guide) {
        setError(tr("没有找到这个事项，请返回重新选择。"));
        return false;
    }
    m_item = code;
    const auto info = m_service.info();
    m_guide.show(
        *guide,
        pointrouting::byNearness(m_service.pointsHandling(code), m_point, guide->departmentCode),
        m_point, m_session.language(), info && info->sample);
    m_guide.setMongolianName(m_session.mongolian() ? m_mongolianNames.value(code) : QString());
    setError({});
    return true;
}

bool CatalogueController::saveNotice()
{
    // The notice is Mongolian and Chinese whatever the screen language (§9f).
    const auto guide = guideOf(m_item, QStringLiteral("zh"));
    if (!guide) {
        setError(tr("请先选择一个事项。"));
        return false;
    }
    // The wall clock of the service point, from the injected clock: the notice's date and the file
    // name are China's day whatever time zone the machine is set to.
    const QDateTime now = inChina(m_service.now());
    const QString path =
        QDir(m_noticeDir)
            .filePath(QStringLiteral("notice-%1-%2.pdf")
                          .arg(m_item, now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const auto info = m_service.info();
    auto written = NoticeWriter::write(
        path, *guide, m_service.mongolianItemName(m_item),
        pointrouting::byNearness(m_service.pointsHandling(m_item), m_point, guide->departmentCode),
        m_point, info && info->sample, now);
    if (!written) {
        setError(tr("告知书未能保存，请联系工作人员。"));
        return false;
    }
    m_noticePath = path;
    Q_EMIT noticeChanged();
    setError({});
    return true;
}

void CatalogueController::recordUnanswered()
{
    m_service.recordMiss(m_unanswered);
    m_unanswered.clear();
}

void CatalogueController::clear()
{
    if (!m_unanswered.isEmpty())
        recordUnanswered();
    m_department.clear();
    m_departmentName.clear();
    m_query.clear();
    m_item.clear();
    m_suggestions.clear();
    m_understood.clear();
    m_noticePath.clear();
    m_items.reset({}, m_session.english());
    m_results.reset({}, m_session.english());
    Q_EMIT departmentChanged();
    Q_EMIT queryChanged();
    Q_EMIT noticeChanged();
    setError({});
    // The visit is over: a catalogue that arrived during it is taken up now.
    refreshIfChanged();
}

void CatalogueController::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace jiujin
