pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// The staff board: how the outbox is doing, what needs a hand, and 代办. No personal data.
Rectangle {
    id: page
    color: Theme.background
    signal applyOnBehalf()
    signal searchOnBehalf()
    signal loggedOut()
    signal bookingsRequested()
    /** The cases of this point waiting for the citizen instead of the outbox's records. */
    property bool showCases: false
    /** The counts' numbers beside their labels, in one line: in elder mode, and while the cases
     *  are shown (the counts are then only a reminder); the list below needs the room. */
    readonly property bool compactCounts: page.showCases || Theme.elder
    readonly property bool mongolian: Session.language === "mn"

    Component.onCompleted: {
        Staff.refresh()
        Staff.refreshToday()
        CaseBoard.refresh()
    }
    function askMaterial(receipt: string) {
        caseDialog.askMaterial(receipt)
    }
    function askHandOver(receipt: string) {
        caseDialog.askHandOver(receipt)
    }

    component Count: Rectangle {
        id: count
        property string label
        property int value
        property color tint: Theme.text
        /** The number beside its label, in one line (page.compactCounts). */
        property bool compact: false
        /** Room around the number and label: less beside each other, where five tiles share a
         *  row (English in elder mode at 1024x768: "Submitted" did not fit its tile). */
        readonly property int inset: count.compact ? 8 : Theme.gap
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        // Beside each other, as high as the cases' toggle (a touch target).
        implicitHeight: Math.max(count.compact ? Theme.touch : 0, countColumn.implicitHeight + 2 * count.inset)
        radius: Theme.radius
        color: Theme.surface
        border.color: count.value > 0 ? count.tint : Theme.border
        border.width: count.value > 0 ? 3 : Theme.borderWidth
        GridLayout {
            id: countColumn
            anchors.centerIn: parent
            columns: count.compact ? 2 : 1
            columnSpacing: 8
            rowSpacing: 0
            StaticText {
                id: countNumber
                Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
                text: count.value
                font.pixelSize: count.compact ? Theme.heading : Theme.huge
                font.bold: true
                font.family: Theme.fontFamily
                color: count.value > 0 ? count.tint : Theme.muted
            }
            StaticText {
                Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
                // Beside the number, a long label (Action needed) wraps within the tile; a word
                // longer than the tile (Submitted) is drawn smaller, down to Theme.small.
                Layout.maximumWidth: count.width - 2 * count.inset
                                     - (count.compact ? countNumber.implicitWidth + countColumn.columnSpacing : 0)
                text: count.label
                font.pixelSize: Theme.body
                font.family: Theme.fontFamily
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.small
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }

    ColumnLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            id: headerRow
            // The buttons keep their own width unless the row cannot hold them all (English in
            // elder mode at 1024x768); only then do they share the room and wrap their labels.
            // Letting them shrink always left their height stale from a narrow first pass: tall
            // buttons over the counts in English at every size.
            readonly property real buttonsWidth: staffBookingsButton.implicitWidth + staffRefresh.implicitWidth
                                                 + staffLogout.implicitWidth + 3 * spacing
            // Where the whole heading leaves the buttons too little room (English in elder mode
            // at 1024x768), it gives way to the staff member's name (still announced in full):
            // the buttons then keep one line and the list below its room.
            readonly property bool headingShort: fullHeading.advanceWidth + buttonsWidth > width
            readonly property bool crowded: boardHeading.implicitWidth + buttonsWidth > width
            Layout.fillWidth: true
            spacing: Theme.gap
            TextMetrics {
                id: fullHeading
                font: boardHeading.font
                text: qsTr("工作台 · %1").arg(Staff.displayName)
            }
            Heading {
                id: boardHeading
                // One line while the buttons beside it can still wrap their labels.
                Layout.minimumWidth: Math.min(implicitWidth, page.width / 3)
                text: headerRow.headingShort ? Staff.displayName : fullHeading.text
                Accessible.name: fullHeading.text
            }
            KioskButton {
                id: staffBookingsButton
                objectName: "staffBookingsButton"
                Layout.fillWidth: headerRow.crowded
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: headerRow.crowded ? Theme.touch * 2 : implicitWidth
                text: qsTr("今日预约（%1）").arg(Staff.todayCount)
                onClicked: page.bookingsRequested()
            }
            KioskButton {
                id: staffRefresh
                objectName: "staffRefresh"
                Layout.fillWidth: headerRow.crowded
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: headerRow.crowded ? Theme.touch * 2 : implicitWidth
                text: qsTr("刷新")
                onClicked: {
                    Staff.refresh()
                    Staff.refreshToday()
                    CaseBoard.refresh()
                }
            }
            KioskButton {
                id: staffLogout
                objectName: "staffLogout"
                Layout.fillWidth: headerRow.crowded
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: headerRow.crowded ? Theme.touch * 2 : implicitWidth
                text: qsTr("退出登录")
                onClicked: {
                    Staff.logout()
                    page.loggedOut()
                }
            }
        }
        Banner {
            objectName: "staffAlert"
            visible: Staff.alert.length > 0
            tint: Theme.error
            strong: true
            text: "⚠ " + Staff.alert
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Count { objectName: "countPending"; compact: page.compactCounts; label: qsTr("待提交"); value: Staff.pending; tint: Theme.secondary }
            Count { objectName: "countAccepted"; compact: page.compactCounts; label: qsTr("已提交"); value: Staff.accepted; tint: Theme.good }
            Count { objectName: "countRejected"; compact: page.compactCounts; label: qsTr("退回"); value: Staff.rejected; tint: Theme.warning }
            Count { objectName: "countAttention"; compact: page.compactCounts; label: qsTr("需处理"); value: Staff.needsAttention; tint: Theme.error }
            // The cases of this point waiting for the citizen: a toggle between them and the
            // outbox's records, in the row of counts (no room for a row of tabs in elder mode).
            BaseButton {
                id: casesTile
                objectName: "tabCases"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                // A touch target, also where the counts beside it are lower.
                implicitHeight: Math.max(Theme.touch, casesColumn.implicitHeight + 2 * (page.compactCounts ? 8 : Theme.gap))
                radius: Theme.radius
                color: page.showCases ? Theme.accent : Theme.surface
                border.color: CaseBoard.overdueCount > 0 ? Theme.error : (CaseBoard.count > 0 ? Theme.secondary : Theme.border)
                border.width: CaseBoard.count > 0 ? 3 : Theme.borderWidth
                Accessible.role: Accessible.CheckBox
                Accessible.name: casesLabel.text
                Accessible.checkable: true
                Accessible.checked: page.showCases
                onClicked: {
                    page.showCases = !page.showCases
                    if (page.showCases)
                        CaseBoard.refresh()
                }
                GridLayout {
                    id: casesColumn
                    anchors.centerIn: parent
                    width: parent.width - 2 * (page.compactCounts ? 8 : Theme.gap)
                    columns: page.compactCounts ? 2 : 1
                    columnSpacing: 8
                    rowSpacing: 0
                    StaticText {
                        Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
                        Layout.fillWidth: page.compactCounts
                        horizontalAlignment: Text.AlignRight
                        text: CaseBoard.count
                        font.pixelSize: page.compactCounts ? Theme.heading : Theme.huge
                        font.bold: true
                        font.family: Theme.fontFamily
                        color: page.showCases ? Theme.accentText : (CaseBoard.overdueCount > 0 ? Theme.error : (CaseBoard.count > 0 ? Theme.text : Theme.muted))
                    }
                    StaticText {
                        id: casesLabel
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignVCenter
                        horizontalAlignment: page.compactCounts ? Text.AlignLeft : Text.AlignHCenter
                        text: qsTr("待办件")
                        font.pixelSize: Theme.body
                        font.family: Theme.fontFamily
                        color: page.showCases ? Theme.accentText : Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
        Banner {
            objectName: "caseBoardMessage"
            visible: page.showCases && CaseBoard.message.length > 0
            tint: CaseBoard.failed ? Theme.error : Theme.good
            text: CaseBoard.message
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.showCases
            ListView {
                id: cases
                objectName: "staffCases"
                cacheBuffer: Theme.listCacheBuffer
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                spacing: 8
                boundsBehavior: Flickable.StopAtBounds
                model: Staff.loggedIn && !page.mongolian ? CaseBoard.cases : null
                delegate: CaseBoardDelegate {
                    width: ListView.view.width
                    onMaterialRequested: (receipt) => page.askMaterial(receipt)
                    onHandOverRequested: (receipt) => page.askHandOver(receipt)
                }
            }
            ScrollHint { flickable: cases }
            BodyText {
                anchors.centerIn: parent
                visible: cases.count === 0
                text: qsTr("本服务点没有等群众补正、领取或补交材料的办件")
                color: Theme.muted
            }
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !page.showCases
            ListView {
                id: records
                objectName: "staffRecords"
                cacheBuffer: Theme.listCacheBuffer
                anchors.fill: parent
                anchors.rightMargin: 20
                clip: true
                spacing: 8
                boundsBehavior: Flickable.StopAtBounds
                model: page.mongolian ? null : Staff.records
                // How sending goes, then how long the oldest record has waited, in one paragraph
                // (in elder mode in the smaller size, as the rows' second lines), above the first
                // record and scrolling with them (in the room of topMargin: Qt 6.4 cannot make a
                // header of a Bound file): in English in elder mode at 1024x768 a paragraph of
                // its own left the list no room for a row.
                topMargin: syncState.implicitHeight + Theme.gap / 2
                onTopMarginChanged: records.contentY = records.originY - records.topMargin
                BodyText {
                    id: syncState
                    objectName: "syncState"
                    parent: records.contentItem
                    y: -records.topMargin
                    width: records.width
                    font.pixelSize: Theme.elder ? Theme.small : Theme.body
                    lineHeight: Theme.elder ? 1.1 : 1.3
                    textFormat: Text.PlainText
                    text: Staff.syncState + "  " + (Staff.oldestWaiting.length > 0 ? qsTr("等待最久的一件已等 %1").arg(Staff.oldestWaiting) : qsTr("没有等待提交的记录"))
                }
                delegate: Rectangle {
                    id: row
                    required property string receipt
                    required property string itemName
                    required property string kind
                    required property string created
                    required property string state
                    required property string stateLabel
                    required property string reason
                    required property bool attention
                    required property bool onBehalf
                    required property string tone
                    width: ListView.view.width
                    implicitHeight: rowLayout.implicitHeight + 16
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: row.attention ? Theme.error : Theme.border
                    border.width: row.attention ? 3 : Theme.borderWidth
                    RowLayout {
                        id: rowLayout
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: 12
                        spacing: Theme.gap
                        StaticText {
                            visible: row.attention
                            text: qsTr("⚠ 需处理")
                            font.pixelSize: Theme.small
                            font.bold: true
                            font.family: Theme.fontFamily
                            color: Theme.error
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            // The receipt and time follow the title on its line while there is
                            // room, under it otherwise.
                            Flow {
                                id: recordHeading
                                Layout.fillWidth: true
                                spacing: 8
                                StaticText {
                                    width: Math.min(implicitWidth, recordHeading.width)
                                    text: (row.kind === "rating" ? qsTr("评价") : (row.kind === "case_event" ? qsTr("办件登记") : qsTr("申请"))) + " · " + row.itemName
                                    font.pixelSize: Theme.body
                                    font.bold: true
                                    font.family: Theme.fontFamily
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                }
                                StaticText {
                                    width: Math.min(implicitWidth, recordHeading.width)
                                    topPadding: y > 0 ? 0 : Theme.body - Theme.small
                                    text: row.receipt + " · " + row.created + (row.onBehalf ? " · " + qsTr("代办") : "")
                                    font.pixelSize: Theme.small
                                    font.family: Theme.fontFamily
                                    color: Theme.muted
                                    wrapMode: Text.WrapAnywhere
                                }
                            }
                            StaticText {
                                Layout.fillWidth: true
                                visible: row.reason.length > 0
                                text: row.reason
                                font.pixelSize: Theme.small
                                font.family: Theme.fontFamily
                                color: Theme.warning
                                wrapMode: Text.WordWrap
                            }
                        }
                        Badge {
                            text: row.stateLabel
                            tint: Theme.tone(row.tone)
                        }
                    }
                }
            }
            ScrollHint { flickable: records }
            BodyText {
                // Under the sending state, in the room left below it.
                anchors.horizontalCenter: parent.horizontalCenter
                y: records.topMargin + Math.max(0, (parent.height - records.topMargin - height) / 2)
                width: Math.min(implicitWidth, parent.width)
                visible: records.count === 0
                text: qsTr("本机还没有申请或评价记录")
                color: Theme.muted
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            // 代办 starts from the records; the cases' list takes the room while it is shown.
            visible: !page.showCases
            KioskButton {
                objectName: "onBehalfApply"
                Layout.fillWidth: true
                primary: true
                // The body size where the header is short of room too: two lines each at the
                // heading size left the list no room (English in elder mode at 1024x768).
                fontSize: headerRow.headingShort ? Theme.body : Theme.heading
                text: qsTr("代办申请（按部门找事项）")
                onClicked: page.applyOnBehalf()
            }
            KioskButton {
                objectName: "onBehalfSearch"
                Layout.fillWidth: true
                fontSize: headerRow.headingShort ? Theme.body : Theme.heading
                text: qsTr("代办申请（搜索事项）")
                onClicked: page.searchOnBehalf()
            }
        }
    }
    // Mongolian mode (docs/DESIGN.md §9e): one strip of columns read left to right: the heading,
    // 今日预约, 刷新 and 退出登录 as tall buttons, the alert, the counts (each number a row of
    // digits above its label's column), the cases' toggle, how sending goes, then one card per
    // record or case (receipts and times as rows, the rest in columns). The two 代办 buttons stand
    // tall on the right, as the forward buttons of the citizen's pages do.
    component MongolianCount: Rectangle {
        id: mnCount
        property string label
        property int value
        property color tint: Theme.text
        height: parent ? parent.height : 0
        width: Math.max(mnCountNumber.implicitWidth, mnCountLabel.implicitWidth) + 24
        radius: Theme.radius
        color: Theme.surface
        border.color: mnCount.value > 0 ? mnCount.tint : Theme.border
        border.width: mnCount.value > 0 ? 3 : Theme.borderWidth
        StaticText {
            id: mnCountNumber
            anchors.horizontalCenter: parent.horizontalCenter
            y: 8
            text: mnCount.value
            font.pixelSize: Theme.heading
            font.bold: true
            font.family: Theme.fontFamily
            color: mnCount.value > 0 ? mnCount.tint : Theme.muted
        }
        VerticalText {
            id: mnCountLabel
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: mnCountNumber.bottom
            anchors.topMargin: 8
            height: parent.height - y - 8
            width: implicitWidth
            columnLength: height
            pixelSize: Theme.body
            color: Theme.text
            text: mnCount.label
        }
    }

    RowLayout {
        objectName: "mongolianStaffBoard"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        MongolianStrip {
            id: mnStrip
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                heading: true
                text: qsTr("工作台 · %1").arg(Staff.displayName)
            }
            KioskButton {
                objectName: "staffBookingsButtonMongolian"
                height: parent.height
                verticalLength: height - 12
                text: qsTr("今日预约（%1）").arg(Staff.todayCount)
                onClicked: page.bookingsRequested()
            }
            KioskButton {
                objectName: "staffRefreshMongolian"
                height: parent.height
                verticalLength: height - 12
                text: qsTr("刷新")
                onClicked: {
                    Staff.refresh()
                    Staff.refreshToday()
                    CaseBoard.refresh()
                }
            }
            KioskButton {
                objectName: "staffLogoutMongolian"
                height: parent.height
                verticalLength: height - 12
                text: qsTr("退出登录")
                onClicked: {
                    Staff.logout()
                    page.loggedOut()
                }
            }
            MongolianBlock {
                objectName: "staffAlertMongolian"
                visible: Staff.alert.length > 0
                text: "⚠ " + Staff.alert
                color: Theme.error
            }
            MongolianCount { objectName: "countPendingMongolian"; label: qsTr("待提交"); value: Staff.pending; tint: Theme.secondary }
            MongolianCount { objectName: "countAcceptedMongolian"; label: qsTr("已提交"); value: Staff.accepted; tint: Theme.good }
            MongolianCount { objectName: "countRejectedMongolian"; label: qsTr("退回"); value: Staff.rejected; tint: Theme.warning }
            MongolianCount { objectName: "countAttentionMongolian"; label: qsTr("需处理"); value: Staff.needsAttention; tint: Theme.error }
            BaseButton {
                id: mnCasesTile
                objectName: "tabCasesMongolian"
                height: parent.height
                // A touch target wide, also where its number and label are narrower (63 px).
                width: Math.max(Theme.touch, Math.max(mnCasesNumber.implicitWidth, mnCasesLabel.implicitWidth) + 24)
                radius: Theme.radius
                color: page.showCases ? Theme.accent : Theme.surface
                border.color: CaseBoard.overdueCount > 0 ? Theme.error : (CaseBoard.count > 0 ? Theme.secondary : Theme.border)
                border.width: CaseBoard.count > 0 ? 3 : Theme.borderWidth
                Accessible.role: Accessible.CheckBox
                Accessible.name: mnCasesLabel.text
                Accessible.checkable: true
                Accessible.checked: page.showCases
                onClicked: {
                    page.showCases = !page.showCases
                    if (page.showCases)
                        CaseBoard.refresh()
                }
                StaticText {
                    id: mnCasesNumber
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: 8
                    text: CaseBoard.count
                    font.pixelSize: Theme.heading
                    font.bold: true
                    font.family: Theme.fontFamily
                    color: page.showCases ? Theme.accentText : (CaseBoard.overdueCount > 0 ? Theme.error : (CaseBoard.count > 0 ? Theme.text : Theme.muted))
                }
                VerticalText {
                    id: mnCasesLabel
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.top: mnCasesNumber.bottom
                    anchors.topMargin: 8
                    height: parent.height - y - 8
                    width: implicitWidth
                    columnLength: height
                    pixelSize: Theme.body
                    color: page.showCases ? Theme.accentText : Theme.text
                    text: (page.showCases ? "✓ " : "") + qsTr("待办件")
                }
            }
            MongolianBlock {
                objectName: "syncStateMongolian"
                visible: !page.showCases
                pixelSize: Theme.elder ? Theme.small : Theme.body
                text: Staff.syncState + " " + (Staff.oldestWaiting.length > 0 ? qsTr("等待最久的一件已等 %1").arg(Staff.oldestWaiting) : qsTr("没有等待提交的记录"))
            }
            MongolianBlock {
                objectName: "caseBoardMessageMongolian"
                visible: page.showCases && CaseBoard.message.length > 0
                text: CaseBoard.message
                color: CaseBoard.failed ? Theme.error : Theme.good
            }
            MongolianBlock {
                visible: page.showCases && mnCases.count === 0
                text: qsTr("本服务点没有等群众补正、领取或补交材料的办件")
                color: Theme.muted
            }
            MongolianBlock {
                visible: !page.showCases && mnRecords.count === 0
                text: qsTr("本机还没有申请或评价记录")
                color: Theme.muted
            }
            Repeater {
                id: mnCases
                objectName: "staffCasesMongolian"
                model: page.mongolian && page.showCases && Staff.loggedIn ? CaseBoard.cases : null
                delegate: CaseBoardDelegate {
                    mongolian: true
                    onMaterialRequested: (receipt) => page.askMaterial(receipt)
                    onHandOverRequested: (receipt) => page.askHandOver(receipt)
                }
            }
            Repeater {
                id: mnRecords
                objectName: "staffRecordsMongolian"
                model: page.mongolian && !page.showCases ? Staff.records : null
                delegate: Rectangle {
                    id: card
                    required property string receipt
                    required property string itemName
                    required property string kind
                    required property string created
                    required property string stateLabel
                    required property string reason
                    required property bool attention
                    required property bool onBehalf
                    required property string tone
                    height: parent ? parent.height : 0
                    width: Math.max(cardReceipt.implicitWidth, cardCreated.implicitWidth, cardColumns.implicitWidth) + 24
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: card.attention ? Theme.error : Theme.border
                    border.width: card.attention ? 3 : Theme.borderWidth
                    // The receipt and the time as they are written elsewhere: rows, never turned.
                    StaticText {
                        id: cardReceipt
                        objectName: "recordReceiptMongolian"
                        x: 12
                        y: 8
                        text: card.receipt
                        font.pixelSize: Theme.small
                        font.bold: true
                        font.family: Theme.fontFamily
                        color: Theme.text
                    }
                    StaticText {
                        id: cardCreated
                        x: 12
                        anchors.top: cardReceipt.bottom
                        text: card.created
                        font.pixelSize: Theme.small
                        font.family: Theme.fontFamily
                        color: Theme.muted
                    }
                    Row {
                        id: cardColumns
                        x: 12
                        anchors.top: cardCreated.bottom
                        anchors.topMargin: 8
                        anchors.bottom: parent.bottom
                        anchors.bottomMargin: 8
                        spacing: 8
                        MongolianBlock {
                            visible: card.attention
                            text: qsTr("⚠ 需处理")
                            color: Theme.error
                            pixelSize: Theme.small
                        }
                        MongolianBlock {
                            objectName: "recordStateMongolian"
                            text: card.stateLabel
                            color: Theme.tone(card.tone)
                        }
                        MongolianBlock {
                            text: (card.kind === "rating" ? qsTr("评价") : (card.kind === "case_event" ? qsTr("办件登记") : qsTr("申请")))
                                  + (card.onBehalf ? " · " + qsTr("代办") : "") + " · " + card.itemName
                        }
                        MongolianBlock {
                            visible: card.reason.length > 0
                            text: card.reason
                            color: Theme.warning
                            pixelSize: Theme.small
                        }
                    }
                }
            }
        }
        KioskButton {
            objectName: "onBehalfApplyMongolian"
            visible: !page.showCases
            Layout.fillHeight: true
            primary: true
            fontSize: Theme.heading
            verticalLength: height - 12
            text: qsTr("代办申请（按部门找事项）")
            onClicked: page.applyOnBehalf()
        }
        KioskButton {
            objectName: "onBehalfSearchMongolian"
            visible: !page.showCases
            Layout.fillHeight: true
            fontSize: Theme.heading
            verticalLength: height - 12
            text: qsTr("代办申请（搜索事项）")
            onClicked: page.searchOnBehalf()
        }
    }
    CaseActionDialog {
        id: caseDialog
        // Over the whole window (top bar included), as the idle countdown's veil: nothing under
        // it is read or touched while staff choose.
        parent: page.Window.window ? page.Window.window.contentItem : page
        anchors.fill: parent
        z: 1000
    }
}
