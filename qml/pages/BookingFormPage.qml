pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 预约 step 2: who is coming: name and mobile phone, typed or read from the ID card.
Rectangle {
    id: page
    Keys.forwardTo: [form.keyboard] // typing on a keyboard fills the field being edited
    color: Theme.background
    signal next()

    property bool triedNext: false
    readonly property bool mongolian: Session.language === "mn"

    function tryNext() {
        Booking.fields.finishEditing()
        page.triedNext = true
        if (Booking.checkForm()) {
            page.triedNext = false
            page.next()
        } else {
            form.showFirstError()
        }
    }

    // Mongolian mode (docs/DESIGN.md §9e): what to do in columns on the left, the form (FormView,
    // shared with the apply flow, which lays out its own fields) in the middle, and what happens to
    // the phone number and 下一步 as columns on the right. While a box is filled the keyboard needs
    // the width: the columns step aside, as the Chinese heading does.
    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        MongolianStrip {
            id: leftStrip
            objectName: "mongolianBookingForm"
            visible: page.mongolian && !form.editing
            Layout.fillHeight: true
            Layout.preferredWidth: Math.min(leftStrip.flickable.contentWidth, page.width * 0.3)
            MongolianBlock {
                heading: true
                text: qsTr("预约人信息")
            }
            MongolianBlock {
                // The chosen day and time (the date upright Han, the time in digits).
                text: Booking.slotText
            }
            MongolianBlock {
                objectName: "rescheduleNoteMongolian"
                visible: Booking.rescheduling.length > 0
                text: qsTr("改约需要重新填写姓名和手机号：原预约的个人信息已加密，本机读不出来。")
                color: Theme.secondary
            }
            MongolianBlock {
                objectName: "bookingCardBannerMongolian"
                visible: Booking.cardReaderAvailable || Booking.cardRead
                text: Booking.cardRead ? qsTr("✓ 已从身份证读取姓名和身份证号，请再填写手机号码")
                                       : qsTr("可以把身份证放在读卡区，姓名和身份证号会自动填好；也可以点下面的方框自己填写")
                color: Booking.cardRead ? Theme.good : Theme.text
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            Heading {
                visible: !form.editing && !page.mongolian
                text: qsTr("预约人信息：%1").arg(Booking.slotText)
            }
            Banner {
                objectName: "rescheduleNote"
                visible: Booking.rescheduling.length > 0 && !form.editing && !page.mongolian
                tint: Theme.secondary
                text: qsTr("改约需要重新填写姓名和手机号：原预约的个人信息已加密，本机读不出来。")
            }
            Banner {
                objectName: "bookingCardBanner"
                visible: (Booking.cardReaderAvailable || Booking.cardRead) && !form.editing && !page.mongolian
                tint: Booking.cardRead ? Theme.good : Theme.secondary
                text: Booking.cardRead ? qsTr("✓ 已从身份证读取姓名和身份证号，请再填写手机号码")
                                       : qsTr("可以把身份证放在读卡区，姓名和身份证号会自动填好；也可以点下面的方框自己填写")
            }

            FormView {
                id: form
                Layout.fillWidth: true
                Layout.fillHeight: true
                form: Booking.fields
                listName: "bookingFieldList"
                keyboardName: "bookingKeyboard"
            }

            ColumnLayout {
                Layout.fillWidth: true
                visible: !form.editing && !page.mongolian
                spacing: 8
                BodyText {
                    objectName: "bookingFormHint"
                    visible: page.triedNext && !Booking.fields.complete
                    text: qsTr("还有内容需要填写或改正，请看红字提示")
                    font.bold: true
                    color: Theme.error
                }
                BodyText {
                    text: qsTr("手机号码加密后只交给办理部门，只用于到号提醒和变更通知。")
                    font.pixelSize: Theme.small
                    color: Theme.muted
                }
                KioskButton {
                    objectName: "bookingFormNext"
                    Layout.fillWidth: true
                    primary: true
                    fontSize: Theme.heading
                    text: qsTr("下一步：核对预约")
                    onClicked: page.tryNext()
                }
            }
        }

        Row {
            visible: page.mongolian && !form.editing
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            spacing: Theme.gap
            MongolianBlock {
                objectName: "bookingFormHintMongolian"
                visible: page.triedNext && !Booking.fields.complete
                text: qsTr("还有内容需要填写或改正，请看红字提示")
                color: Theme.error
            }
            MongolianBlock {
                text: qsTr("手机号码加密后只交给办理部门，只用于到号提醒和变更通知。")
                pixelSize: Theme.small
                color: Theme.muted
            }
            KioskButton {
                objectName: "bookingFormNextMongolian"
                height: parent.height
                verticalLength: height - 12
                primary: true
                fontSize: Theme.heading
                text: qsTr("下一步：核对预约")
                onClicked: page.tryNext()
            }
        }
    }
}
