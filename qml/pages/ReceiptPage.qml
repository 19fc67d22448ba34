import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// After 提交申请: the receipt number and its QR code, time limit, what to hand in later, print.
Rectangle {
    id: page
    color: Theme.background
    signal rateRequested()
    signal finished()
    readonly property bool mongolian: Session.language === "mn"
    function numbered(entries) {
        return entries.map((e, i) => (i + 1) + ". " + e).join("\n")
    }

    // Mongolian mode: what was done and what comes next as columns, left to right; on the right
    // the receipt number and its QR code exactly as in Chinese, and the buttons side by side.
    RowLayout {
        objectName: "mongolianReceipt"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin
        MongolianStrip {
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                text: qsTr("✓ 申请已提交")
                pixelSize: Theme.huge
                color: Theme.good
                heading: true
            }
            // The item's Mongolian name, then its Chinese to the right (§9e); the Chinese alone
            // (upright) when the catalogue has no Mongolian name.
            MongolianBlock {
                objectName: "receiptItemMongolian"
                text: Apply.mongolianName.length > 0 ? Apply.mongolianName : Apply.itemName
                pixelSize: Theme.heading
            }
            MongolianBlock {
                objectName: "receiptItemChinese"
                visible: Apply.mongolianName.length > 0
                text: Apply.itemName
            }
            MongolianBlock {
                text: qsTr("您的申请已保存在本机，网络恢复后会自动提交到平台。请留好受理编号，凭它可以在本机“查进度”。")
            }
            MongolianBlock {
                text: qsTr("承诺办结时限：%1").arg(Apply.promisedDays > 0 ? qsTr("%n个工作日", "", Apply.promisedDays) : qsTr("即办"))
            }
            MongolianBlock {
                visible: Apply.toFollow.length > 0
                heading: true
                text: qsTr("容缺后补的材料")
            }
            MongolianBlock {
                visible: Apply.toFollow.length > 0
                text: qsTr("请于 %1 前补交：").arg(Apply.toFollowBy)
                    + (Apply.toFollowByNote.length > 0 ? "\n" + Apply.toFollowByNote : "")
                    + "\n" + page.numbered(Apply.toFollow)
                color: Theme.warning
            }
            MongolianBlock {
                visible: Apply.committed.length > 0
                heading: true
                text: qsTr("已作告知承诺的材料")
            }
            MongolianBlock {
                visible: Apply.committed.length > 0
                text: qsTr("以下材料您已承诺，不用提交。承诺须真实，主管部门可能会核查。")
                    + "\n" + page.numbered(Apply.committed)
            }
            MongolianBlock {
                text: qsTr("查进度时可以把这个二维码对准扫码口")
                color: Theme.muted
            }
            MongolianBlock {
                visible: Apply.printStatus.length > 0
                text: Apply.printStatus
            }
        }
        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: Math.min(page.width * 0.36, 420)
            spacing: Theme.gap
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Session.elderMode ? 200 : Math.min(Theme.touch * 4, 240)
                implicitHeight: implicitWidth
                color: "#ffffff"
                border.color: Theme.border
                border.width: Theme.borderWidth
                Image {
                    objectName: "receiptQrMongolian"
                    anchors.fill: parent
                    anchors.margins: 12
                    source: Apply.receipt.length > 0 ? "image://qr/" + encodeURIComponent(Apply.receipt) : ""
                    sourceSize.width: width
                    sourceSize.height: height
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                    cache: false
                }
            }
            StaticText {
                // The number as it is everywhere: digits in a row, one line (never turned).
                objectName: "receiptNumberMongolian"
                Layout.fillWidth: true
                text: Apply.receipt
                font.pixelSize: Theme.huge
                font.bold: true
                font.family: Theme.fontFamily
                font.letterSpacing: 2
                color: Theme.text
                wrapMode: Text.NoWrap
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.body
                horizontalAlignment: Text.AlignHCenter
                Accessible.name: qsTr("受理编号") + " " + text
            }
            RowLayout {
                // The three buttons side by side: their labels stand in columns.
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.gap
                KioskButton {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    verticalLength: height - 12
                    fontSize: Theme.elder ? Theme.small : Theme.body // three side by side
                    text: qsTr("打印回执")
                    onClicked: Apply.print()
                }
                KioskButton {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: !Apply.rated
                    verticalLength: height - 12
                    fontSize: Theme.elder ? Theme.small : Theme.body
                    text: qsTr("评价本次服务")
                    onClicked: page.rateRequested()
                }
                KioskButton {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    primary: true
                    fontSize: Theme.heading
                    verticalLength: height - 12
                    text: qsTr("完成")
                    onClicked: page.finished()
                }
            }
        }
    }

    RowLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                id: flick
                objectName: "receiptFlick"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                contentHeight: column.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: column
                    width: flick.width
                    spacing: Theme.gap
                    Heading {
                        text: qsTr("✓ 申请已提交")
                        font.pixelSize: Theme.huge
                        color: Theme.good
                    }
                    BodyText {
                        text: Apply.itemName
                        font.bold: true
                    }
                    BodyText {
                        text: qsTr("受理编号")
                        color: Theme.muted
                    }
                    StaticText {
                        objectName: "receiptNumber"
                        Layout.fillWidth: true
                        text: Apply.receipt
                        // One line, always: a receipt number split over two lines gets read wrongly.
                        font.pixelSize: Math.round(Theme.huge * 1.6)
                        font.bold: true
                        font.family: Theme.fontFamily
                        font.letterSpacing: 4
                        color: Theme.text
                        wrapMode: Text.NoWrap
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.body
                        verticalAlignment: Text.AlignVCenter
                    }
                    BodyText {
                        objectName: "receiptSaved"
                        text: qsTr("您的申请已保存在本机，网络恢复后会自动提交到平台。请留好受理编号，凭它可以在本机“查进度”。")
                        font.bold: true
                    }
                    BodyText {
                        objectName: "promisedDays"
                        text: qsTr("承诺办结时限：%1").arg(Apply.promisedDays > 0 ? qsTr("%n个工作日", "", Apply.promisedDays) : qsTr("即办"))
                    }
                    Section {
                        objectName: "toFollowList"
                        visible: Apply.toFollow.length > 0
                        title: qsTr("容缺后补的材料")
                        BodyText {
                            text: qsTr("请于 %1 前补交：").arg(Apply.toFollowBy)
                            font.bold: true
                            color: Theme.warning
                        }
                        BodyText {
                            objectName: "toFollowByNote"
                            visible: Apply.toFollowByNote.length > 0
                            text: Apply.toFollowByNote
                        }
                        NumberedList { entries: Apply.toFollow }
                    }
                    Section {
                        objectName: "committedList"
                        visible: Apply.committed.length > 0
                        title: qsTr("已作告知承诺的材料")
                        BodyText {
                            text: qsTr("以下材料您已承诺，不用提交。承诺须真实，主管部门可能会核查。")
                        }
                        NumberedList { entries: Apply.committed }
                    }
                }
            }
            ScrollHint { flickable: flick }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: Math.min(page.width * 0.36, 420)
            spacing: Theme.gap
            Item {
                // The code takes what the hint and buttons leave, up to its size: smaller in elder
                // mode, where the buttons below are taller, and smaller again where the hint takes
                // three lines (English in elder mode at 1024x768); a QR code scans at any size.
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: qrBox.side
                Layout.maximumHeight: qrBox.side
                Layout.minimumHeight: Math.min(qrBox.side, 96)
                Rectangle {
                    id: qrBox
                    readonly property int side: Session.elderMode ? 200 : Math.min(Theme.touch * 4, 300)
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(qrBox.side, parent.height)
                    height: width
                    color: "#ffffff"
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                    Image {
                        objectName: "receiptQr"
                        anchors.fill: parent
                        anchors.margins: 12
                        source: Apply.receipt.length > 0 ? "image://qr/" + encodeURIComponent(Apply.receipt) : ""
                        sourceSize.width: width
                        sourceSize.height: height
                        fillMode: Image.PreserveAspectFit
                        smooth: false
                        cache: false
                    }
                }
            }
            BodyText {
                text: qsTr("查进度时可以把这个二维码对准扫码口")
                font.pixelSize: Theme.small
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
            }
            Item { Layout.fillHeight: true }
            KioskButton {
                objectName: "printReceipt"
                Layout.fillWidth: true
                text: qsTr("打印回执")
                onClicked: Apply.print()
            }
            BodyText {
                objectName: "printStatus"
                visible: Apply.printStatus.length > 0
                text: Apply.printStatus
                font.pixelSize: Theme.small
                horizontalAlignment: Text.AlignHCenter
            }
            KioskButton {
                objectName: "rateService"
                Layout.fillWidth: true
                visible: !Apply.rated
                text: qsTr("评价本次服务")
                onClicked: page.rateRequested()
            }
            KioskButton {
                objectName: "receiptDone"
                Layout.fillWidth: true
                primary: true
                fontSize: Theme.heading
                text: qsTr("完成")
                onClicked: page.finished()
            }
        }
    }
}
