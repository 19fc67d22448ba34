#include "cataloguebundle.h"

#include "hanfold.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace jiujin {

namespace {

const QStringList levelNames = {QStringLiteral("village"), QStringLiteral("township"),
                                QStringLiteral("banner")};
const QStringList materialKinds = {QStringLiteral("original"), QStringLiteral("copy"),
                                   QStringLiteral("original_and_copy"),
                                   QStringLiteral("e_certificate")};
const QStringList fieldTypes = {
    QStringLiteral("text"),      QStringLiteral("number"),   QStringLiteral("date"),
    QStringLiteral("select"),    QStringLiteral("checkbox"), QStringLiteral("multiline"),
    QStringLiteral("id_number"), QStringLiteral("phone"),    QStringLiteral("address")};
const QStringList cardFields = {QStringLiteral("name"),      QStringLiteral("sex"),
                                QStringLiteral("ethnicity"), QStringLiteral("birth_date"),
                                QStringLiteral("id_number"), QStringLiteral("address")};
const QStringList sourceKinds = {QStringLiteral("law"), QStringLiteral("policy"),
                                 QStringLiteral("local"), QStringLiteral("guide")};
const QStringList reviewStates = {QStringLiteral("draft"), QStringLiteral("checked"),
                                  QStringLiteral("confirmed")};
const QStringList itemTypes = {QStringLiteral("01"), QStringLiteral("05"), QStringLiteral("07"),
                               QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("20")};

/** Walks a JSON object and remembers the first problem with the path where it was found. */
class Checker
{
public:
    explicit Checker(QString where) : m_where(std::move(where)) {}

    bool failed() const { return !m_problem.isEmpty(); }
    QString message() const { return m_where + QStringLiteral(": ") + m_problem; }

    bool fail(const QString &field, const QString &what)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("field \"%1\" %2").arg(field, what);
        return false;
    }

    bool text(const QJsonValue &v, const QString &field)
    {
        if (!v.isObject())
            return fail(field, QStringLiteral("must be an object {\"zh\": ..., \"en\": ...}"));
        const QJsonObject o = v.toObject();
        for (const char *lang : {"zh", "en"}) {
            const QJsonValue s = o.value(QLatin1String(lang));
            if (!s.isString() || s.toString().trimmed().isEmpty())
                return fail(field + QLatin1Char('.') + QLatin1String(lang),
                            QStringLiteral("must be a non-empty string"));
        }
        // Optional traditional Mongolian, kept exactly as written (U+202F, U+180B-U+180F).
        const QJsonValue mn = o.value(QLatin1String("mn"));
        if (!mn.isUndefined() && (!mn.isString() || mn.toString().trimmed().isEmpty()))
            return fail(field + QStringLiteral(".mn"),
                        QStringLiteral("must be a non-empty string when present"));
        return true;
    }

    bool string(const QJsonObject &o, const QString &key, const QString &prefix = {})
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(prefix + key, QStringLiteral("must be a non-empty string"));
        return true;
    }

    bool integer(const QJsonObject &o, const QString &key, int min, int max,
                 const QString &prefix = {})
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
            return fail(prefix + key,
                        QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        return true;
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &prefix = {})
    {
        if (!o.value(key).isBool())
            return fail(prefix + key, QStringLiteral("must be true or false"));
        return true;
    }

    bool oneOf(const QJsonObject &o, const QString &key, const QStringList &allowed,
               const QString &prefix = {})
    {
        if (!allowed.contains(o.value(key).toString()))
            return fail(prefix + key,
                        QStringLiteral("must be one of: ") + allowed.join(QStringLiteral(", ")));
        return true;
    }

    bool texts(const QJsonObject &o, const QString &key, int minCount, const QString &prefix = {})
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray() || v.toArray().size() < minCount)
            return fail(prefix + key,
                        QStringLiteral("must be a list of at least %1").arg(minCount));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!text(a.at(i), QStringLiteral("%1%2[%3]").arg(prefix, key).arg(i)))
                return false;
        }
        return true;
    }

private:
    QString m_where;
    QString m_problem;
};

bool checkMaterial(Checker &c, const QJsonValue &v, const QString &at)
{
    if (!v.isObject())
        return c.fail(at, QStringLiteral("must be an object"));
    const QJsonObject m = v.toObject();
    const QString p = at + QLatin1Char('.');
    if (!c.text(m.value(QLatin1String("name")), p + QLatin1String("name")) ||
        !c.oneOf(m, QStringLiteral("kind"), materialKinds, p) ||
        !c.integer(m, QStringLiteral("copies"), 0, 20, p))
        return false;
    for (const char *flag : {"signature", "required", "rongque", "commitment"}) {
        if (!c.boolean(m, QLatin1String(flag), p))
            return false;
    }
    if (m.contains(QLatin1String("note")) &&
        !c.text(m.value(QLatin1String("note")), p + QLatin1String("note")))
        return false;
    return true;
}

/** `sources` (optional): where the guide's facts come from. */
bool checkSources(Checker &c, const QJsonValue &v)
{
    if (!v.isArray())
        return c.fail(QStringLiteral("sources"), QStringLiteral("must be a list of sources"));
    const QJsonArray sources = v.toArray();
    for (int i = 0; i < sources.size(); ++i) {
        const QString p = QStringLiteral("sources[%1].").arg(i);
        const QJsonObject s = sources.at(i).toObject();
        if (!c.oneOf(s, QStringLiteral("kind"), sourceKinds, p) ||
            !c.string(s, QStringLiteral("title"), p))
            return false;
        for (const char *key : {"doc_no", "edition", "url", "note"}) {
            if (s.contains(QLatin1String(key)) && !c.string(s, QLatin1String(key), p))
                return false;
        }
        if (!s.contains(QLatin1String("articles")))
            continue;
        const QJsonValue articles = s.value(QLatin1String("articles"));
        if (!articles.isArray() || articles.toArray().isEmpty())
            return c.fail(p + QLatin1String("articles"),
                          QStringLiteral("must be a non-empty list of article numbers"));
        for (const auto &a : articles.toArray()) {
            const double n = a.toDouble(-1);
            if (!a.isDouble() || n != double(int(n)) || n < 1 || n > 2000)
                return c.fail(p + QLatin1String("articles"),
                              QStringLiteral("must contain whole numbers from 1 to 2000"));
        }
    }
    return true;
}

/** `review` (optional): how far the guide has been checked, by whom and when. */
bool checkReview(Checker &c, const QJsonValue &v)
{
    if (!v.isObject())
        return c.fail(QStringLiteral("review"), QStringLiteral("must be an object"));
    const QJsonObject r = v.toObject();
    const QString p = QStringLiteral("review.");
    if (!c.oneOf(r, QStringLiteral("state"), reviewStates, p))
        return false;
    const bool needsWho = r.value(QLatin1String("state")).toString() != QLatin1String("draft");
    if ((needsWho || r.contains(QLatin1String("by"))) && !c.string(r, QStringLiteral("by"), p))
        return false;
    if ((needsWho || r.contains(QLatin1String("date"))) &&
        !QDate::fromString(r.value(QLatin1String("date")).toString(), Qt::ISODate).isValid())
        return c.fail(p + QLatin1String("date"), QStringLiteral("must be a date YYYY-MM-DD"));
    if (r.contains(QLatin1String("note")) &&
        !c.text(r.value(QLatin1String("note")), p + QLatin1String("note")))
        return false;
    return true;
}

/** A point's `serves` (optional): 9-digit codes of the townships it serves besides its own; and
 *  `office` (optional): the department whose office the point is. */
bool checkServes(Checker &c, const QJsonObject &point)
{
    if (!point.contains(QLatin1String("serves")))
        return true;
    static const QRegularExpression township(QStringLiteral("^[0-9]{9}$"));
    const QJsonValue serves = point.value(QLatin1String("serves"));
    if (!serves.isArray())
        return c.fail(QStringLiteral("serves"), QStringLiteral("must be a list of township codes"));
    for (const auto &t : serves.toArray()) {
        if (!township.match(t.toString()).hasMatch())
            return c.fail(QStringLiteral("serves"),
                          QStringLiteral("must list 9-digit township division codes"));
    }
    static const QRegularExpression department(QStringLiteral("^[a-z]+$"));
    if (point.contains(QLatin1String("office")) &&
        !department.match(point.value(QLatin1String("office")).toString()).hasMatch())
        return c.fail(QStringLiteral("office"), QStringLiteral("must be a department code"));
    return true;
}

bool isDateBound(const QJsonValue &v)
{
    if (v.isUndefined())
        return true;
    const QString s = v.toString();
    return s == QLatin1String("today") || QDate::fromString(s, Qt::ISODate).isValid();
}

bool checkField(Checker &c, const QJsonValue &v, const QString &at, QSet<QString> &ids)
{
    if (!v.isObject())
        return c.fail(at, QStringLiteral("must be an object"));
    const QJsonObject f = v.toObject();
    const QString p = at + QLatin1Char('.');
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const QString id = f.value(QLatin1String("id")).toString();
    if (!idPattern.match(id).hasMatch())
        return c.fail(p + QLatin1String("id"),
                      QStringLiteral("must be lower-case letters, digits and _"));
    if (ids.contains(id))
        return c.fail(p + QLatin1String("id"),
                      QStringLiteral("\"%1\" is used twice in the form").arg(id));
    ids.insert(id);
    if (!c.oneOf(f, QStringLiteral("type"), fieldTypes, p) ||
        !c.text(f.value(QLatin1String("label")), p + QLatin1String("label")) ||
        !c.boolean(f, QStringLiteral("required"), p))
        return false;
    for (const char *bound : {"min", "max"}) {
        if (f.contains(QLatin1String(bound)) && !f.value(QLatin1String(bound)).isDouble())
            return c.fail(p + QLatin1String(bound), QStringLiteral("must be a number"));
    }
    if (f.contains(QLatin1String("min")) && f.contains(QLatin1String("max")) &&
        f.value(QLatin1String("min")).toDouble() > f.value(QLatin1String("max")).toDouble())
        return c.fail(p + QLatin1String("min"), QStringLiteral("must not be greater than max"));
    for (const char *bound : {"date_min", "date_max"}) {
        if (!isDateBound(f.value(QLatin1String(bound))))
            return c.fail(p + QLatin1String(bound),
                          QStringLiteral("must be YYYY-MM-DD or \"today\""));
    }
    if (f.contains(QLatin1String("pattern")) &&
        !QRegularExpression(f.value(QLatin1String("pattern")).toString()).isValid())
        return c.fail(p + QLatin1String("pattern"),
                      QStringLiteral("is not a valid regular expression"));
    if (f.contains(QLatin1String("card")) && !c.oneOf(f, QStringLiteral("card"), cardFields, p))
        return false;
    if (f.value(QLatin1String("type")).toString() == QLatin1String("select")) {
        const QJsonArray options = f.value(QLatin1String("options")).toArray();
        if (options.isEmpty())
            return c.fail(p + QLatin1String("options"),
                          QStringLiteral("must list the choices of a select"));
        for (int i = 0; i < options.size(); ++i) {
            const QString op = QStringLiteral("%1options[%2].").arg(p).arg(i);
            const QJsonObject o = options.at(i).toObject();
            if (!c.string(o, QStringLiteral("value"), op) ||
                !c.text(o.value(QLatin1String("label")), op + QLatin1String("label")))
                return false;
        }
    }
    return true;
}

/** asked_as: optional everyday phrasings of the item, as citizens ask for it (FORMAT.md). */
bool checkAskedAs(Checker &c, const QJsonObject &item)
{
    constexpr int maxPhrasings = 30;
    constexpr int maxChars = 40;
    const QJsonValue v = item.value(QLatin1String("asked_as"));
    if (v.isUndefined())
        return true;
    if (!v.isArray() || v.toArray().size() > maxPhrasings)
        return c.fail(QStringLiteral("asked_as"),
                      QStringLiteral("must be a list of at most %1 phrasings").arg(maxPhrasings));
    const QJsonArray phrasings = v.toArray();
    QSet<QString> seen;
    for (int i = 0; i < phrasings.size(); ++i) {
        const QString field = QStringLiteral("asked_as[%1]").arg(i);
        const QString text = phrasings.at(i).toString().trimmed();
        if (!phrasings.at(i).isString() || text.isEmpty())
            return c.fail(field, QStringLiteral("must be a non-empty string"));
        if (text.size() > maxChars)
            return c.fail(field, QStringLiteral("must be at most %1 characters").arg(maxChars));
        // Width, case, spacing and script do not make a phrasing new (养老 保险, ＡＢＣ, 身份證):
        // search folds them alike on the kiosk (QueryAnalyzer::fold); simplifiedHan folds
        // traditional characters as it does, without ICU, which central does not link.
        QString folded = simplifiedHan(compatibilityFold(text));
        folded.removeIf([](QChar ch) { return ch.isSpace(); });
        if (seen.contains(folded))
            return c.fail(field, QStringLiteral("repeats an earlier phrasing (\"%1\")").arg(text));
        seen.insert(folded);
    }
    return true;
}

bool checkItem(Checker &c, const QJsonObject &item, const QSet<QString> &departments)
{
    static const QRegularExpression codePattern(
        QStringLiteral("^[0-9A-Z]{18}[1-7][0-9A-Z]{12}[0-9]{2}$"));
    if (!codePattern.match(item.value(QLatin1String("code")).toString()).hasMatch())
        return c.fail(
            QStringLiteral("code"),
            QStringLiteral("must be a 33-character 业务办理项编码 (18 + level digit + 12 + 2)"));
    if (!c.text(item.value(QLatin1String("name")), QStringLiteral("name")))
        return false;
    if (!departments.contains(item.value(QLatin1String("department")).toString()))
        return c.fail(QStringLiteral("department"),
                      QStringLiteral("must be the code of a department of the catalogue"));
    if (!c.oneOf(item, QStringLiteral("type"), itemTypes))
        return false;
    const QJsonArray levels = item.value(QLatin1String("levels")).toArray();
    if (levels.isEmpty())
        return c.fail(QStringLiteral("levels"),
                      QStringLiteral("must list at least one of village, township, banner"));
    for (const auto &l : levels) {
        if (!levelNames.contains(l.toString()))
            return c.fail(QStringLiteral("levels"),
                          QStringLiteral("must contain only village, township, banner"));
    }
    if (!c.text(item.value(QLatin1String("summary")), QStringLiteral("summary")))
        return false;
    const QJsonArray keywords = item.value(QLatin1String("keywords")).toArray();
    if (keywords.size() < 1)
        return c.fail(QStringLiteral("keywords"),
                      QStringLiteral("must list at least one search word"));
    for (const auto &k : keywords) {
        if (!k.isString() || k.toString().trimmed().isEmpty())
            return c.fail(QStringLiteral("keywords"),
                          QStringLiteral("must contain only non-empty strings"));
    }
    if (!checkAskedAs(c, item))
        return false;
    if (!c.texts(item, QStringLiteral("conditions"), 1) ||
        !c.texts(item, QStringLiteral("steps"), 2) || !c.texts(item, QStringLiteral("basis"), 1) ||
        !c.texts(item, QStringLiteral("notes"), 0) ||
        !c.text(item.value(QLatin1String("fee")), QStringLiteral("fee")))
        return false;
    const QJsonArray conditions = item.value(QLatin1String("conditions")).toArray();
    for (int i = 0; i < conditions.size(); ++i) {
        const QJsonObject condition = conditions.at(i).toObject();
        if (condition.contains(QLatin1String("unverified")) &&
            !c.boolean(condition, QStringLiteral("unverified"),
                       QStringLiteral("conditions[%1].").arg(i)))
            return false;
    }
    if (item.contains(QLatin1String("legal_limit")) &&
        !c.text(item.value(QLatin1String("legal_limit")), QStringLiteral("legal_limit")))
        return false;
    if (item.contains(QLatin1String("sources")) &&
        !checkSources(c, item.value(QLatin1String("sources"))))
        return false;
    if (item.contains(QLatin1String("review")) &&
        !checkReview(c, item.value(QLatin1String("review"))))
        return false;
    if (!item.value(QLatin1String("materials")).isArray())
        return c.fail(QStringLiteral("materials"), QStringLiteral("must be a list"));
    const QJsonArray materials = item.value(QLatin1String("materials")).toArray();
    for (int i = 0; i < materials.size(); ++i) {
        if (!checkMaterial(c, materials.at(i), QStringLiteral("materials[%1]").arg(i)))
            return false;
    }
    if (!c.integer(item, QStringLiteral("legal_days"), 0, 365) ||
        !c.integer(item, QStringLiteral("promised_days"), 0, 365) ||
        !c.integer(item, QStringLiteral("online_depth"), 1, 4) ||
        !c.integer(item, QStringLiteral("visits"), 0, 10))
        return false;
    if (item.value(QLatin1String("promised_days")).toInt() >
        item.value(QLatin1String("legal_days")).toInt())
        return c.fail(QStringLiteral("promised_days"),
                      QStringLiteral("must not exceed legal_days"));
    if (!item.value(QLatin1String("form")).isArray())
        return c.fail(QStringLiteral("form"), QStringLiteral("must be a list of fields"));
    const QJsonArray form = item.value(QLatin1String("form")).toArray();
    QSet<QString> ids;
    for (int i = 0; i < form.size(); ++i) {
        if (!checkField(c, form.at(i), QStringLiteral("form[%1]").arg(i), ids))
            return false;
    }
    return true;
}

QString zh(const QJsonValue &text)
{
    return text.toObject().value(QLatin1String("zh")).toString();
}
QString en(const QJsonValue &text)
{
    return text.toObject().value(QLatin1String("en")).toString();
}

} // namespace

Result<DepartmentRow> departmentFromJson(const QJsonObject &d, const QString &where,
                                         const QSet<QString> &taken)
{
    const QString code = d.value(QLatin1String("code")).toString();
    Checker c(where);
    static const QRegularExpression codePattern(QStringLiteral("^[a-z]+$"));
    if (!codePattern.match(code).hasMatch())
        c.fail(QStringLiteral("code"), QStringLiteral("must be lower-case letters"));
    else if (taken.contains(code))
        c.fail(QStringLiteral("code"), QStringLiteral("is used twice"));
    else if (c.text(d.value(QLatin1String("name")), QStringLiteral("name")) &&
             c.text(d.value(QLatin1String("agency")), QStringLiteral("agency")))
        c.integer(d, QStringLiteral("order"), 0, 1000);
    if (c.failed())
        return Error{Error::Invalid, c.message()};
    return DepartmentRow{code,
                         zh(d.value(QLatin1String("name"))),
                         en(d.value(QLatin1String("name"))),
                         zh(d.value(QLatin1String("agency"))),
                         en(d.value(QLatin1String("agency"))),
                         d.value(QLatin1String("order")).toInt(),
                         0,
                         mongolianText(d.value(QLatin1String("agency")))};
}

QString textIn(const QString &zh, const QString &en, const QString &mn, QStringView language)
{
    if (language == QLatin1String("mn"))
        return mn.isEmpty() ? zh : mn;
    return language == QLatin1String("en") ? en : zh;
}

QString textIn(const QJsonValue &text, QStringView language)
{
    const QJsonObject o = text.toObject();
    return textIn(o.value(QLatin1String("zh")).toString(), o.value(QLatin1String("en")).toString(),
                  mongolianText(text), language);
}

QString mongolianText(const QJsonValue &text)
{
    return text.toObject().value(QLatin1String("mn")).toString();
}

QString itemLabel(const QString &prefix, const QJsonObject &item)
{
    const QString code = item.value(QLatin1String("code")).toString();
    return QStringLiteral("%1 (code %2, %3)")
        .arg(prefix, code.isEmpty() ? QStringLiteral("missing") : code,
             zh(item.value(QLatin1String("name"))));
}

Result<ItemRow> itemFromJson(const QJsonObject &item, const QString &where,
                             const QSet<QString> &departments, int position)
{
    Checker c(where);
    if (!checkItem(c, item, departments))
        return Error{Error::Invalid, c.message()};
    return ItemRow{item.value(QLatin1String("code")).toString(),
                   item.value(QLatin1String("department")).toString(),
                   zh(item.value(QLatin1String("name"))),
                   en(item.value(QLatin1String("name"))),
                   position,
                   QJsonDocument(item).toJson(QJsonDocument::Compact),
                   {}};
}

Result<PointRow> pointFromJson(const QJsonObject &p, const QString &where,
                               const QSet<QString> &items, const QSet<QString> &taken)
{
    const QString code = p.value(QLatin1String("code")).toString();
    Checker c(where);
    static const QRegularExpression codePattern(QStringLiteral("^[0-9]{12}-[0-9]{2}$"));
    if (!codePattern.match(code).hasMatch())
        c.fail(QStringLiteral("code"),
               QStringLiteral("must be a 12-digit division code, '-' and a 2-digit serial"));
    else if (taken.contains(code))
        c.fail(QStringLiteral("code"), QStringLiteral("is used twice"));
    else if (c.text(p.value(QLatin1String("name")), QStringLiteral("name")) &&
             c.oneOf(p, QStringLiteral("level"), levelNames) &&
             c.text(p.value(QLatin1String("address")), QStringLiteral("address")) &&
             c.text(p.value(QLatin1String("hours")), QStringLiteral("hours")) &&
             c.string(p, QStringLiteral("phone")) && checkServes(c, p)) {
        if (p.contains(QLatin1String("items")) && !p.value(QLatin1String("items")).isArray()) {
            c.fail(QStringLiteral("items"), QStringLiteral("must be a list of item codes"));
        } else {
            for (const auto &h : p.value(QLatin1String("items")).toArray()) {
                if (!items.contains(h.toString())) {
                    c.fail(QStringLiteral("items"),
                           QStringLiteral("names %1, which is not an item of the catalogue")
                               .arg(h.toString()));
                    break;
                }
            }
        }
    }
    if (c.failed())
        return Error{Error::Invalid, c.message()};
    PointRow row{code,
                 zh(p.value(QLatin1String("name"))),
                 en(p.value(QLatin1String("name"))),
                 p.value(QLatin1String("level")).toString(),
                 zh(p.value(QLatin1String("address"))),
                 en(p.value(QLatin1String("address"))),
                 zh(p.value(QLatin1String("hours"))),
                 en(p.value(QLatin1String("hours"))),
                 p.value(QLatin1String("phone")).toString(),
                 {},
                 {},
                 p.value(QLatin1String("office")).toString(),
                 mongolianText(p.value(QLatin1String("name"))),
                 mongolianText(p.value(QLatin1String("address"))),
                 mongolianText(p.value(QLatin1String("hours")))};
    for (const auto &t : p.value(QLatin1String("serves")).toArray()) {
        if (!row.serves.contains(t.toString()))
            row.serves.append(t.toString());
    }
    for (const auto &h : p.value(QLatin1String("items")).toArray()) {
        if (!row.items.contains(h.toString()))
            row.items.append(h.toString());
    }
    return row;
}

Result<CatalogueSnapshot> parseCatalogueBundle(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Error::Invalid, QStringLiteral("not valid JSON at byte %1: %2")
                                         .arg(parseError.offset)
                                         .arg(parseError.errorString())};
    if (!doc.isObject())
        return Error{Error::Invalid, QStringLiteral("the bundle must be a JSON object")};
    const QJsonObject root = doc.object();

    Checker top(QStringLiteral("bundle"));
    if (root.value(QLatin1String("format")).toInt() != 1)
        top.fail(QStringLiteral("format"),
                 QStringLiteral("must be 1 (this program reads format 1)"));
    else if (top.string(root, QStringLiteral("version")))
        top.boolean(root, QStringLiteral("sample"));
    if (top.failed())
        return Error{Error::Invalid, top.message()};

    CatalogueSnapshot snap;
    snap.version = root.value(QLatin1String("version")).toString();
    snap.sample = root.value(QLatin1String("sample")).toBool();

    QSet<QString> departments;
    const QJsonArray depts = root.value(QLatin1String("departments")).toArray();
    if (depts.isEmpty())
        return Error{
            Error::Invalid,
            QStringLiteral("bundle: field \"departments\" must list at least one department")};
    for (int i = 0; i < depts.size(); ++i) {
        const QJsonObject d = depts.at(i).toObject();
        auto row = departmentFromJson(d,
                                      QStringLiteral("department %1 (%2)")
                                          .arg(i + 1)
                                          .arg(d.value(QLatin1String("code")).toString()),
                                      departments);
        if (!row)
            return row.error();
        departments.insert(row->code);
        snap.departments.append(row.value());
    }

    QSet<QString> itemCodes;
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    if (items.isEmpty())
        return Error{Error::Invalid,
                     QStringLiteral("bundle: field \"items\" must list at least one item")};
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        auto row = itemFromJson(item, itemLabel(QStringLiteral("item %1").arg(i + 1), item),
                                departments, i);
        if (!row)
            return row.error();
        if (itemCodes.contains(row->code))
            return Error{
                Error::Invalid,
                QStringLiteral("item %1 (code %2): field \"code\" is used by an earlier item")
                    .arg(i + 1)
                    .arg(row->code)};
        itemCodes.insert(row->code);
        snap.items.append(std::move(row.value()));
    }

    QSet<QString> pointCodes;
    const QJsonArray points = root.value(QLatin1String("points")).toArray();
    if (points.isEmpty())
        return Error{
            Error::Invalid,
            QStringLiteral("bundle: field \"points\" must list at least one service point")};
    for (int i = 0; i < points.size(); ++i) {
        const QJsonObject p = points.at(i).toObject();
        auto row = pointFromJson(p,
                                 QStringLiteral("point %1 (%2)")
                                     .arg(i + 1)
                                     .arg(p.value(QLatin1String("code")).toString()),
                                 itemCodes, pointCodes);
        if (!row)
            return row.error();
        if (!row->office.isEmpty() && !departments.contains(row->office))
            return Error{Error::Invalid,
                         QStringLiteral("point %1 (%2): field \"office\" must be the code of a "
                                        "department of the catalogue")
                             .arg(i + 1)
                             .arg(row->code)};
        pointCodes.insert(row->code);
        snap.points.append(row.value());
    }
    return snap;
}

} // namespace jiujin
