<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>您还在办理吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 秒后将返回首页，并清除本次查看和填写的内容。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>继续办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束，返回首页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>请选择办事部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 个事项</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复印件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原件及复印件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政给付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核转报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公共服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即办</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 个工作日</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>嘎查村便民服务点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>苏木乡镇便民服务中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旗政务服务中心</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>%1 · %2 · 事项编码 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（示例）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ 本服务点可以办理此事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本服务点不办理此事项，请到下方“办理地点”所列地点办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请材料（请对照勾选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无需提交材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理流程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时限与收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定办结时限：%1
承诺办结时限：%2
到现场次数：%3 次
收费：%4
网上办理深度：%5 级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设定依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可受理层级：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成一次性告知书（PDF），带走材料清单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>您好！欢迎使用“就近办”政务服务自助终端</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社保、医保、民政、卫健、残联、公安、市场监管等常办事项，在家门口就能办。请点击下面的大按钮。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办事指南</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按部门查看能办的事项、要带的材料和办理流程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入汉字、拼音或首字母，如“养老”、yanglao、ylbx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机尚未导入事项目录，请联系工作人员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRowDelegate</name>
    <message>
        <source>✓ 本服务点可办</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>就近办 · 政务服务自助终端</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialDelegate</name>
    <message>
        <source>%1 %2 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非必要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需本人签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可容缺后补</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可告知承诺代替</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>✓ 一次性告知书已生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《%1》一次性告知书列明了全部申请材料、办理流程、时限和办理地点。工作人员可为您打印；窗口不会要求告知书以外的材料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成，返回首页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinyinKeyboard</name>
    <message>
        <source>空格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌫ 删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清空</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>输入事项名称、拼音或首字母，如 养老 / yanglao / ylbx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>常用：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>养老</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾人证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生育登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高龄津贴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到“%1”相关的事项。可以试试更短的词、拼音首字母，或点下面的词：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>‹ 返回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌂ 首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就近办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奈曼旗政务服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标准模式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>长辈模式（大字）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiujin::CatalogueController</name>
    <message>
        <source>请到 %1 办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到这个事项，请返回重新选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择一个事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告知书未能保存，请联系工作人员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiujin::GuideView</name>
    <message>
        <source>（本服务点）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiujin::NoticeWriter</name>
    <message>
        <source>一次性告知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（示例编码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实施部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一、受理条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二、申请材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>份数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非必要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可容缺后补</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可告知承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无需提交材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三、办理流程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四、办理时限与收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定办结时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺办结时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到现场次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五、设定依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>六、注意事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（本服务点）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本告知书所列材料即为办理本事项的全部材料，工作人员不得要求提供告知书以外的材料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告知日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
