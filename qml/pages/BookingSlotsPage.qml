pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 预约 step 1: a strip of the next working days with seats left, and the chosen day's times.
Rectangle {
    id: page
    color: Theme.background
    signal next()

    readonly property bool mongolian: Session.language === "mn"

    function choose(slotId: string, request: bool) {
        if (Booking.chooseSlot(slotId, request))
            page.next()
    }
    // A day's seats and a slot's, in words (both layouts).
    function daySeats(seatsHere: int, poolFree: int): string {
        return seatsHere > 0 ? qsTr("可约 %1").arg(seatsHere) : (poolFree > 0 ? qsTr("可申请") : qsTr("已约满"))
    }
    function slotSeats(canBook: bool, request: bool, seatsHere: int): string {
        return canBook ? qsTr("余 %1 个").arg(seatsHere) : (request ? qsTr("可申请") : qsTr("已约满"))
    }
    readonly property string noSlotsText: Booking.days.count === 0
        ? qsTr("现在没有可以预约的时段：本机还没有从平台取得预约名额，或近几天都已约满。请稍后再试，或直接到窗口办理。")
        : qsTr("这一天已没有可以预约的时段，请选择其他日期。")

    // Mongolian mode (docs/DESIGN.md §9e): what to do, the item (Mongolian, then its Chinese) and
    // any message in columns; to their right the days (tall buttons, labels in columns, the date
    // upright Han) and under them the day's times, each a row of digits over its seats in a column,
    // flowing top to bottom, then on to the right.
    RowLayout {
        objectName: "mongolianBookingSlots"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        MongolianStrip {
            id: textStrip
            Layout.fillHeight: true
            Layout.preferredWidth: Math.min(textStrip.flickable.contentWidth, page.width * 0.4)
            MongolianBlock {
                heading: true
                text: Booking.rescheduling.length > 0 ? qsTr("改约：请选择新的日期和时间") : qsTr("预约：请选择日期和时间")
            }
            MongolianBlock {
                objectName: "bookingItemMongolian"
                text: Booking.mongolianItemName.length > 0 ? Booking.mongolianItemName : Booking.itemName
                pixelSize: Theme.heading
            }
            MongolianBlock {
                // The Chinese name beside the Mongolian one (Mongolian first).
                visible: Booking.mongolianItemName.length > 0
                text: Booking.itemName
            }
            MongolianBlock {
                objectName: "bookingProblemMongolian"
                visible: Booking.readinessProblem.length > 0
                text: qsTr("本机暂时不能预约：%1").arg(Booking.readinessProblem)
                color: Theme.warning
            }
            MongolianBlock {
                objectName: "bookingRequestHintMongolian"
                visible: Booking.dayRequestable
                text: qsTr("这一天本机的名额已约满，本机现在不能当场确认。您可以选其他日期，或提交预约申请：本机联网后由平台确认是否约上。")
                color: Theme.warning
            }
            MongolianBlock {
                objectName: "bookingErrorMongolian"
                visible: Booking.error.length > 0
                text: Booking.error
                color: Theme.error
            }
            MongolianBlock {
                objectName: "noSlotsMongolian"
                visible: mongolianSlots.count === 0
                text: page.noSlotsText
                color: Theme.muted
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            ListView {
                id: mongolianDays
                objectName: "mongolianDayStrip"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.round(Theme.touch * 3.4)
                visible: Booking.days.count > 0
                orientation: ListView.Horizontal
                clip: true
                spacing: Theme.gap / 2
                boundsBehavior: Flickable.StopAtBounds
                model: page.mongolian ? Booking.days : null
                delegate: BaseButton {
                    id: mnDay
                    required property string date
                    required property string label
                    required property string weekday
                    required property int seatsHere
                    required property int poolFree
                    required property string tone
                    readonly property bool chosen: Booking.day === mnDay.date
                    readonly property color ink: mnDay.chosen ? Theme.secondaryText : Theme.text
                    objectName: "mongolianDay_" + mnDay.date
                    height: ListView.view.height
                    width: Math.max(Theme.touch, dayLabels.implicitWidth + 2 * Theme.gap)
                    radius: Theme.radius
                    color: mnDay.chosen ? Theme.secondary : (mnDay.down ? Theme.badge : Theme.surface)
                    border.color: mnDay.chosen ? Theme.secondary : Theme.border
                    border.width: mnDay.chosen ? 3 : Theme.borderWidth
                    Accessible.name: mnDay.label + " " + mnDay.weekday
                    Accessible.description: mnSeats.text
                    Accessible.role: Accessible.RadioButton
                    Accessible.checked: mnDay.chosen
                    onClicked: Booking.chooseDay(mnDay.date)
                    Row {
                        id: dayLabels
                        anchors.centerIn: parent
                        height: parent.height - 2 * Theme.gap
                        spacing: 4
                        MongolianBlock {
                            text: mnDay.label
                            pixelSize: Theme.heading
                            color: mnDay.ink
                        }
                        MongolianBlock {
                            text: mnDay.weekday
                            pixelSize: Theme.small
                            color: mnDay.chosen ? Theme.secondaryText : Theme.muted
                        }
                        MongolianBlock {
                            id: mnSeats
                            text: page.daySeats(mnDay.seatsHere, mnDay.poolFree)
                            pixelSize: Theme.small
                            color: mnDay.chosen ? Theme.secondaryText : Theme.tone(mnDay.tone)
                        }
                    }
                }
            }
            GridView {
                id: mongolianSlots
                objectName: "mongolianSlotGrid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                flow: GridView.FlowTopToBottom
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                cellWidth: Math.round(Theme.touch * 2.6) + Theme.gap
                // As many rows as fit, each a tall button; the rest run on to the right.
                cellHeight: Math.max(Theme.touch * 3, Math.floor(height / Math.max(1, Math.floor(height / (Theme.touch * 3)))))
                model: page.mongolian ? Booking.daySlots : null
                delegate: Item {
                    id: mnSlot
                    required property string slotId
                    required property string time
                    required property int seatsHere
                    required property bool canBook
                    required property bool canRequest
                    readonly property bool request: !mnSlot.canBook && mnSlot.canRequest && Booking.dayRequestable
                    readonly property color ink: !slotButton.enabled ? Theme.muted : (mnSlot.canBook ? Theme.accentText : Theme.text)
                    width: mongolianSlots.cellWidth
                    height: mongolianSlots.cellHeight
                    BaseButton {
                        id: slotButton
                        objectName: "mongolianSlot_" + mnSlot.time.slice(0, 5).replace(":", "")
                        anchors.fill: parent
                        anchors.rightMargin: Theme.gap
                        anchors.bottomMargin: Theme.gap
                        enabled: mnSlot.canBook || mnSlot.request
                        radius: Theme.radius
                        color: !slotButton.enabled ? Theme.background : (mnSlot.canBook ? Theme.accent : Theme.surface)
                        border.color: !slotButton.enabled ? Theme.muted : (mnSlot.canBook ? Theme.accent : Theme.border)
                        border.width: Theme.borderWidth
                        opacity: slotButton.down ? 0.75 : 1
                        Accessible.role: Accessible.Button
                        Accessible.name: mnSlot.time + " " + mnSlotSeats.text
                        onClicked: page.choose(mnSlot.slotId, mnSlot.request)
                        // The time stays a row of digits, as on the ticket; its seats in a column.
                        StaticText {
                            id: slotTime
                            anchors.top: parent.top
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.margins: 8
                            horizontalAlignment: Text.AlignHCenter
                            text: mnSlot.time
                            font.pixelSize: Theme.body
                            font.bold: true
                            font.family: Theme.fontFamily
                            color: mnSlot.ink
                            wrapMode: Text.NoWrap
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: Theme.smallest
                        }
                        VerticalText {
                            id: mnSlotSeats
                            anchors.top: slotTime.bottom
                            anchors.bottom: parent.bottom
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.margins: 6
                            centered: true
                            columnLength: height
                            text: page.slotSeats(mnSlot.canBook, mnSlot.request, mnSlot.seatsHere)
                            pixelSize: Theme.body
                            color: mnSlot.ink
                        }
                    }
                }
            }
        }
    }

    ColumnLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Heading {
            text: Booking.rescheduling.length > 0 ? qsTr("改约《%1》：请选择新的日期和时间").arg(Booking.itemName)
                                                  : qsTr("预约《%1》：请选择日期和时间").arg(Booking.itemName)
        }
        Banner {
            objectName: "bookingProblem"
            visible: Booking.readinessProblem.length > 0
            tint: Theme.warning
            text: qsTr("本机暂时不能预约：%1").arg(Booking.readinessProblem)
        }

        // The date strip: one big button per working day.
        Flickable {
            id: strip
            Layout.fillWidth: true
            Layout.preferredHeight: dayRow.implicitHeight
            contentWidth: dayRow.implicitWidth
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            flickableDirection: Flickable.HorizontalFlick
            visible: Booking.days.count > 0
            Row {
                id: dayRow
                objectName: "dayStrip"
                spacing: Theme.gap / 2
                Repeater {
                    model: Booking.days
                    delegate: BaseButton {
                        id: dayCell
                        required property string date
                        required property string label
                        required property string weekday
                        required property int seatsHere
                        required property int poolFree
                        required property string tone
                        readonly property bool chosen: Booking.day === dayCell.date
                        objectName: "day_" + dayCell.date
                        // Seven days share the width (still wider than a fingertip, elder mode too);
                        // a day whose label cannot fit its share at the smallest size it may take
                        // ("Tomorrow" in English in elder mode at 1024x768) is wider, and the strip
                        // scrolls.
                        width: Math.max(Math.floor((strip.width - 6 * dayRow.spacing) / 7),
                                        Math.ceil(dayLabelLine.advanceWidth) + 2 * 8 + 4)
                        implicitHeight: dayColumn.implicitHeight + 2 * Theme.gap
                        height: implicitHeight
                        radius: Theme.radius
                        color: dayCell.chosen ? Theme.secondary : (dayCell.down ? Theme.badge : Theme.surface)
                        border.color: dayCell.chosen ? Theme.secondary : Theme.border
                        border.width: dayCell.chosen ? 3 : Theme.borderWidth
                        // The chosen day is a checked choice, with its seats as the description.
                        Accessible.name: dayCell.label + " " + dayCell.weekday
                        Accessible.description: seatsText.text
                        Accessible.role: Accessible.RadioButton
                        Accessible.checked: dayCell.chosen
                        onClicked: Booking.chooseDay(dayCell.date)
                        TextMetrics {
                            id: dayLabelLine
                            font.pixelSize: Theme.small
                            font.bold: true
                            font.family: Theme.fontFamily
                            text: dayCell.label
                        }
                        ColumnLayout {
                            id: dayColumn
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.margins: 8
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignHCenter
                                text: dayCell.label
                                font.pixelSize: Theme.heading
                                font.bold: true
                                font.family: Theme.fontFamily
                                color: dayCell.chosen ? Theme.secondaryText : Theme.text
                                fontSizeMode: Text.HorizontalFit
                                minimumPixelSize: Theme.small
                            }
                            Text {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignHCenter
                                text: dayCell.weekday
                                font.pixelSize: Theme.small
                                font.family: Theme.fontFamily
                                color: dayCell.chosen ? Theme.secondaryText : Theme.muted
                            }
                            Text {
                                id: seatsText
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignHCenter
                                text: page.daySeats(dayCell.seatsHere, dayCell.poolFree)
                                font.pixelSize: Theme.small
                                font.bold: true
                                font.family: Theme.fontFamily
                                color: dayCell.chosen ? Theme.secondaryText
                                     : Theme.tone(dayCell.tone)
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }
        }

        BodyText {
            objectName: "bookingError"
            visible: Booking.error.length > 0
            text: Booking.error
            font.bold: true
            color: Theme.error
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            GridView {
                id: slotGrid
                objectName: "slotGrid"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                // What a day without places here means, above its slots and scrolling with them
                // (in the room of topMargin): a box of its own left the slots no room in English
                // in elder mode at 1024x768. Not a header: Qt 6.4 cannot make a header of a Bound
                // file.
                topMargin: requestHint.visible ? requestHint.implicitHeight + Theme.gap : 0
                onTopMarginChanged: slotGrid.contentY = slotGrid.originY - slotGrid.topMargin
                Banner {
                    id: requestHint
                    objectName: "bookingRequestHint"
                    parent: slotGrid.contentItem
                    y: -slotGrid.topMargin
                    width: slotGrid.width
                    visible: Booking.dayRequestable
                    tint: Theme.warning
                    text: qsTr("这一天本机的名额已约满，本机现在不能当场确认。您可以选其他日期，或提交预约申请：本机联网后由平台确认是否约上。")
                }
                // As many columns as fit at a comfortable width; each cell a big button.
                readonly property int columns: Math.max(1, Math.floor(width / (Theme.elder ? 300 : 240)))
                cellWidth: Math.floor(width / columns)
                cellHeight: Theme.touch * (Booking.dayRequestable ? 2 : 1.5) + Theme.gap
                model: Booking.daySlots
                delegate: Item {
                    id: slotCell
                    required property string slotId
                    required property string time
                    required property int seatsHere
                    required property bool canBook
                    required property bool canRequest
                    readonly property bool request: !slotCell.canBook && slotCell.canRequest && Booking.dayRequestable
                    width: slotGrid.cellWidth
                    height: slotGrid.cellHeight
                    KioskButton {
                        objectName: "slot_" + slotCell.time.slice(0, 5).replace(":", "")
                        anchors.fill: parent
                        anchors.rightMargin: Theme.gap
                        anchors.bottomMargin: Theme.gap
                        enabled: slotCell.canBook || slotCell.request
                        primary: slotCell.canBook
                        fontSize: Theme.heading
                        text: slotCell.time + "\n" + page.slotSeats(slotCell.canBook, slotCell.request, slotCell.seatsHere)
                        onClicked: page.choose(slotCell.slotId, slotCell.request)
                    }
                }
            }
            ScrollHint { flickable: slotGrid }
            BodyText {
                objectName: "noSlots"
                anchors.centerIn: parent
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: slotGrid.count === 0
                text: page.noSlotsText
                color: Theme.muted
            }
        }
    }
}
