import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 预约 done: the ticket number large, its QR code, when and where to come, print and 完成.
Rectangle {
    id: page
    color: Theme.background
    signal finished()

    readonly property bool requested: Booking.ticketState === "requested"
    // Central answered a request: no seat was left. No ticket to show or print.
    readonly property bool declined: Booking.ticketState === "declined"
    // Nothing to show at the window or print until central has answered a request.
    readonly property bool showTicket: !page.declined && !Booking.awaitingAnswer

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                id: flick
                objectName: "ticketFlick"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                contentHeight: column.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: column
                    width: flick.width
                    spacing: Theme.gap
                    Heading {
                        objectName: "ticketHeadline"
                        text: page.declined ? qsTr("这个时段已约满，没有约上")
                            : page.requested ? (Booking.awaitingAnswer ? qsTr("正在向平台确认名额……")
                                                                       : qsTr("预约申请已提交，联网后确认"))
                            : (Booking.replacedTicket.length > 0 ? qsTr("✓ 改约成功") : qsTr("✓ 预约成功"))
                        font.pixelSize: page.requested || page.declined ? Theme.title : Theme.huge
                        color: Theme.tone(Booking.ticketTone)
                    }
                    BodyText {
                        text: Booking.itemName
                        font.bold: true
                    }
                    BodyText {
                        visible: !page.declined
                        text: qsTr("预约号")
                        color: Theme.muted
                    }
                    StaticText {
                        objectName: "ticketNumber"
                        visible: !page.declined
                        Layout.fillWidth: true
                        text: Booking.ticket
                        // One line, always: a number split over two lines gets read wrongly.
                        font.pixelSize: Math.round(Theme.huge * 1.6)
                        font.bold: true
                        font.family: Theme.fontFamily
                        font.letterSpacing: 4
                        color: Theme.text
                        wrapMode: Text.NoWrap
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.body
                        verticalAlignment: Text.AlignVCenter
                    }
                    Section {
                        title: qsTr("时间和地点")
                        BodyText {
                            objectName: "ticketTime"
                            text: Booking.ticketTime
                            font.pixelSize: Theme.heading
                            font.bold: true
                        }
                        BodyText { text: Booking.placeName + (Booking.placeAddress.length > 0 ? " · " + Booking.placeAddress : "") }
                    }
                    BodyText {
                        objectName: "ticketAdvice"
                        visible: !page.declined
                        text: qsTr("请提前10分钟到达，携带身份证")
                        font.pixelSize: Theme.heading
                        font.bold: true
                        color: Theme.accent
                    }
                    BodyText {
                        visible: page.requested
                        text: qsTr("本机联网后，平台会确认这个时段是否还有名额。请凭预约号在本机“查进度”查看是否约上。")
                    }
                    BodyText {
                        objectName: "declinedAdvice"
                        visible: page.declined
                        text: qsTr("平台上这个时段已经没有名额了。请点“完成”后重新预约其他时段，或到窗口咨询。")
                        font.pixelSize: Theme.heading
                    }
                    BodyText {
                        visible: Booking.replacedTicket.length > 0
                        text: qsTr("原预约号 %1 已取消。").arg(Booking.replacedTicket)
                        color: Theme.muted
                    }
                    BodyText {
                        visible: !page.declined
                        text: qsTr("来不了的话，请在预约时间之前凭预约号在“查进度”取消或改约。")
                        color: Theme.muted
                    }
                }
            }
            ScrollHint { flickable: flick }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: Math.min(page.width * 0.36, 420)
            spacing: Theme.gap
            Rectangle {
                visible: page.showTicket
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Session.elderMode ? 200 : Math.min(Theme.touch * 4, 300)
                implicitHeight: implicitWidth
                color: "#ffffff"
                border.color: Theme.border
                border.width: Theme.borderWidth
                Image {
                    objectName: "ticketQr"
                    anchors.fill: parent
                    anchors.margins: 12
                    source: Booking.ticket.length > 0 ? "image://qr/" + encodeURIComponent(Booking.ticket) : ""
                    sourceSize.width: width
                    sourceSize.height: height
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                    cache: false
                }
            }
            BodyText {
                visible: page.showTicket
                text: qsTr("到窗口签到时出示这个二维码")
                font.pixelSize: Theme.small
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
            }
            Item { Layout.fillHeight: true }
            KioskButton {
                objectName: "printTicket"
                visible: page.showTicket
                Layout.fillWidth: true
                text: qsTr("打印预约凭证")
                onClicked: Booking.print()
            }
            BodyText {
                objectName: "ticketPrintStatus"
                visible: Booking.printStatus.length > 0
                text: Booking.printStatus
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignHCenter
            }
            KioskButton {
                objectName: "ticketDone"
                Layout.fillWidth: true
                primary: true
                fontSize: Theme.heading
                text: qsTr("完成")
                onClicked: page.finished()
            }
        }
    }
}
