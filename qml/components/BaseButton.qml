import QtQuick
import JiuJin

// What every pressable thing on the screens shares (KioskButton, TileButton, list rows, tiles,
// day cards): a tap, Tab focus with a visible ring, Return/Enter/Space, and the screen reader's
// press action. Its look is the derived component's.
Rectangle {
    id: base
    readonly property bool down: tap.pressed
    /** Return, Enter and Space press it; off while they mean something else (a field being typed in). */
    property bool keysPress: true
    signal clicked()

    // Focus moved here by Tab (or a screen reader) inside a list or scroll area: scroll it into view.
    function reveal() {
        for (let p = base.parent; p; p = p.parent) {
            if (p instanceof Flickable) {
                const f = p as Flickable
                const top = base.mapToItem(f.contentItem, 0, 0).y
                const lowest = f.originY + Math.max(0, f.contentHeight - f.height)
                if (top < f.contentY)
                    f.contentY = Math.max(f.originY, top - Theme.gap)
                else if (top + base.height > f.contentY + f.height)
                    f.contentY = Math.min(lowest, top + base.height - f.height + Theme.gap)
                return
            }
        }
    }
    onActiveFocusChanged: {
        if (base.activeFocus)
            base.reveal()
    }

    function key(event: KeyEvent) {
        if (base.keysPress)
            base.activate()
        else
            event.accepted = false
    }

    function activate() {
        if (base.enabled)
            base.clicked()
    }

    activeFocusOnTab: base.enabled
    Accessible.role: Accessible.Button
    Accessible.focusable: true
    Accessible.onPressAction: base.activate()
    Accessible.onToggleAction: base.activate() // derived check boxes and radio buttons
    Keys.onReturnPressed: (event) => base.key(event)
    Keys.onEnterPressed: (event) => base.key(event)
    Keys.onSpacePressed: (event) => base.key(event)

    FocusRing {
        target: base
        z: 10
    }
    TapHandler {
        id: tap
        onTapped: base.activate()
    }
}
