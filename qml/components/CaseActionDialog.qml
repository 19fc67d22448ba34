pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Asks staff which material a citizen handed in, or to confirm that the result was handed over,
// before the action is recorded (it travels to central and cannot be taken back here).
Rectangle {
    id: dialog
    objectName: "caseActionDialog"
    color: "#cc000000"
    visible: false
    property string receipt
    property bool handOver: false
    property list<string> names
    property list<string> kinds
    property list<string> texts
    readonly property bool mongolian: Session.language === "mn"

    function askMaterial(receipt: string) {
        dialog.receipt = receipt
        dialog.handOver = false
        dialog.names = CaseBoard.materialNames(receipt)
        dialog.kinds = CaseBoard.materialKinds(receipt)
        dialog.texts = CaseBoard.materialTexts(receipt)
        dialog.visible = true
    }
    function askHandOver(receipt: string) {
        dialog.receipt = receipt
        dialog.handOver = true
        dialog.names = []
        dialog.kinds = []
        dialog.texts = []
        dialog.visible = true
    }

    MouseArea { anchors.fill: parent } // nothing underneath takes a touch meanwhile

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        height: dialog.mongolian ? parent.height - 4 * Theme.margin
                                 : Math.min(parent.height - 2 * Theme.margin, box.implicitHeight + 2 * Theme.margin)
        radius: Theme.radius * 2
        color: Theme.surface
        border.color: Theme.accent
        border.width: 4
        Flickable {
            id: flick
            visible: !dialog.mongolian
            anchors.fill: parent
            anchors.margins: Theme.margin
            clip: true
            contentHeight: box.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: box
                width: flick.width
                spacing: Theme.gap
                StaticText {
                    Layout.fillWidth: true
                    text: dialog.handOver ? qsTr("确认已把办理结果交给申请人？") : qsTr("收到了哪一份材料？")
                    font.pixelSize: Theme.title
                    font.bold: true
                    font.family: Theme.fontFamily
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                BodyText {
                    text: qsTr("平台回执 %1。记录后会报送旗政务服务平台，不能在本机撤回。").arg(dialog.receipt)
                }
                Repeater {
                    model: dialog.texts
                    delegate: KioskButton {
                        required property string modelData
                        required property int index
                        Layout.fillWidth: true
                        text: modelData
                        onClicked: {
                            dialog.visible = false
                            CaseBoard.materialReceived(dialog.receipt, dialog.names[index], dialog.kinds[index])
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    KioskButton {
                        objectName: "confirmHandOver"
                        visible: dialog.handOver
                        Layout.fillWidth: true
                        primary: true
                        text: qsTr("确认已交付")
                        onClicked: {
                            dialog.visible = false
                            CaseBoard.handedOver(dialog.receipt)
                        }
                    }
                    KioskButton {
                        objectName: "cancelCaseAction"
                        Layout.fillWidth: true
                        text: qsTr("取消")
                        onClicked: dialog.visible = false
                    }
                }
            }
        }
        // Mongolian (docs/DESIGN.md §9e): the question and what recording means in columns, the
        // materials (the catalogue's Chinese names, as staff read them) as buttons in rows, then
        // confirm and cancel as tall buttons.
        MongolianStrip {
            objectName: "caseActionMongolian"
            visible: dialog.mongolian
            fadeColor: Theme.surface
            anchors.fill: parent
            anchors.margins: Theme.margin
            MongolianBlock {
                heading: true
                text: dialog.handOver ? qsTr("确认已把办理结果交给申请人？") : qsTr("收到了哪一份材料？")
            }
            MongolianBlock {
                text: qsTr("平台回执 %1。记录后会报送旗政务服务平台，不能在本机撤回。").arg(dialog.receipt)
            }
            Column {
                visible: !dialog.handOver
                spacing: Theme.gap
                Repeater {
                    model: dialog.mongolian ? dialog.texts : []
                    delegate: KioskButton {
                        required property string modelData
                        required property int index
                        objectName: "caseMaterial_" + index
                        width: Math.min(implicitWidth, 420)
                        text: modelData
                        onClicked: {
                            dialog.visible = false
                            CaseBoard.materialReceived(dialog.receipt, dialog.names[index], dialog.kinds[index])
                        }
                    }
                }
            }
            KioskButton {
                objectName: "confirmHandOverMongolian"
                visible: dialog.handOver
                height: parent.height
                verticalLength: height - 12
                primary: true
                text: qsTr("确认已交付")
                onClicked: {
                    dialog.visible = false
                    CaseBoard.handedOver(dialog.receipt)
                }
            }
            KioskButton {
                objectName: "cancelCaseActionMongolian"
                height: parent.height
                verticalLength: height - 12
                text: qsTr("取消")
                onClicked: dialog.visible = false
            }
        }
    }
}
