import QtQuick
import QtTest
import JiuJin
import JiuJin.Ui
import JiuJin.Test

// Cold start (DESIGN §9c): the first frame waits for the home screen only. Every other screen's
// QML is loaded when it is first pushed, so a screen added later does not slow the start.
TestCase {
    id: test
    name: "LazyPages"
    when: windowShown

    property Window kiosk: null

    function cleanup() {
        Session.finish()
        if (kiosk)
            kiosk.destroy()
        kiosk = null
    }

    function test_screens_load_on_first_push() {
        TestLoads.clear()
        const component = Qt.createComponent("qrc:/qt/qml/JiuJin/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        kiosk = component.createObject(null) as Window
        verify(kiosk !== null)
        tryCompare(kiosk, "currentPage", "home")
        waitForRendering(kiosk.contentItem)
        const atStart = TestLoads.files()
        // The interceptor sees compiled-in files too: Main.qml and the home screen are there.
        verify(atStart.includes("Main.qml"), atStart.join(" "))
        verify(atStart.includes("HomePage.qml"), atStart.join(" "))
        for (const page of ["DepartmentsPage.qml", "ItemListPage.qml", "SearchPage.qml",
                            "GuidePage.qml", "ApplyFormPage.qml", "ApplyReviewPage.qml",
                            "ReceiptPage.qml", "StatusPage.qml", "RatingPage.qml",
                            "BookingSlotsPage.qml", "StaffLoginPage.qml", "StaffBoardPage.qml"])
            verify(!atStart.includes(page), page + " was loaded before the first frame")
        // Nothing else either: only the window, the bar, the home screen and what they are made
        // of. A component added to the first frame (a dialog, a keyboard, a popup) must be made
        // on first use (a Loader, a Component) or be named here, knowing it slows every start.
        const firstFrame = ["Main.qml", "Theme.qml", "TopBar.qml", "PageStack.qml", "HomePage.qml",
                            "BaseButton.qml", "FocusRing.qml", "KioskButton.qml",
                            "ListenButton.qml", "VolumeButton.qml", "TileButton.qml",
                            "Heading.qml", "StaticText.qml", "MongolianTile.qml"]
        for (const file of atStart)
            verify(firstFrame.includes(file), file + " was loaded before the first frame")
        // The home screen's Mongolian columns are made when Mongolian is first chosen.
        verify(findChild(kiosk.contentItem, "mongolianHome") === null,
               "the hidden Mongolian home screen was made before the first frame")

        // In Mongolian the Chinese layout is hidden and holds no text: qsTr() would fill its
        // tiles with Mongolian laid out in the CJK font (DESIGN §9e); back in Chinese it has it.
        mouseClick(findChild(kiosk.contentItem, "mongolianButton") as Item)
        compare(Session.language, "mn")
        waitForRendering(kiosk.contentItem)
        for (const name of ["browseTile", "applyTile", "searchTile", "bookTile", "statusTile", "rateTile"]) {
            const tile = findChild(kiosk.contentItem, name) as TileButton
            compare(tile.text + tile.subtitle, "", name + " laid its hidden text out in Mongolian")
        }
        Session.language = "zh"
        waitForRendering(kiosk.contentItem)
        compare((findChild(kiosk.contentItem, "browseTile") as TileButton).text, "办事指南")

        // A button's Mongolian columns are laid out only for a Mongolian label: in Chinese the
        // bar's and home screen's hidden ones hold no text (each laid its Chinese out before).
        for (const name of ["elderButton", "languageButton", "staffButton"]) {
            const columns = findChild(findChild(kiosk.contentItem, name), "verticalLabel") as VerticalText
            compare(columns.text, "", name + " laid its hidden label out in columns")
        }
        compare((findChild(kiosk.contentItem, "mongolianBrand") as VerticalText).text, "")
        // Nor is anything laid out that the home screen hides: back and home (their ⌂ opened a
        // second font file), ᠮᠣᠩᠭᠣᠯ lying in the row label under its column.
        for (const name of ["backButton", "homeButton"]) {
            const button = findChild(kiosk.contentItem, name) as KioskButton
            verify(!button.visible)
            compare(button.text + button.icon, "", name + " laid its hidden label out")
        }
        const row = findChild(findChild(kiosk.contentItem, "mongolianButton"), "rowLabel") as Text
        compare(row.text, "", "the ᠮᠣᠩᠭᠣᠯ button laid its label out in a row as well")
        const mongolian = findChild(findChild(kiosk.contentItem, "mongolianButton"), "verticalLabel") as VerticalText
        verify(mongolian.visible && mongolian.columnCount > 0, "the ᠮᠣᠩᠭᠣᠯ button lost its column")

        mouseClick(findChild(kiosk.contentItem, "browseTile") as Item)
        tryCompare(kiosk, "currentPage", "departments")
        // Back and home have their labels once shown.
        compare((findChild(kiosk.contentItem, "backButton") as KioskButton).text, "返回")
        compare((findChild(kiosk.contentItem, "homeButton") as KioskButton).icon, "⌂")
        verify(TestLoads.files().includes("DepartmentsPage.qml"))
        verify(!TestLoads.files().includes("GuidePage.qml"))
    }
}
