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

    ColumnLayout {
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
