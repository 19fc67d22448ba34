import QtQuick
import JiuJin

// The top bar's 听 (listen) button: a loudspeaker drawn beside the word (no font on the kiosk has
// the 🔊 emoji), so that someone who reads little still recognises it.
BaseButton {
    id: control
    property bool muted: false

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, row.implicitWidth + 20)
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    opacity: control.down ? 0.75 : 1

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("听")
    Accessible.description: qsTr("朗读本页")

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 8
        Canvas {
            id: speaker
            width: Math.round(Theme.body * 1.2)
            height: width
            anchors.verticalCenter: parent.verticalCenter
            property color ink: Theme.text
            property bool muted: control.muted
            onInkChanged: speaker.requestPaint()
            onMutedChanged: speaker.requestPaint()
            onWidthChanged: speaker.requestPaint()
            onPaint: {
                const ctx = speaker.getContext("2d")
                const s = speaker.width
                ctx.reset()
                ctx.fillStyle = speaker.ink
                ctx.strokeStyle = speaker.ink
                ctx.lineWidth = Math.max(2, s / 12)
                ctx.beginPath() // the box and the cone
                ctx.moveTo(s * 0.05, s * 0.35)
                ctx.lineTo(s * 0.25, s * 0.35)
                ctx.lineTo(s * 0.5, s * 0.12)
                ctx.lineTo(s * 0.5, s * 0.88)
                ctx.lineTo(s * 0.25, s * 0.65)
                ctx.lineTo(s * 0.05, s * 0.65)
                ctx.closePath()
                ctx.fill()
                if (speaker.muted) { // a cross where the waves would be
                    ctx.beginPath()
                    ctx.moveTo(s * 0.62, s * 0.35); ctx.lineTo(s * 0.92, s * 0.65)
                    ctx.moveTo(s * 0.92, s * 0.35); ctx.lineTo(s * 0.62, s * 0.65)
                    ctx.stroke()
                    return
                }
                for (const r of [0.2, 0.36]) { // two sound waves
                    ctx.beginPath()
                    ctx.arc(s * 0.5, s * 0.5, s * r + s * 0.08, -Math.PI / 4, Math.PI / 4, false)
                    ctx.stroke()
                }
            }
        }
        StaticText {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("听")
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
        }
    }
}
