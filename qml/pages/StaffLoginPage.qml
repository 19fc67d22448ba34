pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Staff sign-in: staff number, then the PIN (Staff.pinLength digits) shown as dots.
Rectangle {
    id: page
    Keys.forwardTo: [page.mongolian ? padMongolian : pad]
    color: Theme.background
    signal loggedIn()

    property string staffNumber
    property string pin
    property bool pinStage: false
    readonly property int pinLength: Staff.pinLength
    readonly property bool mongolian: Session.language === "mn"
    /** Mongolian elder mode on a panel narrower than the pilot's 1280 px (1024x768): the boxes,
     *  the keypad and the tall key side by side need ~150 px more than the width, so the two
     *  boxes stand side by side above the keypad (§9e). */
    readonly property bool compactElder: Theme.elder && page.width < 1200
    readonly property int compactKeyWidth: Math.round(Theme.touch * 2.8)
    readonly property string actionText: page.pinStage ? qsTr("登录") : qsTr("下一步：输入密码")
    readonly property bool actionEnabled: page.pinStage ? page.pin.length === page.pinLength : page.staffNumber.length > 0

    function typeDigit(digit: string) {
        if (!page.pinStage) {
            if (page.staffNumber.length < 12)
                page.staffNumber += digit
            return
        }
        if (page.pin.length >= page.pinLength)
            return
        page.pin += digit
        if (page.pin.length === page.pinLength)
            page.login()
    }
    function erase() {
        if (page.pinStage)
            page.pin = page.pin.slice(0, -1)
        else
            page.staffNumber = page.staffNumber.slice(0, -1)
    }
    function accept() {
        if (!page.pinStage)
            page.pinStage = page.staffNumber.length > 0
        else if (page.pin.length === page.pinLength)
            page.login()
    }
    function login() {
        const ok = Staff.login(page.staffNumber, page.pin)
        // The PIN never stays on screen or in memory longer than the attempt.
        page.pin = ""
        if (ok)
            page.loggedIn()
    }

    // The PIN as dots, one per digit (both layouts), in rows of `columns`.
    component PinDots: Grid {
        id: dots
        property int count
        property int filled
        columns: dots.count
        spacing: Theme.gap
        Repeater {
            model: dots.count
            delegate: Rectangle {
                required property int index
                width: 24
                height: 24
                radius: 12
                color: index < dots.filled ? Theme.text : "transparent"
                border.color: Theme.text
                border.width: 2
            }
        }
    }

    RowLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Elder mode: closer, so that both boxes stay on a 768-pixel panel beside the keys.
            spacing: Theme.elder ? Theme.gap / 2 : Theme.gap
            Heading {
                text: qsTr("工作人员登录")
            }
            BodyText {
                text: qsTr("仅限服务点工作人员使用。群众办事请点左上角“首页”返回。")
                color: Theme.muted
            }
            BodyText { text: qsTr("工号") }
            Rectangle {
                objectName: "staffNumberBox"
                Layout.fillWidth: true
                // A hint longer than the box wraps, and the box grows with it.
                implicitHeight: Math.max(Theme.touch, staffNumber.implicitHeight + 16)
                radius: Theme.radius
                color: Theme.surface
                border.color: page.pinStage ? Theme.border : Theme.secondary
                border.width: page.pinStage ? 2 : 3
                StaticText {
                    id: staffNumber
                    objectName: "staffNumber"
                    // Read as the 工号 field with the digits typed (or the hint while empty).
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("工号")
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: 16
                    anchors.rightMargin: 16
                    wrapMode: Text.WordWrap
                    text: page.staffNumber.length > 0 ? page.staffNumber : qsTr("用右边的数字键输入")
                    font.pixelSize: Theme.heading
                    font.family: Theme.fontFamily
                    color: page.staffNumber.length > 0 ? Theme.text : Theme.muted
                }
                TapHandler { onTapped: page.pinStage = false }
            }
            BodyText { text: qsTr("密码（6位数字）") }
            Rectangle {
                objectName: "pinBox"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                radius: Theme.radius
                color: Theme.surface
                border.color: page.pinStage ? Theme.secondary : Theme.border
                border.width: page.pinStage ? 3 : 2
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("密码")
                Accessible.passwordEdit: true
                // The digits are never read out, only how many there are.
                Accessible.description: qsTr("已输入 %1 位，共 %2 位").arg(page.pin.length).arg(page.pinLength)
                PinDots { anchors.centerIn: parent; count: page.pinLength; filled: page.pin.length }
                TapHandler { onTapped: page.pinStage = page.staffNumber.length > 0 }
            }
            BodyText {
                objectName: "staffMessage"
                visible: Staff.message.length > 0
                text: Staff.message
                font.bold: true
                color: Theme.error
            }
            Item { Layout.fillHeight: true }
        }

        DigitPad {
            id: pad
            Layout.alignment: Qt.AlignVCenter
            actionText: page.actionText
            actionEnabled: page.actionEnabled
            onTyped: (digit) => page.typeDigit(digit)
            onBackspace: page.erase()
            onCleared: {
                if (page.pinStage)
                    page.pin = ""
                else
                    page.staffNumber = ""
            }
            onAccepted: page.accept()
        }
    }

    // Mongolian mode (docs/DESIGN.md §9e): what this is and what to do in columns; each box with
    // its label in a column beside it (the staff number typed stays a row of digits, the PIN
    // dots); the keypad and a tall 下一步 / 登录 key on the right.
    // compactElder: the strip beside the boxes and, under them, the keypad and its tall key.
    GridLayout {
        objectName: "mongolianStaffLogin"
        visible: page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        columnSpacing: Theme.margin
        rowSpacing: Theme.gap

        MongolianStrip {
            Layout.row: 0
            Layout.column: 0
            Layout.rowSpan: page.compactElder ? 2 : 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            MongolianBlock {
                heading: true
                text: qsTr("工作人员登录")
            }
            MongolianBlock {
                text: qsTr("仅限服务点工作人员使用。群众办事请点左上角“首页”返回。")
                color: Theme.muted
            }
            MongolianBlock {
                visible: page.staffNumber.length === 0
                text: qsTr("用右边的数字键输入")
                color: Theme.muted
            }
            MongolianBlock {
                objectName: "staffMessageMongolian"
                visible: Staff.message.length > 0
                text: Staff.message
                color: Theme.error
            }
        }

        GridLayout {
            // Each box with its label in a column beside it: one above the other, or
            // (compactElder) side by side.
            Layout.row: 0
            Layout.column: 1
            Layout.alignment: Qt.AlignVCenter
            Layout.fillHeight: page.compactElder
            Layout.fillWidth: false
            // compactElder: as wide as the keypad and its key under it; the strip takes the rest.
            Layout.preferredWidth: page.compactElder ? padMongolian.implicitWidth + Theme.gap + page.compactKeyWidth
                                                     : Math.round(Theme.touch * 5)
            columns: page.compactElder ? 4 : 2
            columnSpacing: Theme.gap / 2
            rowSpacing: Theme.gap
            VerticalText {
                Layout.fillHeight: true
                Layout.preferredHeight: Math.round(Theme.touch * 2.5)
                Layout.preferredWidth: implicitWidth
                Layout.minimumWidth: implicitWidth
                // compactElder: a length the row always has (two touches), not its height,
                // which the layout settles only after it has read this width.
                columnLength: page.compactElder ? Theme.touch * 2 : height
                text: qsTr("工号")
                pixelSize: Theme.body
                color: Theme.text
            }
            Rectangle {
                objectName: "staffNumberBoxMongolian"
                Layout.fillWidth: true
                // Side by side, the two boxes share the row equally (a layout shares it as
                // their preferred widths are).
                Layout.preferredWidth: page.compactElder ? Theme.touch * 2 : -1
                Layout.fillHeight: true
                Layout.preferredHeight: Math.round(Theme.touch * 2.5)
                radius: Theme.radius
                color: Theme.surface
                border.color: page.pinStage ? Theme.border : Theme.secondary
                border.width: page.pinStage ? 2 : 3
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("工号")
                StaticText {
                    objectName: "staffNumberMongolian"
                    anchors.fill: parent
                    anchors.margins: 12
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    text: page.staffNumber.length > 0 ? page.staffNumber : "_ _ _ _"
                    font.pixelSize: Theme.heading
                    font.family: Theme.fontFamily
                    color: page.staffNumber.length > 0 ? Theme.text : Theme.muted
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.smallest
                }
                TapHandler { onTapped: page.pinStage = false }
            }
            VerticalText {
                Layout.fillHeight: true
                Layout.preferredHeight: Math.round(Theme.touch * 2.5)
                Layout.preferredWidth: implicitWidth
                Layout.minimumWidth: implicitWidth
                // compactElder: a length the row always has (two touches), not its height,
                // which the layout settles only after it has read this width.
                columnLength: page.compactElder ? Theme.touch * 2 : height
                // compactElder: the word alone (its "6 digits" took two more columns than the
                // row has; the six dots in the box say it).
                text: page.compactElder ? qsTr("密码") : qsTr("密码（6位数字）")
                pixelSize: Theme.body
                color: Theme.text
            }
            Rectangle {
                objectName: "pinBoxMongolian"
                Layout.fillWidth: true
                Layout.preferredWidth: page.compactElder ? Theme.touch * 2 : -1
                Layout.fillHeight: true
                Layout.preferredHeight: Math.round(Theme.touch * 2.5)
                // The dots in two rows of three when the box is narrower than one row.
                Layout.minimumWidth: pinDotsMongolian.width + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: page.pinStage ? Theme.secondary : Theme.border
                border.width: page.pinStage ? 3 : 2
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("密码")
                Accessible.passwordEdit: true
                Accessible.description: qsTr("已输入 %1 位，共 %2 位").arg(page.pin.length).arg(page.pinLength)
                PinDots {
                    id: pinDotsMongolian
                    anchors.centerIn: parent
                    count: page.pinLength
                    filled: page.pin.length
                    columns: page.compactElder ? Math.ceil(page.pinLength / 2) : page.pinLength
                }
                TapHandler { onTapped: page.pinStage = page.staffNumber.length > 0 }
            }
        }

        RowLayout {
            id: padRowMongolian
            Layout.row: page.compactElder ? 1 : 0
            Layout.column: page.compactElder ? 1 : 2
            Layout.fillHeight: !page.compactElder
            Layout.fillWidth: false
            spacing: Theme.gap
            DigitPad {
                id: padMongolian
                Layout.alignment: Qt.AlignVCenter
                // Under the boxes: the keys at the touch target's height, no lower.
                keyHeight: page.compactElder ? Theme.touch : Math.round(Theme.touch * 1.1)
                // Signs only on the low keys; their names for screen readers.
                eraseText: ""
                clearText: ""
                eraseName: qsTr("删除")
                clearName: qsTr("清空")
                showAction: false
                actionEnabled: page.actionEnabled
                onTyped: (digit) => page.typeDigit(digit)
                onBackspace: page.erase()
                onCleared: {
                    if (page.pinStage)
                        page.pin = ""
                    else
                        page.staffNumber = ""
                }
                onAccepted: page.accept()
            }
            KioskButton {
                objectName: "staffLoginActionMongolian"
                Layout.alignment: Qt.AlignVCenter
                Layout.preferredHeight: padMongolian.height
                // compactElder: a fixed width (three columns of its label at the heading size),
                // which the boxes above take too; a width read from its label moved the layout.
                Layout.preferredWidth: page.compactElder ? page.compactKeyWidth
                                                         : Math.max(Math.round(Theme.touch * 1.4), implicitWidth)
                primary: true
                enabled: page.actionEnabled
                fontSize: Theme.heading
                verticalLength: height - 12
                text: page.actionText
                onClicked: page.accept()
            }
        }
    }
}
