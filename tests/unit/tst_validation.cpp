#include "formschema.h"
#include "validation.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jiujin;
using namespace jiujin::validation;

namespace {

const QDate today(2026, 11, 28);

std::string s(const QString &q)
{
    return q.toStdString();
}

FieldSpec spec(FieldSpec::Type type, bool required = true)
{
    FieldSpec f;
    f.id = QStringLiteral("f");
    f.type = type;
    f.labelZh = QStringLiteral("字段");
    f.labelEn = QStringLiteral("Field");
    f.required = required;
    return f;
}

QString checkValue(const FieldSpec &f, const char *value)
{
    return check(f, QString::fromUtf8(value), today);
}

// Expected outcome of one ID number. Check characters were computed outside this code base with
// a separate ten-line Python implementation of ISO 7064 MOD 11-2, and agree with the worked
// example of GB 11643-1999 (11010519491231002X).
struct IdCase
{
    const char *id;
    const char *expect; // "" = valid; else a fragment the message must contain
    int year = 0, month = 0, day = 0;
    bool male = false;
};

const IdCase idCases[] = {
    // valid
    {"150525199001010015", "", 1990, 1, 1, true},
    {"150525199001010023", "", 1990, 1, 1, false},
    {"150525200002290034", "", 2000, 2, 29, true}, // leap day
    {"150525194910010044", "", 1949, 10, 1, false},
    {"150525194910010052", "", 1949, 10, 1, true},
    {"11010519491231002X", "", 1949, 12, 31, false}, // the standard's own example
    {"11010519491231002x", "", 1949, 12, 31, false}, // lower-case x accepted
    {"15052519820315002X", "", 1982, 3, 15, false},
    {"15052519670808038X", "", 1967, 8, 8, false},
    {"150525202611280068", "", 2026, 11, 28, false}, // born today
    {"150525189001010075", "", 1890, 1, 1, true},    // earliest accepted
    {"150525198506150078", "", 1985, 6, 15, true},
    {"150525195611070084", "", 1956, 11, 7, false},
    {"150525201003150011", "", 2010, 3, 15, true},
    {"150525197512120129", "", 1975, 12, 12, false},
    {"440304198505071235", "", 1985, 5, 7, true},
    {"150525199001010007", "", 1990, 1, 1, false},
    {"  150525199001010015 ", "", 1990, 1, 1, true}, // surrounding blanks trimmed
    // wrong check character
    {"150525199001010016", "校验码"},
    {"150525199001010010", "校验码"},
    {"110105194912310021", "校验码"},
    {"15052519900101001X", "校验码"},
    {"15052519900101001x", "校验码"},
    {"150525199001010024", "校验码"},
    {"150525199010010015", "校验码"}, // month and day swapped
    // impossible dates (check characters correct for the digits given)
    {"150525199002300014", "出生日期不存在"}, // 1990-02-30
    {"150525200102290015", "出生日期不存在"}, // 2001-02-29
    {"150525190002290011", "出生日期不存在"}, // 1900 was not a leap year
    {"150525199013010012", "出生日期不存在"}, // month 13
    {"150525199000010013", "出生日期不存在"}, // month 00
    {"15052519900100001X", "出生日期不存在"}, // day 00
    {"150525199001320013", "出生日期不存在"}, // day 32
    {"150525199004310013", "出生日期不存在"}, // 31 April
    // future and too early
    {"150525202611290012", "晚于今天"}, // tomorrow
    {"150525203001010014", "晚于今天"},
    {"150525188912310015", "过早"},
    // region
    {"050525199001010011", "地区码"},
    {"950525199001010014", "地区码"},
    // length and characters
    {"15052519900101001", "现在是17位"},
    {"1505251990010100155", "现在是19位"},
    {"1505251990010100", "现在是16位"},
    {"150525 199001010015", "现在是19位"},
    {"150525900101001", "18位的新号码"}, // old 15-digit number
    {"15052A199001010015", "数字或X"},
    {"1505251990X1010015", "数字或X"},
    {"15052519900101001Y", "数字或X"},
    {"\xef\xbc\x91"
     "50525199001010015",
     "数字或X"}, // full-width 1
};

} // namespace

TEST_CASE("ID numbers: structure, region, birth date and check character", "[validation]")
{
    const FieldSpec field = spec(FieldSpec::Type::IdNumber);
    STATIC_REQUIRE(std::size(idCases) >= 40);
    for (const IdCase &c : idCases) {
        const QString id = QString::fromUtf8(c.id);
        INFO("ID " << c.id);
        const auto info = parseIdNumber(id, today);
        const QString message = check(field, id, today);
        if (QByteArray(c.expect).isEmpty()) {
            REQUIRE(info.has_value());
            CHECK(info->birthDate == QDate(c.year, c.month, c.day));
            CHECK(info->male == c.male);
            CHECK(info->regionCode == id.trimmed().left(6));
            CHECK(s(message) == "");
        } else {
            CHECK_FALSE(info.has_value());
            CHECK_THAT(s(message), Catch::Contains(c.expect));
        }
    }
}

TEST_CASE("ID numbers: the birth date bound moves with the injected today", "[validation]")
{
    const QString id = QStringLiteral("150525202611290012"); // born 2026-11-29
    CHECK_FALSE(parseIdNumber(id, today).has_value());
    CHECK(parseIdNumber(id, today.addDays(1)).has_value());
}

TEST_CASE("ID numbers: lower-case x is normalised to X", "[validation]")
{
    CHECK(normaliseIdNumber(u" 11010519491231002x ") == QStringLiteral("11010519491231002X"));
    CHECK(normaliseIdNumber(u"150525199001010015") == QStringLiteral("150525199001010015"));
}

TEST_CASE("mainland mobile numbers", "[validation]")
{
    struct PhoneCase
    {
        const char *number;
        bool valid;
    };
    const PhoneCase cases[] = {
        {"13812345678", true},      {"14512345678", true},       {"15012345678", true},
        {"15312345678", true},      {"16212345678", true},       {"17012345678", true},
        {"17812345678", true},      {"18912345678", true},       {"19012345678", true},
        {"19912345678", true},      {"+86 138 1234 5678", true}, {"8613812345678", true},
        {"+8613812345678", true},   {"0086 13812345678", true},  {"138-1234-5678", true},
        {" 138 1234 5678 ", true},  {"12812345678", false}, // 12x is no mobile prefix
        {"1381234567", false},                              // 10 digits
        {"138123456789", false},                            // 12 digits
        {"14412345678", false},     {"15412345678", false},      {"16112345678", false},
        {"17912345678", false},     {"19412345678", false},      {"11012345678", false},
        {"23812345678", false},     {"1381234567a", false},      {"", false},
        {"+85 13812345678", false}, {"86138123456", false},      {"+86 1381234567", false},
    };
    STATIC_REQUIRE(std::size(cases) >= 15);
    const FieldSpec field = spec(FieldSpec::Type::Phone);
    for (const PhoneCase &c : cases) {
        INFO("phone " << c.number);
        const QString number = QString::fromUtf8(c.number);
        CHECK(isMainlandMobile(number) == c.valid);
        if (number.isEmpty())
            continue;
        CHECK(check(field, number, today).isEmpty() == c.valid);
    }

    CHECK(normaliseMobile(u"+86 138-1234-5678") == QStringLiteral("13812345678"));
    CHECK(normaliseMobile(u"86 13812345678") == QStringLiteral("13812345678"));
    CHECK(normaliseMobile(u"1381234567") == QStringLiteral("1381234567"));
    CHECK_THAT(s(checkValue(field, "1381234567")), Catch::Contains("现在是10位"));
    CHECK_THAT(s(checkValue(field, "12812345678")), Catch::Contains("号段"));
    CHECK_THAT(s(checkValue(field, "138abc45678")), Catch::Contains("数字"));
}

TEST_CASE("required fields, and optional fields left empty", "[validation]")
{
    using T = FieldSpec::Type;
    for (T t : {T::Text, T::Number, T::Date, T::Multiline, T::IdNumber, T::Phone, T::Address}) {
        CHECK_THAT(s(checkValue(spec(t), "   ")), Catch::Contains("必须填写"));
        CHECK(checkValue(spec(t, false), "  ").isEmpty());
    }
    FieldSpec select = spec(T::Select);
    select.options = {{QStringLiteral("a"), QStringLiteral("甲"), QStringLiteral("A")}};
    CHECK_THAT(s(checkValue(select, "")), Catch::Contains("请选择"));
    select.required = false;
    CHECK(checkValue(select, "").isEmpty());
}

TEST_CASE("text and multiline length in characters", "[validation]")
{
    for (FieldSpec::Type t : {FieldSpec::Type::Text, FieldSpec::Type::Multiline}) {
        FieldSpec f = spec(t);
        f.min = 2;
        f.max = 4;
        CHECK_THAT(s(checkValue(f, "张")), Catch::Contains("至少需要填写2个字"));
        CHECK(checkValue(f, "张三").isEmpty());
        CHECK(checkValue(f, " 张三丰 ").isEmpty()); // trimmed
        // A supplementary-plane character counts once, not as two UTF-16 units.
        CHECK(checkValue(f, "𠮷𠮷野家").isEmpty());
        CHECK_FALSE(checkValue(f, "𠮷").isEmpty());
        CHECK(checkValue(f, "阿拉坦·").isEmpty());
        CHECK_THAT(s(checkValue(f, "阿拉坦其其格")), Catch::Contains("最多只能填写4个字"));
    }
}

TEST_CASE("numbers: must be a number within range", "[validation]")
{
    FieldSpec f = spec(FieldSpec::Type::Number);
    f.min = 0.5;
    f.max = 50;
    CHECK(checkValue(f, "0.5").isEmpty());
    CHECK(checkValue(f, "50").isEmpty());
    CHECK(checkValue(f, " 12.25 ").isEmpty());
    CHECK_THAT(s(checkValue(f, "0.4")), Catch::Contains("0.5到50之间"));
    CHECK_THAT(s(checkValue(f, "50.01")), Catch::Contains("0.5到50之间"));
    for (const char *bad : {"abc", "12亩", "1,5", "nan", "inf", "1e3", "--1", "."})
        CHECK_THAT(s(checkValue(f, bad)), Catch::Contains("请填写数字"));

    FieldSpec onlyMin = spec(FieldSpec::Type::Number);
    onlyMin.min = 1;
    CHECK_THAT(s(checkValue(onlyMin, "0")), Catch::Contains("不能小于1"));
    CHECK(checkValue(onlyMin, "100000000").isEmpty());
    FieldSpec onlyMax = spec(FieldSpec::Type::Number);
    onlyMax.max = 10;
    CHECK_THAT(s(checkValue(onlyMax, "11")), Catch::Contains("不能大于10"));
    CHECK(checkValue(onlyMax, "-3").isEmpty());
}

TEST_CASE("dates: format, real date, bounds including today", "[validation]")
{
    FieldSpec f = spec(FieldSpec::Type::Date);
    f.dateMin = QStringLiteral("1900-01-01");
    f.dateMax = QStringLiteral("today");
    CHECK(checkValue(f, "2026-11-28").isEmpty());
    CHECK(checkValue(f, "1900-01-01").isEmpty());
    CHECK(checkValue(f, "2000-02-29").isEmpty());
    CHECK_THAT(s(checkValue(f, "2026-11-29")), Catch::Contains("不能晚于今天"));
    CHECK_THAT(s(checkValue(f, "1899-12-31")), Catch::Contains("不能早于1900-01-01"));
    CHECK_THAT(s(checkValue(f, "2001-02-29")), Catch::Contains("不存在"));
    CHECK_THAT(s(checkValue(f, "1990-13-01")), Catch::Contains("不存在"));
    CHECK_THAT(s(checkValue(f, "1990-04-31")), Catch::Contains("不存在"));
    for (const char *bad : {"1990/01/01", "1990-1-1", "19900101", "01-01-1990", "明天"})
        CHECK_THAT(s(checkValue(f, bad)), Catch::Contains("年-月-日"));

    FieldSpec future = spec(FieldSpec::Type::Date);
    future.dateMin = QStringLiteral("today");
    future.dateMax = QStringLiteral("2026-12-31");
    CHECK(checkValue(future, "2026-11-28").isEmpty());
    CHECK_THAT(s(checkValue(future, "2026-11-27")), Catch::Contains("不能早于今天"));
    CHECK_THAT(s(checkValue(future, "2027-01-01")), Catch::Contains("不能晚于2026-12-31"));
    CHECK(check(future, QStringLiteral("2026-11-27"), QDate(2026, 11, 27)).isEmpty());
}

TEST_CASE("select values must be one of the options", "[validation]")
{
    FieldSpec f = spec(FieldSpec::Type::Select);
    f.options = {{QStringLiteral("100"), QStringLiteral("100元"), QStringLiteral("100 yuan")},
                 {QStringLiteral("200"), QStringLiteral("200元"), QStringLiteral("200 yuan")}};
    CHECK(checkValue(f, "200").isEmpty());
    CHECK_THAT(s(checkValue(f, "300")), Catch::Contains("从列表中选择"));
    CHECK_THAT(s(checkValue(f, "100元")),
               Catch::Contains("从列表中选择")); // the label is not a value
}

TEST_CASE("checkboxes: true/false, and required means ticked", "[validation]")
{
    FieldSpec optional = spec(FieldSpec::Type::Checkbox, false);
    CHECK(checkValue(optional, "true").isEmpty());
    CHECK(checkValue(optional, "false").isEmpty());
    CHECK(checkValue(optional, "").isEmpty());
    CHECK_FALSE(checkValue(optional, "yes").isEmpty());
    FieldSpec consent = spec(FieldSpec::Type::Checkbox, true);
    CHECK(checkValue(consent, "true").isEmpty());
    CHECK_THAT(s(checkValue(consent, "false")), Catch::Contains("需要勾选"));
    CHECK_THAT(s(checkValue(consent, "")), Catch::Contains("需要勾选"));
}

TEST_CASE("addresses: at least 5 characters and written in Chinese", "[validation]")
{
    const FieldSpec f = spec(FieldSpec::Type::Address);
    CHECK(checkValue(f, "奈曼旗大沁他拉镇").isEmpty());
    CHECK(checkValue(f, "八仙筒镇3号").isEmpty());
    CHECK_THAT(s(checkValue(f, "奈曼旗")), Catch::Contains("太简略"));
    CHECK_THAT(s(checkValue(f, "Naiman Banner 12")), Catch::Contains("汉字"));
    CHECK_THAT(s(checkValue(f, "12345678")), Catch::Contains("汉字"));
}

TEST_CASE("patterns must match the whole trimmed value", "[validation]")
{
    FieldSpec f = spec(FieldSpec::Type::Text);
    f.min = 20;
    f.max = 22;
    f.pattern =
        QStringLiteral("[0-9]{17}[0-9Xx][1-7][1-4](B[1-9])?"); // disability certificate, unanchored
    CHECK(checkValue(f, "15052519900101001511").isEmpty());
    CHECK(checkValue(f, " 15052519900101001511B2 ").isEmpty());
    CHECK_THAT(s(checkValue(f, "15052519900101001581")), Catch::Contains("格式不对"));
    CHECK_THAT(s(checkValue(f, "15052519900101001511B")),
               Catch::Contains("格式不对")); // prefix match only
    CHECK_THAT(s(checkValue(f, "A15052519900101001511")),
               Catch::Contains("格式不对")); // suffix match only
    CHECK_THAT(s(checkValue(f, "1505251990")),
               Catch::Contains("至少需要填写20个字")); // length first
}

TEST_CASE("masks keep only what staff need to recognise a record", "[validation]")
{
    CHECK(maskIdNumber(u"15052519820315002X") == QStringLiteral("1505**********002X"));
    CHECK(maskIdNumber(u" 150525199001010015 ") == QStringLiteral("1505**********0015"));
    CHECK(maskIdNumber(u"12345678") == QStringLiteral("********"));
    CHECK(maskIdNumber(u"") == QString());
    CHECK(maskName(u"张三丰") == QStringLiteral("张**"));
    CHECK(maskName(u"张三") == QStringLiteral("张*"));
    CHECK(maskName(u"𠮷野家") == QStringLiteral("𠮷**"));
    CHECK(maskName(u"阿拉坦·其其格") == QStringLiteral("阿******"));
    CHECK(maskName(u"张") == QStringLiteral("*"));
    CHECK(maskName(u"") == QString());
    CHECK(maskPhone(u"13812345678") == QStringLiteral("138****5678"));
    CHECK(maskPhone(u"+86 138 1234 5678") == QStringLiteral("138****5678"));
    CHECK(maskPhone(u"1234567") == QStringLiteral("*******"));
}

TEST_CASE("every form in the bundled catalogue parses", "[validation]")
{
    QFile file(QStringLiteral(JIUJIN_SEED));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray items =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("items")).toArray();
    REQUIRE(items.size() >= 120); // issue 22: at least 120 items
    int fields = 0, idFields = 0, cardFields = 0;
    int jsonIdFields = 0, jsonCardFields = 0, jsonFields = 0; // the same counted in the raw JSON
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        INFO("item " << s(o.value(QLatin1String("code")).toString()));
        const QJsonArray form = o.value(QLatin1String("form")).toArray();
        for (const QJsonValue &field : form) {
            ++jsonFields;
            jsonIdFields += field.toObject().value(QLatin1String("type")).toString() ==
                            QLatin1String("id_number");
            jsonCardFields += field.toObject().contains(QLatin1String("card"));
        }
        const Result<FormSchema> schema = FormSchema::fromJson(form);
        REQUIRE(schema.ok());
        REQUIRE(schema.value().fields.size() == form.size());
        for (const FieldSpec &f : schema.value().fields) {
            ++fields;
            CHECK_FALSE(f.labelZh.isEmpty());
            CHECK_FALSE(f.labelEn.isEmpty());
            CHECK(schema.value().field(f.id) == &f);
            if (f.type == FieldSpec::Type::Select)
                CHECK_FALSE(f.options.isEmpty());
            idFields += f.type == FieldSpec::Type::IdNumber;
            cardFields += !f.card.isEmpty();
            // An empty required value is refused, so no required field is silently optional.
            if (f.required)
                CHECK_FALSE(check(f, QString(), today).isEmpty());
        }
    }
    // Every field, its type and its card binding survive parsing.
    CHECK(fields == jsonFields);
    CHECK(idFields == jsonIdFields);
    CHECK(cardFields == jsonCardFields);
    CHECK(idFields >= items.size() / 2); // most forms ask for the applicant's ID number
}

TEST_CASE("form schema: values are read, and bad fields are refused", "[validation]")
{
    const QByteArray json = R"([
        {"id": "area", "type": "number", "label": {"zh": "面积", "en": "Area"}, "required": true,
         "min": 0.3, "max": 30},
        {"id": "kind", "type": "select", "label": {"zh": "类型", "en": "Kind"}, "required": false,
         "options": [{"value": "a", "label": {"zh": "甲", "en": "A"}}]},
        {"id": "born", "type": "date", "label": {"zh": "出生日期", "en": "Date of birth"}, "required": true,
         "date_min": "1900-01-01", "date_max": "today", "card": "birth_date"},
        {"id": "cert", "type": "text", "label": {"zh": "证号", "en": "Number"}, "required": true,
         "pattern": "[0-9]+"}
    ])";
    const auto schema = FormSchema::fromJson(QJsonDocument::fromJson(json).array());
    REQUIRE(schema.ok());
    const FormSchema &form = schema.value();
    REQUIRE(form.fields.size() == 4);
    const FieldSpec *area = form.field(u"area");
    REQUIRE(area);
    CHECK(area->type == FieldSpec::Type::Number);
    CHECK(area->required);
    CHECK(area->min == 0.3);
    CHECK(area->max == 30.0);
    CHECK(area->labelZh == QStringLiteral("面积"));
    CHECK(area->labelEn == QStringLiteral("Area"));
    const FieldSpec *kind = form.field(u"kind");
    REQUIRE(kind);
    CHECK_FALSE(kind->required);
    REQUIRE(kind->options.size() == 1);
    CHECK(kind->options[0].value == QStringLiteral("a"));
    CHECK(kind->options[0].labelZh == QStringLiteral("甲"));
    CHECK(kind->options[0].labelEn == QStringLiteral("A"));
    const FieldSpec *born = form.field(u"born");
    REQUIRE(born);
    CHECK(born->dateMin == QStringLiteral("1900-01-01"));
    CHECK(born->dateMax == QStringLiteral("today"));
    CHECK(born->card == QStringLiteral("birth_date"));
    CHECK_FALSE(born->min.has_value());
    CHECK(form.field(u"cert")->pattern == QStringLiteral("[0-9]+"));
    CHECK(form.field(u"nope") == nullptr);

    const char *bad[] = {
        R"([{"id": "x", "type": "colour", "label": {"zh": "颜色", "en": "Colour"}, "required": true}])",
        R"([{"id": "x", "type": "text", "label": {"zh": "", "en": "X"}, "required": true}])",
        R"([{"id": "x", "type": "select", "label": {"zh": "选", "en": "Pick"}, "required": true}])",
        R"([{"id": "x", "type": "text", "label": {"zh": "文", "en": "T"}, "required": true, "pattern": "(["}])",
        R"([{"id": "x", "type": "text", "label": {"zh": "文", "en": "T"}, "required": true, "card": "photo"}])",
        R"([{"id": "x", "type": "text", "label": {"zh": "文", "en": "T"}, "required": true, "min": "2"}])",
        R"([{"id": "x", "type": "date", "label": {"zh": "日", "en": "D"}, "required": true, "date_max": "tomorrow"}])",
        R"([{"id": "x", "type": "text", "label": {"zh": "文", "en": "T"}, "required": true},
            {"id": "x", "type": "text", "label": {"zh": "文", "en": "T"}, "required": true}])",
        R"([{"type": "text", "label": {"zh": "文", "en": "T"}, "required": true}])",
        R"([42])",
    };
    for (const char *b : bad) {
        INFO(b);
        const auto r = FormSchema::fromJson(QJsonDocument::fromJson(b).array());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Invalid);
        CHECK_THAT(s(r.error().message), Catch::StartsWith("form["));
    }
}
