pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// One material of the application and how the citizen provides it: picture, e-certificate,
// 容缺后补 or 告知承诺.
Rectangle {
    id: card
    required property int index
    required property string name
    required property string note
    required property string form
    required property bool required
    required property bool allowsToFollow
    required property bool allowsCommitment
    required property bool eCertificate
    required property string choice
    required property int pictures
    required property string error

    property bool promising: false
    readonly property bool mongolian: Session.language === "mn"
    readonly property bool waiting: Apply.materials.waitingRow === card.index
    readonly property bool provided: card.choice !== "none" && card.choice.length > 0

    objectName: "material_" + card.index
    implicitHeight: card.mongolian ? 0 : column.implicitHeight + 2 * Theme.gap
    // Mongolian mode: a band as high as the strip it stands in, read left to right.
    implicitWidth: card.mongolian ? band.implicitWidth + 2 * Theme.gap : 0
    radius: Theme.radius
    color: Theme.surface
    border.color: card.error.length > 0 ? Theme.error : (card.provided ? Theme.good : Theme.border)
    border.width: card.error.length > 0 || card.provided ? 3 : Theme.borderWidth

    function choiceText(): string {
        switch (card.choice) {
        case "attached":
            return qsTr("✓ 已上传%n张", "", card.pictures)
        case "e_certificate":
            return qsTr("✓ 已扫电子证照")
        case "to_follow":
            return qsTr("✓ 容缺后补：先受理，之后再补交这份材料")
        case "committed":
            return qsTr("✓ 已作告知承诺，不用提交这份材料")
        }
        return card.required ? qsTr("还没有提供") : qsTr("还没有提供（如与您无关可以不提供）")
    }

    // Mongolian mode (docs/DESIGN.md §9e): the material's name (the catalogue's Chinese, upright),
    // its marks, how it is given so far, then the ways to give it as tall buttons, in columns.
    Row {
        id: band
        objectName: "materialMongolian_" + card.index
        visible: card.mongolian
        x: Theme.gap
        y: Theme.gap
        height: Math.max(0, card.height - 2 * Theme.gap)
        spacing: Theme.gap
        MongolianBlock {
            text: (card.index + 1) + ". " + card.name
            pixelSize: Theme.heading
        }
        MongolianBlock {
            text: (card.form.length > 0 ? card.form + "\n" : "")
                  + (card.required ? qsTr("必需") : qsTr("非必需"))
                  + (card.eCertificate ? "\n" + qsTr("电子证照") : "")
            pixelSize: Theme.small
            color: Theme.muted
        }
        MongolianBlock {
            visible: card.note.length > 0
            text: card.note
            pixelSize: Theme.small
            color: Theme.muted
        }
        MongolianBlock {
            objectName: "materialChoiceMongolian_" + card.index
            text: card.choiceText()
            color: card.provided ? Theme.good : Theme.muted
        }
        MongolianBlock {
            visible: card.waiting
            text: qsTr("请把电子证照二维码对准扫码口")
            color: Theme.secondary
        }
        KioskButton {
            visible: card.waiting
            height: parent.height
            verticalLength: height - 12
            text: qsTr("不扫了")
            onClicked: Apply.materials.waitForCertificate(-1)
        }
        MongolianBlock {
            objectName: "promiseTextMongolian_" + card.index
            visible: card.promising
            text: qsTr("本人承诺：本人符合“%1”所证明的条件，暂不提交这份材料。所作承诺真实有效，如有不实，愿意承担相应法律责任，并接受撤销办理结果等处理。").arg(card.name)
            color: Theme.warning
        }
        KioskButton {
            visible: card.promising
            height: parent.height
            verticalLength: height - 12
            primary: true
            text: qsTr("我承诺")
            onClicked: {
                Apply.materials.markCommitted(card.index)
                card.promising = false
            }
        }
        KioskButton {
            visible: card.promising
            height: parent.height
            verticalLength: height - 12
            text: qsTr("不承诺")
            onClicked: card.promising = false
        }
        KioskButton {
            visible: !card.promising && Apply.scannerAvailable
            height: parent.height
            verticalLength: height - 12
            text: card.choice === "attached" ? qsTr("再拍一张") : qsTr("拍照上传")
            onClicked: Apply.attachPicture(card.index)
        }
        KioskButton {
            visible: !card.promising && Apply.qrScannerAvailable && !card.waiting
            height: parent.height
            verticalLength: height - 12
            text: qsTr("扫电子证照")
            onClicked: Apply.materials.waitForCertificate(card.index)
        }
        KioskButton {
            visible: !card.promising && card.allowsToFollow && card.choice !== "to_follow"
            height: parent.height
            verticalLength: height - 12
            text: qsTr("容缺后补")
            onClicked: Apply.materials.markToFollow(card.index)
        }
        KioskButton {
            visible: !card.promising && card.allowsCommitment && card.choice !== "committed"
            height: parent.height
            verticalLength: height - 12
            text: qsTr("告知承诺")
            onClicked: card.promising = true
        }
        KioskButton {
            visible: !card.promising && card.provided
            height: parent.height
            verticalLength: height - 12
            text: qsTr("撤销选择")
            onClicked: Apply.materials.clearChoice(card.index)
        }
        MongolianBlock {
            objectName: "materialErrorMongolian_" + card.index
            visible: card.error.length > 0
            text: card.error
            color: Theme.error
        }
    }

    ColumnLayout {
        id: column
        visible: !card.mongolian
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 8
        BodyText {
            text: (card.index + 1) + ". " + card.name
            font.pixelSize: Theme.heading
            font.bold: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Badge { visible: card.form.length > 0; text: card.form }
            Badge { text: card.required ? qsTr("必需") : qsTr("非必需"); tint: card.required ? Theme.accent : Theme.muted }
            Badge { visible: card.eCertificate; text: qsTr("电子证照"); tint: Theme.secondary }
        }
        BodyText {
            visible: card.note.length > 0
            text: card.note
            font.pixelSize: Theme.small
            color: Theme.muted
        }
        BodyText {
            objectName: "materialChoice_" + card.index
            text: card.choiceText()
            font.bold: card.provided
            color: card.provided ? Theme.good : Theme.muted
        }

        Banner {
            objectName: "waitingQr_" + card.index
            visible: card.waiting
            tint: Theme.secondary
            text: qsTr("请把电子证照二维码对准扫码口")
            KioskButton {
                text: qsTr("不扫了")
                onClicked: Apply.materials.waitForCertificate(-1)
            }
        }

        // 告知承诺: the citizen reads the commitment before making it.
        Banner {
            objectName: "promiseText_" + card.index
            visible: card.promising
            tint: Theme.warning
            BodyText {
                text: qsTr("本人承诺：本人符合“%1”所证明的条件，暂不提交这份材料。所作承诺真实有效，如有不实，愿意承担相应法律责任，并接受撤销办理结果等处理。").arg(card.name)
            }
            RowLayout {
                spacing: Theme.gap
                KioskButton {
                    objectName: "promise_" + card.index
                    primary: true
                    text: qsTr("我承诺")
                    onClicked: {
                        Apply.materials.markCommitted(card.index)
                        card.promising = false
                    }
                }
                KioskButton {
                    text: qsTr("不承诺")
                    onClicked: card.promising = false
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            visible: !card.promising
            spacing: 8
            KioskButton {
                objectName: "attach_" + card.index
                visible: Apply.scannerAvailable
                text: card.choice === "attached" ? qsTr("再拍一张") : qsTr("拍照上传")
                onClicked: Apply.attachPicture(card.index)
            }
            KioskButton {
                objectName: "eCert_" + card.index
                visible: Apply.qrScannerAvailable && !card.waiting
                text: qsTr("扫电子证照")
                onClicked: Apply.materials.waitForCertificate(card.index)
            }
            KioskButton {
                objectName: "toFollow_" + card.index
                visible: card.allowsToFollow && card.choice !== "to_follow"
                text: qsTr("容缺后补")
                onClicked: Apply.materials.markToFollow(card.index)
            }
            KioskButton {
                objectName: "commit_" + card.index
                visible: card.allowsCommitment && card.choice !== "committed"
                text: qsTr("告知承诺")
                onClicked: card.promising = true
            }
            KioskButton {
                objectName: "undo_" + card.index
                visible: card.provided
                text: qsTr("撤销选择")
                onClicked: Apply.materials.clearChoice(card.index)
            }
        }

        BodyText {
            objectName: "materialError_" + card.index
            visible: card.error.length > 0
            text: card.error
            font.bold: true
            color: Theme.error
        }
    }
}
