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

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: Theme.gap / 2 // room for the point's name at 1024 px in elder mode
        KioskButton {
            objectName: "backButton"
            visible: bar.canGoBack
            icon: "‹"
            text: qsTr("返回")
            onClicked: bar.back()
        }
        KioskButton {
            objectName: "homeButton"
            visible: bar.canGoBack
            icon: "⌂"
            text: qsTr("首页")
            onClicked: bar.home()
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            StaticText {
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
        // Voice guidance (VoiceController): Chinese only, so hidden on English screens.
        ListenButton {
            objectName: "listenButton"
            visible: Voice.available
            muted: !Voice.enabled
            onClicked: {
                Voice.enabled = true
                Voice.readPage(bar.page)
            }
        }
        VolumeButton {
            objectName: "volumeButton"
            visible: Voice.available
        }
        KioskButton {
            objectName: "languageButton"
            text: Session.language === "en" ? "中文" : "English"
            onClicked: Session.language = (Session.language === "en" ? "zh" : "en")
        }
        KioskButton {
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
