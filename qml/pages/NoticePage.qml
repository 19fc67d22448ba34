import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Confirms that the one-time notice was saved, and where.
Rectangle {
    id: page
    color: Theme.background
    signal done()
    readonly property bool mongolian: Session.language === "mn"

    // Mongolian mode: the same in columns, left to right, then the button.
    RowLayout {
        objectName: "mongolianNotice"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin * 2
        spacing: Theme.margin
        MongolianStrip {
            // Scrolls sideways where the file's path takes many columns (elder mode).
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                text: qsTr("✓ 一次性告知书已生成")
                pixelSize: Theme.huge
                color: Theme.good
                heading: true
            }
            MongolianBlock {
                // The item's Mongolian name where the catalogue has one, else its Chinese.
                text: qsTr("《%1》一次性告知书列明了全部申请材料、办理流程、时限和办理地点。工作人员可为您打印；窗口不会要求告知书以外的材料。")
                      .arg(Catalogue.guide.mongolianName.length > 0 ? Catalogue.guide.mongolianName : Catalogue.guide.name)
            }
            MongolianBlock {
                text: qsTr("文件：%1").arg(Catalogue.noticePath)
                pixelSize: Theme.small
                color: Theme.muted
            }
        }
        KioskButton {
            primary: true
            verticalLength: Theme.touch * 4
            text: qsTr("完成，返回首页")
            onClicked: page.done()
        }
    }

    // The message stands centred; where it is longer than the page (English in elder mode on a
    // small panel) it scrolls, and the button stays in view below it.
    ColumnLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                id: noticeFlick
                objectName: "noticeFlick"
                anchors.fill: parent
                anchors.rightMargin: 20 // the scroll hint
                clip: true
                contentHeight: message.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: message
                    x: Math.round(noticeFlick.width * 0.05)
                    y: Math.max(0, Math.round((noticeFlick.height - message.implicitHeight) / 2))
                    width: Math.round(noticeFlick.width * 0.9)
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
                }
            }
            ScrollHint { flickable: noticeFlick }
        }
        KioskButton {
            objectName: "noticeDone"
            Layout.alignment: Qt.AlignHCenter
            primary: true
            text: qsTr("完成，返回首页")
            onClicked: page.done()
        }
    }
}
