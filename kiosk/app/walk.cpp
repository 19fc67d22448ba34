#include "walk.h"

#include "applycontroller.h"
#include "bookingcontroller.h"
#include "caselookup.h"
#include "caselookupstore.h"
#include "database.h"
#include "devices.h"
#include "formmodel.h"
#include "kiosksession.h"
#include "receiptnumber.h"
#include "staffcontroller.h"
#include "statuscontroller.h"
#include "textfitcheck.h"
#include "touchtargetcheck.h"
#include "verticalfitcheck.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace jiujin {

namespace {
int s_warnings = 0;
QString s_databasePath;
QtMessageHandler s_previous = nullptr;

struct Step
{
    const char *name; ///< PNG name and what is checked
    const char *page; ///< objectName of the page that must be on top afterwards
    std::function<void(QObject *root, KioskSession &session)> action;
    /** Whether the step can be shown here (the booking screens need slots); empty: always. */
    std::function<bool()> possible = {};
};

void call(QObject *root, const char *method, const QString &arg = {})
{
    if (arg.isNull())
        QMetaObject::invokeMethod(root, method);
    else
        QMetaObject::invokeMethod(root, method, Q_ARG(QString, arg));
}

void callFlag(QObject *root, const char *method, bool flag)
{
    QMetaObject::invokeMethod(root, method, Q_ARG(bool, flag));
}

/** The visible item named @p name under @p item (delegates are found too: findChild misses
 *  what a Repeater made). */
QQuickItem *visibleItem(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = visibleItem(child, name))
            return found;
    return nullptr;
}

const QString unemployment = QStringLiteral("11150525MB0SB0001A415111010600001"); // 失业登记

/** Types @p value into the apply form's field @p id, as the keyboard would. */
void type(const QString &id, const QString &value)
{
    FormModel *fields = ApplyController::instance()->fields();
    for (int row = 0; row < fields->rowCount(); ++row)
        if (fields->data(fields->index(row), FormModel::FieldIdRole).toString() == id)
            fields->setValue(row, value);
}

/** A SAMPLE citizen as the simulated ID card reader would deliver it (not a real person). */
CardData sampleCard()
{
    return CardData{QStringLiteral("巴特尔"),
                    QStringLiteral("男"),
                    QStringLiteral("蒙古"),
                    QStringLiteral("1949-12-31"),
                    QStringLiteral("11010519491231002X"),
                    QStringLiteral("内蒙古通辽市奈曼旗黄花塔拉苏木黄花塔拉嘎查")};
}

/** What jiujin-syncd writes once central answers the waiting case lookup: a SAMPLE case of
 *  失业登记 ready for pickup at another point (大沁他拉镇便民服务中心). */
void answerLookupAsCentral()
{
    auto db = Database::open(s_databasePath);
    if (!db)
        return;
    CaseLookupStore store(*db.value());
    const auto waiting = store.waiting();
    if (!waiting || waiting.value().isEmpty())
        return;
    const CaseLookupRow row = waiting.value().first();
    protocol::CaseLookupAnswer a;
    a.ask = row.id;
    a.receipt = row.receipt;
    a.point = QStringLiteral("150525100000-01");
    a.found.seq = 1;
    a.found.receipt = QStringLiteral("NM20261128000123");
    a.found.item = unemployment;
    a.found.stage = QStringLiteral("ready_for_pickup");
    a.found.stageAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    a.found.stageAt.setTime(QTime(a.found.stageAt.time().hour(), 0));
    (void)store.answer(row.id, QStringLiteral("found"), QString::fromUtf8(protocol::encode(a)),
                       QString());
}

/** The first day of the strip that this kiosk can confirm on (@p here) or only request on. */
QString dayWith(bool here)
{
    for (const BookingDay &d : BookingController::instance()->days()->days())
        if (here ? d.seatsHere > 0 : (d.seatsHere == 0 && d.poolFree > 0))
            return d.date.toString(Qt::ISODate);
    return {};
}

bool canBook()
{
    BookingController *booking = BookingController::instance();
    return booking && !booking->days()->days().isEmpty() && !dayWith(true).isEmpty();
}

bool canRequest()
{
    BookingController *booking = BookingController::instance();
    return booking && !dayWith(false).isEmpty();
}

/** The tour runs in traditional Mongolian: steps only that layout has (docs/DESIGN.md §9e). */
bool mongolian()
{
    return KioskSession::instance() && KioskSession::instance()->mongolian();
}

/** Presses the visible button named @p name, as a tap does. */
void press(QObject *root, const char *name)
{
    auto *window = qobject_cast<QQuickWindow *>(root);
    if (QQuickItem *button =
            window ? visibleItem(window->contentItem(), QLatin1String(name)) : nullptr)
        QMetaObject::invokeMethod(button, "clicked");
}

bool booked()
{
    return BookingController::instance() && !BookingController::instance()->ticket().isEmpty();
}

/** Types @p value into the booking form's field @p id. */
void typeBooking(const QString &id, const QString &value)
{
    FormModel *fields = BookingController::instance()->fields();
    for (int row = 0; row < fields->rowCount(); ++row)
        if (fields->data(fields->index(row), FormModel::FieldIdRole).toString() == id)
            fields->setValue(row, value);
}

/** Chooses the first bookable slot of the first day with seats here. */
void chooseBookableSlot()
{
    BookingController *booking = BookingController::instance();
    booking->chooseDay(dayWith(true));
    for (const BookingSlot &slot : booking->daySlots()->all())
        if (slot.canBook() && booking->chooseSlot(slot.id, false))
            return;
}

const QList<Step> &steps()
{
    static const QList<Step> list = {
        {"01-home", "home", [](QObject *, KioskSession &) {}},
        {"02-departments", "departments",
         [](QObject *r, KioskSession &) { call(r, "openDepartments"); }},
        {"03-items", "items",
         [](QObject *r, KioskSession &) { call(r, "openDepartment", QStringLiteral("shebao")); }},
        {"04-guide", "guide",
         [](QObject *r, KioskSession &) {
             call(r, "openItem", QStringLiteral("11150525MB0SB0001A415111010100001"));
         }},
        {"05-guide-materials", "guide",
         [](QObject *r, KioskSession &) {
             if (auto *flick = r->findChild<QQuickItem *>(QStringLiteral("guideFlick")))
                 flick->setProperty("contentY", 560);
         }},
        {"06-notice", "notice", [](QObject *r, KioskSession &) { call(r, "openNotice"); }},
        {"07-search", "search",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openSearch", QStringLiteral("ylbx"));
         }},
        {"07a-search-question", "search",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openSearch", QStringLiteral("八十岁老人有补贴吗"));
         }},
        {"08-search-empty", "search",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openSearch", QStringLiteral("养老保线 qqq"));
         }},
        {"09-other-point", "items",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openDepartments");
             call(r, "openDepartment", QStringLiteral("gongan"));
         }},
        // A guide in each review state (the tour's database confirms 失业登记 as a SAMPLE): checked
        // and handled at the 派出所 of the township, a draft with its rules only tentative,
        // confirmed.
        {"09a-guide-checked", "guide",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openItem",
                  QStringLiteral("11150525MB0GA0007G415071070300001")); // 居民身份证申领、换领
         }},
        {"09b-guide-draft", "guide",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openItem", QStringLiteral("11150525MB0MZ0003C415051030400001")); // 高龄津贴
         }},
        {"09c-guide-confirmed", "guide",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openItem", unemployment);
         }},
        {"09d-guide-sources", "guide",
         [](QObject *r, KioskSession &) {
             auto *flick = r->findChild<QQuickItem *>(QStringLiteral("guideFlick"));
             auto *sources = r->findChild<QQuickItem *>(QStringLiteral("guideSources"));
             if (flick && sources)
                 flick->setProperty(
                     "contentY", std::min(sources->y(), flick->property("contentHeight").toReal() -
                                                            flick->height()));
         }},
        {"10-apply-form", "applyForm",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openItem", unemployment);
             call(r, "openApply", unemployment);
             ApplyController::instance()->fields()->fillFromCard(sampleCard());
             type(QStringLiteral("phone"),
                  QStringLiteral("1394751")); // half typed: its message shows
         }},
        // Mongolian: the fields side by side; the last ones (choices, a yes/no) in view.
        {"10a-apply-form-choices", "applyForm",
         [](QObject *r, KioskSession &) {
             if (auto *list = r->findChild<QQuickItem *>(QStringLiteral("fieldList")))
                 QMetaObject::invokeMethod(list, "positionViewAtEnd");
         },
         mongolian},
        {"11-apply-keyboard", "applyForm",
         [](QObject *r, KioskSession &) {
             // The address field open on the on-screen keyboard, with the banner and a township
             // typed in one go: the whole-sentence candidate comes first.
             auto *keyboard = r->findChild<QQuickItem *>(QStringLiteral("formKeyboard"));
             if (!keyboard)
                 return;
             ApplyController::instance()->fields()->beginEditing(3);
             for (const QChar c : QStringLiteral("naimanqibaxiantong"))
                 QMetaObject::invokeMethod(keyboard, "letter", Q_ARG(QString, QString(c)));
         }},
        {"12-apply-materials", "applyMaterials",
         [](QObject *r, KioskSession &) {
             ApplyController *apply = ApplyController::instance();
             apply->fields()->finishEditing();
             type(QStringLiteral("address"), sampleCard().address);
             type(QStringLiteral("phone"), QStringLiteral("13947512386"));
             type(QStringLiteral("reason"), QStringLiteral("contract_end"));
             type(QStringLiteral("education"), QStringLiteral("senior"));
             apply->checkForm();
             call(r, "openApplyMaterials");
             apply->materials()->addPicture(0, QByteArrayLiteral("sample scan"),
                                            QStringLiteral("image/png"));
             apply->materials()->markToFollow(2);
             apply->materials()->markCommitted(3);
         }},
        {"13-consent", "consent", [](QObject *r, KioskSession &) { call(r, "openConsent"); }},
        // Mongolian: 不同意, and what that means, in columns.
        {"13a-consent-declined", "consent",
         [](QObject *r, KioskSession &) { press(r, "consentDeclineMongolian"); }, mongolian},
        {"14-review", "applyReview",
         [](QObject *r, KioskSession &) {
             ApplyController *apply = ApplyController::instance();
             apply->materials()->waitForCertificate(1);
             apply->materials()->certificateScanned(QStringLiteral("SAMPLE-ECERT-0001"));
             apply->setConsented(true);
             call(r, "openReview");
         }},
        {"15-receipt", "receipt",
         [](QObject *r, KioskSession &) {
             if (ApplyController::instance()->submit())
                 call(r, "openReceipt");
         }},
        {"16-rating", "rating",
         [](QObject *r, KioskSession &) { callFlag(r, "openRating", false); }},
        // The overall level chosen: the three optional indicators and the reasons (one bad).
        {"16-rating-details", "rating",
         [](QObject *r, KioskSession &) {
             // The indicator rows exist once the level is chosen: one name at a time, the
             // visible one (a page left behind may still be there).
             auto *window = qobject_cast<QQuickWindow *>(r);
             for (const char *name : {"level_2", "indicator_attitude_4"}) {
                 QCoreApplication::processEvents();
                 if (QQuickItem *button =
                         window ? visibleItem(window->contentItem(), QLatin1String(name)) : nullptr)
                     QMetaObject::invokeMethod(button, "clicked");
             }
         }},
        {"17-status", "status",
         [](QObject *r, KioskSession &) {
             const QString receipt = ApplyController::instance()->receipt();
             call(r, "goHome");
             callFlag(r, "openStatus", false);
             StatusController::instance()->lookup(receipt);
         }},
        {"17a-status-case", "status",
         [](QObject *, KioskSession &) {
             // The SAMPLE case in 待补正 of the tour's database (tests/screens/screenscase.cpp).
             StatusController::instance()->lookup(receipt::format(u"20301", 900001));
         }},
        // A receipt of another point: the last four of the phone or ID are asked for (two typed),
        // then 正在查询… while jiujin-syncd asks central (none runs in the tour: it stays there).
        {"17b-status-other-digits", "status",
         [](QObject *r, KioskSession &) {
             StatusController::instance()->lookup(receipt::format(u"20399", 1));
             auto *window = qobject_cast<QQuickWindow *>(r);
             if (QQuickItem *page =
                     window ? visibleItem(window->contentItem(), QStringLiteral("status"))
                            : nullptr) {
                 page->setProperty("digits", receipt::format(u"20399", 1).remove(QLatin1Char('-')));
                 page->setProperty("last4", QStringLiteral("20"));
             }
         }},
        {"17c-status-other-waiting", "status",
         [](QObject *, KioskSession &) {
             StatusController::instance()->askCentral(QStringLiteral("2386"));
         }},
        {"17d-status-other-answer", "status",
         [](QObject *, KioskSession &) { answerLookupAsCentral(); }},
        // Mongolian: a form with many choices in Mongolian (缴费档次 has 12, then 参保人员类别),
        // tall buttons in rows filling the field's height. Named beside 10a; walked here, where
        // no later step needs the apply form of 10-15.
        {"10b-apply-form-many-choices", "applyForm",
         [](QObject *r, KioskSession &) {
             const QString pension = QStringLiteral(
                 "11150525MB0SB0001A415111010100001"); // 城乡居民基本养老保险参保登记
             call(r, "goHome");
             call(r, "openItem", pension);
             call(r, "openApply", pension);
             QTimer::singleShot(300, r, [r] {
                 auto *window = qobject_cast<QQuickWindow *>(r);
                 if (QQuickItem *list =
                         window ? visibleItem(window->contentItem(), QStringLiteral("fieldList"))
                                : nullptr)
                     QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, 4),
                                               Q_ARG(int, 0)); // ListView.Beginning
             });
         },
         mongolian},
        {"18-staff-login", "staffLogin",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openStaff");
         }},
        {"19-staff-board", "staffBoard",
         [](QObject *r, KioskSession &) {
             if (StaffController::instance()->login(
                     QStringLiteral("0001"), QStringLiteral("284615"))) // the SAMPLE staff member
                 call(r, "openStaffBoard");
         }},
        // The cases of the point waiting for the citizen (tests/screens/screenscase.cpp): 待补正,
        // 待领取, a 容缺 material overdue, a hand-over recorded and waiting for sync.
        {"19a-staff-cases", "staffBoard",
         [](QObject *r, KioskSession &) {
             if (auto *board = r->findChild<QQuickItem *>(QStringLiteral("staffBoard")))
                 board->setProperty("showCases", true);
         }},
        {"19b-staff-case-material", "staffBoard",
         [](QObject *r, KioskSession &) {
             if (auto *board = r->findChild<QQuickItem *>(QStringLiteral("staffBoard")))
                 QMetaObject::invokeMethod(board, "askMaterial",
                                           Q_ARG(QString, QStringLiteral("NM20261207000003")));
         }},
        // Mongolian: the hand-over asked for, in columns over the board.
        {"19c-staff-case-handover", "staffBoard",
         [](QObject *r, KioskSession &) {
             if (auto *board = r->findChild<QQuickItem *>(QStringLiteral("staffBoard")))
                 QMetaObject::invokeMethod(board, "askHandOver",
                                           Q_ARG(QString, QStringLiteral("NM20261207000002")));
         },
         mongolian},
        {"20-booking-items", "bookingItems",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openBooking");
         }},
        {"21-booking-slots", "bookingSlots",
         [](QObject *r, KioskSession &) { call(r, "openBookingFor", unemployment); }},
        {"22-booking-request", "bookingSlots",
         [](QObject *, KioskSession &) {
             BookingController::instance()->chooseDay(dayWith(false));
         },
         canRequest},
        {"23-booking-form", "bookingForm",
         [](QObject *r, KioskSession &) {
             chooseBookableSlot();
             call(r, "openBookingForm");
             BookingController::instance()->fields()->fillFromCard(sampleCard());
             typeBooking(QStringLiteral("phone"),
                         QStringLiteral("1394751")); // half typed: its message shows
         },
         canBook},
        {"24-booking-confirm", "bookingConfirm",
         [](QObject *r, KioskSession &) {
             typeBooking(QStringLiteral("phone"), QStringLiteral("13947512386"));
             if (BookingController::instance()->checkForm())
                 call(r, "openBookingConfirm");
         },
         canBook},
        {"25-booking-ticket", "bookingTicket",
         [](QObject *r, KioskSession &) {
             if (BookingController::instance()->confirm())
                 call(r, "openBookingTicket");
         },
         canBook},
        {"26-status-booking", "status",
         [](QObject *r, KioskSession &) {
             const QString ticket = BookingController::instance()->ticket();
             call(r, "goHome");
             callFlag(r, "openStatus", false);
             StatusController::instance()->lookup(ticket);
         },
         booked},
        {"27-staff-bookings", "staffBookings",
         [](QObject *r, KioskSession &) {
             call(r, "goHome");
             call(r, "openStaff");
             call(r, "openStaffBookings");
         }},
        {"28-keyboard-focus", "home",
         [](QObject *r, KioskSession &) {
             // The focus ring as a keyboard or switch user sees it, once the home heading has taken
             // the focus (PageStack does that right after the screen changes).
             call(r, "goHome");
             // In Mongolian the tile in sight is the column one (the Chinese tile is hidden).
             QTimer::singleShot(200, r, [r] {
                 auto *tile = r->findChild<QQuickItem *>(QStringLiteral("searchMongolianTile"));
                 if (!tile || !tile->isVisible())
                     tile = r->findChild<QQuickItem *>(QStringLiteral("searchTile"));
                 if (tile)
                     tile->forceActiveFocus(Qt::TabFocusReason);
             });
         }},
        {"29-countdown", "home", [](QObject *, KioskSession &s) { s.setIdleTimeout(1); }},
    };
    return list;
}
/** The mode's touch target as the screens use it (Theme.touch: 88 px in elder mode, else 64),
 *  read through the window's own engine; 0 when it cannot be read. */
int touchTarget(QQuickWindow *window)
{
    QQmlEngine *engine = qmlEngine(window);
    if (!engine)
        return 0;
    QQmlComponent reader(engine);
    reader.setData(
        "import QtQml\nimport JiuJin\nQtObject { readonly property int touch: Theme.touch }",
        QUrl(QStringLiteral("qrc:/touchtarget.qml")));
    std::unique_ptr<QObject> object(reader.create());
    return object ? object->property("touch").toInt() : 0;
}
} // namespace

// A screen is blank when a grid of samples finds fewer than three colours.
bool isBlank(const QImage &image)
{
    if (image.isNull())
        return true;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 16) {
        for (int x = 0; x < image.width(); x += 16)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() < 3;
}

int qmlWarningCount()
{
    return s_warnings;
}

void installWarningCounter()
{
    s_previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type != QtDebugMsg && type != QtInfoMsg)
                ++s_warnings;
            if (s_previous)
                s_previous(type, context, message);
        });
}

ScreenWalk::ScreenWalk(QQuickWindow *window, KioskSession &session, QString outDir, QString prefix)
    : m_window(window), m_session(session), m_outDir(std::move(outDir)), m_prefix(std::move(prefix))
{
}

void ScreenWalk::setDatabasePath(const QString &path)
{
    s_databasePath = path;
}

void ScreenWalk::start()
{
    if (!m_outDir.isEmpty())
        QDir().mkpath(m_outDir);
    QTimer::singleShot(300, this, &ScreenWalk::step);
}

void ScreenWalk::step()
{
    if (m_index >= steps().size()) {
        if (m_unreadable.isEmpty())
            Q_EMIT finished(true, {});
        else
            Q_EMIT finished(false, QStringLiteral("text that cannot be read in full:\n") +
                                       m_unreadable.join(QLatin1Char('\n')));
        return;
    }
    const Step &s = steps().at(m_index);
    if (s.possible && !s.possible()) {
        // e.g. no slots fetched yet: the screen cannot be reached, which is not a fault.
        ++m_index;
        step();
        return;
    }
    s.action(m_window, m_session);
    // Let the StackView transition and the countdown settle before looking.
    QTimer::singleShot(m_outDir.isEmpty() ? 50 : 700, this, [this, s] {
        const QString page = m_window->property("currentPage").toString();
        if (page != QLatin1String(s.page)) {
            Q_EMIT finished(false, QStringLiteral("%1: expected page %2, got %3")
                                       .arg(QLatin1String(s.name), QLatin1String(s.page), page));
            return;
        }
        if (m_outDir.isEmpty()) {
            ++m_index;
            step();
            return;
        }
        look(s.name, 0);
    });
}

void ScreenWalk::look(const char *name, int attempt)
{
    const QString file =
        QDir(m_outDir).filePath(m_prefix + QLatin1String(name) + QStringLiteral(".png"));
    const QImage image = m_window->grabWindow();
    if (isBlank(image)) {
        Q_EMIT finished(false, QStringLiteral("%1: the screen is blank").arg(QLatin1String(name)));
        return;
    }
    QStringList problems = TextFitCheck::problems(m_window);
    problems += VerticalFitCheck::problems(m_window);
    if (const int touch = touchTarget(m_window); touch > 0)
        problems += TouchTargetCheck::problems(m_window, touch);
    else
        problems += QStringLiteral("Theme.touch cannot be read: touch targets not checked");
    // A list that is still laying out its delegates (a column measured before its card has its
    // height) is looked at again a little later; only what is still wrong then is reported.
    if (!problems.isEmpty() && attempt < settleAttempts) {
        QTimer::singleShot(400, this, [this, name, attempt] { look(name, attempt + 1); });
        return;
    }
    if (!image.save(file)) {
        Q_EMIT finished(false, QStringLiteral("cannot write %1").arg(file));
        return;
    }
    m_written.append(file);
    // Every screen is looked at before the first problem is reported: one run lists them all.
    for (const QString &problem : std::as_const(problems))
        m_unreadable.append(QStringLiteral("  %1: %2").arg(QFileInfo(file).fileName(), problem));
    ++m_index;
    step();
}

} // namespace jiujin
