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
    function openDepartments() {
        stack.push(departmentsPage)
    }
    function openDepartment(code: string) {
        Catalogue.openDepartment(code)
        stack.push(itemListPage)
    }
    function openSearch(text: string) {
        const page = stack.push(searchPage) as SearchPage
        if (text.length > 0)
            page.setQuery(text)
    }
    function openItem(code: string) {
        if (Catalogue.openItem(code))
            stack.push(guidePage)
    }
    function openNotice() {
        if (Catalogue.saveNotice())
            stack.push(noticePage)
    }
    // The guide shows Apply.readinessProblem when this fails.
    function openApply(code: string) {
        if (Apply.start(code, Staff.loggedIn && window.onBehalfChosen))
            stack.push(applyFormPage)
    }
    function openApplyMaterials() {
        stack.push(applyMaterialsPage)
    }
    function openConsent() {
        stack.push(consentPage)
    }
    function openReview() {
        stack.push(applyReviewPage)
    }
    // Once queued there is no way back into the form: back and home both leave the flow.
    function openReceipt() {
        stack.popToRoot()
        stack.push(receiptPage)
    }
    function openRating(fromStatus: bool) {
        const page = stack.push(ratingPage) as RatingPage
        page.fromStatus = fromStatus
    }
    function openStatus(rateMode: bool) {
        const page = stack.push(statusPage) as StatusPage
        page.rateMode = rateMode
    }
    function openBooking() {
        Booking.loadItems()
        stack.push(bookingItemsPage)
    }
    // From the item list or the guide's 预约办理: the strip and times of the item.
    function openBookingFor(code: string) {
        Booking.start(code)
        stack.push(bookingSlotsPage)
    }
    // From 查进度: the same screens, moving the ticket found there.
    function openReschedule(ticket: string) {
        if (Booking.startReschedule(ticket))
            stack.push(bookingSlotsPage)
    }
    function openBookingForm() {
        stack.push(bookingFormPage)
    }
    function openBookingConfirm() {
        stack.push(bookingConfirmPage)
    }
    // Once booked there is no way back into the form: back and home both leave the flow.
    function openBookingTicket() {
        stack.popToRoot()
        stack.push(bookingTicketPage)
    }
    function openStaffBookings() {
        stack.push(staffBookingsPage)
    }
    function openStaff() {
        stack.push(Staff.loggedIn ? staffBoardPage : staffLoginPage)
    }
    function openStaffBoard() {
        if (window.currentPage === "staffLogin")
            stack.pop()
        stack.push(staffBoardPage)
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

    Component {
        id: departmentsPage
        DepartmentsPage {
            objectName: "departments"
            onChosen: (code) => window.openDepartment(code)
        }
    }
    Component {
        id: itemListPage
        ItemListPage {
            objectName: "items"
            onChosen: (code) => window.openItem(code)
        }
    }
    Component {
        id: searchPage
        SearchPage {
            objectName: "search"
            onChosen: (code) => window.openItem(code)
        }
    }
    Component {
        id: guidePage
        GuidePage {
            objectName: "guide"
            forStaff: Staff.loggedIn && window.onBehalfChosen
            onNoticeRequested: window.openNotice()
            onApplyRequested: (code) => window.openApply(code)
            onBookRequested: (code) => window.openBookingFor(code)
        }
    }
    Component {
        id: noticePage
        NoticePage {
            objectName: "notice"
            onDone: window.goHome()
        }
    }
    Component {
        id: applyFormPage
        ApplyFormPage {
            objectName: "applyForm"
            onNext: window.openApplyMaterials()
        }
    }
    Component {
        id: applyMaterialsPage
        ApplyMaterialsPage {
            objectName: "applyMaterials"
            onNext: window.openConsent()
        }
    }
    Component {
        id: consentPage
        ConsentPage {
            objectName: "consent"
            onNext: window.openReview()
            onBack: stack.pop()
        }
    }
    Component {
        id: applyReviewPage
        ApplyReviewPage {
            objectName: "applyReview"
            onSubmitted: window.openReceipt()
        }
    }
    Component {
        id: receiptPage
        ReceiptPage {
            objectName: "receipt"
            onRateRequested: window.openRating(false)
            onFinished: window.finishVisit()
        }
    }
    Component {
        id: ratingPage
        RatingPage {
            objectName: "rating"
            onFinished: window.finishVisit()
        }
    }
    Component {
        id: statusPage
        StatusPage {
            objectName: "status"
            onRateRequested: window.openRating(true)
            onRescheduleRequested: (ticket) => window.openReschedule(ticket)
        }
    }
    Component {
        id: staffLoginPage
        StaffLoginPage {
            objectName: "staffLogin"
            onLoggedIn: window.openStaffBoard()
        }
    }
    Component {
        id: staffBoardPage
        StaffBoardPage {
            objectName: "staffBoard"
            onApplyOnBehalf: window.startOnBehalf(false)
            onSearchOnBehalf: window.startOnBehalf(true)
            onLoggedOut: window.goHome()
            onBookingsRequested: window.openStaffBookings()
        }
    }
    Component {
        id: bookingItemsPage
        BookingItemsPage {
            objectName: "bookingItems"
            onChosen: (code) => window.openBookingFor(code)
        }
    }
    Component {
        id: bookingSlotsPage
        BookingSlotsPage {
            objectName: "bookingSlots"
            onNext: window.openBookingForm()
        }
    }
    Component {
        id: bookingFormPage
        BookingFormPage {
            objectName: "bookingForm"
            onNext: window.openBookingConfirm()
        }
    }
    Component {
        id: bookingConfirmPage
        BookingConfirmPage {
            objectName: "bookingConfirm"
            onConfirmed: window.openBookingTicket()
        }
    }
    Component {
        id: bookingTicketPage
        BookingTicketPage {
            objectName: "bookingTicket"
            onFinished: window.finishVisit()
        }
    }
    Component {
        id: staffBookingsPage
        StaffBookingsPage {
            objectName: "staffBookings"
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
