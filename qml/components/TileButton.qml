import QtQuick
import QtQuick.Layouts
import JiuJin

// A big home-screen tile: a title and one line of explanation.
Rectangle {
    id: tile
    property string text
    property string subtitle
    signal clicked()

    implicitHeight: Theme.touch * 3
    radius: Theme.radius * 2
    color: tap.pressed ? Qt.darker(Theme.accent, 1.2) : Theme.accent
    border.color: Theme.border
    border.width: Theme.elder ? 3 : 0

    Accessible.role: Accessible.Button
    Accessible.name: tile.text
    Accessible.description: tile.subtitle
    Accessible.onPressAction: tile.clicked()

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.gap * 2
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: tile.text
            font.pixelSize: Theme.huge * 1.2
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
    TapHandler {
        id: tap
        onTapped: tile.clicked()
    }
}
