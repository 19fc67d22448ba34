import QtQuick
import QtQuick.Layouts
import JiuJin

// One item in a list: its name, and where to go when this service point does not handle it.
BaseButton {
    id: row
    required property string code
    required property string name
    required property bool handledHere
    required property string where
    required property int index
    signal chosen(string code)

    // Tab and Shift+Tab go row by row through the whole list, scrolling the next row into view:
    // the focus chain alone stops at the rows the list has made.
    function step(by: int, event: KeyEvent) {
        const view = row.ListView.view
        const next = row.index + by
        event.accepted = false
        if (!view || next < 0 || next >= view.count)
            return
        view.positionViewAtIndex(next, ListView.Contain)
        const item = view.itemAtIndex(next)
        if (!item)
            return
        item.forceActiveFocus(by > 0 ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        event.accepted = true
    }
    Keys.onTabPressed: (event) => row.step(1, event)
    Keys.onBacktabPressed: (event) => row.step(-1, event)

    implicitHeight: Math.max(Theme.touch, content.implicitHeight + 24)
    radius: Theme.radius
    color: row.down ? Theme.badge : Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    Accessible.name: row.name
    Accessible.description: where.text
    onClicked: row.chosen(row.code)

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 12
        spacing: 4
        Text {
            Layout.fillWidth: true
            text: row.name
            font.pixelSize: Theme.body
            font.bold: row.handledHere
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            id: where
            text: row.handledHere ? qsTr("✓ 本服务点可办") : row.where
            font.pixelSize: Theme.small
            font.family: Theme.fontFamily
            color: row.handledHere ? Theme.good : Theme.warning
            wrapMode: Text.WordWrap
        }
    }
}
