pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// One case of this point waiting for the citizen on the staff board: the receipts to call the
// citizen back, what they must bring or collect, and the staff actions. No personal data.
Rectangle {
    id: row
    required property string receipt
    required property string kioskReceipt
    required property string itemName
    required property string title
    required property list<string> lines
    required property list<bool> lateLines
    required property bool overdue
    required property string note
    required property string refusal
    required property bool canHandOver
    required property list<string> materialNames
    signal materialRequested(string receipt)
    signal handOverRequested(string receipt)
    /** A card in a Mongolian strip (docs/DESIGN.md §9e): as high as the strip, its receipts in
     *  rows, the rest in columns, the actions as tall buttons closing it. */
    property bool mongolian: false

    implicitHeight: row.mongolian ? 0 : layout.implicitHeight + 24
    height: row.mongolian ? (parent ? parent.height : 0) : implicitHeight
    width: row.mongolian ? Math.max(mnKioskReceipt.implicitWidth, mnReceipt.implicitWidth, mnColumns.implicitWidth) + 24
                         : implicitWidth
    radius: Theme.radius
    color: Theme.surface
    border.color: row.overdue ? Theme.error : Theme.border
    border.width: row.overdue ? 3 : Theme.borderWidth

    // The staff actions stand beside the case's lines, not under them: a row is as tall as its
    // text, so that the board shows several cases at once, in elder mode too.
    RowLayout {
        id: layout
        visible: !row.mongolian
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 12
        spacing: Theme.gap
        ColumnLayout {
            id: column
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 4
            // The receipts follow the title on its line while there is room, under it otherwise.
            Flow {
                id: heading
                Layout.fillWidth: true
                spacing: 8
                StaticText {
                    width: row.mongolian ? 0 : Math.min(implicitWidth, heading.width)
                    text: (row.overdue ? qsTr("⚠ 已逾期") + " · " : "") + row.title + " · " + row.itemName
                    font.pixelSize: Theme.body
                    font.bold: true
                    font.family: Theme.fontFamily
                    color: row.overdue ? Theme.error : Theme.text
                    wrapMode: Text.WordWrap
                }
                StaticText {
                    width: row.mongolian ? 0 : Math.min(implicitWidth, heading.width)
                    // Near the title's baseline when beside it.
                    topPadding: y > 0 ? 0 : Theme.body - Theme.small
                    text: (row.kioskReceipt.length > 0 ? qsTr("受理编号 %1").arg(row.kioskReceipt) + " · " : "")
                          + qsTr("平台回执 %1").arg(row.receipt)
                    font.pixelSize: Theme.small
                    font.family: Theme.fontFamily
                    color: Theme.muted
                    wrapMode: Text.WrapAnywhere
                }
            }
            Repeater {
                model: row.lines
                delegate: StaticText {
                    required property string modelData
                    required property int index
                    Layout.fillWidth: true
                    text: modelData
                    font.pixelSize: Theme.small
                    font.family: Theme.fontFamily
                    color: row.lateLines[index] ? Theme.error : Theme.text
                    wrapMode: Text.WordWrap
                }
            }
            StaticText {
                objectName: "caseNote"
                Layout.fillWidth: true
                visible: row.note.length > 0
                text: row.note
                font.pixelSize: Theme.small
                font.bold: true
                font.family: Theme.fontFamily
                color: Theme.secondary
                wrapMode: Text.WordWrap
            }
            StaticText {
                objectName: "caseRefusal"
                Layout.fillWidth: true
                visible: row.refusal.length > 0
                text: row.refusal
                font.pixelSize: Theme.small
                font.family: Theme.fontFamily
                color: Theme.warning
                wrapMode: Text.WordWrap
            }
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.gap
            visible: row.materialNames.length > 0 || row.canHandOver
            KioskButton {
                objectName: "materialReceived"
                Layout.fillWidth: true
                visible: row.materialNames.length > 0
                text: qsTr("材料已收到")
                onClicked: row.materialRequested(row.receipt)
            }
            KioskButton {
                objectName: "handedOver"
                Layout.fillWidth: true
                visible: row.canHandOver
                primary: true
                text: qsTr("已交给申请人")
                onClicked: row.handOverRequested(row.receipt)
            }
        }
    }

    // Mongolian: the receipts to call the citizen back as they are written (rows of digits and
    // letters, never turned; the kiosk's first, then the platform's), then the state, the item,
    // what is owed or waits, and the staff actions.
    StaticText {
        id: mnKioskReceipt
        objectName: "caseKioskReceiptMongolian"
        visible: row.mongolian && row.kioskReceipt.length > 0
        x: 12
        y: 8
        text: row.kioskReceipt
        font.pixelSize: Theme.small
        font.bold: true
        font.family: Theme.fontFamily
        color: Theme.text
    }
    StaticText {
        id: mnReceipt
        objectName: "caseReceiptMongolian"
        visible: row.mongolian
        x: 12
        anchors.top: mnKioskReceipt.visible ? mnKioskReceipt.bottom : row.top
        anchors.topMargin: mnKioskReceipt.visible ? 0 : 8
        text: row.receipt
        font.pixelSize: Theme.small
        font.family: Theme.fontFamily
        color: Theme.muted
    }
    Row {
        id: mnColumns
        visible: row.mongolian
        x: 12
        anchors.top: mnReceipt.bottom
        anchors.topMargin: 8
        anchors.bottom: row.bottom
        anchors.bottomMargin: 8
        spacing: 8
        MongolianBlock {
            objectName: "caseTitleMongolian"
            text: (row.overdue ? qsTr("⚠ 已逾期") + " " : "") + row.title
            color: row.overdue ? Theme.error : Theme.text
        }
        MongolianBlock {
            text: row.itemName
        }
        Repeater {
            model: row.mongolian ? row.lines : []
            delegate: MongolianBlock {
                required property string modelData
                required property int index
                text: modelData
                pixelSize: Theme.small
                color: row.lateLines[index] ? Theme.error : Theme.text
            }
        }
        MongolianBlock {
            visible: row.note.length > 0
            text: row.note
            pixelSize: Theme.small
            color: Theme.secondary
        }
        MongolianBlock {
            visible: row.refusal.length > 0
            text: row.refusal
            pixelSize: Theme.small
            color: Theme.warning
        }
        KioskButton {
            objectName: "materialReceivedMongolian"
            visible: row.materialNames.length > 0
            height: parent.height
            verticalLength: height - 12
            text: qsTr("材料已收到")
            onClicked: row.materialRequested(row.receipt)
        }
        KioskButton {
            objectName: "handedOverMongolian"
            visible: row.canHandOver
            height: parent.height
            verticalLength: height - 12
            primary: true
            text: qsTr("已交给申请人")
            onClicked: row.handOverRequested(row.receipt)
        }
    }
}
