import QtQuick

// The screens the citizen has walked through, newest on top; only the top one is shown.
// (No slide animations: they slow elderly users down and delay the first frame.)
Item {
    id: stack
    readonly property int depth: stack.children.length
    readonly property Item currentItem: depth > 0 ? stack.children[depth - 1] : null

    function push(component: Component): Item {
        if (stack.currentItem)
            stack.currentItem.visible = false
        const page = component.createObject(stack) as Item
        page.anchors.fill = stack
        return page
    }
    function pop() {
        if (stack.depth <= 1)
            return
        const top = stack.currentItem
        top.parent = null
        top.destroy()
        stack.currentItem.visible = true
    }
    function popToRoot() {
        while (stack.depth > 1)
            stack.pop()
    }
}
