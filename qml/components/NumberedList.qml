pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin

// A numbered list of strings (conditions, steps, legal basis).
ColumnLayout {
    id: list
    property alias entries: repeater.model
    property bool numbered: true

    Layout.fillWidth: true
    spacing: 6
    Repeater {
        id: repeater
        delegate: BodyText {
            required property string modelData
            required property int index
            text: (list.numbered ? (index + 1) + ". " : "• ") + modelData
            Accessible.name: list.numbered ? text : modelData // the bullet is not read out
        }
    }
}
