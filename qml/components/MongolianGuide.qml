pragma ComponentBehavior: Bound
import QtQuick
import JiuJin
import JiuJin.Ui

// The guide in Mongolian mode: one strip of columns read left to right, scrolling sideways: the
// item's name (Mongolian, then Chinese), whether it is handled here, then each section's heading
// in Mongolian followed by its entries (the catalogue's Chinese, upright in columns).
Item {
    id: root
    required property GuideView guide
    readonly property real room: Math.max(0, root.height - 2 * Theme.gap)

    // Inline components do not see this file's ids: they take the strip's height from the Row.
    component Block: VerticalText {
        height: parent ? parent.height : 0
        width: implicitWidth
        columnLength: height
        pixelSize: Theme.body
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    component SectionHeading: VerticalText {
        height: parent ? parent.height : 0
        width: implicitWidth
        columnLength: height
        pixelSize: Theme.heading
        color: Theme.accent
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    function listed(entries, numbered) {
        return entries.map((e, i) => (numbered ? (i + 1) + ". " : "• ") + e).join("\n")
    }

    Flickable {
        id: strip
        objectName: "mongolianGuideFlick"
        anchors.fill: parent
        anchors.bottomMargin: 20 // the scroll hint
        clip: true
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        contentWidth: columns.implicitWidth
        contentHeight: height

        Row {
            id: columns
            y: Theme.gap
            height: root.room
            spacing: Theme.margin
            VerticalText {
                objectName: "mongolianGuideTitle"
                visible: root.guide.mongolianName.length > 0
                height: root.room
                width: implicitWidth
                columnLength: root.room
                text: root.guide.mongolianName
                pixelSize: Theme.title
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            SectionHeading {
                text: root.guide.name
                pixelSize: Theme.title
                color: Theme.text
            }
            Block {
                text: qsTranslate("GuidePage", "%1 · %2 · 事项编码 %3%4").arg(root.guide.agency).arg(root.guide.type)
                      .arg(root.guide.code).arg(root.guide.sampleCode ? qsTranslate("GuidePage", "（示例）") : "")
                      .replace(/ · /g, "\n").replace("(", "\n(") // one column each: agency, type, code, sample
                pixelSize: Theme.small
                color: Theme.muted
            }
            Block {
                visible: root.guide.windowNote
                text: qsTranslate("GuidePage", "本指南尚未经实施部门确认，以窗口解释为准")
                color: Theme.warning
            }
            Block {
                text: root.guide.handledHere ? qsTranslate("GuidePage", "✓ 本服务点可以办理此事项")
                      : root.guide.nearest.length > 0 ? qsTranslate("GuidePage", "本服务点不办理此事项，最近的办理地点：%1").arg(root.guide.nearest)
                      : qsTranslate("GuidePage", "本服务点不办理此事项，请到下方“办理地点”所列地点办理")
                color: root.guide.handledHere ? Theme.good : Theme.warning
            }
            Block { text: root.guide.summary }
            SectionHeading { text: qsTranslate("GuidePage", "受理条件") }
            Block {
                visible: root.guide.conditions.length > 0 // a draft guide may have none
                text: root.listed(root.guide.conditions, true)
            }
            Block {
                visible: root.guide.tentativeConditions.length > 0
                text: qsTranslate("GuidePage", "以下条件尚待部门确认，仅供参考，以窗口解释为准：") + "\n"
                      + root.listed(root.guide.tentativeConditions, false)
                color: Theme.muted
            }
            SectionHeading { text: qsTranslate("GuidePage", "申请材料（请对照勾选）") }
            Repeater {
                id: materials
                model: root.guide.materials
                // After the material's name, its marks as the Chinese rows' badges say them
                // (MaterialDelegate's words: how many, optional, signed, 容缺, 告知承诺), then its
                // note (its `mn`, else its Chinese).
                delegate: Block {
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
                    required property int index
                    text: (material.index + 1) + ". " + material.name + "\n"
                          + (material.eCertificate ? material.kind
                             : qsTranslate("MaterialDelegate", "%1 %2 份").arg(material.kind).arg(material.copies))
                          + (material.required ? "" : "\n" + qsTranslate("MaterialDelegate", "非必要"))
                          + (material.signature ? "\n" + qsTranslate("MaterialDelegate", "需本人签字") : "")
                          + (material.rongque ? "\n" + qsTranslate("MaterialDelegate", "可容缺后补") : "")
                          + (material.commitment ? "\n" + qsTranslate("MaterialDelegate", "可告知承诺代替") : "")
                          + (material.note.length > 0 ? "\n" + material.note : "")
                }
            }
            Block {
                visible: materials.count === 0
                text: qsTranslate("GuidePage", "无需提交材料")
            }
            SectionHeading { text: qsTranslate("GuidePage", "办理流程") }
            Block {
                visible: root.guide.steps.length > 0 // a draft guide may have none
                text: root.listed(root.guide.steps, true)
            }
            SectionHeading { text: qsTranslate("GuidePage", "时限与收费") }
            Block {
                text: qsTranslate("GuidePage", "法定办结时限：%1\n承诺办结时限：%2\n到现场次数：%3 次\n收费：%4\n网上办理深度：%5 级")
                      .arg(root.guide.legalDays).arg(root.guide.promisedDays).arg(root.guide.visits)
                      .arg(root.guide.fee).arg(["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"][Math.max(0, root.guide.onlineDepth - 1)])
            }
            SectionHeading { text: qsTranslate("GuidePage", "设定依据") }
            Block {
                visible: root.guide.basis.length > 0 // a draft guide may have none
                text: root.listed(root.guide.basis, false)
            }
            SectionHeading { text: qsTranslate("GuidePage", "信息来源与审核") }
            Block { text: root.guide.review + "\n" + root.listed(root.guide.sources, false); pixelSize: Theme.small }
            SectionHeading {
                visible: root.guide.notes.length > 0
                text: qsTranslate("GuidePage", "注意事项")
            }
            Block {
                visible: root.guide.notes.length > 0
                text: root.listed(root.guide.notes, false)
            }
            SectionHeading { text: qsTranslate("GuidePage", "办理地点") }
            Block { text: qsTranslate("GuidePage", "可受理层级：%1").arg(root.guide.levels) + "\n" + root.listed(root.guide.places, false) }
        }
    }
    Rectangle {
        // A column the right edge cuts fades out there instead of stopping mid-letter, and so
        // says that the guide runs on (as MongolianStrip does).
        objectName: "stripFade"
        anchors.right: strip.right
        anchors.top: strip.top
        anchors.bottom: strip.bottom
        width: Theme.margin * 2
        visible: strip.contentX + strip.width < strip.contentWidth - 1
        // Drawn by the gradient alone. The fade is the strip's edge, not a box over its text:
        // what it dims scrolls into view, as what the edge cuts does (the screens check takes a
        // Rectangle's colour for a box that hides text).
        color: "transparent"
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
            GradientStop { position: 0.6; color: Theme.background }
            GradientStop { position: 1; color: Theme.background }
        }
    }
    Rectangle {
        // Where in the strip the citizen is: the columns run on to the right.
        anchors.left: strip.left
        anchors.right: strip.right
        anchors.top: strip.bottom
        anchors.topMargin: 4
        height: 12
        radius: 6
        color: Theme.badge
        visible: strip.contentWidth > strip.width
        Rectangle {
            height: parent.height
            radius: 6
            color: Theme.muted
            x: strip.visibleArea.xPosition * parent.width
            width: Math.max(24, strip.visibleArea.widthRatio * parent.width)
        }
    }
}
