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

    function choose(slotId: string, request: bool) {
        if (Booking.chooseSlot(slotId, request))
            page.next()
    }

    ColumnLayout {
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
                        // Seven days share the width (still wider than a fingertip, elder mode too).
                        width: Math.floor((strip.width - 6 * dayRow.spacing) / 7)
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
                                text: dayCell.seatsHere > 0 ? qsTr("可约 %1").arg(dayCell.seatsHere)
                                    : (dayCell.poolFree > 0 ? qsTr("可申请") : qsTr("已约满"))
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

        Banner {
            objectName: "bookingRequestHint"
            visible: Booking.dayRequestable
            tint: Theme.warning
            text: qsTr("这一天本机的名额已约满，本机现在不能当场确认。您可以选其他日期，或提交预约申请：本机联网后由平台确认是否约上。")
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
                        text: slotCell.time + "\n" + (slotCell.canBook ? qsTr("余 %1 个").arg(slotCell.seatsHere)
                                                     : (slotCell.request ? qsTr("可申请") : qsTr("已约满")))
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
                text: Booking.days.count === 0
                    ? qsTr("现在没有可以预约的时段：本机还没有从平台取得预约名额，或近几天都已约满。请稍后再试，或直接到窗口办理。")
                    : qsTr("这一天已没有可以预约的时段，请选择其他日期。")
                color: Theme.muted
            }
        }
    }
}
