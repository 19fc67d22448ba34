pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin

// An on-screen keyboard of Latin letters for pinyin and initials (a touch kiosk has no keyboard).
ColumnLayout {
    id: keyboard
    signal typed(string letter)
    signal erase()
    signal clear()

    // Keys stay at least 64 px; in elder mode the letters grow but the keys do not, so the
    // whole keyboard still fits under the results (and a two-line "not found" at 1024x768).
    readonly property int keyHeight: 64
    /** The keys' own touch target (README: on-screen keyboard keys 64 px), held by the tours. */
    readonly property int touchTarget: keyboard.keyHeight

    spacing: 4
    Repeater {
        model: ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
        delegate: RowLayout {
            id: keyRow
            required property string modelData
            Layout.alignment: Qt.AlignHCenter
            spacing: 4
            Repeater {
                model: keyRow.modelData.split("")
                delegate: KioskButton {
                    required property string modelData
                    text: modelData
                    implicitWidth: keyboard.keyHeight * 1.15
                    implicitHeight: keyboard.keyHeight
                    fontSize: Theme.heading
                    onClicked: keyboard.typed(modelData)
                }
            }
        }
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: 4
        KioskButton {
            text: qsTr("空格")
            // Mongolian labels stand in columns: as tall as the word needs.
            Layout.preferredHeight: vertical ? implicitHeight : keyboard.keyHeight
            implicitWidth: Theme.touch * 4
            onClicked: keyboard.typed(" ")
        }
        KioskButton {
            objectName: "eraseKey"
            icon: "⌫"
            text: qsTr("删除")
            // Mongolian labels stand in columns: as tall as the word needs.
            Layout.preferredHeight: vertical ? implicitHeight : keyboard.keyHeight
            implicitWidth: Theme.touch * 2.5
            onClicked: keyboard.erase()
        }
        KioskButton {
            objectName: "clearKey"
            text: qsTr("清空")
            // Mongolian labels stand in columns: as tall as the word needs.
            Layout.preferredHeight: vertical ? implicitHeight : keyboard.keyHeight
            implicitWidth: Theme.touch * 2
            onClicked: keyboard.clear()
        }
    }
}
