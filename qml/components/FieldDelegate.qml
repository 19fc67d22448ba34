pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// One field of a form (FormView): its label, its value or choices, and its problem in red. Every
// change goes to the form it belongs to.
// Mongolian mode (docs/DESIGN.md §9e): the field is one band read left to right, as high as the
// form's list: the label in columns (the catalogue's Chinese label upright, 必填 in Mongolian),
// then the box with the value typed (a row: digits and Chinese are typed as they are), then the
// hint and the problem in columns.
Rectangle {
    id: field
    required property int index
    required property string fieldId
    required property string label
    required property string type
    required property string value
    required property string error
    required property bool required
    required property bool fromCard
    required property list<string> optionValues
    required property list<string> optionLabels
    required property FormModel form
    readonly property bool editing: field.form.editingRow === field.index
    readonly property bool mongolian: Session.language === "mn"

    readonly property bool keyed: field.type !== "select" && field.type !== "checkbox"
    /** Mongolian mode while another field is typed in: the keyboard leaves the list too low for
     *  the choices, the yes/no column and the "tap here" column; the label and value stay. */
    readonly property bool squeezed: field.mongolian && field.form.editingRow >= 0 && !field.editing
    readonly property bool ticked: field.value === "true"
    /** Mongolian mode: the field being typed stands alone above the keyboard (FormView.oneField)
     *  with thinner margins, so that its columns run as long as the band allows. */
    readonly property real inset: field.mongolian && field.editing ? 8 : Theme.gap
    /** Mongolian mode: how long the field's columns may run (the band's height, which the list
     *  gives the field). In Chinese and English the field's height follows its content, so its
     *  hidden columns must not follow the height: that was a binding loop (columnLength →
     *  the columns' size → the layout → the height → columnLength). */
    readonly property real room: field.mongolian ? Math.max(Theme.touch, field.height - 2 * field.inset) : Theme.touch
    /** Mongolian mode: a column's words must fit its length; under the keyboard (elder mode
     *  above all) the list is low, so the columns take a smaller size there (never below
     *  Theme.smallest). */
    function fitted(px: int): int {
        return Math.min(px, Math.max(Theme.smallest, Math.floor(field.room / 4.5)))
    }
    /** Mongolian mode: the width of the box and the choices (an ID number fits on one line). */
    readonly property real inputWidth: Math.round(Math.min(Theme.touch * (field.type === "select" ? 7 : 5.5),
                                                           field.ListView.view ? field.ListView.view.width * 0.62 : Infinity))
    /** The label as shown, with its required mark; FormView shows it beside the keyboard while
     *  this field is typed in Mongolian mode. */
    readonly property string labelText: field.required ? qsTr("%1（必填）").arg(field.label) : field.label

    /** Mongolian mode: the catalogue's choices in Mongolian are tall buttons, their labels in
     *  columns (KioskButton), set in as many rows as the band's height allows and read top to
     *  bottom, then left to right, the field growing sideways (the list scrolls): in one row of
     *  a fixed width they ran off the field in elder mode. Chinese choices stay ordinary buttons. */
    readonly property bool verticalChoices: {
        if (!field.mongolian || field.type !== "select")
            return false
        for (const label of field.optionLabels)
            if (/[\u1800-\u180a\u1810-\u18af]/.test(label))
                return true
        return false
    }
    readonly property int choiceSpacing: 8
    /** The longest word of any choice (words never break: §9d), and the ✓ a chosen one gets. */
    readonly property real longestChoiceWord: {
        // advanceWidth() is a call: name the font so that this follows it once it is set.
        if (!field.verticalChoices || choiceMetrics.font.family !== "Noto Sans Mongolian")
            return 0
        let longest = choiceMetrics.advanceWidth("✓")
        for (const label of field.optionLabels)
            for (const word of label.split(/[ \n]/))
                longest = Math.max(longest, choiceMetrics.advanceWidth(word))
        return Math.ceil(longest)
    }
    /** A choice is at least two touches high and long enough for its longest word; a row
     *  fewer while a word still does not fit its column (the font's measure can fall short). */
    readonly property int choiceRows: field.verticalChoices
        ? Math.max(1, Math.min(field.optionValues.length,
                               Math.floor((field.room + field.choiceSpacing)
                                          / (Math.max(Theme.touch * 2, field.longestChoiceWord + 24) + field.choiceSpacing)))
                      - field.rowsLess)
        : 1
    property int rowsLess: 0
    onRoomChanged: field.rowsLess = 0
    Timer {
        id: fewerRowsLater
        interval: 0
        onTriggered: {
            if (field.choiceRows > 1)
                ++field.rowsLess
        }
    }
    readonly property int choiceHeight: Math.floor((field.room - (field.choiceRows - 1) * field.choiceSpacing) / field.choiceRows)
    FontMetrics {
        id: choiceMetrics
        font.family: "Noto Sans Mongolian"
        font.pixelSize: Theme.body
        font.hintingPreference: Font.PreferNoHinting
    }

    implicitHeight: field.mongolian ? 0 : grid.implicitHeight + 2 * Theme.gap
    implicitWidth: field.mongolian ? grid.implicitWidth + 2 * field.inset : 0
    radius: Theme.radius
    color: Theme.surface
    border.color: field.error.length > 0 ? Theme.error : (field.editing ? Theme.secondary : Theme.border)
    border.width: field.error.length > 0 || field.editing ? 3 : Theme.borderWidth

    // One column of parts in Chinese and English; one row of them in Mongolian.
    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: field.inset
        flow: field.mongolian ? GridLayout.TopToBottom : GridLayout.LeftToRight
        columns: field.mongolian ? -1 : 1
        rows: field.mongolian ? 1 : -1
        rowSpacing: 8
        columnSpacing: Theme.gap
        RowLayout {
            visible: !field.mongolian
            Layout.fillWidth: true
            spacing: Theme.gap
            StaticText {
                Layout.fillWidth: true
                text: field.required ? qsTr("%1（必填）").arg(field.label) : field.label
                font.pixelSize: Theme.heading
                font.bold: true
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Badge {
                objectName: "fromCard_" + field.fieldId
                visible: field.fromCard
                text: qsTr("读自身份证")
                tint: Theme.good
            }
        }
        VerticalText {
            id: mongolianLabel
            objectName: "fieldLabelMongolian_" + field.fieldId
            // While a field is typed in, the band above the keyboard is too low for a label column
            // at elder size: the field typed stands alone there (FormView.oneField) and FormView
            // shows its label beside the keyboard, as tall as the form.
            visible: field.mongolian && field.form.editingRow < 0
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            columnLength: field.room
            text: field.mongolian ? field.labelText : ""
            pixelSize: field.fitted(Theme.heading)
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        VerticalText {
            visible: field.mongolian && field.fromCard && field.form.editingRow < 0
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            columnLength: field.room
            text: field.mongolian ? qsTr("读自身份证") : ""
            pixelSize: field.fitted(Theme.small)
            color: Theme.good
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        // The value and the ways to give it; in Mongolian mode a column of its own.
        ColumnLayout {
            Layout.fillWidth: !field.mongolian
            Layout.preferredWidth: field.mongolian ? (field.verticalChoices ? choiceGrid.implicitWidth : field.inputWidth) : -1
            Layout.alignment: Qt.AlignTop
            spacing: 8

            // Typed values: a box to tap; the on-screen keyboard below the list does the typing.
            BaseButton {
                id: box
                objectName: "fieldBox_" + field.fieldId
                visible: field.keyed
                Layout.fillWidth: true
                // Mongolian: while another field is typed in, the keyboard leaves no room for the
                // "tap here" column (the box stays empty).
                readonly property bool empty: field.value.length === 0 && !field.editing
                readonly property bool hinted: field.mongolian && box.empty && field.form.editingRow < 0
                implicitHeight: box.hinted
                                ? Math.max(Theme.touch, placeholder.implicitHeight + 24)
                                : field.mongolian
                                  // Mongolian: never taller than the band (a long address gets
                                  // smaller letters instead, below).
                                  ? Math.min(field.room, Math.max(Theme.touch, boxText.implicitHeight + 24))
                                  : Math.max(Theme.touch, boxText.implicitHeight + 24) * (field.type === "multiline" ? 1.6 : 1)
                radius: Theme.radius
                color: box.down ? Theme.badge : Theme.background
                border.color: field.editing ? Theme.secondary : Theme.border
                border.width: field.editing ? 3 : 2
                // Read as an editable field with what is typed so far; pressing it opens the keyboard.
                Accessible.role: Accessible.EditableText
                Accessible.name: field.label
                Accessible.description: field.value
                onClicked: field.form.beginEditing(field.index)
                keysPress: !field.editing // while typing in it, the keys go to the keyboard
                Text {
                    id: boxText
                    objectName: "fieldValue_" + field.fieldId
                    visible: !(field.mongolian && box.empty)
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: 16
                    text: field.value.length > 0 ? field.value + (field.editing ? "▏" : "")
                                                 : (field.editing ? "▏" : (field.mongolian ? "" : qsTr("点这里填写")))
                    font.pixelSize: Theme.heading
                    font.family: Theme.fontFamily
                    color: field.value.length > 0 || field.editing ? Theme.text : Theme.muted
                    wrapMode: Text.WrapAnywhere
                    height: field.mongolian ? Math.min(implicitHeight, box.height - 16) : implicitHeight
                    fontSizeMode: field.mongolian ? Text.VerticalFit : Text.FixedSize
                    minimumPixelSize: Theme.smallest
                }
                // Mongolian: "tap here" stands in a column (never lying on its side).
                VerticalText {
                    id: placeholder
                    visible: box.hinted
                    anchors.fill: parent
                    anchors.margins: 8
                    centered: true
                    text: field.mongolian ? qsTr("点这里填写") : ""
                    pixelSize: Theme.body
                    columnLength: Theme.touch * 2
                    color: Theme.muted
                }
            }
            BodyText {
                visible: field.type === "date" && !field.mongolian
                text: qsTr("用数字键输入年、月、日，例如 19650308 会显示为 1965-03-08")
                font.pixelSize: Theme.small
                color: Theme.muted
            }

            // A choice among a few options: one big button each, the chosen one filled.
            Flow {
                visible: field.type === "select" && !field.squeezed && !field.verticalChoices
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: field.verticalChoices ? [] : field.optionValues
                    delegate: KioskButton {
                        required property string modelData
                        required property int index
                        objectName: "option_" + field.fieldId + "_" + modelData
                        checkable: true
                        exclusive: true
                        checked: field.value === modelData
                        text: field.optionLabels[index]
                        primary: checked
                        onClicked: field.form.choose(field.index, modelData)
                    }
                }
            }

            // Mongolian choices: rows of tall buttons, filled top to bottom, then to the right.
            GridLayout {
                id: choiceGrid
                objectName: "choicesMongolian_" + field.fieldId
                visible: field.verticalChoices && !field.squeezed
                Layout.preferredHeight: field.room
                flow: GridLayout.TopToBottom
                rows: field.choiceRows
                rowSpacing: field.choiceSpacing
                columnSpacing: field.choiceSpacing
                Repeater {
                    model: field.verticalChoices ? field.optionValues : []
                    delegate: KioskButton {
                        required property string modelData
                        required property int index
                        objectName: "option_" + field.fieldId + "_" + modelData
                        Layout.fillWidth: true
                        Layout.preferredHeight: field.choiceHeight
                        Layout.alignment: Qt.AlignTop
                        verticalLength: field.choiceHeight - 12
                        checkable: true
                        exclusive: true
                        checked: field.value === modelData
                        text: field.optionLabels[index]
                        primary: checked
                        onClicked: field.form.choose(field.index, modelData)
                        // Later, not while the label is being laid out (a binding loop).
                        onOverflowingChanged: {
                            if (overflowing)
                                fewerRowsLater.restart()
                        }
                    }
                }
            }

            // A yes/no question: one wide toggle.
            BaseButton {
                id: toggle
                objectName: "toggle_" + field.fieldId
                visible: field.type === "checkbox" && !field.squeezed
                Layout.fillWidth: true
                implicitHeight: field.mongolian ? Math.max(Theme.touch, toggleColumns.implicitHeight + 16) : Theme.touch
                radius: Theme.radius
                color: toggle.down ? Theme.badge : Theme.background
                border.color: field.ticked ? Theme.good : Theme.border
                border.width: field.ticked ? 3 : 2
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: field.ticked
                Accessible.name: field.label
                onClicked: field.form.toggle(field.index)
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    anchors.rightMargin: 16
                    spacing: Theme.gap
                    Rectangle {
                        implicitWidth: Theme.touch - 20
                        implicitHeight: Theme.touch - 20
                        radius: 6
                        color: field.ticked ? Theme.good : Theme.surface
                        border.color: field.ticked ? Theme.good : Theme.text
                        border.width: 3
                        Text {
                            anchors.centerIn: parent
                            visible: field.ticked
                            text: "✓"
                            font.pixelSize: Theme.title
                            font.bold: true
                            color: Theme.accentText
                        }
                    }
                    Text {
                        visible: !field.mongolian
                        Layout.fillWidth: true
                        text: field.ticked ? qsTr("是（再点一下取消）") : qsTr("否（点一下选“是”）")
                        font.pixelSize: Theme.heading
                        font.family: Theme.fontFamily
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    VerticalText {
                        id: toggleColumns
                        visible: field.mongolian
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.topMargin: 8
                        Layout.bottomMargin: 8
                        text: !field.mongolian ? "" : field.ticked ? qsTr("是（再点一下取消）") : qsTr("否（点一下选“是”）")
                        pixelSize: Theme.body
                        columnLength: Theme.touch * 2.5
                        color: Theme.text
                    }
                }
            }
        }

        VerticalText {
            visible: field.mongolian && field.type === "date" && !field.squeezed
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            columnLength: field.room
            text: field.mongolian ? qsTr("用数字键输入年、月、日，例如 19650308 会显示为 1965-03-08") : ""
            pixelSize: field.fitted(Theme.small)
            color: Theme.muted
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        BodyText {
            objectName: "fieldError_" + field.fieldId
            visible: field.error.length > 0 && !field.mongolian
            text: field.error
            font.bold: true
            color: Theme.error
        }
        VerticalText {
            objectName: "fieldErrorMongolian_" + field.fieldId
            visible: field.error.length > 0 && field.mongolian
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            columnLength: field.room
            text: field.mongolian ? field.error : ""
            pixelSize: field.fitted(Theme.body)
            color: Theme.error
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
