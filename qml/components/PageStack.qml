import QtQuick

// The screens the citizen has walked through, newest on top; only the top one is in the window.
// The ones underneath wait on a shelf outside the scene, so they are neither drawn nor in the
// screen reader's tree nor in the Tab chain. Each screen that comes to the top gets the focus on
// its heading (Heading), so a screen reader announces it and Tab starts from the top.
// (No slide animations: they slow elderly users down and delay the first frame.)
Item {
    id: stack
    /** Screens underneath, oldest first; an Item outside the window (no parent item). */
    property Item shelf: Item {}
    // The shelf's children are only counted when the top changes; depth follows that.
    property int shelved: 0
    readonly property int depth: stack.shelved + (stack.currentItem ? 1 : 0)
    property Item currentItem: null

    Component.onCompleted: {
        stack.currentItem = stack.children.length > 0 ? stack.children[stack.children.length - 1] : null
        stack.focusTop()
    }

    /** Makes @p component's page (with the initial @p properties) the top screen. */
    function push(component: Component, properties: var): Item {
        const below = stack.currentItem
        if (below) {
            below.anchors.fill = undefined
            below.parent = stack.shelf
        }
        stack.shelved = stack.shelf.children.length
        const page = component.createObject(stack, properties) as Item
        page.anchors.fill = stack
        stack.currentItem = page
        stack.focusTop()
        return page
    }
    function pop() {
        if (stack.shelf.children.length === 0)
            return
        const top = stack.currentItem
        // destroy() waits for the event loop, and goHome() empties the visit's models at once:
        // the page's lists let go of their models first. A list still making rows in the
        // background (cacheBuffer) was told of the emptied model and asked it to cancel a row
        // that was no longer there ("DelegateModel::cancel: index out range").
        stack.releaseLists(top)
        top.parent = null
        top.destroy()
        const below = stack.shelf.children[stack.shelf.children.length - 1]
        below.parent = stack
        below.anchors.fill = stack
        stack.shelved = stack.shelf.children.length
        stack.currentItem = below
        stack.focusTop()
    }
    /** Detaches every ListView and GridView under @p item from its model. */
    function releaseLists(item: Item) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child instanceof ListView)
                (child as ListView).model = null
            else if (child instanceof GridView)
                (child as GridView).model = null
            stack.releaseLists(child)
        }
    }
    function popToRoot() {
        while (stack.shelf.children.length > 0)
            stack.pop()
    }

    /** The first item named @p name under @p item, depth first in declaration order. */
    function find(item: Item, name: string): Item {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.objectName === name && child.visible)
                return child
            const found = stack.find(child, name)
            if (found)
                return found
        }
        return null
    }
    // After layout has settled: the heading, else the first control (the search field).
    function focusTop() {
        focusTimer.restart()
    }
    Timer {
        id: focusTimer
        interval: 0
        onTriggered: {
            const page = stack.currentItem
            if (!page)
                return
            const heading = stack.find(page, "pageHeading")
            const first = heading ? heading : page.nextItemInFocusChain(true)
            if (first)
                first.forceActiveFocus()
        }
    }
}
