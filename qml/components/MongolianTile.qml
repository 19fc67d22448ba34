import QtQuick
import JiuJin
import JiuJin.Ui

// A tile in Mongolian mode (home, departments): the title in Mongolian columns, its Chinese
// beside it to the right (Mongolian first, as the region's rules ask for both scripts), and the
// explanation after them when the tile is wide enough. A title without a Mongolian translation
// is its Chinese, standing in a column; it is then not repeated.
BaseButton {
    id: tile
    /** Mongolian, or the Chinese where there is no translation. */
    property string text
    /** The Chinese title. */
    property string chinese
    property string subtitle
    property int titleSize: Theme.title
    property color ink: Theme.accentText
    property color fill: Theme.accent

    readonly property real room: Math.max(0, tile.height - 2 * Theme.gap)
    /** Too narrow for the title at titleSize with its Chinese beside it (elder mode's home and
     *  departments): both a step smaller rather than cut (never below Theme.small). */
    readonly property bool tight: tile.shrinkToFit
                                  && probe.implicitWidth + (tile.showChinese ? hanProbe.implicitWidth + Theme.gap : 0)
                                     + 2 * Theme.gap > tile.width + 0.5
    /** The tile's width is given (a grid's cell, a row of tiles), not taken from its text. */
    property bool shrinkToFit: false
    VerticalText {
        id: probe
        visible: false
        text: tile.text
        pixelSize: tile.titleSize
        columnLength: tile.room
    }
    VerticalText {
        id: hanProbe
        visible: false
        text: tile.chinese
        pixelSize: Theme.body
        columnLength: tile.room
    }
    readonly property bool showChinese: tile.chinese.length > 0 && tile.chinese !== tile.text
    /** The width that shows everything (title, Chinese, explanation). */
    readonly property real naturalWidth: title.implicitWidth
        + (tile.showChinese ? han.implicitWidth + content.spacing : 0)
        + (tile.subtitle.length > 0 ? explanation.implicitWidth + content.spacing : 0) + 2 * Theme.gap
    /** naturalWidth at the full sizes, whether or not the tile is tight: a width bound to it
     *  (a card no wider than its list) does not loop through shrinkToFit. */
    readonly property real fullWidth: probe.implicitWidth
        + (tile.showChinese ? hanProbe.implicitWidth + Theme.gap : 0)
        + (tile.subtitle.length > 0 ? explanation.implicitWidth + Theme.gap : 0) + 2 * Theme.gap
    readonly property bool showSubtitle: tile.subtitle.length > 0 && tile.naturalWidth <= tile.width + 0.5

    implicitWidth: content.implicitWidth + 2 * Theme.gap
    radius: Theme.radius * 2
    color: tile.down ? Qt.darker(tile.fill, 1.2) : tile.fill
    border.color: Theme.border
    border.width: Theme.elder ? 3 : 0

    Accessible.name: tile.showChinese ? tile.text + " " + tile.chinese : tile.text
    Accessible.description: tile.subtitle

    Row {
        id: content
        anchors.centerIn: parent
        height: tile.room
        spacing: tile.tight ? Theme.gap / 2 : Theme.gap
        VerticalText {
            id: title
            objectName: "tileTitle"
            height: tile.room
            width: implicitWidth
            columnLength: tile.room
            text: tile.text
            pixelSize: tile.tight ? Math.max(Theme.small, Math.round(tile.titleSize * 0.8)) : tile.titleSize
            color: tile.ink
        }
        VerticalText {
            id: han
            objectName: "tileChinese"
            visible: tile.showChinese
            height: tile.room
            width: implicitWidth
            columnLength: tile.room
            text: tile.chinese
            pixelSize: tile.tight ? Theme.small : Theme.body
            color: tile.ink
        }
        VerticalText {
            id: explanation
            objectName: "tileExplanation"
            visible: tile.showSubtitle
            height: tile.room
            width: implicitWidth
            columnLength: tile.room
            text: tile.subtitle
            pixelSize: Theme.body
            color: tile.ink
        }
    }
}
