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

    // Mongolian labels stand in columns: the bar grows to the tallest button. The row keeps 12 px
    // above and below a touch-high button, but only 4 px above and below a taller one, so that
    // the ᠮᠣᠩᠭᠣᠯ button can be legible without making the Chinese and English bar taller.
    implicitHeight: Math.max(Theme.touch + 2 * 12, row.implicitHeight + 2 * 4)
    /** ᠮᠣᠩᠭᠣᠯ as large as the bar allows (about 21 px, 28 px in elder mode; once 18 px). */
    readonly property int mongolianSize: Math.floor((Theme.touch + 2 * 12 - 2 * 4 - 12) / mongolianMetrics.perPixel)

    TextMetrics {
        // The word's length per pixel of size: its column's length (it is laid out along a line).
        id: mongolianMetrics
        readonly property real perPixel: Math.max(1, advanceWidth / 100)
        font.family: "Noto Sans Mongolian"
        font.pixelSize: 100
        text: "ᠮᠣᠩᠭᠣᠯ"
    }
    color: Theme.accent

    // What the buttons take. The kiosk's name (就近办 and the point) gives way when they need the
    // whole bar (elder mode at 1024 px on an inner screen): the screen's heading says where one is.
    readonly property real othersWidth: (backButton.visible ? backButton.implicitWidth + row.spacing : 0)
        + (homeButton.visible ? homeButton.implicitWidth + row.spacing : 0)
        + (listenButton.visible ? listenButton.implicitWidth + row.spacing : 0)
        + (volumeButton.visible ? volumeButton.implicitWidth + row.spacing : 0)
        // the language button's least width (as wide for 中文 or English), not its label's:
        // which label it shows depends on this sum
        + Theme.touch * 2 + row.spacing + elderButton.implicitWidth
    /** No room for a button per language (elder mode at 1024 px): one button goes round them. */
    readonly property bool crowded: bar.width - 2 * 12 < bar.othersWidth + mongolianButton.implicitWidth + row.spacing
    readonly property real buttonsWidth: bar.othersWidth
        + (mongolianButton.visible ? mongolianButton.implicitWidth + row.spacing : 0)

    TextMetrics {
        id: pointMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallest
        text: Catalogue.pointName.length > 0 ? Catalogue.pointName : qsTr("奈曼旗政务服务")
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        anchors.topMargin: 4
        anchors.bottomMargin: 4
        spacing: Theme.gap / 2 // room for the point's name at 1024 px in elder mode
        KioskButton {
            id: backButton
            objectName: "backButton"
            // Mongolian: a lower bar (columns of Theme.touch * 1.5, at Theme.small in elder mode), so
            // that the Chinese staff screens below keep their room.
            verticalLength: Theme.touch * 1.5
            fontSize: Session.language === "mn" && Theme.elder ? Theme.small : Theme.body
            visible: bar.canGoBack
            // Nothing to lay out while hidden (the home screen, before the first frame): the
            // symbol alone would open a second font file (§9c).
            icon: bar.canGoBack ? "‹" : ""
            text: bar.canGoBack ? qsTr("返回") : ""
            onClicked: bar.back()
        }
        KioskButton {
            id: homeButton
            objectName: "homeButton"
            // Mongolian: a lower bar (columns of Theme.touch * 1.5, at Theme.small in elder mode), so
            // that the Chinese staff screens below keep their room.
            verticalLength: Theme.touch * 1.5
            fontSize: Session.language === "mn" && Theme.elder ? Theme.small : Theme.body
            visible: bar.canGoBack
            // Nothing to lay out while hidden (the home screen, before the first frame): the
            // symbol alone would open a second font file (§9c).
            icon: bar.canGoBack ? "⌂" : ""
            text: bar.canGoBack ? qsTr("首页") : ""
            onClicked: bar.home()
        }
        VerticalText {
            // Mongolian mode: the kiosk's name in its column, the point's (Chinese) name beside it.
            // Empty in Chinese and English, so that its column is not laid out there.
            id: mongolianBrand
            objectName: "mongolianBrand"
            visible: Session.language === "mn" && brand.fits
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            columnLength: height
            text: Session.language === "mn" ? qsTr("就近办") : ""
            pixelSize: Theme.small
            color: Theme.accentText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ColumnLayout {
            id: brand
            // shown only where the point's name fits on one line at the smallest size
            readonly property bool fits: bar.width - 2 * 12 - bar.buttonsWidth
                     - (Session.language === "mn" ? mongolianBrand.implicitWidth + row.spacing : 0)
                     >= Math.max(Session.language === "mn" ? 0 : brandName.implicitWidth, pointMetrics.advanceWidth) + row.spacing
            visible: brand.fits
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            StaticText {
                id: brandName
                visible: Session.language !== "mn"
                text: qsTr("就近办")
                font.pixelSize: Theme.heading
                font.family: Theme.fontFamily
                color: Theme.accentText
            }
            StaticText {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // The point's name is Chinese in Mongolian mode too (catalogue data); the default
                // stays Chinese there, as it lies on its side in a row.
                text: Catalogue.pointName.length > 0 ? Catalogue.pointName
                    : (Session.language === "mn" ? "奈曼旗政务服务" : qsTr("奈曼旗政务服务"))
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
        // Voice guidance (VoiceController): Chinese only, so hidden on English and Mongolian
        // screens (nothing in Debian speaks Mongolian).
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
            // Crowded: 中文 → English → ᠮᠣᠩᠭᠣᠯ → 中文; else Chinese and English, Mongolian beside.
            readonly property string next: bar.crowded
                ? (Session.language === "zh" ? "en" : Session.language === "en" ? "mn" : "zh")
                : (Session.language === "zh" ? "en" : "zh")
            text: next === "en" ? "English" : next === "mn" ? "ᠮᠣᠩᠭᠣᠯ" : "中文"
            fontSize: next === "mn" ? bar.mongolianSize : Theme.body
            onClicked: Session.language = languageButton.next
        }
        KioskButton {
            // Traditional Mongolian (mn_CN), named in its own script, standing as it is written.
            id: mongolianButton
            objectName: "mongolianButton"
            visible: !bar.crowded
            fontSize: Session.language === "mn" ? Theme.body : bar.mongolianSize
            text: Session.language === "mn" ? "English" : "ᠮᠣᠩᠭᠣᠯ"
            accessibleName: Session.language === "mn" ? "English" : "蒙古文"
            onClicked: Session.language = (Session.language === "mn" ? "en" : "mn")
        }
        KioskButton {
            id: elderButton
            objectName: "elderButton"
            // Mongolian: a lower bar (columns of Theme.touch * 1.5, at Theme.small in elder mode), so
            // that the Chinese staff screens below keep their room.
            verticalLength: Theme.touch * 1.5
            fontSize: Session.language === "mn" && Theme.elder ? Theme.small : Theme.body
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
