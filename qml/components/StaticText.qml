import QtQuick
import JiuJin

// Text a citizen reads, also exposed to screen readers (static text named by what it says).
Text {
    font.family: Theme.fontFamily
    color: Theme.text
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
