#pragma once

#include "cataloguestore.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jiujin {

/** An item's guide (办事指南) in one language, read from the catalogue's validated item object. */
struct Guide
{
    struct Material
    {
        QString name, kind, note; ///< kind: translated 原件 / 复印件 / 原件及复印件 / 电子证照
        int copies = 0;
        bool eCertificate = false, signature = false, required = true, rongque = false, commitment = false;
    };

    QString code, name, department, agency, summary, fee, type;
    QStringList levels, conditions, steps, basis, notes;
    QList<Material> materials;
    int legalDays = 0, promisedDays = 0, onlineDepth = 1, visits = 0;

    /** @p english selects the en texts, else zh. Labels are translated through Qt (context "Guide"). */
    static Guide from(const QJsonObject &item, const DepartmentRow &department, bool english);
    /** "即办" for 0, else "N 个工作日", translated. */
    static QString days(int workingDays);
    static QString levelName(const QString &level);
};

} // namespace jiujin
