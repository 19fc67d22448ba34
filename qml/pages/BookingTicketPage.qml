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
    readonly property bool mongolian: Session.language === "mn"
    readonly property string headline: page.declined ? qsTr("这个时段已约满，没有约上")
        : page.requested ? (Booking.awaitingAnswer ? qsTr("正在向平台确认名额……")
                                                   : qsTr("预约申请已提交，联网后确认"))
        : (Booking.replacedTicket.length > 0 ? qsTr("✓ 改约成功") : qsTr("✓ 预约成功"))

    // Mongolian mode (docs/DESIGN.md §9e): the ticket number above the page, a row of digits as
    // wide as the page allows (read out at the window, never turned: beside the QR code and the
    // two tall buttons it did not fit in elder mode at 1024x768, even at its smallest size); under
    // it the outcome, the item (Mongolian, then its Chinese), when and where, what to bring and
    // what to do if one cannot come, in columns read left to right; on the right the QR code,
    // unchanged (the number read out at the window must be the one central knows), then print and
    // 完成 as tall buttons.
    ColumnLayout {
        objectName: "mongolianBookingTicket"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        StaticText {
            objectName: "ticketNumberMongolian"
            visible: !page.declined
            Layout.fillWidth: true
            text: Booking.ticket
            // One line, always: a number split over two lines gets read wrongly. The size of the
            // Chinese page's headline (Theme.huge): low enough to leave the QR code and the tall
            // buttons their height under it (elder mode at 1024x768).
            font.pixelSize: Theme.huge
            font.bold: true
            font.family: Theme.fontFamily
            font.letterSpacing: 4
            color: Theme.text
            wrapMode: Text.NoWrap
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.body
            horizontalAlignment: Text.AlignHCenter
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin
            MongolianStrip {
                Layout.fillWidth: true
                Layout.fillHeight: true
                MongolianBlock {
                    objectName: "ticketHeadlineMongolian"
                    text: page.headline
                    pixelSize: Theme.title
                    color: Theme.tone(Booking.ticketTone)
                }
                MongolianBlock {
                    text: Booking.mongolianItemName.length > 0 ? Booking.mongolianItemName : Booking.itemName
                    pixelSize: Theme.heading
                }
                MongolianBlock {
                    visible: Booking.mongolianItemName.length > 0
                    text: Booking.itemName
                }
                MongolianBlock {
                    heading: true
                    text: qsTr("时间和地点")
                }
                MongolianBlock {
                    objectName: "ticketTimeMongolian"
                    text: Booking.ticketTime
                    pixelSize: Theme.heading
                }
                MongolianBlock {
                    text: Booking.placeName + (Booking.placeAddress.length > 0 ? "\n" + Booking.placeAddress : "")
                }
                MongolianBlock {
                    objectName: "ticketAdviceMongolian"
                    visible: !page.declined
                    text: qsTr("请提前10分钟到达，携带身份证")
                    pixelSize: Theme.heading
                    color: Theme.accent
                }
                MongolianBlock {
                    visible: page.requested
                    text: qsTr("本机联网后，平台会确认这个时段是否还有名额。请凭预约号在本机“查进度”查看是否约上。")
                }
                MongolianBlock {
                    objectName: "declinedAdviceMongolian"
                    visible: page.declined
                    text: qsTr("平台上这个时段已经没有名额了。请点“完成”后重新预约其他时段，或到窗口咨询。")
                    pixelSize: Theme.heading
                }
                MongolianBlock {
                    visible: Booking.replacedTicket.length > 0
                    text: qsTr("原预约号 %1 已取消。").arg(Booking.replacedTicket)
                    color: Theme.muted
                }
                MongolianBlock {
                    visible: !page.declined
                    text: qsTr("来不了的话，请在预约时间之前凭预约号在“查进度”取消或改约。")
                    color: Theme.muted
                }
                MongolianBlock {
                    objectName: "ticketPrintStatusMongolian"
                    visible: Booking.printStatus.length > 0
                    text: Booking.printStatus
                }
                MongolianBlock {
                    // What the number and the code on the right are for.
                    visible: !page.declined
                    text: qsTr("预约号")
                    color: Theme.muted
                }
                MongolianBlock {
                    visible: page.showTicket
                    text: qsTr("到窗口签到时出示这个二维码")
                    color: Theme.muted
                }
            }
            ColumnLayout {
                Layout.fillHeight: true
                Layout.fillWidth: false
                // Wide enough for both buttons' columns (elder mode's print label runs to four).
                Layout.preferredWidth: Math.max(Math.min(page.width * 0.3, 360),
                                                printMongolian.implicitWidth + doneMongolian.implicitWidth + Theme.gap)
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
                        objectName: "ticketQrMongolian"
                        anchors.fill: parent
                        anchors.margins: 12
                        source: page.mongolian && Booking.ticket.length > 0 ? "image://qr/" + encodeURIComponent(Booking.ticket) : ""
                        sourceSize.width: width
                        sourceSize.height: height
                        fillMode: Image.PreserveAspectFit
                        smooth: false
                        cache: false
                    }
                }
                Item { Layout.fillHeight: true }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.round(Theme.touch * 2.6)
                    spacing: Theme.gap
                    KioskButton {
                        id: printMongolian
                        objectName: "printTicketMongolian"
                        visible: page.showTicket
                        Layout.preferredWidth: implicitWidth
                        Layout.fillHeight: true
                        verticalLength: height - 12
                        text: qsTr("打印预约凭证")
                        onClicked: Booking.print()
                    }
                    KioskButton {
                        id: doneMongolian
                        objectName: "ticketDoneMongolian"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        verticalLength: height - 12
                        primary: true
                        // Body size: ᠳᠠᠭᠤᠰᠬᠠᠬᠤ at the heading's size is longer than the button (elder mode).
                        fontSize: Theme.body
                        text: qsTr("完成")
                        onClicked: page.finished()
                    }
                }
            }
        }
    }

    RowLayout {
        visible: !page.mongolian
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
                        text: page.headline
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
                    source: !page.mongolian && Booking.ticket.length > 0 ? "image://qr/" + encodeURIComponent(Booking.ticket) : ""
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
