import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// The first screen: a greeting, the large tiles, and a small corner button for staff.
Rectangle {
    id: page
    color: Theme.background
    signal browse()
    signal searchChosen()
    signal applyChosen()
    signal bookChosen()
    signal statusChosen()
    signal rateChosen()
    signal staffChosen()
    // The figure changes only when jiujin-syncd pulls case updates: read it when home is shown.
    onVisibleChanged: if (page.visible) Status.refreshPointFigure()
    Component.onCompleted: Status.refreshPointFigure()
    readonly property bool mongolian: Session.language === "mn"

    /** The Mongolian layout was made (it is kept once made, so switching back is instant). */
    property bool mongolianMade: false
    /** Mongolian elder mode on a panel narrower than the pilot's 1280 px (1024x768): the six
     *  tiles need the whole row (each about 124 px at its smaller step, title beside its
     *  Chinese), so the greeting gives way to its first words, as the Chinese elder greeting
     *  does, and the point's figure moves to the strip beside the staff button (§9e). */
    readonly property bool compactElder: Theme.elder && page.width < 1200

    /** The text of the Chinese (and English) layout, or nothing while it is hidden in Mongolian
     *  mode: qsTr() would fill the hidden tiles with Mongolian that Qt lays out and shapes in
     *  the CJK font, most of the Mongolian first frame's extra work (DESIGN §9e). */
    function chinese(text: string): string {
        return page.mongolian ? "" : text
    }

    // Mongolian mode: the page reads in columns, left to right: the greeting, then the tiles.
    // Made the first time Mongolian is chosen, not with the page: the first frame in Chinese does
    // not lay out and shape eight hidden columns of text (DESIGN §9c).
    Loader {
        anchors.fill: parent
        anchors.margins: Theme.margin
        // Room for the staff button; compactElder: for the figure's columns beside it too (a word
        // of it at Theme.small is longer than the button is high).
        anchors.bottomMargin: page.compactElder ? Theme.touch * 2 : Theme.touch + 2 * Theme.gap
        active: page.mongolian || page.mongolianMade
        onLoaded: page.mongolianMade = true
        // The component reaches the page by id (a Bound component cannot be made by a Loader in
        // Qt 6.4: "Cannot instantiate bound component outside its creation context").
        // qmllint disable unqualified
        sourceComponent: Component {
            RowLayout {
                objectName: "mongolianHome"
                visible: page.mongolian
                spacing: Theme.margin
                VerticalText {
                    objectName: "mongolianGreeting"
                    Layout.fillHeight: true
                    Layout.preferredWidth: implicitWidth
                    columnLength: height
                    text: page.compactElder ? qsTr("您好！") : qsTr("您好！欢迎使用“就近办”政务服务自助终端")
                    // Elder mode: the six tiles need the width (their titles are the large text).
                    pixelSize: Theme.elder ? Theme.body : Theme.heading
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                VerticalText {
                    // The point's satisfaction figure (the Chinese one sits in the strip at the
                    // bottom, which is too low for a column): a column of its own after the greeting.
                    objectName: "mongolianPointFigure"
                    visible: Status.pointFigure.length > 0 && !page.compactElder
                    Layout.fillHeight: true
                    Layout.preferredWidth: implicitWidth
                    columnLength: height
                    text: Status.pointFigure
                    pixelSize: Theme.small
                    color: Theme.muted
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                VerticalText {
                    visible: !Theme.elder || !Catalogue.ready
                    Layout.fillHeight: true
                    Layout.preferredWidth: implicitWidth
                    columnLength: height
                    text: Catalogue.ready ? qsTr("请点击下面的大按钮。") : qsTr("本机尚未导入事项目录，请联系工作人员。")
                    pixelSize: Theme.body
                    color: Catalogue.ready ? Theme.muted : Theme.warning
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                GridLayout {
                    // One row of six, in elder mode too: a tile's columns need the page's height (two rows
                    // of three left them too low for a 48 px title, §9e), and six tall tiles side by side
                    // stay wider than the elder touch minimum.
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    flow: GridLayout.TopToBottom
                    rows: 1
                    rowSpacing: Theme.margin
                    columnSpacing: Theme.elder ? Theme.gap : Theme.margin
                    MongolianTile {
                        shrinkToFit: true
                        objectName: "browseMongolianTile"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1 // all six as wide
                        Layout.preferredHeight: 1
                        text: qsTr("办事指南")
                        chinese: "办事指南"
                        subtitle: qsTr("按部门查看能办的事项、要带的材料和办理流程")
                        onClicked: page.browse()
                    }
                    MongolianTile {
                        shrinkToFit: true
                        objectName: "applyMongolianTile"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1 // all six as wide
                        Layout.preferredHeight: 1
                        text: qsTr("我要办")
                        chinese: "我要办"
                        subtitle: qsTr("选好事项，在本机填表、交材料，不用跑窗口")
                        onClicked: page.applyChosen()
                    }
                    MongolianTile {
                        shrinkToFit: true
                        objectName: "searchMongolianTile"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1 // all six as wide
                        Layout.preferredHeight: 1
                        text: qsTr("查找事项")
                        chinese: "查找事项"
                        subtitle: qsTr("输入汉字、拼音或首字母，如“养老”、yanglao、ylbx")
                        onClicked: page.searchChosen()
                    }
                    MongolianTile {
                        shrinkToFit: true
                        objectName: "bookMongolianTile"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1 // all six as wide
                        Layout.preferredHeight: 1
                        text: qsTr("预约")
                        chinese: "预约"
                        subtitle: qsTr("选好日子和时间，到窗口不用排队")
                        onClicked: page.bookChosen()
                    }
                    MongolianTile {
                        shrinkToFit: true
                        objectName: "statusMongolianTile"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1 // all six as wide
                        Layout.preferredHeight: 1
                        text: qsTr("查进度")
                        chinese: "查进度"
                        subtitle: qsTr("输入受理编号或预约号，或扫回执上的二维码；可取消、改约预约")
                        onClicked: page.statusChosen()
                    }
                    MongolianTile {
                        shrinkToFit: true
                        objectName: "rateMongolianTile"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1 // all six as wide
                        Layout.preferredHeight: 1
                        text: qsTr("评价")
                        chinese: "评价"
                        subtitle: qsTr("对办过的事说说满意不满意")
                        onClicked: page.rateChosen()
                    }
                }
            }
        }
        // qmllint enable unqualified
    }

    ColumnLayout {
        visible: !page.mongolian
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.leftMargin: Theme.margin * 2
        anchors.rightMargin: Theme.margin * 2
        anchors.bottomMargin: Theme.touch + 2 * Theme.gap // room for the staff button
        spacing: Theme.margin

        Heading {
            id: greeting
            // Elder mode: the whole greeting where it takes at most two lines; the tiles' large
            // titles need the rest of the page (English at 1024x768 took three lines and left the
            // tiles too low for their titles), so a longer one gives way to its first words.
            text: page.chinese(!Theme.elder || fullGreeting.lineCount <= 2 ? qsTr("您好！欢迎使用“就近办”政务服务自助终端")
                                                              : qsTr("您好！"))
            // Regular weight on the first screen: the bold CJK face is a second large font file
            // to open before the first frame; later screens use it.
            horizontalAlignment: Text.AlignHCenter
        }
        StaticText {
            Layout.fillWidth: true
            // Elder mode keeps the room for the tiles' large titles: the short form only.
            text: page.chinese(Theme.elder ? qsTr("请点击下面的大按钮。")
                              : qsTr("社保、医保、民政、卫健、残联、公安、市场监管等常办事项，在家门口就能办。请点击下面的大按钮。"))
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.muted
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 6
            rowSpacing: Theme.margin
            columnSpacing: Theme.margin
            TileButton {
                objectName: "browseTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.columnSpan: 2
                Layout.preferredWidth: 2
                text: page.chinese(qsTr("办事指南"))
                subtitle: page.chinese(qsTr("按部门查看能办的事项、要带的材料和办理流程"))
                onClicked: page.browse()
            }
            TileButton {
                objectName: "applyTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.columnSpan: 2
                Layout.preferredWidth: 2
                text: page.chinese(qsTr("我要办"))
                subtitle: page.chinese(qsTr("选好事项，在本机填表、交材料，不用跑窗口"))
                onClicked: page.applyChosen()
            }
            TileButton {
                objectName: "searchTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.columnSpan: 2
                Layout.preferredWidth: 2
                text: page.chinese(qsTr("查找事项"))
                subtitle: page.chinese(qsTr("输入汉字、拼音或首字母，如“养老”、yanglao、ylbx"))
                onClicked: page.searchChosen()
            }
            TileButton {
                objectName: "bookTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.columnSpan: 2
                Layout.preferredWidth: 2
                text: page.chinese(qsTr("预约"))
                subtitle: page.chinese(qsTr("选好日子和时间，到窗口不用排队"))
                onClicked: page.bookChosen()
            }
            TileButton {
                objectName: "statusTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.columnSpan: 2
                Layout.preferredWidth: 2
                text: page.chinese(qsTr("查进度"))
                subtitle: page.chinese(qsTr("输入受理编号或预约号，或扫回执上的二维码；可取消、改约预约"))
                onClicked: page.statusChosen()
            }
            TileButton {
                objectName: "rateTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.columnSpan: 2
                Layout.preferredWidth: 2
                text: page.chinese(qsTr("评价"))
                subtitle: page.chinese(qsTr("对办过的事说说满意不满意"))
                onClicked: page.rateChosen()
            }
        }
        StaticText {
            Layout.fillWidth: true
            visible: !Catalogue.ready
            // Not laid out while hidden (every start with a catalogue).
            text: page.chinese(Catalogue.ready ? "" : qsTr("本机尚未导入事项目录，请联系工作人员。"))
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.warning
            horizontalAlignment: Text.AlignHCenter
        }
    }

    // The whole greeting as the heading would lay it out, not shown: how many lines it takes.
    Text {
        id: fullGreeting
        visible: false
        width: greeting.width
        text: page.chinese(Theme.elder ? qsTr("您好！欢迎使用“就近办”政务服务自助终端") : "")
        font: greeting.font
        wrapMode: greeting.wrapMode
    }

    StaticText {
        // The point's public figure (GB/T 39734), only when enough ratings stand behind it: in the
        // strip beside the staff button, so that the tiles keep their height (elder mode).
        objectName: "pointFigure"
        anchors.left: parent.left
        anchors.right: staffButton.left
        anchors.leftMargin: Theme.margin * 2
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: staffButton.verticalCenter
        // In Mongolian a column beside the greeting says it (mongolianPointFigure).
        visible: Status.pointFigure.length > 0 && !page.mongolian
        text: Status.pointFigure
        font.pixelSize: Theme.small
        font.family: Theme.fontFamily
        color: Theme.muted
        wrapMode: Text.WordWrap
    }

    VerticalText {
        // Mongolian elder mode on a narrow panel: the figure in short columns in the strip beside
        // the staff button, read after the tiles (the row has no room for its columns).
        objectName: "mongolianPointFigureBelow"
        visible: page.mongolian && page.compactElder && Status.pointFigure.length > 0
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        height: Theme.touch * 2 - Theme.gap * 3 / 2
        width: implicitWidth
        columnLength: height
        // Not laid out unless shown (every other mode and language).
        text: visible ? Status.pointFigure : ""
        pixelSize: Theme.small
        color: Theme.muted
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    KioskButton {
        id: staffButton
        objectName: "staffButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        implicitWidth: Theme.touch * 2
        fontSize: Theme.small
        text: qsTr("工作人员")
        onClicked: page.staffChosen()
    }
}
