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

    readonly property bool mongolian: Session.language === "mn"

    // Mongolian mode: the department's column, then one card per item, left to right.
    RowLayout {
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        VerticalText {
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            columnLength: height
            text: Catalogue.departmentName
            pixelSize: Theme.title
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        ListView {
            id: mongolianList
            objectName: "mongolianItemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            clip: true
            spacing: Theme.gap / 2
            cacheBuffer: Theme.listCacheBuffer
            model: page.mongolian ? Catalogue.items : null
            delegate: MongolianTile {
                id: card
                required property string code
                required property string name
                required property string mongolianName
                required property bool handledHere
                required property string where
                height: ListView.view.height
                width: card.naturalWidth
                text: card.mongolianName.length > 0 ? card.mongolianName : card.name
                chinese: card.name
                subtitle: card.handledHere ? qsTr("✓ 本服务点可办") : card.where
                titleSize: Theme.body
                fill: card.down ? Theme.badge : Theme.surface
                ink: Theme.text
                border.color: Theme.border
                border.width: Theme.borderWidth
                onClicked: page.chosen(card.code)
            }
        }
    }

    ColumnLayout {
        visible: !page.mongolian
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
