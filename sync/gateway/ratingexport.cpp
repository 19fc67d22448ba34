#include "ratingexport.h"

#include "chinatime.h"
#include "ratingservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jiujin::gateway {

namespace {

/** ISO 8601 in Beijing time with its offset: what the region's staff read, and unambiguous. */
QJsonValue timeValue(const std::optional<QDateTime> &t)
{
    if (!t || !t->isValid())
        return QJsonValue::Null;
    return inChina(*t).toString(Qt::ISODate);
}

QJsonValue levelValue(int level)
{
    return level >= 1 && level <= 5 ? QJsonValue(level) : QJsonValue(QJsonValue::Null);
}

/** One rating as the documented fields, typed for JSON (null: none). */
QJsonObject record(const RatingEntry &e)
{
    const RatingRow &r = e.rating;
    QJsonArray texts;
    for (const QString &code : r.reasons)
        texts.append(RatingService::reasonText(code));
    const std::optional<FollowUpRow> &f = e.followUp;
    auto str = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    QJsonObject o{
        {QStringLiteral("rating_id"), r.uuid},
        {QStringLiteral("case_number"), str(r.caseNumber)},
        {QStringLiteral("receipt"), str(r.refersTo)},
        {QStringLiteral("item_code"), r.item},
        {QStringLiteral("channel"), RatingExport::channel()},
        {QStringLiteral("point_code"), r.point},
        {QStringLiteral("department_code"), str(r.department)},
        {QStringLiteral("rated_at"), timeValue(r.ratedAt)},
        {QStringLiteral("received_at"), timeValue(r.receivedAt)},
        {QStringLiteral("overall_level"), r.level},
        {QStringLiteral("overall_text"), RatingService::levelText(r.level)},
        {QStringLiteral("efficiency_level"), levelValue(r.efficiency)},
        {QStringLiteral("competence_level"), levelValue(r.competence)},
        {QStringLiteral("attitude_level"), levelValue(r.attitude)},
        {QStringLiteral("reason_codes"), QJsonArray::fromStringList(r.reasons)},
        {QStringLiteral("reason_texts"), texts},
        {QStringLiteral("followup_state"), f ? QJsonValue(f->state) : QJsonValue::Null},
        {QStringLiteral("followup_due"),
         f ? QJsonValue(f->dueDate.toString(Qt::ISODate)) : QJsonValue::Null},
        {QStringLiteral("callback_at"), f ? timeValue(f->calledAt) : QJsonValue::Null},
        {QStringLiteral("callback_reached"),
         f && f->calledAt ? QJsonValue(f->reached) : QJsonValue::Null},
        {QStringLiteral("rectified_at"), f ? timeValue(f->rectifiedAt) : QJsonValue::Null},
        {QStringLiteral("rectification_cause"), f ? str(f->cause) : QJsonValue::Null},
        {QStringLiteral("rectification_action"), f ? str(f->action) : QJsonValue::Null},
        {QStringLiteral("closed_at"), f ? timeValue(f->closedAt) : QJsonValue::Null},
        {QStringLiteral("closed_in_time"), f && f->state == RatingService::closed
                                               ? QJsonValue(RatingService::closedInTime(*f))
                                               : QJsonValue::Null},
    };
    return o;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled. */
QByteArray csvField(const QString &text)
{
    QByteArray s = text.toUtf8();
    if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r')) {
        s.replace("\"", "\"\"");
        s = '"' + s + '"';
    }
    return s;
}

QString csvText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toInteger());
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &p : v.toArray())
            parts.append(p.toString());
        return parts.join(QLatin1Char(';'));
    }
    default:
        return v.toString();
    }
}

} // namespace

QStringList RatingExport::fields()
{
    return {QStringLiteral("rating_id"),
            QStringLiteral("case_number"),
            QStringLiteral("receipt"),
            QStringLiteral("item_code"),
            QStringLiteral("channel"),
            QStringLiteral("point_code"),
            QStringLiteral("department_code"),
            QStringLiteral("rated_at"),
            QStringLiteral("received_at"),
            QStringLiteral("overall_level"),
            QStringLiteral("overall_text"),
            QStringLiteral("efficiency_level"),
            QStringLiteral("competence_level"),
            QStringLiteral("attitude_level"),
            QStringLiteral("reason_codes"),
            QStringLiteral("reason_texts"),
            QStringLiteral("followup_state"),
            QStringLiteral("followup_due"),
            QStringLiteral("callback_at"),
            QStringLiteral("callback_reached"),
            QStringLiteral("rectified_at"),
            QStringLiteral("rectification_cause"),
            QStringLiteral("rectification_action"),
            QStringLiteral("closed_at"),
            QStringLiteral("closed_in_time")};
}

QString RatingExport::channel()
{
    return QStringLiteral("自助终端");
}

QByteArray RatingExport::json(const QList<RatingEntry> &entries)
{
    QJsonArray all;
    for (const RatingEntry &e : entries)
        all.append(record(e));
    return QJsonDocument(all).toJson(QJsonDocument::Indented);
}

QByteArray RatingExport::csv(const QList<RatingEntry> &entries)
{
    // The BOM: Excel and WPS on Chinese Windows read a CSV without one as GBK (mojibake).
    QByteArray out("\xEF\xBB\xBF");
    const QStringList names = fields();
    out += names.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const RatingEntry &e : entries) {
        const QJsonObject o = record(e);
        QByteArrayList row;
        for (const QString &name : names)
            row.append(csvField(csvText(o.value(name))));
        out += row.join(',') + "\r\n";
    }
    return out;
}

} // namespace jiujin::gateway
