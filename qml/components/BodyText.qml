import QtQuick
import QtQuick.Layouts
import JiuJin

// Body text that wraps within its layout.
Text {
    Layout.fillWidth: true
    wrapMode: Text.WordWrap
    font.pixelSize: Theme.body
    font.family: Theme.fontFamily
    color: Theme.text
    lineHeight: 1.2
}
