pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// A form's fields with the on-screen keyboard that fills them: the one way every form on the kiosk
// is edited (the application form, who is coming to a booking). The typing rules live in the
// FormModel (C++); this shows the list, keeps the field being filled in sight and puts the keyboard
// in place of the page's buttons while a box is being filled.
// Mongolian mode (docs/DESIGN.md §9e): the fields stand side by side, read left to right, and the
// list scrolls sideways; each field's label, hint and problem are columns (FieldDelegate). While a
// box is typed in, its label stands in columns on the left, beside the keyboard and the field.
Item {
    id: view
    required property FormModel form
    readonly property bool mongolian: Session.language === "mn"
    property string listName: "fieldList"
    property string keyboardName: "formKeyboard"
    readonly property bool editing: view.editingRow >= 0
    /** Mongolian mode while a box is typed in: the band above the keyboard is low (above all in
     *  elder mode), so it shows the field being typed alone, across the whole width, and its
     *  columns keep a readable size; the other fields come back with 确定. */
    readonly property bool oneField: view.mongolian && view.editing
    /** The label of the field typed in (FieldDelegate.labelText), set by its delegate. */
    property string editingLabel
    readonly property alias keyboard: keyboard
    // The other fields shrink to nothing as the keyboard opens: place the one typed once they have.
    onOneFieldChanged: placeLater.restart()
    Timer {
        id: placeLater
        interval: 0
        onTriggered: {
            if (view.editingRow >= 0)
                fieldList.positionViewAtIndex(view.editingRow, view.oneField ? ListView.Beginning : ListView.Contain)
        }
    }

    // After 下一步 with problems: the first field with a problem at the top of the list.
    function showFirstError() {
        if (view.form.firstErrorRow >= 0)
            fieldList.positionViewAtIndex(view.form.firstErrorRow, ListView.Beginning)
    }

    // A field opened, closed or changed for another.
    readonly property int editingRow: view.form.editingRow
    onEditingRowChanged: {
        keyboard.clear() // letters composed for another field must not land in this one
        if (view.editingRow >= 0)
            fieldList.positionViewAtIndex(view.editingRow, view.mongolian ? ListView.Beginning : ListView.Contain)
    }

    // Not the root: the label's width, which follows its columns, must not reach the pages'
    // layouts (they would be laid out again while this one is).
    RowLayout {
        id: row
        anchors.fill: parent
        spacing: Theme.gap

        // Mongolian mode while a box is typed in: the field's label, Mongolian first (the catalogue's
        // Chinese label upright when it has no Mongolian), as tall as the form, left of the keyboard
        // and the field, at elder size where the keyboard leaves the width (a step smaller else).
        VerticalText {
            id: editingLabelColumn
            objectName: "editingLabelMongolian"
            /** 0, 1, 2: Theme.heading, body, small; a step smaller while the columns are too wide. */
            property int step: 0
            // The keyboard's ten letter keys in a row, at their narrowest (square keys: TextKeyboard.keyWidth).
            readonly property real room: Math.max(Theme.touch, view.width - (keyboard.keyHeight * 10 + 9 * 6) - row.spacing)
            visible: view.oneField && text.length > 0
            Layout.fillHeight: true
            /** The width it takes beside the keyboard. */
            readonly property real taken: Math.min(editingLabelColumn.implicitWidth, editingLabelColumn.room)
            // Its width is its own (never squeezed by the keyboard's row), and its columns' length
            // the form's height, known before this layout runs (no second pass).
            Layout.preferredWidth: editingLabelColumn.taken
            Layout.minimumWidth: editingLabelColumn.taken
            Layout.maximumWidth: editingLabelColumn.taken
            columnLength: Math.max(Theme.touch, row.height)
            text: view.oneField ? view.editingLabel : ""
            pixelSize: [Theme.heading, Theme.body, Theme.small][step]
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            onTextChanged: editingLabelColumn.step = 0
            onRoomChanged: editingLabelColumn.step = 0
            // Later, not while the columns are being laid out for the size just set (a binding loop).
            onImplicitWidthChanged: fitLater.restart()
            onStepChanged: fitLater.restart()
            Timer {
                id: fitLater
                interval: 0
                onTriggered: {
                    if (editingLabelColumn.implicitWidth > editingLabelColumn.room && editingLabelColumn.step < 2)
                        ++editingLabelColumn.step
                }
            }
        }

        // The list of fields, and the keyboard under it while a box is typed in.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                ListView {
                    id: fieldList
                    objectName: view.listName
                    anchors.fill: parent
                    anchors.rightMargin: view.mongolian ? 0 : 20
                    anchors.bottomMargin: view.mongolian && !view.oneField ? 20 : 0
                    clip: true
                    orientation: view.mongolian ? ListView.Horizontal : ListView.Vertical
                    spacing: view.oneField ? 0 : Theme.gap
                    // A form has a handful of fields: keep them all built so nothing jumps while scrolling
                    // and Tab reaches every one.
                    cacheBuffer: Theme.listCacheBuffer
                    boundsBehavior: Flickable.StopAtBounds
                    model: view.form
                    // The keyboard takes room from the list: keep the field being filled in sight.
                    onHeightChanged: {
                        if (view.mongolian)
                            return
                        if (view.form.editingRow >= 0)
                            fieldList.positionViewAtIndex(view.form.editingRow, ListView.Contain)
                    }
                    delegate: FieldDelegate {
                        id: fieldItem
                        readonly property bool hidden: view.oneField && !fieldItem.editing
                        visible: !fieldItem.hidden
                        width: fieldItem.hidden ? 0 : (view.oneField ? Math.max(implicitWidth, ListView.view.width)
                                                                    : (view.mongolian ? implicitWidth : ListView.view.width))
                        height: view.mongolian ? ListView.view.height : implicitHeight
                        form: view.form
                        Binding {
                            target: view
                            property: "editingLabel"
                            value: fieldItem.labelText
                            when: fieldItem.editing
                            // The field left must not put its old value back over the next one's.
                            restoreMode: Binding.RestoreNone
                        }
                    }
                }
                ScrollHint {
                    visible: !view.mongolian && fieldList.contentHeight > fieldList.height
                    flickable: fieldList
                }
                // Mongolian: the fields run on to the right.
                Rectangle {
                    anchors.left: fieldList.left
                    anchors.right: fieldList.right
                    anchors.top: fieldList.bottom
                    anchors.topMargin: 4
                    height: 12
                    radius: 6
                    color: Theme.badge
                    visible: view.mongolian && !view.oneField && fieldList.contentWidth > fieldList.width
                    Rectangle {
                        height: parent.height
                        radius: 6
                        color: Theme.muted
                        x: fieldList.visibleArea.xPosition * parent.width
                        width: Math.max(24, fieldList.visibleArea.widthRatio * parent.width)
                    }
                }
            }

            // The keyboard replaces the page's buttons while a box is being filled. Nested layouts fill
            // height by default: this one must not, or it takes the room of the field being filled.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: false
                visible: view.editing
                spacing: 8
                // Dates need a word on the format; elsewhere the keyboard's own 确定 ends the typing,
                // so the field being filled keeps as much room as possible.
                RowLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: false
                    // Mongolian: the field's own hint column says how to type a date, and the pad's ✓
                    // key ends it.
                    visible: view.form.editingType === "date" && !view.mongolian
                    spacing: Theme.gap
                    BodyText {
                        text: qsTr("请输入8位数字：年4位、月2位、日2位")
                        color: Theme.muted
                    }
                    KioskButton {
                        objectName: "editDone"
                        primary: true
                        text: qsTr("完成")
                        onClicked: view.form.finishEditing()
                    }
                }
                TextKeyboard {
                    id: keyboard
                    objectName: view.keyboardName
                    Layout.fillWidth: true
                    Layout.preferredHeight: keyboard.implicitHeight
                    mode: view.form.keyboardMode
                    // Beside the label column: keys narrower where the row of ten would not fit.
                    keyWidth: Math.max(keyboard.keyHeight, Math.min(Math.round(keyboard.keyHeight * 1.15), Math.floor(
                        (view.width - (editingLabelColumn.visible ? editingLabelColumn.taken + row.spacing : 0) - 9 * 6) / 10)))
                    onTyped: (text) => view.form.typeText(text)
                    onBackspace: view.form.erase()
                    onDone: view.form.finishEditing()
                }
            }
        }
    }
}
