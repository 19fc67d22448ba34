import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Shown after a long time without a touch: returns home when the countdown ends.
Rectangle {
    id: overlay
    objectName: "countdown"
    color: "#cc000000"
    readonly property bool mongolian: Session.language === "mn"

    Rectangle {
        anchors.centerIn: parent
        // Mongolian: wide enough for its columns and both tall buttons, up to the window's margins
        // (elder mode at 1024x768: 70% of the width left the second button half outside).
        width: overlay.mongolian ? Math.min(overlay.width - 2 * Theme.margin,
                                            Math.max(Math.min(overlay.width * 0.7, 900),
                                                     mongolianRow.implicitWidth + 2 * Theme.margin))
                                 : Math.min(parent.width * 0.7, 900)
        height: overlay.mongolian ? Math.min(overlay.height - 2 * Theme.margin, Theme.touch * 6)
                                  : box.implicitHeight + 2 * Theme.margin
        radius: Theme.radius * 2
        color: Theme.surface
        border.color: Theme.accent
        border.width: 4
        // Mongolian mode: the question, the seconds and the two buttons as columns, left to right.
        RowLayout {
            id: mongolianRow
            objectName: "mongolianCountdown"
            visible: overlay.mongolian
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.margin
            MongolianBlock {
                Layout.fillHeight: true
                Layout.preferredWidth: implicitWidth
                text: question.text
                pixelSize: Theme.title
                color: Theme.text
                heading: true
            }
            MongolianBlock {
                Layout.fillHeight: true
                Layout.preferredWidth: implicitWidth
                text: seconds.text
            }
            Item { Layout.fillWidth: true }
            KioskButton {
                objectName: "stillHereMongolian"
                primary: true
                verticalLength: Theme.touch * 4
                text: qsTr("继续办理")
                accessibleDescription: question.text + " " + seconds.text
                Component.onCompleted: if (overlay.mongolian) forceActiveFocus()
                onClicked: Session.stillHere()
            }
            KioskButton {
                verticalLength: Theme.touch * 4
                text: qsTr("结束，返回首页")
                onClicked: Session.finish()
            }
        }
        ColumnLayout {
            id: box
            visible: !overlay.mongolian
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.margin
            StaticText {
                id: question
                Layout.fillWidth: true
                text: qsTr("您还在办理吗？")
                font.pixelSize: Theme.title
                font.bold: true
                font.family: Theme.fontFamily
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
            }
            BodyText {
                id: seconds
                text: qsTr("%n 秒后将返回首页，并清除本次查看和填写的内容。", "", Session.secondsLeft)
                horizontalAlignment: Text.AlignHCenter
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.margin
                KioskButton {
                    objectName: "stillHere"
                    primary: true
                    text: qsTr("继续办理")
                    // Focused at once: a screen reader reads the question, Return or Space continues.
                    accessibleDescription: question.text + " " + seconds.text
                    Component.onCompleted: if (!overlay.mongolian) forceActiveFocus()
                    onClicked: Session.stillHere()
                }
                KioskButton {
                    text: qsTr("结束，返回首页")
                    onClicked: Session.finish()
                }
            }
        }
    }
}
