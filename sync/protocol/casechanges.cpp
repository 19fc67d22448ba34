#include "casechanges.h"

#include "jsonfields.h"
#include "keys.h"
#include "protocollimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace jiujin::protocol {

namespace {

using json::invalid;

constexpr qsizetype maxMaterials = 64;
constexpr qsizetype maxMaterialName = 200;
constexpr qsizetype maxFigures = 16;

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

Result<QDate> dateField(const QJsonObject &o, const QString &at, const char *key)
{
    const QString field = at + QLatin1String(key);
    auto s = json::string(o, key, field, 10);
    if (!s)
        return s.error();
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate d = QDate::fromString(s.value(), QStringLiteral("yyyy-MM-dd"));
    if (!form.match(s.value()).hasMatch() || !d.isValid())
        return invalid(field, "not a date YYYY-MM-DD");
    return d;
}

Result<QDate> optionalDate(const QJsonObject &o, const QString &at, const char *key)
{
    if (!o.contains(QLatin1String(key)))
        return QDate();
    return dateField(o, at, key);
}

Result<QDateTime> utcTime(const QJsonObject &o, const QString &at, const char *key)
{
    const QString field = at + QLatin1String(key);
    auto s = json::string(o, key, field, 20);
    if (!s)
        return s.error();
    const QString &t = s.value();
    const QDateTime d = QDateTime::fromString(t, Qt::ISODate);
    if (t.size() != 20 || !t.endsWith(u'Z') || !d.isValid())
        return invalid(field, "not an ISO 8601 UTC time");
    return d.toUTC();
}

Result<QString> text(const QJsonObject &o, const QString &at, const char *key, qsizetype max,
                     json::Empty empty)
{
    return json::stringValue(o.value(QLatin1String(key)), at + QLatin1String(key), max, empty);
}

Result<bool> flag(const QJsonObject &o, const QString &at, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        return invalid(at + QLatin1String(key), "not true or false");
    return v.toBool();
}

bool receiptLike(const QString &s)
{
    static const QRegularExpression form(QStringLiteral("^[A-Z0-9]{1,32}$"));
    return form.match(s).hasMatch();
}

Result<QStringList> materialList(const QJsonObject &o, const QString &at)
{
    const QJsonValue v = o.value(QLatin1String("materials"));
    if (v.isUndefined())
        return QStringList();
    const QString field = at + QStringLiteral("materials");
    if (!v.isArray())
        return invalid(field, "not an array");
    const QJsonArray a = v.toArray();
    if (a.size() > maxMaterials)
        return invalid(field, "too many entries");
    QStringList out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        auto s = json::stringValue(a.at(i), QStringLiteral("%1[%2]").arg(field).arg(i),
                                   maxMaterialName, json::Empty::Blank);
        if (!s)
            return s.error();
        out.append(s.value());
    }
    return out;
}

Result<QList<CasePendingMaterial>> pendingList(const QJsonObject &o, const QString &at)
{
    const QJsonValue v = o.value(QLatin1String("pending"));
    if (v.isUndefined())
        return QList<CasePendingMaterial>();
    const QString field = at + QStringLiteral("pending");
    if (!v.isArray())
        return invalid(field, "not an array");
    const QJsonArray a = v.toArray();
    if (a.size() > maxMaterials)
        return invalid(field, "too many entries");
    QList<CasePendingMaterial> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = QStringLiteral("%1[%2].").arg(field).arg(i);
        if (!a.at(i).isObject())
            return invalid(p.chopped(1), "not an object");
        const QJsonObject m = a.at(i).toObject();
        CasePendingMaterial pm;
        auto name = text(m, p, "name", maxMaterialName, json::Empty::Blank);
        if (!name)
            return name.error();
        pm.name = name.value();
        auto kind = text(m, p, "kind", 16, json::Empty::Refused);
        if (!kind)
            return kind.error();
        if (kind.value() != QLatin1String("rongque") && kind.value() != QLatin1String("chengnuo"))
            return invalid(p + QStringLiteral("kind"), "not rongque or chengnuo");
        pm.kind = kind.value();
        auto due = dateField(m, p, "due");
        if (!due)
            return due.error();
        pm.due = due.value();
        out.append(pm);
    }
    return out;
}

Result<CaseChange> decodeCase(const QJsonValue &v, const QString &at)
{
    if (!v.isObject())
        return invalid(at, "not an object");
    const QJsonObject o = v.toObject();
    const QString p = at + QLatin1Char('.');
    CaseChange c;
    auto seq = json::wholeNumber(o, "seq", p + QStringLiteral("seq"), maxJsonWholeNumber,
                                 "not a whole number from 1 to 2^53");
    if (!seq)
        return seq.error();
    if (seq.value() < 1)
        return invalid(p + QStringLiteral("seq"), "not a whole number from 1 to 2^53");
    c.seq = seq.value();
    auto receipt = text(o, p, "receipt", 32, json::Empty::Refused);
    if (!receipt)
        return receipt.error();
    if (!receiptLike(receipt.value()))
        return invalid(p + QStringLiteral("receipt"), "not a receipt number");
    c.receipt = receipt.value();
    auto item = text(o, p, "item", maxShortText, json::Empty::Blank);
    if (!item)
        return item.error();
    c.item = item.value();
    auto stage = text(o, p, "stage", 32, json::Empty::Refused);
    if (!stage)
        return stage.error();
    if (!caseStages().contains(stage.value()))
        return invalid(p + QStringLiteral("stage"), "not a stage");
    c.stage = stage.value();
    auto at2 = utcTime(o, p, "stage_at");
    if (!at2)
        return at2.error();
    c.stageAt = at2.value();
    if (o.contains(QLatin1String("reason"))) {
        auto reason = text(o, p, "reason", maxStaffText, json::Empty::Allowed);
        if (!reason)
            return reason.error();
        c.reason = reason.value();
    }
    auto materials = materialList(o, p);
    if (!materials)
        return materials.error();
    c.materials = materials.value();
    auto materialsDue = optionalDate(o, p, "materials_due");
    if (!materialsDue)
        return materialsDue.error();
    c.materialsDue = materialsDue.value();
    auto pending = pendingList(o, p);
    if (!pending)
        return pending.error();
    c.pending = pending.value();
    auto due = optionalDate(o, p, "due");
    if (!due)
        return due.error();
    c.due = due.value();
    auto paused = flag(o, p, "paused");
    if (!paused)
        return paused.error();
    c.paused = paused.value();
    const QJsonValue pickup = o.value(QLatin1String("pickup"));
    if (!pickup.isUndefined()) {
        if (pickup != QJsonValue(QStringLiteral("here")))
            return invalid(p + QStringLiteral("pickup"), "not \"here\"");
        c.pickupHere = true;
    }
    return c;
}

Result<QMap<QString, CaseFigure>> decodeFigures(const QJsonObject &root)
{
    QMap<QString, CaseFigure> out;
    const QJsonValue v = root.value(QLatin1String("figures"));
    if (v.isUndefined())
        return out;
    if (!v.isObject())
        return invalid(QStringLiteral("figures"), "not an object");
    const QJsonObject o = v.toObject();
    if (o.size() > maxFigures)
        return invalid(QStringLiteral("figures"), "too many entries");
    static const QRegularExpression name(QStringLiteral("^[a-z0-9_]{1,32}$"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString at = QStringLiteral("figures.") + it.key();
        if (!name.match(it.key()).hasMatch())
            return invalid(QStringLiteral("figures"), "a name not of [a-z0-9_]{1,32}");
        if (!it.value().isObject())
            return invalid(at, "not an object");
        const QJsonObject f = it.value().toObject();
        const double rate = f.value(QLatin1String("rate")).toDouble(-1);
        if (!f.value(QLatin1String("rate")).isDouble() || !std::isfinite(rate) || rate < 0 ||
            rate > 1)
            return invalid(at + QStringLiteral(".rate"), "not a number from 0 to 1");
        auto count = json::wholeNumber(f, "count", at + QStringLiteral(".count"),
                                       maxJsonWholeNumber, "not a whole number from 0 to 2^53");
        if (!count)
            return count.error();
        out.insert(it.key(), CaseFigure{rate, count.value()});
    }
    return out;
}

QJsonObject encodeCase(const CaseChange &c)
{
    QJsonObject o{{QStringLiteral("seq"), double(c.seq)},
                  {QStringLiteral("receipt"), c.receipt},
                  {QStringLiteral("item"), c.item},
                  {QStringLiteral("stage"), c.stage},
                  {QStringLiteral("stage_at"),
                   c.stageAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))},
                  {QStringLiteral("paused"), c.paused}};
    if (!c.reason.isEmpty())
        o.insert(QStringLiteral("reason"), c.reason);
    if (!c.materials.isEmpty())
        o.insert(QStringLiteral("materials"), QJsonArray::fromStringList(c.materials));
    if (c.materialsDue.isValid())
        o.insert(QStringLiteral("materials_due"), dateText(c.materialsDue));
    if (!c.pending.isEmpty()) {
        QJsonArray a;
        for (const CasePendingMaterial &m : c.pending)
            a.append(QJsonObject{{QStringLiteral("name"), m.name},
                                 {QStringLiteral("kind"), m.kind},
                                 {QStringLiteral("due"), dateText(m.due)}});
        o.insert(QStringLiteral("pending"), a);
    }
    if (c.due.isValid())
        o.insert(QStringLiteral("due"), dateText(c.due));
    if (c.pickupHere)
        o.insert(QStringLiteral("pickup"), QStringLiteral("here"));
    return o;
}

} // namespace

const QStringList &caseStages()
{
    static const QStringList stages{QStringLiteral("submitted"), QStringLiteral("accepted"),
                                    QStringLiteral("refused"),   QStringLiteral("correction"),
                                    QStringLiteral("review"),    QStringLiteral("approved"),
                                    QStringLiteral("denied"),    QStringLiteral("ready_for_pickup"),
                                    QStringLiteral("delivered")};
    return stages;
}

QJsonObject caseToJson(const CaseChange &c)
{
    return encodeCase(c);
}

Result<CaseChange> caseFromJson(const QJsonValue &v, const QString &at)
{
    return decodeCase(v, at);
}

QByteArray encode(const CaseChangeSet &c)
{
    QJsonArray cases;
    for (const CaseChange &e : c.cases)
        cases.append(encodeCase(e));
    QJsonObject o{{QStringLiteral("point"), c.point},
                  {QStringLiteral("from"), double(c.from)},
                  {QStringLiteral("seq"), double(c.seq)},
                  {QStringLiteral("more"), c.more},
                  {QStringLiteral("cases"), cases}};
    if (!c.figures.isEmpty()) {
        QJsonObject figures;
        for (auto it = c.figures.begin(); it != c.figures.end(); ++it)
            figures.insert(it.key(), QJsonObject{{QStringLiteral("rate"), it->rate},
                                                 {QStringLiteral("count"), double(it->count)}});
        o.insert(QStringLiteral("figures"), figures);
    }
    return json::compact(o);
}

Result<CaseChangeSet> decodeCaseChangeSet(QByteArrayView textBytes)
{
    auto root = json::parseObject(textBytes, maxCaseChangesText, QStringLiteral("changes"));
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    CaseChangeSet c;
    auto point = json::string(o, "point", QStringLiteral("point"), maxShortText, true);
    if (!point)
        return point.error();
    c.point = point.value();
    auto from = json::wholeNumber(o, "from", QStringLiteral("from"), maxJsonWholeNumber,
                                  "not a whole number from 0 to 2^53");
    if (!from)
        return from.error();
    auto seq = json::wholeNumber(o, "seq", QStringLiteral("seq"), maxJsonWholeNumber,
                                 "not a whole number from 0 to 2^53");
    if (!seq)
        return seq.error();
    if (seq.value() <= from.value())
        return invalid(QStringLiteral("seq"), "not after from");
    c.from = from.value();
    c.seq = seq.value();
    auto more = flag(o, QString(), "more");
    if (!more)
        return more.error();
    c.more = more.value();
    const QJsonValue list = o.value(QLatin1String("cases"));
    if (!list.isArray())
        return invalid(QStringLiteral("cases"), "not an array");
    const QJsonArray cases = list.toArray();
    if (cases.isEmpty())
        return invalid(QStringLiteral("cases"), "empty");
    if (cases.size() > maxCaseChanges)
        return invalid(QStringLiteral("cases"), "too many entries");
    QSet<QString> receipts;
    qint64 last = c.from;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString at = QStringLiteral("cases[%1]").arg(i);
        auto e = decodeCase(cases.at(i), at);
        if (!e)
            return e.error();
        if (e->seq <= last || e->seq > c.seq)
            return invalid(at + QStringLiteral(".seq"), "not increasing within (from, seq]");
        if (receipts.contains(e->receipt))
            return invalid(at + QStringLiteral(".receipt"), "repeated");
        last = e->seq;
        receipts.insert(e->receipt);
        c.cases.append(std::move(e.value()));
    }
    if (last != c.seq)
        return invalid(QStringLiteral("seq"), "not the last case's");
    auto figures = decodeFigures(o);
    if (!figures)
        return figures.error();
    c.figures = figures.value();
    return c;
}

QByteArray encode(const SignedCaseChanges &body)
{
    return json::compact(
        {{QStringLiteral("changes"), QString::fromUtf8(body.changes)},
         {QStringLiteral("signature"), QString::fromLatin1(body.signature.toBase64())}});
}

Result<SignedCaseChanges> decodeCaseChanges(QByteArrayView body)
{
    auto root = json::parseObject(body, 2 * maxCaseChangesText + 4096, QStringLiteral("body"));
    if (!root)
        return root.error();
    SignedCaseChanges out;
    auto changes = json::signedText(root.value(), "changes", maxCaseChangesText);
    if (!changes)
        return changes.error();
    out.changes = changes.value();
    auto signature = json::signature(root.value(), maxSignatureBytes);
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

QByteArray casesSigningInput(QByteArrayView changesText)
{
    QByteArray input(casesSigningContext);
    input.append(changesText);
    return input;
}

Result<SignedCaseChanges> signCaseChanges(const Key &receiptKey, const CaseChangeSet &changes)
{
    SignedCaseChanges out;
    out.changes = encode(changes);
    auto signature = sign(receiptKey, casesSigningInput(out.changes));
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

Result<CaseChangeSet> openCaseChanges(const Key &receiptKey, QByteArrayView body)
{
    auto signedChanges = decodeCaseChanges(body);
    if (!signedChanges)
        return signedChanges.error();
    if (!verify(receiptKey, casesSigningInput(signedChanges->changes), signedChanges->signature))
        return Error{Error::Corrupt,
                     QStringLiteral("case changes: central's signature does not verify")};
    return decodeCaseChangeSet(signedChanges->changes);
}

} // namespace jiujin::protocol
