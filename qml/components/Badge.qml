import QtQuick
import JiuJin

// A small mark beside a material: 复印件 ×2, 需签字, 可容缺, 可告知承诺 ...
Rectangle {
    id: badge
    property string text
    property color tint: Theme.text

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 8
    radius: 6
    color: Theme.badge
    border.color: badge.tint
    border.width: 1
    StaticText {
        id: label
        anchors.centerIn: parent
        text: badge.text
        font.pixelSize: Theme.small
        font.family: Theme.fontFamily
        color: badge.tint
    }
}
