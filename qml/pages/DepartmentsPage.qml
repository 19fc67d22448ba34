pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// The departments as large tiles with their number of items.
Rectangle {
    id: page
    color: Theme.background
    signal chosen(string code)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Heading {
            text: qsTr("请选择办事部门")
        }
        GridView {
            id: grid
            objectName: "departmentGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: width / (Theme.elder ? 2 : 4)
            cellHeight: Theme.touch * (Theme.elder ? 2.4 : 2.6)
            model: Catalogue.departments
            delegate: Item {
                id: cell
                required property string code
                required property string name
                required property string agency
                required property int itemCount
                width: grid.cellWidth
                height: grid.cellHeight
                BaseButton {
                    id: cellButton
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    radius: Theme.radius
                    color: cellButton.down ? Theme.badge : Theme.surface
                    border.color: Theme.accent
                    border.width: Theme.borderWidth + 1
                    Accessible.name: cell.name
                    Accessible.description: count.text
                    onClicked: page.chosen(cell.code)
                    ColumnLayout {
                        anchors.centerIn: parent
                        width: parent.width - 16
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: cell.name
                            font.pixelSize: Theme.heading
                            font.bold: true
                            font.family: Theme.fontFamily
                            color: Theme.text
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            id: count
                            Layout.fillWidth: true
                            text: qsTr("%n 个事项", "", cell.itemCount)
                            font.pixelSize: Theme.small
                            font.family: Theme.fontFamily
                            color: Theme.muted
                            horizontalAlignment: Text.AlignHCenter
                        }
                    }
                }
            }
        }
    }
}
