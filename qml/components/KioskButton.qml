import QtQuick
import JiuJin
import JiuJin.Ui

// A large, high-contrast touch button (at least Theme.touch high), announced as a button to
// assistive technology (see BaseButton for touch, keys and focus). An icon (‹ ⌂ ⌫)
// is shown before the text but not read out; a checkable button shows ✓ when checked and is
// announced as checked rather than renamed.
BaseButton {
    id: control
    property string text
    property string icon
    property bool primary: false
    property bool checkable: false
    property bool checked: false
    /** One choice among several (a rating, a slot, an option): announced as a radio button. */
    property bool exclusive: false
    property int fontSize: Theme.body
    /** What a screen reader says; the text without the icon unless a page says otherwise. */
    property string accessibleName: control.text
    property string accessibleDescription

    /** Mongolian mode: a Mongolian label stands in columns (VerticalText), wrapped at this length. */
    property real verticalLength: Theme.touch * 2.2
    // The same rule as VerticalText.mongolian (VerticalColumns::isMongolian: a letter of the
    // Mongolian block, U+1800–U+18AF, not FVS U+180B–U+180F), read here so that the columns
    // are laid out only for a Mongolian label (§9c).
    readonly property bool vertical: /[\u1800-\u180a\u1810-\u18af]/.test(control.text) // never Mongolian lying on its side
    /** A word of the Mongolian label is longer than verticalLength (VerticalText.overflowing). */
    readonly property bool overflowing: control.vertical && verticalLabel.overflowing

    implicitHeight: control.vertical ? Math.max(Theme.touch, verticalLabel.implicitHeight + 12)
                                     : Math.max(Theme.touch, label.implicitHeight + 24)
    implicitWidth: control.vertical ? Math.max(Theme.touch, verticalLabel.implicitWidth + 24)
                                    : Math.max(Theme.touch * 2, label.implicitWidth + 48)
    radius: Theme.radius
    // Disabled: no fill and muted text, still readable (its text often says what to do first).
    color: !control.enabled ? Theme.background : (control.primary ? Theme.accent : Theme.surface)
    border.color: !control.enabled ? Theme.muted : (control.primary ? Theme.accent : Theme.border)
    border.width: Theme.borderWidth
    opacity: control.down ? 0.75 : 1

    // Qt's AT-SPI bridge has no checkable state: a toggle is a check box (or radio button),
    // announced with its checked state and the same name either way.
    Accessible.role: !control.checkable ? Accessible.Button : (control.exclusive ? Accessible.RadioButton : Accessible.CheckBox)
    Accessible.name: control.accessibleName
    Accessible.description: control.accessibleDescription
    Accessible.checkable: control.checkable
    Accessible.checked: control.checked

    VerticalText {
        id: verticalLabel
        objectName: "verticalLabel"
        visible: control.vertical
        anchors.fill: parent
        anchors.margins: 6
        centered: true
        // Empty unless the label is Mongolian: a hidden label laid its Chinese out in columns,
        // seven times over in the top bar and home screen before the first frame.
        text: control.vertical ? (control.checkable && control.checked ? "✓ " : "") + control.text : ""
        pixelSize: control.fontSize
        columnLength: control.verticalLength
        color: !control.enabled ? Theme.muted : (control.primary ? Theme.accentText : Theme.text)
    }
    Text {
        id: label
        objectName: "rowLabel"
        visible: !control.vertical
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        // Empty for a Mongolian label: lying hidden in a row, ᠮᠣᠩᠭᠣᠯ in the bar was shaped
        // before the first frame with the Chinese face and its Mongolian fallback (§9c).
        text: control.vertical ? "" : ((control.checkable && control.checked ? "✓ " : (control.icon.length > 0 ? control.icon + " " : "")) + control.text)
        font.pixelSize: control.fontSize
        font.family: Theme.fontFamily
        color: !control.enabled ? Theme.muted : (control.primary ? Theme.accentText : Theme.text)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
