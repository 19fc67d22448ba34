pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Staff: today's appointments (time, ticket, item, state; no personal data), check-in by the
// ticket's QR code or its typed number, and marking the no-shows.
Rectangle {
    id: page
    Keys.forwardTo: [page.mongolian ? padMongolian : pad]
    color: Theme.background

    property string digits
    readonly property bool mongolian: Session.language === "mn"

    function setNumber(text: string) {
        page.digits = ReceiptNumber.digitsOf(text)
    }
    function checkIn(text: string) {
        if (Staff.checkIn(text))
            page.digits = ""
    }

    Component.onCompleted: {
        Staff.clearBookingMessage()
        Staff.refreshToday()
    }

    Connections {
        target: Booking
        function onScanned(text: string) {
            page.checkIn(text)
        }
    }

    /** The check-in column has no room for its hint above the number and the keypad (elder
     *  mode at 1024x768, and in English at 1280x800: the keys were lowered below the touch
     *  target to make it). The hint then stands in the empty number box, the heading is a size
     *  smaller, and 刷新 closes the list beside 标记爽约, so that the list keeps room for a row. */
    readonly property bool padColumnShort: page.height > 0
                                           && hintMeasure.implicitHeight + number.implicitHeight + 20
                                              + pad.implicitHeight + 2 * Theme.gap
                                              > page.height - 2 * Theme.margin
    readonly property bool hintInBox: page.padColumnShort && page.digits.length === 0

    // The hint's height above the pad, measured apart: the hint's own place in the layout comes
    // and goes with the answer.
    StaticText {
        id: hintMeasure
        visible: false
        width: pad.implicitWidth
        text: checkInHint.text
        font: checkInHint.font
        lineHeight: checkInHint.lineHeight
        wrapMode: Text.Wrap
    }

    RowLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Heading {
                    font.pixelSize: page.padColumnShort ? Theme.heading : Theme.title
                    text: qsTr("今日预约 · %1").arg(Staff.todayText)
                }
                KioskButton {
                    objectName: "bookingsRefresh"
                    visible: !page.padColumnShort
                    text: qsTr("刷新")
                    onClicked: Staff.refreshToday()
                }
            }
            BodyText {
                objectName: "todaySummary"
                text: qsTr("共 %1 个预约，待签到 %2 个").arg(Staff.todayCount).arg(Staff.todayWaiting)
                font.pixelSize: page.padColumnShort ? Theme.small : Theme.body
                color: Theme.muted
            }
            Banner {
                objectName: "checkInMessage"
                visible: Staff.bookingMessage.length > 0
                tint: Staff.bookingMessageGood ? Theme.good : Theme.error
                text: Staff.bookingMessage
            }
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                ListView {
                    id: bookings
                    objectName: "todayList"
                    cacheBuffer: Theme.listCacheBuffer
                    anchors.fill: parent
                    anchors.rightMargin: 20
                    clip: true
                    spacing: 8
                    boundsBehavior: Flickable.StopAtBounds
                    model: Staff.today
                    delegate: Rectangle {
                        id: row
                        required property string ticket
                        required property string time
                        required property string itemName
                        required property string stateText
                        required property string tone
                        required property bool done
                        required property bool gone
                        width: ListView.view.width
                        implicitHeight: rowLayout.implicitHeight + 16
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: row.done ? Theme.good : Theme.border
                        border.width: row.done ? 3 : Theme.borderWidth
                        opacity: row.gone ? 0.6 : 1
                        // Time and state on the first line (the state under the time when both
                        // do not fit), the item and the ticket under them with the row's whole
                        // width: a long slot time (elder mode, a narrow screen) never squeezes
                        // the ticket staff call out.
                        ColumnLayout {
                            id: rowLayout
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.margins: 12
                            spacing: 2
                            Flow {
                                id: rowHeading
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                StaticText {
                                    width: Math.min(implicitWidth, rowHeading.width)
                                    text: row.time
                                    font.pixelSize: Theme.heading
                                    font.bold: true
                                    font.family: Theme.fontFamily
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                                Badge {
                                    objectName: "todayState_" + row.ticket
                                    text: row.stateText
                                    tint: Theme.tone(row.tone)
                                }
                            }
                            StaticText {
                                Layout.fillWidth: true
                                text: row.itemName
                                font.pixelSize: Theme.body
                                font.family: Theme.fontFamily
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            StaticText {
                                Layout.fillWidth: true
                                text: row.ticket
                                font.pixelSize: Theme.small
                                font.family: Theme.fontFamily
                                color: Theme.muted
                                wrapMode: Text.WrapAnywhere
                            }
                        }
                    }
                }
                ScrollHint { flickable: bookings }
                BodyText {
                    anchors.centerIn: parent
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    visible: bookings.count === 0
                    text: qsTr("今天本机没有预约")
                    color: Theme.muted
                }
            }
            BodyText {
                text: qsTr("预约时段结束30分钟后仍未签到的，记为爽约")
                font.pixelSize: page.padColumnShort ? Theme.small : Theme.body
                color: Theme.muted
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                KioskButton {
                    objectName: "markNoShows"
                    Layout.fillWidth: true
                    text: qsTr("标记爽约")
                    onClicked: Staff.markNoShows()
                }
                KioskButton {
                    objectName: "bookingsRefreshBelow"
                    visible: page.padColumnShort
                    text: qsTr("刷新")
                    onClicked: Staff.refreshToday()
                }
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            spacing: Theme.gap
            BodyText {
                id: checkInHint
                visible: !page.padColumnShort
                Layout.preferredWidth: pad.implicitWidth
                text: qsTr("签到：扫码或输入预约号")
                font.bold: true
            }
            Rectangle {
                id: numberBox
                Layout.fillWidth: true
                implicitHeight: (page.hintInBox ? boxHint.implicitHeight : number.implicitHeight) + 20
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.secondary
                border.width: 3
                StaticText {
                    id: boxHint
                    objectName: "checkInHintInBox"
                    visible: page.hintInBox
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.margins: 12
                    anchors.verticalCenter: parent.verticalCenter
                    horizontalAlignment: Text.AlignHCenter
                    text: checkInHint.text
                    font.pixelSize: Theme.small
                    font.bold: true
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                }
                StaticText {
                    id: number
                    objectName: "checkInNumber"
                    visible: !page.hintInBox
                    Accessible.role: Accessible.EditableText
                    Accessible.name: checkInHint.text
                    anchors.centerIn: parent
                    text: page.digits.length > 0 ? ReceiptNumber.grouped(page.digits) : ReceiptNumber.blank
                    font.pixelSize: Theme.heading
                    font.bold: true
                    font.family: Theme.fontFamily
                    color: page.digits.length > 0 ? Theme.text : Theme.muted
                }
            }
            // Keys as high as the touch target (88 px in elder mode), never lower.
            DigitPad {
                id: pad
                objectName: "checkInPad"
                actionText: qsTr("签到")
                keyHeight: Theme.touch
                actionEnabled: page.digits.length === ReceiptNumber.digitCount
                onTyped: (digit) => page.setNumber(page.digits + digit)
                onBackspace: page.setNumber(page.digits.slice(0, -1))
                onCleared: page.setNumber("")
                onAccepted: page.checkIn(page.digits)
            }
            Item { Layout.fillHeight: true }
        }
    }

    // Mongolian mode (docs/DESIGN.md §9e): the day, its counts and the last answer in columns, then
    // one card per booking (its time and ticket as rows of digits, its state and item in columns),
    // 刷新 and 标记爽约 as tall buttons; on the right the ticket number as typed (a row), the keypad
    // and a tall 签到 key, as on 查进度.
    RowLayout {
        objectName: "mongolianStaffBookings"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        MongolianStrip {
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                heading: true
                text: qsTr("今日预约 · %1").arg(Staff.todayText)
            }
            MongolianBlock {
                objectName: "todaySummaryMongolian"
                text: qsTr("共 %1 个预约，待签到 %2 个").arg(Staff.todayCount).arg(Staff.todayWaiting)
                color: Theme.muted
            }
            MongolianBlock {
                objectName: "checkInMessageMongolian"
                visible: Staff.bookingMessage.length > 0
                text: Staff.bookingMessage
                color: Staff.bookingMessageGood ? Theme.good : Theme.error
            }
            MongolianBlock {
                visible: todayMongolian.count === 0
                text: qsTr("今天本机没有预约")
                color: Theme.muted
            }
            Repeater {
                id: todayMongolian
                objectName: "todayListMongolian"
                model: page.mongolian ? Staff.today : null
                delegate: Rectangle {
                    id: card
                    required property string ticket
                    required property string time
                    required property string itemName
                    required property string stateText
                    required property string tone
                    required property bool done
                    required property bool gone
                    height: parent ? parent.height : 0
                    width: Math.max(cardTime.implicitWidth, cardTicket.implicitWidth, cardColumns.implicitWidth) + 24
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: card.done ? Theme.good : Theme.border
                    border.width: card.done ? 3 : Theme.borderWidth
                    opacity: card.gone ? 0.6 : 1
                    StaticText {
                        id: cardTime
                        x: 12
                        y: 8
                        text: card.time
                        font.pixelSize: Theme.heading
                        font.bold: true
                        font.family: Theme.fontFamily
                        color: Theme.text
                    }
                    StaticText {
                        id: cardTicket
                        x: 12
                        anchors.top: cardTime.bottom
                        text: card.ticket
                        font.pixelSize: Theme.small
                        font.family: Theme.fontFamily
                        color: Theme.muted
                    }
                    Row {
                        id: cardColumns
                        x: 12
                        anchors.top: cardTicket.bottom
                        anchors.topMargin: 8
                        anchors.bottom: parent.bottom
                        anchors.bottomMargin: 8
                        spacing: 8
                        MongolianBlock {
                            objectName: "todayStateMongolian_" + card.ticket
                            text: card.stateText
                            pixelSize: Theme.heading
                            color: Theme.tone(card.tone)
                        }
                        MongolianBlock {
                            text: card.itemName
                        }
                    }
                }
            }
            MongolianBlock {
                text: qsTr("预约时段结束30分钟后仍未签到的，记为爽约")
                color: Theme.muted
            }
            KioskButton {
                objectName: "markNoShowsMongolian"
                height: parent.height
                verticalLength: height - 12
                text: qsTr("标记爽约")
                onClicked: Staff.markNoShows()
            }
            KioskButton {
                objectName: "bookingsRefreshMongolian"
                height: parent.height
                verticalLength: height - 12
                text: qsTr("刷新")
                onClicked: Staff.refreshToday()
            }
            MongolianBlock {
                heading: true
                text: qsTr("签到：扫码或输入预约号")
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            spacing: Theme.gap
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: numberMongolian.implicitHeight + 20
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.secondary
                border.width: 3
                StaticText {
                    id: numberMongolian
                    objectName: "checkInNumberMongolian"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.margins: 12
                    anchors.verticalCenter: parent.verticalCenter
                    horizontalAlignment: Text.AlignHCenter
                    text: page.digits.length > 0 ? ReceiptNumber.grouped(page.digits) : ReceiptNumber.blank
                    font.pixelSize: Theme.heading
                    font.bold: true
                    font.family: Theme.fontFamily
                    color: page.digits.length > 0 ? Theme.text : Theme.muted
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.smallest
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
                    keyHeight: Theme.touch
                    actionEnabled: page.digits.length === ReceiptNumber.digitCount
                    onTyped: (digit) => page.setNumber(page.digits + digit)
                    onBackspace: page.setNumber(page.digits.slice(0, -1))
                    onCleared: page.setNumber("")
                    onAccepted: page.checkIn(page.digits)
                }
                KioskButton {
                    objectName: "checkInMongolian"
                    Layout.fillHeight: true
                    Layout.preferredWidth: Math.max(Math.round(Theme.touch * 1.4), implicitWidth)
                    primary: true
                    enabled: page.digits.length === ReceiptNumber.digitCount
                    fontSize: Theme.heading
                    verticalLength: height - 12
                    text: qsTr("签到")
                    onClicked: page.checkIn(page.digits)
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
