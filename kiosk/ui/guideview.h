#pragma once

#include "listmodels.h"

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
    Q_PROPERTY(QString levels READ levels NOTIFY changed) ///< where it is accepted, e.g. 嘎查村便民服务点、旗政务服务中心
    Q_PROPERTY(QStringList conditions READ conditions NOTIFY changed)
    Q_PROPERTY(QStringList steps READ steps NOTIFY changed)
    Q_PROPERTY(QStringList basis READ basis NOTIFY changed)
    Q_PROPERTY(QStringList notes READ notes NOTIFY changed)
    Q_PROPERTY(QStringList places READ places NOTIFY changed)
    Q_PROPERTY(QString legalDays READ legalDays NOTIFY changed)
    Q_PROPERTY(QString promisedDays READ promisedDays NOTIFY changed)
    Q_PROPERTY(QString fee READ fee NOTIFY changed)
    Q_PROPERTY(int onlineDepth READ onlineDepth NOTIFY changed)
    Q_PROPERTY(int visits READ visits NOTIFY changed)
    Q_PROPERTY(bool handledHere READ handledHere NOTIFY changed)
    Q_PROPERTY(bool sampleCode READ sampleCode NOTIFY changed)
    Q_PROPERTY(jiujin::MaterialModel *materials READ materials CONSTANT)
public:
    explicit GuideView(QObject *parent = nullptr);

    void show(const Guide &guide, const QList<PointRow> &points, const QString &here, bool english, bool sample);

    QString code() const { return m_code; }
    QString name() const { return m_name; }
    QString department() const { return m_department; }
    QString agency() const { return m_agency; }
    QString type() const { return m_type; }
    QString summary() const { return m_summary; }
    QString levels() const { return m_levels; }
    QStringList conditions() const { return m_conditions; }
    QStringList steps() const { return m_steps; }
    QStringList basis() const { return m_basis; }
    QStringList notes() const { return m_notes; }
    QStringList places() const { return m_places; }
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
    QString m_levels, m_code, m_name, m_department, m_agency, m_type, m_summary, m_legalDays, m_promisedDays, m_fee;
    QStringList m_conditions, m_steps, m_basis, m_notes, m_places;
    int m_onlineDepth = 1, m_visits = 0;
    bool m_handledHere = false, m_sampleCode = true;
    MaterialModel m_materials;
};

} // namespace jiujin
