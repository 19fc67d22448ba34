pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin

// Big number keys for receipt numbers, staff numbers and PINs, with erase and one action key;
// digit, Backspace, Delete and Enter keys of a keyboard or number pad do the same.
GridLayout {
    id: pad
    property string actionText: qsTr("确定")
    property bool actionEnabled: true
    /** The erase and clear keys' words; a Mongolian page shows their signs only (⌫, ✕) and names
     *  them for screen readers (a word in a key this low would lie on its side). */
    property string eraseText: qsTr("删除")
    property string clearText: qsTr("清空")
    property string eraseName: pad.eraseText
    property string clearName: pad.clearText
    /** The action key under the digits; a Mongolian page puts a tall one beside the pad. */
    property bool showAction: true
    signal typed(string digit)
    signal backspace()
    signal cleared()
    signal accepted()

    readonly property int keyWidth: Math.round(Theme.touch * 1.7)
    /** A page short of room may lower it to Theme.touch, never below: the tours fail on a key
     *  under the touch target (TouchTargetCheck). */
    property int keyHeight: Math.round(Theme.touch * 1.1)

    // A keyboard or USB number pad types here too: pages forward their keys (Keys.forwardTo).
    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9)
            pad.typed(String.fromCharCode(event.key))
        else if (event.key === Qt.Key_Backspace)
            pad.backspace()
        else if (event.key === Qt.Key_Delete)
            pad.cleared()
        else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && pad.actionEnabled)
            pad.accepted()
        else
            return
        event.accepted = true
    }

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
    // The erase key's sign stands before its word while both fit one line of the key; a longer
    // word (English in elder mode) stands alone rather than wrap below the sign and out of a
    // low key.
    TextMetrics {
        id: eraseLine
        font.pixelSize: Theme.body
        font.family: Theme.fontFamily
        text: "⌫ " + pad.eraseText
    }
    KioskButton {
        objectName: "digitErase"
        icon: pad.eraseText.length === 0 || eraseLine.advanceWidth <= pad.keyWidth - 24 ? "⌫" : ""
        text: pad.eraseText
        accessibleName: pad.eraseName
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
        icon: pad.clearText.length > 0 ? "" : "✕"
        text: pad.clearText
        accessibleName: pad.clearName
        implicitWidth: pad.keyWidth
        implicitHeight: pad.keyHeight
        onClicked: pad.cleared()
    }
    KioskButton {
        objectName: "digitAction"
        visible: pad.showAction
        Layout.columnSpan: 3
        Layout.fillWidth: true
        primary: true
        enabled: pad.actionEnabled
        text: pad.actionText
        implicitHeight: pad.keyHeight
        onClicked: pad.accepted()
    }
}
