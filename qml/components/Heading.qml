import QtQuick
import QtQuick.Layouts
import JiuJin

// The title of a screen. PageStack gives it the focus when the screen opens, so a screen reader
// announces the new screen and Tab continues from the top.
StaticText {
    objectName: "pageHeading"
    Layout.fillWidth: true
    font.pixelSize: Theme.title
    font.bold: true
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.focusable: true
}
