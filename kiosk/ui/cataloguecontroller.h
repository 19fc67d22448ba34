#pragma once

#include "departmentmodel.h"
#include "guide.h"
#include "guideview.h"
#include "itemlistmodel.h"

#include "published.h"

#include <QJSEngine>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

class CatalogueService;
class KioskSession;

/** Drives the guide screens: departments, item lists, search as the citizen types, guide, notice.
 */
class CatalogueController : public QObject, public Published<CatalogueController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Catalogue)
    QML_SINGLETON
    Q_PROPERTY(jiujin::DepartmentModel *departments READ departments CONSTANT)
    Q_PROPERTY(jiujin::ItemListModel *items READ items CONSTANT)
    Q_PROPERTY(jiujin::ItemListModel *results READ results CONSTANT)
    Q_PROPERTY(jiujin::GuideView *guide READ guide CONSTANT)
    Q_PROPERTY(QString departmentName READ departmentName NOTIFY departmentChanged)
    Q_PROPERTY(QString query READ query NOTIFY queryChanged)
    Q_PROPERTY(QStringList suggestions READ suggestions NOTIFY queryChanged)
    /** The words search looked for when they are not just what was typed (残疾证丢了怎么办:
     * 残疾人证 挂失), separated by spaces; empty otherwise. */
    Q_PROPERTY(QString understood READ understood NOTIFY queryChanged)
    Q_PROPERTY(QString pointName READ pointName NOTIFY pointChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY pointChanged)
    Q_PROPERTY(QString noticePath READ noticePath NOTIFY noticeChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    CatalogueController(CatalogueService &service, KioskSession &session, QString noticeDir,
                        QObject *parent = nullptr);

    DepartmentModel *departments() { return &m_departments; }
    ItemListModel *items() { return &m_items; }
    ItemListModel *results() { return &m_results; }
    GuideView *guide() { return &m_guide; }
    QString departmentName() const { return m_departmentName; }
    QString query() const { return m_query; }
    QStringList suggestions() const { return m_suggestions; }
    QString understood() const { return m_understood; }
    QString pointName() const { return m_pointName; }
    bool ready() const { return m_ready; }
    QString noticePath() const { return m_noticePath; }
    QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void openDepartment(const QString &code);
    Q_INVOKABLE void search(const QString &text);
    /** Shows the item's guide; false (with errorMessage) if the item is not in the catalogue. */
    Q_INVOKABLE bool openItem(const QString &code);
    /** Saves the one-time notice of the guide on screen as a PDF; the path is in noticePath. */
    Q_INVOKABLE bool saveNotice();
    /** Forgets everything of the visit: query, results, guide, notice. */
    Q_INVOKABLE void clear();
    /** Reloads after an import or a change of service point. */
    void reload();
    /**
     * Reloads when the catalogue changed underneath (jiujin-syncd applied central's changes);
     * true when it did. Called only between visits: on the home screen and when a visit ends.
     */
    Q_INVOKABLE bool refreshIfChanged();

    /** How often the home screen looks for a new catalogue while it waits for a citizen. */
    static constexpr int homeCheckMs = 60 * 1000;

Q_SIGNALS:
    void departmentChanged();
    void queryChanged();
    void pointChanged();
    void noticeChanged();
    void errorMessageChanged();

private:
    QList<ItemListModel::Row> withPlaces(const QList<ItemSummary> &items);
    /** The item's guide in @p language (zh, en, mn: Guide::from); none for an unknown code. */
    std::optional<Guide> guideOf(const QString &code, const QString &language);
    void setError(const QString &message);
    void relabel();
    void atHomeChanged();
    /** Counts m_unanswered in the service's miss log and forgets it. */
    void recordUnanswered();

    CatalogueService &m_service;
    KioskSession &m_session;
    QString m_noticeDir;
    DepartmentModel m_departments;
    ItemListModel m_items;
    QHash<QString, QString> m_mongolianNames; ///< item code -> `name.mn`, in Mongolian mode
    ItemListModel m_results;
    GuideView m_guide;
    QString m_point, m_pointName, m_department, m_departmentName, m_query, m_item, m_noticePath,
        m_errorMessage;
    QStringList m_suggestions;
    QString m_understood;
    QString m_unanswered; ///< the last query that found nothing, until the citizen moves on
    bool m_ready = false;
    QTimer m_homeCheck;
};

} // namespace jiujin
