pragma Singleton
import QtQuick
import JiuJin.Ui

// Every size, colour and font of the kiosk. Elder mode: text ~1.5x, high contrast, bigger targets.
QtObject {
    readonly property bool elder: Session.elderMode
    readonly property real textScale: elder ? 1.5 : 1.0
    readonly property int touch: elder ? 88 : 64
    readonly property color background: elder ? "#000000" : "#f3f5f7"
    readonly property color surface: elder ? "#141414" : "#ffffff"
    readonly property color text: elder ? "#ffffff" : "#1c232b"
    readonly property color muted: elder ? "#ffe066" : "#56616d"
    readonly property color accent: elder ? "#ffd400" : "#b3261e"
    readonly property color accentText: elder ? "#000000" : "#ffffff"
    readonly property color secondary: elder ? "#ffffff" : "#1d5fa8"
    readonly property color secondaryText: elder ? "#000000" : "#ffffff"
    readonly property color border: elder ? "#ffffff" : "#d3d9df"
    readonly property color good: elder ? "#80ff80" : "#1b7a3a"
    readonly property color warning: elder ? "#ffd400" : "#9a5800"
    readonly property color error: elder ? "#ff8a80" : "#c62828"
    /** Keyboard focus ring: outer colour, inner halo (see FocusRing). */
    readonly property color focus: elder ? "#00e5ff" : "#0b4fc4"
    readonly property color focusHalo: elder ? "#000000" : "#ffffff"
    readonly property int focusWidth: elder ? 6 : 5
    readonly property color badge: elder ? "#333333" : "#eef2f6"
    /** No text anywhere is smaller, in any mode (text fitted to its room stops here). */
    readonly property int smallest: 18
    readonly property int small: Math.round(18 * textScale)
    readonly property int body: Math.round(22 * textScale)
    readonly property int heading: Math.round(26 * textScale)
    readonly property int title: Math.round(32 * textScale)
    readonly property int huge: Math.round(40 * textScale)
    readonly property int gap: 16
    readonly property int margin: 24
    readonly property int radius: 12
    readonly property int borderWidth: elder ? 3 : 1
    readonly property string fontFamily: "Noto Sans CJK SC"
    // Lists keep every row made (pixels beyond the view), so that Tab from a keyboard or switch
    // reaches the last row: a row that was never made is not in the focus chain.
    readonly property int listCacheBuffer: 100000

    /** The colour of a tone a model gives a state (good, warning, error, muted; else secondary):
     * which state means what is decided in C++, the colours here. */
    function tone(name) {
        switch (name) {
        case "good": return good
        case "warning": return warning
        case "error": return error
        case "muted": return muted
        default: return secondary
        }
    }
}
