pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// The items of one department: those this service point handles first.
Page {
    id: page
    signal chosen(string code)

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Text {
            Layout.fillWidth: true
            text: Catalogue.departmentName
            font.pixelSize: Theme.title
            font.bold: true
            font.family: Theme.fontFamily
            color: Theme.text
        }
        ListView {
            objectName: "itemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: Catalogue.items
            ScrollBar.vertical: ScrollBar { width: 16; policy: ScrollBar.AsNeeded }
            delegate: ItemRowDelegate {
                width: ListView.view.width - 20
                onChosen: (code) => page.chosen(code)
            }
        }
    }
}
