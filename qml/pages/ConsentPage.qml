import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Step 3 of 我要办: 个人信息处理告知 (PIPL), and the citizen's yes or no.
Rectangle {
    id: page
    color: Theme.background
    signal next()
    signal back()
    property bool declined: false
    readonly property bool mongolian: Session.language === "mn"

    // Mongolian mode (docs/DESIGN.md §9e): the notice as one strip of columns read left to right
    // (each section's heading, then its text), the answers as tall buttons on the right; after
    // 不同意, what that means and the ways out, the same way.
    RowLayout {
        objectName: "mongolianConsent"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin
        MongolianStrip {
            objectName: "consentStripMongolian"
            visible: !page.declined
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                heading: true
                text: qsTr("第3步（共4步）：个人信息处理告知")
            }
            MongolianBlock {
                text: qsTr("为了办理“%1”，需要用到您的个人信息。请您看一看下面几条，看不清楚或有疑问，可以请工作人员读给您听。")
                      .arg(Apply.mongolianName.length > 0 ? Apply.mongolianName : Apply.itemName)
            }
            MongolianBlock { heading: true; pixelSize: Theme.body; text: qsTr("一、收集哪些信息") }
            MongolianBlock { text: qsTr("您的姓名、身份证号、联系电话、地址，以及这个事项需要的其他信息和材料图片。") }
            MongolianBlock { heading: true; pixelSize: Theme.body; text: qsTr("二、为什么收集") }
            MongolianBlock { text: qsTr("只用于办理您申请的政务服务事项，不做别的用途。") }
            MongolianBlock { heading: true; pixelSize: Theme.body; text: qsTr("三、交给谁") }
            MongolianBlock { text: qsTr("奈曼旗相关业务主管部门。您的信息经加密传送至旗级政务服务平台，由主管部门办理。") }
            MongolianBlock { heading: true; pixelSize: Theme.body; text: qsTr("四、保存多久") }
            MongolianBlock { text: qsTr("按政务服务档案管理规定保存。本机在提交到平台后即删除加密数据，只保留受理编号和办理状态，方便您查进度。") }
            MongolianBlock { heading: true; pixelSize: Theme.body; text: qsTr("五、怎样保护") }
            MongolianBlock { text: qsTr("您填写的内容在本机上加密保存，只有主管部门能打开。服务点的工作人员也看不到您填写的内容。") }
            MongolianBlock { heading: true; pixelSize: Theme.body; text: qsTr("六、您的权利") }
            MongolianBlock { text: qsTr("您可以查阅、更正自己的信息，也可以撤回同意。撤回同意后，本次申请不能继续办理。需要时请找服务点工作人员或主管部门。") }
        }
        MongolianStrip {
            objectName: "consentRefusedMongolian"
            visible: page.declined
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                heading: true
                text: qsTr("您没有同意，本次申请不能在本机继续办理。")
                color: Theme.warning
            }
            MongolianBlock {
                text: qsTr("没有您的同意，我们不能使用您的个人信息，也就没法替您把申请送到主管部门。您填写的内容不会保存，离开本机时会全部清除。\n\n您可以再看一遍告知内容后同意，也可以带上材料到“办事指南”里写的办理地点当面办理。")
                      .replace(/\n+/g, "\n") // an empty line would be an empty column
            }
        }
        KioskButton {
            objectName: "consentDeclineMongolian"
            visible: !page.declined
            Layout.fillHeight: true
            verticalLength: height - 12
            fontSize: Theme.heading
            text: qsTr("不同意")
            onClicked: {
                Apply.consented = false
                page.declined = true
            }
        }
        KioskButton {
            objectName: "consentAgreeMongolian"
            visible: !page.declined
            Layout.fillHeight: true
            verticalLength: height - 12
            primary: true
            fontSize: Theme.heading
            text: qsTr("同意并继续")
            onClicked: {
                Apply.consented = true
                page.next()
            }
        }
        KioskButton {
            objectName: "consentRereadMongolian"
            visible: page.declined
            Layout.fillHeight: true
            verticalLength: height - 12
            fontSize: Theme.heading
            text: qsTr("再看一遍告知")
            onClicked: page.declined = false
        }
        KioskButton {
            objectName: "consentBackMongolian"
            visible: page.declined
            Layout.fillHeight: true
            verticalLength: height - 12
            fontSize: Theme.heading
            text: qsTr("返回上一步")
            onClicked: page.back()
        }
    }

    ColumnLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Heading {
            text: qsTr("第3步（共4步）：个人信息处理告知")
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !page.declined
            Flickable {
                id: flick
                objectName: "consentFlick"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                contentHeight: sections.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: sections
                    width: flick.width
                    spacing: Theme.gap
                    BodyText {
                        text: qsTr("为了办理“%1”，需要用到您的个人信息。请您看一看下面几条，看不清楚或有疑问，可以请工作人员读给您听。").arg(Apply.itemName)
                    }
                    Section {
                        title: qsTr("一、收集哪些信息")
                        BodyText { text: qsTr("您的姓名、身份证号、联系电话、地址，以及这个事项需要的其他信息和材料图片。") }
                    }
                    Section {
                        title: qsTr("二、为什么收集")
                        BodyText { text: qsTr("只用于办理您申请的政务服务事项，不做别的用途。") }
                    }
                    Section {
                        title: qsTr("三、交给谁")
                        BodyText { text: qsTr("奈曼旗相关业务主管部门。您的信息经加密传送至旗级政务服务平台，由主管部门办理。") }
                    }
                    Section {
                        title: qsTr("四、保存多久")
                        BodyText { text: qsTr("按政务服务档案管理规定保存。本机在提交到平台后即删除加密数据，只保留受理编号和办理状态，方便您查进度。") }
                    }
                    Section {
                        title: qsTr("五、怎样保护")
                        BodyText { text: qsTr("您填写的内容在本机上加密保存，只有主管部门能打开。服务点的工作人员也看不到您填写的内容。") }
                    }
                    Section {
                        title: qsTr("六、您的权利")
                        BodyText { text: qsTr("您可以查阅、更正自己的信息，也可以撤回同意。撤回同意后，本次申请不能继续办理。需要时请找服务点工作人员或主管部门。") }
                    }
                }
            }
            ScrollHint { flickable: flick }
        }

        // After 不同意: say plainly what that means and offer the ways out.
        Banner {
            objectName: "consentRefused"
            visible: page.declined
            Layout.fillHeight: true
            tint: Theme.warning
            text: qsTr("您没有同意，本次申请不能在本机继续办理。")
            BodyText {
                text: qsTr("没有您的同意，我们不能使用您的个人信息，也就没法替您把申请送到主管部门。您填写的内容不会保存，离开本机时会全部清除。\n\n您可以再看一遍告知内容后同意，也可以带上材料到“办事指南”里写的办理地点当面办理。")
            }
            Item { Layout.fillHeight: true }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            KioskButton {
                objectName: "consentDecline"
                visible: !page.declined
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                fontSize: Theme.heading
                text: qsTr("不同意")
                onClicked: {
                    Apply.consented = false
                    page.declined = true
                }
            }
            KioskButton {
                objectName: "consentReread"
                visible: page.declined
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                fontSize: Theme.heading
                text: qsTr("再看一遍告知")
                onClicked: page.declined = false
            }
            KioskButton {
                objectName: "consentBack"
                visible: page.declined
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                fontSize: Theme.heading
                text: qsTr("返回上一步")
                onClicked: page.back()
            }
            KioskButton {
                objectName: "consentAgree"
                visible: !page.declined
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                primary: true
                fontSize: Theme.heading
                text: qsTr("同意并继续")
                onClicked: {
                    Apply.consented = true
                    page.next()
                }
            }
        }
    }
}
