#include "guide.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jiujin {

namespace {
QString pick(const QJsonValue &text, bool english)
{
    return text.toObject().value(english ? QLatin1String("en") : QLatin1String("zh")).toString();
}

QStringList pickAll(const QJsonValue &list, bool english)
{
    QStringList out;
    for (const auto &t : list.toArray())
        out.append(pick(t, english));
    return out;
}

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("original"))
        return QCoreApplication::translate("Guide", "原件");
    if (kind == QLatin1String("copy"))
        return QCoreApplication::translate("Guide", "复印件");
    if (kind == QLatin1String("original_and_copy"))
        return QCoreApplication::translate("Guide", "原件及复印件");
    return QCoreApplication::translate("Guide", "电子证照");
}

QString sourceLine(const Provenance::Source &s, bool english)
{
    QString line = s.kind == QLatin1String("guide")
                       ? QCoreApplication::translate("Guide", "参照办事指南：%1").arg(s.title)
                       : QCoreApplication::translate("Guide", "《%1》").arg(s.title);
    if (!s.articles.isEmpty()) {
        QStringList numbers;
        for (int a : s.articles)
            numbers.append(QString::number(a));
        line += QCoreApplication::translate("Guide", "第%1条")
                    .arg(numbers.join(english ? QStringLiteral(", ") : QStringLiteral("、")));
    }
    QStringList extra;
    for (const QString &e : {s.docNo, s.edition, s.note})
        if (!e.isEmpty())
            extra.append(e);
    if (!extra.isEmpty())
        line += QCoreApplication::translate("Guide", "（%1）")
                    .arg(extra.join(english ? QStringLiteral("; ") : QStringLiteral("；")));
    if (!s.url.isEmpty())
        line += QLatin1Char(' ') + s.url;
    return line;
}

QString reviewLine(const Provenance &p, bool english)
{
    QString state;
    switch (p.state) {
    case Provenance::State::Confirmed:
        state = QCoreApplication::translate("Guide", "已经实施部门确认");
        break;
    case Provenance::State::Checked:
        state = QCoreApplication::translate("Guide", "已对照法规及办事指南核对，待部门确认");
        break;
    case Provenance::State::Draft:
        state = QCoreApplication::translate("Guide", "初稿，尚未核对");
        break;
    }
    QStringList who;
    if (!p.by.isEmpty())
        who.append(p.by);
    if (p.date.isValid())
        who.append(p.date.toString(Qt::ISODate));
    if (!who.isEmpty())
        state += QCoreApplication::translate("Guide", "（%1）")
                     .arg(who.join(english ? QStringLiteral(", ") : QStringLiteral("，")));
    const QString note = english ? p.noteEn : p.noteZh;
    if (!note.isEmpty())
        state += QLatin1Char('\n') + note;
    return state;
}

QString typeName(const QString &type)
{
    if (type == QLatin1String("01"))
        return QCoreApplication::translate("Guide", "行政许可");
    if (type == QLatin1String("05"))
        return QCoreApplication::translate("Guide", "行政给付");
    if (type == QLatin1String("07"))
        return QCoreApplication::translate("Guide", "行政确认");
    if (type == QLatin1String("12"))
        return QCoreApplication::translate("Guide", "审核转报");
    return QCoreApplication::translate("Guide", "公共服务");
}
} // namespace

QString Guide::days(int workingDays)
{
    if (workingDays == 0)
        return QCoreApplication::translate("Guide", "即办");
    return QCoreApplication::translate("Guide", "%n 个工作日", nullptr, workingDays);
}

QString Guide::levelName(const QString &level)
{
    if (level == QLatin1String("village"))
        return QCoreApplication::translate("Guide", "嘎查村便民服务点");
    if (level == QLatin1String("township"))
        return QCoreApplication::translate("Guide", "苏木乡镇便民服务中心");
    return QCoreApplication::translate("Guide", "旗政务服务中心");
}

Guide Guide::from(const QJsonObject &item, const DepartmentRow &department, bool english)
{
    Guide g;
    g.code = item.value(QLatin1String("code")).toString();
    g.name = pick(item.value(QLatin1String("name")), english);
    g.department = english ? department.nameEn : department.nameZh;
    g.departmentCode = item.value(QLatin1String("department")).toString();
    g.agency = english ? department.agencyEn : department.agencyZh;
    g.summary = pick(item.value(QLatin1String("summary")), english);
    g.fee = pick(item.value(QLatin1String("fee")), english);
    g.type = typeName(item.value(QLatin1String("type")).toString());
    for (const auto &l : item.value(QLatin1String("levels")).toArray())
        g.levels.append(levelName(l.toString()));
    g.provenance = Provenance::from(item);
    // A draft was checked against nothing: none of its rules is shown as a hard condition.
    const bool checked = g.provenance.state != Provenance::State::Draft;
    for (const auto &c : item.value(QLatin1String("conditions")).toArray()) {
        const bool unverified = c.toObject().value(QLatin1String("unverified")).toBool();
        (checked && !unverified ? g.conditions : g.tentativeConditions).append(pick(c, english));
    }
    for (const Provenance::Source &source : g.provenance.sources)
        g.sources.append(sourceLine(source, english));
    g.review = reviewLine(g.provenance, english);
    g.steps = pickAll(item.value(QLatin1String("steps")), english);
    g.basis = pickAll(item.value(QLatin1String("basis")), english);
    g.notes = pickAll(item.value(QLatin1String("notes")), english);
    for (const auto &v : item.value(QLatin1String("materials")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString kind = m.value(QLatin1String("kind")).toString();
        g.materials.append({pick(m.value(QLatin1String("name")), english), kindName(kind),
                            pick(m.value(QLatin1String("note")), english),
                            m.value(QLatin1String("copies")).toInt(),
                            kind == QLatin1String("e_certificate"),
                            m.value(QLatin1String("signature")).toBool(),
                            m.value(QLatin1String("required")).toBool(),
                            m.value(QLatin1String("rongque")).toBool(),
                            m.value(QLatin1String("commitment")).toBool()});
    }
    g.legalDays = item.value(QLatin1String("legal_days")).toInt();
    g.legalLimit = pick(item.value(QLatin1String("legal_limit")), english);
    g.promisedDays = item.value(QLatin1String("promised_days")).toInt();
    g.onlineDepth = item.value(QLatin1String("online_depth")).toInt();
    g.visits = item.value(QLatin1String("visits")).toInt();
    return g;
}

} // namespace jiujin
