import QtQuick
import JiuJin

// A big home-screen tile: a title and one line of explanation. The title is as large as the
// tile allows (down to Theme.title, then it wraps); the explanation is left out when the tile is
// too low for it (elder mode, small screens) and stays the accessible description.
BaseButton {
    id: tile
    property string text
    property string subtitle

    readonly property int innerWidth: Math.max(0, tile.width - 2 * Theme.gap)
    readonly property int innerHeight: Math.max(0, tile.height - 2 * Theme.gap)
    readonly property int largest: Math.round(Theme.huge * 1.2)
    readonly property bool showSubtitle: tile.subtitle.length > 0
        && title.implicitHeight + Theme.gap + explanation.implicitHeight <= tile.innerHeight

    implicitHeight: Theme.touch * 3
    radius: Theme.radius * 2
    color: tile.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent
    border.color: Theme.border
    border.width: Theme.elder ? 3 : 0

    Accessible.name: tile.text
    Accessible.description: tile.subtitle

    TextMetrics {
        id: oneLine
        font.pixelSize: tile.largest
        font.family: Theme.fontFamily
        text: tile.text
    }

    Column {
        anchors.centerIn: parent
        width: tile.innerWidth
        spacing: Theme.gap
        Text {
            id: title
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: tile.text
            // Shrunk to one line where that keeps it at least Theme.title; else wrapped at that size.
            // Before the layout gives the tile its width, the largest size (not laid out at a
            // size it will not keep: each size is a font engine of its own, §9c).
            font.pixelSize: tile.innerWidth <= 0 || oneLine.advanceWidth + 8 <= tile.innerWidth ? tile.largest
                : Math.max(Theme.title, Math.floor(tile.largest * (tile.innerWidth - 8) / Math.max(1, oneLine.advanceWidth)))
            font.family: Theme.fontFamily
            color: Theme.accentText
            wrapMode: Text.WordWrap
        }
        Text {
            id: explanation
            width: parent.width
            visible: tile.showSubtitle
            horizontalAlignment: Text.AlignHCenter
            text: tile.subtitle
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.accentText
        }
    }
}
