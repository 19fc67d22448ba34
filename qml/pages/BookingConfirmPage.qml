import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 预约 step 3: the booking in full (name and phone masked) before it is made.
Rectangle {
    id: page
    color: Theme.background
    signal confirmed()

    readonly property bool mongolian: Session.language === "mn"
    function confirmLabel(): string {
        return Booking.asRequest ? qsTr("提交预约申请（联网后确认）")
            : (Booking.rescheduling.length > 0 ? qsTr("确认改约") : qsTr("确认预约"))
    }
    function confirm() {
        if (Booking.confirm())
            page.confirmed()
    }

    // Mongolian mode: a label in a column, then its value: in columns (the time, the place and the
    // masked name: Chinese upright), or a row of digits (phone, ID and ticket numbers, never
    // turned, as the citizen typed them).
    component MongolianLine: Row {
        id: mnLine
        property string label
        property string value
        property bool digits: false
        property string name
        height: parent ? parent.height : 0
        spacing: 8
        VerticalText {
            height: parent.height
            width: implicitWidth
            columnLength: height
            text: mnLine.label
            pixelSize: Theme.body
            color: Theme.muted
        }
        VerticalText {
            objectName: mnLine.digits ? "" : mnLine.name
            visible: !mnLine.digits
            height: parent.height
            width: implicitWidth
            columnLength: height
            text: mnLine.value
            pixelSize: Theme.heading
            color: Theme.text
        }
        StaticText {
            objectName: mnLine.digits ? mnLine.name : ""
            visible: mnLine.digits
            text: mnLine.value
            font.pixelSize: Theme.heading
            font.bold: true
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.NoWrap
        }
    }

    component Line: RowLayout {
        id: line
        property string label
        property string value
        property string name
        Layout.fillWidth: true
        spacing: Theme.gap
        StaticText {
            Layout.preferredWidth: Theme.elder ? 260 : 190
            Layout.alignment: Qt.AlignTop
            text: line.label
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.muted
            wrapMode: Text.WordWrap
        }
        StaticText {
            objectName: line.name
            Layout.fillWidth: true
            text: line.value
            font.pixelSize: Theme.heading
            font.bold: true
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }

    // Mongolian mode (docs/DESIGN.md §9e): the booking in one strip of columns read left to right
    // (what to check, the item in Mongolian then Chinese, each line); the confirm button a tall
    // column on the right, always in view.
    RowLayout {
        objectName: "mongolianBookingConfirm"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin
        MongolianStrip {
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                heading: true
                text: Booking.asRequest ? qsTr("请核对预约申请") : qsTr("请核对预约信息")
            }
            MongolianBlock {
                objectName: "confirmRequestNoteMongolian"
                visible: Booking.asRequest
                text: qsTr("这是预约申请：本机现在不能当场确认，联网后由平台确认是否约上。请凭预约号在“查进度”查看结果。")
                color: Theme.warning
            }
            MongolianBlock {
                text: Booking.mongolianItemName.length > 0 ? Booking.mongolianItemName : Booking.itemName
                pixelSize: Theme.heading
            }
            MongolianBlock {
                visible: Booking.mongolianItemName.length > 0
                text: Booking.itemName
            }
            MongolianLine { name: "confirmTimeMongolian"; label: qsTr("预约时间"); value: Booking.slotText }
            MongolianLine { label: qsTr("办理地点"); value: Booking.placeName + (Booking.placeAddress.length > 0 ? "\n" + Booking.placeAddress : "") }
            MongolianLine { name: "confirmNameMongolian"; label: qsTr("预约人"); value: Booking.maskedName }
            MongolianLine { name: "confirmPhoneMongolian"; digits: true; label: qsTr("手机号码"); value: Booking.maskedPhone }
            MongolianLine { visible: Booking.maskedIdNumber.length > 0; digits: true; label: qsTr("身份证号码"); value: Booking.maskedIdNumber }
            MongolianLine { visible: Booking.rescheduling.length > 0; digits: true; label: qsTr("原预约号"); value: Booking.rescheduling }
            MongolianBlock {
                visible: Booking.rescheduling.length > 0
                text: qsTr("确认后原预约自动取消，名额让给其他群众。")
                color: Theme.muted
            }
            MongolianBlock {
                objectName: "confirmErrorMongolian"
                visible: Booking.error.length > 0
                text: Booking.error
                color: Theme.error
            }
        }
        KioskButton {
            objectName: "confirmBookingMongolian"
            Layout.fillHeight: true
            Layout.preferredWidth: Math.max(Math.round(Theme.touch * 1.4), implicitWidth)
            verticalLength: height - 12
            primary: true
            fontSize: Theme.heading
            text: page.confirmLabel()
            onClicked: page.confirm()
        }
    }

    ColumnLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Heading {
            text: Booking.asRequest ? qsTr("请核对预约申请") : qsTr("请核对预约信息")
        }
        // Scrolls when the details are taller than the screen (elder mode, small screens); the
        // confirm button stays in view below.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                id: flick
                objectName: "confirmFlick"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                contentHeight: details.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: details
                    width: flick.width
                    spacing: Theme.gap
                    Banner {
                        objectName: "confirmRequestNote"
                        visible: Booking.asRequest
                        tint: Theme.warning
                        text: qsTr("这是预约申请：本机现在不能当场确认，联网后由平台确认是否约上。请凭预约号在“查进度”查看结果。")
                    }
                    Section {
                        title: Booking.itemName
                        Line { name: "confirmTime"; label: qsTr("预约时间"); value: Booking.slotText }
                        Line { label: qsTr("办理地点"); value: Booking.placeName + (Booking.placeAddress.length > 0 ? "\n" + Booking.placeAddress : "") }
                        Line { name: "confirmName"; label: qsTr("预约人"); value: Booking.maskedName }
                        Line { name: "confirmPhone"; label: qsTr("手机号码"); value: Booking.maskedPhone }
                        Line { visible: Booking.maskedIdNumber.length > 0; label: qsTr("身份证号码"); value: Booking.maskedIdNumber }
                        Line { visible: Booking.rescheduling.length > 0; label: qsTr("原预约号"); value: Booking.rescheduling }
                    }
                    BodyText {
                        visible: Booking.rescheduling.length > 0
                        text: qsTr("确认后原预约自动取消，名额让给其他群众。")
                        color: Theme.muted
                    }
                    BodyText {
                        objectName: "confirmError"
                        visible: Booking.error.length > 0
                        text: Booking.error
                        font.bold: true
                        color: Theme.error
                    }
                }
            }
            ScrollHint { flickable: flick }
        }
        KioskButton {
            objectName: "confirmBooking"
            Layout.fillWidth: true
            primary: true
            fontSize: Theme.heading
            text: page.confirmLabel()
            onClicked: page.confirm()
        }
    }
}
