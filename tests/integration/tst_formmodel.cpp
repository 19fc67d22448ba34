// The typing rules every form on the kiosk shares (FormModel): which field the on-screen keyboard
// fills, which keyboard it wants, how dates get their dashes and what erase takes away. The
// application form and the booking form both edit through these; a select or checkbox changes the
// form it belongs to and no other.
#include "formmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {

FieldSpec spec(const char *id, FieldSpec::Type type)
{
    FieldSpec s;
    s.id = QString::fromLatin1(id);
    s.type = type;
    s.labelZh = s.id;
    s.labelEn = s.id;
    return s;
}

FormSchema schema()
{
    FormSchema f;
    f.fields = {
        spec("name", FieldSpec::Type::Text),          spec("birth", FieldSpec::Type::Date),
        spec("id_number", FieldSpec::Type::IdNumber), spec("phone", FieldSpec::Type::Phone),
        spec("married", FieldSpec::Type::Checkbox),   spec("reason", FieldSpec::Type::Select)};
    f.fields[5].options = {{QStringLiteral("a"), QStringLiteral("甲"), QStringLiteral("A")},
                           {QStringLiteral("b"), QStringLiteral("乙"), QStringLiteral("B")}};
    return f;
}

QString value(const FormModel &m, int row)
{
    return m.data(m.index(row), FormModel::ValueRole).toString();
}

} // namespace

TEST_CASE("form editing: the keyboard fills one typed field at a time", "[form-editing]")
{
    FormModel m([] { return QStringLiteral("zh"); });
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m.reset(schema(), QDate(2026, 12, 1));
    QSignalSpy editing(&m, &FormModel::editingChanged);
    CHECK(m.editingRow() == -1);

    m.typeText(QStringLiteral("无处可去")); // no field open: nothing changes
    CHECK(value(m, 0).isEmpty());

    m.beginEditing(0);
    CHECK(m.editingRow() == 0);
    CHECK(m.keyboardMode() == QLatin1String("chinese"));
    CHECK(editing.count() == 1);
    m.typeText(QStringLiteral("巴"));
    m.typeText(QStringLiteral("特尔"));
    CHECK(value(m, 0) == QStringLiteral("巴特尔"));
    m.erase();
    CHECK(value(m, 0) == QStringLiteral("巴特"));

    // A character outside the BMP is erased whole, never half a surrogate pair.
    m.typeText(QStringLiteral("𠮷"));
    m.erase();
    CHECK(value(m, 0) == QStringLiteral("巴特"));

    SECTION("dates take digits and get their dashes")
    {
        m.beginEditing(1);
        CHECK(m.editingType() == QLatin1String("date"));
        CHECK(m.keyboardMode() == QLatin1String("digits"));
        for (const char *d : {"1", "9", "6", "5", "0", "3", "0", "8", "9"})
            m.typeText(QString::fromLatin1(d));
        CHECK(value(m, 1) == QStringLiteral("1965-03-08")); // the ninth digit is ignored
        m.erase();
        CHECK(value(m, 1) == QStringLiteral("1965-03-0"));
        m.erase();
        CHECK(value(m, 1) == QStringLiteral("1965-03")); // the dash goes with its digit
        CHECK(FormModel::asDate(QStringLiteral("１９x65")) == QStringLiteral("65"));
    }
    SECTION("ID numbers and phones get their own keyboards")
    {
        m.beginEditing(2);
        CHECK(m.keyboardMode() == QLatin1String("id"));
        m.beginEditing(3);
        CHECK(m.keyboardMode() == QLatin1String("digits"));
        m.typeText(QStringLiteral("139"));
        CHECK(value(m, 3) == QStringLiteral("139"));
        CHECK(value(m, 2).isEmpty());
    }
    SECTION("choices are picked, not typed")
    {
        m.beginEditing(4);
        CHECK(m.editingRow() == 0); // a checkbox does not open the keyboard
        m.beginEditing(5);
        CHECK(m.editingRow() == 0);
        m.toggle(4);
        CHECK(value(m, 4) == QStringLiteral("true"));
        m.toggle(4);
        CHECK(value(m, 4) == QStringLiteral("false"));
        m.toggle(0); // not a checkbox: untouched
        CHECK(value(m, 0) == QStringLiteral("巴特"));
        m.choose(5, QStringLiteral("b"));
        CHECK(value(m, 5) == QStringLiteral("b"));
    }
    SECTION("finishing, wiping or a new form closes the keyboard")
    {
        m.finishEditing();
        CHECK(m.editingRow() == -1);
        m.typeText(QStringLiteral("多"));
        CHECK(value(m, 0) == QStringLiteral("巴特"));
        m.beginEditing(0);
        m.wipe();
        CHECK(m.editingRow() == -1);
        CHECK(value(m, 0).isEmpty());
        m.beginEditing(0);
        m.reset(schema(), QDate(2026, 12, 1));
        CHECK(m.editingRow() == -1);
    }
}

TEST_CASE("form editing: two forms never edit each other", "[form-editing]")
{
    FormModel apply([] { return QStringLiteral("zh"); });
    FormModel booking([] { return QStringLiteral("zh"); });
    apply.reset(schema(), QDate(2026, 12, 1));
    booking.reset(schema(), QDate(2026, 12, 1));
    booking.beginEditing(0);
    booking.typeText(QStringLiteral("测"));
    booking.toggle(4);
    booking.choose(5, QStringLiteral("a"));
    CHECK(value(apply, 0).isEmpty());
    CHECK(value(apply, 4) == QStringLiteral("false"));
    CHECK(value(apply, 5).isEmpty());
    CHECK(apply.editingRow() == -1);
}
