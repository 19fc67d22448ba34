import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 查进度 (and the first half of 评价): the receipt number typed or scanned, then its state.
Rectangle {
    id: page
    Keys.forwardTo: [pad]
    color: Theme.background
    signal rateRequested()
    signal rescheduleRequested(string ticket)

    /** Opened from the 评价 tile: the aim is to rate once the receipt is found. */
    property bool rateMode: false
    property string digits
    /** 取消预约 was tapped once: the second tap (确定取消) cancels. */
    property bool confirmingCancel: false

    function setNumber(text: string) {
        page.digits = ReceiptNumber.digitsOf(text)
    }
    function lookup() {
        page.confirmingCancel = false
        Status.lookup(page.digits)
    }

    Component.onCompleted: Status.clear()

    // A found result (and a booking's buttons) is brought into view once laid out.
    function showResult() {
        flick.contentY = Math.max(0, flick.contentHeight - flick.height)
    }
    Timer {
        id: showTimer
        interval: 0
        onTriggered: page.showResult()
    }
    Connections {
        target: Status
        function onResultChanged() {
            if (Status.found)
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
                    if (Status.found)
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
                        visible: !(Theme.elder && Status.found)
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
                        visible: !(Theme.elder && Status.found)
                        text: qsTr("或把回执、预约凭证上的二维码对准扫码口")
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
                            visible: !Status.isBooking
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
                            color: Status.stateTone === "warning" ? Theme.warning
                                 : (Status.stateTone === "good" ? Theme.good : Theme.secondary)
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
            actionText: qsTr("查询")
            keyHeight: Math.max(64, Math.round(Theme.touch * 0.9))
            actionEnabled: page.digits.length > 0
            onTyped: (digit) => page.setNumber(page.digits + digit)
            onBackspace: page.setNumber(page.digits.slice(0, -1))
            onCleared: {
                page.setNumber("")
                Status.clear()
            }
            onAccepted: page.lookup()
        }
    }
}
