#include "formschema.h"

#include "cataloguebundle.h"

#include <QDate>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace jiujin {

namespace {

struct TypeName
{
    const char *name;
    FieldSpec::Type type;
};

constexpr TypeName typeNames[] = {
    {"text", FieldSpec::Type::Text},          {"number", FieldSpec::Type::Number},
    {"date", FieldSpec::Type::Date},          {"select", FieldSpec::Type::Select},
    {"checkbox", FieldSpec::Type::Checkbox},  {"multiline", FieldSpec::Type::Multiline},
    {"id_number", FieldSpec::Type::IdNumber}, {"phone", FieldSpec::Type::Phone},
    {"address", FieldSpec::Type::Address},
};

const QStringList cardFields = {QStringLiteral("name"),      QStringLiteral("sex"),
                                QStringLiteral("ethnicity"), QStringLiteral("birth_date"),
                                QStringLiteral("id_number"), QStringLiteral("address")};

Error invalid(const QString &where, const QString &what)
{
    return Error{Error::Invalid, QStringLiteral("%1: %2").arg(where, what)};
}

bool readText(const QJsonValue &v, QString &zh, QString &en, QString &mn)
{
    const QJsonObject o = v.toObject();
    zh = o.value(QLatin1String("zh")).toString();
    en = o.value(QLatin1String("en")).toString();
    mn = mongolianText(v); // as written: U+202F and U+180B-U+180F stay
    return !zh.trimmed().isEmpty() && !en.trimmed().isEmpty();
}

bool validBound(const QString &s)
{
    return s.isEmpty() || s == QLatin1String("today") ||
           QDate::fromString(s, Qt::ISODate).isValid();
}

} // namespace

QString FieldOption::label(QStringView language) const
{
    return textIn(labelZh, labelEn, labelMn, language);
}

QString FieldSpec::label(QStringView language) const
{
    return textIn(labelZh, labelEn, labelMn, language);
}

Result<FormSchema> FormSchema::fromJson(const QJsonArray &form)
{
    FormSchema schema;
    QSet<QString> seen;
    for (qsizetype i = 0; i < form.size(); ++i) {
        const QString where = QStringLiteral("form[%1]").arg(i);
        if (!form.at(i).isObject())
            return invalid(where, QStringLiteral("is not an object"));
        const QJsonObject o = form.at(i).toObject();
        FieldSpec f;

        f.id = o.value(QLatin1String("id")).toString();
        if (f.id.isEmpty())
            return invalid(where, QStringLiteral("has no id"));
        if (seen.contains(f.id))
            return invalid(where, QStringLiteral("id \"%1\" is used twice").arg(f.id));
        seen.insert(f.id);

        const QString type = o.value(QLatin1String("type")).toString();
        bool known = false;
        for (const TypeName &t : typeNames) {
            if (type == QLatin1String(t.name)) {
                f.type = t.type;
                known = true;
            }
        }
        if (!known)
            return invalid(where, QStringLiteral("unknown type \"%1\"").arg(type));

        if (!readText(o.value(QLatin1String("label")), f.labelZh, f.labelEn, f.labelMn))
            return invalid(where, QStringLiteral("label needs non-empty zh and en"));

        const QJsonValue required = o.value(QLatin1String("required"));
        if (!required.isUndefined() && !required.isBool())
            return invalid(where, QStringLiteral("required must be true or false"));
        f.required = required.toBool(false);

        for (const auto &[key, target] : {std::pair{"min", &f.min}, std::pair{"max", &f.max}}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                continue;
            if (!v.isDouble())
                return invalid(where,
                               QStringLiteral("%1 must be a number").arg(QLatin1String(key)));
            *target = v.toDouble();
        }
        if (f.min && f.max && *f.min > *f.max)
            return invalid(where, QStringLiteral("min is greater than max"));

        f.dateMin = o.value(QLatin1String("date_min")).toString();
        f.dateMax = o.value(QLatin1String("date_max")).toString();
        if (!validBound(f.dateMin) || !validBound(f.dateMax))
            return invalid(where, QStringLiteral("date_min/date_max must be YYYY-MM-DD or today"));

        f.pattern = o.value(QLatin1String("pattern")).toString();
        if (!f.pattern.isEmpty() && !QRegularExpression(f.pattern).isValid())
            return invalid(where, QStringLiteral("pattern is not a valid regular expression"));

        const QJsonArray options = o.value(QLatin1String("options")).toArray();
        for (qsizetype j = 0; j < options.size(); ++j) {
            const QJsonObject opt = options.at(j).toObject();
            FieldOption option;
            option.value = opt.value(QLatin1String("value")).toString();
            if (option.value.isEmpty() || !readText(opt.value(QLatin1String("label")),
                                                    option.labelZh, option.labelEn, option.labelMn))
                return invalid(
                    where, QStringLiteral("options[%1] needs a value and a zh/en label").arg(j));
            f.options.append(option);
        }
        if (f.type == FieldSpec::Type::Select && f.options.isEmpty())
            return invalid(where, QStringLiteral("a select field needs options"));

        f.card = o.value(QLatin1String("card")).toString();
        if (!f.card.isEmpty() && !cardFields.contains(f.card))
            return invalid(where, QStringLiteral("unknown card field \"%1\"").arg(f.card));

        schema.fields.append(std::move(f));
    }
    return schema;
}

const FieldSpec *FormSchema::field(QStringView id) const
{
    for (const FieldSpec &f : fields) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace jiujin
