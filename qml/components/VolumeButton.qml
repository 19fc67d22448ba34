import QtQuick
import JiuJin
import JiuJin.Ui

// Voice on/off and loudness in one small button on the top bar (声音, and the level under it):
// each tap goes 小 → 中 → 大 → 关 → 小.
BaseButton {
    id: control
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, column.implicitWidth + 16)
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    opacity: control.down ? 0.75 : 1

    readonly property string levelName: !Voice.enabled ? qsTr("关") : (Voice.volume === 1 ? qsTr("小") : (Voice.volume === 2 ? qsTr("中") : qsTr("大")))
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("声音")
    Accessible.description: control.levelName

    onClicked: {
        if (!Voice.enabled) {
            Voice.enabled = true
            Voice.volume = 1
        } else if (Voice.volume < 3) {
            Voice.volume = Voice.volume + 1
        } else {
            Voice.enabled = false
        }
    }

    Column {
        id: column
        anchors.centerIn: parent
        spacing: 0
        StaticText {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("声音")
            font.pixelSize: Theme.small
            font.family: Theme.fontFamily
            color: Theme.text
        }
        StaticText {
            anchors.horizontalCenter: parent.horizontalCenter
            text: control.levelName
            font.pixelSize: Theme.small
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
        }
    }
}
