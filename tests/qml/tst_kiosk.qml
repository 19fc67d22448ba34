import QtQuick
import QtTest
import JiuJin
import JiuJin.Ui

TestCase {
    id: test
    name: "Kiosk"
    when: windowShown

    property Window kiosk: null

    function init() {
        const component = Qt.createComponent("qrc:/qt/qml/JiuJin/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        kiosk = component.createObject(null) as Window
        verify(kiosk !== null)
        tryCompare(kiosk, "currentPage", "home")
        waitForRendering(kiosk.contentItem)
    }

    function cleanup() {
        Session.finish()
        Session.idleTimeout = 90000
        Session.countdownLength = 15000
        kiosk.destroy()
        kiosk = null
    }

    function arrive(page: string) {
        tryCompare(kiosk, "currentPage", page)
    }

    function named(name: string): Item {
        const item = findChild(kiosk.contentItem, name) as Item
        verify(item !== null, "no item named " + name)
        return item
    }

    function test_home_to_notice() {
        mouseClick(named("browseTile"))
        arrive("departments")
        const grid = named("departmentGrid") as GridView
        tryVerify(() => grid.count === 11) // the departments of db/seed/catalogue.json
        waitForRendering(grid)
        mouseClick(grid.itemAtIndex(0))
        arrive("items")
        compare(Catalogue.departmentName, "社会保险")
        const list = named("itemList") as ListView
        tryVerify(() => list.count >= 5)
        waitForRendering(list)
        mouseClick(list.itemAtIndex(0))
        arrive("guide")
        verify(Catalogue.guide.name.length > 0)
        verify(Catalogue.guide.conditions.length > 0)
        verify(Catalogue.guide.steps.length >= 2)
        mouseClick(named("noticeButton"))
        arrive("notice")
        verify(Catalogue.noticePath.endsWith(".pdf"), Catalogue.noticePath)
    }

    function test_search_as_typed() {
        mouseClick(named("searchTile"))
        arrive("search")
        const field = named("searchField") as TextInput
        field.forceActiveFocus()
        keyClick(Qt.Key_D)
        keyClick(Qt.Key_I)
        keyClick(Qt.Key_B)
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_O)
        compare(field.text, "dibao")
        const results = named("resultList") as ListView
        tryVerify(() => results.count > 0)
        compare(Catalogue.results.count, results.count)
        waitForRendering(results)
        mouseClick(results.itemAtIndex(0))
        arrive("guide")
        compare(Catalogue.guide.name, "最低生活保障申请")
    }

    function test_search_says_how_it_read_a_question() {
        kiosk.openSearch("营业执照丢了怎么办")
        arrive("search")
        const results = named("resultList") as ListView
        tryVerify(() => results.count > 0)
        const understood = named("understood") as Text
        verify(understood.visible)
        // 丢了 read as the catalogue's 遗失; 怎么办 dropped.
        verify(understood.text.includes("营业执照 遗失"), understood.text)
        verify(!understood.text.includes("怎么办"), understood.text)

        // Nothing typed: nothing to explain.
        mouseClick(named("clearKey"))
        compare(Catalogue.query, "")
        verify(!understood.visible)
        compare(Catalogue.understood, "")
        const field = named("searchField") as TextInput
        field.forceActiveFocus()
        keyClick(Qt.Key_Y)
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_N)
        keyClick(Qt.Key_G)
        keyClick(Qt.Key_L)
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_O)
        tryVerify(() => results.count > 0)
        verify(understood.visible) // pinyin read as 汉字
        verify(understood.text.includes("养老"), understood.text)
    }

    function test_no_result_offers_suggestions() {
        mouseClick(named("searchTile"))
        arrive("search")
        const field = named("searchField") as TextInput
        field.forceActiveFocus()
        for (const key of [Qt.Key_Q, Qt.Key_Q, Qt.Key_Q, Qt.Key_Q])
            keyClick(key)
        tryVerify(() => named("noResults").visible)
        verify(Catalogue.suggestions.length > 0)
    }

    function test_idle_countdown_returns_home_and_wipes() {
        Session.idleTimeout = 200
        Session.countdownLength = 600
        mouseClick(named("searchTile"))
        arrive("search")
        const field = named("searchField") as TextInput
        field.forceActiveFocus()
        keyClick(Qt.Key_Y)
        keyClick(Qt.Key_L)
        verify(Catalogue.query.length > 0)
        tryCompare(Session, "countingDown", true, 3000)
        verify(named("countdown").visible)
        tryCompare(kiosk, "currentPage", "home", 5000)
        compare(Session.countingDown, false)
        compare(Catalogue.query, "")
        compare(Catalogue.results.count, 0)
    }

    function test_still_here_keeps_the_screen() {
        Session.idleTimeout = 200
        Session.countdownLength = 5000
        mouseClick(named("browseTile"))
        arrive("departments")
        tryCompare(Session, "countingDown", true, 3000)
        mouseClick(named("stillHere"))
        compare(Session.countingDown, false)
        compare(kiosk.currentPage, "departments")
    }

    function test_english_and_elder_mode_reset_after_the_visit() {
        mouseClick(named("languageButton"))
        compare(Session.language, "en")
        mouseClick(named("browseTile"))
        arrive("departments")
        const grid = named("departmentGrid") as GridView
        tryVerify(() => grid.count === 11) // the departments of db/seed/catalogue.json
        mouseClick(grid.itemAtIndex(0))
        arrive("items")
        compare(Catalogue.departmentName, "Social insurance")
        mouseClick(named("elderButton"))
        compare(Session.elderMode, true)
        compare(Theme.textScale, 1.5)
        Session.finish()
        tryCompare(kiosk, "currentPage", "home")
        compare(Session.language, "zh")
        compare(Session.elderMode, false)
    }
}
