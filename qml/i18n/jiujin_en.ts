<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation>Find a service item</translation>
    </message>
    <message>
        <source>输入汉字、拼音或首字母，如“养老”、yanglao、ylbx</source>
        <translation>Type a word, pinyin or initials, e.g. “pension”, yanglao, ylbx</translation>
    </message>
    <message>
        <source>本机尚未导入事项目录，请联系工作人员。</source>
        <translation>No service items have been loaded on this kiosk yet. Please ask a staff member.</translation>
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
    <name>Main</name>
    <message>
        <source>就近办 · 政务服务自助终端</source>
        <translation>Handle It Nearby · Government Self-Service Kiosk</translation>
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
        <source>⌫ 删除</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
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
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>‹ 返回</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>⌂ 首页</source>
        <translation>⌂ Home</translation>
    </message>
    <message>
        <source>就近办</source>
        <translation>Handle It Nearby</translation>
    </message>
    <message>
        <source>奈曼旗政务服务</source>
        <translation>Naiman Banner Government Services</translation>
    </message>
    <message>
        <source>标准模式</source>
        <translation>Standard mode</translation>
    </message>
    <message>
        <source>长辈模式（大字）</source>
        <translation>Elder mode (large text)</translation>
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
    <name>jiujin::NoticeWriter</name>
    <message>
        <source>一次性告知书</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>（示例编码）</source>
        <translation> (sample code)</translation>
    </message>
    <message>
        <source>实施部门</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <source>事项类型</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>一、受理条件</source>
        <translation>1. Who can apply</translation>
    </message>
    <message>
        <source>二、申请材料</source>
        <translation>2. Materials to bring</translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>必要</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>非必要</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>需签字</source>
        <translation>Signature needed</translation>
    </message>
    <message>
        <source>可容缺后补</source>
        <translation>May be handed in later</translation>
    </message>
    <message>
        <source>可告知承诺</source>
        <translation>Signed commitment accepted</translation>
    </message>
    <message>
        <source>无需提交材料</source>
        <translation>No materials needed</translation>
    </message>
    <message>
        <source>三、办理流程</source>
        <translation>3. Steps</translation>
    </message>
    <message>
        <source>四、办理时限与收费</source>
        <translation>4. Time limits and fees</translation>
    </message>
    <message>
        <source>法定办结时限</source>
        <translation>Statutory time limit</translation>
    </message>
    <message>
        <source>承诺办结时限</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <source>到现场次数</source>
        <translation>Visits needed</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>五、设定依据</source>
        <translation>5. Legal basis</translation>
    </message>
    <message>
        <source>六、注意事项</source>
        <translation>6. Please note</translation>
    </message>
    <message>
        <source>办理地点</source>
        <translation>Where to apply</translation>
    </message>
    <message>
        <source>（本服务点）</source>
        <translation> (this service point)</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>本告知书所列材料即为办理本事项的全部材料，工作人员不得要求提供告知书以外的材料。</source>
        <translation>The materials listed in this notice are all the materials needed for this service item. Staff may not ask for any materials not listed in this notice.</translation>
    </message>
    <message>
        <source>告知日期</source>
        <translation>Date of notice</translation>
    </message>
</context>
</TS>
