import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import JiuJin

// One item in a list: its name, and where to go when this service point does not handle it.
Button {
    id: row
    required property string code
    required property string name
    required property bool handledHere
    required property string where
    signal chosen(string code)

    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 24)
    font.family: Theme.fontFamily
    onClicked: row.chosen(row.code)

    contentItem: ColumnLayout {
        spacing: 4
        Text {
            Layout.fillWidth: true
            text: row.name
            font.pixelSize: Theme.body
            font.bold: row.handledHere
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: row.handledHere ? qsTr("✓ 本服务点可办") : row.where
            font.pixelSize: Theme.small
            font.family: Theme.fontFamily
            color: row.handledHere ? Theme.good : Theme.warning
            wrapMode: Text.WordWrap
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.badge : Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }
}
