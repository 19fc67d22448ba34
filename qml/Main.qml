pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import JiuJin
import JiuJin.Ui

// The kiosk window: top bar, a stack of screens, and the idle countdown above them.
Window {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("就近办 · 政务服务自助终端")
    color: Theme.background

    readonly property string currentPage: stack.currentItem ? stack.currentItem.objectName : ""
    /** Staff tapped 代办 on their board: the next application is made on a citizen's behalf. */
    property bool onBehalfChosen: false

    // Everything of the visit that lives in QML or in the screen controllers goes.
    function forgetVisit() {
        Catalogue.clear()
        Apply.clear()
        Booking.clear()
        Status.clear()
        window.onBehalfChosen = false
    }
    function goHome() {
        stack.popToRoot()
        window.forgetVisit()
    }
    // Each screen's type is compiled and loaded on its first push, not with Main.qml: the first
    // frame waits for the home screen only (DESIGN §9c). Pages are named by file, never by type,
    // so that nothing here makes the engine resolve them up front.
    property var pageComponents: ({})
    function pushPage(file: string, name: string, properties: var): var {
        let component = window.pageComponents[file]
        if (!component) {
            component = Qt.createComponent("pages/" + file + ".qml")
            window.pageComponents[file] = component
        }
        if (component.status !== Component.Ready)
            console.error("cannot load", file, component.errorString())
        properties.objectName = name
        return stack.push(component, properties)
    }
    function openDepartments() {
        const page = window.pushPage("DepartmentsPage", "departments", {})
        page.chosen.connect(code => window.openDepartment(code))
    }
    function openDepartment(code: string) {
        Catalogue.openDepartment(code)
        const page = window.pushPage("ItemListPage", "items", {})
        page.chosen.connect(code => window.openItem(code))
    }
    function openSearch(text: string) {
        const page = window.pushPage("SearchPage", "search", {})
        page.chosen.connect(code => window.openItem(code))
        if (text.length > 0)
            page.setQuery(text)
    }
    function openItem(code: string) {
        if (!Catalogue.openItem(code))
            return
        const page = window.pushPage("GuidePage", "guide", {
            forStaff: Qt.binding(() => Staff.loggedIn && window.onBehalfChosen)
        })
        page.noticeRequested.connect(() => window.openNotice())
        page.applyRequested.connect(code => window.openApply(code))
        page.bookRequested.connect(code => window.openBookingFor(code))
    }
    function openNotice() {
        if (!Catalogue.saveNotice())
            return
        const page = window.pushPage("NoticePage", "notice", {})
        page.done.connect(() => window.goHome())
    }
    // The guide shows Apply.readinessProblem when this fails.
    function openApply(code: string) {
        if (!Apply.start(code, Staff.loggedIn && window.onBehalfChosen))
            return
        const page = window.pushPage("ApplyFormPage", "applyForm", {})
        page.next.connect(() => window.openApplyMaterials())
    }
    function openApplyMaterials() {
        const page = window.pushPage("ApplyMaterialsPage", "applyMaterials", {})
        page.next.connect(() => window.openConsent())
    }
    function openConsent() {
        const page = window.pushPage("ConsentPage", "consent", {})
        page.next.connect(() => window.openReview())
        page.back.connect(() => stack.pop())
    }
    function openReview() {
        const page = window.pushPage("ApplyReviewPage", "applyReview", {})
        page.submitted.connect(() => window.openReceipt())
    }
    // Once queued there is no way back into the form: back and home both leave the flow.
    function openReceipt() {
        stack.popToRoot()
        const page = window.pushPage("ReceiptPage", "receipt", {})
        page.rateRequested.connect(() => window.openRating(false))
        page.finished.connect(() => window.finishVisit())
    }
    function openRating(fromStatus: bool) {
        const page = window.pushPage("RatingPage", "rating", {})
        page.finished.connect(() => window.finishVisit())
        page.fromStatus = fromStatus
    }
    function openStatus(rateMode: bool) {
        const page = window.pushPage("StatusPage", "status", {})
        page.rateRequested.connect(() => window.openRating(true))
        page.rescheduleRequested.connect(ticket => window.openReschedule(ticket))
        page.rateMode = rateMode
    }
    function openBooking() {
        Booking.loadItems()
        const page = window.pushPage("BookingItemsPage", "bookingItems", {})
        page.chosen.connect(code => window.openBookingFor(code))
    }
    function pushBookingSlots() {
        const page = window.pushPage("BookingSlotsPage", "bookingSlots", {})
        page.next.connect(() => window.openBookingForm())
    }
    // From the item list or the guide's 预约办理: the strip and times of the item.
    function openBookingFor(code: string) {
        Booking.start(code)
        window.pushBookingSlots()
    }
    // From 查进度: the same screens, moving the ticket found there.
    function openReschedule(ticket: string) {
        if (Booking.startReschedule(ticket))
            window.pushBookingSlots()
    }
    function openBookingForm() {
        const page = window.pushPage("BookingFormPage", "bookingForm", {})
        page.next.connect(() => window.openBookingConfirm())
    }
    function openBookingConfirm() {
        const page = window.pushPage("BookingConfirmPage", "bookingConfirm", {})
        page.confirmed.connect(() => window.openBookingTicket())
    }
    // Once booked there is no way back into the form: back and home both leave the flow.
    function openBookingTicket() {
        stack.popToRoot()
        const page = window.pushPage("BookingTicketPage", "bookingTicket", {})
        page.finished.connect(() => window.finishVisit())
    }
    function openStaffBookings() {
        window.pushPage("StaffBookingsPage", "staffBookings", {})
    }
    function openStaff() {
        if (Staff.loggedIn) {
            window.pushStaffBoard()
        } else {
            const page = window.pushPage("StaffLoginPage", "staffLogin", {})
            page.loggedIn.connect(() => window.openStaffBoard())
        }
    }
    function pushStaffBoard() {
        const page = window.pushPage("StaffBoardPage", "staffBoard", {})
        page.applyOnBehalf.connect(() => window.startOnBehalf(false))
        page.searchOnBehalf.connect(() => window.startOnBehalf(true))
        page.loggedOut.connect(() => window.goHome())
        page.bookingsRequested.connect(() => window.openStaffBookings())
    }
    function openStaffBoard() {
        if (window.currentPage === "staffLogin")
            stack.pop()
        window.pushStaffBoard()
    }
    function startOnBehalf(search: bool) {
        window.onBehalfChosen = true
        if (search)
            window.openSearch("")
        else
            window.openDepartments()
    }
    function finishVisit() {
        Session.finish()
    }

    TopBar {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        enabled: !Session.countingDown // taps on the countdown must not reach the screen below
        canGoBack: stack.depth > 1
        page: stack.currentItem
        onBack: stack.pop()
        onHome: window.goHome()
    }

    PageStack {
        id: stack
        onCurrentItemChanged: Voice.pageShown(stack.currentItem) // read by itself in elder mode
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        enabled: !Session.countingDown
        onDepthChanged: Session.atHome = stack.depth === 1
        HomePage {
            objectName: "home"
            anchors.fill: parent
            onBrowse: window.openDepartments()
            onSearchChosen: window.openSearch("")
            onApplyChosen: window.openDepartments()
            onBookChosen: window.openBooking()
            onStatusChosen: window.openStatus(false)
            onRateChosen: window.openStatus(true)
            onStaffChosen: window.openStaff()
        }
    }

    // Escape is the back button (keyboards, USB keypads and switch interfaces send it).
    Shortcut {
        sequence: "Esc"
        enabled: stack.depth > 1 && !Session.countingDown
        onActivated: stack.pop()
    }

    // Made only when needed: nothing of it is built before the first frame.
    Loader {
        anchors.fill: parent
        active: Session.countingDown
        source: "components/CountdownOverlay.qml"
    }

    Connections {
        target: Session
        // Back from the countdown (继续办理): the focus returns to the screen's heading.
        function onCountingDownChanged() {
            if (!Session.countingDown)
                stack.focusTop()
        }
    }
    Connections {
        target: Session
        // The end of a visit also ends a staff sign-in: the next person at the kiosk is a citizen.
        function onSessionEnded() {
            stack.popToRoot()
            window.forgetVisit()
            if (Staff.loggedIn)
                Staff.logout()
        }
    }
}
