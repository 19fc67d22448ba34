import QtQuick
import QtTest
import JiuJin
import JiuJin.Ui

// Home while a screen's list is still making its rows in the background (cacheBuffer): the
// screen left lets go of its lists before the visit's models are emptied. It used to be told of
// the emptied model while its deferred destroy() was pending, and asked the model to cancel a
// row that was no longer there ("DelegateModel::cancel: index out range", the kiosk-self-test
// flake under load).
TestCase {
    id: test
    name: "PageStack"
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
}
