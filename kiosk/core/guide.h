#pragma once

#include "cataloguestore.h"
#include "provenance.h"

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
        bool eCertificate = false, signature = false, required = true, rongque = false,
             commitment = false;
    };

    QString code, name, department, agency, summary, fee, type;
    QString departmentCode; ///< e.g. gongan
    /** The agency's `mn` whatever the guide's language (the notice's Mongolian band); may be
     *  empty. */
    QString agencyMn;
    /** The statutory limit in the statute's words when not counted in working days, else empty. */
    QString legalLimit;
    QStringList levels, steps, basis, notes;
    /** Conditions shown as such: those of a checked or confirmed guide not marked unverified. */
    QStringList conditions;
    /** The others: shown as 待确认 (to be confirmed at the window), never as a hard condition. */
    QStringList tentativeConditions;
    Provenance provenance;
    /** The sources, one line each, e.g. 《中华人民共和国居民身份证法》第8、10条（2011年修正）. */
    QStringList sources;
    /** e.g. 已对照法规及办事指南核对（内容编辑，2026-12-06）. */
    QString review;
    QList<Material> materials;
    int legalDays = 0, promisedDays = 0, onlineDepth = 1, visits = 0;
    bool english = false; ///< the language the guide was made in (else Chinese)
    /** The fixed terms (types, levels, material kinds, review, days) went through Qt's
     *  translator (context "Guide"): an English or a Mongolian guide; a Chinese one keeps them
     *  Chinese whatever translator is installed. */
    bool translated = false;

    /** @p english selects the en texts, else zh. Labels are translated through Qt (context
     * "Guide") in English; a Chinese guide keeps Chinese labels whatever translator is installed
     * (the one-time notice is Chinese on an English screen too, docs/DESIGN.md §9f). */
    static Guide from(const QJsonObject &item, const DepartmentRow &department, bool english);
    /** The same for a screen in @p language (zh, en, mn). In mn the catalogue's texts are their
     *  `mn` where the bundle has one, else the Chinese (textIn); the fixed terms go through the
     *  installed (Mongolian) translator, which answers the Chinese for any it lacks, and
     *  `english` is false. */
    static Guide from(const QJsonObject &item, const DepartmentRow &department,
                      QStringView language);
    /** A bare u"mn" or "mn" would pick the bool overload (a pointer converts to bool): refused. */
    static Guide from(const QJsonObject &, const DepartmentRow &, const char16_t *) = delete;
    static Guide from(const QJsonObject &, const DepartmentRow &, const char *) = delete;
    /** "即办" for 0, else "N 个工作日": @p translated through Qt's translator, else Chinese. */
    static QString days(int workingDays, bool translated);
    static QString levelName(const QString &level, bool translated);
    /** legalLimit, else days(legalDays). */
    QString legalLimitText() const
    {
        return legalLimit.isEmpty() ? days(legalDays, translated) : legalLimit;
    }
    /** Whether the department has confirmed the guide; otherwise it carries 以窗口解释为准. */
    bool confirmed() const { return provenance.state == Provenance::State::Confirmed; }
};

} // namespace jiujin
