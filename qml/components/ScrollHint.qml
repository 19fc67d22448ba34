import QtQuick
import JiuJin

// A thick bar at the right edge showing where in a long list or guide the citizen is.
Rectangle {
    id: hint
    required property Flickable flickable

    anchors.top: flickable.top
    anchors.bottom: flickable.bottom
    anchors.left: flickable.right
    anchors.leftMargin: 4
    width: 12
    radius: 6
    color: Theme.badge
    visible: flickable.contentHeight > flickable.height

    Rectangle {
        width: parent.width
        radius: 6
        color: Theme.muted
        y: hint.flickable.visibleArea.yPosition * hint.height
        height: Math.max(24, hint.flickable.visibleArea.heightRatio * hint.height)
    }
}
