pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Step 1 of 我要办: the application form, filled from the ID card or with the on-screen keyboard.
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
        if (type === "number" || type === "phone" || type === "date")
            return "digits"
        if (type === "id_number")
            return "id"
        return "chinese"
    }
    // Only the digits are typed; the dashes of YYYY-MM-DD are put in for the citizen.
    function asDate(digits: string): string {
        const d = digits.replace(/\D/g, "").slice(0, 8)
        return d.slice(0, 4) + (d.length > 4 ? "-" + d.slice(4, 6) : "") + (d.length > 6 ? "-" + d.slice(6, 8) : "")
    }
    function edit(row: int, type: string, value: string) {
        keyboard.clear() // letters composed for another field must not land in this one
        page.editingRow = row
        page.editingType = type
        page.editingValue = value
        fieldList.positionViewAtIndex(row, ListView.Contain)
    }
    function put(value: string) {
        page.editingValue = page.editingType === "date" ? page.asDate(value) : value
        Apply.fields.setValue(page.editingRow, page.editingValue)
    }
    function typeText(text: string) {
        if (page.editingRow >= 0)
            page.put(page.editingValue + text)
    }
    function erase() {
        if (page.editingRow < 0)
            return
        // Array.from keeps a character outside the BMP whole.
        const chars = Array.from(page.editingValue)
        chars.pop()
        let value = chars.join("")
        if (page.editingType === "date")
            value = value.replace(/-$/, "")
        page.put(value)
    }
    function finishEditing() {
        keyboard.clear()
        page.editingRow = -1
    }
    function tryNext() {
        page.finishEditing()
        page.triedNext = true
        if (Apply.checkForm()) {
            page.triedNext = false
            page.next()
        } else if (Apply.fields.firstErrorRow >= 0) {
            fieldList.positionViewAtIndex(Apply.fields.firstErrorRow, ListView.Beginning)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Heading {
            visible: page.editingRow < 0
            text: qsTr("第1步（共4步）：填写《%1》申请表").arg(Apply.itemName)
        }
        Banner {
            objectName: "onBehalfBanner"
            visible: Apply.onBehalf && page.editingRow < 0
            tint: Theme.secondary
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                BodyText {
                    text: qsTr("工作人员代办：%1。申请人如何授权？").arg(Staff.displayName)
                    font.bold: true
                    color: Theme.secondary
                }
                KioskButton {
                    objectName: "auth_in_person"
                    checkable: true
                    exclusive: true
                    checked: Apply.authorisation === "in_person"
                    text: qsTr("本人在场授权")
                    primary: Apply.authorisation === "in_person"
                    onClicked: Apply.authorisation = "in_person"
                }
                KioskButton {
                    objectName: "auth_letter"
                    checkable: true
                    exclusive: true
                    checked: Apply.authorisation === "letter"
                    text: qsTr("委托书")
                    primary: Apply.authorisation === "letter"
                    onClicked: Apply.authorisation = "letter"
                }
            }
            BodyText {
                visible: Apply.authorisation === "letter"
                text: qsTr("请在材料中上传委托书，并核对委托人和受托人的身份证件。")
                font.pixelSize: Theme.small
                color: Theme.muted
            }
        }
        Banner {
            objectName: "cardBanner"
            visible: (Apply.cardReaderAvailable || Apply.cardRead) && page.editingRow < 0
            tint: Apply.cardRead ? Theme.good : Theme.secondary
            text: Apply.cardRead ? qsTr("✓ 已从身份证读取，请核对下面带“读自身份证”的内容")
                                 : qsTr("请将身份证放在读卡区，姓名、身份证号和地址会自动填好；也可以点下面的方框自己填写")
        }
        Banner {
            objectName: "deviceMessage"
            visible: Apply.deviceMessage.length > 0 && page.editingRow < 0
            tint: Theme.warning
            text: Apply.deviceMessage
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ListView {
                id: fieldList
                objectName: "fieldList"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                spacing: Theme.gap
                // A form has a handful of fields: keep them all built so nothing jumps while scrolling
                // and Tab reaches every one.
                cacheBuffer: Theme.listCacheBuffer
                boundsBehavior: Flickable.StopAtBounds
                model: Apply.fields
                // The keyboard takes room from the list: keep the field being filled in sight.
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

        // The keyboard replaces the 下一步 row while a box is being filled. Nested layouts fill
        // height by default: this one must not, or it takes the room of the field being filled.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: false
            visible: page.editingRow >= 0
            spacing: 8
            // Dates need a word on the format; elsewhere the keyboard's own 确定 ends the typing,
            // so the field being filled keeps as much room as possible.
            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: false
                visible: page.editingType === "date"
                spacing: Theme.gap
                BodyText {
                    text: qsTr("请输入8位数字：年4位、月2位、日2位")
                    color: Theme.muted
                }
                KioskButton {
                    objectName: "editDone"
                    primary: true
                    text: qsTr("完成")
                    onClicked: page.finishEditing()
                }
            }
            TextKeyboard {
                id: keyboard
                objectName: "formKeyboard"
                Layout.fillWidth: true
                Layout.preferredHeight: keyboard.implicitHeight
                mode: page.keyboardMode(page.editingType)
                onTyped: (text) => page.typeText(text)
                onBackspace: page.erase()
                onDone: page.finishEditing()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: page.editingRow < 0
            spacing: 8
            BodyText {
                objectName: "formHint"
                visible: page.triedNext && !Apply.fields.complete
                text: qsTr("还有内容需要填写或改正，请看红字提示")
                font.bold: true
                color: Theme.error
            }
            KioskButton {
                objectName: "formNext"
                Layout.fillWidth: true
                primary: true
                fontSize: Theme.heading
                text: qsTr("下一步：提供材料")
                onClicked: page.tryNext()
            }
        }
    }
}
