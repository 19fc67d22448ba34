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

    readonly property bool mongolian: Session.language === "mn"

    // Mongolian mode: the heading's column, then the departments in columns, top to bottom and
    // left to right, scrolling sideways.
    RowLayout {
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        VerticalText {
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            columnLength: height
            text: qsTr("请选择办事部门")
            pixelSize: Theme.title
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        GridView {
            id: mongolianGrid
            objectName: "mongolianDepartmentGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            flow: GridView.FlowTopToBottom
            cellHeight: height / 2
            cellWidth: Theme.elder ? 320 : 190
            model: page.mongolian ? Catalogue.departments : null
            delegate: Item {
                id: mongolianCell
                required property string code
                required property string name
                required property string mongolianName
                required property int itemCount
                width: mongolianGrid.cellWidth
                height: mongolianGrid.cellHeight
                MongolianTile {
                    shrinkToFit: true
                    id: departmentTile
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    text: mongolianCell.mongolianName.length > 0 ? mongolianCell.mongolianName : mongolianCell.name
                    chinese: mongolianCell.name
                    subtitle: qsTr("%n 个事项", "", mongolianCell.itemCount)
                    titleSize: Theme.heading
                    fill: departmentTile.down ? Theme.badge : Theme.surface
                    ink: Theme.text
                    border.color: Theme.accent
                    border.width: Theme.borderWidth + 1
                    onClicked: page.chosen(mongolianCell.code)
                }
            }
        }
    }

    ColumnLayout {
        visible: !page.mongolian
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
