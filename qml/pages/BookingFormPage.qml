pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 预约 step 2: who is coming: name and mobile phone, typed or read from the ID card.
Rectangle {
    id: page
    Keys.forwardTo: [keyboard] // typing on a keyboard fills the field being edited
    color: Theme.background
    signal next()

    property int editingRow: -1
    property string editingType
    property string editingValue
    property bool triedNext: false

    function keyboardMode(type: string): string {
        if (type === "phone")
            return "digits"
        if (type === "id_number")
            return "id"
        return "chinese"
    }
    function edit(row: int, type: string, value: string) {
        keyboard.clear()
        page.editingRow = row
        page.editingType = type
        page.editingValue = value
        fieldList.positionViewAtIndex(row, ListView.Contain)
    }
    function put(value: string) {
        page.editingValue = value
        Booking.fields.setValue(page.editingRow, value)
    }
    function typeText(text: string) {
        if (page.editingRow >= 0)
            page.put(page.editingValue + text)
    }
    function erase() {
        if (page.editingRow < 0)
            return
        const chars = Array.from(page.editingValue)
        chars.pop()
        page.put(chars.join(""))
    }
    function finishEditing() {
        keyboard.clear()
        page.editingRow = -1
    }
    function tryNext() {
        page.finishEditing()
        page.triedNext = true
        if (Booking.checkForm()) {
            page.triedNext = false
            page.next()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Heading {
            visible: page.editingRow < 0
            text: qsTr("预约人信息：%1").arg(Booking.slotText)
        }
        Banner {
            objectName: "rescheduleNote"
            visible: Booking.rescheduling.length > 0 && page.editingRow < 0
            tint: Theme.secondary
            text: qsTr("改约需要重新填写姓名和手机号：原预约的个人信息已加密，本机读不出来。")
        }
        Banner {
            objectName: "bookingCardBanner"
            visible: (Booking.cardReaderAvailable || Booking.cardRead) && page.editingRow < 0
            tint: Booking.cardRead ? Theme.good : Theme.secondary
            text: Booking.cardRead ? qsTr("✓ 已从身份证读取姓名和身份证号，请再填写手机号码")
                                   : qsTr("可以把身份证放在读卡区，姓名和身份证号会自动填好；也可以点下面的方框自己填写")
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ListView {
                id: fieldList
                objectName: "bookingFieldList"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                spacing: Theme.gap
                cacheBuffer: Theme.listCacheBuffer
                boundsBehavior: Flickable.StopAtBounds
                model: Booking.fields
                onHeightChanged: {
                    if (page.editingRow >= 0)
                        fieldList.positionViewAtIndex(page.editingRow, ListView.Contain)
                }
                delegate: FieldDelegate {
                    id: fieldDelegate
                    width: ListView.view.width
                    editing: fieldDelegate.index === page.editingRow
                    onEditRequested: (row, type, value) => page.edit(row, type, value)
                }
            }
            ScrollHint { flickable: fieldList }
        }

        TextKeyboard {
            id: keyboard
            objectName: "bookingKeyboard"
            Layout.fillWidth: true
            Layout.fillHeight: false
            Layout.preferredHeight: keyboard.implicitHeight
            visible: page.editingRow >= 0
            mode: page.keyboardMode(page.editingType)
            onTyped: (text) => page.typeText(text)
            onBackspace: page.erase()
            onDone: page.finishEditing()
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: page.editingRow < 0
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
