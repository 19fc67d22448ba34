import QtQuick
import QtTest
import JiuJin
import JiuJin.Ui

// A list still making its rows in the background (cacheBuffer) while its model is emptied: the
// screen left for home lets go of its lists before the visit's models are emptied, and search
// results are replaced by removals and insertions, not a model reset. Either used to make the
// list cancel a row the emptied model no longer had ("DelegateModel::cancel: index out range",
// the kiosk-self-test flake under load).
TestCase {
    id: test
    name: "ListSteady"
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
        kiosk.destroy()
        kiosk = null
    }

    function test_home_while_a_list_is_still_making_rows() {
        failOnWarning(/DelegateModel::cancel/)
        for (let round = 0; round < 8; ++round) {
            kiosk.openSearch("yl")
            tryCompare(kiosk, "currentPage", "search")
            const results = findChild(kiosk.contentItem, "resultList") as ListView
            verify(results !== null)
            tryVerify(() => results.count > 8, 5000, "too few results to need rows made later")
            // One layout: the rows on screen are made, those below are still being made.
            waitForItemPolished(results)
            kiosk.goHome()
            tryCompare(kiosk, "currentPage", "home")
            compare(Catalogue.results.count, 0)
            wait(20)
        }
    }

    // The same on the screen that stays: the clear key empties the results while the rows below
    // the screen are still being made.
    function test_results_emptied_while_rows_are_still_made() {
        failOnWarning(/DelegateModel::cancel/)
        kiosk.openSearch("")
        tryCompare(kiosk, "currentPage", "search")
        const results = findChild(kiosk.contentItem, "resultList") as ListView
        verify(results !== null)
        for (let round = 0; round < 8; ++round) {
            Catalogue.search("yl")
            tryVerify(() => results.count > 8, 5000, "too few results to need rows made later")
            waitForItemPolished(results)
            Catalogue.search("")
            compare(results.count, 0)
            wait(20)
        }
    }
}
