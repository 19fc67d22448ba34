import QtQuick
import QtTest
import JiuJin
import JiuJin.Ui
import JiuJin.Test

// The apply flow, rating, 代办, the idle wipe and 查进度, by tapping the real screens.
TestCase {
    id: test
    name: "Apply"
    when: windowShown

    readonly property string unemployment: "11150525MB0SB0001A415111010600001" // 失业登记
    readonly property string idNumber: "11010519491231002X"
    property Main kiosk: null

    function init() {
        const component = Qt.createComponent("qrc:/qt/qml/JiuJin/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        kiosk = component.createObject(null) as Main
        verify(kiosk !== null)
        tryCompare(kiosk, "currentPage", "home")
        waitForRendering(kiosk.contentItem)
    }

    function cleanup() {
        Session.finish()
        Session.idleTimeout = 90000
        Session.countdownLength = 15000
        kiosk.destroy()
        kiosk = null
    }

    function arrive(page: string) {
        tryCompare(kiosk, "currentPage", page)
    }

    function named(name: string): Item {
        const item = findChild(kiosk.contentItem, name) as Item
        verify(item !== null, "no item named " + name)
        return item
    }

    function tap(name: string) {
        const item = named(name)
        tryVerify(() => item.visible, 3000, name + " is not visible")
        waitForRendering(item)
        mouseClick(item)
    }

    // FormModel's roles as QML sees them (see formmodel.h).
    function fieldValue(row: int): string {
        return Apply.fields.data(Apply.fields.index(row, 0), Qt.UserRole + 4)
    }
    function rowOf(fieldId: string): int {
        for (let row = 0; row < Apply.fields.rowCount(); ++row) {
            if (Apply.fields.data(Apply.fields.index(row, 0), Qt.UserRole + 1) === fieldId)
                return row
        }
        fail("no field " + fieldId)
        return -1
    }

    // Scrolls the form so that the field's card is on screen (a tap goes to what is shown).
    function showField(fieldId: string) {
        const list = named("fieldList") as ListView
        // Until it stays put: a pass may lay out delegates whose heights have just changed (the
        // problems shown under each field), which moves the field again.
        let before = NaN
        for (let pass = 0; pass < 5 && list.contentY !== before; ++pass) {
            before = list.contentY
            list.positionViewAtIndex(rowOf(fieldId), ListView.Contain)
            waitForRendering(list)
        }
    }
    // Scrolls the materials so that the named item (a button in a card) is wholly on screen.
    function showOnMaterials(name: string) {
        const flick = named("materialFlick") as Flickable
        const item = named(name)
        waitForRendering(flick) // a card that just opened has its new height only after layout
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        let y = Math.max(flick.contentY, top + item.height - flick.height)
        y = Math.min(y, top)
        flick.contentY = Math.max(0, Math.min(y, flick.contentHeight - flick.height))
        waitForRendering(flick)
    }
    function tapOnMaterials(name: string) {
        showOnMaterials(name)
        tap(name)
    }

    function openGuide() {
        kiosk.openItem(test.unemployment)
        arrive("guide")
        compare(Catalogue.guide.code, test.unemployment)
        verify(Catalogue.guide.handledHere)
        compare(Apply.readinessProblem, "")
    }

    function fillForm() {
        Apply.fields.setValue(rowOf("name"), "测试申请人")
        Apply.fields.setValue(rowOf("id_number"), test.idNumber)
        Apply.fields.setValue(rowOf("phone"), "13800138000")
        Apply.fields.setValue(rowOf("address"), "内蒙古通辽市奈曼旗大沁他拉镇")
        showField("reason")
        tap("option_reason_contract_end")
        showField("education")
        tap("option_education_junior")
        showField("need_training")
        tap("toggle_need_training")
        compare(fieldValue(rowOf("reason")), "contract_end")
        compare(fieldValue(rowOf("need_training")), "true")
        verify(Apply.fields.complete)
    }

    function provideMaterials() {
        // The ID card and the form allow neither 容缺 nor 告知承诺: no such buttons, and the
        // model refuses with a message on the card.
        verify(!named("toFollow_0").visible)
        verify(!named("commit_1").visible)
        Apply.materials.markToFollow(0)
        tryVerify(() => named("materialError_0").visible)
        verify((named("materialError_0") as Text).text.length > 0)
        tap("materialsNext")
        compare(kiosk.currentPage, "applyMaterials")
        verify(named("materialsHint").visible)

        tapOnMaterials("attach_0")
        tryVerify(() => (named("materialChoice_0") as Text).text.indexOf("已上传1张") >= 0, 5000)
        tapOnMaterials("attach_1")
        tryVerify(() => (named("materialChoice_1") as Text).text.indexOf("已上传1张") >= 0, 5000)
        verify(!named("materialError_0").visible)

        tapOnMaterials("toFollow_2")
        // 告知承诺: the text is shown first; only 我承诺 makes the commitment.
        tapOnMaterials("commit_3")
        verify(named("promiseText_3").visible)
        verify((named("materialChoice_3") as Text).text.indexOf("告知承诺") < 0)
        tapOnMaterials("promise_3")
        tryVerify(() => !named("promiseText_3").visible)
        verify((named("materialChoice_3") as Text).text.indexOf("告知承诺") >= 0)
        tap("materialsNext")
        arrive("consent")
    }

    function consentAndSubmit(): string {
        // 不同意 explains and does not go on.
        tap("consentDecline")
        verify(named("consentRefused").visible)
        compare(Apply.consented, false)
        compare(kiosk.currentPage, "consent")
        tap("consentReread")
        tap("consentAgree")
        compare(Apply.consented, true)
        arrive("applyReview")
        compare((named("review_id_number") as Text).text, "1101**********002X")
        verify((named("review_phone") as Text).text.indexOf("13800138000") < 0)
        compare((named("review_name") as Text).text.length > 0, true)
        tap("submitButton")
        arrive("receipt")
        return Apply.receipt
    }

    function applyThrough(): string {
        openGuide()
        tap("applyButton")
        arrive("applyForm")
        compare(Apply.itemCode, test.unemployment)
        fillForm()
        tap("formNext")
        arrive("applyMaterials")
        provideMaterials()
        return consentAndSubmit()
    }

    function test_a_whole_apply_flow() {
        openGuide()
        tap("applyButton")
        arrive("applyForm")
        compare(Apply.active, true)
        compare(Apply.onBehalf, false)
        verify(!named("onBehalfBanner").visible)

        // 下一步 on an empty form stays, shows the problems and where the first one is.
        tap("formNext")
        compare(kiosk.currentPage, "applyForm")
        verify(named("formHint").visible)
        compare(Apply.fields.firstErrorRow, 0)
        verify(named("fieldError_name").visible)

        // The name through the on-screen keyboard: the box shows each key at once.
        showField("name")
        tap("fieldBox_name")
        const keyboard = named("formKeyboard")
        tryVerify(() => keyboard.visible)
        keyboard.typed("测")
        keyboard.typed("试")
        compare(fieldValue(rowOf("name")), "测试")
        verify((named("fieldValue_name") as Text).text.indexOf("测试") === 0)
        keyboard.backspace()
        compare(fieldValue(rowOf("name")), "测")
        tap("doneKey")
        verify(!keyboard.visible)

        fillForm()
        verify(!named("fieldError_name").visible)
        tap("formNext")
        arrive("applyMaterials")
        provideMaterials()
        const receipt = consentAndSubmit()

        verify(/^\d{5}-\d{6}-\d$/.test(receipt), receipt)
        compare((named("receiptNumber") as Text).text, receipt)
        compare((named("receiptQr") as Image).source.toString(), "image://qr/" + encodeURIComponent(receipt))
        verify(named("toFollowList").visible)
        verify(named("committedList").visible)
        compare(Apply.toFollow.length, 1)
        compare(Apply.committed.length, 1)
        verify(Apply.toFollowBy.length > 0)
        verify(named("rateService").visible)
        // Back leaves the flow: the form cannot be sent twice.
        tap("backButton")
        arrive("home")
    }

    function test_b_rating_only_once() {
        const receipt = applyThrough()
        tap("rateService")
        arrive("rating")
        // GB/T 39734: the overall level first, nothing chosen for the citizen.
        for (let l = 1; l <= 5; ++l)
            verify(!(named("level_" + l) as KioskButton).checked, "level_" + l)
        verify(!(named("submitRating") as KioskButton).enabled)
        verify(!named("indicatorsHint").visible)
        verify(!named("reason_wait_too_long").visible)
        tap("level_2")
        // The three indicators are offered then, none chosen, and not needed to submit.
        verify(named("indicatorsHint").visible)
        for (const code of ["efficiency", "competence", "attitude"])
            for (let l = 1; l <= 5; ++l) {
                const button = named("indicator_" + code + "_" + l) as KioskButton
                verify(button.visible)
                verify(!button.checked)
            }
        verify((named("submitRating") as KioskButton).enabled)
        verify(!named("reason_wait_too_long").visible)
        // A 不满意 in one indicator asks why; a second tap takes it back.
        tap("indicator_attitude_4")
        verify((named("indicator_attitude_4") as KioskButton).checked)
        verify(named("reason_wait_too_long").visible)
        tap("indicator_attitude_4")
        verify(!(named("indicator_attitude_4") as KioskButton).checked)
        verify(!named("reason_wait_too_long").visible)
        tap("indicator_efficiency_1")
        tap("level_4")
        tap("reason_wait_too_long")
        tap("reason_device")
        tap("reason_device") // a second tap takes it back
        tap("submitRating")
        tryVerify(() => named("ratingThanks").visible)
        compare(Apply.rated, true)

        tap("backButton")
        arrive("receipt")
        verify(!named("rateService").visible)

        // Not through 评价 either.
        tap("homeButton")
        arrive("home")
        tap("rateTile")
        arrive("status")
        Status.scanned(receipt)
        tryCompare(Status, "found", true)
        compare(Status.canRate, false)
        verify(!named("statusRate").visible)
        verify(named("statusRated").visible)
    }

    function test_c_on_behalf() {
        tap("staffButton")
        arrive("staffLogin")
        for (const d of "0001")
            tap("digit_" + d)
        tap("digitAction")
        for (const d of "000000")
            tap("digit_" + d)
        compare(Staff.loggedIn, false)
        verify(named("staffMessage").visible)
        compare(kiosk.currentPage, "staffLogin")
        for (const d of "284615")
            tap("digit_" + d)
        compare(Staff.loggedIn, true)
        arrive("staffBoard")
        compare(kiosk.currentPage, "staffBoard")

        tap("onBehalfApply")
        arrive("departments")
        openGuide()
        verify((named("applyButton") as KioskButton).text.indexOf("代办") >= 0)
        tap("applyButton")
        arrive("applyForm")
        compare(Apply.onBehalf, true)
        verify(named("onBehalfBanner").visible)
        tap("auth_letter")
        compare(Apply.authorisation, "letter")
        tap("auth_in_person")
        compare(Apply.authorisation, "in_person")
        fillForm()
        tap("formNext")
        arrive("applyMaterials")
        provideMaterials()
        const receipt = consentAndSubmit()
        verify(/^\d{5}-\d{6}-\d$/.test(receipt), receipt)

        // The board lists it as 代办, and shows no personal data.
        tap("homeButton")
        arrive("home")
        compare(Staff.loggedIn, true)
        tap("staffButton")
        arrive("staffBoard")
        const records = named("staffRecords") as ListView
        tryVerify(() => records.count > 0)
        verify(Staff.pending + Staff.accepted + Staff.rejected + Staff.needsAttention > 0)
        tap("staffLogout")
        arrive("home")
        compare(Staff.loggedIn, false)
    }

    function test_d_idle_wipes_half_filled_form() {
        openGuide()
        tap("applyButton")
        arrive("applyForm")
        Apply.fields.setValue(rowOf("name"), "测试申请人")
        Apply.fields.setValue(rowOf("id_number"), test.idNumber)
        compare(fieldValue(rowOf("id_number")), test.idNumber)

        Session.idleTimeout = 200
        Session.countdownLength = 600
        tryCompare(Session, "countingDown", true, 3000)
        verify(named("countdown").visible)
        tryCompare(kiosk, "currentPage", "home", 5000)
        compare(Apply.active, false)
        for (let row = 0; row < Apply.fields.rowCount(); ++row)
            compare(fieldValue(row), "")

        // A new start is empty too.
        Session.idleTimeout = 90000
        openGuide()
        tap("applyButton")
        arrive("applyForm")
        compare(fieldValue(rowOf("name")), "")
        compare(fieldValue(rowOf("id_number")), "")
    }

    function test_e_status_finds_receipt() {
        const receipt = applyThrough()
        tap("receiptDone")
        arrive("home")
        compare(Apply.active, false)

        tap("statusTile")
        arrive("status")
        const digits = receipt.replace(/\D/g, "")
        compare(digits.length, 12)
        for (const d of digits)
            tap("digit_" + d)
        compare((named("statusNumber") as Text).text, receipt)
        tap("digitAction")
        tryCompare(Status, "found", true)
        verify(named("statusResult").visible)
        verify((named("statusState") as Text).text.length > 0)
        compare(Status.itemName, "失业登记")
        verify(named("statusRate").visible)
        // 送达 is the result reaching the applicant at the end of a case; reaching the platform is
        // 提交, and the citizen is told so.
        verify(Status.stateLabel.indexOf("送达") < 0 && Status.stateDetail.indexOf("送达") < 0,
               Status.stateLabel + " / " + Status.stateDetail)
        verify(Status.stateDetail.indexOf("提交") >= 0, Status.stateDetail)

        // One wrong check digit: not found, and said so.
        tap("digitErase")
        const wrong = String((Number(digits[11]) + 1) % 10)
        tap("digit_" + wrong)
        tap("digitAction")
        tryCompare(Status, "found", false)
        verify(named("statusMessage").visible)
        verify(Status.message.length > 0)
        verify(!named("statusResult").visible)
    }

    // 查进度 of an application central has made a case of: the stage in words, what to bring
    // and by when for 待补正, the working days left, and "ready for pickup here".
    function test_f_status_shows_case() {
        const receipt = applyThrough()
        tap("receiptDone")
        arrive("home")
        const digits = receipt.replace(/\D/g, "")
        verify(TestCentral.caseUpdate(digits, "accepted", [], 0, 5, false))
        tap("statusTile")
        arrive("status")
        for (const d of digits)
            tap("digit_" + d)
        tap("digitAction")
        tryCompare(Status, "found", true)
        compare(Status.caseStage, "accepted")
        compare(Status.stateLabel, "已受理，正在办理")
        // The test's year may have no official holiday list: then the count says it is an estimate.
        compare(Status.caseDaysLeft.split("（")[0], "距办结期限还有 5 个工作日")
        verify(named("statusDaysLeft").visible)
        verify(!named("statusCaseMaterials").visible)

        // 待补正: what to bring and by when, and the clock stands still.
        verify(TestCentral.caseUpdate(digits, "correction", ["户口簿复印件", "劳动合同解除证明"], 7, 5, false))
        Status.lookup(digits)
        compare(Status.caseStage, "correction")
        compare(Status.stateLabel, "需要补充材料")
        compare(Status.caseMaterials, ["户口簿复印件", "劳动合同解除证明"])
        verify(Status.stateDetail.indexOf("2030年6月18日") >= 0, Status.stateDetail)
        verify(named("statusCaseMaterials").visible)
        verify(named("statusDaysLeft").visible)

        // Ready for pickup here.
        verify(TestCentral.caseUpdate(digits, "ready_for_pickup", [], 0, 5, true))
        Status.lookup(digits)
        compare(Status.stateLabel, "已办结，可以到本服务点领取")
        verify(named("statusPickupHere").visible)
        verify(!named("statusDaysLeft").visible)
        compare(Status.caseDaysLeft, "")
        // 送达 only once the result has reached the citizen.
        verify(Status.stateLabel.indexOf("送达") < 0)
        verify(TestCentral.caseUpdate(digits, "delivered", [], 0, 5, false))
        Status.lookup(digits)
        verify(Status.stateLabel.indexOf("送达") >= 0, Status.stateLabel)
    }

    // 查进度 of another point's receipt: the last four digits are asked for, central is asked
    // through jiujin-syncd (TestCentral writes what it would), the answer is worded like a local
    // case, and the request row (digits and answer) is gone once read. Wrong digits and an
    // unanswered request each get their own message.
    function test_g_status_other_point() {
        tap("statusTile")
        arrive("status")
        const digits = TestCentral.foreignReceipt()
        for (const d of digits)
            tap("digit_" + d)
        tap("digitAction")
        tryCompare(Status, "inquiry", "digits")
        verify(named("inquiryMessage").visible)
        verify(!named("statusMessage").visible)
        for (const d of "200")
            tap("digit_" + d)
        tap("inquiryX")
        compare((named("inquiryLast4") as Text).text, "2 0 0 X")
        tap("digitAction")
        tryCompare(Status, "inquiry", "waiting")
        compare(Status.inquiryMessage, "正在查询…")
        compare(TestCentral.lookupRows(), 1)
        verify(TestCentral.answerLookup("found", "ready_for_pickup"))
        tryCompare(Status, "inquiry", "found")
        compare(Status.found, true)
        compare(Status.remote, true)
        compare(Status.itemName, "失业登记")
        compare(Status.stateLabel, "已办结，可以领取")
        compare(Status.casePickupHere, false)
        compare(Status.casePickupAt, "大沁他拉镇便民服务中心")
        // Not "this point": the result waits where the citizen applied.
        verify(Status.stateDetail.indexOf("本服务点") < 0, Status.stateDetail)
        verify(named("statusPickupAt").visible)
        verify(!named("statusRate").visible)
        compare(TestCentral.lookupRows(), 0)

        // Wrong digits (or no such receipt): one message.
        tap("digitAction")
        tryCompare(Status, "inquiry", "digits")
        for (const d of "1111")
            tap("digit_" + d)
        tap("digitAction")
        tryCompare(Status, "inquiry", "waiting")
        verify(TestCentral.answerLookup("not_found", ""))
        tryCompare(Status, "inquiry", "not_found")
        compare(Status.found, false)
        verify(Status.inquiryMessage.indexOf("没有找到") === 0, Status.inquiryMessage)
        compare(TestCentral.lookupRows(), 0)

        // No answer within the citizen's wait: said so, and the row goes.
        tap("digitAction")
        tryCompare(Status, "inquiry", "digits")
        for (const d of "2386")
            tap("digit_" + d)
        tap("digitAction")
        tryCompare(Status, "inquiry", "waiting")
        tryCompare(Status, "inquiry", "offline", 12000)
        compare(Status.inquiryMessage, "暂时无法连接旗平台，请稍后再试或到窗口查询。")
        compare(TestCentral.lookupRows(), 0)
    }

    // A form in English: each field's Mongolian columns (hidden outside Mongolian) hold no text
    // and do not follow the field's height, which follows its content here: their length once
    // did, and with the bindings compiled to C++ that was a binding loop (DESIGN §9c).
    function test_h_english_form_lays_out_no_hidden_columns() {
        failOnWarning(/Binding loop/)
        Session.language = "en"
        openGuide()
        tap("applyButton")
        arrive("applyForm")
        tap("formNext") // the problems in red under each field
        verify(named("fieldError_name").visible)
        for (const name of ["fieldLabelMongolian_name", "fieldErrorMongolian_name",
                            "fieldLabelMongolian_id_number"])
            compare((named(name) as VerticalText).text, "", name + " laid out hidden columns")
        showField("address")
        tap("fieldBox_address")
        const keyboard = named("formKeyboard")
        tryVerify(() => keyboard.visible)
        for (const word of ["内蒙古", "通辽市", "奈曼旗", "大沁他拉镇", "一个很长的地址让它折成两行"])
            keyboard.typed(word)
        waitForRendering(kiosk.contentItem)
        tap("doneKey")
        verify(!keyboard.visible)
        Apply.fields.setValue(rowOf("address"), "")
        waitForRendering(kiosk.contentItem)
        Session.language = "zh"
    }
}
