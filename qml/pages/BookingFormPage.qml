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

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Heading {
            visible: !form.editing
            text: qsTr("预约人信息：%1").arg(Booking.slotText)
        }
        Banner {
            objectName: "rescheduleNote"
            visible: Booking.rescheduling.length > 0 && !form.editing
            tint: Theme.secondary
            text: qsTr("改约需要重新填写姓名和手机号：原预约的个人信息已加密，本机读不出来。")
        }
        Banner {
            objectName: "bookingCardBanner"
            visible: (Booking.cardReaderAvailable || Booking.cardRead) && !form.editing
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
            visible: !form.editing
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
}
