import QtQuick
import JiuJin

// A large, high-contrast touch button (at least Theme.touch high), announced as a button to
// assistive technology.
Rectangle {
    id: control
    property string text
    property bool primary: false
    property int fontSize: Theme.body
    readonly property bool down: tap.pressed
    signal clicked()

    implicitHeight: Math.max(Theme.touch, label.implicitHeight + 24)
    implicitWidth: Math.max(Theme.touch * 2, label.implicitWidth + 48)
    radius: Theme.radius
    color: control.primary ? Theme.accent : Theme.surface
    border.color: control.primary ? Theme.accent : Theme.border
    border.width: Theme.borderWidth
    opacity: control.enabled ? (control.down ? 0.75 : 1) : 0.4

    Accessible.role: Accessible.Button
    Accessible.name: control.text
    Accessible.onPressAction: control.clicked()

    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        text: control.text
        font.pixelSize: control.fontSize
        font.family: Theme.fontFamily
        color: control.primary ? Theme.accentText : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    TapHandler {
        id: tap
        onTapped: control.clicked()
    }
}
