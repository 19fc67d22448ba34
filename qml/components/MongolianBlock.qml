import QtQuick
import JiuJin
import JiuJin.Ui

// A paragraph in a MongolianStrip (or any Row or item that gives it a height): columns as tall
// as that height, left to right. Chinese (a catalogue name without Mongolian) stands upright in it.
VerticalText {
    /** A heading: larger, read out as one. */
    property bool heading: false
    height: parent ? parent.height : 0
    width: implicitWidth
    columnLength: height
    pixelSize: heading ? Theme.heading : Theme.body
    color: heading ? Theme.accent : Theme.text
    Accessible.role: heading ? Accessible.Heading : Accessible.StaticText
    Accessible.name: text
}
