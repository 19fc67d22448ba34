// validation::check and the ID/mobile helpers: what a citizen types (or a card reader or a
// catalogue field spec supplies). Input: NUL-separated parts
//   flags (type, required, has min, has max) | min | max | dateMin | dateMax | pattern |
//   options ('\n'-separated) | value
#include "fuzz.h"
#include "validation.h"

#include <QRegularExpression>

JIUJIN_FUZZ_TARGET(validation)
{
    using namespace jiujin;
    const QList<QByteArray> p = fuzz::split(fuzz::bytes(data, size), 8);
    const QDate today(2026, 11, 17);
    FieldSpec f;
    const quint8 flags = p.at(0).isEmpty() ? 0 : quint8(p.at(0).at(0));
    f.id = QStringLiteral("f");
    f.type = FieldSpec::Type((flags & 0x0f) % 9);
    f.required = flags & 0x10;
    if (flags & 0x20)
        f.min = p.at(1).toDouble();
    if (flags & 0x40)
        f.max = p.at(2).toDouble();
    f.dateMin = QString::fromUtf8(p.at(3));
    f.dateMax = QString::fromUtf8(p.at(4));
    f.pattern = QString::fromUtf8(p.at(5));
    for (const QByteArray &o : p.at(6).split('\n'))
        f.options.append({QString::fromUtf8(o), {}, {}});
    const QString value = QString::fromUtf8(p.at(7));

    (void)validation::check(f, value, today);

    if (const auto id = validation::parseIdNumber(value, today)) {
        FUZZ_CHECK(id->birthDate.isValid());
        FUZZ_CHECK(id->birthDate <= today && id->birthDate >= QDate(1890, 1, 1));
        FUZZ_CHECK(id->regionCode.size() == 6);
        const QString n = validation::normaliseIdNumber(value);
        FUZZ_CHECK(n.size() == 18);
        const auto again = validation::parseIdNumber(n, today);
        FUZZ_CHECK(again && again->birthDate == id->birthDate && again->male == id->male &&
                   again->regionCode == id->regionCode);
        FieldSpec idField;
        idField.type = FieldSpec::Type::IdNumber;
        FUZZ_CHECK(validation::check(idField, value, today).isEmpty());
    }
    if (validation::isMainlandMobile(value)) {
        const QString n = validation::normaliseMobile(value);
        FUZZ_CHECK(n.size() == 11);
        for (const QChar c : n)
            FUZZ_CHECK(c >= u'0' && c <= u'9');
    }
    // Masks go on receipts and staff screens: the middle (or all of a short one) is stars.
    const QString masked = validation::maskIdNumber(value);
    const QString t = value.trimmed();
    FUZZ_CHECK(masked.size() == t.size());
    for (qsizetype i = t.size() > 8 ? 4 : 0; i < t.size() - (t.size() > 8 ? 4 : 0); ++i)
        FUZZ_CHECK(masked.at(i) == u'*');
    (void)validation::maskName(value);
    (void)validation::maskPhone(value);
    return 0;
}
