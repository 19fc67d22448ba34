<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplyFormPage</name>
    <message>
        <source>第1步（共4步）：填写《%1》申请表</source>
        <translation>Step 1 of 4: Fill in the application form for “%1”</translation>
    </message>
    <message>
        <source>工作人员代办：%1。申请人如何授权？</source>
        <translation>Staff applying on behalf of the applicant: %1. How did the applicant give permission?</translation>
    </message>
    <message>
        <source>本人在场授权</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Proxy letter</translation>
    </message>
    <message>
        <source>请在材料中上传委托书，并核对委托人和受托人的身份证件。</source>
        <translation>Please upload the proxy letter with the materials, and check the ID cards of both the applicant and the person acting for them.</translation>
    </message>
    <message>
        <source>✓ 已从身份证读取，请核对下面带“读自身份证”的内容</source>
        <translation>✓ Read from the ID card. Please check the boxes marked “From ID card” below</translation>
    </message>
    <message>
        <source>请将身份证放在读卡区，姓名、身份证号和地址会自动填好；也可以点下面的方框自己填写</source>
        <translation>Place your ID card on the card reader and your name, ID number and address will be filled in for you. You can also tap a box below and fill it in yourself</translation>
    </message>
    <message>
        <source>还有内容需要填写或改正，请看红字提示</source>
        <translation>Some boxes still need to be filled in or corrected. Please see the notes in red</translation>
    </message>
    <message>
        <source>下一步：提供材料</source>
        <translation>Next: Materials</translation>
    </message>
</context>
<context>
    <name>ApplyMaterialsPage</name>
    <message>
        <source>第2步（共4步）：提供材料</source>
        <translation>Step 2 of 4: Provide materials</translation>
    </message>
    <message>
        <source>把材料正面朝下放在扫描区，再点“拍照上传”。手机上有电子证照的，可以点“扫电子证照”。</source>
        <translation>Place the document face down on the scanner, then tap “Take photo”. If you have an e-certificate on your phone, you can tap “Scan e-cert”.</translation>
    </message>
    <message>
        <source>本机没有扫描设备。手机上有电子证照的，可以点“扫电子证照”；纸质材料请交给工作人员。</source>
        <translation>This kiosk has no scanner. If you have an e-certificate on your phone, you can tap “Scan e-cert”. Please give paper documents to the staff.</translation>
    </message>
    <message>
        <source>这个事项不需要提交材料，请点“下一步”。</source>
        <translation>No materials are needed for this service. Please tap “Next”.</translation>
    </message>
    <message>
        <source>还有必需的材料没有提供，请看红字提示</source>
        <translation>Some required materials are still missing. Please see the notes in red</translation>
    </message>
    <message>
        <source>下一步：个人信息告知</source>
        <translation>Next: Privacy notice</translation>
    </message>
</context>
<context>
    <name>ApplyReviewPage</name>
    <message numerus="yes">
        <source>已上传%n张</source>
        <translation>
            <numerusform>%n photo uploaded</numerusform>
            <numerusform>%n photos uploaded</numerusform>
        </translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>e-certificate</translation>
    </message>
    <message>
        <source>容缺后补</source>
        <translation>To hand in later</translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translation>Written commitment</translation>
    </message>
    <message>
        <source>未提供</source>
        <translation>Not provided</translation>
    </message>
    <message>
        <source>第4步（共4步）：核对后提交</source>
        <translation>Step 4 of 4: Check and submit</translation>
    </message>
    <message>
        <source>工作人员代办：%1（%2）</source>
        <translation>Staff applying on behalf of the applicant: %1 (%2)</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>proxy letter</translation>
    </message>
    <message>
        <source>本人在场授权</source>
        <translation>applicant present in person</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>无需提交材料</source>
        <translation>No materials needed</translation>
    </message>
    <message>
        <source>保存失败：%1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>您填写的内容都还在，不用重新填写。</source>
        <translation>Everything you entered is still here. You do not need to fill it in again.</translation>
    </message>
    <message>
        <source>再试一次：提交申请</source>
        <translation>Try again: Submit</translation>
    </message>
    <message>
        <source>提交申请</source>
        <translation>Submit</translation>
    </message>
</context>
<context>
    <name>BookingConfirmPage</name>
    <message>
        <source>请核对预约申请</source>
        <translation>Please check your booking request</translation>
    </message>
    <message>
        <source>请核对预约信息</source>
        <translation>Please check your booking</translation>
    </message>
    <message>
        <source>这是预约申请：本机现在不能当场确认，联网后由平台确认是否约上。请凭预约号在“查进度”查看结果。</source>
        <translation>This is a booking request: this kiosk cannot confirm it now. Once online, the platform confirms whether you got the slot. Check the result under “Check progress” with your booking number.</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Appointment time</translation>
    </message>
    <message>
        <source>办理地点</source>
        <translation>Where to apply</translation>
    </message>
    <message>
        <source>预约人</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>原预约号</source>
        <translation>Previous booking no.</translation>
    </message>
    <message>
        <source>确认后原预约自动取消，名额让给其他群众。</source>
        <translation>Once confirmed, your previous booking is cancelled and its place goes to someone else.</translation>
    </message>
    <message>
        <source>提交预约申请（联网后确认）</source>
        <translation>Send a booking request (confirmed when online)</translation>
    </message>
    <message>
        <source>确认改约</source>
        <translation>Confirm the new time</translation>
    </message>
    <message>
        <source>确认预约</source>
        <translation>Confirm booking</translation>
    </message>
</context>
<context>
    <name>BookingFormPage</name>
    <message>
        <source>预约人信息：%1</source>
        <translation>Who is coming: %1</translation>
    </message>
    <message>
        <source>改约需要重新填写姓名和手机号：原预约的个人信息已加密，本机读不出来。</source>
        <translation>To change a booking, please enter your name and phone again: the details of the original booking are encrypted and this kiosk cannot read them.</translation>
    </message>
    <message>
        <source>✓ 已从身份证读取姓名和身份证号，请再填写手机号码</source>
        <translation>✓ Name and ID number read from the ID card. Please add your mobile phone number</translation>
    </message>
    <message>
        <source>可以把身份证放在读卡区，姓名和身份证号会自动填好；也可以点下面的方框自己填写</source>
        <translation>Place your ID card on the reader to fill in your name and ID number, or tap a box below to type</translation>
    </message>
    <message>
        <source>还有内容需要填写或改正，请看红字提示</source>
        <translation>Some boxes still need to be filled in or corrected. Please see the notes in red</translation>
    </message>
    <message>
        <source>手机号码加密后只交给办理部门，只用于到号提醒和变更通知。</source>
        <translation>Your phone number is sealed for the service department only and used only for reminders and changes.</translation>
    </message>
    <message>
        <source>下一步：核对预约</source>
        <translation>Next: check the booking</translation>
    </message>
    <message>
        <source>预约人信息</source>
        <translation>Who is coming</translation>
    </message>
</context>
<context>
    <name>BookingItemsPage</name>
    <message>
        <source>预约：请选择要办的事项</source>
        <translation>Book a visit: choose a service</translation>
    </message>
    <message>
        <source>预约后按约定时间到本服务点窗口办理，不用排队等候。</source>
        <translation>Come to the counter of this service point at your booked time, without queuing.</translation>
    </message>
    <message>
        <source>本服务点暂时没有可以预约的事项，请到窗口咨询。</source>
        <translation>No services can be booked at this service point yet. Please ask at the counter.</translation>
    </message>
</context>
<context>
    <name>BookingSlotsPage</name>
    <message>
        <source>改约《%1》：请选择新的日期和时间</source>
        <translation>Change booking for “%1”: choose a new date and time</translation>
    </message>
    <message>
        <source>预约《%1》：请选择日期和时间</source>
        <translation>Book “%1”: choose a date and time</translation>
    </message>
    <message>
        <source>本机暂时不能预约：%1</source>
        <translation>This kiosk cannot take bookings right now: %1</translation>
    </message>
    <message>
        <source>可约 %1</source>
        <translation>%1 free</translation>
    </message>
    <message>
        <source>可申请</source>
        <translation>Request only</translation>
    </message>
    <message>
        <source>已约满</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>这一天本机的名额已约满，本机现在不能当场确认。您可以选其他日期，或提交预约申请：本机联网后由平台确认是否约上。</source>
        <translation>This kiosk has no places left on this day and cannot confirm a booking now. Choose another day, or send a booking request: once the kiosk is online, the platform confirms whether you got the slot.</translation>
    </message>
    <message>
        <source>余 %1 个</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>现在没有可以预约的时段：本机还没有从平台取得预约名额，或近几天都已约满。请稍后再试，或直接到窗口办理。</source>
        <translation>No times can be booked now: this kiosk has not received booking places from the platform yet, or the next days are full. Please try again later, or go to the counter.</translation>
    </message>
    <message>
        <source>这一天已没有可以预约的时段，请选择其他日期。</source>
        <translation>No times left on this day. Please choose another day.</translation>
    </message>
    <message>
        <source>改约：请选择新的日期和时间</source>
        <translation>Change the booking: choose a new date and time</translation>
    </message>
    <message>
        <source>预约：请选择日期和时间</source>
        <translation>Book: choose a date and time</translation>
    </message>
</context>
<context>
    <name>BookingTicketPage</name>
    <message>
        <source>预约申请已提交，联网后确认</source>
        <translation>Booking request sent; it is confirmed once online</translation>
    </message>
    <message>
        <source>✓ 改约成功</source>
        <translation>✓ Booking changed</translation>
    </message>
    <message>
        <source>✓ 预约成功</source>
        <translation>✓ Booked</translation>
    </message>
    <message>
        <source>预约号</source>
        <translation>Booking number</translation>
    </message>
    <message>
        <source>时间和地点</source>
        <translation>Time and place</translation>
    </message>
    <message>
        <source>请提前10分钟到达，携带身份证</source>
        <translation>Please arrive 10 minutes early and bring your ID card</translation>
    </message>
    <message>
        <source>本机联网后，平台会确认这个时段是否还有名额。请凭预约号在本机“查进度”查看是否约上。</source>
        <translation>Once this kiosk is online, the platform confirms whether the slot still has a place. Check under “Check progress” with your booking number.</translation>
    </message>
    <message>
        <source>原预约号 %1 已取消。</source>
        <translation>Previous booking %1 is cancelled.</translation>
    </message>
    <message>
        <source>来不了的话，请在预约时间之前凭预约号在“查进度”取消或改约。</source>
        <translation>If you cannot come, cancel or change the booking under “Check progress” with your booking number before the time.</translation>
    </message>
    <message>
        <source>到窗口签到时出示这个二维码</source>
        <translation>Show this QR code at the counter to check in</translation>
    </message>
    <message>
        <source>打印预约凭证</source>
        <translation>Print the booking slip</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>这个时段已约满，没有约上</source>
        <translation>This time is fully booked: no appointment made</translation>
    </message>
    <message>
        <source>正在向平台确认名额……</source>
        <translation>Checking with the platform for a free place…</translation>
    </message>
    <message>
        <source>平台上这个时段已经没有名额了。请点“完成”后重新预约其他时段，或到窗口咨询。</source>
        <translation>The platform has no place left at this time. Tap “Done” and book another time, or ask at the counter.</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>确认已把办理结果交给申请人？</source>
        <translation>Confirm that the result was handed to the applicant?</translation>
    </message>
    <message>
        <source>收到了哪一份材料？</source>
        <translation>Which material was handed in?</translation>
    </message>
    <message>
        <source>平台回执 %1。记录后会报送旗政务服务平台，不能在本机撤回。</source>
        <translation>Platform receipt %1. Once recorded it goes to the banner&apos;s platform and cannot be undone on this kiosk.</translation>
    </message>
    <message>
        <source>确认已交付</source>
        <translation>Confirm hand-over</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseBoardDelegate</name>
    <message>
        <source>⚠ 已逾期</source>
        <translation>⚠ Overdue</translation>
    </message>
    <message>
        <source>受理编号 %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>平台回执 %1</source>
        <translation>Platform receipt %1</translation>
    </message>
    <message>
        <source>材料已收到</source>
        <translation>Material received</translation>
    </message>
    <message>
        <source>已交给申请人</source>
        <translation>Handed over</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>第3步（共4步）：个人信息处理告知</source>
        <translation>Step 3 of 4: How we use your personal information</translation>
    </message>
    <message>
        <source>为了办理“%1”，需要用到您的个人信息。请您看一看下面几条，看不清楚或有疑问，可以请工作人员读给您听。</source>
        <translation>To handle “%1”, we need to use your personal information. Please read the points below. If you cannot see them clearly or have questions, a staff member can read them to you.</translation>
    </message>
    <message>
        <source>一、收集哪些信息</source>
        <translation>1. What information we collect</translation>
    </message>
    <message>
        <source>您的姓名、身份证号、联系电话、地址，以及这个事项需要的其他信息和材料图片。</source>
        <translation>Your name, ID card number, phone number and address, plus any other information and photos of materials this service needs.</translation>
    </message>
    <message>
        <source>二、为什么收集</source>
        <translation>2. Why we collect it</translation>
    </message>
    <message>
        <source>只用于办理您申请的政务服务事项，不做别的用途。</source>
        <translation>Only to handle the government service you are applying for, and for nothing else.</translation>
    </message>
    <message>
        <source>三、交给谁</source>
        <translation>3. Who receives it</translation>
    </message>
    <message>
        <source>奈曼旗相关业务主管部门。您的信息经加密传送至旗级政务服务平台，由主管部门办理。</source>
        <translation>The responsible department of Naiman Banner. Your information is encrypted and sent to the Banner government service platform, and the responsible department handles your application.</translation>
    </message>
    <message>
        <source>四、保存多久</source>
        <translation>4. How long it is kept</translation>
    </message>
    <message>
        <source>按政务服务档案管理规定保存。本机在提交到平台后即删除加密数据，只保留受理编号和办理状态，方便您查进度。</source>
        <translation>As long as the rules for government service records require. Once your application has reached the platform, this kiosk deletes the encrypted data and keeps only the receipt number and status, so that you can check progress.</translation>
    </message>
    <message>
        <source>五、怎样保护</source>
        <translation>5. How it is protected</translation>
    </message>
    <message>
        <source>您填写的内容在本机上加密保存，只有主管部门能打开。服务点的工作人员也看不到您填写的内容。</source>
        <translation>What you enter is stored encrypted on this kiosk, and only the responsible department can open it. Even the staff at this service point cannot see what you entered.</translation>
    </message>
    <message>
        <source>六、您的权利</source>
        <translation>6. Your rights</translation>
    </message>
    <message>
        <source>您可以查阅、更正自己的信息，也可以撤回同意。撤回同意后，本次申请不能继续办理。需要时请找服务点工作人员或主管部门。</source>
        <translation>You can see and correct your information, and you can withdraw your consent. If you withdraw consent, this application cannot continue. If you need to, please ask the staff at the service point or the responsible department.</translation>
    </message>
    <message>
        <source>您没有同意，本次申请不能在本机继续办理。</source>
        <translation>You did not agree, so this application cannot continue on this kiosk.</translation>
    </message>
    <message>
        <source>没有您的同意，我们不能使用您的个人信息，也就没法替您把申请送到主管部门。您填写的内容不会保存，离开本机时会全部清除。

您可以再看一遍告知内容后同意，也可以带上材料到“办事指南”里写的办理地点当面办理。</source>
        <translation>Without your consent we cannot use your personal information, so we cannot send your application to the responsible department. What you entered will not be saved and will all be cleared when you leave this kiosk.

You can read the notice again and then agree, or take your materials to a place listed in the “Service guide” and apply in person.</translation>
    </message>
    <message>
        <source>不同意</source>
        <translation>I do not agree</translation>
    </message>
    <message>
        <source>再看一遍告知</source>
        <translation>Read the notice again</translation>
    </message>
    <message>
        <source>返回上一步</source>
        <translation>Back to previous step</translation>
    </message>
    <message>
        <source>同意并继续</source>
        <translation>Agree and continue</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>您还在办理吗？</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>%n 秒后将返回首页，并清除本次查看和填写的内容。</source>
        <translation>
            <numerusform>Returning to the home page in %n second. What you viewed and entered will be cleared.</numerusform>
            <numerusform>Returning to the home page in %n seconds. What you viewed and entered will be cleared.</numerusform>
        </translation>
    </message>
    <message>
        <source>继续办理</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>结束，返回首页</source>
        <translation>Finish and go home</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>请选择办事部门</source>
        <translation>Please choose a department</translation>
    </message>
    <message numerus="yes">
        <source>%n 个事项</source>
        <translation>
            <numerusform>%n service item</numerusform>
            <numerusform>%n service items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>%1（必填）</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>读自身份证</source>
        <translation>From ID card</translation>
    </message>
    <message>
        <source>点这里填写</source>
        <translation>Tap here to fill in</translation>
    </message>
    <message>
        <source>用数字键输入年、月、日，例如 19650308 会显示为 1965-03-08</source>
        <translation>Type the year, month and day with the number keys; for example, 19650308 shows as 1965-03-08</translation>
    </message>
    <message>
        <source>是（再点一下取消）</source>
        <translation>Yes (tap again to undo)</translation>
    </message>
    <message>
        <source>否（点一下选“是”）</source>
        <translation>No (tap to choose “Yes”)</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>请输入8位数字：年4位、月2位、日2位</source>
        <translation>Please enter 8 digits: 4 for the year, 2 for the month, 2 for the day</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>原件及复印件</source>
        <translation>Original and copy</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>Electronic certificate</translation>
    </message>
    <message>
        <source>行政许可</source>
        <translation>Administrative licence</translation>
    </message>
    <message>
        <source>行政给付</source>
        <translation>Administrative payment</translation>
    </message>
    <message>
        <source>行政确认</source>
        <translation>Administrative confirmation</translation>
    </message>
    <message>
        <source>审核转报</source>
        <translation>Review and referral</translation>
    </message>
    <message>
        <source>公共服务</source>
        <translation>Public service</translation>
    </message>
    <message>
        <source>即办</source>
        <translation>Handled on the spot</translation>
    </message>
    <message numerus="yes">
        <source>%n 个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>嘎查村便民服务点</source>
        <translation>Gacha/village service point</translation>
    </message>
    <message>
        <source>苏木乡镇便民服务中心</source>
        <translation>Sumu/township service centre</translation>
    </message>
    <message>
        <source>旗政务服务中心</source>
        <translation>Banner Government Service Centre</translation>
    </message>
    <message>
        <source>参照办事指南：%1</source>
        <translation>Follows the guide: %1</translation>
    </message>
    <message>
        <source>《%1》</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>第%1条</source>
        <translation>, Art. %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>已经实施部门确认</source>
        <translation>Confirmed by the department</translation>
    </message>
    <message>
        <source>已对照法规及办事指南核对，待部门确认</source>
        <translation>Checked against the laws and guides; not yet confirmed by the department</translation>
    </message>
    <message>
        <source>初稿，尚未核对</source>
        <translation>Draft, not yet checked</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>%1 · %2 · 事项编码 %3%4</source>
        <translation>%1 · %2 · Item code %3%4</translation>
    </message>
    <message>
        <source>（示例）</source>
        <translation> (sample)</translation>
    </message>
    <message>
        <source>✓ 本服务点可以办理此事项</source>
        <translation>✓ You can apply for this at this service point</translation>
    </message>
    <message>
        <source>本服务点不办理此事项，请到下方“办理地点”所列地点办理</source>
        <translation>This service point does not handle this item. Please go to a place listed under “Where to apply” below.</translation>
    </message>
    <message>
        <source>受理条件</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <source>申请材料（请对照勾选）</source>
        <translation>Materials to bring (tick them off)</translation>
    </message>
    <message>
        <source>无需提交材料</source>
        <translation>No materials needed</translation>
    </message>
    <message>
        <source>办理流程</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>时限与收费</source>
        <translation>Time limits and fees</translation>
    </message>
    <message>
        <source>法定办结时限：%1
承诺办结时限：%2
到现场次数：%3 次
收费：%4
网上办理深度：%5 级</source>
        <translation>Statutory time limit: %1
Promised time limit: %2
Visits needed: %3
Fee: %4
Online service level: %5</translation>
    </message>
    <message>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>注意事项</source>
        <translation>Please note</translation>
    </message>
    <message>
        <source>办理地点</source>
        <translation>Where to apply</translation>
    </message>
    <message>
        <source>可受理层级：%1</source>
        <translation>Can be handled at: %1</translation>
    </message>
    <message>
        <source>生成一次性告知书（PDF），带走材料清单</source>
        <translation>Create One-time notice (PDF) to take the materials list with you</translation>
    </message>
    <message>
        <source>本机暂时不能在线申请：%1</source>
        <translation>You cannot apply online at this kiosk right now: %1</translation>
    </message>
    <message>
        <source>您可以生成告知书，带上材料到窗口办理，或请工作人员帮助。</source>
        <translation>You can create the one-time notice and take your materials to the service window, or ask a staff member for help.</translation>
    </message>
    <message>
        <source>代办申请：为群众在线申请</source>
        <translation>Apply online for a citizen</translation>
    </message>
    <message>
        <source>我要办 · 在线申请</source>
        <translation>Apply online</translation>
    </message>
    <message>
        <source>预约办理（选时间到窗口办）</source>
        <translation>Book a visit (choose a time at the counter)</translation>
    </message>
    <message>
        <source>本指南尚未经实施部门确认，以窗口解释为准</source>
        <translation>Not yet confirmed by the department: the window&apos;s explanation prevails</translation>
    </message>
    <message>
        <source>本服务点不办理此事项，最近的办理地点：%1</source>
        <translation>Not handled here. The nearest place that handles it: %1</translation>
    </message>
    <message>
        <source>以下条件尚待部门确认，仅供参考，以窗口解释为准：</source>
        <translation>Not yet confirmed by the department, for reference only (the window&apos;s explanation prevails):</translation>
    </message>
    <message>
        <source>信息来源与审核</source>
        <translation>Sources and review</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>您好！欢迎使用“就近办”政务服务自助终端</source>
        <translation>Hello! Welcome to the “Handle It Nearby” government self-service kiosk</translation>
    </message>
    <message>
        <source>社保、医保、民政、卫健、残联、公安、市场监管等常办事项，在家门口就能办。请点击下面的大按钮。</source>
        <translation>Common services for social insurance, medical insurance, civil affairs, health, disability, police and market regulation can be handled close to home. Please tap a big button below.</translation>
    </message>
    <message>
        <source>办事指南</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <source>按部门查看能办的事项、要带的材料和办理流程</source>
        <translation>See service items by department, the materials to bring and the steps</translation>
    </message>
    <message>
        <source>查找事项</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>输入汉字、拼音或首字母，如“养老”、yanglao、ylbx</source>
        <translation>Type a word, pinyin or initials, e.g. “pension”, yanglao, ylbx</translation>
    </message>
    <message>
        <source>本机尚未导入事项目录，请联系工作人员。</source>
        <translation>No service items have been loaded on this kiosk yet. Please ask a staff member.</translation>
    </message>
    <message>
        <source>我要办</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>选好事项，在本机填表、交材料，不用跑窗口</source>
        <translation>Choose a service, fill in the form and hand in materials here, with no trip to a service window</translation>
    </message>
    <message>
        <source>查进度</source>
        <translation>Check progress</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rate a service</translation>
    </message>
    <message>
        <source>对办过的事说说满意不满意</source>
        <translation>Tell us whether you were satisfied with a service you used</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Book a visit</translation>
    </message>
    <message>
        <source>选好日子和时间，到窗口不用排队</source>
        <translation>Choose a day and time, no queuing at the counter</translation>
    </message>
    <message>
        <source>输入受理编号或预约号，或扫回执上的二维码；可取消、改约预约</source>
        <translation>Enter a receipt or booking number, or scan the QR code; cancel or change bookings</translation>
    </message>
    <message>
        <source>请点击下面的大按钮。</source>
        <translation>Please tap a big button below.</translation>
    </message>
    <message>
        <source>您好！</source>
        <translation>Hello!</translation>
    </message>
</context>
<context>
    <name>ItemListPage</name>
    <message>
        <source>✓ 本服务点可办</source>
        <translation>✓ Available here</translation>
    </message>
</context>
<context>
    <name>ItemRowDelegate</name>
    <message>
        <source>✓ 本服务点可办</source>
        <translation>✓ Available here</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>听</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>朗读本页</source>
        <translation>Read this screen aloud</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>就近办 · 政务服务自助终端</source>
        <translation>Handle It Nearby · Government Self-Service Kiosk</translation>
    </message>
</context>
<context>
    <name>MaterialChoiceCard</name>
    <message numerus="yes">
        <source>✓ 已上传%n张</source>
        <translation>
            <numerusform>✓ %n photo uploaded</numerusform>
            <numerusform>✓ %n photos uploaded</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ 已扫电子证照</source>
        <translation>✓ e-certificate scanned</translation>
    </message>
    <message>
        <source>✓ 容缺后补：先受理，之后再补交这份材料</source>
        <translation>✓ To hand in later: your application is accepted now, and you hand in this document later</translation>
    </message>
    <message>
        <source>✓ 已作告知承诺，不用提交这份材料</source>
        <translation>✓ Written commitment made; you do not need to hand in this document</translation>
    </message>
    <message>
        <source>还没有提供</source>
        <translation>Not provided yet</translation>
    </message>
    <message>
        <source>还没有提供（如与您无关可以不提供）</source>
        <translation>Not provided yet (you can skip it if it does not apply to you)</translation>
    </message>
    <message>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>非必需</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>e-certificate</translation>
    </message>
    <message>
        <source>请把电子证照二维码对准扫码口</source>
        <translation>Please hold the e-certificate QR code up to the scanner window</translation>
    </message>
    <message>
        <source>不扫了</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>本人承诺：本人符合“%1”所证明的条件，暂不提交这份材料。所作承诺真实有效，如有不实，愿意承担相应法律责任，并接受撤销办理结果等处理。</source>
        <translation>My commitment: I meet the conditions that “%1” would prove, and I will not hand in this document for now. This commitment is true. If it is not, I accept the legal consequences, including having the result of this application cancelled.</translation>
    </message>
    <message>
        <source>我承诺</source>
        <translation>I commit</translation>
    </message>
    <message>
        <source>不承诺</source>
        <translation>Do not commit</translation>
    </message>
    <message>
        <source>再拍一张</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <source>拍照上传</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>扫电子证照</source>
        <translation>Scan e-cert</translation>
    </message>
    <message>
        <source>容缺后补</source>
        <translation>Hand in later</translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>撤销选择</source>
        <translation>Undo choice</translation>
    </message>
</context>
<context>
    <name>MaterialDelegate</name>
    <message>
        <source>%1 %2 份</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>非必要</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>需本人签字</source>
        <translation>Your signature needed</translation>
    </message>
    <message>
        <source>可容缺后补</source>
        <translation>May be handed in later</translation>
    </message>
    <message>
        <source>可告知承诺代替</source>
        <translation>A signed commitment may replace it</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>✓ 一次性告知书已生成</source>
        <translation>✓ One-time notice created</translation>
    </message>
    <message>
        <source>《%1》一次性告知书列明了全部申请材料、办理流程、时限和办理地点。工作人员可为您打印；窗口不会要求告知书以外的材料。</source>
        <translation>The One-time notice for “%1” lists all materials, steps, time limits and places to apply. Staff can print it for you. The service window will not ask for anything not listed in it.</translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>完成，返回首页</source>
        <translation>Done, go home</translation>
    </message>
</context>
<context>
    <name>PinyinKeyboard</name>
    <message>
        <source>空格</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>您对这次服务满意吗？</source>
        <translation>Were you satisfied with this service?</translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>还可以分项评价，不选也能提交：</source>
        <translation>You may also rate these (optional):</translation>
    </message>
    <message>
        <source>服务效率</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>服务水平</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>哪里不满意？可以选几项，也可以不选：</source>
        <translation>What were you unhappy with? You can choose several, or none:</translation>
    </message>
    <message>
        <source>办事等待时间长</source>
        <translation>Long waiting time</translation>
    </message>
    <message>
        <source>工作人员态度不好</source>
        <translation>Staff were unfriendly</translation>
    </message>
    <message>
        <source>材料要求不清楚</source>
        <translation>Unclear what materials were needed</translation>
    </message>
    <message>
        <source>设备不好用</source>
        <translation>Machine was hard to use</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>评价没有保存成功，请再试一次，或告诉工作人员。</source>
        <translation>Your rating was not saved. Please try again, or tell a staff member.</translation>
    </message>
    <message>
        <source>提交评价</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <source>请先点上面的一项</source>
        <translation>Please tap one of the choices above first</translation>
    </message>
    <message>
        <source>谢谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>这次服务已经评价过了，谢谢！</source>
        <translation>This service has already been rated. Thank you!</translation>
    </message>
    <message>
        <source>您的意见会送到主管部门，帮助我们把服务做得更好。</source>
        <translation>Your feedback will be sent to the responsible department to help us improve our service.</translation>
    </message>
    <message>
        <source>完成，返回首页</source>
        <translation>Done, go home</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>✓ 申请已提交</source>
        <translation>✓ Application submitted</translation>
    </message>
    <message>
        <source>受理编号</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>您的申请已保存在本机，网络恢复后会自动提交到平台。请留好受理编号，凭它可以在本机“查进度”。</source>
        <translation>Your application is saved on this kiosk and will be sent automatically when the network is back. Please keep your receipt number; you can use it in “Check progress” on this kiosk.</translation>
    </message>
    <message>
        <source>承诺办结时限：%1</source>
        <translation>Promised time limit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>即办</source>
        <translation>Handled on the spot</translation>
    </message>
    <message>
        <source>容缺后补的材料</source>
        <translation>Materials to hand in later</translation>
    </message>
    <message>
        <source>请于 %1 前补交：</source>
        <translation>Please hand these in by %1:</translation>
    </message>
    <message>
        <source>已作告知承诺的材料</source>
        <translation>Materials replaced by your written commitment</translation>
    </message>
    <message>
        <source>以下材料您已承诺，不用提交。承诺须真实，主管部门可能会核查。</source>
        <translation>You made a written commitment for these materials, so you do not need to hand them in. Your commitment must be true; the responsible department may check it.</translation>
    </message>
    <message>
        <source>查进度时可以把这个二维码对准扫码口</source>
        <translation>To check progress, you can hold this QR code up to the scanner window</translation>
    </message>
    <message>
        <source>打印回执</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>评价本次服务</source>
        <translation>Rate this service</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>输入事项名称、拼音或首字母，如 养老 / yanglao / ylbx</source>
        <translation>Type an item name, pinyin or initials, e.g. pension / yanglao / ylbx</translation>
    </message>
    <message>
        <source>常用：</source>
        <translation>Popular:</translation>
    </message>
    <message>
        <source>养老</source>
        <translation>pension</translation>
    </message>
    <message>
        <source>医保</source>
        <translation>medical insurance</translation>
    </message>
    <message>
        <source>低保</source>
        <translation>subsistence allowance</translation>
    </message>
    <message>
        <source>残疾人证</source>
        <translation>disability certificate</translation>
    </message>
    <message>
        <source>户口</source>
        <translation>household registration</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>business licence</translation>
    </message>
    <message>
        <source>生育登记</source>
        <translation>birth registration</translation>
    </message>
    <message>
        <source>高龄津贴</source>
        <translation>old-age allowance</translation>
    </message>
    <message>
        <source>没有找到“%1”相关的事项。可以试试更短的词、拼音首字母，或点下面的词：</source>
        <translation>No service items found for “%1”. Try a shorter word or pinyin initials, or tap a word below:</translation>
    </message>
    <message>
        <source>按「%1」查找</source>
        <translation>Searching for “%1”</translation>
    </message>
</context>
<context>
    <name>StaffBoardPage</name>
    <message>
        <source>工作台 · %1</source>
        <translation>Staff desk · %1</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>待提交</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>需处理</source>
        <translation>Action needed</translation>
    </message>
    <message>
        <source>等待最久的一件已等 %1</source>
        <translation>Oldest waiting record: %1</translation>
    </message>
    <message>
        <source>没有等待提交的记录</source>
        <translation>No records waiting to be submitted</translation>
    </message>
    <message>
        <source>⚠ 需处理</source>
        <translation>⚠ Action needed</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>代办</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>本机还没有申请或评价记录</source>
        <translation>No applications or ratings on this kiosk yet</translation>
    </message>
    <message>
        <source>代办申请（按部门找事项）</source>
        <translation>Proxy application (departments)</translation>
    </message>
    <message>
        <source>代办申请（搜索事项）</source>
        <translation>Proxy application (search)</translation>
    </message>
    <message>
        <source>今日预约（%1）</source>
        <translation>Today&apos;s bookings (%1)</translation>
    </message>
    <message>
        <source>本服务点没有等群众补正、领取或补交材料的办件</source>
        <translation>No case here is waiting for a citizen to bring or collect something</translation>
    </message>
    <message>
        <source>办件登记</source>
        <translation>Case record</translation>
    </message>
    <message>
        <source>待办件</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>StaffBookingsPage</name>
    <message>
        <source>今日预约 · %1</source>
        <translation>Today&apos;s bookings · %1</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>共 %1 个预约，待签到 %2 个</source>
        <translation>%1 bookings, %2 not checked in yet</translation>
    </message>
    <message>
        <source>今天本机没有预约</source>
        <translation>No bookings at this kiosk today</translation>
    </message>
    <message>
        <source>签到：扫码或输入预约号</source>
        <translation>Check in: scan the QR or type the number</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>预约时段结束30分钟后仍未签到的，记为爽约</source>
        <translation>Not checked in 30 minutes after the slot ended: marked as a no-show</translation>
    </message>
    <message>
        <source>标记爽约</source>
        <translation>Mark no-shows</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>StaffLoginPage</name>
    <message>
        <source>工作人员登录</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <source>仅限服务点工作人员使用。群众办事请点左上角“首页”返回。</source>
        <translation>For service point staff only. Citizens, please tap “Home” at the top left to go back.</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>用右边的数字键输入</source>
        <translation>Use the keypad</translation>
    </message>
    <message>
        <source>密码（6位数字）</source>
        <translation>Password (6 digits)</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>下一步：输入密码</source>
        <translation>Next: Password</translation>
    </message>
    <message>
        <source>已输入 %1 位，共 %2 位</source>
        <translation>%1 of %2 digits typed</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>评价：请先输入回执上的受理编号</source>
        <translation>Rating: please first enter the receipt number on your receipt</translation>
    </message>
    <message>
        <source>受理编号：%1</source>
        <translation>Receipt number: %1</translation>
    </message>
    <message>
        <source>提交时间：%1</source>
        <translation>Submitted: %1</translation>
    </message>
    <message>
        <source>评价这次服务</source>
        <translation>Rate this service</translation>
    </message>
    <message>
        <source>这次服务已经评价过了，谢谢！</source>
        <translation>This service has already been rated. Thank you!</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>查进度：请输入受理编号或预约号</source>
        <translation>Check progress: enter the receipt or booking number</translation>
    </message>
    <message>
        <source>或把回执、预约凭证上的二维码对准扫码口</source>
        <translation>Or hold the QR code of the receipt or booking slip to the scanner</translation>
    </message>
    <message>
        <source>预约号：%1</source>
        <translation>Booking number: %1</translation>
    </message>
    <message>
        <source>预约时间：%1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <source>确定要取消这个预约吗？取消后名额会让给其他群众。</source>
        <translation>Cancel this booking? Its place will go to someone else.</translation>
    </message>
    <message>
        <source>确定取消</source>
        <translation>Yes, cancel</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>不取消</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>改约</source>
        <translation>Change time</translation>
    </message>
    <message>
        <source>受理编号或预约号</source>
        <translation>Receipt or booking number</translation>
    </message>
    <message>
        <source>还需补交的材料：</source>
        <translation>Materials still to hand in:</translation>
    </message>
    <message>
        <source>办理结果就在本服务点，请到窗口领取</source>
        <translation>The result is here at this service point: collect it at the counter</translation>
    </message>
    <message>
        <source>手机号或身份证号后四位</source>
        <translation>Last four of the phone or ID number</translation>
    </message>
    <message>
        <source>身份证号最后一位是X的，请按X键</source>
        <translation>If the ID number ends in X, press the X key</translation>
    </message>
    <message>
        <source>办理结果在「%1」，请带上身份证和回执到那里领取</source>
        <translation>The result is at %1: please collect it there with your ID card and receipt</translation>
    </message>
    <message>
        <source>以上是旗政务服务平台刚刚告知的办理进度。</source>
        <translation>This is the progress the banner government service platform has just reported.</translation>
    </message>
    <message>
        <source>向平台查询</source>
        <translation>Ask the platform</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>TextKeyboard</name>
    <message>
        <source>上一页</source>
        <translation>Prev</translation>
    </message>
    <message>
        <source>没有对应的字，请删除后重新输入</source>
        <translation>No matching characters. Please delete and type again</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>英文</source>
        <translation>English</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>空格</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>拼音</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>就近办</source>
        <translation>Handle It Nearby</translation>
    </message>
    <message>
        <source>奈曼旗政务服务</source>
        <translation>Naiman Banner Government Services</translation>
    </message>
    <message>
        <source>长辈模式（大字）</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>长辈模式</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>大字、高对比</source>
        <translation>Large text, high contrast</translation>
    </message>
</context>
<context>
    <name>VolumeButton</name>
    <message>
        <source>关</source>
        <translation>off</translation>
    </message>
    <message>
        <source>小</source>
        <translation>low</translation>
    </message>
    <message>
        <source>中</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>大</source>
        <translation>high</translation>
    </message>
    <message>
        <source>声音</source>
        <translation>Sound</translation>
    </message>
</context>
<context>
    <name>jiujin::ApplyController</name>
    <message>
        <source>节假日安排尚未公布，此日期只按周末推算，以窗口通知为准。</source>
        <translation>Next year&apos;s public holidays are not published yet: this date counts weekends only. The service window will confirm it.</translation>
    </message>
    <message>
        <source>找不到这个事项，请返回重新选择</source>
        <translation>This service item was not found. Please go back and choose again</translation>
    </message>
    <message>
        <source>本机没有连接扫描仪，请把材料交给工作人员</source>
        <translation>No scanner is connected to this kiosk. Please give your materials to a staff member</translation>
    </message>
    <message>
        <source>本机存储空间已满，申请没有保存。您填写的内容还在，请请工作人员处理后再试一次。</source>
        <translation>This kiosk’s storage is full, so your application was not saved. What you entered is still here. Please ask a staff member to fix this, then try again.</translation>
    </message>
    <message>
        <source>申请没有保存成功，请再试一次；如果还不行，请找工作人员帮助。</source>
        <translation>Your application was not saved. Please try again. If it still does not work, please ask a staff member for help.</translation>
    </message>
    <message>
        <source>回执没有生成：%1。请记下受理编号。</source>
        <translation>The receipt could not be created: %1. Please write down your receipt number.</translation>
    </message>
    <message>
        <source>回执已保存。本机没有连接打印机，请记下受理编号或拍照保存。</source>
        <translation>The receipt is saved. No printer is connected to this kiosk, so please write down your receipt number or take a photo of it.</translation>
    </message>
    <message>
        <source>正在打印回执……</source>
        <translation>Printing the receipt…</translation>
    </message>
    <message>
        <source>回执已打印，请取走。</source>
        <translation>Your receipt has been printed. Please take it.</translation>
    </message>
    <message>
        <source>打印机暂时不能用（%1）。回执已保存，请记下受理编号。</source>
        <translation>The printer cannot be used right now (%1). The receipt is saved; please write down your receipt number.</translation>
    </message>
</context>
<context>
    <name>jiujin::BookingController</name>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>明天</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>找不到这个事项，请返回重新选择</source>
        <translation>This service item was not found. Please go back and choose again</translation>
    </message>
    <message>
        <source>没有找到这个预约号</source>
        <translation>This booking number was not found</translation>
    </message>
    <message>
        <source>预约没有成功，请再试一次；如果还不行，请找工作人员帮助。</source>
        <translation>The booking did not go through. Please try again; if it still fails, ask the staff for help.</translation>
    </message>
    <message>
        <source>凭证没有生成：%1。请记下预约号。</source>
        <translation>The booking slip was not made: %1. Please write down the booking number.</translation>
    </message>
    <message>
        <source>凭证已保存。本机没有连接打印机，请记下预约号或拍照保存。</source>
        <translation>The booking slip is saved. This kiosk has no printer: please write down the booking number or take a photo.</translation>
    </message>
    <message>
        <source>正在打印预约凭证……</source>
        <translation>Printing the booking slip…</translation>
    </message>
    <message>
        <source>预约凭证已打印，请取走。</source>
        <translation>The booking slip is printed. Please take it.</translation>
    </message>
    <message>
        <source>打印机暂时不能用（%1）。凭证已保存，请记下预约号。</source>
        <translation>The printer is not working (%1). The slip is saved; please write down the booking number.</translation>
    </message>
    <message>
        <source>本服务点不受理该事项的预约</source>
        <translation>This service point does not take appointments for this item</translation>
    </message>
</context>
<context>
    <name>jiujin::BookingService</name>
    <message>
        <source>找不到这个事项，请返回重新选择</source>
        <translation>This service item was not found. Please go back and choose again</translation>
    </message>
    <message>
        <source>请选择预约时段</source>
        <translation>Please choose a time</translation>
    </message>
    <message>
        <source>这个时段已不能预约，请重新选择时段</source>
        <translation>This time can no longer be booked. Please choose another</translation>
    </message>
    <message>
        <source>这个时段已经开始，请选择其他时段</source>
        <translation>This time has already begun. Please choose another</translation>
    </message>
    <message>
        <source>这个时段本机已不能当场确认。请选择其他时段，或提交预约申请（联网后确认）</source>
        <translation>This kiosk can no longer confirm this time. Choose another time, or send a booking request (confirmed when online)</translation>
    </message>
    <message>
        <source>这个时段本机的名额已约满。请选择其他时段，或提交预约申请（联网后确认）</source>
        <translation>This kiosk&apos;s places for this time are taken. Choose another time, or send a booking request (confirmed when online)</translation>
    </message>
    <message>
        <source>这个时段已约满，请选择其他时段</source>
        <translation>This time is full. Please choose another</translation>
    </message>
    <message>
        <source>这个预约已经取消、签到或未约上，不能再取消或改约</source>
        <translation>This booking was cancelled, checked in or not granted; it cannot be cancelled or changed</translation>
    </message>
    <message>
        <source>预约时间已到，不能再取消或改约</source>
        <translation>The booked time has come; the booking can no longer be cancelled or changed</translation>
    </message>
    <message>
        <source>没有找到这个预约号</source>
        <translation>This booking number was not found</translation>
    </message>
    <message>
        <source>这就是您现在预约的时段</source>
        <translation>This is the time you have booked already</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>预约申请已提交，联网后确认</source>
        <translation>Booking request sent; it is confirmed once online</translation>
    </message>
    <message>
        <source>未约上：该时段已满，请改约其他时段</source>
        <translation>Not granted: that time is full. Please book another time</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>已过时未到</source>
        <translation>Missed (did not come)</translation>
    </message>
    <message>
        <source>这个预约已经签到过了</source>
        <translation>This booking is already checked in</translation>
    </message>
    <message>
        <source>只能在预约当天签到</source>
        <translation>Check-in is only possible on the day of the booking</translation>
    </message>
    <message>
        <source>本服务点不受理该事项的预约</source>
        <translation>This service point does not take appointments for this item</translation>
    </message>
    <message>
        <source>申请人要求取消</source>
        <translation>At the applicant&apos;s request</translation>
    </message>
    <message>
        <source>服务点临时停办</source>
        <translation>Service point temporarily closed</translation>
    </message>
    <message>
        <source>重复预约</source>
        <translation>Duplicate booking</translation>
    </message>
    <message>
        <source>其他原因</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>已取消：工作人员已为您取消（%1）</source>
        <translation>Cancelled: a staff member cancelled it for you (%1)</translation>
    </message>
    <message>
        <source>已改约：工作人员已为您改到新的时段</source>
        <translation>Moved: a staff member moved it to another time for you</translation>
    </message>
</context>
<context>
    <name>jiujin::CaseBoardController</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>办件列表读取失败：%1</source>
        <translation>Could not read the cases: %1</translation>
    </message>
    <message>
        <source>待补正</source>
        <translation>Correction needed</translation>
    </message>
    <message>
        <source>需补正：%1</source>
        <translation>To bring: %1</translation>
    </message>
    <message>
        <source>补正期限：%1（已逾期）</source>
        <translation>Bring by %1 (overdue)</translation>
    </message>
    <message>
        <source>补正期限：%1</source>
        <translation>Bring by %1</translation>
    </message>
    <message>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>待领取</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>办理结果已到本服务点：请通知申请人带身份证和回执来领取</source>
        <translation>The result is here: ask the applicant to collect it with their ID card and receipt</translation>
    </message>
    <message>
        <source>容缺/承诺材料到期</source>
        <translation>Materials due</translation>
    </message>
    <message>
        <source>%1，已逾期</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <source>已记录交给申请人，待同步</source>
        <translation>Hand-over recorded, waiting to sync</translation>
    </message>
    <message>
        <source>已记录收到 %1，待同步</source>
        <translation>Received %1: recorded, waiting to sync</translation>
    </message>
    <message>
        <source>已记录收到“%1”（%2），联网后自动报送平台</source>
        <translation>Recorded “%1” as received (%2). It goes to the platform when online</translation>
    </message>
    <message>
        <source>已记录办理结果交给申请人（%1），联网后自动报送平台</source>
        <translation>Recorded the result as handed over (%1). It goes to the platform when online</translation>
    </message>
</context>
<context>
    <name>jiujin::CaseBoardService</name>
    <message>
        <source>平台未接受：%1</source>
        <translation>Not accepted by the platform: %1</translation>
    </message>
    <message>
        <source>未能提交：%1</source>
        <translation>Could not be sent: %1</translation>
    </message>
    <message>
        <source>本服务点没有这个办件</source>
        <translation>This service point has no such case</translation>
    </message>
    <message>
        <source>这个办件不在等这份材料</source>
        <translation>This case is not waiting for that material</translation>
    </message>
    <message>
        <source>这个办件的结果不在本服务点待领取</source>
        <translation>The result of this case is not waiting here</translation>
    </message>
    <message>
        <source>请先以工作人员身份登录</source>
        <translation>Please log in as staff first</translation>
    </message>
    <message>
        <source>已经记录过了，正在等待同步</source>
        <translation>Already recorded, waiting to sync</translation>
    </message>
</context>
<context>
    <name>jiujin::CatalogueController</name>
    <message>
        <source>请到 %1 办理</source>
        <translation>Please go to %1</translation>
    </message>
    <message>
        <source>没有找到这个事项，请返回重新选择。</source>
        <translation>This service item was not found. Please go back and choose again.</translation>
    </message>
    <message>
        <source>请先选择一个事项。</source>
        <translation>Please choose a service item first.</translation>
    </message>
    <message>
        <source>告知书未能保存，请联系工作人员。</source>
        <translation>The notice could not be saved. Please ask a staff member.</translation>
    </message>
</context>
<context>
    <name>jiujin::Department</name>
    <message>
        <source>社会保险</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <source>医疗保障</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <source>民政</source>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <source>卫生健康</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>残疾人服务</source>
        <translation>Disability services</translation>
    </message>
    <message>
        <source>城市管理</source>
        <translation>Urban management</translation>
    </message>
    <message>
        <source>公安</source>
        <translation>Public security</translation>
    </message>
    <message>
        <source>市场监管</source>
        <translation>Market regulation</translation>
    </message>
    <message>
        <source>法律服务</source>
        <translation>Legal services</translation>
    </message>
    <message>
        <source>自然资源</source>
        <translation>Natural resources</translation>
    </message>
    <message>
        <source>林业和草原</source>
        <translation>Forestry and grassland</translation>
    </message>
</context>
<context>
    <name>jiujin::FormModel</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>原件及复印件</source>
        <translation>Original and copy</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>e-certificate</translation>
    </message>
</context>
<context>
    <name>jiujin::GuideView</name>
    <message>
        <source>（本服务点）</source>
        <translation> (this service point)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>jiujin::KioskContext</name>
    <message>
        <source>本机数据库损坏，已另存为 %1 并重新开始。请技术人员检查并重新配置本机（服务点、加密公钥）。</source>
        <translation>The kiosk database was damaged. It has been saved as %1 and a new one started. A technician must check this kiosk and set it up again (service point, encryption public key).</translation>
    </message>
</context>
<context>
    <name>jiujin::MaterialChoiceModel</name>
    <message>
        <source>一份申请最多附 %1 张图片（共 %2 MB 以内），这张没有附上。其余材料请交给窗口工作人员。</source>
        <translation>An application can carry at most %1 pictures (%2 MB in all); this one was not attached. Please hand the other papers to the staff at the counter.</translation>
    </message>
</context>
<context>
    <name>jiujin::SimulatedIdCardReader</name>
    <message>
        <source>没有读出身份证信息，请重新放置身份证</source>
        <translation>Could not read the ID card. Please place it on the reader again</translation>
    </message>
</context>
<context>
    <name>jiujin::SimulatedScanner</name>
    <message>
        <source>扫描仪未连接，请把材料交给工作人员</source>
        <translation>The scanner is not connected. Please give your materials to a staff member</translation>
    </message>
    <message>
        <source>没有扫描到材料，请把材料放好后再试</source>
        <translation>No document was scanned. Please place it properly and try again</translation>
    </message>
    <message>
        <source>扫描失败，请再试一次</source>
        <translation>Scanning failed. Please try again</translation>
    </message>
</context>
<context>
    <name>jiujin::StaffController</name>
    <message>
        <source>✓ 已签到：%1 · %2 · %3</source>
        <translation>✓ Checked in: %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>已把 %n 个过时未到的预约标记为爽约</source>
        <translation>
            <numerusform>Marked %n missed booking as no-show</numerusform>
            <numerusform>Marked %n missed bookings as no-shows</numerusform>
        </translation>
    </message>
    <message>
        <source>待提交</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>正在提交</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>被退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>需要处理</source>
        <translation>Action needed</translation>
    </message>
    <message numerus="yes">
        <source>%n 分钟</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 小时</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 天</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>工号或密码不对，还可以再试 %n 次</source>
        <translation>
            <numerusform>Wrong staff number or password. %n try left</numerusform>
            <numerusform>Wrong staff number or password. %n tries left</numerusform>
        </translation>
    </message>
    <message>
        <source>连续输错次数太多，已锁定到 %1，请稍后再试</source>
        <translation>Too many wrong attempts. Login is locked until %1; please try again later</translation>
    </message>
    <message>
        <source>差评，需要回访</source>
        <translation>Poor rating, follow-up call needed</translation>
    </message>
    <message>
        <source>本机还没有接入旗政务服务平台，申请会先保存在本机。请技术人员运行 jiujinctl enroll。</source>
        <translation>This kiosk is not yet connected to the banner platform; applications are kept here until it is. Ask a technician to run jiujinctl enroll.</translation>
    </message>
    <message>
        <source>本机时钟比平台%1 %2，所以连不上平台。请技术人员校准本机时间（jiujinctl doctor 会说明）；申请先保存在本机，时间校准后会自动提交到平台。</source>
        <translation>This kiosk&apos;s clock is %2 %1 the platform&apos;s, so it cannot connect. Ask a technician to set the clock (jiujinctl doctor explains how); applications are kept here and submitted once the clock is right.</translation>
    </message>
    <message>
        <source>慢</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>快</source>
        <translation>ahead of</translation>
    </message>
    <message>
        <source>本机时钟不对，所以连不上平台。请技术人员校准本机时间（jiujinctl doctor 会说明）；申请先保存在本机，时间校准后会自动提交到平台。</source>
        <translation>This kiosk&apos;s clock is wrong, so it cannot connect to the platform. Ask a technician to set the clock (jiujinctl doctor explains how); applications are kept here and submitted once the clock is right.</translation>
    </message>
    <message>
        <source>暂时连不上平台（%1，%2），网络恢复后会自动提交。上次提交：%3</source>
        <translation>Cannot reach the platform right now (%1, %2); queued records will be submitted when the network is back. Last submitted: %3</translation>
    </message>
    <message>
        <source>还没有</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>网络正常，上次提交：%1</source>
        <translation>Connected. Last submitted: %1</translation>
    </message>
    <message>
        <source>已接入平台，还没有提交过记录</source>
        <translation>Connected to the platform; nothing submitted yet</translation>
    </message>
</context>
<context>
    <name>jiujin::StaffService</name>
    <message>
        <source>密码须为%1位数字</source>
        <translation>The password must be %1 digits</translation>
    </message>
    <message>
        <source>密码太容易被猜到，请不要用重复或连续的数字</source>
        <translation>This password is too easy to guess. Please do not use repeated or consecutive digits</translation>
    </message>
</context>
<context>
    <name>jiujin::StatusController</name>
    <message>
        <source>申请已安全保存在本机，网络通畅时会自动提交到旗政务服务平台，不需要您再跑一趟。</source>
        <translation>Your application is safely saved on this kiosk. It will be sent to the Banner government service platform automatically when the network works. You do not need to come back.</translation>
    </message>
    <message>
        <source>已提交到旗政务服务平台（平台受理号 %1），请等待办理结果通知。</source>
        <translation>Submitted to the Banner government service platform (platform number %1). Please wait to be told the result.</translation>
    </message>
    <message>
        <source>申请被退回：%1。请带上材料到服务点找工作人员。</source>
        <translation>Your application was returned: %1. Please bring your materials to the service point and see a staff member.</translation>
    </message>
    <message>
        <source>提交到平台时遇到问题，工作人员正在处理，请留意电话通知。</source>
        <translation>There was a problem submitting your application to the platform. Staff are dealing with it; please watch for a phone call.</translation>
    </message>
    <message>
        <source>受理编号是12位数字，请对照回执输入</source>
        <translation>The receipt number has 12 digits. Please copy it from your receipt</translation>
    </message>
    <message>
        <source>本机没有这个受理编号。如果是在别的服务点办的，请到那里查询或拨打回执上的电话。</source>
        <translation>This kiosk has no record of this receipt number. If you applied at another service point, please check there or call the phone number on your receipt.</translation>
    </message>
    <message>
        <source>这个受理编号不对，请核对回执上的12位数字</source>
        <translation>This receipt number is not valid. Please check the 12 digits on your receipt</translation>
    </message>
    <message>
        <source>预约已取消，名额已让给其他群众。</source>
        <translation>The booking is cancelled; its place goes to someone else.</translation>
    </message>
    <message>
        <source>请提前10分钟到达，携带身份证。来不了的话请取消预约，把名额让给别人。</source>
        <translation>Please arrive 10 minutes early and bring your ID card. If you cannot come, please cancel so that someone else can have the place.</translation>
    </message>
    <message>
        <source>本机联网后，平台会确认是否约上，请稍后再来查询，或留意电话通知。</source>
        <translation>Once this kiosk is online, the platform confirms whether you got the slot. Please check again later, or wait for a phone call.</translation>
    </message>
    <message>
        <source>已改约，新的预约号是 %1。</source>
        <translation>Changed to another time; the new booking number is %1.</translation>
    </message>
    <message>
        <source>已改约，新的预约号是 %1，请以工作人员告知为准。</source>
        <translation>Changed to another time; the new booking number is %1. What the staff told you stands.</translation>
    </message>
    <message>
        <source>已改约，新的预约号是 %1，时间是 %2。请凭新预约号到窗口办理，以工作人员告知为准。</source>
        <translation>Changed to another time: the new booking number is %1, at %2. Show the new number at the window; what the staff told you stands.</translation>
    </message>
    <message>
        <source>这个受理编号不是本机办理的。请输入申请时填写的手机号或身份证号的后四位，向旗政务服务平台查询。</source>
        <translation>This receipt was not issued at this kiosk. Enter the last four digits of the phone or ID number given in the application to ask the banner government service platform.</translation>
    </message>
    <message>
        <source>正在查询…</source>
        <translation>Asking…</translation>
    </message>
    <message>
        <source>没有找到。请核对受理编号和后四位，或到窗口查询。</source>
        <translation>Not found. Please check the receipt number and the last four digits, or ask at the counter.</translation>
    </message>
    <message>
        <source>查询次数太多，请稍后再试或到窗口查询。</source>
        <translation>Too many tries. Please try again later or ask at the counter.</translation>
    </message>
    <message>
        <source>暂时无法连接旗平台，请稍后再试或到窗口查询。</source>
        <translation>The banner platform cannot be reached right now. Please try again later or ask at the counter.</translation>
    </message>
</context>
<context>
    <name>jiujin::SubmissionService</name>
    <message>
        <source>本机还没有设置服务点，请联系工作人员</source>
        <translation>This kiosk has not been assigned to a service point yet. Please ask a staff member</translation>
    </message>
    <message>
        <source>本机还没有配置上级平台的加密公钥，暂时不能受理申请，请联系工作人员</source>
        <translation>This kiosk does not have the platform’s encryption public key yet, so it cannot accept applications for now. Please ask a staff member</translation>
    </message>
    <message>
        <source>找不到这个事项，请返回重新选择</source>
        <translation>This service item was not found. Please go back and choose again</translation>
    </message>
    <message>
        <source>表单里没有这一项</source>
        <translation>This field is not on the form</translation>
    </message>
    <message>
        <source>这份材料是必需的：请拍照上传、扫电子证照，或按允许的方式办理</source>
        <translation>This document is required: please take a photo of it, scan an e-certificate, or use one of the other allowed options</translation>
    </message>
    <message>
        <source>这份材料不能容缺后补，今天需要提供</source>
        <translation>This document cannot be handed in later; it is needed today</translation>
    </message>
    <message>
        <source>这份材料不能用告知承诺代替</source>
        <translation>This document cannot be replaced by a written commitment</translation>
    </message>
    <message>
        <source>还没有拍照上传这份材料</source>
        <translation>No photo of this document has been taken yet</translation>
    </message>
    <message>
        <source>还没有扫描电子证照</source>
        <translation>The e-certificate has not been scanned yet</translation>
    </message>
    <message>
        <source>这个事项没有这份材料</source>
        <translation>This service does not need this document</translation>
    </message>
    <message>
        <source>请先阅读并同意个人信息处理告知</source>
        <translation>Please read and agree to the personal information notice first</translation>
    </message>
    <message>
        <source>代办须说明申请人如何授权：本人在场或委托书</source>
        <translation>For a proxy application, please say how the applicant gave permission: in person or proxy letter</translation>
    </message>
    <message>
        <source>没有找到这个受理编号</source>
        <translation>This receipt number was not found</translation>
    </message>
    <message>
        <source>这次办事已经评价过了，谢谢您</source>
        <translation>This service has already been rated. Thank you</translation>
    </message>
</context>
<context>
    <name>jiujin::SyncErrorText</name>
    <message>
        <source>本机时钟不对：请校准本机时间（jiujinctl doctor 会说明）</source>
        <translation>This kiosk's clock is wrong: set the time (jiujinctl doctor explains)</translation>
    </message>
    <message>
        <source>找不到平台的地址（域名解析失败）：检查网络是否接通和 DNS 设置</source>
        <translation>The platform's address cannot be found (name lookup failed): check that the network is up and the DNS settings</translation>
    </message>
    <message>
        <source>连不上平台：检查网线或 4G 信号；信号正常时请联系平台管理员</source>
        <translation>Cannot connect to the platform: check the cable or the 4G signal; if the signal is fine, call the platform's administrator</translation>
    </message>
    <message>
        <source>网络中断或信号弱：检查 4G 信号</source>
        <translation>Network down or weak signal: check the 4G signal</translation>
    </message>
    <message>
        <source>连接中途断开：检查 4G 信号，本机会自动重试</source>
        <translation>The connection broke off: check the 4G signal; the kiosk tries again by itself</translation>
    </message>
    <message>
        <source>与平台的加密连接没有建立：本机证书可能被拒绝，请运行 jiujinctl doctor</source>
        <translation>No secure connection to the platform: this kiosk's certificate may be refused; run jiujinctl doctor</translation>
    </message>
    <message>
        <source>平台证书错误：核对平台地址，运行 jiujinctl doctor</source>
        <translation>The platform's certificate is wrong: check the platform's address, run jiujinctl doctor</translation>
    </message>
    <message>
        <source>平台证书与本机记录的不符：核对平台地址；平台换过密钥时重新运行 jiujinctl enroll</source>
        <translation>The platform's certificate is not the one this kiosk knows: check the platform's address; if the platform changed its key, run jiujinctl enroll again</translation>
    </message>
    <message>
        <source>本机证书文件有问题：运行 jiujinctl doctor</source>
        <translation>This kiosk's certificate files are damaged: run jiujinctl doctor</translation>
    </message>
    <message>
        <source>网络出错：运行 jiujinctl doctor 查看原因</source>
        <translation>Network error: run jiujinctl doctor to see why</translation>
    </message>
    <message>
        <source>平台拒绝了本机（证书失效或设备已停用）：运行 jiujinctl doctor</source>
        <translation>The platform refused this kiosk (certificate no longer valid or device revoked): run jiujinctl doctor</translation>
    </message>
    <message>
        <source>平台暂时忙或在维护：本机会自动重试</source>
        <translation>The platform is busy or under maintenance: the kiosk tries again by itself</translation>
    </message>
    <message>
        <source>平台没有接受本机的请求：运行 jiujinctl doctor，把错误原文告诉平台管理员</source>
        <translation>The platform did not accept this kiosk's request: run jiujinctl doctor and give the platform's administrator the error text</translation>
    </message>
    <message>
        <source>与平台交换数据出错：本机会自动重试；一直出现时请运行 jiujinctl doctor</source>
        <translation>Exchanging data with the platform failed: the kiosk tries again by itself; if it keeps happening, run jiujinctl doctor</translation>
    </message>
</context>
<context>
    <name>jiujin::Validation</name>
    <message>
        <source>这是15位的旧身份号码，请填写18位的新号码</source>
        <translation>This is an old 15-digit ID number. Please enter the new 18-digit number</translation>
    </message>
    <message numerus="yes">
        <source>身份号码应为18位，现在是%n位</source>
        <translation>
            <numerusform>The ID number should have 18 characters; it now has %n</numerusform>
            <numerusform>The ID number should have 18 characters; it now has %n</numerusform>
        </translation>
    </message>
    <message>
        <source>身份号码前17位应为数字，最后一位为数字或X</source>
        <translation>The first 17 characters of the ID number must be digits; the last one is a digit or X</translation>
    </message>
    <message>
        <source>身份号码前6位地区码不对，请核对</source>
        <translation>The area code (first 6 digits) of the ID number is not valid; please check it</translation>
    </message>
    <message>
        <source>身份号码中的出生日期不存在，请核对</source>
        <translation>The date of birth in the ID number does not exist; please check it</translation>
    </message>
    <message>
        <source>身份号码中的出生日期晚于今天，请核对</source>
        <translation>The date of birth in the ID number is after today; please check it</translation>
    </message>
    <message>
        <source>身份号码中的出生日期过早，请核对</source>
        <translation>The date of birth in the ID number is too early; please check it</translation>
    </message>
    <message>
        <source>身份号码最后一位校验码不对，请核对</source>
        <translation>The last character of the ID number does not match; please check it</translation>
    </message>
    <message numerus="yes">
        <source>至少需要填写%n个字</source>
        <translation>
            <numerusform>Please enter at least %n character</numerusform>
            <numerusform>Please enter at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>最多只能填写%n个字，请精简</source>
        <translation>
            <numerusform>Too long: at most %n character. Please shorten it</numerusform>
            <numerusform>Too long: at most %n characters. Please shorten it</numerusform>
        </translation>
    </message>
    <message>
        <source>请填写数字，例如 12 或 3.5</source>
        <translation>Please enter a number, for example 12 or 3.5</translation>
    </message>
    <message>
        <source>请填写%1到%2之间的数</source>
        <translation>Please enter a number from %1 to %2</translation>
    </message>
    <message>
        <source>不能小于%1</source>
        <translation>Must not be less than %1</translation>
    </message>
    <message>
        <source>不能大于%1</source>
        <translation>Must not be more than %1</translation>
    </message>
    <message>
        <source>请按“年-月-日”填写，例如 1990-05-01</source>
        <translation>Please enter it as “year-month-day”, for example 1990-05-01</translation>
    </message>
    <message>
        <source>这个日期不存在，请核对</source>
        <translation>This date does not exist; please check it</translation>
    </message>
    <message>
        <source>日期不能早于今天</source>
        <translation>The date cannot be before today</translation>
    </message>
    <message>
        <source>日期不能早于%1</source>
        <translation>The date cannot be before %1</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <source>日期不能晚于%1</source>
        <translation>The date cannot be after %1</translation>
    </message>
    <message>
        <source>手机号码只能包含数字</source>
        <translation>The mobile number can only contain digits</translation>
    </message>
    <message numerus="yes">
        <source>手机号码应为11位，现在是%n位</source>
        <translation>
            <numerusform>The mobile number should have 11 digits; it now has %n</numerusform>
            <numerusform>The mobile number should have 11 digits; it now has %n</numerusform>
        </translation>
    </message>
    <message>
        <source>没有这个号段的手机号码，请核对</source>
        <translation>No mobile number starts like this; please check it</translation>
    </message>
    <message>
        <source>请勾选或取消勾选此项</source>
        <translation>Please tick or untick this box</translation>
    </message>
    <message>
        <source>需要勾选此项才能提交申请</source>
        <translation>You need to tick this box to submit the application</translation>
    </message>
    <message>
        <source>请选择一项</source>
        <translation>Please choose one</translation>
    </message>
    <message>
        <source>此项必须填写</source>
        <translation>This must be filled in</translation>
    </message>
    <message>
        <source>请从列表中选择一项</source>
        <translation>Please choose one from the list</translation>
    </message>
    <message>
        <source>请用汉字填写地址</source>
        <translation>Please write the address in Chinese characters</translation>
    </message>
    <message>
        <source>地址太简略，请写到嘎查村或门牌号</source>
        <translation>The address is too short. Please include the Gacha (village) or house number</translation>
    </message>
    <message>
        <source>格式不对，请对照证件或材料核对</source>
        <translation>The format is not right. Please check it against your ID or documents</translation>
    </message>
</context>
<context>
    <name>jiujin::casetext</name>
    <message>
        <source>（节假日安排未公布，按周末估算）</source>
        <translation> (estimated: holidays not yet published)</translation>
    </message>
    <message numerus="yes">
        <source>本点近90天满意率 %1%（%n次评价）</source>
        <translation>
            <numerusform>Satisfaction here, last 90 days: %1% (%n rating)</numerusform>
            <numerusform>Satisfaction here, last 90 days: %1% (%n ratings)</numerusform>
        </translation>
    </message>
    <message>
        <source>已提交到旗政务服务平台，等待受理</source>
        <translation>Submitted to the banner&apos;s government service platform, waiting to be accepted</translation>
    </message>
    <message>
        <source>已受理，正在办理</source>
        <translation>Accepted and being processed</translation>
    </message>
    <message>
        <source>需要补充材料</source>
        <translation>More materials needed</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>已办结（准予），结果正在送出</source>
        <translation>Decided (approved); the result is on its way</translation>
    </message>
    <message>
        <source>已办结（不予批准）</source>
        <translation>Decided (not approved)</translation>
    </message>
    <message>
        <source>已办结，可以到本服务点领取</source>
        <translation>Decided: collect the result at this service point</translation>
    </message>
    <message>
        <source>已办结，可以领取</source>
        <translation>Decided: the result is ready to collect</translation>
    </message>
    <message>
        <source>已送达，办理完毕</source>
        <translation>Handed over: the case is complete</translation>
    </message>
    <message>
        <source>正在办理</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <source>工作人员审核材料后会受理，请留意电话通知。</source>
        <translation>Staff will accept it once they have checked the materials; watch for a phone call.</translation>
    </message>
    <message>
        <source>部门正在办理，办好后会通知您。</source>
        <translation>The department is working on it and will tell you when it is done.</translation>
    </message>
    <message>
        <source>请在 %1 前带上下面的材料到服务点补正：</source>
        <translation>Please bring these materials to the service point by %1:</translation>
    </message>
    <message>
        <source>请带上下面的材料到服务点补正：</source>
        <translation>Please bring these materials to the service point:</translation>
    </message>
    <message>
        <source>补正原因：%1。</source>
        <translation>Why: %1. </translation>
    </message>
    <message>
        <source>不予受理：%1。如有疑问请到服务点咨询。</source>
        <translation>Not accepted: %1. Ask at the service point if anything is unclear.</translation>
    </message>
    <message>
        <source>不予批准：%1。如有疑问请到服务点咨询。</source>
        <translation>Not approved: %1. Ask at the service point if anything is unclear.</translation>
    </message>
    <message>
        <source>结果准备好后会通知您领取。</source>
        <translation>You will be told when the result is ready to collect.</translation>
    </message>
    <message>
        <source>请带上身份证和回执到本服务点领取办理结果。</source>
        <translation>Bring your ID card and the receipt to this service point to collect the result.</translation>
    </message>
    <message>
        <source>请带上身份证和回执到办理的服务点领取办理结果。</source>
        <translation>Bring your ID card and the receipt to the service point where you applied to collect the result.</translation>
    </message>
    <message>
        <source>办理结果已交到您手中。欢迎评价这次服务。</source>
        <translation>The result has been handed to you. You are welcome to rate this service.</translation>
    </message>
    <message>
        <source>补正期间暂停计时，补齐材料后继续</source>
        <translation>The time limit is paused until the materials are in</translation>
    </message>
    <message numerus="yes">
        <source>已超过办结期限 %n 个工作日</source>
        <translation>
            <numerusform>%n working day past the time limit</numerusform>
            <numerusform>%n working days past the time limit</numerusform>
        </translation>
    </message>
    <message>
        <source>今天是办结期限的最后一天</source>
        <translation>Today is the last day of the time limit</translation>
    </message>
    <message numerus="yes">
        <source>距办结期限还有 %n 个工作日</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translation>pledged</translation>
    </message>
    <message>
        <source>容缺</source>
        <translation>to follow</translation>
    </message>
    <message>
        <source>%1（%2，%3前补交）</source>
        <translation>%1 (%2, hand in by %3)</translation>
    </message>
</context>
</TS>
