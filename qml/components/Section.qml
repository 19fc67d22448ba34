import QtQuick
import QtQuick.Layouts
import JiuJin

// A titled card of the guide page; its children go below the title.
Rectangle {
    id: section
    property string title
    default property alias content: column.data

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 8
        StaticText {
            // A heading under the screen's own (the guide's 受理条件, 申请材料...).
            Accessible.role: Accessible.Heading
            text: section.title
            font.pixelSize: Theme.heading
            font.bold: true
            font.family: Theme.fontFamily
            color: Theme.accent
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
    }
}
