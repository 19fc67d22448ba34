import QtQuick
import QtQuick.Layouts
import JiuJin

// Body text that wraps within its layout.
StaticText {
    Layout.fillWidth: true
    wrapMode: Text.Wrap // at words where it can, anywhere where it must (a long source link)
    font.pixelSize: Theme.body
    lineHeight: 1.3
}
