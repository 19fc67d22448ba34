import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import JiuJin

// A big home-screen tile: a title and one line of explanation.
Button {
    id: tile
    property string subtitle

    implicitHeight: Theme.touch * 3
    font.family: Theme.fontFamily

    contentItem: ColumnLayout {
        spacing: Theme.gap * 2
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: tile.text
            font.pixelSize: Theme.huge * 1.2
            font.bold: true
            font.family: Theme.fontFamily
            color: Theme.accentText
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: tile.subtitle
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.accentText
        }
    }
    background: Rectangle {
        radius: Theme.radius * 2
        color: tile.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent
        border.color: Theme.border
        border.width: Theme.elder ? 3 : 0
    }
}
