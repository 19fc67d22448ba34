pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// The on-screen keyboard of form fields (a kiosk has no keyboard and Debian's virtual keyboard
// no pinyin): pinyin to 汉字, Latin letters, digits, and ID numbers (digits and X).
// Chinese: letters compose; the bar above the keys offers candidates from PinyinIme, and a
// candidate that uses only the first letters leaves the rest composing. With nothing composing,
// the bar holds the words and signs an address needs.
ColumnLayout {
    id: keyboard

    /** Mongolian mode: the keys show signs (⌫ ␣ ✓ ABC 汉), named in Mongolian for screen readers:
     *  a Mongolian word would lie on its side in a key 64 px high (docs/DESIGN.md §9e). */
    readonly property bool mongolian: Session.language === "mn"
    /** What the field takes: "chinese", "latin", "digits" or "id" (digits and X). */
    property string mode: "chinese"
    signal typed(string text)
    signal backspace()
    signal done()

    /** Pinyin letters typed and not yet turned into 汉字. */
    readonly property alias composing: ime.composing
    /** The keys shown now: the field's mode, or what the citizen switched to from a text field. */
    readonly property alias layout: ime.layout

    // A keyboard (USB, or a switch interface sending keys) types here as the keys on screen do:
    // letters (pinyin in Chinese), digits (a candidate's number while composing), X of an ID
    // number, Space, Backspace, Return/Enter (确定). Pages forward their keys (Keys.forwardTo).
    Keys.onPressed: (event) => {
        if (!keyboard.visible)
            return
        const key = event.key
        if (key >= Qt.Key_A && key <= Qt.Key_Z) {
            const c = String.fromCharCode(key)
            if (ime.layout === "id" && c === "X")
                keyboard.plain("X")
            else if (keyboard.textLayout)
                keyboard.letter(c.toLowerCase())
            else
                return
        } else if (key >= Qt.Key_0 && key <= Qt.Key_9) {
            const digit = key - Qt.Key_0
            if (keyboard.candidates.length > 0 && digit >= 1 && ime.pageStart + digit - 1 < keyboard.pageEnd(ime.pageStart))
                keyboard.choose(ime.pageStart + digit - 1)
            else
                keyboard.plain(String(digit))
        } else if (key === Qt.Key_Backspace) {
            keyboard.erase()
        } else if (key === Qt.Key_Space && keyboard.textLayout) {
            keyboard.space()
        } else if (key === Qt.Key_Return || key === Qt.Key_Enter) {
            keyboard.confirm()
        } else {
            return
        }
        event.accepted = true
    }

    /** Drops the letters being composed (call when the field changes). */
    function clear() {
        ime.composing = ""
    }
    /** Chooses candidate @p index (of all candidates, not the page). */
    function choose(index: int) {
        const text = keyboard.candidates[index]
        const rest = PinyinIme.remainder(ime.composing, index)
        keyboard.typed(text)
        ime.composing = rest
    }

    // Keys stay at least 64 px high, like PinyinKeyboard's.
    readonly property int keyHeight: Theme.elder ? 68 : 64
    /** The keys' own touch target (README: on-screen keyboard keys 64 px), held by the tours. */
    readonly property int touchTarget: 64
    /** The letter keys' width: 1.15 × their height, narrower (never below their height) where a
     *  form needs the room beside the keyboard (FormView: a field's label while typing). */
    property int keyWidth: Math.round(keyHeight * 1.15)
    // The page buttons are the way to every candidate after the first page: as wide as a touch
    // target (88 px in elder mode), never squeezed by the candidates (tst_elderkeyboard.qml).
    readonly property int pageButtonWidth: Math.max(keyHeight, Theme.touch)
    readonly property int candidateFont: Theme.title
    // Elder mode: fewer, bigger candidates per page, so each is easy to find and to hit. The
    // first candidate (a whole sentence when several words were typed) is the primary one.
    readonly property int maxPerPage: Theme.elder ? 5 : 9
    readonly property list<string> candidates: ime.composing.length > 0
        ? PinyinIme.candidates(ime.composing, 300) : []
    readonly property bool textLayout: ime.layout === "chinese" || ime.layout === "latin"

    onModeChanged: {
        ime.composing = ""
        ime.layout = keyboard.mode
        ime.textLayout = keyboard.mode === "latin" ? "latin" : "chinese"
    }

    spacing: 6

    QtObject {
        id: ime
        property string composing: ""
        property string layout: keyboard.mode
        property string textLayout: keyboard.mode === "latin" ? "latin" : "chinese"
        property int pageStart: 0
        onComposingChanged: ime.pageStart = 0
    }

    // Candidate paging: as many as fit in the bar; the width of a candidate is estimated from its
    // length (CJK glyphs are one em wide), so pages are the same however often they are laid out.
    function cellWidth(text: string): int {
        return Math.min(Math.max(keyboard.keyHeight, text.length * keyboard.candidateFont + 28),
                        Math.max(keyboard.keyHeight, candidateRow.width))
    }
    // A candidate longer than the bar (a long sentence) gets a smaller font rather than running
    // under the page button.
    function cellFont(text: string): int {
        const fits = Math.floor((keyboard.cellWidth(text) - 28) / Math.max(1, text.length))
        return Math.max(Theme.smallest, Math.min(keyboard.candidateFont, fits))
    }
    function pageEnd(start: int): int {
        const room = candidateRow.width
        let used = 0
        let i = start
        while (i < keyboard.candidates.length) {
            const w = keyboard.cellWidth(keyboard.candidates[i]) + candidateRow.spacing
            if (i > start && (used + w > room || i - start >= keyboard.maxPerPage))
                break
            used += w
            ++i
        }
        return i
    }
    function previousPageStart(start: int): int {
        let page = 0
        while (true) {
            const next = keyboard.pageEnd(page)
            if (next >= start || next === page)
                return page
            page = next
        }
    }
    function letter(key: string) {
        if (ime.layout === "chinese") {
            if (ime.composing.length < 30)
                ime.composing += key
        } else {
            keyboard.typed(key)
        }
    }
    function plain(text: string) {
        // A digit after pinyin letters: the letters become their first candidate first, so the
        // field reads in the order things were typed.
        if (keyboard.candidates.length > 0)
            keyboard.choose(0)
        keyboard.typed(text)
    }
    function erase() {
        if (ime.composing.length > 0)
            ime.composing = ime.composing.slice(0, -1)
        else
            keyboard.backspace()
    }
    function space() {
        if (keyboard.candidates.length > 0)
            keyboard.choose(0)
        else
            keyboard.typed(" ")
    }
    function confirm() {
        if (keyboard.candidates.length > 0)
            keyboard.choose(0)
        keyboard.done()
    }
    function switchLanguage() {
        // Letters typed for Chinese are kept as they are when switching to Latin.
        if (ime.composing.length > 0) {
            keyboard.typed(ime.composing)
            ime.composing = ""
        }
        ime.textLayout = ime.layout === "chinese" ? "latin" : "chinese"
        ime.layout = ime.textLayout
    }

    // Composing letters and candidates, or quick keys.
    RowLayout {
        Layout.preferredWidth: letters.width
        Layout.preferredHeight: keyboard.keyHeight
        Layout.fillHeight: false
        Layout.alignment: Qt.AlignHCenter
        visible: keyboard.textLayout
        spacing: 6

        Rectangle {
            objectName: "composing"
            visible: ime.composing.length > 0
            // Its width at full size (not the shrunk text's), so that the size below can follow
            // the width the bar leaves it.
            Layout.preferredWidth: composingMetrics.advanceWidth + 24
            // Long pinyin (the keyboard takes 30 letters) must not push the page buttons off
            // the bar: a quarter of it at most. Letters that do not fit get smaller (never below
            // the smallest size); only past that is the start cut, the latest letters in view.
            Layout.maximumWidth: Math.round(keyboard.width / 4)
            clip: true
            TextMetrics {
                id: composingMetrics
                font.pixelSize: Theme.heading
                font.family: Theme.fontFamily
                text: ime.composing
            }
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.badge
            border.color: Theme.secondary
            border.width: Theme.borderWidth
            Text {
                id: composingText
                anchors.verticalCenter: parent.verticalCenter
                // Centred while it fits, its end kept in view when it does not.
                x: Math.min((parent.width - implicitWidth) / 2, parent.width - implicitWidth - 12)
                text: ime.composing
                font.pixelSize: Math.max(Theme.smallest, Math.min(Theme.heading, Math.floor(
                    Theme.heading * (parent.width - 24) / Math.max(1, composingMetrics.advanceWidth))))
                font.family: Theme.fontFamily
                color: Theme.secondary
            }
        }
        KioskButton {
            objectName: "previousCandidates"
            visible: ime.composing.length > 0
            text: "‹"
            fontSize: Theme.title
            enabled: ime.pageStart > 0
            implicitWidth: keyboard.pageButtonWidth
            implicitHeight: keyboard.keyHeight
            accessibleName: qsTr("上一页")
            onClicked: ime.pageStart = keyboard.previousPageStart(ime.pageStart)
        }
        Row {
            id: candidateRow
            visible: ime.composing.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 6
            Repeater {
                model: keyboard.candidates.slice(ime.pageStart, keyboard.pageEnd(ime.pageStart))
                delegate: KioskButton {
                    required property string modelData
                    required property int index
                    objectName: "candidate" + index
                    text: modelData
                    primary: ime.pageStart + index === 0
                    fontSize: keyboard.cellFont(modelData)
                    implicitWidth: keyboard.cellWidth(modelData)
                    implicitHeight: keyboard.keyHeight
                    onClicked: keyboard.choose(ime.pageStart + index)
                }
            }
            BodyText {
                visible: keyboard.candidates.length === 0
                anchors.verticalCenter: parent.verticalCenter
                // Mongolian: the Chinese (upright) says it: pinyin is typed to find 汉字.
                text: keyboard.mongolian ? "没有对应的字" : qsTr("没有对应的字，请删除后重新输入")
                color: Theme.muted
            }
        }
        KioskButton {
            objectName: "nextCandidates"
            visible: ime.composing.length > 0
            text: "›"
            fontSize: Theme.title
            enabled: keyboard.pageEnd(ime.pageStart) < keyboard.candidates.length
            implicitWidth: keyboard.pageButtonWidth
            implicitHeight: keyboard.keyHeight
            accessibleName: qsTr("下一页")
            onClicked: ime.pageStart = keyboard.pageEnd(ime.pageStart)
        }
        Repeater {
            // Addresses here read like 3号楼2单元501室, 某某嘎查3组; names may carry a ·.
            model: ime.composing.length > 0 ? []
                : ime.layout === "chinese" ? ["号", "楼", "栋", "单元", "室", "村", "组", "·", "-", "，"]
                : ["-", ".", ",", "'", "/", "(", ")", "#"]
            delegate: KioskButton {
                required property string modelData
                text: modelData
                fontSize: Theme.heading
                Layout.fillWidth: true
                Layout.minimumWidth: modelData.length * Theme.heading + 24 // 单元 on one line
                implicitWidth: keyboard.keyWidth
                implicitHeight: keyboard.keyHeight
                onClicked: keyboard.typed(modelData)
            }
        }
    }

    // Digits and letters.
    ColumnLayout {
        id: letters
        Layout.alignment: Qt.AlignHCenter
        Layout.fillHeight: false
        visible: keyboard.textLayout
        spacing: 6
        Repeater {
            model: ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
            delegate: RowLayout {
                id: keyRow
                required property string modelData
                required property int index
                Layout.alignment: Qt.AlignHCenter
                spacing: 6
                Repeater {
                    model: keyRow.modelData.split("")
                    delegate: KioskButton {
                        required property string modelData
                        objectName: "key_" + modelData
                        text: modelData
                        implicitWidth: keyboard.keyWidth
                        implicitHeight: keyboard.keyHeight
                        fontSize: Theme.heading
                        onClicked: keyRow.index === 0 ? keyboard.plain(modelData) : keyboard.letter(modelData)
                    }
                }
                KioskButton {
                    objectName: keyRow.index === 3 ? "eraseKey" : ""
                    visible: keyRow.index === 3
                    icon: "⌫"
                    text: keyboard.mongolian ? "" : qsTr("删除")
                    accessibleName: qsTr("删除")
                    implicitWidth: keyboard.keyWidth * 3 + 12
                    implicitHeight: keyboard.keyHeight
                    onClicked: keyboard.erase()
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: false
            spacing: 6
            KioskButton {
                objectName: "languageKey"
                // The language it switches to, so the key says what a tap does.
                text: keyboard.mongolian ? (ime.layout === "chinese" ? "ABC" : "汉")
                                         : (ime.layout === "chinese" ? qsTr("英文") : qsTr("中文"))
                accessibleName: ime.layout === "chinese" ? qsTr("英文") : qsTr("中文")
                implicitWidth: keyboard.keyWidth * 2 + 6
                implicitHeight: keyboard.keyHeight
                onClicked: keyboard.switchLanguage()
            }
            KioskButton {
                objectName: "digitsKey"
                text: "123"
                implicitWidth: keyboard.keyWidth * 2 + 6
                implicitHeight: keyboard.keyHeight
                onClicked: ime.layout = "digits"
            }
            KioskButton {
                objectName: "spaceKey"
                text: keyboard.mongolian ? "␣" : qsTr("空格")
                accessibleName: qsTr("空格")
                Layout.fillWidth: true
                implicitHeight: keyboard.keyHeight
                onClicked: keyboard.space()
            }
            KioskButton {
                objectName: "doneKey"
                text: keyboard.mongolian ? "✓" : qsTr("确定")
                accessibleName: qsTr("确定")
                primary: true
                implicitWidth: keyboard.keyWidth * 2 + 6
                implicitHeight: keyboard.keyHeight
                onClicked: keyboard.confirm()
            }
        }
    }

    // Digits: a telephone-style pad; "id" adds the X of ID numbers.
    GridLayout {
        Layout.alignment: Qt.AlignHCenter
        Layout.fillHeight: false
        visible: !keyboard.textLayout
        columns: 3
        rowSpacing: 6
        columnSpacing: 6
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9",
                    ime.layout === "id" ? "X" : "-", "0"]
            delegate: KioskButton {
                required property string modelData
                objectName: "key_" + modelData
                text: modelData
                fontSize: Theme.title
                implicitWidth: Theme.touch * 2.5
                implicitHeight: keyboard.keyHeight
                onClicked: keyboard.typed(modelData)
            }
        }
        KioskButton {
            objectName: "padEraseKey"
            icon: "⌫"
            text: keyboard.mongolian ? "" : qsTr("删除")
            accessibleName: qsTr("删除")
            implicitWidth: Theme.touch * 2.5
            implicitHeight: keyboard.keyHeight
            onClicked: keyboard.erase()
        }
        KioskButton {
            objectName: "textKey"
            // Back to letters, for a text field whose citizen switched to digits.
            visible: keyboard.mode === "chinese" || keyboard.mode === "latin"
            text: keyboard.mongolian ? (ime.textLayout === "chinese" ? "汉" : "ABC")
                                     : (ime.textLayout === "chinese" ? qsTr("拼音") : qsTr("英文"))
            accessibleName: ime.textLayout === "chinese" ? qsTr("拼音") : qsTr("英文")
            implicitWidth: Theme.touch * 2.5
            implicitHeight: keyboard.keyHeight
            onClicked: ime.layout = ime.textLayout
        }
        KioskButton {
            objectName: "padDoneKey"
            Layout.columnSpan: keyboard.mode === "chinese" || keyboard.mode === "latin" ? 2 : 3
            Layout.fillWidth: true
            text: keyboard.mongolian ? "✓" : qsTr("确定")
            accessibleName: qsTr("确定")
            primary: true
            implicitHeight: keyboard.keyHeight
            onClicked: keyboard.confirm()
        }
    }
}
