pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// Search as the citizen types: 汉字, pinyin or initials, from the on-screen keyboard or quick words.
Rectangle {
    id: page
    color: Theme.background
    signal chosen(string code)
    readonly property bool mongolian: Session.language === "mn"
    /** How search read the question is shown (above the results; not in Mongolian mode). */
    readonly property bool understoodShown: !page.mongolian && field.text.trim().length > 0
                                            && Catalogue.understood.length > 0 && Catalogue.results.count > 0
    readonly property string understoodText: qsTr("按「%1」查找").arg(Catalogue.understood)

    function setQuery(text: string) {
        field.text = text
        Catalogue.search(text)
    }

    // Mongolian mode, left to right: what to type (or what was understood, or that nothing was
    // found) in a column, the field with the Chinese quick words and the keyboard, then the
    // results as cards (Mongolian name, Chinese beside it). Search itself reads Chinese and pinyin.
    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

    MongolianBlock {
        id: hint
        objectName: "mongolianSearchHint"
        // Beside the elder keyboard on a narrow window (1024x768) the hint left the results no
        // room for a card: while results are shown there, they take the hint's place.
        visible: page.mongolian && !(mongolianResults.count > 0 && field.text.length > 0
                                     && page.width - 2 * Theme.margin - keyboard.implicitWidth - hint.implicitWidth
                                        - 2 * Theme.gap < Theme.touch * 3)
        Layout.fillHeight: true
        Layout.preferredWidth: implicitWidth
        text: noResults.visible ? noResultsText.text
              : page.understoodShown ? page.understoodText
              : placeholder.text + (field.text.length === 0 ? "\n" + commonLabel.text : "")
        color: noResults.visible ? Theme.warning : Theme.text
    }

    ColumnLayout {
        Layout.fillHeight: true
        Layout.fillWidth: !page.mongolian
        Layout.preferredWidth: page.mongolian ? keyboard.implicitWidth : -1
        spacing: Theme.gap

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.accent
            border.width: 2
            TextInput {
                id: field
                objectName: "searchField"
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 16
                verticalAlignment: TextInput.AlignVCenter
                font.pixelSize: Theme.heading
                font.family: Theme.fontFamily
                color: Theme.text
                clip: true
                focus: true
                activeFocusOnTab: true
                maximumLength: 100
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.role: Accessible.EditableText
                Accessible.name: placeholder.text
                onTextEdited: Catalogue.search(field.text)
            }
            Text {
                id: placeholder
                anchors.fill: field
                verticalAlignment: Text.AlignVCenter
                visible: field.text.length === 0 && !page.mongolian
                text: qsTr("输入事项名称、拼音或首字母，如 养老 / yanglao / ylbx")
                font.pixelSize: Theme.body
                font.family: Theme.fontFamily
                color: Theme.muted
                elide: Text.ElideRight
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: field.text.length === 0
            StaticText {
                id: commonLabel
                visible: !page.mongolian // in the column beside, in Mongolian mode
                text: qsTr("常用：")
                font.pixelSize: Theme.body
                font.family: Theme.fontFamily
                color: Theme.muted
                height: Theme.touch
                verticalAlignment: Text.AlignVCenter
            }
            Repeater {
                model: [qsTr("养老"), qsTr("医保"), qsTr("低保"), qsTr("残疾人证"), qsTr("户口"), qsTr("营业执照"), qsTr("生育登记"), qsTr("高龄津贴")]
                delegate: KioskButton {
                    required property string modelData
                    text: modelData
                    onClicked: page.setQuery(modelData)
                }
            }
        }
        Item {
            id: resultArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !noResults.visible && !page.mongolian
            ListView {
                anchors.fill: parent
                anchors.rightMargin: 20
                id: results
                objectName: "resultList"
                cacheBuffer: Theme.listCacheBuffer
                clip: true
                spacing: Theme.gap / 2
                model: Catalogue.results
                // How search read a question: the words it looked for, after dropping 怎么办, 我要
                // and the like, and the catalogue's word for an everyday one (丢了 -> 遗失). Above
                // the first result, scrolling with the results (in the room of topMargin): beside
                // the elder keyboard at 1024x768 a line of its own left the list less room than
                // one result. Not a header: Qt 6.4 cannot make a header of a Bound file.
                topMargin: understood.visible ? understood.implicitHeight + Theme.gap / 2 : 0
                onTopMarginChanged: results.contentY = results.originY - results.topMargin
                BodyText {
                    id: understood
                    objectName: "understood"
                    parent: results.contentItem
                    y: -results.topMargin
                    width: results.width
                    visible: page.understoodShown
                    text: page.understoodText
                    font.pixelSize: Theme.heading
                    lineHeight: 1.0
                }
                delegate: ItemRowDelegate {
                    width: ListView.view.width
                    onChosen: (code) => page.chosen(code)
                }
            }
            ScrollHint { flickable: results }
        }
        ColumnLayout {
            id: noResults
            objectName: "noResults"
            Layout.fillWidth: true
            // The model's count, not the list's: a hidden ListView does not update its count, so
            // once shown this stayed over results that came after (the list kept hidden).
            visible: field.text.trim().length > 0 && Catalogue.results.count === 0
            spacing: 8
            BodyText {
                id: noResultsText
                visible: !page.mongolian
                text: qsTr("没有找到“%1”相关的事项。可以试试更短的词、拼音首字母，或点下面的词：").arg(field.text)
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: Catalogue.suggestions
                    delegate: KioskButton {
                        required property string modelData
                        text: modelData
                        primary: true
                        onClicked: page.setQuery(modelData)
                    }
                }
            }
        }
        Item {
            // keeps the keyboard at the bottom while the message above is short
            Layout.fillHeight: true
            visible: noResults.visible || page.mongolian
        }
        PinyinKeyboard {
            id: keyboard
            Layout.alignment: Qt.AlignHCenter
            onTyped: (letter) => page.setQuery(field.text + letter)
            onErase: page.setQuery(field.text.slice(0, -1))
            onClear: page.setQuery("")
        }
    }

    ListView {
        // The results as the item list shows them in Mongolian mode: cards, scrolling sideways.
        id: mongolianResults
        objectName: "mongolianResults"
        visible: page.mongolian && !noResults.visible
        Layout.fillWidth: true
        Layout.fillHeight: true
        orientation: ListView.Horizontal
        clip: true
        spacing: Theme.gap / 2
        cacheBuffer: Theme.listCacheBuffer
        model: page.mongolian ? Catalogue.results : null
        delegate: MongolianTile {
            id: card
            required property string code
            required property string name
            required property string mongolianName
            required property bool handledHere
            required property string where
            height: ListView.view.height
            // Never wider than the list (in elder mode the keyboard leaves it about one card):
            // the card then drops its explanation and takes its names a step smaller rather
            // than run off the window's edge.
            width: Math.min(card.fullWidth, ListView.view.width)
            shrinkToFit: true
            text: card.mongolianName.length > 0 ? card.mongolianName : card.name
            // A long name (three columns or more) and its Chinese overflow a card as narrow as
            // elder mode leaves beside the keyboard at 1024x768 (184 px) even a step smaller:
            // such a card shows the Mongolian name alone, whole, rather than both cut. Decided
            // once (showing the Chinese again would overflow again); a screen reader still hears
            // both, and the guide shows both.
            property bool mongolianOnly: false
            // The tile's two name columns (their sizes are known at once, unlike its Row's).
            property Item titleColumns: null
            property Item chineseColumns: null
            function column(item: Item, name: string): Item {
                for (let i = 0; i < item.children.length; ++i) {
                    const child = item.children[i]
                    const found = child.objectName === name ? child : card.column(child, name)
                    if (found)
                        return found
                }
                return null
            }
            Component.onCompleted: {
                card.titleColumns = card.column(card, "tileTitle")
                card.chineseColumns = card.column(card, "tileChinese")
            }
            readonly property bool overflows: card.tight && card.titleColumns !== null
                && card.chineseColumns !== null && card.showChinese
                && card.titleColumns.implicitWidth + card.chineseColumns.implicitWidth + Theme.gap / 2
                   + 2 * Theme.gap > card.width + 0.5
            // Checked once the sizes the change brings are all in (tight first, then the
            // columns' smaller size): a passing state does not decide.
            function decide() {
                if (card.overflows && card.mongolianName.length > 0)
                    card.mongolianOnly = true
            }
            onOverflowsChanged: if (card.overflows) settle.restart()
            Timer {
                id: settle
                interval: 0
                onTriggered: card.decide()
            }
            chinese: card.mongolianOnly ? "" : card.name
            Accessible.name: card.mongolianName.length > 0 ? card.mongolianName + " " + card.name : card.name
            subtitle: card.handledHere ? qsTranslate("ItemListPage", "✓ 本服务点可办") : card.where
            titleSize: Theme.body
            fill: card.down ? Theme.badge : Theme.surface
            ink: Theme.text
            border.color: Theme.border
            border.width: Theme.borderWidth
            onClicked: page.chosen(card.code)
        }
    }
    }
}
