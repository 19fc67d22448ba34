import QtQuick
import QtQuick.Layouts
import JiuJin

// A full-width notice box in one colour: a device hint, a 代办 banner or an error to act on.
Rectangle {
    id: banner
    property string text
    property color tint: Theme.secondary
    property bool strong: false
    default property alias content: column.data

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: banner.strong ? banner.tint : Theme.surface
    border.color: banner.tint
    border.width: 3

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 8
        BodyText {
            text: banner.text
            visible: banner.text.length > 0
            font.bold: true
            color: banner.strong ? Theme.accentText : banner.tint
        }
    }
}
