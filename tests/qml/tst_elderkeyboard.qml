import QtQuick
import QtTest
import JiuJin
import JiuJin.Ui

// The form keyboard in elder mode on the smallest panel in use (1024x768): the candidate bar's
// page buttons stay on the window, as wide as a touch target, clear of the candidates, and page
// through every candidate and back, however long the pinyin typed (issue 19).
TestCase {
    id: test
    name: "ElderKeyboard"
    when: windowShown

    property Main kiosk: null
    readonly property string unemployment: "11150525MB0SB0001A415111010600001" // 失业登记

    function init() {
        const component = Qt.createComponent("qrc:/qt/qml/JiuJin/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        kiosk = component.createObject(null) as Main
        verify(kiosk !== null)
        kiosk.width = 1024
        kiosk.height = 768
        kiosk.requestActivate()
        tryCompare(kiosk, "currentPage", "home")
        Session.elderMode = true
        waitForRendering(kiosk.contentItem)
    }

    function cleanup() {
        Session.finish()
        kiosk.destroy()
        kiosk = null
    }

    function named(name: string): Item {
        const item = findChild(kiosk.contentItem, name) as Item
        verify(item !== null, "no item named " + name)
        return item
    }

    function onWindow(item: Item): rect {
        const p = item.mapToItem(kiosk.contentItem, 0, 0)
        return Qt.rect(p.x, p.y, item.width, item.height)
    }

    function openKeyboard(): TextKeyboard {
        kiosk.openItem(unemployment)
        kiosk.openApply(unemployment)
        tryCompare(kiosk, "currentPage", "applyForm")
        const keyboard = named("formKeyboard") as TextKeyboard
        named("fieldBox_name").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(() => keyboard.visible)
        return keyboard
    }

    function checkBar(keyboard: TextKeyboard, typed: string) {
        const previous = named("previousCandidates")
        const next = named("nextCandidates")
        waitForRendering(kiosk.contentItem)
        for (const button of [previous, next]) {
            const r = onWindow(button)
            verify(button.visible, typed)
            verify(r.width >= Theme.touch, typed + ": page button " + r.width + " px wide")
            verify(r.height >= 64, typed + ": page button " + r.height + " px high")
            verify(r.x >= 0 && r.x + r.width <= kiosk.width, typed + ": page button off the window at x " + r.x)
            verify(r.y >= 0 && r.y + r.height <= kiosk.height, typed + ": page button off the window at y " + r.y)
        }
        // Every candidate of the page lies between the two page buttons.
        const left = onWindow(previous).x + previous.width
        const right = onWindow(next).x
        for (let i = 0; ; ++i) {
            const cell = findChild(kiosk.contentItem, "candidate" + i) as Item
            if (!cell || !cell.visible)
                break
            const r = onWindow(cell)
            verify(r.x >= left && r.x + r.width <= right,
                   typed + ": candidate " + i + " at " + r.x + "-" + (r.x + r.width) + " outside " + left + "-" + right)
        }
    }

    function test_paging_reaches_every_candidate_and_back_data() {
        return [
            { tag: "one syllable", typed: "shi" },
            { tag: "a sentence", typed: "woyaobanshenfenzheng" },
            { tag: "thirty letters", typed: "naimanqidaqintalazhenmingrenga" },
        ]
    }

    function test_paging_reaches_every_candidate_and_back(data) {
        const keyboard = openKeyboard()
        for (const c of data.typed)
            keyClick(Qt.Key_A + c.charCodeAt(0) - 97)
        tryCompare(keyboard, "composing", data.typed)
        verify(keyboard.candidates.length > 5)
        checkBar(keyboard, data.typed)
        compare(named("previousCandidates").enabled, false)

        const next = named("nextCandidates")
        const seen = new Set()
        let pages = 0
        while (next.enabled && pages < 100) {
            const first = (findChild(kiosk.contentItem, "candidate0") as KioskButton).text
            verify(!seen.has(first), "page repeats at " + first)
            seen.add(first)
            mouseClick(next)
            ++pages
            if (pages % 10 === 0)
                checkBar(keyboard, data.typed)
        }
        verify(pages >= 1)
        verify(!next.enabled, "the last page is reached")
        checkBar(keyboard, data.typed)
        const previous = named("previousCandidates")
        for (let back = 0; back < pages; ++back) {
            verify(previous.enabled)
            mouseClick(previous)
        }
        compare(previous.enabled, false)
        compare((findChild(kiosk.contentItem, "candidate0") as KioskButton).text, keyboard.candidates[0])
    }
}
