#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace jiujin::validation {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !s.isEmpty();
}

enum class IdProblem {
    None,
    Old15,
    Length,
    Characters,
    Region,
    NoSuchDate,
    Future,
    TooEarly,
    CheckDigit
};

const QDate earliestBirth(1890, 1, 1);

IdProblem idProblem(QStringView raw, QDate today, IdNumberInfo *info)
{
    const QString id = normaliseIdNumber(raw);
    if (id.size() == 15 && allDigits(id))
        return IdProblem::Old15;
    if (id.size() != 18)
        return IdProblem::Length;
    const QChar last = id.at(17);
    if (!allDigits(QStringView(id).first(17)) || !(isAsciiDigit(last) || last == QLatin1Char('X')))
        return IdProblem::Characters;
    if (id.at(0) < QLatin1Char('1') || id.at(0) > QLatin1Char('8'))
        return IdProblem::Region;

    const QDate birth(QStringView(id).mid(6, 4).toInt(), QStringView(id).mid(10, 2).toInt(),
                      QStringView(id).mid(12, 2).toInt());
    if (!birth.isValid())
        return IdProblem::NoSuchDate;
    if (birth > today)
        return IdProblem::Future;
    if (birth < earliestBirth)
        return IdProblem::TooEarly;

    // ISO 7064 MOD 11-2: weights 2^(17-i) mod 11, the check maps (12 - sum mod 11) mod 11 to 0-9/X.
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (id.at(i).unicode() - '0') * weights[i];
    if (last != QLatin1Char(checks[sum % 11]))
        return IdProblem::CheckDigit;

    if (info) {
        info->birthDate = birth;
        info->male = (id.at(16).unicode() - '0') % 2 == 1;
        info->regionCode = id.left(6);
    }
    return IdProblem::None;
}

QString idMessage(IdProblem p, qsizetype length)
{
    switch (p) {
    case IdProblem::None:
        return {};
    case IdProblem::Old15:
        return QCoreApplication::translate("jiujin::Validation",
                                           "这是15位的旧身份号码，请填写18位的新号码");
    case IdProblem::Length:
        return QCoreApplication::translate("jiujin::Validation", "身份号码应为18位，现在是%n位",
                                           nullptr, int(length));
    case IdProblem::Characters:
        return QCoreApplication::translate("jiujin::Validation",
                                           "身份号码前17位应为数字，最后一位为数字或X");
    case IdProblem::Region:
        return QCoreApplication::translate("jiujin::Validation", "身份号码前6位地区码不对，请核对");
    case IdProblem::NoSuchDate:
        return QCoreApplication::translate("jiujin::Validation",
                                           "身份号码中的出生日期不存在，请核对");
    case IdProblem::Future:
        return QCoreApplication::translate("jiujin::Validation",
                                           "身份号码中的出生日期晚于今天，请核对");
    case IdProblem::TooEarly:
        return QCoreApplication::translate("jiujin::Validation",
                                           "身份号码中的出生日期过早，请核对");
    case IdProblem::CheckDigit:
        return QCoreApplication::translate("jiujin::Validation",
                                           "身份号码最后一位校验码不对，请核对");
    }
    return {};
}

bool validMobilePrefix(QChar second, QChar third)
{
    const int b = second.unicode() - '0';
    const int c = third.unicode() - '0';
    switch (b) {
    case 3:
    case 8:
        return true;
    case 4:
        return c >= 5 && c <= 9;
    case 5:
    case 9:
        return c != 4;
    case 6:
        return c == 2 || c == 5 || c == 6 || c == 7;
    case 7:
        return c <= 8;
    default:
        return false;
    }
}

// Code points, not UTF-16 units: a rare character outside the BMP in a name counts once.
qsizetype characterCount(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

bool containsHan(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s.at(i).unicode();
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            ++i;
        }
        if (QChar::script(c) == QChar::Script_Han)
            return true;
    }
    return false;
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 15);
}

QString lengthMessage(const FieldSpec &field, const QString &v)
{
    const qsizetype n = characterCount(v);
    // Bounds are worked out first: Qt 6.4's lupdate hangs on '*' or '/' inside translate()'s
    // arguments. Clamped before the cast: a bundle may say "min": 1e308, and no text is that long
    // anyway.
    const auto clampCount = [](double v) { return int(std::clamp(v, 0.0, 1e9)); };
    const int least = field.min ? clampCount(std::ceil(field.min.value())) : 0;
    const int most = field.max ? clampCount(std::floor(field.max.value())) : 0;
    if (field.min && n < least)
        return QCoreApplication::translate("jiujin::Validation", "至少需要填写%n个字", nullptr,
                                           least);
    if (field.max && n > most)
        return QCoreApplication::translate("jiujin::Validation", "最多只能填写%n个字，请精简",
                                           nullptr, most);
    return {};
}

QString numberMessage(const FieldSpec &field, const QString &v)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"));
    if (!number.match(v).hasMatch())
        return QCoreApplication::translate("jiujin::Validation", "请填写数字，例如 12 或 3.5");
    const double d = v.toDouble();
    const bool low = field.min && d < *field.min;
    const bool high = field.max && d > *field.max;
    if (!low && !high)
        return {};
    if (field.min && field.max)
        return QCoreApplication::translate("jiujin::Validation", "请填写%1到%2之间的数")
            .arg(formatNumber(*field.min), formatNumber(*field.max));
    if (low)
        return QCoreApplication::translate("jiujin::Validation", "不能小于%1")
            .arg(formatNumber(*field.min));
    return QCoreApplication::translate("jiujin::Validation", "不能大于%1")
        .arg(formatNumber(*field.max));
}

QDate bound(const QString &s, QDate today)
{
    if (s == QLatin1String("today"))
        return today;
    return QDate::fromString(s, Qt::ISODate);
}

QString dateMessage(const FieldSpec &field, const QString &v, QDate today)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(v).hasMatch())
        return QCoreApplication::translate("jiujin::Validation",
                                           "请按“年-月-日”填写，例如 1990-05-01");
    const QDate d = QDate::fromString(v, Qt::ISODate);
    if (!d.isValid())
        return QCoreApplication::translate("jiujin::Validation", "这个日期不存在，请核对");
    const QDate lo = bound(field.dateMin, today);
    const QDate hi = bound(field.dateMax, today);
    if (lo.isValid() && d < lo) {
        return field.dateMin == QLatin1String("today")
                   ? QCoreApplication::translate("jiujin::Validation", "日期不能早于今天")
                   : QCoreApplication::translate("jiujin::Validation", "日期不能早于%1")
                         .arg(lo.toString(Qt::ISODate));
    }
    if (hi.isValid() && d > hi) {
        return field.dateMax == QLatin1String("today")
                   ? QCoreApplication::translate("jiujin::Validation", "日期不能晚于今天")
                   : QCoreApplication::translate("jiujin::Validation", "日期不能晚于%1")
                         .arg(hi.toString(Qt::ISODate));
    }
    return {};
}

QString phoneMessage(const QString &v)
{
    const QString n = normaliseMobile(v);
    if (!allDigits(n))
        return QCoreApplication::translate("jiujin::Validation", "手机号码只能包含数字");
    if (n.size() != 11)
        return QCoreApplication::translate("jiujin::Validation", "手机号码应为11位，现在是%n位",
                                           nullptr, int(n.size()));
    if (!isMainlandMobile(n))
        return QCoreApplication::translate("jiujin::Validation", "没有这个号段的手机号码，请核对");
    return {};
}

QString stars(qsizetype n)
{
    return QString(n, QLatin1Char('*'));
}

} // namespace

QString normaliseIdNumber(QStringView id)
{
    QString s = id.trimmed().toString();
    if (!s.isEmpty() && s.back() == QLatin1Char('x'))
        s.back() = QLatin1Char('X');
    return s;
}

std::optional<IdNumberInfo> parseIdNumber(QStringView id, QDate today)
{
    IdNumberInfo info;
    if (idProblem(id, today, &info) != IdProblem::None)
        return std::nullopt;
    return info;
}

QString normaliseMobile(QStringView number)
{
    QString s;
    s.reserve(number.size());
    for (QChar c : number) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            s.append(c);
    }
    for (const char *prefix : {"+86", "0086", "86"}) {
        const QLatin1String p(prefix);
        if (s.startsWith(p) && s.size() == p.size() + 11) {
            s.remove(0, p.size());
            break;
        }
    }
    return s;
}

bool isMainlandMobile(QStringView number)
{
    const QString n = normaliseMobile(number);
    return n.size() == 11 && allDigits(n) && n.at(0) == QLatin1Char('1') &&
           validMobilePrefix(n.at(1), n.at(2));
}

QList<FieldSpec> bookingFields()
{
    auto spec = [](const char *id, FieldSpec::Type type, bool required) {
        FieldSpec f;
        f.id = QLatin1String(id);
        f.type = type;
        f.required = required;
        return f;
    };
    FieldSpec name = spec("name", FieldSpec::Type::Text, true);
    // As the catalogue's forms have it for 申请人姓名.
    name.min = 2;
    name.max = 30;
    return {name, spec("phone", FieldSpec::Type::Phone, true),
            spec("id_number", FieldSpec::Type::IdNumber, false)};
}

QString check(const FieldSpec &field, const QString &value, QDate today)
{
    const QString v = value.trimmed();
    using T = FieldSpec::Type;

    if (field.type == T::Checkbox) {
        if (!v.isEmpty() && v != QLatin1String("true") && v != QLatin1String("false"))
            return QCoreApplication::translate("jiujin::Validation", "请勾选或取消勾选此项");
        // A required checkbox is a condition or a consent: it must be ticked.
        if (field.required && v != QLatin1String("true"))
            return QCoreApplication::translate("jiujin::Validation", "需要勾选此项才能提交申请");
        return {};
    }

    if (v.isEmpty()) {
        if (!field.required)
            return {};
        return field.type == T::Select
                   ? QCoreApplication::translate("jiujin::Validation", "请选择一项")
                   : QCoreApplication::translate("jiujin::Validation", "此项必须填写");
    }

    QString message;
    switch (field.type) {
    case T::Text:
    case T::Multiline:
        message = lengthMessage(field, v);
        break;
    case T::Number:
        message = numberMessage(field, v);
        break;
    case T::Date:
        message = dateMessage(field, v, today);
        break;
    case T::Select: {
        bool found = false;
        for (const FieldOption &o : field.options)
            found = found || o.value == v;
        if (!found)
            message = QCoreApplication::translate("jiujin::Validation", "请从列表中选择一项");
        break;
    }
    case T::IdNumber:
        message = idMessage(idProblem(v, today, nullptr), normaliseIdNumber(v).size());
        break;
    case T::Phone:
        message = phoneMessage(v);
        break;
    case T::Address:
        if (!containsHan(v))
            message = QCoreApplication::translate("jiujin::Validation", "请用汉字填写地址");
        else if (characterCount(v) < 5)
            message = QCoreApplication::translate("jiujin::Validation",
                                                  "地址太简略，请写到嘎查村或门牌号");
        else if (const QString length = lengthMessage(field, v); !length.isEmpty())
            message = length;
        break;
    case T::Checkbox:
        break;
    }
    if (!message.isEmpty() || field.pattern.isEmpty())
        return message;

    // The catalogue import has already refused invalid expressions; an invalid one here must not
    // lock the citizen out, so it is skipped.
    const QRegularExpression re(QRegularExpression::anchoredPattern(field.pattern));
    if (re.isValid() && !re.match(v).hasMatch())
        return QCoreApplication::translate("jiujin::Validation", "格式不对，请对照证件或材料核对");
    return {};
}

QString maskIdNumber(QStringView id)
{
    const QStringView s = id.trimmed();
    if (s.size() <= 8)
        return stars(s.size());
    return s.first(4).toString() + stars(s.size() - 8) + s.last(4).toString();
}

QString maskName(QStringView name)
{
    const QString s = name.trimmed().toString();
    const qsizetype n = characterCount(s);
    if (n <= 1)
        return stars(n);
    const qsizetype firstLength = s.at(0).isHighSurrogate() && s.size() > 1 ? 2 : 1;
    return s.left(firstLength) + stars(n - 1);
}

QString maskPhone(QStringView phone)
{
    const QString s = normaliseMobile(phone);
    if (s.size() <= 7)
        return stars(s.size());
    return s.left(3) + stars(s.size() - 7) + s.right(4);
}

} // namespace jiujin::validation
