import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// The bar on every screen: where we are, back and home, language and elder mode.
Rectangle {
    id: bar
    property bool canGoBack: false
    signal back()
    signal home()

    implicitHeight: Theme.touch + 2 * 12
    color: Theme.accent

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: Theme.gap
        KioskButton {
            objectName: "backButton"
            visible: bar.canGoBack
            text: qsTr("‹ 返回")
            onClicked: bar.back()
        }
        KioskButton {
            objectName: "homeButton"
            visible: bar.canGoBack
            text: qsTr("⌂ 首页")
            onClicked: bar.home()
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            Text {
                text: qsTr("就近办")
                font.pixelSize: Theme.heading
                font.family: Theme.fontFamily
                color: Theme.accentText
            }
            Text {
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
        KioskButton {
            objectName: "languageButton"
            text: Session.language === "en" ? "中文" : "English"
            onClicked: Session.language = (Session.language === "en" ? "zh" : "en")
        }
        KioskButton {
            objectName: "elderButton"
            text: Session.elderMode ? qsTr("标准模式") : qsTr("长辈模式（大字）")
            onClicked: Session.elderMode = !Session.elderMode
        }
    }
}
