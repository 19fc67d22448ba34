import QtQuick
import QtTest
import JiuJin
import JiuJin.Ui

// Keyboard and switch access with real key events: Tab order, focus ring, Return/Space, Escape,
// the number pad, and the heading of each new screen taking the focus.
TestCase {
    id: test
    name: "Access"
    when: windowShown

    property Window kiosk: null

    function init() {
        const component = Qt.createComponent("qrc:/qt/qml/JiuJin/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        kiosk = component.createObject(null) as Window
        verify(kiosk !== null)
        kiosk.requestActivate()
        tryCompare(kiosk, "currentPage", "home")
        waitForRendering(kiosk.contentItem)
    }

    function cleanup() {
        Session.finish()
        kiosk.destroy()
        kiosk = null
    }

    function focused(): Item {
        return kiosk.activeFocusItem
    }

    /** Whether @p item is in the window now (screens underneath are not). */
    function inWindow(item: Item): bool {
        for (let a = item; a; a = a.parent)
            if (a === kiosk.contentItem)
                return true
        return false
    }

    /** The focus lands on the new screen's heading (what a screen reader announces). */
    function headingFocused(page: string, text: string) {
        tryCompare(kiosk, "currentPage", page)
        tryVerify(() => focused() !== null && focused().objectName === "pageHeading", 2000, "no heading focused on " + page)
        compare((focused() as Text).text, text)
    }

    /** Presses Tab until @p name has the focus (at most 20 times). */
    function tabTo(name: string) {
        for (let i = 0; i < 20 && focused().objectName !== name; ++i)
            keyClick(Qt.Key_Tab)
        compare(focused().objectName, name)
    }

    function ringOf(item: Item): FocusRing {
        for (let i = 0; i < item.children.length; ++i)
            if (item.children[i] instanceof FocusRing)
                return item.children[i] as FocusRing
        return null
    }

    function test_tab_reaches_every_home_control_in_reading_order() {
        headingFocused("home", "您好！欢迎使用“就近办”政务服务自助终端")
        // From the heading Tab starts at the top of the window: the bar, then the screen.
        const order = ["listenButton", "volumeButton", "languageButton", "mongolianButton", "elderButton", "browseTile", "applyTile",
                       "searchTile", "bookTile", "statusTile", "rateTile", "staffButton", "listenButton"]
        for (const name of order) {
            keyClick(Qt.Key_Tab)
            compare(focused().objectName, name)
            // The ring shows on the focused control only, thick in both modes.
            const ring = ringOf(focused())
            verify(ring !== null && ring.visible, "no ring on " + name)
            verify(ring.border.width >= 4)
        }
        for (const name of order.slice(0, -1).reverse()) {
            keyClick(Qt.Key_Backtab)
            compare(focused().objectName, name)
        }
    }

    function test_return_space_and_escape() {
        headingFocused("home", "您好！欢迎使用“就近办”政务服务自助终端")
        tabTo("browseTile")
        keyClick(Qt.Key_Return)
        headingFocused("departments", "请选择办事部门")
        // Tab stays on this screen and the bar: nothing of the home screen underneath is reached.
        const seen = []
        for (let i = 0; i < 14; ++i) {
            keyClick(Qt.Key_Tab)
            verify(inWindow(focused()), "focus left the window: " + focused())
            seen.push(focused().objectName)
        }
        verify(seen.indexOf("browseTile") < 0, seen.join(","))
        verify(seen.indexOf("backButton") >= 0 && seen.indexOf("homeButton") >= 0, seen.join(","))
        keyClick(Qt.Key_Escape)
        headingFocused("home", "您好！欢迎使用“就近办”政务服务自助终端")
        // Space works as Return does.
        tabTo("searchTile")
        keyClick(Qt.Key_Space)
        tryCompare(kiosk, "currentPage", "search")
        tryCompare(focused(), "objectName", "searchField")
        keyClick(Qt.Key_Y)
        keyClick(Qt.Key_L)
        keyClick(Qt.Key_B)
        keyClick(Qt.Key_X)
        compare((focused() as TextInput).text, "ylbx")
        keyClick(Qt.Key_Escape)
        tryCompare(kiosk, "currentPage", "home")
    }

    function test_number_pad_types_into_digit_fields() {
        headingFocused("home", "您好！欢迎使用“就近办”政务服务自助终端")
        tabTo("statusTile")
        keyClick(Qt.Key_Enter, Qt.KeypadModifier)
        tryCompare(kiosk, "currentPage", "status")
        tryVerify(() => focused() !== null && focused().objectName === "pageHeading")
        for (const key of [Qt.Key_2, Qt.Key_0, Qt.Key_3, Qt.Key_0, Qt.Key_1, Qt.Key_9])
            keyClick(key, Qt.KeypadModifier)
        keyClick(Qt.Key_Backspace)
        const number = findChild(kiosk.contentItem, "statusNumber") as Text
        verify(number !== null)
        compare(number.text, "20301")
        compare(number.Accessible.role, Accessible.EditableText)
        keyClick(Qt.Key_Delete)
        compare(number.text.replace(/\D/g, ""), "")
    }

    function test_elder_mode_is_a_toggle() {
        const elder = findChild(kiosk.contentItem, "elderButton") as KioskButton
        verify(elder.checkable)
        verify(!elder.checked)
        const name = elder.Accessible.name
        elder.forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(Session.elderMode)
        verify(elder.checked)
        compare(elder.Accessible.name, name)
        // The ring is still thick and visible in elder mode.
        verify(ringOf(elder).visible)
        verify(ringOf(elder).border.width >= 6)
        keyClick(Qt.Key_Return)
        verify(!Session.elderMode)
    }

    // A citizen with a USB keyboard fills the form: Return opens the field, letters are pinyin,
    // a digit picks a candidate, digits fill a phone number, Return ends the typing.
    function test_keyboard_fills_the_form() {
        const unemployment = "11150525MB0SB0001A415111010600001" // 失业登记
        kiosk.openItem(unemployment)
        kiosk.openApply(unemployment)
        tryCompare(kiosk, "currentPage", "applyForm")
        const list = findChild(kiosk.contentItem, "fieldList") as ListView
        const keyboard = findChild(kiosk.contentItem, "formKeyboard") as Item

        const name = findChild(kiosk.contentItem, "fieldBox_name") as Item
        name.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(() => keyboard.visible)
        for (const key of [Qt.Key_C, Qt.Key_E, Qt.Key_S, Qt.Key_H, Qt.Key_I])
            keyClick(key)
        tryCompare(keyboard as TextKeyboard, "composing", "ceshi")
        keyClick(Qt.Key_1)
        const value = findChild(kiosk.contentItem, "fieldValue_name") as Text
        tryVerify(() => value.text.replace("▏", "").length >= 2)
        const typed = value.text.replace("▏", "")
        verify(/^[\u4e00-\u9fff]+$/.test(typed), "pinyin became 汉字: " + typed)
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Return)
        tryVerify(() => !keyboard.visible)

        for (let row = 0; row < list.count; ++row) {
            list.positionViewAtIndex(row, ListView.Contain)
            if (findChild(kiosk.contentItem, "fieldBox_phone"))
                break
        }
        const phone = findChild(kiosk.contentItem, "fieldBox_phone") as Item
        verify(phone !== null)
        phone.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryVerify(() => keyboard.visible)
        for (const c of "13947512386")
            keyClick(Qt.Key_0 + Number(c), Qt.KeypadModifier)
        compare((findChild(kiosk.contentItem, "fieldValue_phone") as Text).text.replace("▏", ""), "13947512386")
        keyClick(Qt.Key_Enter, Qt.KeypadModifier)
        tryVerify(() => !keyboard.visible)
    }

    // Tab through a list longer than the screen: each row it reaches is scrolled into view.
    function test_tab_scrolls_lists() {
        kiosk.openDepartments()
        kiosk.openDepartment("shebao")
        tryCompare(kiosk, "currentPage", "items")
        const list = findChild(kiosk.contentItem, "itemList") as ListView
        tryVerify(() => list.count >= 5)
        verify(list.contentHeight > list.height, "the list fits the screen: nothing to show")
        let rows = 0
        let scrolled = false // at some point: 40 Tabs may come round to the top of the list again
        for (let i = 0; i < 40; ++i) {
            keyClick(Qt.Key_Tab)
            const item = focused()
            let inList = false
            for (let a = item; a; a = a.parent)
                inList = inList || a === list
            if (!inList)
                continue
            ++rows
            scrolled = scrolled || list.contentY > 0
            const y = item.mapToItem(list, 0, 0).y
            verify(y >= -1 && y + item.height <= list.height + 1, `row ${rows} at ${y} is outside the list's view`)
        }
        verify(rows >= list.count, `Tab reached ${rows} rows of ${list.count}`)
        verify(scrolled, "the list never scrolled")
    }
}
