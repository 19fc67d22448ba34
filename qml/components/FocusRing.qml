import QtQuick
import JiuJin

// The keyboard focus ring of a control: thick, two-tone (Theme.focus outside, Theme.focusHalo
// inside) so it shows on the page, on the top bar and on a filled button, in both modes.
Rectangle {
    id: ring
    required property Item target

    anchors.fill: parent
    anchors.margins: -(Theme.focusWidth + 2)
    visible: ring.target.activeFocus
    radius: Theme.radius + Theme.focusWidth
    color: "transparent"
    border.color: Theme.focus
    border.width: Theme.focusWidth
    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusWidth
        radius: Theme.radius
        color: "transparent"
        border.color: Theme.focusHalo
        border.width: 2
    }
}
