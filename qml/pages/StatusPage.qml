import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 查进度 (and the first half of 评价): the receipt number typed or scanned, then its state.
Rectangle {
    id: page
    color: Theme.background
    signal rateRequested()

    /** Opened from the 评价 tile: the aim is to rate once the receipt is found. */
    property bool rateMode: false
    property string digits

    // 12 digits shown as on the receipt: 5-6-1. (Works on page.digits: qmllint 6.4 crashes on
    // slice() of a typed string parameter.)
    function grouped(): string {
        const d = page.digits
        let text = d.slice(0, 5)
        if (d.length > 5)
            text += "-" + d.slice(5, 11)
        if (d.length > 11)
            text += "-" + d.slice(11, 12)
        return text
    }
    function setNumber(text: string) {
        page.digits = text.replace(/\D/g, "").slice(0, 12)
    }
    function lookup() {
        Status.lookup(page.digits)
    }

    Component.onCompleted: Status.clear()

    Connections {
        target: Status
        function onScanned(text: string) {
            page.setNumber(text)
            Status.lookup(text)
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Text {
                Layout.fillWidth: true
                text: page.rateMode ? qsTr("评价：请先输入回执上的受理编号") : qsTr("查进度：请输入回执上的受理编号")
                font.pixelSize: Theme.title
                font.bold: true
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: number.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.secondary
                border.width: 3
                Text {
                    id: number
                    objectName: "statusNumber"
                    anchors.centerIn: parent
                    text: page.digits.length > 0 ? page.grouped() : "_____-______-_"
                    font.pixelSize: Theme.huge * 1.3
                    font.bold: true
                    font.family: Theme.fontFamily
                    font.letterSpacing: 3
                    color: page.digits.length > 0 ? Theme.text : Theme.muted
                }
            }
            BodyText {
                text: qsTr("或把回执上的二维码对准扫码口")
                color: Theme.muted
            }

            BodyText {
                objectName: "statusMessage"
                visible: !Status.found && Status.message.length > 0
                text: Status.message
                font.bold: true
                color: Theme.error
            }
            Section {
                objectName: "statusResult"
                visible: Status.found
                title: Status.itemName
                BodyText {
                    text: qsTr("受理编号：%1").arg(Status.receipt)
                    font.pixelSize: Theme.small
                    color: Theme.muted
                }
                BodyText {
                    text: qsTr("提交时间：%1").arg(Status.submittedAt)
                    font.pixelSize: Theme.small
                    color: Theme.muted
                }
                Text {
                    objectName: "statusState"
                    Layout.fillWidth: true
                    text: Status.stateLabel
                    font.pixelSize: Theme.title
                    font.bold: true
                    font.family: Theme.fontFamily
                    color: Status.state === "rejected" || Status.state === "needs_attention" ? Theme.warning
                         : (Status.state === "accepted" ? Theme.good : Theme.secondary)
                    wrapMode: Text.WordWrap
                }
                BodyText { text: Status.stateDetail }
                KioskButton {
                    objectName: "statusRate"
                    visible: Status.canRate
                    primary: page.rateMode
                    text: qsTr("评价这次服务")
                    onClicked: page.rateRequested()
                }
                BodyText {
                    objectName: "statusRated"
                    visible: page.rateMode && !Status.canRate
                    text: qsTr("这次服务已经评价过了，谢谢！")
                    color: Theme.good
                }
            }
            Item { Layout.fillHeight: true }
        }

        DigitPad {
            id: pad
            Layout.alignment: Qt.AlignVCenter
            actionText: qsTr("查询")
            actionEnabled: page.digits.length > 0
            onTyped: (digit) => page.setNumber(page.digits + digit)
            onBackspace: page.setNumber(page.digits.slice(0, -1))
            onCleared: {
                page.setNumber("")
                Status.clear()
            }
            onAccepted: page.lookup()
        }
    }
}
