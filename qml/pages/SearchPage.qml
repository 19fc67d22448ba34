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

    function setQuery(text: string) {
        field.text = text
        Catalogue.search(text)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
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
                visible: field.text.length === 0
                text: qsTr("输入事项名称、拼音或首字母，如 养老 / yanglao / ylbx")
                font.pixelSize: Theme.body
                font.family: Theme.fontFamily
                color: Theme.muted
                elide: Text.ElideRight
            }
        }
        BodyText {
            // How search read a question: the words it looked for, after dropping 怎么办, 我要 and
            // the like, and the catalogue's word for an everyday one (丢了 -> 遗失).
            objectName: "understood"
            visible: field.text.trim().length > 0 && Catalogue.understood.length > 0 && results.count > 0
            text: qsTr("按「%1」查找").arg(Catalogue.understood)
            font.pixelSize: Theme.heading
            lineHeight: 1.0
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: field.text.length === 0
            StaticText {
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
            visible: !noResults.visible
            ListView {
                anchors.fill: parent
                anchors.rightMargin: 20
                id: results
                objectName: "resultList"
                cacheBuffer: Theme.listCacheBuffer
                clip: true
                spacing: Theme.gap / 2
                model: Catalogue.results
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
            visible: field.text.trim().length > 0 && results.count === 0
            spacing: 8
            BodyText {
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
            visible: noResults.visible
        }
        PinyinKeyboard {
            Layout.alignment: Qt.AlignHCenter
            onTyped: (letter) => page.setQuery(field.text + letter)
            onErase: page.setQuery(field.text.slice(0, -1))
            onClear: page.setQuery("")
        }
    }
}
