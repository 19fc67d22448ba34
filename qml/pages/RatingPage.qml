pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 好差评: five big answers, reasons for a bad one, once per service.
Rectangle {
    id: page
    color: Theme.background
    signal finished()

    /** Rates the service found by 查进度 (Status) instead of the one just applied for (Apply). */
    property bool fromStatus: false
    property int level: 0
    property list<string> reasons: []
    property bool thanked: false
    property bool failed: false
    readonly property bool alreadyRated: page.fromStatus ? !Status.canRate : Apply.rated

    function toggleReason(code: string) {
        const chosen = Array.from(page.reasons)
        const at = chosen.indexOf(code)
        if (at >= 0)
            chosen.splice(at, 1)
        else
            chosen.push(code)
        page.reasons = chosen
    }
    function choose(value: int) {
        page.level = value
        if (value < 4)
            page.reasons = []
    }
    function submit() {
        const ok = page.fromStatus ? Status.rate(page.level, page.reasons) : Apply.rate(page.level, page.reasons)
        page.failed = !ok
        page.thanked = ok
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        visible: !page.thanked && !page.alreadyRated

        Heading {
            text: qsTr("您对这次服务满意吗？")
        }
        BodyText {
            text: page.fromStatus ? Status.itemName : Apply.itemName
            color: Theme.muted
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: [qsTr("非常满意"), qsTr("满意"), qsTr("基本满意"), qsTr("不满意"), qsTr("非常不满意")]
                delegate: KioskButton {
                    required property string modelData
                    required property int index
                    objectName: "level_" + (index + 1)
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    implicitHeight: Theme.touch * 1.8
                    fontSize: Theme.heading
                    checkable: true
                    exclusive: true
                    checked: page.level === index + 1
                    primary: checked
                    text: modelData
                    onClicked: page.choose(index + 1)
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: page.level >= 4
            spacing: 8
            BodyText {
                text: qsTr("哪里不满意？可以选几项，也可以不选：")
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: ["wait_too_long", "attitude", "unclear_materials", "device", "other"]
                    delegate: KioskButton {
                        id: chip
                        required property string modelData
                        required property int index
                        readonly property string code: chip.modelData
                        readonly property string label: [qsTr("办事等待时间长"), qsTr("工作人员态度不好"), qsTr("材料要求不清楚"),
                                                         qsTr("设备不好用"), qsTr("其他")][chip.index]
                        readonly property bool chosen: page.reasons.indexOf(chip.code) >= 0
                        objectName: "reason_" + chip.code
                        checkable: true
                        checked: chip.chosen
                        primary: chip.chosen
                        text: chip.label
                        onClicked: page.toggleReason(chip.code)
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
        BodyText {
            objectName: "ratingFailed"
            visible: page.failed
            text: qsTr("评价没有保存成功，请再试一次，或告诉工作人员。")
            font.bold: true
            color: Theme.error
        }
        KioskButton {
            objectName: "submitRating"
            Layout.fillWidth: true
            primary: true
            enabled: page.level > 0
            fontSize: Theme.heading
            text: page.level > 0 ? qsTr("提交评价") : qsTr("请先点上面的一项")
            onClicked: page.submit()
        }
    }

    ColumnLayout {
        objectName: page.thanked ? "ratingThanks" : "ratingDone"
        anchors.centerIn: parent
        width: parent.width * 0.8
        visible: page.thanked || page.alreadyRated
        spacing: Theme.margin
        StaticText {
            Layout.fillWidth: true
            text: page.thanked ? qsTr("谢谢您的评价！") : qsTr("这次服务已经评价过了，谢谢！")
            font.pixelSize: Theme.huge
            font.bold: true
            font.family: Theme.fontFamily
            color: Theme.good
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        BodyText {
            visible: page.thanked
            text: qsTr("您的意见会送到主管部门，帮助我们把服务做得更好。")
            horizontalAlignment: Text.AlignHCenter
        }
        KioskButton {
            objectName: "ratingHome"
            Layout.alignment: Qt.AlignHCenter
            primary: true
            fontSize: Theme.heading
            text: qsTr("完成，返回首页")
            onClicked: page.finished()
        }
    }
}
