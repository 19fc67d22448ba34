// The kiosk's list models under QAbstractItemModelTester: each reset, shrink and empty keeps the
// model consistent for QML's views (row counts, indexes, roles), `count` follows the rows, and
// every role a delegate binds to answers on every row.
#include "boardmodel.h"
#include "bookingdaymodel.h"
#include "bookinglistmodel.h"
#include "bookingslotmodel.h"
#include "caseboardmodel.h"
#include "departmentmodel.h"
#include "itemlistmodel.h"
#include "materialchoicemodel.h"
#include "materialmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {

/** Every role the model names answers a valid value on every row, and nothing off the rows. */
void everyRoleAnswers(const QAbstractListModel &m)
{
    const auto roles = m.roleNames();
    REQUIRE_FALSE(roles.isEmpty());
    for (int row = 0; row < m.rowCount(); ++row)
        for (auto r = roles.cbegin(); r != roles.cend(); ++r) {
            INFO("row " << row << " role " << r.value().constData());
            CHECK(m.data(m.index(row), r.key()).isValid());
        }
    CHECK_FALSE(m.data(m.index(m.rowCount()), roles.cbegin().key()).isValid());
    CHECK(m.rowCount(m.index(0)) == 0); // a list: no children
}

/** Resets @p m through @p sizes rows in turn, checking it after each. */
template <typename Model, typename Reset>
void cycle(Model &m, Reset reset, std::initializer_list<int> sizes)
{
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const int n : sizes) {
        reset(n);
        REQUIRE(m.rowCount() == n);
        everyRoleAnswers(m);
    }
}

QDateTime slotStart(int i)
{
    return QDateTime(QDate(2026, 12, 7), QTime(1, 0), Qt::UTC).addSecs(1800 * i);
}

} // namespace

TEST_CASE("List models: departments, items and materials stay consistent across resets",
          "[list-models]")
{
    DepartmentModel departments;
    cycle(departments,
          [&](int n) {
              QList<DepartmentRow> rows;
              for (int i = 0; i < n; ++i)
                  rows.append({QStringLiteral("d%1").arg(i),
                               QStringLiteral("旗人力资源和社会保障局"),
                               QStringLiteral("Human Resources"), QStringLiteral("社保中心"),
                               QStringLiteral("Social Insurance"), i, 3});
              departments.reset(rows, n % 2 == 1);
          },
          {3, 1, 0, 5});
    CHECK(departments.data(departments.index(0), DepartmentModel::NameRole).toString() ==
          QStringLiteral("Human Resources")); // the last reset was in English

    ItemListModel items;
    QSignalSpy counted(&items, &ItemListModel::countChanged);
    cycle(items,
          [&](int n) {
              QList<ItemListModel::Row> rows;
              for (int i = 0; i < n; ++i) {
                  ItemSummary s;
                  s.id = i + 1;
                  s.code = QStringLiteral("item-%1").arg(i);
                  s.nameZh = QStringLiteral("城乡居民基本养老保险参保登记");
                  s.nameEn = QStringLiteral("Pension enrolment");
                  s.handledHere = i % 2 == 0;
                  rows.append(
                      {s, s.handledHere ? QString() : QStringLiteral("大沁他拉镇便民服务中心")});
              }
              items.reset(rows, false);
              CHECK(items.count() == n);
          },
          {4, 4, 0, 2});
    CHECK(counted.count() == 3); // 4, (4 again: no signal), 0, 2

    MaterialModel materials;
    cycle(materials,
          [&](int n) {
              QList<MaterialModel::Row> rows;
              for (int i = 0; i < n; ++i)
                  rows.append({QStringLiteral("居民身份证"), QStringLiteral("original"),
                               QStringLiteral("验原件"), 1, false, false, true, i == 1, false});
              materials.reset(rows);
          },
          {2, 0, 3});
}

TEST_CASE("List models: the booking day strip, slots and the staff's day list", "[list-models]")
{
    BookingDayModel days;
    cycle(days,
          [&](int n) {
              QList<BookingDay> rows;
              for (int i = 0; i < n; ++i)
                  rows.append({QDate(2026, 12, 7).addDays(i), 6, i, 10});
              days.reset(rows, QDate(2026, 12, 7), false);
              CHECK(days.count() == n);
          },
          {5, 2, 0, 7});

    BookingSlotModel slotModel;
    cycle(slotModel,
          [&](int n) {
              QList<BookingSlot> rows;
              for (int i = 0; i < n; ++i)
                  rows.append({QStringLiteral("slot-%1").arg(i), slotStart(i), slotStart(i + 1), 4,
                               i % 2, 3, i % 2 == 1});
              slotModel.reset(rows);
              CHECK(slotModel.count() == n);
          },
          {6, 1, 0, 3});
    CHECK(slotModel.data(slotModel.index(1), BookingSlotModel::CanBookRole).toBool());
    CHECK_FALSE(slotModel.data(slotModel.index(0), BookingSlotModel::CanBookRole).toBool());

    BookingListModel bookings;
    cycle(bookings,
          [&](int n) {
              QList<BookingStatus> rows;
              for (int i = 0; i < n; ++i) {
                  BookingStatus s;
                  s.booking.ticket = QStringLiteral("Y%1").arg(1000 + i);
                  s.booking.itemCode = QStringLiteral("item-%1").arg(i);
                  s.booking.slotStart = slotStart(i);
                  s.booking.slotEnd = slotStart(i + 1);
                  s.booking.state = QStringLiteral("confirmed");
                  s.stateText = QStringLiteral("已预约");
                  rows.append(s);
              }
              bookings.reset(rows, {{QStringLiteral("item-0"), QStringLiteral("失业登记")}});
              CHECK(bookings.count() == n);
          },
          {3, 0, 2});
    CHECK(bookings.data(bookings.index(0), BookingListModel::ItemNameRole).toString() ==
          QStringLiteral("失业登记"));
    // An item the catalogue no longer names shows its code, never a blank.
    CHECK(bookings.data(bookings.index(1), BookingListModel::ItemNameRole).toString() ==
          QStringLiteral("item-1"));
}

TEST_CASE("List models: a booking's state decides its tone, done and gone in one place",
          "[list-models]")
{
    struct Expect
    {
        const char *state;
        const char *tone;
        bool done;
        bool gone;
    };
    const Expect expected[] = {
        {"confirmed", "neutral", false, false}, {"requested", "warning", false, false},
        {"checked_in", "good", true, false},    {"cancelled", "muted", false, true},
        {"declined", "muted", false, true},     {"no_show", "muted", false, true}};
    BookingListModel bookings;
    QList<BookingStatus> rows;
    for (const Expect &e : expected) {
        BookingStatus s;
        s.booking.ticket = QString::fromLatin1(e.state);
        s.booking.state = QString::fromLatin1(e.state);
        rows.append(s);
    }
    bookings.reset(rows, {});
    for (int i = 0; i < int(std::size(expected)); ++i) {
        const QModelIndex at = bookings.index(i);
        INFO(expected[i].state);
        CHECK(bookings.data(at, BookingListModel::ToneRole).toString() ==
              QLatin1String(expected[i].tone));
        CHECK(bookings.data(at, BookingListModel::DoneRole).toBool() == expected[i].done);
        CHECK(bookings.data(at, BookingListModel::GoneRole).toBool() == expected[i].gone);
    }
}

TEST_CASE("List models: the material choices keep consistent through choices and resets",
          "[list-models]")
{
    MaterialChoiceModel m([] { return QStringLiteral("zh"); });
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto materials = [](int n) {
        QJsonArray a;
        for (int i = 0; i < n; ++i)
            a.append(QJsonObject{{QStringLiteral("name"),
                                  QJsonObject{{QStringLiteral("zh"), QStringLiteral("户口簿")}}},
                                 {QStringLiteral("kind"), QStringLiteral("original_and_copy")},
                                 {QStringLiteral("required"), true},
                                 {QStringLiteral("rongque"), i == 0}});
        return a;
    };
    m.reset(materials(3));
    REQUIRE(m.rowCount() == 3);
    everyRoleAnswers(m);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.markToFollow(0);
    CHECK(changed.count() >= 1);
    m.clearChoice(0);
    m.markToFollow(7); // off the rows: ignored, and the model stays whole
    m.reset(materials(0));
    CHECK(m.rowCount() == 0);
    m.reset(materials(2));
    everyRoleAnswers(m);
}

TEST_CASE("List models: the staff's queue board", "[list-models]")
{
    BoardModel board;
    cycle(board,
          [&](int n) {
              QList<OutboxRecord> rows;
              for (int i = 0; i < n; ++i) {
                  OutboxRecord r;
                  r.uuid = QStringLiteral("uuid-%1").arg(i);
                  r.kind = i == 1 ? QStringLiteral("rating") : QStringLiteral("submission");
                  r.receipt = QStringLiteral("15052-000001-%1").arg(i);
                  r.refersTo = i == 1 ? QStringLiteral("15052-000001-0") : QString();
                  r.itemCode = QStringLiteral("item-%1").arg(i);
                  r.createdAt = slotStart(i);
                  r.state = i == 2 ? QStringLiteral("rejected") : QStringLiteral("pending");
                  r.followUp = i == 1;
                  rows.append(r);
              }
              board.setRecords(rows, {{QStringLiteral("item-0"), QStringLiteral("失业登记")}});
          },
          {3, 0, 4});
    // A rating is shown under the receipt it rates, and a bad one asks for a follow-up.
    CHECK(board.data(board.index(1), BoardModel::ReceiptRole).toString() ==
          QStringLiteral("15052-000001-0"));
    CHECK(board.data(board.index(1), BoardModel::AttentionRole).toBool());
    CHECK(board.data(board.index(2), BoardModel::AttentionRole).toBool());
    CHECK_FALSE(board.data(board.index(0), BoardModel::AttentionRole).toBool());
}

TEST_CASE("List models: an outbox state decides its tone and attention in one place",
          "[list-models]")
{
    struct Expect
    {
        const char *state;
        const char *tone;
        bool attention;
    };
    const Expect expected[] = {{"pending", "neutral", false},
                               {"sending", "neutral", false},
                               {"accepted", "good", false},
                               {"rejected", "error", true},
                               {"needs_attention", "error", true}};
    BoardModel board;
    QList<OutboxRecord> rows;
    for (const Expect &e : expected) {
        OutboxRecord r;
        r.uuid = QString::fromLatin1(e.state);
        r.kind = QStringLiteral("submission");
        r.state = QString::fromLatin1(e.state);
        rows.append(r);
    }
    board.setRecords(rows, {});
    for (int i = 0; i < int(std::size(expected)); ++i) {
        const QModelIndex at = board.index(i);
        INFO(expected[i].state);
        CHECK(board.data(at, BoardModel::ToneRole).toString() == QLatin1String(expected[i].tone));
        CHECK(board.data(at, BoardModel::AttentionRole).toBool() == expected[i].attention);
    }
}

TEST_CASE("List models: the staff board's cases, with which of their lines are late",
          "[list-models]")
{
    CaseBoardModel cases;
    cycle(cases,
          [&](int n) {
              QList<CaseBoardModel::Row> rows;
              for (int i = 0; i < n; ++i) {
                  CaseBoardModel::Row r;
                  r.receipt = QStringLiteral("NM20261207%1").arg(i, 4, 10, QLatin1Char('0'));
                  r.itemName = QStringLiteral("失业登记");
                  r.title = QStringLiteral("待补正");
                  r.addLine(QStringLiteral("需补正：户口簿"));
                  r.addLine(QStringLiteral("补正期限：2026年12月1日（已逾期）"), i % 2 == 0);
                  r.overdue = i % 2 == 0;
                  r.materialNames = {QStringLiteral("户口簿")};
                  r.materialKinds = {QStringLiteral("rongque")};
                  r.materialTexts = {QStringLiteral("户口簿（容缺）")};
                  rows.append(r);
              }
              cases.setRows(rows);
          },
          {3, 0, 2});
    // One flag per line, said by the controller that wrote the line: the screen never reads
    // the words (a translation of 已逾期 may differ between the line and the screen).
    const auto late = [&](int row) {
        return cases.data(cases.index(row), CaseBoardModel::LateLinesRole).value<QList<bool>>();
    };
    CHECK(late(0) == QList<bool>{false, true});
    CHECK(late(1) == QList<bool>{false, false});
    CHECK(cases.data(cases.index(0), CaseBoardModel::LinesRole).toStringList().size() ==
          late(0).size());
}

TEST_CASE("List models: a booking day's seats decide its tone in one place", "[list-models]")
{
    BookingDayModel days;
    const QDate monday(2026, 12, 7);
    days.reset({{monday, 4, 2, 5}, {monday.addDays(1), 4, 0, 3}, {monday.addDays(2), 4, 0, 0}},
               monday, false);
    REQUIRE(days.rowCount() == 3);
    CHECK(days.data(days.index(0), BookingDayModel::ToneRole).toString() == QLatin1String("good"));
    CHECK(days.data(days.index(1), BookingDayModel::ToneRole).toString() ==
          QLatin1String("warning"));
    CHECK(days.data(days.index(2), BookingDayModel::ToneRole).toString() == QLatin1String("muted"));
}
