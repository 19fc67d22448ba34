pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Step 1 of 我要办: the application form, filled from the ID card or with the on-screen keyboard.
Rectangle {
    id: page
    Keys.forwardTo: [form.keyboard] // typing on a keyboard fills the field being edited
    color: Theme.background
    signal next()

    property bool triedNext: false
    readonly property bool mongolian: Session.language === "mn"
    /** The item as a Mongolian reader names it: its Mongolian name, else the Chinese. */
    readonly property string itemTitle: Apply.mongolianName.length > 0 ? Apply.mongolianName : Apply.itemName

    function tryNext() {
        Apply.fields.finishEditing()
        page.triedNext = true
        if (Apply.checkForm()) {
            page.triedNext = false
            page.next()
        } else {
            form.showFirstError()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Heading {
            visible: !form.editing && !page.mongolian
            text: qsTr("第1步（共4步）：填写《%1》申请表").arg(Apply.itemName)
        }
        Banner {
            objectName: "onBehalfBanner"
            visible: Apply.onBehalf && !form.editing && !page.mongolian
            tint: Theme.secondary
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                BodyText {
                    text: qsTr("工作人员代办：%1。申请人如何授权？").arg(Staff.displayName)
                    font.bold: true
                    color: Theme.secondary
                }
                KioskButton {
                    objectName: "auth_in_person"
                    checkable: true
                    exclusive: true
                    checked: Apply.authorisation === "in_person"
                    text: qsTr("本人在场授权")
                    primary: Apply.authorisation === "in_person"
                    onClicked: Apply.authorisation = "in_person"
                }
                KioskButton {
                    objectName: "auth_letter"
                    checkable: true
                    exclusive: true
                    checked: Apply.authorisation === "letter"
                    text: qsTr("委托书")
                    primary: Apply.authorisation === "letter"
                    onClicked: Apply.authorisation = "letter"
                }
            }
            BodyText {
                visible: Apply.authorisation === "letter"
                text: qsTr("请在材料中上传委托书，并核对委托人和受托人的身份证件。")
                font.pixelSize: Theme.small
                color: Theme.muted
            }
        }
        Banner {
            objectName: "cardBanner"
            visible: (Apply.cardReaderAvailable || Apply.cardRead) && !form.editing && !page.mongolian
            tint: Apply.cardRead ? Theme.good : Theme.secondary
            text: Apply.cardRead ? qsTr("✓ 已从身份证读取，请核对下面带“读自身份证”的内容")
                                 : qsTr("请将身份证放在读卡区，姓名、身份证号和地址会自动填好；也可以点下面的方框自己填写")
        }
        Banner {
            objectName: "deviceMessage"
            visible: Apply.deviceMessage.length > 0 && !form.editing && !page.mongolian
            tint: Theme.warning
            text: Apply.deviceMessage
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            // Mongolian mode (docs/DESIGN.md §9e): what to do, in columns to the left of the
            // fields, which stand side by side; 下一步 a tall button on the right.
            MongolianStrip {
                id: guideStrip
                objectName: "applyFormMongolian"
                visible: page.mongolian && !form.editing
                Layout.fillHeight: true
                Layout.preferredWidth: Math.min(guideStrip.flickable.contentWidth, page.width * 0.3)
                MongolianBlock {
                    heading: true
                    text: qsTr("第1步（共4步）：填写《%1》申请表").arg(page.itemTitle)
                }
                MongolianBlock {
                    visible: Apply.onBehalf
                    text: qsTr("工作人员代办：%1。申请人如何授权？").arg(Staff.displayName)
                    color: Theme.secondary
                }
                KioskButton {
                    visible: Apply.onBehalf
                    height: parent.height
                    verticalLength: height - 12
                    checkable: true
                    exclusive: true
                    checked: Apply.authorisation === "in_person"
                    text: qsTr("本人在场授权")
                    primary: Apply.authorisation === "in_person"
                    onClicked: Apply.authorisation = "in_person"
                }
                KioskButton {
                    visible: Apply.onBehalf
                    height: parent.height
                    verticalLength: height - 12
                    checkable: true
                    exclusive: true
                    checked: Apply.authorisation === "letter"
                    text: qsTr("委托书")
                    primary: Apply.authorisation === "letter"
                    onClicked: Apply.authorisation = "letter"
                }
                MongolianBlock {
                    visible: Apply.onBehalf && Apply.authorisation === "letter"
                    text: qsTr("请在材料中上传委托书，并核对委托人和受托人的身份证件。")
                    pixelSize: Theme.small
                    color: Theme.muted
                }
                MongolianBlock {
                    objectName: "cardBannerMongolian"
                    visible: Apply.cardReaderAvailable || Apply.cardRead
                    text: Apply.cardRead ? qsTr("✓ 已从身份证读取，请核对下面带“读自身份证”的内容")
                                         : qsTr("请将身份证放在读卡区，姓名、身份证号和地址会自动填好；也可以点下面的方框自己填写")
                    color: Apply.cardRead ? Theme.good : Theme.secondary
                }
                MongolianBlock {
                    visible: Apply.deviceMessage.length > 0
                    text: Apply.deviceMessage
                    color: Theme.warning
                }
            }

            FormView {
                id: form
                Layout.fillWidth: true
                Layout.fillHeight: true
                form: Apply.fields
            }

            RowLayout {
                visible: page.mongolian && !form.editing
                Layout.fillHeight: true
                Layout.fillWidth: false
                spacing: Theme.gap
                VerticalText {
                    objectName: "formHintMongolian"
                    visible: page.triedNext && !Apply.fields.complete
                    Layout.fillHeight: true
                    Layout.preferredWidth: implicitWidth
                    columnLength: height
                    text: qsTr("还有内容需要填写或改正，请看红字提示")
                    pixelSize: Theme.body
                    color: Theme.error
                }
                KioskButton {
                    objectName: "formNextMongolian"
                    Layout.fillHeight: true
                    primary: true
                    fontSize: Theme.heading
                    verticalLength: height - 12
                    text: qsTr("下一步：提供材料")
                    onClicked: page.tryNext()
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: !form.editing && !page.mongolian
            spacing: 8
            BodyText {
                objectName: "formHint"
                visible: page.triedNext && !Apply.fields.complete
                text: qsTr("还有内容需要填写或改正，请看红字提示")
                font.bold: true
                color: Theme.error
            }
            KioskButton {
                objectName: "formNext"
                Layout.fillWidth: true
                primary: true
                fontSize: Theme.heading
                text: qsTr("下一步：提供材料")
                onClicked: page.tryNext()
            }
        }
    }
}
