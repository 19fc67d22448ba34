pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Step 2 of 我要办: how each material is provided.
Rectangle {
    id: page
    color: Theme.background
    signal next()
    property bool triedNext: false
    /** The card whose commitment text is open, kept in view while the layout settles. */
    property Item revealing: null
    readonly property bool mongolian: Session.language === "mn"

    // Scrolls just enough for the whole card to show (its top first if it is taller than the view).
    function reveal(card: Item) {
        const top = card.mapToItem(flick.contentItem, 0, 0).y
        let y = Math.max(flick.contentY, top + card.height - flick.height)
        y = Math.min(y, top)
        flick.contentY = Math.max(0, Math.min(y, flick.contentHeight - flick.height))
    }
    function tryNext() {
        page.triedNext = true
        if (Apply.checkMaterials()) {
            page.triedNext = false
            page.next()
        }
    }

    // Mongolian mode (docs/DESIGN.md §9e): one strip read left to right: the step, what to do,
    // then each material as a band of columns with its buttons; 下一步 a tall button on the right.
    RowLayout {
        objectName: "mongolianMaterials"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin
        MongolianStrip {
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                heading: true
                text: qsTr("第2步（共4步）：提供材料")
            }
            MongolianBlock {
                text: Apply.scannerAvailable ? qsTr("把材料正面朝下放在扫描区，再点“拍照上传”。手机上有电子证照的，可以点“扫电子证照”。")
                                             : qsTr("本机没有扫描设备。手机上有电子证照的，可以点“扫电子证照”；纸质材料请交给工作人员。")
                color: Theme.muted
            }
            MongolianBlock {
                visible: Apply.deviceMessage.length > 0
                text: Apply.deviceMessage
                color: Theme.warning
            }
            Repeater {
                id: bandRepeater
                model: page.mongolian ? Apply.materials : null
                delegate: MaterialChoiceCard {
                    height: parent ? parent.height : 0
                }
            }
            MongolianBlock {
                visible: bandRepeater.count === 0
                text: qsTr("这个事项不需要提交材料，请点“下一步”。")
            }
        }
        VerticalText {
            objectName: "materialsHintMongolian"
            visible: page.triedNext && !Apply.materials.complete
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            columnLength: height
            text: qsTr("还有必需的材料没有提供，请看红字提示")
            pixelSize: Theme.body
            color: Theme.error
        }
        KioskButton {
            objectName: "materialsNextMongolian"
            Layout.fillHeight: true
            primary: true
            fontSize: Theme.heading
            verticalLength: height - 12
            text: qsTr("下一步：个人信息告知")
            onClicked: page.tryNext()
        }
    }

    ColumnLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Heading {
            text: qsTr("第2步（共4步）：提供材料")
        }
        BodyText {
            text: Apply.scannerAvailable ? qsTr("把材料正面朝下放在扫描区，再点“拍照上传”。手机上有电子证照的，可以点“扫电子证照”。")
                                         : qsTr("本机没有扫描设备。手机上有电子证照的，可以点“扫电子证照”；纸质材料请交给工作人员。")
            color: Theme.muted
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                id: flick
                objectName: "materialFlick"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                contentHeight: cards.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                onContentHeightChanged: {
                    if (page.revealing)
                        page.reveal(page.revealing)
                }
                ColumnLayout {
                    id: cards
                    width: flick.width
                    spacing: Theme.gap
                    Repeater {
                        id: materialRepeater
                        model: Apply.materials
                        delegate: MaterialChoiceCard {
                            id: choiceCard
                            Layout.fillWidth: true
                            // The commitment text opens inside the card: bring it and 我承诺 into view.
                            onPromisingChanged: page.revealing = choiceCard.promising ? choiceCard : null
                            onHeightChanged: {
                                if (choiceCard.promising)
                                    page.reveal(choiceCard)
                            }
                        }
                    }
                    BodyText {
                        visible: materialRepeater.count === 0
                        text: qsTr("这个事项不需要提交材料，请点“下一步”。")
                    }
                }
            }
            ScrollHint { flickable: flick }
        }
        Banner {
            objectName: "materialsDeviceMessage"
            visible: Apply.deviceMessage.length > 0
            tint: Theme.warning
            text: Apply.deviceMessage
        }
        BodyText {
            objectName: "materialsHint"
            visible: page.triedNext && !Apply.materials.complete
            text: qsTr("还有必需的材料没有提供，请看红字提示")
            font.bold: true
            color: Theme.error
        }
        KioskButton {
            objectName: "materialsNext"
            Layout.fillWidth: true
            primary: true
            fontSize: Theme.heading
            text: qsTr("下一步：个人信息告知")
            onClicked: page.tryNext()
        }
    }
}
