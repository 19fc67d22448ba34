import QtQuick
import JiuJin

// A page's text in Mongolian mode: one strip of columns read left to right, scrolling sideways,
// with a bar under it that shows where in the strip the citizen is. Its children stand in a Row
// as high as the strip (MongolianBlock fills that height and wraps into columns).
Item {
    id: root
    default property alias content: columns.data
    /** The height a column may run. */
    readonly property real room: Math.max(0, root.height - 20 - 2 * Theme.gap)
    property alias flickable: strip
    /** What the strip stands on: its right edge fades into it while columns run on beyond. */
    property color fadeColor: Theme.background

    Flickable {
        id: strip
        anchors.fill: parent
        anchors.bottomMargin: 20 // the bar
        clip: true
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        contentWidth: columns.implicitWidth
        contentHeight: height

        Row {
            id: columns
            y: Theme.gap
            height: root.room
            spacing: Theme.margin
        }
    }
    Rectangle {
        // A column the right edge cuts fades out there instead of stopping mid-letter, and so
        // says that the strip runs on (the first screen of the review and the guide).
        objectName: "stripFade"
        anchors.right: strip.right
        anchors.top: strip.top
        anchors.bottom: strip.bottom
        width: Theme.margin * 2
        visible: strip.contentX + strip.width < strip.contentWidth - 1
        // Drawn by the gradient alone. The fade is the strip's edge, not a box over its text:
        // what it dims scrolls into view, as what the edge cuts does (the screens check takes a
        // Rectangle's colour for a box that hides text).
        color: "transparent"
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: Qt.rgba(root.fadeColor.r, root.fadeColor.g, root.fadeColor.b, 0) }
            GradientStop { position: 0.6; color: root.fadeColor }
            GradientStop { position: 1; color: root.fadeColor }
        }
    }
    Rectangle {
        // The columns run on to the right.
        anchors.left: strip.left
        anchors.right: strip.right
        anchors.top: strip.bottom
        anchors.topMargin: 4
        height: 12
        radius: 6
        color: Theme.badge
        visible: strip.contentWidth > strip.width
        Rectangle {
            height: parent.height
            radius: 6
            color: Theme.muted
            x: strip.visibleArea.xPosition * parent.width
            width: Math.max(24, strip.visibleArea.widthRatio * parent.width)
        }
    }
}
