pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin

// Big number keys for receipt numbers, staff numbers and PINs, with erase and one action key.
GridLayout {
    id: pad
    property string actionText: qsTr("确定")
    property bool actionEnabled: true
    signal typed(string digit)
    signal backspace()
    signal cleared()
    signal accepted()

    readonly property int keyWidth: Math.round(Theme.touch * 1.7)
    /** A page short of room (elder mode beside a list) may lower it, never below a touch target. */
    property int keyHeight: Math.round(Theme.touch * 1.1)

    columns: 3
    rowSpacing: 8
    columnSpacing: 8
    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        delegate: KioskButton {
            required property string modelData
            objectName: "digit_" + modelData
            text: modelData
            fontSize: Theme.title
            implicitWidth: pad.keyWidth
            implicitHeight: pad.keyHeight
            onClicked: pad.typed(modelData)
        }
    }
    KioskButton {
        objectName: "digitErase"
        text: qsTr("⌫ 删除")
        implicitWidth: pad.keyWidth
        implicitHeight: pad.keyHeight
        onClicked: pad.backspace()
    }
    KioskButton {
        objectName: "digit_0"
        text: "0"
        fontSize: Theme.title
        implicitWidth: pad.keyWidth
        implicitHeight: pad.keyHeight
        onClicked: pad.typed("0")
    }
    KioskButton {
        objectName: "digitClear"
        text: qsTr("清空")
        implicitWidth: pad.keyWidth
        implicitHeight: pad.keyHeight
        onClicked: pad.cleared()
    }
    KioskButton {
        objectName: "digitAction"
        Layout.columnSpan: 3
        Layout.fillWidth: true
        primary: true
        enabled: pad.actionEnabled
        text: pad.actionText
        implicitHeight: pad.keyHeight
        onClicked: pad.accepted()
    }
}
