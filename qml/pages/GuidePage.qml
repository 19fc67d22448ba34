pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// The complete guide (办事指南) of one item, the button for its one-time notice, and 我要办 for
// items handled at this service point.
Rectangle {
    id: page
    color: Theme.background
    signal noticeRequested()
    signal applyRequested(string code)
    signal bookRequested(string code)
    readonly property GuideView guide: Catalogue.guide
    /** Staff chose 代办 on their board: the application is made on the citizen's behalf. */
    property bool forStaff: false
    readonly property bool canApply: page.guide.handledHere && Apply.readinessProblem.length === 0

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        MongolianGuide {
            // Mongolian mode: the same guide in columns, read left to right.
            visible: Session.language === "mn"
            Layout.fillWidth: true
            Layout.fillHeight: true
            guide: page.guide
        }
        Item {
            visible: Session.language !== "mn"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                anchors.fill: parent
                anchors.rightMargin: 20
                id: flick
                objectName: "guideFlick"
                clip: true
                contentHeight: sections.implicitHeight
                boundsBehavior: Flickable.StopAtBounds

                ColumnLayout {
                    id: sections
                    width: flick.width
                    spacing: Theme.gap

                    Heading {
                        text: page.guide.name
                    }
                    BodyText {
                        text: qsTr("%1 · %2 · 事项编码 %3%4").arg(page.guide.agency).arg(page.guide.type).arg(page.guide.code)
                              .arg(page.guide.sampleCode ? qsTr("（示例）") : "")
                        font.pixelSize: Theme.small
                        color: Theme.muted
                    }
                    BodyText {
                        objectName: "windowNote"
                        visible: page.guide.windowNote
                        text: qsTr("本指南尚未经实施部门确认，以窗口解释为准")
                        font.pixelSize: Theme.small
                        color: Theme.warning
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: here.implicitHeight + 2 * Theme.gap
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: page.guide.handledHere ? Theme.good : Theme.warning
                        border.width: 3
                        BodyText {
                            id: here
                            anchors.fill: parent
                            anchors.margins: Theme.gap
                            font.bold: true
                            color: page.guide.handledHere ? Theme.good : Theme.warning
                            text: page.guide.handledHere ? qsTr("✓ 本服务点可以办理此事项")
                                  : page.guide.nearest.length > 0 ? qsTr("本服务点不办理此事项，最近的办理地点：%1").arg(page.guide.nearest)
                                  : qsTr("本服务点不办理此事项，请到下方“办理地点”所列地点办理")
                        }
                    }
                    BodyText { text: page.guide.summary }

                    Section {
                        title: qsTr("受理条件")
                        NumberedList { entries: page.guide.conditions }
                        BodyText {
                            visible: page.guide.tentativeConditions.length > 0
                            text: qsTr("以下条件尚待部门确认，仅供参考，以窗口解释为准：")
                            color: Theme.muted
                        }
                        NumberedList { entries: page.guide.tentativeConditions; numbered: false }
                    }
                    Section {
                        title: qsTr("申请材料（请对照勾选）")
                        Repeater {
                            id: materialList
                            model: page.guide.materials
                            delegate: MaterialDelegate { Layout.fillWidth: true }
                        }
                        BodyText {
                            visible: materialList.count === 0
                            text: qsTr("无需提交材料")
                        }
                    }
                    Section {
                        title: qsTr("办理流程")
                        NumberedList { entries: page.guide.steps }
                    }
                    Section {
                        title: qsTr("时限与收费")
                        BodyText {
                            text: qsTr("法定办结时限：%1\n承诺办结时限：%2\n到现场次数：%3 次\n收费：%4\n网上办理深度：%5 级")
                                  .arg(page.guide.legalDays).arg(page.guide.promisedDays).arg(page.guide.visits)
                                  .arg(page.guide.fee).arg(["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"][page.guide.onlineDepth - 1])
                        }
                    }
                    Section {
                        title: qsTr("设定依据")
                        NumberedList { entries: page.guide.basis; numbered: false }
                    }
                    Section {
                        objectName: "guideSources"
                        title: qsTr("信息来源与审核")
                        BodyText { text: page.guide.review; font.pixelSize: Theme.small }
                        NumberedList { entries: page.guide.sources; numbered: false }
                    }
                    Section {
                        visible: page.guide.notes.length > 0
                        title: qsTr("注意事项")
                        NumberedList { entries: page.guide.notes; numbered: false }
                    }
                    Section {
                        title: qsTr("办理地点")
                        BodyText { text: qsTr("可受理层级：%1").arg(page.guide.levels) }
                        NumberedList { entries: page.guide.places; numbered: false }
                    }
                }
            }
            ScrollHint { flickable: flick }
        }
        Banner {
            objectName: "applyProblem"
            visible: page.guide.handledHere && Apply.readinessProblem.length > 0
            tint: Theme.warning
            text: qsTr("本机暂时不能在线申请：%1").arg(Apply.readinessProblem)
            BodyText {
                text: qsTr("您可以生成告知书，带上材料到窗口办理，或请工作人员帮助。")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            KioskButton {
                id: applyButton
                objectName: "applyButton"
                visible: page.canApply
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.minimumWidth: applyButton.vertical ? applyButton.implicitWidth : 0
                primary: true
                fontSize: Theme.heading
                verticalLength: Theme.touch * 2.6 // ᠠᠶᠢᠯᠠᠳᠬᠠᠬᠤ whole at the elder heading size
                text: page.forStaff ? qsTr("代办申请：为群众在线申请") : qsTr("我要办 · 在线申请")
                onClicked: page.applyRequested(page.guide.code)
            }
            KioskButton {
                id: bookButton
                objectName: "bookButton"
                visible: page.guide.handledHere && !page.forStaff && Booking.bookable(page.guide.code)
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.minimumWidth: bookButton.vertical ? bookButton.implicitWidth : 0
                text: qsTr("预约办理（选时间到窗口办）")
                onClicked: page.bookRequested(page.guide.code)
            }
            KioskButton {
                id: noticeButton
                objectName: "noticeButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                // Mongolian: no button is narrower than its columns (elder mode at 1024x768: the
                // notice label ran ~10 px beyond its button).
                Layout.minimumWidth: noticeButton.vertical ? noticeButton.implicitWidth : 0
                primary: !page.canApply
                text: qsTr("生成一次性告知书（PDF），带走材料清单")
                onClicked: page.noticeRequested()
            }
        }
    }
}
