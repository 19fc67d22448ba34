pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin

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

    implicitHeight: column.implicitHeight + 24
    radius: Theme.radius
    color: Theme.surface
    border.color: row.overdue ? Theme.error : Theme.border
    border.width: row.overdue ? 3 : Theme.borderWidth

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 12
        spacing: 4
        StaticText {
            Layout.fillWidth: true
            text: (row.overdue ? qsTr("⚠ 已逾期") + " · " : "") + row.title + " · " + row.itemName
            font.pixelSize: Theme.body
            font.bold: true
            font.family: Theme.fontFamily
            color: row.overdue ? Theme.error : Theme.text
            wrapMode: Text.WordWrap
        }
        StaticText {
            Layout.fillWidth: true
            text: (row.kioskReceipt.length > 0 ? qsTr("受理编号 %1").arg(row.kioskReceipt) + " · " : "")
                  + qsTr("平台回执 %1").arg(row.receipt)
            font.pixelSize: Theme.small
            font.family: Theme.fontFamily
            color: Theme.muted
            wrapMode: Text.WrapAnywhere
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
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            visible: row.materialNames.length > 0 || row.canHandOver
            KioskButton {
                objectName: "materialReceived"
                visible: row.materialNames.length > 0
                text: qsTr("材料已收到")
                onClicked: row.materialRequested(row.receipt)
            }
            KioskButton {
                objectName: "handedOver"
                visible: row.canHandOver
                primary: true
                text: qsTr("已交给申请人")
                onClicked: row.handOverRequested(row.receipt)
            }
        }
    }
}
