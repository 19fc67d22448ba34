import QtQuick
import QtTest
import JiuJin
import JiuJin.Ui

// The theme against the rules in the README (GB/T 37668-2019 and MIIT 适老化): contrast of every
// text colour on every background it is used on (WCAG 2.x formula), text sizes, touch targets.
TestCase {
    name: "Theme"

    function channel(c: real): real {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(c: color): real {
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a: color, b: color): real {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function checkMode(elder: bool) {
        Session.elderMode = elder
        compare(Theme.elder, elder)
        const mode = elder ? "elder" : "standard"
        const text = [["text", Theme.text], ["muted", Theme.muted], ["good", Theme.good], ["warning", Theme.warning],
                      ["error", Theme.error], ["accent", Theme.accent], ["secondary", Theme.secondary]]
        const grounds = [["background", Theme.background], ["surface", Theme.surface]]
        for (const [tn, t] of text)
            for (const [gn, g] of grounds) {
                const ratio = contrast(t, g)
                verify(ratio >= 4.5, `${mode}: ${tn} on ${gn} is ${ratio.toFixed(2)}:1, under 4.5:1`)
            }
        // Text on filled buttons, badges and the top bar.
        verify(contrast(Theme.accentText, Theme.accent) >= 4.5, mode + ": accentText on accent")
        verify(contrast(Theme.secondaryText, Theme.secondary) >= 4.5, mode + ": secondaryText on secondary")
        verify(contrast(Theme.text, Theme.badge) >= 4.5, mode + ": text on badge")
        // The focus ring against what it is drawn on (non-text contrast: 3:1), the halo inside it.
        for (const g of [Theme.background, Theme.surface, Theme.accent])
            verify(Math.max(contrast(Theme.focus, g), contrast(Theme.focusHalo, g)) >= 3, mode + ": focus ring visible")
        verify(contrast(Theme.focus, Theme.focusHalo) >= 3, mode + ": ring and halo differ")
        // Sizes: nothing under 18 px; in elder mode main text at least 30 px; targets at least 60 px.
        verify(Theme.smallest >= 18 && Theme.small >= Theme.smallest)
        if (elder)
            verify(Theme.body >= 30, "elder body text " + Theme.body)
        verify(Theme.touch >= 60)
        verify(Theme.focusWidth >= 4)
    }

    function test_standard_mode() {
        checkMode(false)
    }
    function test_elder_mode() {
        checkMode(true)
        Session.elderMode = false
    }
    // Line spacing as drawn (baseline to baseline over the font size), in both modes: body text
    // and every other text of the screens (StaticText keeps the font's own line height).
    function test_line_spacing_data() {
        return [{tag: "body standard", type: "BodyText", elder: false}, {tag: "body elder", type: "BodyText", elder: true},
                {tag: "text standard", type: "StaticText", elder: false}, {tag: "text elder", type: "StaticText", elder: true}]
    }
    function test_line_spacing(data) {
        Session.elderMode = data.elder
        const text = Qt.createQmlObject(`import QtQuick; import JiuJin; ${data.type} { width: 200; wrapMode: Text.WordWrap;
            font.pixelSize: Theme.body; text: "社保、医保、民政、卫健、残联、公安、市场监管等常办事项，在家门口就能办。" }`, this)
        verify(text.lineCount >= 3, "lines: " + text.lineCount)
        const spacing = text.contentHeight / text.lineCount / text.font.pixelSize
        verify(spacing >= 1.3, `${data.tag}: line spacing ${spacing.toFixed(2)}`)
        text.destroy()
        Session.elderMode = false
    }
}
