import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// The bar on every screen: where we are, back and home, listen and loudness, language and elder
// mode.
Rectangle {
    id: bar
    property bool canGoBack: false
    /** The screen on top: what 听 reads. */
    property Item page: null
    signal back()
    signal home()

    implicitHeight: Theme.touch + 2 * 12
    color: Theme.accent

    // What the buttons take. The kiosk's name (就近办 and the point) gives way when they need the
    // whole bar (elder mode at 1024 px on an inner screen): the screen's heading says where one is.
    readonly property real buttonsWidth: (backButton.visible ? backButton.implicitWidth + row.spacing : 0)
        + (homeButton.visible ? homeButton.implicitWidth + row.spacing : 0)
        + (listenButton.visible ? listenButton.implicitWidth + row.spacing : 0)
        + (volumeButton.visible ? volumeButton.implicitWidth + row.spacing : 0)
        + languageButton.implicitWidth + row.spacing + elderButton.implicitWidth

    TextMetrics {
        id: pointMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallest
        text: Catalogue.pointName.length > 0 ? Catalogue.pointName : qsTr("奈曼旗政务服务")
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 12
        spacing: Theme.gap / 2 // room for the point's name at 1024 px in elder mode
        KioskButton {
            id: backButton
            objectName: "backButton"
            visible: bar.canGoBack
            icon: "‹"
            text: qsTr("返回")
            onClicked: bar.back()
        }
        KioskButton {
            id: homeButton
            objectName: "homeButton"
            visible: bar.canGoBack
            icon: "⌂"
            text: qsTr("首页")
            onClicked: bar.home()
        }
        ColumnLayout {
            id: brand
            // shown only where the point's name fits on one line at the smallest size
            visible: bar.width - 2 * 12 - bar.buttonsWidth
                     >= Math.max(brandName.implicitWidth, pointMetrics.advanceWidth) + row.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            StaticText {
                id: brandName
                text: qsTr("就近办")
                font.pixelSize: Theme.heading
                font.family: Theme.fontFamily
                color: Theme.accentText
            }
            StaticText {
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: Catalogue.pointName.length > 0 ? Catalogue.pointName : qsTr("奈曼旗政务服务")
                font.pixelSize: Theme.small
                font.family: Theme.fontFamily
                color: Theme.accentText
                // Never cut: smaller (not below Theme.smallest) and over two lines on a narrow screen.
                wrapMode: Text.WordWrap
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.smallest
            }
        }
        Item { // keeps the buttons on the right while the name is left out
            visible: !brand.visible
            Layout.fillWidth: true
        }
        // Voice guidance (VoiceController): Chinese only, so hidden on English screens.
        ListenButton {
            id: listenButton
            objectName: "listenButton"
            visible: Voice.available
            muted: !Voice.enabled
            onClicked: {
                Voice.enabled = true
                Voice.readPage(bar.page)
            }
        }
        VolumeButton {
            id: volumeButton
            objectName: "volumeButton"
            visible: Voice.available
        }
        KioskButton {
            id: languageButton
            objectName: "languageButton"
            text: Session.language === "en" ? "中文" : "English"
            onClicked: Session.language = (Session.language === "en" ? "zh" : "en")
        }
        KioskButton {
            id: elderButton
            objectName: "elderButton"
            // A toggle: one name, announced as checked or not; the longer label explains it while off.
            checkable: true
            checked: Session.elderMode
            text: Session.elderMode ? qsTr("长辈模式") : qsTr("长辈模式（大字）")
            accessibleName: qsTr("长辈模式")
            accessibleDescription: qsTr("大字、高对比")
            onClicked: Session.elderMode = !Session.elderMode
        }
    }
}
