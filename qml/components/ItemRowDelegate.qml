import QtQuick
import QtQuick.Layouts
import JiuJin

// One item in a list: its name, and where to go when this service point does not handle it.
BaseButton {
    id: row
    required property string code
    required property string name
    required property bool handledHere
    required property string where
    signal chosen(string code)

    implicitHeight: Math.max(Theme.touch, content.implicitHeight + 24)
    radius: Theme.radius
    color: row.down ? Theme.badge : Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    Accessible.name: row.name
    Accessible.description: where.text
    onClicked: row.chosen(row.code)

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 12
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
            id: where
            text: row.handledHere ? qsTr("✓ 本服务点可办") : row.where
            font.pixelSize: Theme.small
            font.family: Theme.fontFamily
            color: row.handledHere ? Theme.good : Theme.warning
            wrapMode: Text.WordWrap
        }
    }
}
