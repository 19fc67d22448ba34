import QtQuick
import QtQuick.Controls.Basic
import JiuJin

// A large, high-contrast touch button (at least Theme.touch high).
Button {
    id: control
    property bool primary: false

    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 24)
    implicitWidth: Math.max(Theme.touch * 2, contentItem.implicitWidth + 48)
    font.pixelSize: Theme.body
    font.family: Theme.fontFamily

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary ? Theme.accentText : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.primary ? Theme.accent : Theme.surface
        border.color: control.primary ? Theme.accent : Theme.border
        border.width: Theme.borderWidth
        opacity: control.enabled ? (control.down ? 0.75 : 1) : 0.4
    }
}
