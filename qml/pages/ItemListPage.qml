pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// The items of one department: those this service point handles first.
Rectangle {
    id: page
    color: Theme.background
    signal chosen(string code)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Heading {
            text: Catalogue.departmentName
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ListView {
                id: itemList
                anchors.fill: parent
                anchors.rightMargin: 20
                objectName: "itemList"
                cacheBuffer: Theme.listCacheBuffer
                clip: true
                spacing: Theme.gap / 2
                model: Catalogue.items
                delegate: ItemRowDelegate {
                    width: ListView.view.width
                    onChosen: (code) => page.chosen(code)
                }
            }
            ScrollHint { flickable: itemList }
        }
    }
}
