#include "guide.h"

#include "cataloguebundle.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jiujin {

namespace {
/** A fixed term of the guide: through Qt's translator (context "Guide") in an English or
 *  Mongolian guide, else the Chinese itself, so that a Chinese guide (the one-time notice's)
 *  stays Chinese on an English or Mongolian screen. */
QString label(const char *chinese, bool translated)
{
    return translated ? QCoreApplication::translate("Guide", chinese) : QString::fromUtf8(chinese);
}

QStringList textsIn(const QJsonValue &list, QStringView language)
{
    QStringList out;
    for (const auto &t : list.toArray())
        out.append(textIn(t, language));
    return out;
}

QString kindName(const QString &kind, bool translated)
{
    if (kind == QLatin1String("original"))
        return label(QT_TRANSLATE_NOOP("Guide", "原件"), translated);
    if (kind == QLatin1String("copy"))
        return label(QT_TRANSLATE_NOOP("Guide", "复印件"), translated);
    if (kind == QLatin1String("original_and_copy"))
        return label(QT_TRANSLATE_NOOP("Guide", "原件及复印件"), translated);
    return label(QT_TRANSLATE_NOOP("Guide", "电子证照"), translated);
}

QString sourceLine(const Provenance::Source &s, bool english, bool translated)
{
    QString line =
        s.kind == QLatin1String("guide")
            ? label(QT_TRANSLATE_NOOP("Guide", "参照办事指南：%1"), translated).arg(s.title)
            : label(QT_TRANSLATE_NOOP("Guide", "《%1》"), translated).arg(s.title);
    if (!s.articles.isEmpty()) {
        QStringList numbers;
        for (int a : s.articles)
            numbers.append(QString::number(a));
        line += label(QT_TRANSLATE_NOOP("Guide", "第%1条"), translated)
                    .arg(numbers.join(english ? QStringLiteral(", ") : QStringLiteral("、")));
    }
    QStringList extra;
    for (const QString &e : {s.docNo, s.edition, s.note})
        if (!e.isEmpty())
            extra.append(e);
    if (!extra.isEmpty())
        line += label(QT_TRANSLATE_NOOP("Guide", "（%1）"), translated)
                    .arg(extra.join(english ? QStringLiteral("; ") : QStringLiteral("；")));
    if (!s.url.isEmpty())
        line += QLatin1Char(' ') + s.url;
    return line;
}

QString reviewLine(const Provenance &p, bool english, bool translated)
{
    QString state;
    switch (p.state) {
    case Provenance::State::Confirmed:
        state = label(QT_TRANSLATE_NOOP("Guide", "已经实施部门确认"), translated);
        break;
    case Provenance::State::Checked:
        state =
            label(QT_TRANSLATE_NOOP("Guide", "已对照法规及办事指南核对，待部门确认"), translated);
        break;
    case Provenance::State::Draft:
        state = label(QT_TRANSLATE_NOOP("Guide", "初稿，尚未核对"), translated);
        break;
    }
    QStringList who;
    if (!p.by.isEmpty())
        who.append(p.by);
    if (p.date.isValid())
        who.append(p.date.toString(Qt::ISODate));
    if (!who.isEmpty())
        state += label(QT_TRANSLATE_NOOP("Guide", "（%1）"), translated)
                     .arg(who.join(english ? QStringLiteral(", ") : QStringLiteral("，")));
    const QString note = english ? p.noteEn : p.noteZh;
    if (!note.isEmpty())
        state += QLatin1Char('\n') + note;
    return state;
}

QString typeName(const QString &type, bool translated)
{
    if (type == QLatin1String("01"))
        return label(QT_TRANSLATE_NOOP("Guide", "行政许可"), translated);
    if (type == QLatin1String("05"))
        return label(QT_TRANSLATE_NOOP("Guide", "行政给付"), translated);
    if (type == QLatin1String("07"))
        return label(QT_TRANSLATE_NOOP("Guide", "行政确认"), translated);
    if (type == QLatin1String("12"))
        return label(QT_TRANSLATE_NOOP("Guide", "审核转报"), translated);
    return label(QT_TRANSLATE_NOOP("Guide", "公共服务"), translated);
}
} // namespace

QString Guide::days(int workingDays, bool translated)
{
    if (workingDays == 0)
        return label(QT_TRANSLATE_NOOP("Guide", "即办"), translated);
    if (!translated)
        return QStringLiteral("%1 个工作日").arg(workingDays);
    return QCoreApplication::translate("Guide", "%n 个工作日", nullptr, workingDays);
}

QString Guide::levelName(const QString &level, bool translated)
{
    if (level == QLatin1String("village"))
        return label(QT_TRANSLATE_NOOP("Guide", "嘎查村便民服务点"), translated);
    if (level == QLatin1String("township"))
        return label(QT_TRANSLATE_NOOP("Guide", "苏木乡镇便民服务中心"), translated);
    return label(QT_TRANSLATE_NOOP("Guide", "旗政务服务中心"), translated);
}

Guide Guide::from(const QJsonObject &item, const DepartmentRow &department, bool english)
{
    return from(item, department, english ? QStringLiteral("en") : QStringLiteral("zh"));
}

Guide Guide::from(const QJsonObject &item, const DepartmentRow &department, QStringView language)
{
    // The catalogue's texts are its `mn` where there is one (cataloguebundle.h textIn); the
    // fixed terms go through the screen's translator in English and Mongolian (§9e).
    const bool english = language == QLatin1String("en");
    const bool translated = english || language == QLatin1String("mn");
    Guide g;
    g.code = item.value(QLatin1String("code")).toString();
    // The name stays Chinese in Mongolian mode: screens show name.mn beside it themselves
    // (CatalogueService::mongolianItemName, GuideView::mongolianName).
    g.name = textIn(item.value(QLatin1String("name")), english ? u"en" : u"zh");
    g.department = english ? department.nameEn : department.nameZh;
    g.departmentCode = item.value(QLatin1String("department")).toString();
    g.agency = textIn(department.agencyZh, department.agencyEn, department.agencyMn, language);
    g.agencyMn = department.agencyMn;
    g.summary = textIn(item.value(QLatin1String("summary")), language);
    g.fee = textIn(item.value(QLatin1String("fee")), language);
    g.english = english;
    g.translated = translated;
    g.type = typeName(item.value(QLatin1String("type")).toString(), translated);
    for (const auto &l : item.value(QLatin1String("levels")).toArray())
        g.levels.append(levelName(l.toString(), translated));
    g.provenance = Provenance::from(item);
    // A draft was checked against nothing: none of its rules is shown as a hard condition.
    const bool checked = g.provenance.state != Provenance::State::Draft;
    for (const auto &c : item.value(QLatin1String("conditions")).toArray()) {
        const bool unverified = c.toObject().value(QLatin1String("unverified")).toBool();
        (checked && !unverified ? g.conditions : g.tentativeConditions).append(textIn(c, language));
    }
    for (const Provenance::Source &source : g.provenance.sources)
        g.sources.append(sourceLine(source, english, translated));
    g.review = reviewLine(g.provenance, english, translated);
    g.steps = textsIn(item.value(QLatin1String("steps")), language);
    g.basis = textsIn(item.value(QLatin1String("basis")), language);
    g.notes = textsIn(item.value(QLatin1String("notes")), language);
    for (const auto &v : item.value(QLatin1String("materials")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString kind = m.value(QLatin1String("kind")).toString();
        g.materials.append(
            {textIn(m.value(QLatin1String("name")), language), kindName(kind, translated),
             textIn(m.value(QLatin1String("note")), language),
             m.value(QLatin1String("copies")).toInt(), kind == QLatin1String("e_certificate"),
             m.value(QLatin1String("signature")).toBool(),
             m.value(QLatin1String("required")).toBool(),
             m.value(QLatin1String("rongque")).toBool(),
             m.value(QLatin1String("commitment")).toBool()});
    }
    g.legalDays = item.value(QLatin1String("legal_days")).toInt();
    g.legalLimit = textIn(item.value(QLatin1String("legal_limit")), language);
    g.promisedDays = item.value(QLatin1String("promised_days")).toInt();
    g.onlineDepth = item.value(QLatin1String("online_depth")).toInt();
    g.visits = item.value(QLatin1String("visits")).toInt();
    return g;
}

} // namespace jiujin
