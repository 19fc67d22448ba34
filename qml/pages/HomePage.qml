import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// The first screen: a greeting and two large tiles.
Rectangle {
    id: page
    color: Theme.background
    signal browse()
    signal searchChosen()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 2
        spacing: Theme.margin

        Text {
            Layout.fillWidth: true
            text: qsTr("您好！欢迎使用“就近办”政务服务自助终端")
            font.pixelSize: Theme.title
            // Regular weight on the first screen: the bold CJK face is a second large font file
            // to open before the first frame; later screens use it.
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("社保、医保、民政、卫健、残联、公安、市场监管等常办事项，在家门口就能办。请点击下面的大按钮。")
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.muted
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin
            TileButton {
                objectName: "browseTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                text: qsTr("办事指南")
                subtitle: qsTr("按部门查看能办的事项、要带的材料和办理流程")
                onClicked: page.browse()
            }
            TileButton {
                objectName: "searchTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                text: qsTr("查找事项")
                subtitle: qsTr("输入汉字、拼音或首字母，如“养老”、yanglao、ylbx")
                onClicked: page.searchChosen()
            }
        }
        Text {
            Layout.fillWidth: true
            visible: !Catalogue.ready
            text: qsTr("本机尚未导入事项目录，请联系工作人员。")
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.warning
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
