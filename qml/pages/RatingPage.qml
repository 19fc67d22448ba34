pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// 好差评: the overall level (five big answers, none chosen at first), then three optional
// indicators (GB/T 39734: 服务效率, 服务水平, 服务态度) and reasons for a bad one, once per service.
Rectangle {
    id: page
    color: Theme.background
    signal finished()

    /** Rates the service found by 查进度 (Status) instead of the one just applied for (Apply). */
    property bool fromStatus: false
    property int level: 0
    property list<string> reasons: []
    /** Optional levels of indicatorCodes, in that order; 0: not rated. */
    property list<int> indicatorLevels: [0, 0, 0]
    readonly property list<string> levelNames: [qsTr("非常满意"), qsTr("满意"), qsTr("基本满意"), qsTr("不满意"), qsTr("非常不满意")]
    readonly property list<string> indicatorCodes: ["efficiency", "competence", "attitude"]
    /** 不满意 or worse, overall or in an indicator: the reasons are asked for. */
    readonly property bool anyBad: page.level >= 4 || Array.from(page.indicatorLevels).some(v => v >= 4)
    property bool thanked: false
    property bool failed: false
    readonly property bool alreadyRated: page.fromStatus ? !Status.canRate : Apply.rated
    readonly property bool mongolian: Session.language === "mn"
    /** The longest run of Latin letters among the answers (Chinese wraps between any two). */
    readonly property string longestLevelWord: Array.from(page.levelNames)
        .map(name => name.match(/[A-Za-z'-]+/g) || [])
        .reduce((all, words) => all.concat(words), [])
        .reduce((longest, word) => word.length > longest.length ? word : longest, "")
    readonly property int levelsAcross: levelWord.advanceWidth + 24
        <= (scrollArea.width - 20 - 4 * Theme.gap) / 5 ? 5 : 3

    TextMetrics {
        id: levelWord
        font.pixelSize: Theme.heading
        font.family: Theme.fontFamily
        text: page.longestLevelWord
    }
    readonly property list<string> indicatorNames: [qsTr("服务效率"), qsTr("服务水平"), qsTr("服务态度")]
    readonly property list<string> reasonCodes: ["wait_too_long", "attitude", "unclear_materials", "device", "other"]
    readonly property list<string> reasonNames: [qsTr("办事等待时间长"), qsTr("工作人员态度不好"), qsTr("材料要求不清楚"),
                                                 qsTr("设备不好用"), qsTr("其他")]

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
        if (!page.anyBad)
            page.reasons = []
    }
    function chooseIndicator(at: int, value: int) {
        const chosen = Array.from(page.indicatorLevels)
        // A second tap takes it back: each indicator stays optional.
        chosen[at] = chosen[at] === value ? 0 : value
        page.indicatorLevels = chosen
        if (!page.anyBad)
            page.reasons = []
    }
    /** The chosen indicators by RECORD.md code (the unrated left out). */
    function indicators(): var {
        const chosen = {}
        for (let i = 0; i < page.indicatorCodes.length; ++i)
            if (page.indicatorLevels[i] > 0)
                chosen[page.indicatorCodes[i]] = page.indicatorLevels[i]
        return chosen
    }
    function submit() {
        const ok = page.fromStatus ? Status.rate(page.level, page.reasons, page.indicators())
                                   : Apply.rate(page.level, page.reasons, page.indicators())
        page.failed = !ok
        page.thanked = ok
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        visible: !page.thanked && !page.alreadyRated && !page.mongolian

        Heading {
            text: qsTr("您对这次服务满意吗？")
        }
        BodyText {
            text: page.fromStatus ? Status.itemName : Apply.itemName
            color: Theme.muted
        }
        // The answers, then the rest once the overall level is chosen; it scrolls in elder mode,
        // and the submit button stays in view below.
        Item {
            id: scrollArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                id: flick
                objectName: "ratingFlick"
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                contentHeight: details.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: details
                    width: flick.width
                    spacing: 8
                // 整体满意度 first, nothing chosen until the citizen taps one (GB/T 39734). Five
                // across where each answer's longest word fits a fifth of the width at its size;
                // else three across (English in elder mode at 1024x768: "Dissatisfied"), as tall
                // as their words, and the page scrolls below the question.
                GridLayout {
                    Layout.fillWidth: true
                    columns: page.levelsAcross
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    Repeater {
                        model: page.levelNames
                        delegate: KioskButton {
                            required property string modelData
                            required property int index
                            objectName: "level_" + (index + 1)
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                            Layout.preferredHeight: page.levelsAcross === 5 ? Theme.touch * (Theme.elder ? 1.8 : 1.5) : -1
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
                    BodyText {
                        objectName: "indicatorsHint"
                        visible: page.level > 0
                        Layout.topMargin: Theme.gap - 8
                        text: qsTr("还可以分项评价，不选也能提交：")
                    }
                    Repeater {
                        model: page.indicatorCodes
                        // The indicator's name beside its five answers; above them in elder
                        // mode, so that the answers keep the whole width.
                        delegate: GridLayout {
                            id: indicatorRow
                            required property string modelData
                            required property int index
                            readonly property string code: indicatorRow.modelData
                            readonly property int chosen: page.indicatorLevels[indicatorRow.index]
                            visible: page.level > 0
                            Layout.fillWidth: true
                            columns: Theme.elder ? 1 : 2
                            columnSpacing: 8
                            rowSpacing: 4
                            BodyText {
                                Layout.fillWidth: Theme.elder
                                Layout.preferredWidth: Theme.elder ? -1 : Theme.body * 6
                                Layout.alignment: Qt.AlignVCenter
                                text: [qsTr("服务效率"), qsTr("服务水平"), qsTr("服务态度")][indicatorRow.index]
                                font.bold: true
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 8
                                Repeater {
                                    model: page.levelNames
                                    delegate: KioskButton {
                                        required property string modelData
                                        required property int index
                                        objectName: "indicator_" + indicatorRow.code + "_" + (index + 1)
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 1
                                        fontSize: Theme.elder ? Theme.small : Theme.body
                                        checkable: true
                                        exclusive: true
                                        checked: indicatorRow.chosen === index + 1
                                        primary: checked
                                        text: modelData
                                        onClicked: page.chooseIndicator(indicatorRow.index, index + 1)
                                    }
                                }
                            }
                        }
                    }
                    BodyText {
                        visible: page.anyBad
                        text: qsTr("哪里不满意？可以选几项，也可以不选：")
                    }
                    Flow {
                        Layout.fillWidth: true
                        visible: page.anyBad
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
            }
            ScrollHint { flickable: flick }
        }
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
        visible: (page.thanked || page.alreadyRated) && !page.mongolian
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

    // Mongolian mode: one strip read left to right: the question, the five answers side by side,
    // then (once one is chosen) each indicator's name and its five answers, and the reasons; the
    // submit button stays on the right. Declared after the Chinese layout, whose buttons carry the
    // same names (a Chinese screen's search for "level_2" finds its own first).
    RowLayout {
        objectName: "mongolianRating"
        visible: page.mongolian && !page.thanked && !page.alreadyRated
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        MongolianStrip {
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                heading: true
                pixelSize: Theme.title
                color: Theme.text
                text: qsTr("您对这次服务满意吗？")
            }
            MongolianBlock {
                text: page.fromStatus ? Status.itemName : Apply.itemName
                color: Theme.muted
            }
            Repeater {
                model: page.levelNames
                delegate: KioskButton {
                    required property string modelData
                    required property int index
                    objectName: "level_" + (index + 1)
                    height: parent ? parent.height : 0
                    verticalLength: height - 12
                    fontSize: Theme.heading
                    checkable: true
                    exclusive: true
                    checked: page.level === index + 1
                    primary: checked
                    text: modelData
                    onClicked: page.choose(index + 1)
                }
            }
            MongolianBlock {
                visible: page.level > 0
                text: qsTr("还可以分项评价，不选也能提交：")
            }
            Repeater {
                model: page.level > 0 ? page.indicatorCodes : []
                delegate: Row {
                    id: indicatorGroup
                    required property string modelData
                    required property int index
                    readonly property int chosen: page.indicatorLevels[indicatorGroup.index]
                    height: parent ? parent.height : 0
                    spacing: 8
                    MongolianBlock {
                        heading: true
                        text: page.indicatorNames[indicatorGroup.index]
                    }
                    Repeater {
                        model: page.levelNames
                        delegate: KioskButton {
                            required property string modelData
                            required property int index
                            objectName: "indicator_" + indicatorGroup.modelData + "_" + (index + 1)
                            height: indicatorGroup.height
                            verticalLength: height - 12
                            fontSize: Theme.elder ? Theme.small : Theme.body
                            checkable: true
                            exclusive: true
                            checked: indicatorGroup.chosen === index + 1
                            primary: checked
                            text: modelData
                            onClicked: page.chooseIndicator(indicatorGroup.index, index + 1)
                        }
                    }
                }
            }
            MongolianBlock {
                visible: page.anyBad
                text: qsTr("哪里不满意？可以选几项，也可以不选：")
            }
            Repeater {
                model: page.anyBad ? page.reasonCodes : []
                delegate: KioskButton {
                    id: mongolianChip
                    required property string modelData
                    required property int index
                    readonly property bool chosen: page.reasons.indexOf(mongolianChip.modelData) >= 0
                    objectName: "reason_" + mongolianChip.modelData
                    height: parent ? parent.height : 0
                    verticalLength: height - 12
                    checkable: true
                    checked: mongolianChip.chosen
                    primary: mongolianChip.chosen
                    text: page.reasonNames[mongolianChip.index]
                    onClicked: page.toggleReason(mongolianChip.modelData)
                }
            }
            MongolianBlock {
                visible: page.failed
                text: qsTr("评价没有保存成功，请再试一次，或告诉工作人员。")
                color: Theme.error
            }
        }
        KioskButton {
            objectName: "submitRatingMongolian"
            Layout.fillHeight: true
            verticalLength: height - 12
            primary: true
            enabled: page.level > 0
            fontSize: Theme.heading
            text: page.level > 0 ? qsTr("提交评价") : qsTr("请先点上面的一项")
            onClicked: page.submit()
        }
    }

    RowLayout {
        objectName: page.thanked ? "ratingThanksMongolian" : "ratingDoneMongolian"
        visible: page.mongolian && (page.thanked || page.alreadyRated)
        anchors.fill: parent
        anchors.margins: Theme.margin * 2
        spacing: Theme.margin
        MongolianBlock {
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            text: page.thanked ? qsTr("谢谢您的评价！") : qsTr("这次服务已经评价过了，谢谢！")
            pixelSize: Theme.huge
            color: Theme.good
            heading: true
        }
        MongolianBlock {
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            visible: page.thanked
            text: qsTr("您的意见会送到主管部门，帮助我们把服务做得更好。")
        }
        Item { Layout.fillWidth: true }
        KioskButton {
            objectName: "ratingHomeMongolian"
            primary: true
            fontSize: Theme.heading
            text: qsTr("完成，返回首页")
            onClicked: page.finished()
        }
    }
}
