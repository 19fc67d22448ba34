import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Confirms that the one-time notice was saved, and where.
Rectangle {
    id: page
    color: Theme.background
    signal done()

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: Theme.margin
        Heading {
            text: qsTr("✓ 一次性告知书已生成")
            font.pixelSize: Theme.huge
            color: Theme.good
            horizontalAlignment: Text.AlignHCenter
        }
        BodyText {
            text: qsTr("《%1》一次性告知书列明了全部申请材料、办理流程、时限和办理地点。工作人员可为您打印；窗口不会要求告知书以外的材料。").arg(Catalogue.guide.name)
            horizontalAlignment: Text.AlignHCenter
        }
        BodyText {
            objectName: "noticePath"
            text: qsTr("文件：%1").arg(Catalogue.noticePath)
            font.pixelSize: Theme.small
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere // a long path has no spaces
            color: Theme.muted
            horizontalAlignment: Text.AlignHCenter
        }
        KioskButton {
            Layout.alignment: Qt.AlignHCenter
            primary: true
            text: qsTr("完成，返回首页")
            onClicked: page.done()
        }
    }
}
