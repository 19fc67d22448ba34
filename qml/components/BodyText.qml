import QtQuick
import QtQuick.Layouts
import JiuJin

// Body text that wraps within its layout.
StaticText {
    Layout.fillWidth: true
    wrapMode: Text.WordWrap
    font.pixelSize: Theme.body
    lineHeight: 1.3
}
