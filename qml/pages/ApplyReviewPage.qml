pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Step 4 of 我要办: everything once more (ID and phone numbers masked), then 提交申请.
Rectangle {
    id: page
    color: Theme.background
    signal submitted()
    readonly property bool mongolian: Session.language === "mn"

    function choiceLabel(choice: string, pictures: int): string {
        switch (choice) {
        case "attached":
            return qsTr("已上传%n张", "", pictures)
        case "e_certificate":
            return qsTr("电子证照")
        case "to_follow":
            return qsTr("容缺后补")
        case "committed":
            return qsTr("告知承诺")
        }
        return qsTr("未提供")
    }
    function submit() {
        if (Apply.submit())
            page.submitted()
    }

    // Mongolian mode (docs/DESIGN.md §9e): one strip read left to right: the step, the item
    // (Mongolian name, then its Chinese), each field (its label in columns, what was typed under
    // it in a row, as typed: digits are never turned), the materials; 提交申请 a tall button.
    RowLayout {
        objectName: "mongolianReview"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin
        MongolianStrip {
            id: reviewStrip
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                heading: true
                text: qsTr("第4步（共4步）：核对后提交")
            }
            MongolianBlock {
                heading: true
                text: Apply.mongolianName.length > 0 ? Apply.mongolianName : Apply.itemName
            }
            MongolianBlock {
                // The Chinese name beside the Mongolian one (Mongolian first, to the left).
                visible: Apply.mongolianName.length > 0
                text: Apply.itemName
            }
            MongolianBlock {
                visible: Apply.onBehalf
                text: qsTr("工作人员代办：%1（%2）").arg(Staff.displayName)
                      .arg(Apply.authorisation === "letter" ? qsTr("委托书") : qsTr("本人在场授权"))
                color: Theme.secondary
            }
            Repeater {
                model: page.mongolian ? Apply.fields : null
                delegate: Column {
                    id: cell
                    required property string fieldId
                    required property string label
                    required property string reviewValue
                    /** A word's columns (是/否, a catalogue choice in Mongolian) get half the
                     *  room: a choice's long word (ᠲᠠᠰᠤᠯᠠᠭᠳᠠᠭᠰᠠᠨ) did not fit in 40%. */
                    readonly property real labelLength: Math.round(reviewStrip.room * (cell.word ? 0.5 : 0.6))
                    /** A yes or no (是/否) or a choice in Mongolian is a word: in a column. */
                    readonly property bool word: /[\u1800-\u18af]/.test(cell.reviewValue)
                    /** What was typed wraps in as many rows as fit under the label, and the cell
                     *  widens for a long one (an address) rather than cut its last rows. */
                    readonly property real valueRoom: cell.height - cell.labelLength - cell.spacing
                    readonly property int valueRows: Math.max(1, Math.floor(cell.valueRoom / valueMetrics.lineSpacing))
                    readonly property real valueWidth: Math.min(cellValue.implicitWidth,
                                                                Math.max(Theme.touch * 4,
                                                                         Math.ceil(cellValue.implicitWidth / cell.valueRows)
                                                                         + 2 * cellValue.font.pixelSize))
                    height: parent ? parent.height : 0
                    width: Math.max(cellLabel.implicitWidth, cell.word ? cellWord.implicitWidth : cell.valueWidth)
                    spacing: 8
                    FontMetrics {
                        id: valueMetrics
                        font: cellValue.font
                    }
                    VerticalText {
                        id: cellLabel
                        height: cell.labelLength
                        width: implicitWidth
                        columnLength: cell.labelLength
                        text: cell.label
                        pixelSize: Theme.body
                        color: Theme.muted
                    }
                    StaticText {
                        id: cellValue
                        objectName: "reviewMongolian_" + cell.fieldId
                        width: cell.width
                        height: Math.min(implicitHeight, cell.valueRoom)
                        clip: true
                        text: cell.reviewValue.length > 0 ? cell.reviewValue : "—"
                        font.pixelSize: Theme.body
                        font.bold: true
                        wrapMode: Text.WrapAnywhere
                        visible: !cell.word
                    }
                    VerticalText {
                        id: cellWord
                        visible: cell.word
                        height: cell.valueRoom
                        width: implicitWidth
                        columnLength: height
                        text: cell.word ? cell.reviewValue : ""
                        pixelSize: Theme.body
                    }
                }
            }
            MongolianBlock {
                heading: true
                text: qsTr("材料")
            }
            Repeater {
                id: materialBands
                model: page.mongolian ? Apply.materials : null
                delegate: MongolianBlock {
                    id: band
                    required property int index
                    required property string name
                    required property string choice
                    required property int pictures
                    objectName: "reviewMaterialMongolian_" + band.index
                    text: (band.index + 1) + ". " + band.name + "\n" + page.choiceLabel(band.choice, band.pictures)
                }
            }
            MongolianBlock {
                visible: materialBands.count === 0
                text: qsTr("无需提交材料")
            }
            MongolianBlock {
                objectName: "submitErrorMongolian"
                visible: Apply.submitError.length > 0
                text: qsTr("保存失败：%1").arg(Apply.submitError) + "\n" + qsTr("您填写的内容都还在，不用重新填写。")
                color: Theme.error
            }
        }
        KioskButton {
            objectName: "submitButtonMongolian"
            Layout.fillHeight: true
            primary: true
            fontSize: Theme.heading
            verticalLength: height - 12
            text: Apply.submitError.length > 0 ? qsTr("再试一次：提交申请") : qsTr("提交申请")
            onClicked: page.submit()
        }
    }

    ColumnLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Heading {
            text: qsTr("第4步（共4步）：核对后提交")
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                id: flick
                objectName: "reviewFlick"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                contentHeight: sections.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: sections
                    width: flick.width
                    spacing: Theme.gap
                    Section {
                        title: Apply.itemName
                        BodyText {
                            visible: Apply.onBehalf
                            text: qsTr("工作人员代办：%1（%2）").arg(Staff.displayName)
                                  .arg(Apply.authorisation === "letter" ? qsTr("委托书") : qsTr("本人在场授权"))
                            color: Theme.secondary
                        }
                        Repeater {
                            model: Apply.fields
                            delegate: RowLayout {
                                id: fieldRow
                                required property string fieldId
                                required property string label
                                required property string reviewValue
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                BodyText {
                                    Layout.fillWidth: false
                                    Layout.preferredWidth: sections.width * 0.35
                                    Layout.alignment: Qt.AlignTop
                                    text: fieldRow.label
                                    color: Theme.muted
                                }
                                BodyText {
                                    objectName: "review_" + fieldRow.fieldId
                                    Layout.alignment: Qt.AlignTop
                                    text: fieldRow.reviewValue.length > 0 ? fieldRow.reviewValue : qsTr("（未填）")
                                    font.bold: true
                                }
                            }
                        }
                    }
                    Section {
                        title: qsTr("材料")
                        Repeater {
                            id: materialRows
                            model: Apply.materials
                            delegate: RowLayout {
                                id: materialRow
                                required property int index
                                required property string name
                                required property string choice
                                required property int pictures
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                BodyText {
                                    Layout.alignment: Qt.AlignTop
                                    text: (materialRow.index + 1) + ". " + materialRow.name
                                }
                                BodyText {
                                    objectName: "reviewMaterial_" + materialRow.index
                                    Layout.fillWidth: false
                                    Layout.alignment: Qt.AlignTop
                                    text: page.choiceLabel(materialRow.choice, materialRow.pictures)
                                    font.bold: true
                                }
                            }
                        }
                        BodyText {
                            visible: materialRows.count === 0
                            text: qsTr("无需提交材料")
                        }
                    }
                }
            }
            ScrollHint { flickable: flick }
        }
        Banner {
            objectName: "submitError"
            visible: Apply.submitError.length > 0
            tint: Theme.error
            text: qsTr("保存失败：%1").arg(Apply.submitError)
            BodyText {
                text: qsTr("您填写的内容都还在，不用重新填写。")
            }
        }
        KioskButton {
            objectName: "submitButton"
            Layout.fillWidth: true
            primary: true
            fontSize: Theme.heading
            text: Apply.submitError.length > 0 ? qsTr("再试一次：提交申请") : qsTr("提交申请")
            onClicked: page.submit()
        }
    }
}
