pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 预约 from the home screen: the items this service point handles, to book a visit for one.
Rectangle {
    id: page
    color: Theme.background
    signal chosen(string code)

    readonly property bool mongolian: Session.language === "mn"

    // Mongolian mode (docs/DESIGN.md §9e): what to do in columns, then one card per item (its
    // Mongolian name, the Chinese beside it), left to right.
    RowLayout {
        objectName: "mongolianBookingItems"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin
        Row {
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            spacing: Theme.gap
            MongolianBlock {
                heading: true
                text: qsTr("预约：请选择要办的事项")
            }
            MongolianBlock {
                text: qsTr("预约后按约定时间到本服务点窗口办理，不用排队等候。")
                color: Theme.muted
            }
            MongolianBlock {
                visible: mongolianList.count === 0
                text: qsTr("本服务点暂时没有可以预约的事项，请到窗口咨询。")
                color: Theme.muted
            }
        }
        ListView {
            id: mongolianList
            objectName: "mongolianBookingItemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            clip: true
            spacing: Theme.gap / 2
            boundsBehavior: Flickable.StopAtBounds
            cacheBuffer: Theme.listCacheBuffer
            model: page.mongolian ? Booking.items : null
            delegate: MongolianTile {
                id: card
                required property string code
                required property string name
                required property string mongolianName
                height: ListView.view.height
                width: card.naturalWidth
                text: card.mongolianName.length > 0 ? card.mongolianName : card.name
                chinese: card.name
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
            text: qsTr("预约：请选择要办的事项")
        }
        BodyText {
            text: qsTr("预约后按约定时间到本服务点窗口办理，不用排队等候。")
            color: Theme.muted
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ListView {
                id: itemList
                objectName: "bookingItemList"
                cacheBuffer: Theme.listCacheBuffer
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                spacing: Theme.gap / 2
                boundsBehavior: Flickable.StopAtBounds
                model: Booking.items
                delegate: ItemRowDelegate {
                    width: ListView.view.width
                    onChosen: (code) => page.chosen(code)
                }
            }
            ScrollHint { flickable: itemList }
            BodyText {
                anchors.centerIn: parent
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: itemList.count === 0
                text: qsTr("本服务点暂时没有可以预约的事项，请到窗口咨询。")
                color: Theme.muted
            }
        }
    }
}
