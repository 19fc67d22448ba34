pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Staff sign-in: staff number, then the PIN (Staff.pinLength digits) shown as dots.
Rectangle {
    id: page
    Keys.forwardTo: [pad]
    color: Theme.background
    signal loggedIn()

    property string staffNumber
    property string pin
    property bool pinStage: false
    readonly property int pinLength: Staff.pinLength

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

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
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
                implicitHeight: Theme.touch
                radius: Theme.radius
                color: Theme.surface
                border.color: page.pinStage ? Theme.border : Theme.secondary
                border.width: page.pinStage ? 2 : 3
                StaticText {
                    objectName: "staffNumber"
                    // Read as the 工号 field with the digits typed (or the hint while empty).
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("工号")
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    verticalAlignment: Text.AlignVCenter
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
                Row {
                    anchors.centerIn: parent
                    spacing: Theme.gap
                    Repeater {
                        model: page.pinLength
                        delegate: Rectangle {
                            required property int index
                            width: 24
                            height: 24
                            radius: 12
                            color: index < page.pin.length ? Theme.text : "transparent"
                            border.color: Theme.text
                            border.width: 2
                        }
                    }
                }
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
            actionText: page.pinStage ? qsTr("登录") : qsTr("下一步：输入密码")
            actionEnabled: page.pinStage ? page.pin.length === page.pinLength : page.staffNumber.length > 0
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
}
