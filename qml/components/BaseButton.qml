import QtQuick
import JiuJin

// What every pressable thing on the screens shares (KioskButton, TileButton, list rows, tiles,
// day cards): a tap, Tab focus with a visible ring, Return/Enter/Space, and the screen reader's
// press action. Its look is the derived component's.
Rectangle {
    id: base
    readonly property bool down: tap.pressed
    signal clicked()

    function activate() {
        if (base.enabled)
            base.clicked()
    }

    activeFocusOnTab: base.enabled
    Accessible.role: Accessible.Button
    Accessible.focusable: true
    Accessible.onPressAction: base.activate()
    Accessible.onToggleAction: base.activate() // derived check boxes and radio buttons
    Keys.onReturnPressed: base.activate()
    Keys.onEnterPressed: base.activate()
    Keys.onSpacePressed: base.activate()

    FocusRing {
        target: base
        z: 10
    }
    TapHandler {
        id: tap
        onTapped: base.activate()
    }
}
