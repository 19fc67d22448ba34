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
     *  departments): both a step smaller rather than cut (never below Theme.small). Decided by
     *  fit() from the full sizes' widths, which the visible texts measure themselves. */
    property bool tight: false
    /** The tile's width is given (a grid's cell, a row of tiles), not taken from its text. */
    property bool shrinkToFit: false
    readonly property bool showChinese: tile.chinese.length > 0 && tile.chinese !== tile.text
    /** The width that shows everything (title, Chinese, explanation). */
    readonly property real naturalWidth: title.implicitWidth
        + (tile.showChinese ? han.implicitWidth + content.spacing : 0)
        + (tile.subtitle.length > 0 ? explanation.implicitWidth + content.spacing : 0) + 2 * Theme.gap
    /** naturalWidth at the full sizes, whether or not the tile is tight: a width bound to it
     *  (a card no wider than its list) does not loop through shrinkToFit. */
    readonly property real fullWidth: tile.fullTitleWidth
        + (tile.showChinese ? tile.fullChineseWidth + Theme.gap : 0)
        + (tile.subtitle.length > 0 ? explanation.implicitWidth + Theme.gap : 0) + 2 * Theme.gap
    readonly property bool showSubtitle: tile.subtitle.length > 0 && tile.naturalWidth <= tile.width + 0.5

    // The title's and the Chinese's widths at the full sizes, and what they were measured for.
    // They are taken from the visible texts while the tile is not tight (then they are at the
    // full sizes): no hidden measuring copy shapes and lays the same texts out a second time
    // (§9e "First frame in Mongolian"). While tight, they stay valid for as long as the text,
    // the sizes and the room stay the same; a change of any of them measures again at full size.
    property real fullTitleWidth: 0
    property real fullChineseWidth: 0
    property string measuredFor: ""
    readonly property string measureKey: tile.text + "\u0001" + tile.chinese + "\u0001" + tile.titleSize
                                         + "\u0001" + Theme.body + "\u0001" + tile.room
    property bool fitting: false
    function fit() {
        // Its own changes (tight, the widths) call it again from inside: the outer call reads
        // everything once they are done, so the inner ones have nothing to add.
        if (tile.fitting)
            return;
        tile.fitting = true;
        if (tile.tight && tile.measuredFor !== tile.measureKey)
            tile.tight = false; // stale: the texts go back to the full sizes (synchronously)
        if (!tile.tight) {
            tile.fullTitleWidth = title.implicitWidth;
            tile.fullChineseWidth = han.implicitWidth;
            // What the texts had when measured (a binding of theirs may not have caught up yet:
            // then this differs from measureKey and the next change measures again).
            tile.measuredFor = title.text + "\u0001" + han.text + "\u0001" + title.pixelSize + "\u0001"
                    + han.pixelSize + "\u0001" + title.columnLength;
        }
        // A tile not placed yet (width 0) is not shrunk for it.
        tile.tight = tile.shrinkToFit && tile.width > 0
                && tile.fullTitleWidth + (tile.showChinese ? tile.fullChineseWidth + Theme.gap : 0)
                   + 2 * Theme.gap > tile.width + 0.5;
        tile.fitting = false;
    }
    onMeasureKeyChanged: tile.fit()
    onWidthChanged: tile.fit()
    onShrinkToFitChanged: tile.fit()
    Component.onCompleted: tile.fit()

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
            onImplicitWidthChanged: tile.fit()
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
            onImplicitWidthChanged: tile.fit()
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
