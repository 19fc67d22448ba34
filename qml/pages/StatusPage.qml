import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 查进度 (and the first half of 评价): the receipt number typed or scanned, then its state.
Rectangle {
    id: page
    Keys.forwardTo: [page.mongolian ? padMongolian : pad]
    color: Theme.background
    signal rateRequested()
    signal rescheduleRequested(string ticket)

    /** Opened from the 评价 tile: the aim is to rate once the receipt is found. */
    property bool rateMode: false
    property string digits
    /** The last four of the applicant's phone or ID number, for a receipt of another point. */
    property string last4
    /** The pad types those four (central is to be asked) instead of the receipt number. */
    readonly property bool typingLast4: Status.inquiry === "digits"
    /** 取消预约 was tapped once: the second tap (确定取消) cancels. */
    property bool confirmingCancel: false
    readonly property bool mongolian: Session.language === "mn"
    readonly property bool canAccept: page.typingLast4 ? page.last4.length === 4 : page.digits.length > 0
    function numbered(entries) {
        return entries.map((e, i) => (i + 1) + ". " + e).join("\n")
    }

    // The keypad's keys, the same in both layouts.
    function typeDigit(digit: string) {
        if (page.typingLast4)
            page.typeLast4(digit)
        else
            page.setNumber(page.digits + digit)
    }
    function erase() {
        if (page.typingLast4)
            page.last4 = page.last4.slice(0, -1)
        else
            page.setNumber(page.digits.slice(0, -1))
    }
    function clearTyped() {
        if (page.typingLast4) {
            page.last4 = ""
            return
        }
        page.setNumber("")
        Status.clear()
    }
    function accept() {
        if (page.typingLast4)
            Status.askCentral(page.last4)
        else
            page.lookup()
    }

    function setNumber(text: string) {
        page.digits = ReceiptNumber.digitsOf(text)
    }
    function lookup() {
        page.confirmingCancel = false
        page.last4 = ""
        Status.lookup(page.digits)
    }
    function typeLast4(c: string) {
        if (page.last4.length < 4)
            page.last4 += c
    }

    Component.onCompleted: Status.clear()

    // A found result (and a booking's buttons) is brought into view once laid out.
    function showResult() {
        flick.contentY = Math.max(0, flick.contentHeight - flick.height)
        // Mongolian: the result's columns (and a booking's buttons) at the strip's right end.
        strip.flickable.contentX = Math.max(0, strip.flickable.contentWidth - strip.flickable.width)
    }
    Timer {
        id: showTimer
        interval: 0
        onTriggered: page.showResult()
    }
    Connections {
        target: Status
        function onResultChanged() {
            // The result, or the four-digit prompt and central's answer, brought into view.
            if (Status.found || Status.inquiry.length > 0)
                showTimer.restart()
        }
    }
    Connections {
        target: Status
        function onScanned(text: string) {
            page.setNumber(text)
            page.confirmingCancel = false
            Status.lookup(text)
        }
    }

    RowLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 2

        // Scrolls when the result is taller than the screen (elder mode, a booking's buttons).
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                id: flick
                objectName: "statusFlick"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                contentHeight: column.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                onContentHeightChanged: {
                    if (Status.found || Status.inquiry.length > 0)
                        page.showResult()
                }
                ColumnLayout {
                    id: column
                    width: flick.width
                    spacing: Theme.gap
                    Heading {
                        text: page.rateMode ? qsTr("评价：请先输入回执上的受理编号") : qsTr("查进度：请输入受理编号或预约号")
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        // In elder mode a found booking needs the room for its buttons; its number is in the result.
                        // Asking central (another point's receipt) needs the room for the four digits.
                        visible: !(Theme.elder && (Status.found || Status.inquiry.length > 0))
                        implicitHeight: number.implicitHeight + 24
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.secondary
                        border.width: 3
                        StaticText {
                            id: number
                            objectName: "statusNumber"
                            // Read as the number field with what has been typed.
                            Accessible.role: Accessible.EditableText
                            Accessible.name: qsTr("受理编号或预约号")
                            anchors.centerIn: parent
                            text: page.digits.length > 0 ? ReceiptNumber.grouped(page.digits) : ReceiptNumber.blank
                            font.pixelSize: Theme.huge * 1.3
                            font.bold: true
                            font.family: Theme.fontFamily
                            font.letterSpacing: 3
                            color: page.digits.length > 0 ? Theme.text : Theme.muted
                        }
                    }
                    BodyText {
                        visible: !(Theme.elder && (Status.found || Status.inquiry.length > 0))
                        text: qsTr("或把回执、预约凭证上的二维码对准扫码口")
                        color: Theme.muted
                    }

                    // Another point's receipt: the last four characters, then central's answer.
                    BodyText {
                        objectName: "inquiryMessage"
                        visible: Status.inquiry.length > 0 && Status.inquiry !== "found"
                        text: Status.inquiryMessage
                        font.bold: true
                        color: Status.inquiry === "digits" || Status.inquiry === "waiting"
                               ? Theme.text : Theme.error
                    }
                    RowLayout {
                        visible: page.typingLast4
                        spacing: Theme.gap
                        Rectangle {
                            implicitWidth: last4Text.implicitWidth + 48
                            implicitHeight: last4Text.implicitHeight + 24
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.secondary
                            border.width: 3
                            StaticText {
                                id: last4Text
                                objectName: "inquiryLast4"
                                Accessible.role: Accessible.EditableText
                                Accessible.name: qsTr("手机号或身份证号后四位")
                                anchors.centerIn: parent
                                text: (page.last4 + "____").slice(0, 4).split("").join(" ")
                                font.pixelSize: Theme.huge
                                font.bold: true
                                font.family: Theme.fontFamily
                                color: page.last4.length > 0 ? Theme.text : Theme.muted
                            }
                        }
                        KioskButton {
                            objectName: "inquiryX"
                            // Narrow: the row must fit beside the keypad in elder mode at 1024 px.
                            implicitWidth: Math.round(Theme.touch * 1.2)
                            text: "X"
                            fontSize: Theme.title
                            enabled: page.last4.length === 3
                            onClicked: page.typeLast4("X")
                        }
                    }
                    BodyText {
                        visible: page.typingLast4
                        text: qsTr("身份证号最后一位是X的，请按X键")
                        font.pixelSize: Theme.small
                        color: Theme.muted
                    }
                    BodyText {
                        objectName: "statusMessage"
                        visible: !Status.found && Status.message.length > 0
                        text: Status.message
                        font.bold: true
                        color: Theme.error
                    }
                    Section {
                        objectName: "statusResult"
                        visible: Status.found
                        title: Status.itemName
                        BodyText {
                            text: Status.isBooking ? qsTr("预约号：%1").arg(Status.receipt) : qsTr("受理编号：%1").arg(Status.receipt)
                            font.pixelSize: Theme.small
                            color: Theme.muted
                        }
                        BodyText {
                            objectName: "statusBookingTime"
                            visible: Status.isBooking
                            text: qsTr("预约时间：%1").arg(Status.bookingTime)
                            font.bold: true
                        }
                        BodyText {
                            visible: !Status.isBooking && !Status.remote
                            text: qsTr("提交时间：%1").arg(Status.submittedAt)
                            font.pixelSize: Theme.small
                            color: Theme.muted
                        }
                        StaticText {
                            objectName: "statusState"
                            Layout.fillWidth: true
                            text: Status.stateLabel
                            font.pixelSize: Theme.title
                            font.bold: true
                            font.family: Theme.fontFamily
                            color: Theme.tone(Status.stateTone)
                            wrapMode: Text.WordWrap
                        }
                        BodyText {
                            objectName: "statusDetail"
                            text: Status.stateDetail
                        }
                        // 待补正: what to bring (the date is in the detail above).
                        NumberedList {
                            objectName: "statusCaseMaterials"
                            visible: Status.caseMaterials.length > 0
                            entries: Status.caseMaterials
                        }
                        BodyText {
                            visible: Status.casePending.length > 0
                            text: qsTr("还需补交的材料：")
                            font.bold: true
                        }
                        NumberedList {
                            objectName: "statusCasePending"
                            visible: Status.casePending.length > 0
                            numbered: false
                            entries: Status.casePending
                        }
                        BodyText {
                            objectName: "statusDaysLeft"
                            visible: Status.caseDaysLeft.length > 0
                            text: Status.caseDaysLeft
                            font.bold: true
                        }
                        BodyText {
                            objectName: "statusPickupHere"
                            visible: Status.casePickupHere
                            text: qsTr("办理结果就在本服务点，请到窗口领取")
                            font.bold: true
                            color: Theme.good
                        }
                        BodyText {
                            objectName: "statusPickupAt"
                            visible: Status.casePickupAt.length > 0
                            text: qsTr("办理结果在「%1」，请带上身份证和回执到那里领取").arg(Status.casePickupAt)
                            font.bold: true
                            color: Theme.good
                        }
                        BodyText {
                            objectName: "statusRemote"
                            visible: Status.remote
                            text: qsTr("以上是旗政务服务平台刚刚告知的办理进度。")
                            font.pixelSize: Theme.small
                            color: Theme.muted
                        }
                        BodyText {
                            objectName: "statusBookingMessage"
                            visible: Status.isBooking && Status.bookingMessage.length > 0
                            text: Status.bookingMessage
                            font.bold: true
                            color: Status.bookingMessageGood ? Theme.good : Theme.error
                        }
                        BodyText {
                            visible: Status.canChangeBooking && page.confirmingCancel
                            text: qsTr("确定要取消这个预约吗？取消后名额会让给其他群众。")
                            font.bold: true
                            color: Theme.warning
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            visible: Status.canChangeBooking
                            spacing: Theme.gap
                            KioskButton {
                                objectName: "cancelBooking"
                                Layout.fillWidth: true
                                primary: page.confirmingCancel
                                text: page.confirmingCancel ? qsTr("确定取消") : qsTr("取消预约")
                                onClicked: {
                                    if (!page.confirmingCancel) {
                                        page.confirmingCancel = true
                                        return
                                    }
                                    page.confirmingCancel = false
                                    Status.cancelBooking()
                                }
                            }
                            KioskButton {
                                objectName: "keepBooking"
                                visible: page.confirmingCancel
                                Layout.fillWidth: true
                                text: qsTr("不取消")
                                onClicked: page.confirmingCancel = false
                            }
                            KioskButton {
                                objectName: "rescheduleBooking"
                                visible: !page.confirmingCancel
                                Layout.fillWidth: true
                                text: qsTr("改约")
                                onClicked: page.rescheduleRequested(Status.receipt)
                            }
                        }
                        KioskButton {
                            objectName: "statusRate"
                            visible: Status.canRate
                            primary: page.rateMode
                            text: qsTr("评价这次服务")
                            onClicked: page.rateRequested()
                        }
                        BodyText {
                            objectName: "statusRated"
                            visible: page.rateMode && !Status.canRate
                            text: qsTr("这次服务已经评价过了，谢谢！")
                            color: Theme.good
                        }
                    }
                }
            }
            ScrollHint { flickable: flick }
        }

        DigitPad {
            id: pad
            Layout.alignment: Qt.AlignVCenter
            actionText: page.typingLast4 ? qsTr("向平台查询") : qsTr("查询")
            actionEnabled: page.canAccept
            onTyped: (digit) => page.typeDigit(digit)
            onBackspace: page.erase()
            onCleared: page.clearTyped()
            onAccepted: page.accept()
        }
    }

    // Mongolian mode (docs/DESIGN.md §9e): what to do and what was found as columns read left to
    // right; on the right the number as typed (a row of digits, as on the receipt: never turned),
    // the keypad and a tall 查询 key. A booking's buttons and 评价 close the strip.
    RowLayout {
        objectName: "mongolianStatus"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        MongolianStrip {
            id: strip
            Layout.fillWidth: true
            Layout.fillHeight: true
            Connections {
                // The result's columns are laid out after it arrives: bring them into view then.
                target: strip.flickable
                function onContentWidthChanged() {
                    if (page.mongolian && (Status.found || Status.inquiry.length > 0))
                        page.showResult()
                }
            }
            MongolianBlock {
                heading: true
                text: page.rateMode ? qsTr("评价：请先输入回执上的受理编号") : qsTr("查进度：请输入受理编号或预约号")
            }
            MongolianBlock {
                visible: !(Status.found || Status.inquiry.length > 0)
                text: qsTr("或把回执、预约凭证上的二维码对准扫码口")
                color: Theme.muted
            }
            // Another point's receipt: the last four characters, then central's answer.
            MongolianBlock {
                objectName: "inquiryMessageMongolian"
                visible: Status.inquiry.length > 0 && Status.inquiry !== "found"
                text: Status.inquiryMessage
                color: Status.inquiry === "digits" || Status.inquiry === "waiting" ? Theme.text : Theme.error
            }
            MongolianBlock {
                visible: page.typingLast4
                text: qsTr("身份证号最后一位是X的，请按X键")
                pixelSize: Theme.small
                color: Theme.muted
            }
            MongolianBlock {
                objectName: "statusMessageMongolian"
                visible: !Status.found && Status.message.length > 0
                text: Status.message
                color: Theme.error
            }
            // The result: the item (its Mongolian name when the catalogue has one), the number,
            // the state large, then what to do.
            MongolianBlock {
                objectName: "statusResultMongolian"
                visible: Status.found
                heading: true
                text: Status.itemName
            }
            MongolianBlock {
                visible: Status.found
                text: Status.isBooking ? qsTr("预约号：%1").arg(Status.receipt) : qsTr("受理编号：%1").arg(Status.receipt)
                pixelSize: Theme.small
                color: Theme.muted
            }
            MongolianBlock {
                visible: Status.found && Status.isBooking
                text: qsTr("预约时间：%1").arg(Status.bookingTime)
            }
            MongolianBlock {
                visible: Status.found && !Status.isBooking && !Status.remote
                text: qsTr("提交时间：%1").arg(Status.submittedAt)
                pixelSize: Theme.small
                color: Theme.muted
            }
            MongolianBlock {
                objectName: "statusStateMongolian"
                visible: Status.found
                text: Status.stateLabel
                pixelSize: Theme.title
                color: Theme.tone(Status.stateTone)
            }
            MongolianBlock {
                visible: Status.found && Status.stateDetail.length > 0
                text: Status.stateDetail
            }
            MongolianBlock {
                // 待补正: what to bring (the catalogue's material names, Chinese, upright).
                visible: Status.found && Status.caseMaterials.length > 0
                text: page.numbered(Status.caseMaterials)
            }
            MongolianBlock {
                visible: Status.found && Status.casePending.length > 0
                text: qsTr("还需补交的材料：") + "\n" + Array.from(Status.casePending).join("\n")
            }
            MongolianBlock {
                visible: Status.found && Status.caseDaysLeft.length > 0
                text: Status.caseDaysLeft
            }
            MongolianBlock {
                visible: Status.found && Status.casePickupHere
                text: qsTr("办理结果就在本服务点，请到窗口领取")
                color: Theme.good
            }
            MongolianBlock {
                visible: Status.found && Status.casePickupAt.length > 0
                text: qsTr("办理结果在「%1」，请带上身份证和回执到那里领取").arg(Status.casePickupAt)
                color: Theme.good
            }
            MongolianBlock {
                visible: Status.found && Status.remote
                text: qsTr("以上是旗政务服务平台刚刚告知的办理进度。")
                pixelSize: Theme.small
                color: Theme.muted
            }
            MongolianBlock {
                visible: Status.found && Status.isBooking && Status.bookingMessage.length > 0
                text: Status.bookingMessage
                color: Status.bookingMessageGood ? Theme.good : Theme.error
            }
            MongolianBlock {
                visible: Status.found && Status.canChangeBooking && page.confirmingCancel
                text: qsTr("确定要取消这个预约吗？取消后名额会让给其他群众。")
                color: Theme.warning
            }
            KioskButton {
                objectName: "cancelBookingMongolian"
                visible: Status.found && Status.canChangeBooking
                height: parent.height
                verticalLength: height - 12
                primary: page.confirmingCancel
                text: page.confirmingCancel ? qsTr("确定取消") : qsTr("取消预约")
                onClicked: {
                    if (!page.confirmingCancel) {
                        page.confirmingCancel = true
                        return
                    }
                    page.confirmingCancel = false
                    Status.cancelBooking()
                }
            }
            KioskButton {
                visible: Status.found && Status.canChangeBooking && page.confirmingCancel
                height: parent.height
                verticalLength: height - 12
                text: qsTr("不取消")
                onClicked: page.confirmingCancel = false
            }
            KioskButton {
                objectName: "rescheduleBookingMongolian"
                visible: Status.found && Status.canChangeBooking && !page.confirmingCancel
                height: parent.height
                verticalLength: height - 12
                text: qsTr("改约")
                onClicked: page.rescheduleRequested(Status.receipt)
            }
            KioskButton {
                objectName: "statusRateMongolian"
                visible: Status.found && Status.canRate
                height: parent.height
                verticalLength: height - 12
                primary: page.rateMode
                text: qsTr("评价这次服务")
                onClicked: page.rateRequested()
            }
            MongolianBlock {
                visible: Status.found && page.rateMode && !Status.canRate
                text: qsTr("这次服务已经评价过了，谢谢！")
                color: Theme.good
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            spacing: Theme.gap
            Rectangle {
                Layout.fillWidth: true
                // Elder mode: the four characters and the keypad need the height (as in Chinese).
                visible: !(Theme.elder && (Status.found || Status.inquiry.length > 0))
                implicitHeight: numberMongolian.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.secondary
                border.width: 3
                StaticText {
                    id: numberMongolian
                    objectName: "statusNumberMongolian"
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("受理编号或预约号")
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.margins: 12
                    anchors.verticalCenter: parent.verticalCenter
                    text: page.digits.length > 0 ? ReceiptNumber.grouped(page.digits) : ReceiptNumber.blank
                    font.pixelSize: Theme.huge * 1.3
                    font.bold: true
                    font.family: Theme.fontFamily
                    font.letterSpacing: 3
                    color: page.digits.length > 0 ? Theme.text : Theme.muted
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.body
                    horizontalAlignment: Text.AlignHCenter
                }
            }
            RowLayout {
                // The last four of the phone or ID number, for a receipt of another point.
                visible: page.typingLast4
                spacing: Theme.gap
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: last4Mongolian.implicitHeight + 24
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.secondary
                    border.width: 3
                    StaticText {
                        id: last4Mongolian
                        objectName: "inquiryLast4Mongolian"
                        Accessible.role: Accessible.EditableText
                        Accessible.name: qsTr("手机号或身份证号后四位")
                        anchors.centerIn: parent
                        text: (page.last4 + "____").slice(0, 4).split("").join(" ")
                        font.pixelSize: Theme.huge
                        font.bold: true
                        font.family: Theme.fontFamily
                        color: page.last4.length > 0 ? Theme.text : Theme.muted
                    }
                }
                KioskButton {
                    implicitWidth: Math.round(Theme.touch * 1.2)
                    text: "X"
                    fontSize: Theme.title
                    enabled: page.last4.length === 3
                    onClicked: page.typeLast4("X")
                }
            }
            RowLayout {
                spacing: Theme.gap
                DigitPad {
                    id: padMongolian
                    // Signs only on the low keys; their names for screen readers.
                    eraseText: ""
                    clearText: ""
                    eraseName: qsTr("删除")
                    clearName: qsTr("清空")
                    showAction: false
                            actionEnabled: page.canAccept
                    onTyped: (digit) => page.typeDigit(digit)
                    onBackspace: page.erase()
                    onCleared: page.clearTyped()
                    onAccepted: page.accept()
                }
                KioskButton {
                    objectName: "statusLookupMongolian"
                    Layout.fillHeight: true
                    // Wider when its label wraps into a second column (elder mode).
                    Layout.preferredWidth: Math.max(Math.round(Theme.touch * 1.4), implicitWidth)
                    primary: true
                    enabled: page.canAccept
                    fontSize: Theme.heading
                    verticalLength: height - 12
                    text: page.typingLast4 ? qsTr("向平台查询") : qsTr("查询")
                    onClicked: page.accept()
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
