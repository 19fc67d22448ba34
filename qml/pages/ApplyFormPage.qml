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
            visible: !form.editing
            text: qsTr("第1步（共4步）：填写《%1》申请表").arg(Apply.itemName)
        }
        Banner {
            objectName: "onBehalfBanner"
            visible: Apply.onBehalf && !form.editing
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
            visible: (Apply.cardReaderAvailable || Apply.cardRead) && !form.editing
            tint: Apply.cardRead ? Theme.good : Theme.secondary
            text: Apply.cardRead ? qsTr("✓ 已从身份证读取，请核对下面带“读自身份证”的内容")
                                 : qsTr("请将身份证放在读卡区，姓名、身份证号和地址会自动填好；也可以点下面的方框自己填写")
        }
        Banner {
            objectName: "deviceMessage"
            visible: Apply.deviceMessage.length > 0 && !form.editing
            tint: Theme.warning
            text: Apply.deviceMessage
        }

        FormView {
            id: form
            Layout.fillWidth: true
            Layout.fillHeight: true
            form: Apply.fields
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: !form.editing
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
