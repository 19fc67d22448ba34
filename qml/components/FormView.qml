pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import JiuJin
import JiuJin.Ui

// A form's fields with the on-screen keyboard that fills them: the one way every form on the kiosk
// is edited (the application form, who is coming to a booking). The typing rules live in the
// FormModel (C++); this shows the list, keeps the field being filled in sight and puts the keyboard
// in place of the page's buttons while a box is being filled.
ColumnLayout {
    id: view
    required property FormModel form
    property string listName: "fieldList"
    property string keyboardName: "formKeyboard"
    readonly property bool editing: view.editingRow >= 0
    readonly property alias keyboard: keyboard
    spacing: Theme.gap

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
            fieldList.positionViewAtIndex(view.editingRow, ListView.Contain)
    }

    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true
        ListView {
            id: fieldList
            objectName: view.listName
            anchors.fill: parent
            anchors.rightMargin: 20
            clip: true
            spacing: Theme.gap
            // A form has a handful of fields: keep them all built so nothing jumps while scrolling
            // and Tab reaches every one.
            cacheBuffer: Theme.listCacheBuffer
            boundsBehavior: Flickable.StopAtBounds
            model: view.form
            // The keyboard takes room from the list: keep the field being filled in sight.
            onHeightChanged: {
                if (view.form.editingRow >= 0)
                    fieldList.positionViewAtIndex(view.form.editingRow, ListView.Contain)
            }
            delegate: FieldDelegate {
                width: ListView.view.width
                form: view.form
            }
        }
        ScrollHint { flickable: fieldList }
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
            visible: view.form.editingType === "date"
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
            onTyped: (text) => view.form.typeText(text)
            onBackspace: view.form.erase()
            onDone: view.form.finishEditing()
        }
    }
}
