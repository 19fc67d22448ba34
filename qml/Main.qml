pragma ComponentBehavior: Bound
import QtQml
import QtQuick
import JiuJin
import JiuJin.Ui

// The kiosk window: top bar, a stack of screens, and the idle countdown above them.
Window {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("就近办 · 政务服务自助终端")
    color: Theme.background

    readonly property string currentPage: stack.currentItem ? stack.currentItem.objectName : ""

    function goHome() {
        stack.popToRoot()
        Catalogue.clear()
    }
    function openDepartments() {
        stack.push(departmentsPage)
    }
    function openDepartment(code: string) {
        Catalogue.openDepartment(code)
        stack.push(itemListPage)
    }
    function openSearch(text: string) {
        const page = stack.push(searchPage) as SearchPage
        if (text.length > 0)
            page.setQuery(text)
    }
    function openItem(code: string) {
        if (Catalogue.openItem(code))
            stack.push(guidePage)
    }
    function openNotice() {
        if (Catalogue.saveNotice())
            stack.push(noticePage)
    }

    TopBar {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        enabled: !Session.countingDown // taps on the countdown must not reach the screen below
        canGoBack: stack.depth > 1
        onBack: stack.pop()
        onHome: window.goHome()
    }

    PageStack {
        id: stack
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        enabled: !Session.countingDown
        onDepthChanged: Session.atHome = stack.depth === 1
        HomePage {
            objectName: "home"
            anchors.fill: parent
            onBrowse: window.openDepartments()
            onSearchChosen: window.openSearch("")
        }
    }

    Component {
        id: departmentsPage
        DepartmentsPage {
            objectName: "departments"
            onChosen: (code) => window.openDepartment(code)
        }
    }
    Component {
        id: itemListPage
        ItemListPage {
            objectName: "items"
            onChosen: (code) => window.openItem(code)
        }
    }
    Component {
        id: searchPage
        SearchPage {
            objectName: "search"
            onChosen: (code) => window.openItem(code)
        }
    }
    Component {
        id: guidePage
        GuidePage {
            objectName: "guide"
            onNoticeRequested: window.openNotice()
        }
    }
    Component {
        id: noticePage
        NoticePage {
            objectName: "notice"
            onDone: window.goHome()
        }
    }

    // Made only when needed: nothing of it is built before the first frame.
    Loader {
        anchors.fill: parent
        active: Session.countingDown
        source: "components/CountdownOverlay.qml"
    }

    Connections {
        target: Session
        function onSessionEnded() {
            stack.popToRoot()
        }
    }
}
