import QtQuick
import QtTest
import JiuJin
import JiuJin.Ui

// Voice guidance on the real screens: what 听 reads (collected from the page's Heading and
// BodyText items), elder mode reading new screens by themselves, errors spoken, English hiding it.
// (Synthesis runs for real; there is no sound device, so nothing is heard.)
TestCase {
    id: test
    name: "Voice"
    when: windowShown

    property Main kiosk: null
    readonly property string unemployment: "11150525MB0SB0001A415111010600001" // 失业登记

    SignalSpy {
        id: spoken
        target: Voice
        signalName: "spoken"
    }

    function init() {
        const component = Qt.createComponent("qrc:/qt/qml/JiuJin/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        kiosk = component.createObject(null) as Main
        verify(kiosk !== null)
        tryCompare(kiosk, "currentPage", "home")
        waitForRendering(kiosk.contentItem)
        spoken.clear()
    }

    function cleanup() {
        Session.finish()
        kiosk.destroy()
        kiosk = null
    }

    function named(name: string): Item {
        const item = findChild(kiosk.contentItem, name) as Item
        verify(item !== null, "no item named " + name)
        return item
    }

    function lastSpoken(): string {
        return spoken.signalArguments[spoken.count - 1][0]
    }

    // espeak-ng is opened on first use; the kiosk loads it once the first frame is shown so that
    // the first tap of the day is answered as fast as any other (jiujin-bench-voice).
    function test_the_voice_is_preloaded_after_the_first_frame() {
        tryCompare(Voice, "preloaded", true, 20000)
    }

    function test_listen_reads_the_title_then_the_instructions() {
        verify(named("listenButton").visible)
        mouseClick(named("listenButton"))
        tryCompare(spoken, "count", 1)
        const text = lastSpoken()
        verify(text.startsWith("您好！欢迎使用“就近办”政务服务自助终端"), text)
        // then the home screen's choices, its tiles, in reading order
        const browse = text.indexOf((named("browseTile") as TileButton).text)
        const status = text.indexOf((named("statusTile") as TileButton).text)
        verify(browse > 0 && status > browse, text)
    }

    // 听 reads the focused control last (its accessible name or text), so that someone who moved
    // the focus with the keys hears where they are; without the focus there it is not read.
    function test_listen_reads_the_focused_control_last() {
        openForm()
        const next = named("formNext") as KioskButton
        mouseClick(named("listenButton"))
        tryCompare(spoken, "count", 1)
        verify(lastSpoken().indexOf(next.text) < 0, lastSpoken())
        next.forceActiveFocus()
        verify(next.activeFocus)
        mouseClick(named("listenButton"))
        tryCompare(spoken, "count", 2)
        const text = lastSpoken().trim()
        verify(text.endsWith(next.text + "。"), text)
    }

    function test_nothing_is_read_unasked_outside_elder_mode() {
        mouseClick(named("browseTile"))
        tryCompare(kiosk, "currentPage", "departments")
        wait(400)
        compare(spoken.count, 0)
    }

    function test_elder_mode_reads_each_new_screen_by_itself() {
        Session.elderMode = true
        mouseClick(named("browseTile"))
        tryCompare(kiosk, "currentPage", "departments")
        tryCompare(spoken, "count", 1, 3000)
        const heading = findChild(kiosk.contentItem, "pageHeading") as Text
        verify(lastSpoken().startsWith(heading.text), lastSpoken())
    }

    function test_voice_off_says_nothing_and_loudness_cycles() {
        const volume = named("volumeButton")
        compare(Voice.enabled, true)
        compare(Voice.volume, 2)
        mouseClick(volume) // 大
        compare(Voice.volume, 3)
        mouseClick(volume) // 关
        compare(Voice.enabled, false)
        Session.elderMode = true
        mouseClick(named("browseTile"))
        tryCompare(kiosk, "currentPage", "departments")
        wait(400)
        compare(spoken.count, 0)
        mouseClick(volume) // 小, and on again
        compare(Voice.enabled, true)
        compare(Voice.volume, 1)
    }

    function test_english_screens_hide_the_voice_buttons() {
        mouseClick(named("languageButton"))
        compare(Session.language, "en")
        verify(!named("listenButton").visible)
        verify(!named("volumeButton").visible)
        Voice.say("您好")
        wait(100)
        compare(spoken.count, 0)
    }

    function test_the_next_visit_starts_from_the_default() {
        mouseClick(named("volumeButton"))
        mouseClick(named("volumeButton"))
        compare(Voice.enabled, false)
        Session.finish()
        tryCompare(Voice, "enabled", true)
        compare(Voice.volume, 2)
    }

    function rowOf(fieldId: string): int {
        for (let row = 0; row < Apply.fields.rowCount(); ++row) {
            if (Apply.fields.data(Apply.fields.index(row, 0), Qt.UserRole + 1) === fieldId)
                return row
        }
        fail("no field " + fieldId)
        return -1
    }

    function openForm() {
        kiosk.openItem(test.unemployment)
        tryCompare(kiosk, "currentPage", "guide")
        const apply = named("applyButton")
        tryVerify(() => apply.visible)
        mouseClick(apply)
        tryCompare(kiosk, "currentPage", "applyForm")
    }

    function test_errors_are_spoken_as_they_are_shown_in_elder_mode() {
        Session.elderMode = true
        openForm()
        tryVerify(() => spoken.count >= 1, 3000) // the form's own instructions
        spoken.clear()
        mouseClick(named("formNext")) // 下一步 on an empty form: every missing field is an error
        tryVerify(() => spoken.count >= 1, 3000)
        const text = lastSpoken()
        verify(text.indexOf("：") > 0, text) // label：error
        const error = findChild(kiosk.contentItem, "fieldError_name") as Text
        verify(error !== null && error.visible)
        verify(text.indexOf(error.text) >= 0, text)
    }

    function test_what_the_citizen_typed_is_never_spoken() {
        openForm()
        Apply.fields.setValue(rowOf("name"), "测试申请人")
        Apply.fields.setValue(rowOf("address"), "内蒙古通辽市奈曼旗大沁他拉镇")
        spoken.clear()
        Voice.say("申请人：测试申请人")
        Voice.say("地址：内蒙古通辽市奈曼旗大沁他拉镇")
        Voice.say("身份证号 11010519491231002X")
        wait(100)
        compare(spoken.count, 0)
        mouseClick(named("listenButton")) // the form screen itself is still read, without them
        tryCompare(spoken, "count", 1)
        verify(lastSpoken().indexOf("测试申请人") < 0, lastSpoken())
        verify(lastSpoken().indexOf("大沁他拉镇") < 0, lastSpoken())
    }
}
