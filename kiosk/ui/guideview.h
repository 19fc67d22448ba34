#pragma once

#include "materialmodel.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

struct Guide;
struct PointRow;

/** The guide of the item on screen, in the current language, for GuidePage.qml. */
class GuideView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by Catalogue")
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString department READ department NOTIFY changed)
    Q_PROPERTY(QString agency READ agency NOTIFY changed)
    Q_PROPERTY(QString type READ type NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString levels READ levels NOTIFY
                   changed) ///< where it is accepted, e.g. 嘎查村便民服务点、旗政务服务中心
    Q_PROPERTY(QStringList conditions READ conditions NOTIFY changed)
    /** Conditions not yet verified: shown as 待确认, never as hard conditions. */
    Q_PROPERTY(QStringList tentativeConditions READ tentativeConditions NOTIFY changed)
    /** draft | checked | confirmed (Provenance::stateName). */
    Q_PROPERTY(QString reviewState READ reviewState NOTIFY changed)
    /** Who checked or confirmed the guide and when, in words. */
    Q_PROPERTY(QString review READ review NOTIFY changed)
    /** True until the department has confirmed the guide: the page says 以窗口解释为准. */
    Q_PROPERTY(bool windowNote READ windowNote NOTIFY changed)
    Q_PROPERTY(QStringList sources READ sources NOTIFY changed)
    Q_PROPERTY(QStringList steps READ steps NOTIFY changed)
    Q_PROPERTY(QStringList basis READ basis NOTIFY changed)
    Q_PROPERTY(QStringList notes READ notes NOTIFY changed)
    Q_PROPERTY(QStringList places READ places NOTIFY changed) ///< nearest first
    /** For an item not handled here: the nearest point that handles it (pointrouting.h), else
     * empty. */
    Q_PROPERTY(QString nearest READ nearest NOTIFY changed)
    Q_PROPERTY(QString legalDays READ legalDays NOTIFY changed)
    Q_PROPERTY(QString promisedDays READ promisedDays NOTIFY changed)
    Q_PROPERTY(QString fee READ fee NOTIFY changed)
    Q_PROPERTY(int onlineDepth READ onlineDepth NOTIFY changed)
    Q_PROPERTY(int visits READ visits NOTIFY changed)
    Q_PROPERTY(bool handledHere READ handledHere NOTIFY changed)
    Q_PROPERTY(bool sampleCode READ sampleCode NOTIFY changed)
    Q_PROPERTY(jiujin::MaterialModel *materials READ materials CONSTANT)
    /** The item's traditional Mongolian name (`name.mn`), in Mongolian mode; empty when none. */
    Q_PROPERTY(QString mongolianName READ mongolianName NOTIFY changed)
public:
    explicit GuideView(QObject *parent = nullptr);

    /** @p points: those handling the item, nearest to @p here first; their names, addresses
     *  and hours in the screen's @p language (zh, en, mn: their `mn`, else the Chinese). */
    void show(const Guide &guide, const QList<PointRow> &points, const QString &here,
              const QString &language, bool sample);

    QString code() const { return m_code; }
    QString name() const { return m_name; }
    QString mongolianName() const { return m_mongolianName; }
    /** Set after show(): the Mongolian name of the item shown (empty outside Mongolian mode). */
    void setMongolianName(const QString &name)
    {
        if (name == m_mongolianName)
            return;
        m_mongolianName = name;
        Q_EMIT changed();
    }
    QString department() const { return m_department; }
    QString agency() const { return m_agency; }
    QString type() const { return m_type; }
    QString summary() const { return m_summary; }
    QString levels() const { return m_levels; }
    QStringList conditions() const { return m_conditions; }
    QStringList tentativeConditions() const { return m_tentativeConditions; }
    QString reviewState() const { return m_reviewState; }
    QString review() const { return m_review; }
    bool windowNote() const { return m_windowNote; }
    QStringList sources() const { return m_sources; }
    QStringList steps() const { return m_steps; }
    QStringList basis() const { return m_basis; }
    QStringList notes() const { return m_notes; }
    QStringList places() const { return m_places; }
    QString nearest() const { return m_nearest; }
    QString legalDays() const { return m_legalDays; }
    QString promisedDays() const { return m_promisedDays; }
    QString fee() const { return m_fee; }
    int onlineDepth() const { return m_onlineDepth; }
    int visits() const { return m_visits; }
    bool handledHere() const { return m_handledHere; }
    bool sampleCode() const { return m_sampleCode; }
    MaterialModel *materials() { return &m_materials; }

Q_SIGNALS:
    void changed();

private:
    QString m_levels, m_code, m_name, m_mongolianName, m_department, m_agency, m_type, m_summary,
        m_legalDays, m_promisedDays, m_fee;
    QString m_reviewState, m_review, m_nearest;
    QStringList m_conditions, m_tentativeConditions, m_sources, m_steps, m_basis, m_notes, m_places;
    bool m_windowNote = true;
    int m_onlineDepth = 1, m_visits = 0;
    bool m_handledHere = false, m_sampleCode = true;
    MaterialModel m_materials;
};

} // namespace jiujin
