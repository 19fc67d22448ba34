import QtQuick
import QtTest
import JiuJin
import JiuJin.Ui
import JiuJin.Test

// The booking screens over the fixture's slots and leases (see main.cpp: the clock stands at
// Tuesday 11 June 2030, 09:00): book on the lease, a request where no seat is left here, cancel
// from 查进度, reschedule, staff check-in by a scanned QR code, and the idle wipe.
TestCase {
    id: test
    name: "Booking"
    when: windowShown

    readonly property string unemployment: "11150525MB0SB0001A415111010600001" // 失业登记
    property Main kiosk: null

    function init() {
        const component = Qt.createComponent("qrc:/qt/qml/JiuJin/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        kiosk = component.createObject(null) as Main
        verify(kiosk !== null)
        tryCompare(kiosk, "currentPage", "home")
        waitForRendering(kiosk.contentItem)
    }

    function cleanup() {
        TestCentral.setGroups("")
        Session.finish()
        Session.idleTimeout = 90000
        Session.countdownLength = 15000
        kiosk.destroy()
        kiosk = null
    }

    function arrive(page: string) {
        tryCompare(kiosk, "currentPage", page)
    }

    function named(name: string): Item {
        const item = findChild(kiosk.contentItem, name) as Item
        verify(item !== null, "no item named " + name)
        return item
    }

    function tap(name: string) {
        const item = named(name)
        tryVerify(() => item.visible, 3000, name + " is not visible")
        waitForRendering(item)
        mouseClick(item)
    }

    // Roles as QML sees them (see bookingcontroller.h and formmodel.h).
    function rowOf(fieldId: string): int {
        for (let row = 0; row < Booking.fields.rowCount(); ++row) {
            if (Booking.fields.data(Booking.fields.index(row, 0), Qt.UserRole + 1) === fieldId)
                return row
        }
        fail("no field " + fieldId)
        return -1
    }
    function seatsHere(slotTime: string): int {
        for (let row = 0; row < Booking.daySlots.rowCount(); ++row) {
            const index = Booking.daySlots.index(row, 0)
            if (Booking.daySlots.data(index, Qt.UserRole + 2).indexOf(slotTime) === 0)
                return Booking.daySlots.data(index, Qt.UserRole + 3)
        }
        fail("no slot at " + slotTime)
        return -1
    }

    // From the home tile: the item, then the strip with the first day that has seats here.
    function openBooking() {
        tap("bookTile")
        arrive("bookingItems")
        const list = named("bookingItemList") as ListView
        tryVerify(() => list.count > 0)
        kiosk.openBookingFor(test.unemployment)
        arrive("bookingSlots")
        compare(Booking.itemCode, test.unemployment)
        compare(Booking.readinessProblem, "")
    }

    function fillAndConfirm() {
        arrive("bookingForm")
        // 下一步 with nothing filled stays and says why.
        tap("bookingFormNext")
        compare(kiosk.currentPage, "bookingForm")
        verify(named("bookingFormHint").visible)
        verify(named("fieldError_name").visible)
        // The name through the on-screen keyboard, the phone as typed on the digit keys.
        tap("fieldBox_name")
        const keyboard = named("bookingKeyboard")
        tryVerify(() => keyboard.visible)
        keyboard.typed("测")
        keyboard.typed("试")
        keyboard.typed("人")
        tap("doneKey")
        Booking.fields.setValue(rowOf("phone"), "13800138000")
        tap("bookingFormNext")
        arrive("bookingConfirm")
        compare((named("confirmName") as Text).text, "测**")
        compare((named("confirmPhone") as Text).text, "138****8000")
        verify((named("confirmTime") as Text).text.length > 0)
    }

    function test_a_book_on_the_lease() {
        openBooking()
        // Today (09:00 now) has seats here: it is chosen, with the 10:00 slot's seats shown.
        compare(Booking.day, "2030-06-11")
        verify(Booking.dayBookableHere)
        const before = seatsHere("10:00")
        verify(before > 0)
        verify((named("slot_1000") as KioskButton).text.indexOf(qsTr("余 %1 个").arg(before)) >= 0)
        tap("slot_1000")
        fillAndConfirm()
        verify(!named("confirmRequestNote").visible)
        tap("confirmBooking")
        arrive("bookingTicket")

        const ticket = Booking.ticket
        verify(/^\d{5}-\d{6}-\d$/.test(ticket), ticket)
        compare(Booking.ticketState, "confirmed")
        compare((named("ticketNumber") as Text).text, ticket)
        compare((named("ticketQr") as Image).source.toString(), "image://qr/" + encodeURIComponent(ticket))
        verify(named("ticketAdvice").visible)
        // What was typed is gone from memory once sealed.
        compare(Booking.fields.data(Booking.fields.index(rowOf("phone"), 0), Qt.UserRole + 4), "")

        tap("printTicket")
        tryVerify(() => Booking.printStatus.length > 0, 5000)

        // The outbox holds the booking record, queued for central.
        tap("ticketDone")
        arrive("home")
        compare(Booking.active, false)
        compare(Status.lookup(ticket), true)
        compare(Status.isBooking, true)
        compare(Status.state, "pending")
        compare(Status.stateLabel, "已预约")

        // The seat is taken on this kiosk's lease.
        Booking.start(test.unemployment)
        Booking.chooseDay("2030-06-11")
        compare(seatsHere("10:00"), before - 1)
    }

    function test_b_full_here_offers_a_request() {
        openBooking()
        // Wednesday: no seat left on this kiosk's lease, but central's pool has some.
        tap("day_2030-06-12")
        compare(Booking.day, "2030-06-12")
        verify(!Booking.dayBookableHere)
        verify(Booking.dayRequestable)
        verify(named("bookingRequestHint").visible)
        const slot = named("slot_0900") as KioskButton
        verify(slot.text.indexOf("可申请") >= 0, slot.text)
        // A seat here can never be taken as a request where there is one: only as a booking.
        compare(Booking.chooseSlot("150525203000-01/2030-06-12T09:00", false), false)
        tap("slot_0900")
        fillAndConfirm()
        compare(Booking.asRequest, true)
        verify(named("confirmRequestNote").visible)
        tap("confirmBooking")
        arrive("bookingTicket")
        compare(Booking.ticketState, "requested")
        // Online, jiujin-syncd sends it at once: the screen waits for central's answer.
        verify(Booking.awaitingAnswer)
        compare((named("ticketHeadline") as Text).text, "正在向平台确认名额……")
        verify(!named("printTicket").visible) // nothing to print before central answers
        verify(TestCentral.answer(Booking.ticket, true))
        tryCompare(Booking, "ticketState", "confirmed")
        verify(!Booking.awaitingAnswer)
        compare((named("ticketHeadline") as Text).text, "✓ 预约成功")
        verify(named("ticketQr").visible)
        tap("ticketDone")
        arrive("home")

        // Declined: no seat left at central. Nothing to show at the window or to print.
        openBooking()
        tap("day_2030-06-12")
        tap("slot_0930")
        fillAndConfirm()
        tap("confirmBooking")
        arrive("bookingTicket")
        verify(TestCentral.answer(Booking.ticket, false))
        tryCompare(Booking, "ticketState", "declined")
        compare((named("ticketHeadline") as Text).text, "这个时段已约满，没有约上")
        verify(named("declinedAdvice").visible)
        verify(!named("ticketQr").visible)
        verify(!named("printTicket").visible)
        verify(!named("ticketNumber").visible)
    }

    function test_c_cancel_from_status_returns_the_seat() {
        openBooking()
        tap("day_2030-06-13")
        const before = seatsHere("09:00")
        verify(before > 0)
        tap("slot_0900")
        fillAndConfirm()
        tap("confirmBooking")
        arrive("bookingTicket")
        const ticket = Booking.ticket
        tap("ticketDone")
        arrive("home")

        tap("statusTile")
        arrive("status")
        Status.scanned(ticket)
        tryCompare(Status, "found", true)
        compare(Status.isBooking, true)
        verify(named("statusBookingTime").visible)
        verify(Status.canChangeBooking)
        // The first tap asks; the second cancels.
        tap("cancelBooking")
        compare(Status.stateLabel, "已预约")
        tap("cancelBooking")
        tryCompare(Status, "stateLabel", "已取消")
        verify(named("statusBookingMessage").visible)
        compare(Status.bookingMessageGood, true)
        verify(!Status.canChangeBooking)

        Booking.start(test.unemployment)
        Booking.chooseDay("2030-06-13")
        compare(seatsHere("09:00"), before)
    }

    function test_d_reschedule_asks_for_the_details_again() {
        openBooking()
        tap("day_2030-06-13")
        tap("slot_0900")
        fillAndConfirm()
        tap("confirmBooking")
        arrive("bookingTicket")
        const ticket = Booking.ticket
        tap("ticketDone")
        arrive("home")

        tap("statusTile")
        arrive("status")
        Status.scanned(ticket)
        tryCompare(Status, "found", true)
        tap("rescheduleBooking")
        arrive("bookingSlots")
        compare(Booking.rescheduling, ticket)
        tap("day_2030-06-13")
        tap("slot_1430")
        arrive("bookingForm")
        verify(named("rescheduleNote").visible)
        fillAndConfirm()
        tap("confirmBooking")
        arrive("bookingTicket")
        verify(Booking.ticket !== ticket)
        compare(Booking.replacedTicket, ticket)
        const moved = Booking.ticket
        compare(Status.lookup(ticket), true)
        compare(Status.stateLabel, "已取消")
        verify(Status.stateDetail.indexOf(moved) >= 0)
    }

    function test_e_staff_check_in_by_scanned_qr() {
        // A booking for today...
        Booking.start(test.unemployment)
        Booking.chooseDay("2030-06-11")
        verify(Booking.chooseSlot("150525203000-01/2030-06-11T11:00", false))
        Booking.fields.setValue(rowOf("name"), "测试人")
        Booking.fields.setValue(rowOf("phone"), "13800138000")
        verify(Booking.checkForm())
        verify(Booking.confirm())
        const ticket = Booking.ticket
        Booking.clear()

        // ...checked in by staff scanning the QR code of its ticket.
        verify(Staff.login("0001", "284615"))
        kiosk.openStaff()
        arrive("staffBoard")
        verify((named("staffBookingsButton") as KioskButton).text.indexOf(String(Staff.todayCount)) >= 0)
        verify(Staff.todayCount > 0)
        tap("staffBookingsButton")
        arrive("staffBookings")
        // The list takes the height; the button below it keeps its own.
        const noShows = named("markNoShows")
        tryCompare(noShows, "height", noShows.implicitHeight)
        const waiting = Staff.todayWaiting
        verify(waiting > 0)
        compare((named("todayState_" + ticket) as Badge).text, "已预约")
        verify(TestDevices.scanQr(ticket))
        tryCompare(Staff, "bookingMessageGood", true, 5000)
        compare((named("todayState_" + ticket) as Badge).text, "已签到")
        compare(Staff.todayWaiting, waiting - 1)

        // Not twice: typed in, the same ticket is refused with a reason.
        for (const d of ticket.replace(/-/g, ""))
            tap("digit_" + d)
        tap("digitAction")
        tryCompare(Staff, "bookingMessageGood", false)
        compare(Staff.bookingMessage, "这个预约已经签到过了")
    }

    function test_e2_staff_board_names_a_wrong_clock() {
        // jiujin-syncd found central's certificate not valid at this kiosk's time, three days slow.
        verify(TestCentral.syncClock(String(3 * 86400 + 7200)))
        verify(Staff.login("0001", "284615"))
        kiosk.openStaff()
        arrive("staffBoard")
        const state = named("syncState") as Text
        verify(state.text.indexOf("本机时钟比平台慢 3 天") >= 0, state.text)
        verify(state.text.indexOf("jiujinctl doctor") >= 0, state.text)
        // Central's time unknown: the clock is still named, without a figure.
        verify(TestCentral.syncClock(""))
        Staff.refresh()
        verify(state.text.indexOf("本机时钟不对") >= 0, state.text)
        // Delivered again: back to the ordinary state.
        verify(TestCentral.syncClock("ok"))
        Staff.refresh()
        verify(state.text.indexOf("网络正常") >= 0, state.text)
        Staff.logout()
    }

    function test_f_idle_wipes_the_booking_form() {
        openBooking()
        tap("slot_1000")
        arrive("bookingForm")
        Booking.fields.setValue(rowOf("name"), "测试人")
        Booking.fields.setValue(rowOf("phone"), "13800138000")
        verify(Booking.checkForm())
        compare(Booking.maskedPhone, "138****8000")

        Session.countdownLength = 200
        Session.idleTimeout = 100
        arrive("home")
        compare(Booking.active, false)
        compare(Booking.slotId, "")
        compare(Booking.maskedName, "")
        compare(Booking.maskedPhone, "")
        compare(Booking.fields.rowCount(), 0)
    }

    function test_g_only_items_of_the_served_groups_are_offered() {
        kiosk.openItem(test.unemployment)
        arrive("guide")
        verify(named("bookButton").visible)
        kiosk.goHome()
        arrive("home")

        // Central books only medical insurance and civil affairs here: 失业登记 (shebao) is not
        // offered, neither from its guide nor in the list of items to book.
        verify(TestCentral.setGroups("yibao,minzheng"))
        kiosk.openItem(test.unemployment)
        arrive("guide")
        verify(!named("bookButton").visible)
        kiosk.goHome()
        arrive("home")
        tap("bookTile")
        arrive("bookingItems")
        const list = named("bookingItemList") as ListView
        tryVerify(() => list.count > 0)
        for (let row = 0; row < Booking.items.rowCount(); ++row)
            verify(Booking.items.data(Booking.items.index(row, 0), Qt.UserRole + 1) !== test.unemployment)
    }
}
