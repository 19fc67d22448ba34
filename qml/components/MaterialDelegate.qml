import QtQuick
import QtQuick.Layouts
import JiuJin

// One material of a guide as a checklist row with its marks.
RowLayout {
    id: material
    required property string name
    required property string kind
    required property string note
    required property int copies
    required property bool eCertificate
    required property bool signature
    required property bool required
    required property bool rongque
    required property bool commitment

    spacing: Theme.gap
    Rectangle {
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: 4
        width: Theme.body
        height: Theme.body
        color: "transparent"
        border.color: Theme.text
        border.width: 2
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 4
        BodyText {
            text: material.name
            font.bold: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Badge { text: material.eCertificate ? material.kind : qsTr("%1 %2 份").arg(material.kind).arg(material.copies) }
            Badge { visible: !material.required; text: qsTr("非必要") }
            Badge { visible: material.signature; text: qsTr("需本人签字"); tint: Theme.secondary }
            Badge { visible: material.rongque; text: qsTr("可容缺后补"); tint: Theme.good }
            Badge { visible: material.commitment; text: qsTr("可告知承诺代替"); tint: Theme.good }
        }
        BodyText {
            visible: material.note.length > 0
            text: material.note
            font.pixelSize: Theme.small
            color: Theme.muted
        }
    }
}
