<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_CN">
<context>
    <name>ApplyFormPage</name>
    <message>
        <source>第1步（共4步）：填写《%1》申请表</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 1-düger alqum (bügüde 4 alqum): 《%1》-un ayiladqal-un qüsnegt-i bögelekü</translatorcomment>
        <translation>1&#x202f;ᠳᠦᠭᠡᠷ ᠠᠯᠬᠤᠮ (ᠪᠦᠭᠦᠳᠡ 4 ᠠᠯᠬᠤᠮ)᠄ 《%1》&#x202f;ᠤᠨ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ&#x202f;ᠤᠨ ᠬᠦᠰᠨᠡᠭᠲ&#x202f;ᠢ ᠪᠥᠭᠡᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>工作人员代办：%1。申请人如何授权？</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aǰiltan orulan bariqu: %1. ayiladqaγči yaγaǰu erke olγoqu ve？</translatorcomment>
        <translation>ᠠᠵᠢᠯᠲᠠᠨ ᠣᠷᠤᠯᠠᠨ ᠪᠠᠷᠢᠬᠤ᠄ %1᠃ ᠠᠶᠢᠯᠠᠳᠬᠠᠭᠴᠢ ᠶᠠᠭᠠᠵᠤ ᠡᠷᠬᠡ ᠣᠯᠭᠣᠬᠤ ᠸᠡ？</translation>
    </message>
    <message>
        <source>本人在场授权</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: öber-iyen ireǰü erke olγoqu</translatorcomment>
        <translation>ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠢᠷᠡᠵᠦ ᠡᠷᠬᠡ ᠣᠯᠭᠣᠬᠤ</translation>
    </message>
    <message>
        <source>委托书</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: itegemǰilegsen bičig</translatorcomment>
        <translation>ᠢᠲᠡᠭᠡᠮᠵᠢᠯᠡᠭᠰᠡᠨ ᠪᠢᠴᠢᠭ</translation>
    </message>
    <message>
        <source>请在材料中上传委托书，并核对委托人和受托人的身份证件。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: itegemǰilegsen bičig-i barimta-du ǰiruγ tataǰu yabuγulun_a, itegemǰilegči ba itegemǰilegdegči-yin beye-yin gereči-yi tulγan_a.</translatorcomment>
        <translation>ᠢᠲᠡᠭᠡᠮᠵᠢᠯᠡᠭᠰᠡᠨ ᠪᠢᠴᠢᠭ&#x202f;ᠢ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠳᠤ ᠵᠢᠷᠤᠭ ᠲᠠᠲᠠᠵᠤ ᠶᠠᠪᠤᠭᠤᠯᠤᠨ᠎ᠠ᠂ ᠢᠲᠡᠭᠡᠮᠵᠢᠯᠡᠭᠴᠢ ᠪᠠ ᠢᠲᠡᠭᠡᠮᠵᠢᠯᠡᠭᠳᠡᠭᠴᠢ&#x202f;ᠶᠢᠨ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢ ᠲᠤᠯᠭᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>✓ 已从身份证读取，请核对下面带“读自身份证”的内容</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ beye-yin gereči-eče uŋsiba, &quot;beye-yin gereči-eče uŋsiγsan&quot; temdeg-tei ǰüil-i tulγaγarai</translatorcomment>
        <translation>✓ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠡᠴᠡ ᠤᠩᠰᠢᠪᠠ᠂ &quot;ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠡᠴᠡ ᠤᠩᠰᠢᠭᠰᠠᠨ&quot; ᠲᠡᠮᠳᠡᠭ&#x202f;ᠲᠡᠢ ᠵᠦᠢᠯ&#x202f;ᠢ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>请将身份证放在读卡区，姓名、身份证号和地址会自动填好；也可以点下面的方框自己填写</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-ben kart uŋsiqu γaǰar-a talbiγarai, ner_e, beye-yin gereči-yin dugaar ba qayaγ öbesüben bögelegden_e; ǰiγaγsan qairčaγ-i daruǰu öber-iyen bičiǰü bolon_a</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠪᠡᠨ ᠬᠠᠷᠲ ᠤᠩᠰᠢᠬᠤ ᠭᠠᠵᠠᠷ&#x202f;ᠠ ᠲᠠᠯᠪᠢᠭᠠᠷᠠᠢ᠂ ᠨᠡᠷ᠎ᠡ᠂ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ ᠪᠠ ᠬᠠᠶᠠᠭ ᠥᠪᠡᠰᠦᠪᠡᠨ ᠪᠥᠭᠡᠯᠡᠭᠳᠡᠨ᠎ᠡ; ᠵᠢᠭᠠᠭᠰᠠᠨ ᠬᠠᠢᠷᠴᠠᠭ&#x202f;ᠢ ᠳᠠᠷᠤᠵᠤ ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>还有内容需要填写或改正，请看红字提示</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bögelekü buyu ǰasaqu ǰüil bui, ulaγan üsüg-ün sanamǰi-yi üǰegerei</translatorcomment>
        <translation>ᠪᠥᠭᠡᠯᠡᠬᠦ ᠪᠤᠶᠤ ᠵᠠᠰᠠᠬᠤ ᠵᠦᠢᠯ ᠪᠤᠢ᠂ ᠤᠯᠠᠭᠠᠨ ᠦᠰᠦᠭ&#x202f;ᠦᠨ ᠰᠠᠨᠠᠮᠵᠢ&#x202f;ᠶᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>下一步：提供材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daraγaki alqum: barimta tušiyaqu</translatorcomment>
        <translation>ᠳᠠᠷᠠᠭᠠᠬᠢ ᠠᠯᠬᠤᠮ᠄ ᠪᠠᠷᠢᠮᠲᠠ ᠲᠤᠱᠢᠶᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>ApplyMaterialsPage</name>
    <message>
        <source>第2步（共4步）：提供材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 2-duγar alqum (bügüde 4 alqum): barimta tušiyaqu</translatorcomment>
        <translation>2&#x202f;ᠳᠤᠭᠠᠷ ᠠᠯᠬᠤᠮ (ᠪᠦᠭᠦᠳᠡ 4 ᠠᠯᠬᠤᠮ)᠄ ᠪᠠᠷᠢᠮᠲᠠ ᠲᠤᠱᠢᠶᠠᠬᠤ</translation>
    </message>
    <message>
        <source>把材料正面朝下放在扫描区，再点“拍照上传”。手机上有电子证照的，可以点“扫电子证照”。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: barimta-ban niγur-iyar ni douru ǰiruγ abqu γaǰar-a talbiγad &quot;ǰiruγ tataǰu yabuγulqu&quot;-yi daruγarai. γar utasun-du čakim gereči bui bol &quot;čakim gereči uŋsiγulqu&quot;-yi daruǰu bolon_a.</translatorcomment>
        <translation>ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠨᠢᠭᠤᠷ&#x202f;ᠢᠶᠠᠷ ᠨᠢ ᠳᠣᠤᠷᠤ ᠵᠢᠷᠤᠭ ᠠᠪᠬᠤ ᠭᠠᠵᠠᠷ&#x202f;ᠠ ᠲᠠᠯᠪᠢᠭᠠᠳ &quot;ᠵᠢᠷᠤᠭ ᠲᠠᠲᠠᠵᠤ ᠶᠠᠪᠤᠭᠤᠯᠬᠤ&quot;&#x202f;ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃ ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠳᠤ ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ ᠪᠤᠢ ᠪᠣᠯ &quot;ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ ᠤᠩᠰᠢᠭᠤᠯᠬᠤ&quot;&#x202f;ᠶᠢ ᠳᠠᠷᠤᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>本机没有扫描设备。手机上有电子证照的，可以点“扫电子证照”；纸质材料请交给工作人员。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-tu ǰiruγ abqu tökerömǰi ügei. γar utasun-du čakim gereči bui bol &quot;čakim gereči uŋsiγulqu&quot;-yi daruǰu bolon_a; čaγasun barimta-yi aǰiltan-du tušiyaγarai.</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠵᠢᠷᠤᠭ ᠠᠪᠬᠤ ᠲᠥᠬᠡᠷᠥᠮᠵᠢ ᠦᠭᠡᠢ᠃ ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠳᠤ ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ ᠪᠤᠢ ᠪᠣᠯ &quot;ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ ᠤᠩᠰᠢᠭᠤᠯᠬᠤ&quot;&#x202f;ᠶᠢ ᠳᠠᠷᠤᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ; ᠴᠠᠭᠠᠰᠤᠨ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>这个事项不需要提交材料，请点“下一步”。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene kereg-tü barimta tušiyaqu kereg ügei, &quot;daraγaki alqum&quot;-i daruγarai.</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠦ ᠪᠠᠷᠢᠮᠲᠠ ᠲᠤᠱᠢᠶᠠᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠂ &quot;ᠳᠠᠷᠠᠭᠠᠬᠢ ᠠᠯᠬᠤᠮ&quot;&#x202f;ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>还有必需的材料没有提供，请看红字提示</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰabal kereglegdekü barimta dutaγu bui, ulaγan üsüg-ün sanamǰi-yi üǰegerei</translatorcomment>
        <translation>ᠵᠠᠪᠠᠯ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠬᠦ ᠪᠠᠷᠢᠮᠲᠠ ᠳᠤᠲᠠᠭᠤ ᠪᠤᠢ᠂ ᠤᠯᠠᠭᠠᠨ ᠦᠰᠦᠭ&#x202f;ᠦᠨ ᠰᠠᠨᠠᠮᠵᠢ&#x202f;ᠶᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>下一步：个人信息告知</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daraγaki alqum: qubi kümün-ü medege-yin medegdel</translatorcomment>
        <translation>ᠳᠠᠷᠠᠭᠠᠬᠢ ᠠᠯᠬᠤᠮ᠄ ᠬᠤᠪᠢ ᠬᠦᠮᠦᠨ&#x202f;ᠦ ᠮᠡᠳᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ</translation>
    </message>
</context>
<context>
    <name>ApplyReviewPage</name>
    <message numerus="yes">
        <source>已上传%n张</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %n ǰiruγ yabuγulbai</translatorcomment>
        <translation>
            <numerusform>%n ᠵᠢᠷᠤᠭ ᠶᠠᠪᠤᠭᠤᠯᠪᠠᠢ</numerusform>
            <numerusform>%n ᠵᠢᠷᠤᠭ ᠶᠠᠪᠤᠭᠤᠯᠪᠠᠢ</numerusform>
        </translation>
    </message>
    <message>
        <source>电子证照</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čakim gereči</translatorcomment>
        <translation>ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ</translation>
    </message>
    <message>
        <source>容缺后补</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: dutaγu-bar küliyen abqu</translatorcomment>
        <translation>ᠳᠤᠲᠠᠭᠤ&#x202f;ᠪᠠᠷ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ</translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: medegdeǰü amalaqu</translatorcomment>
        <translation>ᠮᠡᠳᠡᠭᠳᠡᠵᠦ ᠠᠮᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>未提供</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tušiyaγ_a ügei</translatorcomment>
        <translation>ᠲᠤᠱᠢᠶᠠᠭ᠎ᠠ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>第4步（共4步）：核对后提交</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 4-düger alqum (bügüde 4 alqum): tulγaγad tušiyaqu</translatorcomment>
        <translation>4&#x202f;ᠳᠦᠭᠡᠷ ᠠᠯᠬᠤᠮ (ᠪᠦᠭᠦᠳᠡ 4 ᠠᠯᠬᠤᠮ)᠄ ᠲᠤᠯᠭᠠᠭᠠᠳ ᠲᠤᠱᠢᠶᠠᠬᠤ</translation>
    </message>
    <message>
        <source>工作人员代办：%1（%2）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aǰiltan orulan bariqu: %1 (%2)</translatorcomment>
        <translation>ᠠᠵᠢᠯᠲᠠᠨ ᠣᠷᠤᠯᠠᠨ ᠪᠠᠷᠢᠬᠤ᠄ %1 (%2)</translation>
    </message>
    <message>
        <source>委托书</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: itegemǰilegsen bičig</translatorcomment>
        <translation>ᠢᠲᠡᠭᠡᠮᠵᠢᠯᠡᠭᠰᠡᠨ ᠪᠢᠴᠢᠭ</translation>
    </message>
    <message>
        <source>本人在场授权</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: öber-iyen ireǰü erke olγoqu</translatorcomment>
        <translation>ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠢᠷᠡᠵᠦ ᠡᠷᠬᠡ ᠣᠯᠭᠣᠬᠤ</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: (bögelegedegsen ügei)</translatorcomment>
        <translation>(ᠪᠥᠭᠡᠯᠡᠭᠡᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ)</translation>
    </message>
    <message>
        <source>材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: barimta</translatorcomment>
        <translation>ᠪᠠᠷᠢᠮᠲᠠ</translation>
    </message>
    <message>
        <source>无需提交材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: barimta tušiyaqu kereg ügei</translatorcomment>
        <translation>ᠪᠠᠷᠢᠮᠲᠠ ᠲᠤᠱᠢᠶᠠᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>保存失败：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qadaγalaǰu čidaγsan ügei: %1</translatorcomment>
        <translation>ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ %1</translation>
    </message>
    <message>
        <source>您填写的内容都还在，不用重新填写。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tan-u bičigsen ǰüil bügüde bui, dakin bičikü kereg ügei.</translatorcomment>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠵᠦᠢᠯ ᠪᠦᠭᠦᠳᠡ ᠪᠤᠢ᠂ ᠳᠠᠬᠢᠨ ᠪᠢᠴᠢᠬᠦ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>再试一次：提交申请</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: dakin nige turšiqu: ayiladqal tušiyaqu</translatorcomment>
        <translation>ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠲᠤᠷᠱᠢᠬᠤ᠄ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠲᠤᠱᠢᠶᠠᠬᠤ</translation>
    </message>
    <message>
        <source>提交申请</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ayiladqal tušiyaqu</translatorcomment>
        <translation>ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠲᠤᠱᠢᠶᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>BookingConfirmPage</name>
    <message>
        <source>请核对预约申请</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaqu ayiladqal-iyan tulγaγarai</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ&#x202f;ᠢᠶᠠᠨ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>请核对预约信息</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγal-un medeel-iyen tulγaγarai</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠤᠨ ᠮᠡᠳᠡᠡᠯ&#x202f;ᠢᠶᠡᠨ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>这是预约申请：本机现在不能当场确认，联网后由平台确认是否约上。请凭预约号在“查进度”查看结果。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene bol čaγ toγtaγaqu ayiladqal: ene tonoγ odo sačuqu batalaǰu čidaqu ügei, sülǰiy_e-dü olbaγdaγsan-u qoyin_a tabčaŋ toγtaγaγdaγsan esekü-yi batalan_a. čaγ toγtaγaγsan dugaar-iyar “yabuča üǰekü”-eče ür_e dün-i üǰegerei.</translatorcomment>
        <translation>ᠡᠨᠡ ᠪᠣᠯ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ᠄ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠣᠳᠣ ᠰᠠᠴᠤᠬᠤ ᠪᠠᠲᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠲᠠᠪᠴᠠᠩ ᠲᠣᠭᠲᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠡᠰᠡᠬᠦ&#x202f;ᠶᠢ ᠪᠠᠲᠠᠯᠠᠨ᠎ᠠ᠃ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠷ “ᠶᠠᠪᠤᠴᠠ ᠦᠵᠡᠬᠦ”&#x202f;ᠡᠴᠡ ᠦᠷ᠎ᠡ ᠳᠦᠨ&#x202f;ᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: toγtaγaγsan čaγ</translatorcomment>
        <translation>ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠴᠠᠭ</translation>
    </message>
    <message>
        <source>办理地点</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariqu γaǰar</translatorcomment>
        <translation>ᠪᠠᠷᠢᠬᠤ ᠭᠠᠵᠠᠷ</translation>
    </message>
    <message>
        <source>预约人</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaγči</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠴᠢ</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: γar utasun-u dugaar</translatorcomment>
        <translation>ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠤ ᠳᠤᠭᠠᠠᠷ</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-yin dugaar</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ</translation>
    </message>
    <message>
        <source>原预约号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: urid-un čaγ toγtaγaγsan dugaar</translatorcomment>
        <translation>ᠤᠷᠢᠳ&#x202f;ᠤᠨ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ</translation>
    </message>
    <message>
        <source>确认后原预约自动取消，名额让给其他群众。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: batalaγsan-u daraγ_a urid-un čaγ toγtaγal öbesüben bolilγaγdaǰu, orun-i busud irgen-dü ögün_e.</translatorcomment>
        <translation>ᠪᠠᠲᠠᠯᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠤᠷᠢᠳ&#x202f;ᠤᠨ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠥᠪᠡᠰᠦᠪᠡᠨ ᠪᠣᠯᠢᠯᠭᠠᠭᠳᠠᠵᠤ᠂ ᠣᠷᠤᠨ&#x202f;ᠢ ᠪᠤᠰᠤᠳ ᠢᠷᠭᠡᠨ&#x202f;ᠳᠦ ᠥᠭᠦᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <source>提交预约申请（联网后确认）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaqu ayiladqal tušiyaqu (sülǰiy_e-dü olbaγdaγsan-u qoyin_a batalan_a)</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠲᠤᠱᠢᠶᠠᠬᠤ (ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠪᠠᠲᠠᠯᠠᠨ᠎ᠠ)</translation>
    </message>
    <message>
        <source>确认改约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ ögeričilekü-yi batalaqu</translatorcomment>
        <translation>ᠴᠠᠭ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠬᠦ&#x202f;ᠶᠢ ᠪᠠᠲᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>确认预约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγal-i batalaqu</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢ ᠪᠠᠲᠠᠯᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>BookingFormPage</name>
    <message>
        <source>预约人信息：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaγči-yin medeel: %1</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠴᠢ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠡᠯ᠄ %1</translation>
    </message>
    <message>
        <source>改约需要重新填写姓名和手机号：原预约的个人信息已加密，本机读不出来。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-i ögeričilebel ner_e ba γar utasun-u dugaar-iyan dakin bičigerei: urid-un čaγ toγtaγal-un qubi kümün-ü medeel nuγučalaγdaγsan tula ene tonoγ uŋsiǰu čidaqu ügei.</translatorcomment>
        <translation>ᠴᠠᠭ&#x202f;ᠢ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠪᠡᠯ ᠨᠡᠷ᠎ᠡ ᠪᠠ ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠤ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠳᠠᠬᠢᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠄ ᠤᠷᠢᠳ&#x202f;ᠤᠨ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠤᠨ ᠬᠤᠪᠢ ᠬᠦᠮᠦᠨ&#x202f;ᠦ ᠮᠡᠳᠡᠡᠯ ᠨᠤᠭᠤᠴᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠲᠤᠯᠠ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>✓ 已从身份证读取姓名和身份证号，请再填写手机号码</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ beye-yin gereči-eče ner_e ba beye-yin gereči-yin dugaar-i uŋsiba, γar utasun-u dugaar-iyan bičigerei</translatorcomment>
        <translation>✓ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠡᠴᠡ ᠨᠡᠷ᠎ᠡ ᠪᠠ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢ ᠤᠩᠰᠢᠪᠠ᠂ ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠤ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>可以把身份证放在读卡区，姓名和身份证号会自动填好；也可以点下面的方框自己填写</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-ben uŋsiγči deger_e talbibal ner_e ba beye-yin gereči-yin dugaar öbesüben bičigden_e; qayirčaγ-i daruǰu öber-iyen bičiǰü ču bolon_a</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠪᠡᠨ ᠤᠩᠰᠢᠭᠴᠢ ᠳᠡᠭᠡᠷ᠎ᠡ ᠲᠠᠯᠪᠢᠪᠠᠯ ᠨᠡᠷ᠎ᠡ ᠪᠠ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ ᠥᠪᠡᠰᠦᠪᠡᠨ ᠪᠢᠴᠢᠭᠳᠡᠨ᠎ᠡ; ᠬᠠᠶᠢᠷᠴᠠᠭ&#x202f;ᠢ ᠳᠠᠷᠤᠵᠤ ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠪᠢᠴᠢᠵᠦ ᠴᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>还有内容需要填写或改正，请看红字提示</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bičikü buyu ǰasaqu ǰüil bui, ulaγan üsüg-ün sanaγulγ_a-yi üǰegerei</translatorcomment>
        <translation>ᠪᠢᠴᠢᠬᠦ ᠪᠤᠶᠤ ᠵᠠᠰᠠᠬᠤ ᠵᠦᠢᠯ ᠪᠤᠢ᠂ ᠤᠯᠠᠭᠠᠨ ᠦᠰᠦᠭ&#x202f;ᠦᠨ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ&#x202f;ᠶᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>手机号码加密后只交给办理部门，只用于到号提醒和变更通知。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: γar utasun-u dugaar nuγučalaγdaǰu ǰöbkön bariqu tasuγ-tu ögtegden_e, ǰöbkön čaγ kürküi-yi sanaγulqu ba ögerčilelte-yi medegdekü-dü kereglegden_e.</translatorcomment>
        <translation>ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠤ ᠳᠤᠭᠠᠠᠷ ᠨᠤᠭᠤᠴᠠᠯᠠᠭᠳᠠᠵᠤ ᠵᠥᠪᠬᠥᠨ ᠪᠠᠷᠢᠬᠤ ᠲᠠᠰᠤᠭ&#x202f;ᠲᠤ ᠥᠭᠲᠡᠭᠳᠡᠨ᠎ᠡ᠂ ᠵᠥᠪᠬᠥᠨ ᠴᠠᠭ ᠬᠦᠷᠬᠦᠢ&#x202f;ᠶᠢ ᠰᠠᠨᠠᠭᠤᠯᠬᠤ ᠪᠠ ᠥᠭᠡᠷᠴᠢᠯᠡᠯᠲᠡ&#x202f;ᠶᠢ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ&#x202f;ᠳᠦ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <source>下一步：核对预约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daraγ_a alqum: čaγ toγtaγal-iyan tulγaqu</translatorcomment>
        <translation>ᠳᠠᠷᠠᠭ᠎ᠠ ᠠᠯᠬᠤᠮ᠄ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢᠶᠠᠨ ᠲᠤᠯᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>预约人信息</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaγči-yin medeel</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠴᠢ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠡᠯ</translation>
    </message>
</context>
<context>
    <name>BookingItemsPage</name>
    <message>
        <source>预约：请选择要办的事项</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaqu: bariqu kereg-iyen songγoγarai</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ᠄ ᠪᠠᠷᠢᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠢᠶᠡᠨ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>预约后按约定时间到本服务点窗口办理，不用排队等候。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaγsan-u daraγ_a toγtaγaγsan čaγ-taγan ene čeg-ün čoŋqu-dur ireǰü bariγarai, ǰergelen küliyekü kereg ügei.</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠴᠠᠭ&#x202f;ᠲᠠᠭᠠᠨ ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠦᠨ ᠴᠣᠩᠬᠤ&#x202f;ᠳᠤᠷ ᠢᠷᠡᠵᠦ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ᠂ ᠵᠡᠷᠭᠡᠯᠡᠨ ᠬᠦᠯᠢᠶᠡᠬᠦ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>本服务点暂时没有可以预约的事项，请到窗口咨询。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čeg-tü odoqan-du čaγ toγtaγaǰu bolqu kereg ügei, čoŋqu-ača asaγuγarai.</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠣᠳᠣᠬᠠᠨ&#x202f;ᠳᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠂ ᠴᠣᠩᠬᠤ&#x202f;ᠠᠴᠠ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>BookingSlotsPage</name>
    <message>
        <source>改约《%1》：请选择新的日期和时间</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-i ögeričilekü 《%1》: sine edür ba čaγ-i songγoγarai</translatorcomment>
        <translation>ᠴᠠᠭ&#x202f;ᠢ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠬᠦ 《%1》᠄ ᠰᠢᠨᠡ ᠡᠳᠦᠷ ᠪᠠ ᠴᠠᠭ&#x202f;ᠢ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>预约《%1》：请选择日期和时间</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaqu 《%1》: edür ba čaγ-i songγoγarai</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ 《%1》᠄ ᠡᠳᠦᠷ ᠪᠠ ᠴᠠᠭ&#x202f;ᠢ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>本机暂时不能预约：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ odoqan-du čaγ toγtaγaǰu čidaqu ügei: %1</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠣᠳᠣᠬᠠᠨ&#x202f;ᠳᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠄ %1</translation>
    </message>
    <message>
        <source>可约 %1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1 orun bui</translatorcomment>
        <translation>%1 ᠣᠷᠤᠨ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>可申请</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ayiladqaǰu bolon_a</translatorcomment>
        <translation>ᠠᠶᠢᠯᠠᠳᠬᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>已约满</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: orun dügürügsen</translatorcomment>
        <translation>ᠣᠷᠤᠨ ᠳᠦᠭᠦᠷᠦᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <source>这一天本机的名额已约满，本机现在不能当场确认。您可以选其他日期，或提交预约申请：本机联网后由平台确认是否约上。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene edür ene tonoγ-un orun dügürügsen tula, ene tonoγ odo sačuqu batalaǰu čidaqu ügei. ta öber_e edür songγoǰu bolon_a, esekü-le čaγ toγtaγaqu ayiladqal tušiyaǰu bolon_a: ene tonoγ sülǰiy_e-dü olbaγdaγsan-u qoyin_a tabčaŋ toγtaγaγdaγsan esekü-yi batalan_a.</translatorcomment>
        <translation>ᠡᠨᠡ ᠡᠳᠦᠷ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠣᠷᠤᠨ ᠳᠦᠭᠦᠷᠦᠭᠰᠡᠨ ᠲᠤᠯᠠ᠂ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠣᠳᠣ ᠰᠠᠴᠤᠬᠤ ᠪᠠᠲᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠲᠠ ᠥᠪᠡᠷ᠎ᠡ ᠡᠳᠦᠷ ᠰᠣᠨᠭᠭᠣᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠲᠤᠱᠢᠶᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠄ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠲᠠᠪᠴᠠᠩ ᠲᠣᠭᠲᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠡᠰᠡᠬᠦ&#x202f;ᠶᠢ ᠪᠠᠲᠠᠯᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>余 %1 个</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1 orun üldegsen</translatorcomment>
        <translation>%1 ᠣᠷᠤᠨ ᠦᠯᠳᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <source>现在没有可以预约的时段：本机还没有从平台取得预约名额，或近几天都已约满。请稍后再试，或直接到窗口办理。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: odo čaγ toγtaγaǰu bolqu čaγ ügei: ene tonoγ tabčaŋ-ača orun abuγ_a ügei, esekü-le oyir_a-yin edür-üd-ün orun dügürügsen. türgen-e daraγ_a dakin oroldaγarai, esekü-le čoŋqu-dur šiqaγ bariγarai.</translatorcomment>
        <translation>ᠣᠳᠣ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠴᠠᠭ ᠦᠭᠡᠢ᠄ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠠᠴᠠ ᠣᠷᠤᠨ ᠠᠪᠤᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠣᠶᠢᠷ᠎ᠠ&#x202f;ᠶᠢᠨ ᠡᠳᠦᠷ&#x202f;ᠦᠳ&#x202f;ᠦᠨ ᠣᠷᠤᠨ ᠳᠦᠭᠦᠷᠦᠭᠰᠡᠨ᠃ ᠲᠦᠷᠭᠡᠨ&#x202f;ᠡ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠴᠣᠩᠬᠤ&#x202f;ᠳᠤᠷ ᠱᠢᠬᠠᠭ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>这一天已没有可以预约的时段，请选择其他日期。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene edür čaγ toγtaγaǰu bolqu čaγ ügei boluγsan, öber_e edür songγoγarai.</translatorcomment>
        <translation>ᠡᠨᠡ ᠡᠳᠦᠷ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠴᠠᠭ ᠦᠭᠡᠢ ᠪᠣᠯᠤᠭᠰᠠᠨ᠂ ᠥᠪᠡᠷ᠎ᠡ ᠡᠳᠦᠷ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>改约：请选择新的日期和时间</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-i ögeričilekü: sine edür ba čaγ-i songγoγarai</translatorcomment>
        <translation>ᠴᠠᠭ&#x202f;ᠢ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠬᠦ᠄ ᠰᠢᠨᠡ ᠡᠳᠦᠷ ᠪᠠ ᠴᠠᠭ&#x202f;ᠢ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>预约：请选择日期和时间</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaqu: edür ba čaγ-i songγoγarai</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ᠄ ᠡᠳᠦᠷ ᠪᠠ ᠴᠠᠭ&#x202f;ᠢ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
</context>
<context>
    <name>BookingTicketPage</name>
    <message>
        <source>这个时段已约满，没有约上</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ-un orun dügürügsen tula toγtaγaǰu čidaγsan ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ&#x202f;ᠤᠨ ᠣᠷᠤᠨ ᠳᠦᠭᠦᠷᠦᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠲᠣᠭᠲᠠᠭᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>正在向平台确认名额……</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-ača orun-i batalaǰu bayin_a……</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠠᠴᠠ ᠣᠷᠤᠨ&#x202f;ᠢ ᠪᠠᠲᠠᠯᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ……</translation>
    </message>
    <message>
        <source>预约申请已提交，联网后确认</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaqu ayiladqal tušiyaγdaba, sülǰiy_e-dü olbaγdaγsan-u qoyin_a batalaγdan_a</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠲᠤᠱᠢᠶᠠᠭᠳᠠᠪᠠ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠪᠠᠲᠠᠯᠠᠭᠳᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>✓ 改约成功</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ čaγ-i amǰilttai ögeričilebe</translatorcomment>
        <translation>✓ ᠴᠠᠭ&#x202f;ᠢ ᠠᠮᠵᠢᠯᠲᠲᠠᠢ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠪᠡ</translation>
    </message>
    <message>
        <source>✓ 预约成功</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ čaγ amǰilttai toγtaγaba</translatorcomment>
        <translation>✓ ᠴᠠᠭ ᠠᠮᠵᠢᠯᠲᠲᠠᠢ ᠲᠣᠭᠲᠠᠭᠠᠪᠠ</translation>
    </message>
    <message>
        <source>预约号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaγsan dugaar</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ</translation>
    </message>
    <message>
        <source>时间和地点</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ ba γaǰar</translatorcomment>
        <translation>ᠴᠠᠭ ᠪᠠ ᠭᠠᠵᠠᠷ</translation>
    </message>
    <message>
        <source>请提前10分钟到达，携带身份证</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 10 minut urida ireǰü, beye-yin gereči-ben abčiraγarai</translatorcomment>
        <translation>10 ᠮᠢᠨᠤᠲ ᠤᠷᠢᠳᠠ ᠢᠷᠡᠵᠦ᠂ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠪᠡᠨ ᠠᠪᠴᠢᠷᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>本机联网后，平台会确认这个时段是否还有名额。请凭预约号在本机“查进度”查看是否约上。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ sülǰiy_e-dü olbaγdaγsan-u qoyin_a tabčaŋ ene čaγ-tu orun bui esekü-yi batalan_a. čaγ toγtaγaγsan dugaar-iyar ene tonoγ-un “yabuča üǰekü”-eče toγtaγaγdaγsan esekü-yi üǰegerei.</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠲᠠᠪᠴᠠᠩ ᠡᠨᠡ ᠴᠠᠭ&#x202f;ᠲᠤ ᠣᠷᠤᠨ ᠪᠤᠢ ᠡᠰᠡᠬᠦ&#x202f;ᠶᠢ ᠪᠠᠲᠠᠯᠠᠨ᠎ᠠ᠃ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠷ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ “ᠶᠠᠪᠤᠴᠠ ᠦᠵᠡᠬᠦ”&#x202f;ᠡᠴᠡ ᠲᠣᠭᠲᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠡᠰᠡᠬᠦ&#x202f;ᠶᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>平台上这个时段已经没有名额了。请点“完成”后重新预约其他时段，或到窗口咨询。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ deger_e ene čaγ-tu orun ügei boluγsan. “daγusqaqu”-yi daruγad öber_e čaγ-i dakin toγtaγaγarai, esekü-le čoŋqu-ača asaγuγarai.</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ ᠳᠡᠭᠡᠷ᠎ᠡ ᠡᠨᠡ ᠴᠠᠭ&#x202f;ᠲᠤ ᠣᠷᠤᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠤᠭᠰᠠᠨ᠃ “ᠳᠠᠭᠤᠰᠬᠠᠬᠤ”&#x202f;ᠶᠢ ᠳᠠᠷᠤᠭᠠᠳ ᠥᠪᠡᠷ᠎ᠡ ᠴᠠᠭ&#x202f;ᠢ ᠳᠠᠬᠢᠨ ᠲᠣᠭᠲᠠᠭᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠴᠣᠩᠬᠤ&#x202f;ᠠᠴᠠ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>原预约号 %1 已取消。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: urid-un čaγ toγtaγaγsan dugaar %1 bolilγaγdaba.</translatorcomment>
        <translation>ᠤᠷᠢᠳ&#x202f;ᠤᠨ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ %1 ᠪᠣᠯᠢᠯᠭᠠᠭᠳᠠᠪᠠ᠃</translation>
    </message>
    <message>
        <source>来不了的话，请在预约时间之前凭预约号在“查进度”取消或改约。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-taγan ireǰü čidaqu ügei bol, toγtaγaγsan čaγ-ača emün_e čaγ toγtaγaγsan dugaar-iyar “yabuča üǰekü”-eče bolilγaqu buyu ögeričilegerei.</translatorcomment>
        <translation>ᠴᠠᠭ&#x202f;ᠲᠠᠭᠠᠨ ᠢᠷᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯ᠂ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠴᠠᠭ&#x202f;ᠠᠴᠠ ᠡᠮᠦᠨ᠎ᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠷ “ᠶᠠᠪᠤᠴᠠ ᠦᠵᠡᠬᠦ”&#x202f;ᠡᠴᠡ ᠪᠣᠯᠢᠯᠭᠠᠬᠤ ᠪᠤᠶᠤ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>到窗口签到时出示这个二维码</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čoŋqu-dur burtaγulqu-du ene qoyar kemǰiy_e-tü Kod-i üǰegülügerei</translatorcomment>
        <translation>ᠴᠣᠩᠬᠤ&#x202f;ᠳᠤᠷ ᠪᠤᠷᠲᠠᠭᠤᠯᠬᠤ&#x202f;ᠳᠤ ᠡᠨᠡ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶ᠎ᠡ&#x202f;ᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠦᠵᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>打印预约凭证</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: gereči darumallaqu</translatorcomment>
        <translation>ᠭᠡᠷᠡᠴᠢ ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>完成</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daγusqaqu</translatorcomment>
        <translation>ᠳᠠᠭᠤᠰᠬᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>确认已把办理结果交给申请人？</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγsan ür_e dün-i ayiladqaγči-du tušiyaγsan-i batalaqu uu？</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠰᠠᠨ ᠦᠷ᠎ᠡ ᠳᠦᠨ&#x202f;ᠢ ᠠᠶᠢᠯᠠᠳᠬᠠᠭᠴᠢ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠭᠰᠠᠨ&#x202f;ᠢ ᠪᠠᠲᠠᠯᠠᠬᠤ ᠤᠤ？</translation>
    </message>
    <message>
        <source>收到了哪一份材料？</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ali barimta-yi küliyen abuba？</translatorcomment>
        <translation>ᠠᠯᠢ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠪᠠ？</translation>
    </message>
    <message>
        <source>平台回执 %1。记录后会报送旗政务服务平台，不能在本机撤回。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-un qariu bičig %1. temdeglegsen-ü qoyin_a qosiγu-yin ǰasaγ-un alban-u üilečilege-yin tabčaŋ-du ilegegdekü ba ene tonoγ deger_e bolilγaǰu bolqu ügei.</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ %1᠃ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠰᠡᠨ&#x202f;ᠦ ᠬᠣᠶᠢᠨ᠎ᠠ ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠢᠯᠡᠭᠡᠭᠳᠡᠬᠦ ᠪᠠ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠳᠡᠭᠡᠷ᠎ᠡ ᠪᠣᠯᠢᠯᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>确认已交付</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tušiyaγsan-i batalaqu</translatorcomment>
        <translation>ᠲᠤᠱᠢᠶᠠᠭᠰᠠᠨ&#x202f;ᠢ ᠪᠠᠲᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>取消</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bolilγaqu</translatorcomment>
        <translation>ᠪᠣᠯᠢᠯᠭᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>CaseBoardDelegate</name>
    <message>
        <source>⚠ 已逾期</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ⚠ bolǰoγ_a-ača ketürebe</translatorcomment>
        <translation>⚠ ᠪᠣᠯᠵᠣᠭ᠎ᠠ&#x202f;ᠠᠴᠠ ᠬᠡᠲᠦᠷᠡᠪᠡ</translation>
    </message>
    <message>
        <source>受理编号 %1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abuγsan dugaar %1</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ %1</translation>
    </message>
    <message>
        <source>平台回执 %1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-un qariu bičig %1</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ %1</translation>
    </message>
    <message>
        <source>材料已收到</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: barimta-yi küliyen abuba</translatorcomment>
        <translation>ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠪᠠ</translation>
    </message>
    <message>
        <source>已交给申请人</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ayiladqaγči-du tušiyaba</translatorcomment>
        <translation>ᠠᠶᠢᠯᠠᠳᠬᠠᠭᠴᠢ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠪᠠ</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>第3步（共4步）：个人信息处理告知</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 3-duγar alqum (bügüde 4 alqum): qubi kümün-ü medege-yi kereglekü tuqai medegdel</translatorcomment>
        <translation>3&#x202f;ᠳᠤᠭᠠᠷ ᠠᠯᠬᠤᠮ (ᠪᠦᠭᠦᠳᠡ 4 ᠠᠯᠬᠤᠮ)᠄ ᠬᠤᠪᠢ ᠬᠦᠮᠦᠨ&#x202f;ᠦ ᠮᠡᠳᠡᠭᠡ&#x202f;ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠲᠤᠬᠠᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ</translation>
    </message>
    <message>
        <source>为了办理“%1”，需要用到您的个人信息。请您看一看下面几条，看不清楚或有疑问，可以请工作人员读给您听。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: &quot;%1&quot;-i bariqu-yin tula tan-u qubi kümün-ü medege kereglegden_e. daraγaki ǰüil-üd-i üǰegerei, todorqai üǰeǰü ese čidabal buyu asaγulta bui bol aǰiltan-iyar uŋsiγulǰu sonosču bolon_a.</translatorcomment>
        <translation>&quot;%1&quot;&#x202f;ᠢ ᠪᠠᠷᠢᠬᠤ&#x202f;ᠶᠢᠨ ᠲᠤᠯᠠ ᠲᠠᠨ&#x202f;ᠤ ᠬᠤᠪᠢ ᠬᠦᠮᠦᠨ&#x202f;ᠦ ᠮᠡᠳᠡᠭᠡ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠨ᠎ᠡ᠃ ᠳᠠᠷᠠᠭᠠᠬᠢ ᠵᠦᠢᠯ&#x202f;ᠦᠳ&#x202f;ᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ᠂ ᠲᠣᠳᠣᠷᠬᠠᠢ ᠦᠵᠡᠵᠦ ᠡᠰᠡ ᠴᠢᠳᠠᠪᠠᠯ ᠪᠤᠶᠤ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠤᠢ ᠪᠣᠯ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠢᠶᠠᠷ ᠤᠩᠰᠢᠭᠤᠯᠵᠤ ᠰᠣᠨᠣᠰᠴᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>一、收集哪些信息</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 1. yambar medege quriyaqu</translatorcomment>
        <translation>1᠃ ᠶᠠᠮᠪᠠᠷ ᠮᠡᠳᠡᠭᠡ ᠬᠤᠷᠢᠶᠠᠬᠤ</translation>
    </message>
    <message>
        <source>您的姓名、身份证号、联系电话、地址，以及这个事项需要的其他信息和材料图片。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tan-u ner_e, beye-yin gereči-yin dugaar, qolbuqu utasu, qayaγ, basa ene kereg-tü kereglegdekü busu medege ba barimta-yin ǰiruγ.</translatorcomment>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠨᠡᠷ᠎ᠡ᠂ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ᠂ ᠬᠣᠯᠪᠤᠬᠤ ᠤᠲᠠᠰᠤ᠂ ᠬᠠᠶᠠᠭ᠂ ᠪᠠᠰᠠ ᠡᠨᠡ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠦ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠬᠦ ᠪᠤᠰᠤ ᠮᠡᠳᠡᠭᠡ ᠪᠠ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠵᠢᠷᠤᠭ᠃</translation>
    </message>
    <message>
        <source>二、为什么收集</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 2. yaγun-u tula quriyaqu</translatorcomment>
        <translation>2᠃ ᠶᠠᠭᠤᠨ&#x202f;ᠤ ᠲᠤᠯᠠ ᠬᠤᠷᠢᠶᠠᠬᠤ</translation>
    </message>
    <message>
        <source>只用于办理您申请的政务服务事项，不做别的用途。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰöbkön tan-u ayiladqaγsan ǰasaγ-un alban-u üilečilege-yin kereg-i bariqu-du kereglen_e, busu kereg-tü kereglekü ügei.</translatorcomment>
        <translation>ᠵᠥᠪᠬᠥᠨ ᠲᠠᠨ&#x202f;ᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠭᠰᠠᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠬᠡᠷᠡᠭ&#x202f;ᠢ ᠪᠠᠷᠢᠬᠤ&#x202f;ᠳᠤ ᠬᠡᠷᠡᠭᠯᠡᠨ᠎ᠡ᠂ ᠪᠤᠰᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠦ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>三、交给谁</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 3. ken-dü tušiyaqu</translatorcomment>
        <translation>3᠃ ᠬᠡᠨ&#x202f;ᠳᠦ ᠲᠤᠱᠢᠶᠠᠬᠤ</translation>
    </message>
    <message>
        <source>奈曼旗相关业务主管部门。您的信息经加密传送至旗级政务服务平台，由主管部门办理。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: naiman qosiγu-yin qolbuγdaqu ǰakirqu tasuγ. tan-u medege nuučalaγdaǰu qosiγu-yin ǰasaγ-un alban-u üilečilege-yin tabčaŋ-du kürgegdeged ǰakirqu tasuγ bariqu bolon_a.</translatorcomment>
        <translation>ᠨᠠᠢᠮᠠᠨ ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠬᠣᠯᠪᠤᠭᠳᠠᠬᠤ ᠵᠠᠬᠢᠷᠬᠤ ᠲᠠᠰᠤᠭ᠃ ᠲᠠᠨ&#x202f;ᠤ ᠮᠡᠳᠡᠭᠡ ᠨᠤᠤᠴᠠᠯᠠᠭᠳᠠᠵᠤ ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠬᠦᠷᠭᠡᠭᠳᠡᠭᠡᠳ ᠵᠠᠬᠢᠷᠬᠤ ᠲᠠᠰᠤᠭ ᠪᠠᠷᠢᠬᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>四、保存多久</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 4. kedüi quγučaγ_a qadaγalaqu</translatorcomment>
        <translation>4᠃ ᠬᠡᠳᠦᠢ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>按政务服务档案管理规定保存。本机在提交到平台后即删除加密数据，只保留受理编号和办理状态，方便您查进度。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰasaγ-un alban-u üilečilege-yin dangsa-yin ǰakirγ_a-yin ǰiγaburi-yin daγu qadaγalan_a. ene tonoγ tabčaŋ-du tušiyaγsan-u daraγ_a nuučalaγsan data-yi darui arilγan_a, ǰöbkön küliyen abuγsan dugaar ba bariqu bayidal-i ülegeǰü, tan-u yabuča üǰekü-dü kilbar bolγan_a.</translatorcomment>
        <translation>ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠳᠠᠨᠭᠰᠠ&#x202f;ᠶᠢᠨ ᠵᠠᠬᠢᠷᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠵᠢᠭᠠᠪᠤᠷᠢ&#x202f;ᠶᠢᠨ ᠳᠠᠭᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠨ᠎ᠠ᠃ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠤᠤᠴᠠᠯᠠᠭᠰᠠᠨ ᠳᠠᠲᠠ&#x202f;ᠶᠢ ᠳᠠᠷᠤᠢ ᠠᠷᠢᠯᠭᠠᠨ᠎ᠠ᠂ ᠵᠥᠪᠬᠥᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠪᠠ ᠪᠠᠷᠢᠬᠤ ᠪᠠᠶᠢᠳᠠᠯ&#x202f;ᠢ ᠦᠯᠡᠭᠡᠵᠦ᠂ ᠲᠠᠨ&#x202f;ᠤ ᠶᠠᠪᠤᠴᠠ ᠦᠵᠡᠬᠦ&#x202f;ᠳᠦ ᠬᠢᠯᠪᠠᠷ ᠪᠣᠯᠭᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>五、怎样保护</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 5. yaγaǰu qamaγalaqu</translatorcomment>
        <translation>5᠃ ᠶᠠᠭᠠᠵᠤ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>您填写的内容在本机上加密保存，只有主管部门能打开。服务点的工作人员也看不到您填写的内容。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tan-u bičigsen ǰüil ene tonoγ-tu nuučalaγdaǰu qadaγalaγdan_a, ǰöbkön ǰakirqu tasuγ negeǰü čidan_a. čeg-ün aǰiltan ču tan-u bičigsen ǰüil-i üǰeǰü čidaqu ügei.</translatorcomment>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠵᠦᠢᠯ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠨᠤᠤᠴᠠᠯᠠᠭᠳᠠᠵᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠨ᠎ᠠ᠂ ᠵᠥᠪᠬᠥᠨ ᠵᠠᠬᠢᠷᠬᠤ ᠲᠠᠰᠤᠭ ᠨᠡᠭᠡᠵᠦ ᠴᠢᠳᠠᠨ᠎ᠠ᠃ ᠴᠡᠭ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠴᠤ ᠲᠠᠨ&#x202f;ᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠵᠦᠢᠯ&#x202f;ᠢ ᠦᠵᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>六、您的权利</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 6. tan-u erke</translatorcomment>
        <translation>6᠃ ᠲᠠᠨ&#x202f;ᠤ ᠡᠷᠬᠡ</translation>
    </message>
    <message>
        <source>您可以查阅、更正自己的信息，也可以撤回同意。撤回同意后，本次申请不能继续办理。需要时请找服务点工作人员或主管部门。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ta öber-ün medege-ben üǰeǰü ǰasaǰu bolon_a, ǰöbsiyeregsen-iyen bučaγaǰu ču bolon_a. ǰöbsiyeregsen-iyen bučaγabal ene udaγ_a-yin ayiladqal-i ürgülǰilen bariǰu bolqu ügei. kereg-tei bol čeg-ün aǰiltan buyu ǰakirqu tasuγ-tu qanduγarai.</translatorcomment>
        <translation>ᠲᠠ ᠥᠪᠡᠷ&#x202f;ᠦᠨ ᠮᠡᠳᠡᠭᠡ&#x202f;ᠪᠡᠨ ᠦᠵᠡᠵᠦ ᠵᠠᠰᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠰᠡᠨ&#x202f;ᠢᠶᠡᠨ ᠪᠤᠴᠠᠭᠠᠵᠤ ᠴᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠰᠡᠨ&#x202f;ᠢᠶᠡᠨ ᠪᠤᠴᠠᠭᠠᠪᠠᠯ ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ&#x202f;ᠢ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠪᠠᠷᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ ᠪᠣᠯ ᠴᠡᠭ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠪᠤᠶᠤ ᠵᠠᠬᠢᠷᠬᠤ ᠲᠠᠰᠤᠭ&#x202f;ᠲᠤ ᠬᠠᠨᠳᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>您没有同意，本次申请不能在本机继续办理。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ta ǰöbsiyeregsen ügei, ene udaγ_a-yin ayiladqal-i ene tonoγ-tu ürgülǰilen bariǰu bolqu ügei.</translatorcomment>
        <translation>ᠲᠠ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠂ ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ&#x202f;ᠢ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠪᠠᠷᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>没有您的同意，我们不能使用您的个人信息，也就没法替您把申请送到主管部门。您填写的内容不会保存，离开本机时会全部清除。

您可以再看一遍告知内容后同意，也可以带上材料到“办事指南”里写的办理地点当面办理。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tan-u ǰöbsiyeral ügei bol bide tan-u qubi kümün-ü medege-yi kereglen čidaqu ügei, tan-u ayiladqal-i ǰakirqu tasuγ-tu kürgeǰü čidaqu ügei. tan-u bičigsen ǰüil qadaγalaγdaqu ügei, ene tonoγ-ača yabuqu-du bügüde arilγaγdan_a.

ta medegdel-i dakin nige üǰeged ǰöbsiyereǰü bolon_a, esekü-le barimta-ban abčiǰu &quot;kereg bariqu ǰiγaburi&quot;-du bičigsen bariqu γaǰar-a očiǰu niγur-a ǰolγaǰu bariǰu bolon_a.</translatorcomment>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠵᠥᠪᠰᠢᠶᠡᠷᠠᠯ ᠦᠭᠡᠢ ᠪᠣᠯ ᠪᠢᠳᠡ ᠲᠠᠨ&#x202f;ᠤ ᠬᠤᠪᠢ ᠬᠦᠮᠦᠨ&#x202f;ᠦ ᠮᠡᠳᠡᠭᠡ&#x202f;ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠨ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠲᠠᠨ&#x202f;ᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ&#x202f;ᠢ ᠵᠠᠬᠢᠷᠬᠤ ᠲᠠᠰᠤᠭ&#x202f;ᠲᠤ ᠬᠦᠷᠭᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠲᠠᠨ&#x202f;ᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠵᠦᠢᠯ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠠᠴᠠ ᠶᠠᠪᠤᠬᠤ&#x202f;ᠳᠤ ᠪᠦᠭᠦᠳᠡ ᠠᠷᠢᠯᠭᠠᠭᠳᠠᠨ᠎ᠠ᠃

ᠲᠠ ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠢ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠦᠵᠡᠭᠡᠳ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠠᠪᠴᠢᠵᠤ &quot;ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ ᠵᠢᠭᠠᠪᠤᠷᠢ&quot;&#x202f;ᠳᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠪᠠᠷᠢᠬᠤ ᠭᠠᠵᠠᠷ&#x202f;ᠠ ᠣᠴᠢᠵᠤ ᠨᠢᠭᠤᠷ&#x202f;ᠠ ᠵᠣᠯᠭᠠᠵᠤ ᠪᠠᠷᠢᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>不同意</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰöbsiyerekü ügei</translatorcomment>
        <translation>ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠬᠦ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>再看一遍告知</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: medegdel-i dakin üǰekü</translatorcomment>
        <translation>ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠢ ᠳᠠᠬᠢᠨ ᠦᠵᠡᠬᠦ</translation>
    </message>
    <message>
        <source>返回上一步</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ömönöki alqum-du bučaqu</translatorcomment>
        <translation>ᠥᠮᠥᠨᠥᠬᠢ ᠠᠯᠬᠤᠮ&#x202f;ᠳᠤ ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <source>同意并继续</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰöbsiyereged ürgülǰilekü</translatorcomment>
        <translation>ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠡᠳ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>您还在办理吗？</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ta kereg-ben bariǰu bayin_a uu？</translatorcomment>
        <translation>ᠲᠠ ᠬᠡᠷᠡᠭ&#x202f;ᠪᠡᠨ ᠪᠠᠷᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ？</translation>
    </message>
    <message numerus="yes">
        <source>%n 秒后将返回首页，并清除本次查看和填写的内容。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %n seKünd-ün daraγ_a terigün nigur-tu bučaǰu, ene udaγ_a-yin üǰegsen ba bičigsen ǰüil-i arilγan_a.</translatorcomment>
        <translation>
            <numerusform>%n ᠰᠡᠺᠦᠨᠳ&#x202f;ᠦᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ&#x202f;ᠲᠤ ᠪᠤᠴᠠᠵᠤ᠂ ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠦᠵᠡᠭᠰᠡᠨ ᠪᠠ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠵᠦᠢᠯ&#x202f;ᠢ ᠠᠷᠢᠯᠭᠠᠨ᠎ᠠ᠃</numerusform>
            <numerusform>%n ᠰᠡᠺᠦᠨᠳ&#x202f;ᠦᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ&#x202f;ᠲᠤ ᠪᠤᠴᠠᠵᠤ᠂ ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠦᠵᠡᠭᠰᠡᠨ ᠪᠠ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠵᠦᠢᠯ&#x202f;ᠢ ᠠᠷᠢᠯᠭᠠᠨ᠎ᠠ᠃</numerusform>
        </translation>
    </message>
    <message>
        <source>继续办理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ürgülǰilen bariqu</translatorcomment>
        <translation>ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠪᠠᠷᠢᠬᠤ</translation>
    </message>
    <message>
        <source>结束，返回首页</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daγusqaγad terigün nigur-tu bučaqu</translatorcomment>
        <translation>ᠳᠠᠭᠤᠰᠬᠠᠭᠠᠳ ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ&#x202f;ᠲᠤ ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>请选择办事部门</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg bariqu salburi-ban sonγuγarai</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ ᠰᠠᠯᠪᠤᠷᠢ&#x202f;ᠪᠠᠨ ᠰᠣᠨᠭᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message numerus="yes">
        <source>%n 个事项</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %n kereg</translatorcomment>
        <translation>
            <numerusform>%n ᠬᠡᠷᠡᠭ</numerusform>
            <numerusform>%n ᠬᠡᠷᠡᠭ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <source>确定</source>
        <translation type="unfinished">ᠪᠠᠲᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished">ᠤᠰᠲᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>清空</source>
        <translation type="unfinished">ᠴᠡᠪᠡᠷᠯᠡᠬᠦ</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>%1（必填）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1 (ǰabal bičikü)</translatorcomment>
        <translation>%1 (ᠵᠠᠪᠠᠯ ᠪᠢᠴᠢᠬᠦ)</translation>
    </message>
    <message>
        <source>读自身份证</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-eče uŋsiγsan</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠡᠴᠡ ᠤᠩᠰᠢᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <source>点这里填写</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ende daruǰu bičikü</translatorcomment>
        <translation>ᠡᠨᠳᠡ ᠳᠠᠷᠤᠵᠤ ᠪᠢᠴᠢᠬᠦ</translation>
    </message>
    <message>
        <source>用数字键输入年、月、日，例如 19650308 会显示为 1965-03-08</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: toγan tobči-ber on, sar_a, edür-i oruγulun_a, ǰisiyelebel 19650308 gebel 1965-03-08 bolǰu γarun_a</translatorcomment>
        <translation>ᠲᠣᠭᠠᠨ ᠲᠣᠪᠴᠢ&#x202f;ᠪᠡᠷ ᠣᠨ᠂ ᠰᠠᠷ᠎ᠠ᠂ ᠡᠳᠦᠷ&#x202f;ᠢ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ᠂ ᠵᠢᠰᠢᠶᠡᠯᠡᠪᠡᠯ 19650308 ᠭᠡᠪᠡᠯ 1965&#x202f;03&#x202f;08 ᠪᠣᠯᠵᠤ ᠭᠠᠷᠤᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>是（再点一下取消）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tiyim (dakin nige daruqu-du bolilγan_a)</translatorcomment>
        <translation>ᠲᠢᠶᠢᠮ (ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠳᠠᠷᠤᠬᠤ&#x202f;ᠳᠤ ᠪᠣᠯᠢᠯᠭᠠᠨ᠎ᠠ)</translation>
    </message>
    <message>
        <source>否（点一下选“是”）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ügei (nige daruqu-du &quot;tiyim&quot; bolun_a)</translatorcomment>
        <translation>ᠦᠭᠡᠢ (ᠨᠢᠭᠡ ᠳᠠᠷᠤᠬᠤ&#x202f;ᠳᠤ &quot;ᠲᠢᠶᠢᠮ&quot; ᠪᠣᠯᠤᠨ᠎ᠠ)</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>请输入8位数字：年4位、月2位、日2位</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 8 orun-u toγ_a oruγulγarai: on 4, sar_a 2, edür 2 orun</translatorcomment>
        <translation>8 ᠣᠷᠤᠨ&#x202f;ᠤ ᠲᠣᠭ᠎ᠠ ᠣᠷᠤᠭᠤᠯᠭᠠᠷᠠᠢ᠄ ᠣᠨ 4᠂ ᠰᠠᠷ᠎ᠠ 2᠂ ᠡᠳᠦᠷ 2 ᠣᠷᠤᠨ</translation>
    </message>
    <message>
        <source>完成</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daγusqaqu</translatorcomment>
        <translation>ᠳᠠᠭᠤᠰᠬᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>原件</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰinqini</translatorcomment>
        <translation>ᠵᠢᠨᠬᠢᠨᠢ</translation>
    </message>
    <message>
        <source>复印件</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qaγulbur</translatorcomment>
        <translation>ᠬᠠᠭᠤᠯᠪᠤᠷ</translation>
    </message>
    <message>
        <source>原件及复印件</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰinqini ba qaγulbur</translatorcomment>
        <translation>ᠵᠢᠨᠬᠢᠨᠢ ᠪᠠ ᠬᠠᠭᠤᠯᠪᠤᠷ</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čakim gereči</translatorcomment>
        <translation>ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ</translation>
    </message>
    <message>
        <source>参照办事指南：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg bariqu ǰiγaburi-yi lablaγsan: %1</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ ᠵᠢᠭᠠᠪᠤᠷᠢ&#x202f;ᠶᠢ ᠯᠠᠪᠯᠠᠭᠰᠠᠨ᠄ %1</translation>
    </message>
    <message>
        <source>《%1》</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 《%1》</translatorcomment>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>第%1条</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: , ǰüil %1</translatorcomment>
        <translation>᠂ ᠵᠦᠢᠯ %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: (%1)</translatorcomment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>已经实施部门确认</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereglegči salburi batalaba</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ ᠰᠠᠯᠪᠤᠷᠢ ᠪᠠᠲᠠᠯᠠᠪᠠ</translation>
    </message>
    <message>
        <source>已对照法规及办事指南核对，待部门确认</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qauli dürim ba kereg bariqu ǰiγaburi-tai tulγaba, salburi-yin batalaqu-yi küliyeǰü bui</translatorcomment>
        <translation>ᠬᠠᠤᠯᠢ ᠳᠦᠷᠢᠮ ᠪᠠ ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ ᠵᠢᠭᠠᠪᠤᠷᠢ&#x202f;ᠲᠠᠢ ᠲᠤᠯᠭᠠᠪᠠ᠂ ᠰᠠᠯᠪᠤᠷᠢ&#x202f;ᠶᠢᠨ ᠪᠠᠲᠠᠯᠠᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>初稿，尚未核对</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: anqan-u noγurγ_a, edüi tulγaγ_a ügei</translatorcomment>
        <translation>ᠠᠨᠬᠠᠨ&#x202f;ᠤ ᠨᠣᠭᠤᠷᠭ᠎ᠠ᠂ ᠡᠳᠦᠢ ᠲᠤᠯᠭᠠᠭ᠎ᠠ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>行政许可</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰasaγ ǰaqirγ_a-yin ǰöbsiyerel</translatorcomment>
        <translation>ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ</translation>
    </message>
    <message>
        <source>行政给付</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰasaγ ǰaqirγ_a-yin tölbüri olγoburi</translatorcomment>
        <translation>ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠲᠥᠯᠪᠦᠷᠢ ᠣᠯᠭᠣᠪᠤᠷᠢ</translation>
    </message>
    <message>
        <source>行政确认</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰasaγ ǰaqirγ_a-yin batalγan</translatorcomment>
        <translation>ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠪᠠᠲᠠᠯᠭᠠᠨ</translation>
    </message>
    <message>
        <source>审核转报</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kinaǰu daγamǰilan ilegekü</translatorcomment>
        <translation>ᠬᠢᠨᠠᠵᠤ ᠳᠠᠭᠠᠮᠵᠢᠯᠠᠨ ᠢᠯᠡᠭᠡᠬᠦ</translation>
    </message>
    <message>
        <source>公共服务</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: olan neyite-yin üilečilege</translatorcomment>
        <translation>ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ</translation>
    </message>
    <message>
        <source>即办</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: darui bariqu</translatorcomment>
        <translation>ᠳᠠᠷᠤᠢ ᠪᠠᠷᠢᠬᠤ</translation>
    </message>
    <message numerus="yes">
        <source>%n 个工作日</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %n aǰil-un edür</translatorcomment>
        <translation>
            <numerusform>%n ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠡᠳᠦᠷ</numerusform>
            <numerusform>%n ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠡᠳᠦᠷ</numerusform>
        </translation>
    </message>
    <message>
        <source>嘎查村便民服务点</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: γačaγ_a-yin irgen-dü tusalaqu üilečilege-yin čeg</translatorcomment>
        <translation>ᠭᠠᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠢᠷᠭᠡᠨ&#x202f;ᠳᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠴᠡᠭ</translation>
    </message>
    <message>
        <source>苏木乡镇便民服务中心</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: sumu bayiši-yin irgen-dü tusalaqu üilečilege-yin töb</translatorcomment>
        <translation>ᠰᠤᠮᠤ ᠪᠠᠶᠢᠱᠢ&#x202f;ᠶᠢᠨ ᠢᠷᠭᠡᠨ&#x202f;ᠳᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ</translation>
    </message>
    <message>
        <source>旗政务服务中心</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qosiγu-yin ǰasaγ-un alban-u üilečilege-yin töb</translatorcomment>
        <translation>ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>%1 · %2 · 事项编码 %3%4</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1 · %2 · kereg-ün kod %3%4</translatorcomment>
        <translation>%1 · %2 · ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠬᠣᠳ %3%4</translation>
    </message>
    <message>
        <source>（示例）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: (ǰišiy_e)</translatorcomment>
        <translation>(ᠵᠢᠱᠢᠶ᠎ᠡ)</translation>
    </message>
    <message>
        <source>本指南尚未经实施部门确认，以窗口解释为准</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene ǰiγaburi-yi salburi batalaγ_a ügei, čoŋqu-yin tayilburi-yi barimǰiy_a bolγan_a</translatorcomment>
        <translation>ᠡᠨᠡ ᠵᠢᠭᠠᠪᠤᠷᠢ&#x202f;ᠶᠢ ᠰᠠᠯᠪᠤᠷᠢ ᠪᠠᠲᠠᠯᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠴᠣᠩᠬᠤ&#x202f;ᠶᠢᠨ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ&#x202f;ᠶᠢ ᠪᠠᠷᠢᠮᠵᠢᠶ᠎ᠠ ᠪᠣᠯᠭᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>✓ 本服务点可以办理此事项</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ ene kereg-i ene čeg-tü bariǰu bolon_a</translatorcomment>
        <translation>✓ ᠡᠨᠡ ᠬᠡᠷᠡᠭ&#x202f;ᠢ ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠪᠠᠷᠢᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>本服务点不办理此事项，最近的办理地点：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čeg-tü ene kereg-i bariqu ügei. qamuγ-un oyir_a bariqu γaǰar: %1</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠡᠨᠡ ᠬᠡᠷᠡᠭ&#x202f;ᠢ ᠪᠠᠷᠢᠬᠤ ᠦᠭᠡᠢ᠃ ᠬᠠᠮᠤᠭ&#x202f;ᠤᠨ ᠣᠶᠢᠷ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠭᠠᠵᠠᠷ᠄ %1</translation>
    </message>
    <message>
        <source>本服务点不办理此事项，请到下方“办理地点”所列地点办理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čeg-tü ene kereg-i bariqu ügei. douraki bariqu γaǰar-un ǰiγsaγalta-daki γaǰar-a očiǰu barigarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠡᠨᠡ ᠬᠡᠷᠡᠭ&#x202f;ᠢ ᠪᠠᠷᠢᠬᠤ ᠦᠭᠡᠢ᠃ ᠳᠣᠤᠷᠠᠬᠢ ᠪᠠᠷᠢᠬᠤ ᠭᠠᠵᠠᠷ&#x202f;ᠤᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ&#x202f;ᠳᠠᠬᠢ ᠭᠠᠵᠠᠷ&#x202f;ᠠ ᠣᠴᠢᠵᠤ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>受理条件</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abqu bolǰal</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠪᠣᠯᠵᠠᠯ</translation>
    </message>
    <message>
        <source>以下条件尚待部门确认，仅供参考，以窗口解释为准：</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: douraki bolǰal-i salburi batalaγ_a ügei, ǰöbken lablaγ_a bolγan_a, čoŋqu-yin tayilburi-yi barimǰiy_a bolγan_a:</translatorcomment>
        <translation>ᠳᠣᠤᠷᠠᠬᠢ ᠪᠣᠯᠵᠠᠯ&#x202f;ᠢ ᠰᠠᠯᠪᠤᠷᠢ ᠪᠠᠲᠠᠯᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠵᠥᠪᠬᠡᠨ ᠯᠠᠪᠯᠠᠭ᠎ᠠ ᠪᠣᠯᠭᠠᠨ᠎ᠠ᠂ ᠴᠣᠩᠬᠤ&#x202f;ᠶᠢᠨ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ&#x202f;ᠶᠢ ᠪᠠᠷᠢᠮᠵᠢᠶ᠎ᠠ ᠪᠣᠯᠭᠠᠨ᠎ᠠ᠄</translation>
    </message>
    <message>
        <source>申请材料（请对照勾选）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ayiladqal-un barimta (tulγaǰu temdeglegerei)</translatorcomment>
        <translation>ᠠᠶᠢᠯᠠᠳᠬᠠᠯ&#x202f;ᠤᠨ ᠪᠠᠷᠢᠮᠲᠠ (ᠲᠤᠯᠭᠠᠵᠤ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠡᠷᠡᠢ)</translation>
    </message>
    <message>
        <source>无需提交材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: barimta tušiyaqu kereg ügei</translatorcomment>
        <translation>ᠪᠠᠷᠢᠮᠲᠠ ᠲᠤᠱᠢᠶᠠᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>办理流程</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariqu ǰiǰig</translatorcomment>
        <translation>ᠪᠠᠷᠢᠬᠤ ᠵᠢᠵᠢᠭ</translation>
    </message>
    <message>
        <source>时限与收费</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: quγučaγ_a ba tölbüri</translatorcomment>
        <translation>ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠪᠠ ᠲᠥᠯᠪᠦᠷᠢ</translation>
    </message>
    <message>
        <source>法定办结时限：%1
承诺办结时限：%2
到现场次数：%3 次
收费：%4
网上办理深度：%5 级</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qauli-yin quγučaγ_a: %1
amalaγsan quγučaγ_a: %2
γaǰar-a irekü udaγ_a: %3
tölbüri: %4
sülǰiy_e-ber bariqu gün: %5</translatorcomment>
        <translation>ᠬᠠᠤᠯᠢ&#x202f;ᠶᠢᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ᠄ %1
ᠠᠮᠠᠯᠠᠭᠰᠠᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ᠄ %2
ᠭᠠᠵᠠᠷ&#x202f;ᠠ ᠢᠷᠡᠬᠦ ᠤᠳᠠᠭ᠎ᠠ᠄ %3
ᠲᠥᠯᠪᠦᠷᠢ᠄ %4
ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠪᠡᠷ ᠪᠠᠷᠢᠬᠤ ᠭᠦᠨ᠄ %5</translation>
    </message>
    <message>
        <source>设定依据</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qauli-yin ündüsülel</translatorcomment>
        <translation>ᠬᠠᠤᠯᠢ&#x202f;ᠶᠢᠨ ᠦᠨᠳᠦᠰᠦᠯᠡᠯ</translation>
    </message>
    <message>
        <source>信息来源与审核</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: medege-yin γarulγ_a ba šalγaburi</translatorcomment>
        <translation>ᠮᠡᠳᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠭᠠᠷᠤᠯᠭ᠎ᠠ ᠪᠠ ᠱᠠᠯᠭᠠᠪᠤᠷᠢ</translation>
    </message>
    <message>
        <source>注意事项</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: anqaruγai</translatorcomment>
        <translation>ᠠᠨᠬᠠᠷᠤᠭᠠᠢ</translation>
    </message>
    <message>
        <source>办理地点</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariqu γaǰar</translatorcomment>
        <translation>ᠪᠠᠷᠢᠬᠤ ᠭᠠᠵᠠᠷ</translation>
    </message>
    <message>
        <source>可受理层级：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abqu ǰerge: %1</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠵᠡᠷᠭᠡ᠄ %1</translation>
    </message>
    <message>
        <source>本机暂时不能在线申请：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene masin-du odo sülǰiy_e-ber ayiladqaǰu bolqu ügei: %1</translatorcomment>
        <translation>ᠡᠨᠡ ᠮᠠᠰᠢᠨ&#x202f;ᠳᠤ ᠣᠳᠣ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠪᠡᠷ ᠠᠶᠢᠯᠠᠳᠬᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠄ %1</translation>
    </message>
    <message>
        <source>您可以生成告知书，带上材料到窗口办理，或请工作人员帮助。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ta medegdel bičig γarγaǰu barimta-ban abun čoŋqu-du očiǰu bariǰu bolon_a, esekü-le aǰiltan-ača tusalamǰi γuyun_a uu.</translatorcomment>
        <translation>ᠲᠠ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠪᠢᠴᠢᠭ ᠭᠠᠷᠭᠠᠵᠤ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠠᠪᠤᠨ ᠴᠣᠩᠬᠤ&#x202f;ᠳᠤ ᠣᠴᠢᠵᠤ ᠪᠠᠷᠢᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠠᠴᠠ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠨ᠎ᠠ ᠤᠤ᠃</translation>
    </message>
    <message>
        <source>代办申请：为群众在线申请</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: orulan bariqu: irgen-ü tula sülǰiy_e-ber ayiladqaqu</translatorcomment>
        <translation>ᠣᠷᠤᠯᠠᠨ ᠪᠠᠷᠢᠬᠤ᠄ ᠢᠷᠭᠡᠨ&#x202f;ᠦ ᠲᠤᠯᠠ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠪᠡᠷ ᠠᠶᠢᠯᠠᠳᠬᠠᠬᠤ</translation>
    </message>
    <message>
        <source>我要办 · 在线申请</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg bariy_a: sülǰiy_e-ber ayiladqaqu</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠶ᠎ᠠ᠄ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠪᠡᠷ ᠠᠶᠢᠯᠠᠳᠬᠠᠬᠤ</translation>
    </message>
    <message>
        <source>预约办理（选时间到窗口办）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaǰu bariqu</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠵᠤ ᠪᠠᠷᠢᠬᠤ</translation>
    </message>
    <message>
        <source>生成一次性告知书（PDF），带走材料清单</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nige udaγ_a-yin medegdel bičig ({PDF})</translatorcomment>
        <translation>ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠪᠢᠴᠢᠭ (PDF)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>您好！欢迎使用“就近办”政务服务自助终端</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: sayin bayin_a uu! ǰasaγ-un alban-u öber-iyen üilečilekü masin-du küliyen abuy_a</translatorcomment>
        <translation>ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ! ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠬᠦ ᠮᠠᠰᠢᠨ&#x202f;ᠳᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠶ᠎ᠠ</translation>
    </message>
    <message>
        <source>请点击下面的大按钮。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: baraγun eteged-ün tom_a tobčiγur-i daruγarai.</translatorcomment>
        <translation>ᠪᠠᠷᠠᠭᠤᠨ ᠡᠲᠡᠭᠡᠳ&#x202f;ᠦᠨ ᠲᠣᠮ᠎ᠠ ᠲᠣᠪᠴᠢᠭᠤᠷ&#x202f;ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>本机尚未导入事项目录，请联系工作人员。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene masin-du kereg-ün ǰiγsaγalta oruγulaγ_a ügei, aǰiltan-du qandun_a uu.</translatorcomment>
        <translation>ᠡᠨᠡ ᠮᠠᠰᠢᠨ&#x202f;ᠳᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠣᠷᠤᠭᠤᠯᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠨᠳᠤᠨ᠎ᠠ ᠤᠤ᠃</translation>
    </message>
    <message>
        <source>办事指南</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg bariqu ǰiγaburi</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ ᠵᠢᠭᠠᠪᠤᠷᠢ</translation>
    </message>
    <message>
        <source>按部门查看能办的事项、要带的材料和办理流程</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: salburi-bar bariǰu bolqu kereg, abču irekü barimta, bariqu ǰiǰig-i üǰekü</translatorcomment>
        <translation>ᠰᠠᠯᠪᠤᠷᠢ&#x202f;ᠪᠠᠷ ᠪᠠᠷᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠬᠡᠷᠡᠭ᠂ ᠠᠪᠴᠤ ᠢᠷᠡᠬᠦ ᠪᠠᠷᠢᠮᠲᠠ᠂ ᠪᠠᠷᠢᠬᠤ ᠵᠢᠵᠢᠭ&#x202f;ᠢ ᠦᠵᠡᠬᠦ</translation>
    </message>
    <message>
        <source>我要办</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg bariy_a</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠶ᠎ᠠ</translation>
    </message>
    <message>
        <source>选好事项，在本机填表、交材料，不用跑窗口</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg-iyen sonγuγad ene masin-du qaγudasu bögeleǰü barimta-ban tušiyan_a, čoŋqu-du očiqu kereg ügei</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ&#x202f;ᠢᠶᠡᠨ ᠰᠣᠨᠭᠤᠭᠠᠳ ᠡᠨᠡ ᠮᠠᠰᠢᠨ&#x202f;ᠳᠤ ᠬᠠᠭᠤᠳᠠᠰᠤ ᠪᠥᠭᠡᠯᠡᠵᠦ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠲᠤᠱᠢᠶᠠᠨ᠎ᠠ᠂ ᠴᠣᠩᠬᠤ&#x202f;ᠳᠤ ᠣᠴᠢᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>查找事项</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg qayiqu</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ ᠬᠠᠶᠢᠬᠤ</translation>
    </message>
    <message>
        <source>输入汉字、拼音或首字母，如“养老”、yanglao、ylbx</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kitad üsüg, {pinyin} esekü-le terigün üsüg-i oruγulun_a: {养老}, {yanglao}, {ylbx}</translatorcomment>
        <translation>ᠬᠢᠲᠠᠳ ᠦᠰᠦᠭ᠂ pinyin ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠲᠡᠷᠢᠭᠦᠨ ᠦᠰᠦᠭ&#x202f;ᠢ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ᠄ 养老᠂ yanglao᠂ ylbx</translation>
    </message>
    <message>
        <source>预约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaqu</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>选好日子和时间，到窗口不用排队</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: edür čaγ-iyan sonγubal čoŋqu-du ǰergelekü ügei</translatorcomment>
        <translation>ᠡᠳᠦᠷ ᠴᠠᠭ&#x202f;ᠢᠶᠠᠨ ᠰᠣᠨᠭᠤᠪᠠᠯ ᠴᠣᠩᠬᠤ&#x202f;ᠳᠤ ᠵᠡᠷᠭᠡᠯᠡᠬᠦ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>查进度</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: yabuča üǰekü</translatorcomment>
        <translation>ᠶᠠᠪᠤᠴᠠ ᠦᠵᠡᠬᠦ</translation>
    </message>
    <message>
        <source>输入受理编号或预约号，或扫回执上的二维码；可取消、改约预约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abuγsan dugaar buyu čaγ toγtaγaγsan dugaar-i oruγulqu, esekü-le barimta deger_e-ki {QR} kod-i ungšiγulqu. čaγ toγtaγaγsan-i bolilγaǰu ba ögeričilen bolon_a</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠪᠤᠶᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢ ᠣᠷᠤᠭᠤᠯᠬᠤ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠪᠠᠷᠢᠮᠲᠠ ᠳᠡᠭᠡᠷ᠎ᠡ&#x202f;ᠬᠢ QR ᠬᠣᠳ&#x202f;ᠢ ᠤᠨᠭᠱᠢᠭᠤᠯᠬᠤ᠃ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ&#x202f;ᠢ ᠪᠣᠯᠢᠯᠭᠠᠵᠤ ᠪᠠ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠨ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>评价</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ünelekü</translatorcomment>
        <translation>ᠦᠨᠡᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>对办过的事说说满意不满意</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγsan kereg-iyen sedkil qanuγsan esekü-ben kelen_e üü</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠰᠠᠨ ᠬᠡᠷᠡᠭ&#x202f;ᠢᠶᠡᠨ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ ᠡᠰᠡᠬᠦ&#x202f;ᠪᠡᠨ ᠬᠡᠯᠡᠨ᠎ᠡ ᠦᠦ</translation>
    </message>
    <message>
        <source>社保、医保、民政、卫健、残联、公安、市场监管等常办事项，在家门口就能办。请点击下面的大按钮。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: neyigem-ün daγatqal, emnelge-yin daγatqal, irgen-ü kereg, ariγun bayidal, qaγaγai boγoni, olan neyite-yin amur tübsin, ǰaq_a ǰegeli-yin qinaqu ǰerge bayinγ_a bariqu kereg-i ger-ün dergede bariǰu bolon_a. douraki tom_a tobčiγur-i daruγarai.</translatorcomment>
        <translation>ᠨᠡᠶᠢᠭᠡᠮ&#x202f;ᠦᠨ ᠳᠠᠭᠠᠲᠬᠠᠯ᠂ ᠡᠮᠨᠡᠯᠭᠡ&#x202f;ᠶᠢᠨ ᠳᠠᠭᠠᠲᠬᠠᠯ᠂ ᠢᠷᠭᠡᠨ&#x202f;ᠦ ᠬᠡᠷᠡᠭ᠂ ᠠᠷᠢᠭᠤᠨ ᠪᠠᠶᠢᠳᠠᠯ᠂ ᠬᠠᠭᠠᠭᠠᠢ ᠪᠣᠭᠣᠨᠢ᠂ ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ&#x202f;ᠶᠢᠨ ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ᠂ ᠵᠠᠬ᠎ᠠ ᠵᠡᠭᠡᠯᠢ&#x202f;ᠶᠢᠨ ᠬᠢᠨᠠᠬᠤ ᠵᠡᠷᠭᠡ ᠪᠠᠶᠢᠨᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠢ ᠭᠡᠷ&#x202f;ᠦᠨ ᠳᠡᠷᠭᠡᠳᠡ ᠪᠠᠷᠢᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃ ᠳᠣᠤᠷᠠᠬᠢ ᠲᠣᠮ᠎ᠠ ᠲᠣᠪᠴᠢᠭᠤᠷ&#x202f;ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aǰiltan</translatorcomment>
        <translation>ᠠᠵᠢᠯᠲᠠᠨ</translation>
    </message>
    <message>
        <source>您好！</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: sayin bayin_a uu!</translatorcomment>
        <translation>ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ!</translation>
    </message>
</context>
<context>
    <name>ItemListPage</name>
    <message>
        <source>✓ 本服务点可办</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ ene čeg-tü bariǰu bolon_a</translatorcomment>
        <translation>✓ ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠪᠠᠷᠢᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
</context>
<context>
    <name>ItemRowDelegate</name>
    <message>
        <source>✓ 本服务点可办</source>
        <translation type="unfinished">✓ ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠪᠠᠷᠢᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>听</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>朗读本页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>就近办 · 政务服务自助终端</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: oyir_a bariqu · ǰasaγ-un alban-u öber-iyen üilečilekü masin</translatorcomment>
        <translation>ᠣᠶᠢᠷ᠎ᠠ ᠪᠠᠷᠢᠬᠤ · ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠬᠦ ᠮᠠᠰᠢᠨ</translation>
    </message>
</context>
<context>
    <name>MaterialChoiceCard</name>
    <message numerus="yes">
        <source>✓ 已上传%n张</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ %n ǰiruγ yabuγulbai</translatorcomment>
        <translation>
            <numerusform>✓ %n ᠵᠢᠷᠤᠭ ᠶᠠᠪᠤᠭᠤᠯᠪᠠᠢ</numerusform>
            <numerusform>✓ %n ᠵᠢᠷᠤᠭ ᠶᠠᠪᠤᠭᠤᠯᠪᠠᠢ</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ 已扫电子证照</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ čakim gereči uŋsiγulbai</translatorcomment>
        <translation>✓ ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ ᠤᠩᠰᠢᠭᠤᠯᠪᠠᠢ</translation>
    </message>
    <message>
        <source>✓ 容缺后补：先受理，之后再补交这份材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ dutaγu-bar küliyen abqu: urid küliyen abuγad ene barimta-yi qoyin_a nöküǰü tušiyan_a</translatorcomment>
        <translation>✓ ᠳᠤᠲᠠᠭᠤ&#x202f;ᠪᠠᠷ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ᠄ ᠤᠷᠢᠳ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠠᠳ ᠡᠨᠡ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠬᠣᠶᠢᠨ᠎ᠠ ᠨᠥᠬᠦᠵᠦ ᠲᠤᠱᠢᠶᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>✓ 已作告知承诺，不用提交这份材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ medegdeǰü amalaba, ene barimta-yi tušiyaqu kereg ügei</translatorcomment>
        <translation>✓ ᠮᠡᠳᠡᠭᠳᠡᠵᠦ ᠠᠮᠠᠯᠠᠪᠠ᠂ ᠡᠨᠡ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠲᠤᠱᠢᠶᠠᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>还没有提供</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: edüi tušiyaγ_a ügei</translatorcomment>
        <translation>ᠡᠳᠦᠢ ᠲᠤᠱᠢᠶᠠᠭ᠎ᠠ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>还没有提供（如与您无关可以不提供）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: edüi tušiyaγ_a ügei (tan-du qamaγ-a ügei bol tušiyaqu ügei ǰu bolon_a)</translatorcomment>
        <translation>ᠡᠳᠦᠢ ᠲᠤᠱᠢᠶᠠᠭ᠎ᠠ ᠦᠭᠡᠢ (ᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠮᠠᠭ&#x202f;ᠠ ᠦᠭᠡᠢ ᠪᠣᠯ ᠲᠤᠱᠢᠶᠠᠬᠤ ᠦᠭᠡᠢ ᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ)</translation>
    </message>
    <message>
        <source>必需</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰabal kereglegdekü</translatorcomment>
        <translation>ᠵᠠᠪᠠᠯ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠬᠦ</translation>
    </message>
    <message>
        <source>非必需</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰabal bisi</translatorcomment>
        <translation>ᠵᠠᠪᠠᠯ ᠪᠢᠰᠢ</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čakim gereči</translatorcomment>
        <translation>ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ</translation>
    </message>
    <message>
        <source>请把电子证照二维码对准扫码口</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čakim gereči-yin qoyar kemǰiy_e-tü Kod-i uŋsiγulqu aman-du čiγlegülgerei</translatorcomment>
        <translation>ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶ᠎ᠡ&#x202f;ᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠤᠩᠰᠢᠭᠤᠯᠬᠤ ᠠᠮᠠᠨ&#x202f;ᠳᠤ ᠴᠢᠭᠯᠡᠭᠦᠯᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>不扫了</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: uŋsiγulqu ügei</translatorcomment>
        <translation>ᠤᠩᠰᠢᠭᠤᠯᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>本人承诺：本人符合“%1”所证明的条件，暂不提交这份材料。所作承诺真实有效，如有不实，愿意承担相应法律责任，并接受撤销办理结果等处理。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bi amalaǰu bayin_a: bi &quot;%1&quot;-un gerečilekü bolǰal-du tokiroγdaǰu bayin_a, ene barimta-yi tür tušiyaqu ügei. minu amalalta ünen bolon kücün-tei, ünen ügei bol qauli-yin qariγučalγ_a-yi ünüǰü, bariγsan ür_e dün-i bolilγaqu ǰerge šiidbüri-yi küliyen abun_a.</translatorcomment>
        <translation>ᠪᠢ ᠠᠮᠠᠯᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠄ ᠪᠢ &quot;%1&quot;&#x202f;ᠤᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ ᠪᠣᠯᠵᠠᠯ&#x202f;ᠳᠤ ᠲᠣᠬᠢᠷᠣᠭᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠡᠨᠡ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠲᠦᠷ ᠲᠤᠱᠢᠶᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠮᠢᠨᠤ ᠠᠮᠠᠯᠠᠯᠲᠠ ᠦᠨᠡᠨ ᠪᠣᠯᠣᠨ ᠬᠦᠼᠦᠨ&#x202f;ᠲᠡᠢ᠂ ᠦᠨᠡᠨ ᠦᠭᠡᠢ ᠪᠣᠯ ᠬᠠᠤᠯᠢ&#x202f;ᠶᠢᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠯᠭ᠎ᠠ&#x202f;ᠶᠢ ᠦᠨᠦᠵᠦ᠂ ᠪᠠᠷᠢᠭᠰᠠᠨ ᠦᠷ᠎ᠡ ᠳᠦᠨ&#x202f;ᠢ ᠪᠣᠯᠢᠯᠭᠠᠬᠤ ᠵᠡᠷᠭᠡ ᠱᠢᠢᠳᠪᠦᠷᠢ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>我承诺</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bi amalan_a</translatorcomment>
        <translation>ᠪᠢ ᠠᠮᠠᠯᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>不承诺</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: amalaqu ügei</translatorcomment>
        <translation>ᠠᠮᠠᠯᠠᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>再拍一张</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: dakin nige tataqu</translatorcomment>
        <translation>ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠲᠠᠲᠠᠬᠤ</translation>
    </message>
    <message>
        <source>拍照上传</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰiruγ tataǰu yabuγulqu</translatorcomment>
        <translation>ᠵᠢᠷᠤᠭ ᠲᠠᠲᠠᠵᠤ ᠶᠠᠪᠤᠭᠤᠯᠬᠤ</translation>
    </message>
    <message>
        <source>扫电子证照</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čakim gereči uŋsiγulqu</translatorcomment>
        <translation>ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ ᠤᠩᠰᠢᠭᠤᠯᠬᠤ</translation>
    </message>
    <message>
        <source>容缺后补</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: dutaγu-bar küliyen abqu</translatorcomment>
        <translation>ᠳᠤᠲᠠᠭᠤ&#x202f;ᠪᠠᠷ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ</translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: medegdeǰü amalaqu</translatorcomment>
        <translation>ᠮᠡᠳᠡᠭᠳᠡᠵᠦ ᠠᠮᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>撤销选择</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: songγoγsan-i bolilγaqu</translatorcomment>
        <translation>ᠰᠣᠨᠭᠭᠣᠭᠰᠠᠨ&#x202f;ᠢ ᠪᠣᠯᠢᠯᠭᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>MaterialDelegate</name>
    <message>
        <source>%1 %2 份</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1 %2 qubi</translatorcomment>
        <translation>%1 %2 ᠬᠤᠪᠢ</translation>
    </message>
    <message>
        <source>非必要</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰabal bisi</translatorcomment>
        <translation>ᠵᠠᠪᠠᠯ ᠪᠢᠰᠢ</translation>
    </message>
    <message>
        <source>需本人签字</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: öber-iyen γar-un üsüg ǰiruqu kereg-tei</translatorcomment>
        <translation>ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠭᠠᠷ&#x202f;ᠤᠨ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</translation>
    </message>
    <message>
        <source>可容缺后补</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: dutaγu-bar küliyen abču bolon_a</translatorcomment>
        <translation>ᠳᠤᠲᠠᠭᠤ&#x202f;ᠪᠠᠷ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>可告知承诺代替</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: medegdeǰü amalaqu-bar orolaγulǰu bolon_a</translatorcomment>
        <translation>ᠮᠡᠳᠡᠭᠳᠡᠵᠦ ᠠᠮᠠᠯᠠᠬᠤ&#x202f;ᠪᠠᠷ ᠣᠷᠣᠯᠠᠭᠤᠯᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>✓ 一次性告知书已生成</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ nige udaγ_a-yin medegdel bičig üiledügdebe</translatorcomment>
        <translation>✓ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠪᠢᠴᠢᠭ ᠦᠢᠯᠡᠳᠦᠭᠳᠡᠪᠡ</translation>
    </message>
    <message>
        <source>《%1》一次性告知书列明了全部申请材料、办理流程、时限和办理地点。工作人员可为您打印；窗口不会要求告知书以外的材料。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 《%1》 kereg-ün nige udaγ_a-yin medegdel bičig-tü ayiladqal-un barimta, bariqu ǰiǰig, bolǰoγ_a ba bariqu γaǰar-i bügüde-yi ǰiγaǰai. aǰiltan tan-du darumallaǰu ögčü bolon_a; čoŋqu medegdel bičig-eče γadanaki barimta-yi šaγardaqu ügei.</translatorcomment>
        <translation>《%1》 ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠪᠢᠴᠢᠭ&#x202f;ᠲᠦ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ&#x202f;ᠤᠨ ᠪᠠᠷᠢᠮᠲᠠ᠂ ᠪᠠᠷᠢᠬᠤ ᠵᠢᠵᠢᠭ᠂ ᠪᠣᠯᠵᠣᠭ᠎ᠠ ᠪᠠ ᠪᠠᠷᠢᠬᠤ ᠭᠠᠵᠠᠷ&#x202f;ᠢ ᠪᠦᠭᠦᠳᠡ&#x202f;ᠶᠢ ᠵᠢᠭᠠᠵᠠᠢ᠃ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠨ&#x202f;ᠳᠤ ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠵᠤ ᠥᠭᠴᠦ ᠪᠣᠯᠣᠨ᠎ᠠ; ᠴᠣᠩᠬᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠪᠢᠴᠢᠭ&#x202f;ᠡᠴᠡ ᠭᠠᠳᠠᠨᠠᠬᠢ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠱᠠᠭᠠᠷᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qadaγalaγsan γaǰar: %1</translatorcomment>
        <translation>ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ ᠭᠠᠵᠠᠷ᠄ %1</translation>
    </message>
    <message>
        <source>完成，返回首页</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daγusqaγad terigün nigur-tu bučaqu</translatorcomment>
        <translation>ᠳᠠᠭᠤᠰᠬᠠᠭᠠᠳ ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ&#x202f;ᠲᠤ ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>PinyinKeyboard</name>
    <message>
        <source>空格</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰai</translatorcomment>
        <translation>ᠵᠠᠢ</translation>
    </message>
    <message>
        <source>删除</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ustγaqu</translatorcomment>
        <translation>ᠤᠰᠲᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>清空</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čeberlekü</translatorcomment>
        <translation>ᠴᠡᠪᠡᠷᠯᠡᠬᠦ</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>非常满意</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: masi sedkil qanuγsan</translatorcomment>
        <translation>ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <source>满意</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: sedkil qanuγsan</translatorcomment>
        <translation>ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ündüsündegen sedkil qanuγsan</translatorcomment>
        <translation>ᠦᠨᠳᠦᠰᠦᠨᠳᠡᠭᠡᠨ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <source>不满意</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: sedkil qanuγsan ügei</translatorcomment>
        <translation>ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: masi sedkil qanuγsan ügei</translatorcomment>
        <translation>ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>您对这次服务满意吗？</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene udaγ_a-yin üilečilege-dü sedkil qanuγsan uu？</translatorcomment>
        <translation>ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠳᠦ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ ᠤᠤ？</translation>
    </message>
    <message>
        <source>还可以分项评价，不选也能提交：</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰüil ǰüil-iyer ünelegeǰü bolon_a, ese songγobal ču tusiyaǰu bolon_a:</translatorcomment>
        <translation>ᠵᠦᠢᠯ ᠵᠦᠢᠯ&#x202f;ᠢᠶᠡᠷ ᠦᠨᠡᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠡᠰᠡ ᠰᠣᠨᠭᠭᠣᠪᠠᠯ ᠴᠤ ᠲᠤᠰᠢᠶᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠄</translation>
    </message>
    <message>
        <source>服务效率</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: üilečilege-yin ür_e ašiγ</translatorcomment>
        <translation>ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠦᠷ᠎ᠡ ᠠᠱᠢᠭ</translation>
    </message>
    <message>
        <source>服务水平</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: üilečilege-yin tübšin</translatorcomment>
        <translation>ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠦᠪᠱᠢᠨ</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: üilečilege-yin qandulγ_a</translatorcomment>
        <translation>ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠬᠠᠨᠳᠤᠯᠭ᠎ᠠ</translation>
    </message>
    <message>
        <source>哪里不满意？可以选几项，也可以不选：</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ali ǰüil-dü sedkil qanuγsan ügei ve？ kedün ǰüil songγoǰu bolon_a, ese songγobal ču bolon_a:</translatorcomment>
        <translation>ᠠᠯᠢ ᠵᠦᠢᠯ&#x202f;ᠳᠦ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠸᠡ？ ᠬᠡᠳᠦᠨ ᠵᠦᠢᠯ ᠰᠣᠨᠭᠭᠣᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠡᠰᠡ ᠰᠣᠨᠭᠭᠣᠪᠠᠯ ᠴᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠄</translation>
    </message>
    <message>
        <source>办事等待时间长</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg bariqu-du küliyekü čaγ urtu</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ&#x202f;ᠳᠤ ᠬᠦᠯᠢᠶᠡᠬᠦ ᠴᠠᠭ ᠤᠷᠲᠤ</translation>
    </message>
    <message>
        <source>工作人员态度不好</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aǰiltan-u qandulγ_a muu</translatorcomment>
        <translation>ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠤ ᠬᠠᠨᠳᠤᠯᠭ᠎ᠠ ᠮᠤᠤ</translation>
    </message>
    <message>
        <source>材料要求不清楚</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: barimta-yin šaγardlaγ_a todorqai ügei</translatorcomment>
        <translation>ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠱᠠᠭᠠᠷᠳᠯᠠᠭ᠎ᠠ ᠲᠣᠳᠣᠷᠬᠠᠢ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>设备不好用</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tonoγ tökerömǰi kereglekü-dü amar ügei</translatorcomment>
        <translation>ᠲᠣᠨᠣᠭ ᠲᠥᠬᠡᠷᠥᠮᠵᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ&#x202f;ᠳᠦ ᠠᠮᠠᠷ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>其他</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: busu</translatorcomment>
        <translation>ᠪᠤᠰᠤ</translation>
    </message>
    <message>
        <source>评价没有保存成功，请再试一次，或告诉工作人员。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ünelel qadaγalaγdaγsan ügei. dakin nige turšiγarai, ügei bol aǰiltan-du kelegerei.</translatorcomment>
        <translation>ᠦᠨᠡᠯᠡᠯ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠲᠤᠷᠱᠢᠭᠠᠷᠠᠢ᠂ ᠦᠭᠡᠢ ᠪᠣᠯ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠡᠯᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>提交评价</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ünelel tusiyaqu</translatorcomment>
        <translation>ᠦᠨᠡᠯᠡᠯ ᠲᠤᠰᠢᠶᠠᠬᠤ</translation>
    </message>
    <message>
        <source>请先点上面的一项</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰegün eteged-ün nige-yi urid daruγarai</translatorcomment>
        <translation>ᠵᠡᠭᠦᠨ ᠡᠲᠡᠭᠡᠳ&#x202f;ᠦᠨ ᠨᠢᠭᠡ&#x202f;ᠶᠢ ᠤᠷᠢᠳ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>谢谢您的评价！</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ünelegsen-dü tan-du bayarlalaa！</translatorcomment>
        <translation>ᠦᠨᠡᠯᠡᠭᠰᠡᠨ&#x202f;ᠳᠦ ᠲᠠᠨ&#x202f;ᠳᠤ ᠪᠠᠶᠠᠷᠯᠠᠯᠠᠠ！</translation>
    </message>
    <message>
        <source>这次服务已经评价过了，谢谢！</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene udaγ_a-yin üilečilege-yi ünelečihegsen, bayarlalaa！</translatorcomment>
        <translation>ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢ ᠦᠨᠡᠯᠡᠴᠢᠾᠡᠭᠰᠡᠨ᠂ ᠪᠠᠶᠠᠷᠯᠠᠯᠠᠠ！</translation>
    </message>
    <message>
        <source>您的意见会送到主管部门，帮助我们把服务做得更好。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tan-u sanal ǰakirqu tasuγ-tu kürčü, üilečilege-yi ulam sayiǰiraγulqu-du tusalan_a.</translatorcomment>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠰᠠᠨᠠᠯ ᠵᠠᠬᠢᠷᠬᠤ ᠲᠠᠰᠤᠭ&#x202f;ᠲᠤ ᠬᠦᠷᠴᠦ᠂ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢ ᠤᠯᠠᠮ ᠰᠠᠶᠢᠵᠢᠷᠠᠭᠤᠯᠬᠤ&#x202f;ᠳᠤ ᠲᠤᠰᠠᠯᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>完成，返回首页</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daγusqaγad terigün nigur-tu bučaqu</translatorcomment>
        <translation>ᠳᠠᠭᠤᠰᠬᠠᠭᠠᠳ ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ&#x202f;ᠲᠤ ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>✓ 申请已提交</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ ayiladqal tusiyaγdaba</translatorcomment>
        <translation>✓ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠲᠤᠰᠢᠶᠠᠭᠳᠠᠪᠠ</translation>
    </message>
    <message>
        <source>受理编号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abuγsan dugaar</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ</translation>
    </message>
    <message>
        <source>您的申请已保存在本机，网络恢复后会自动提交到平台。请留好受理编号，凭它可以在本机“查进度”。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tan-u ayiladqal ene tonoγ-tu qadaγalaγdaba. sülǰiy_e sergügsen-ü daraγ_a tabčaŋ-du öbesüben tusiyaγdan_a. küliyen abuγsan dugaar-iyan sayitur qadaγalaǰu, tegüber ene tonoγ-tu “yabuča üǰekü” bolomǰitai.</translatorcomment>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠰᠡᠷᠭᠦᠭᠰᠡᠨ&#x202f;ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠥᠪᠡᠰᠦᠪᠡᠨ ᠲᠤᠰᠢᠶᠠᠭᠳᠠᠨ᠎ᠠ᠃ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠰᠠᠶᠢᠲᠤᠷ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ᠂ ᠲᠡᠭᠦᠪᠡᠷ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ “ᠶᠠᠪᠤᠴᠠ ᠦᠵᠡᠬᠦ” ᠪᠣᠯᠣᠮᠵᠢᠲᠠᠢ᠃</translation>
    </message>
    <message>
        <source>承诺办结时限：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: amalaγsan daγusqaqu bolǰoγ_a: %1</translatorcomment>
        <translation>ᠠᠮᠠᠯᠠᠭᠰᠠᠨ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠪᠣᠯᠵᠣᠭ᠎ᠠ᠄ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n个工作日</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %n aǰil-un edür</translatorcomment>
        <translation>
            <numerusform>%n ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠡᠳᠦᠷ</numerusform>
            <numerusform>%n ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠡᠳᠦᠷ</numerusform>
        </translation>
    </message>
    <message>
        <source>即办</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: darui bariqu</translatorcomment>
        <translation>ᠳᠠᠷᠤᠢ ᠪᠠᠷᠢᠬᠤ</translation>
    </message>
    <message>
        <source>容缺后补的材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: dutaγu-bar küliyen abuγsan barimta</translatorcomment>
        <translation>ᠳᠤᠲᠠᠭᠤ&#x202f;ᠪᠠᠷ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠪᠠᠷᠢᠮᠲᠠ</translation>
    </message>
    <message>
        <source>请于 %1 前补交：</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1-eče emün_e nöküǰü tušiyaγarai:</translatorcomment>
        <translation>%1&#x202f;ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠨᠥᠬᠦᠵᠦ ᠲᠤᠱᠢᠶᠠᠭᠠᠷᠠᠢ᠄</translation>
    </message>
    <message>
        <source>已作告知承诺的材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: medegdeǰü amalaγsan barimta</translatorcomment>
        <translation>ᠮᠡᠳᠡᠭᠳᠡᠵᠦ ᠠᠮᠠᠯᠠᠭᠰᠠᠨ ᠪᠠᠷᠢᠮᠲᠠ</translation>
    </message>
    <message>
        <source>以下材料您已承诺，不用提交。承诺须真实，主管部门可能会核查。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daraγaki barimta-yi ta amalaγsan tula tusiyaqu kereggüi. amalalta ünen bayiqu yosotai, ǰakirqu tasuγ šalγaǰu magad.</translatorcomment>
        <translation>ᠳᠠᠷᠠᠭᠠᠬᠢ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠲᠠ ᠠᠮᠠᠯᠠᠭᠰᠠᠨ ᠲᠤᠯᠠ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠬᠡᠷᠡᠭᠭᠦᠢ᠃ ᠠᠮᠠᠯᠠᠯᠲᠠ ᠦᠨᠡᠨ ᠪᠠᠶᠢᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ᠂ ᠵᠠᠬᠢᠷᠬᠤ ᠲᠠᠰᠤᠭ ᠱᠠᠯᠭᠠᠵᠤ ᠮᠠᠭᠠᠳ᠃</translation>
    </message>
    <message>
        <source>查进度时可以把这个二维码对准扫码口</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: yabuča üǰekü üy_e-dü ene qoyar kemǰiy_e-tü Kod-i uŋsiγulqu aman-du čiγlegülǰü bolon_a.</translatorcomment>
        <translation>ᠶᠠᠪᠤᠴᠠ ᠦᠵᠡᠬᠦ ᠦᠶ᠎ᠡ&#x202f;ᠳᠦ ᠡᠨᠡ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶ᠎ᠡ&#x202f;ᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠤᠩᠰᠢᠭᠤᠯᠬᠤ ᠠᠮᠠᠨ&#x202f;ᠳᠤ ᠴᠢᠭᠯᠡᠭᠦᠯᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>打印回执</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qariu bičig darumallaqu</translatorcomment>
        <translation>ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>评价本次服务</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene udaγ_a-yin üilečilege-yi ünelekü</translatorcomment>
        <translation>ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢ ᠦᠨᠡᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>完成</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daγusqaqu</translatorcomment>
        <translation>ᠳᠠᠭᠤᠰᠬᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>输入事项名称、拼音或首字母，如 养老 / yanglao / ylbx</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg-ün ner_e-yi qanzi, pinyin buyu terigün üsüg-iyer oruγulun_a, ǰišiy_e ni 养老 / yanglao / ylbx</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠨᠡᠷ᠎ᠡ&#x202f;ᠶᠢ ᠬᠠᠨᠽᠢ᠂ ᠫᠢᠨᠶᠢᠨ ᠪᠤᠶᠤ ᠲᠡᠷᠢᠭᠦᠨ ᠦᠰᠦᠭ&#x202f;ᠢᠶᠡᠷ ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ᠂ ᠵᠢᠱᠢᠶ᠎ᠡ ᠨᠢ 养老 / yanglao / ylbx</translation>
    </message>
    <message>
        <source>按「%1」查找</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qayiγsan üge: 「%1」</translatorcomment>
        <translation>ᠬᠠᠶᠢᠭᠰᠠᠨ ᠦᠭᠡ᠄ 「%1」</translation>
    </message>
    <message>
        <source>常用：</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tügegmel üge:</translatorcomment>
        <translation>ᠲᠦᠭᠡᠭᠮᠡᠯ ᠦᠭᠡ᠄</translation>
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
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: “%1” kemekü kereg oldaγsan ügei. arai oqor üge, pinyin-u terigün üsüg-i turšiǰu üǰe, ügei bol doorada-ki üge-yi daruγarai:</translatorcomment>
        <translation>“%1” ᠬᠡᠮᠡᠬᠦ ᠬᠡᠷᠡᠭ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠠᠷᠠᠢ ᠣᠬᠣᠷ ᠦᠭᠡ᠂ ᠫᠢᠨᠶᠢᠨ&#x202f;ᠤ ᠲᠡᠷᠢᠭᠦᠨ ᠦᠰᠦᠭ&#x202f;ᠢ ᠲᠤᠷᠱᠢᠵᠤ ᠦᠵᠡ᠂ ᠦᠭᠡᠢ ᠪᠣᠯ ᠳᠣᠣᠷᠠᠳᠠ&#x202f;ᠬᠢ ᠦᠭᠡ&#x202f;ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠄</translation>
    </message>
</context>
<context>
    <name>StaffBoardPage</name>
    <message>
        <source>工作台 · %1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aǰil-un širegen · %1</translatorcomment>
        <translation>ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠱᠢᠷᠡᠭᠡᠨ · %1</translation>
    </message>
    <message>
        <source>今日预约（%1）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: önödür-ün čaγ toγtaγal (%1)</translatorcomment>
        <translation>ᠥᠨᠥᠳᠦᠷ&#x202f;ᠦᠨ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ (%1)</translation>
    </message>
    <message>
        <source>刷新</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: šinečilekü</translatorcomment>
        <translation>ᠱᠢᠨᠡᠴᠢᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nebterel-eče γarqu</translatorcomment>
        <translation>ᠨᠡᠪᠲᠡᠷᠡᠯ&#x202f;ᠡᠴᠡ ᠭᠠᠷᠬᠤ</translation>
    </message>
    <message>
        <source>待提交</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tušiyaqu-yi küliyeǰü bui</translatorcomment>
        <translation>ᠲᠤᠱᠢᠶᠠᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>已提交</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tušiyaγdaba</translatorcomment>
        <translation>ᠲᠤᠱᠢᠶᠠᠭᠳᠠᠪᠠ</translation>
    </message>
    <message>
        <source>退回</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bučaγaγdaba</translatorcomment>
        <translation>ᠪᠤᠴᠠᠭᠠᠭᠳᠠᠪᠠ</translation>
    </message>
    <message>
        <source>需处理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: šiidbürilekü kereg-tei</translatorcomment>
        <translation>ᠱᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</translation>
    </message>
    <message>
        <source>待办件</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyeǰü bui kereg</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ ᠬᠡᠷᠡᠭ</translation>
    </message>
    <message>
        <source>等待最久的一件已等 %1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qamuγ-un udaγan küliyegsen ni %1 küliyebe</translatorcomment>
        <translation>ᠬᠠᠮᠤᠭ&#x202f;ᠤᠨ ᠤᠳᠠᠭᠠᠨ ᠬᠦᠯᠢᠶᠡᠭᠰᠡᠨ ᠨᠢ %1 ᠬᠦᠯᠢᠶᠡᠪᠡ</translation>
    </message>
    <message>
        <source>没有等待提交的记录</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tušiyaqu-yi küliyeǰü bui temdeglel ügei</translatorcomment>
        <translation>ᠲᠤᠱᠢᠶᠠᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>本服务点没有等群众补正、领取或补交材料的办件</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čeg-tü irgen nöküǰü ǰasaqu, abqu buyu barimta nöküǰü tušiyaqu-yi küliyeǰü bui kereg ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠢᠷᠭᠡᠨ ᠨᠥᠬᠦᠵᠦ ᠵᠠᠰᠠᠬᠤ᠂ ᠠᠪᠬᠤ ᠪᠤᠶᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠨᠥᠬᠦᠵᠦ ᠲᠤᠱᠢᠶᠠᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>⚠ 需处理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ⚠ šiidbürilekü kereg-tei</translatorcomment>
        <translation>⚠ ᠱᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</translation>
    </message>
    <message>
        <source>评价</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ünelekü</translatorcomment>
        <translation>ᠦᠨᠡᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>办件登记</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg-ün burtaγal</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠪᠤᠷᠲᠠᠭᠠᠯ</translation>
    </message>
    <message>
        <source>申请</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ayiladqal</translatorcomment>
        <translation>ᠠᠶᠢᠯᠠᠳᠬᠠᠯ</translation>
    </message>
    <message>
        <source>代办</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: orulan bariqu</translatorcomment>
        <translation>ᠣᠷᠤᠯᠠᠨ ᠪᠠᠷᠢᠬᠤ</translation>
    </message>
    <message>
        <source>本机还没有申请或评价记录</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-tu odoo boltal_a ayiladqal buyu ünelelte-yin temdeglel ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠣᠳᠣᠣ ᠪᠣᠯᠲᠠᠯ᠎ᠠ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠪᠤᠶᠤ ᠦᠨᠡᠯᠡᠯᠲᠡ&#x202f;ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>代办申请（按部门找事项）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: orulan ayiladqaqu (tasuγ-iyar kereg olqu)</translatorcomment>
        <translation>ᠣᠷᠤᠯᠠᠨ ᠠᠶᠢᠯᠠᠳᠬᠠᠬᠤ (ᠲᠠᠰᠤᠭ&#x202f;ᠢᠶᠠᠷ ᠬᠡᠷᠡᠭ ᠣᠯᠬᠤ)</translation>
    </message>
    <message>
        <source>代办申请（搜索事项）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: orulan ayiladqaqu (kereg qayiqu)</translatorcomment>
        <translation>ᠣᠷᠤᠯᠠᠨ ᠠᠶᠢᠯᠠᠳᠬᠠᠬᠤ (ᠬᠡᠷᠡᠭ ᠬᠠᠶᠢᠬᠤ)</translation>
    </message>
</context>
<context>
    <name>StaffBookingsPage</name>
    <message>
        <source>今日预约 · %1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: önödür-ün čaγ toγtaγal · %1</translatorcomment>
        <translation>ᠥᠨᠥᠳᠦᠷ&#x202f;ᠦᠨ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ · %1</translation>
    </message>
    <message>
        <source>刷新</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: šinečilekü</translatorcomment>
        <translation>ᠱᠢᠨᠡᠴᠢᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>共 %1 个预约，待签到 %2 个</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bügüde %1 čaγ toγtaγal, burtaγulqu-yi küliyegsen %2</translatorcomment>
        <translation>ᠪᠦᠭᠦᠳᠡ %1 ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ᠂ ᠪᠤᠷᠲᠠᠭᠤᠯᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠭᠰᠡᠨ %2</translation>
    </message>
    <message>
        <source>今天本机没有预约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: önödür ene tonoγ-tu čaγ toγtaγal ügei</translatorcomment>
        <translation>ᠥᠨᠥᠳᠦᠷ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>预约时段结束30分钟后仍未签到的，记为爽约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: toγtaγaγsan čaγ daγusuγad 30 minut boltal_a burtaγulaγ_a ügei bol, čaγ-taγan iregsen ügei kemen temdeglen_e</translatorcomment>
        <translation>ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠴᠠᠭ ᠳᠠᠭᠤᠰᠤᠭᠠᠳ 30 ᠮᠢᠨᠤᠲ ᠪᠣᠯᠲᠠᠯ᠎ᠠ ᠪᠤᠷᠲᠠᠭᠤᠯᠠᠭ᠎ᠠ ᠦᠭᠡᠢ ᠪᠣᠯ᠂ ᠴᠠᠭ&#x202f;ᠲᠠᠭᠠᠨ ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠬᠡᠮᠡᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠨ᠎ᠡ</translation>
    </message>
    <message>
        <source>标记爽约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: iregsen ügei kemen temdeglekü</translatorcomment>
        <translation>ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠬᠡᠮᠡᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>签到：扫码或输入预约号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: burtaγulqu: Kod uŋsiγulqu buyu čaγ toγtaγaγsan dugaar oruγulqu</translatorcomment>
        <translation>ᠪᠤᠷᠲᠠᠭᠤᠯᠬᠤ᠄ ᠺᠣᠳ ᠤᠩᠰᠢᠭᠤᠯᠬᠤ ᠪᠤᠶᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠣᠷᠤᠭᠤᠯᠬᠤ</translation>
    </message>
    <message>
        <source>签到</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: burtaγulqu</translatorcomment>
        <translation>ᠪᠤᠷᠲᠠᠭᠤᠯᠬᠤ</translation>
    </message>
    <message>
        <source>删除</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ustγaqu</translatorcomment>
        <translation>ᠤᠰᠲᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>清空</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čeberlekü</translatorcomment>
        <translation>ᠴᠡᠪᠡᠷᠯᠡᠬᠦ</translation>
    </message>
</context>
<context>
    <name>StaffLoginPage</name>
    <message>
        <source>工作人员登录</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aǰiltan nebterekü</translatorcomment>
        <translation>ᠠᠵᠢᠯᠲᠠᠨ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ</translation>
    </message>
    <message>
        <source>仅限服务点工作人员使用。群众办事请点左上角“首页”返回。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰöbkön čeg-ün aǰiltan kereglen_e. irgen kereg bariqu bol ǰegün deger_e ǰabsar-un “terigün nigur”-i daruǰu bučaγarai.</translatorcomment>
        <translation>ᠵᠥᠪᠬᠥᠨ ᠴᠡᠭ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠬᠡᠷᠡᠭᠯᠡᠨ᠎ᠡ᠃ ᠢᠷᠭᠡᠨ ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ ᠪᠣᠯ ᠵᠡᠭᠦᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠵᠠᠪᠰᠠᠷ&#x202f;ᠤᠨ “ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ”&#x202f;ᠢ ᠳᠠᠷᠤᠵᠤ ᠪᠤᠴᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>工号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aǰiltan-u dugaar</translatorcomment>
        <translation>ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠤ ᠳᠤᠭᠠᠠᠷ</translation>
    </message>
    <message>
        <source>用右边的数字键输入</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: baraγun eteged-ün toγ_a-yin tobči-bar oruγulγarai</translatorcomment>
        <translation>ᠪᠠᠷᠠᠭᠤᠨ ᠡᠲᠡᠭᠡᠳ&#x202f;ᠦᠨ ᠲᠣᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠲᠣᠪᠴᠢ&#x202f;ᠪᠠᠷ ᠣᠷᠤᠭᠤᠯᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>密码（6位数字）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nuγuč_a dugaar (6 orun-u toγ_a)</translatorcomment>
        <translation>ᠨᠤᠭᠤᠴ᠎ᠠ ᠳᠤᠭᠠᠠᠷ (6 ᠣᠷᠤᠨ&#x202f;ᠤ ᠲᠣᠭ᠎ᠠ)</translation>
    </message>
    <message>
        <source>密码</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nuγuč_a dugaar</translatorcomment>
        <translation>ᠨᠤᠭᠤᠴ᠎ᠠ ᠳᠤᠭᠠᠠᠷ</translation>
    </message>
    <message>
        <source>已输入 %1 位，共 %2 位</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1 orun oruγulba, bügüde %2 orun</translatorcomment>
        <translation>%1 ᠣᠷᠤᠨ ᠣᠷᠤᠭᠤᠯᠪᠠ᠂ ᠪᠦᠭᠦᠳᠡ %2 ᠣᠷᠤᠨ</translation>
    </message>
    <message>
        <source>登录</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nebterekü</translatorcomment>
        <translation>ᠨᠡᠪᠲᠡᠷᠡᠬᠦ</translation>
    </message>
    <message>
        <source>下一步：输入密码</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daraγ_a alqum: nuγuč_a dugaar oruγulqu</translatorcomment>
        <translation>ᠳᠠᠷᠠᠭ᠎ᠠ ᠠᠯᠬᠤᠮ᠄ ᠨᠤᠭᠤᠴ᠎ᠠ ᠳᠤᠭᠠᠠᠷ ᠣᠷᠤᠭᠤᠯᠬᠤ</translation>
    </message>
    <message>
        <source>删除</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ustγaqu</translatorcomment>
        <translation>ᠤᠰᠲᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>清空</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čeberlekü</translatorcomment>
        <translation>ᠴᠡᠪᠡᠷᠯᠡᠬᠦ</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>评价：请先输入回执上的受理编号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ünelekü: qariu bičig-deki küliyen abuγsan dugaar-iyan urida oruγulγarai</translatorcomment>
        <translation>ᠦᠨᠡᠯᠡᠬᠦ᠄ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ&#x202f;ᠳᠡᠬᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠤᠷᠢᠳᠠ ᠣᠷᠤᠭᠤᠯᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>查进度：请输入受理编号或预约号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: yabuča üǰekü: küliyen abuγsan dugaar buyu čaγ toγtaγaγsan dugaar-iyan oruγulγarai</translatorcomment>
        <translation>ᠶᠠᠪᠤᠴᠠ ᠦᠵᠡᠬᠦ᠄ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠪᠤᠶᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠣᠷᠤᠭᠤᠯᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>受理编号或预约号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abuγsan dugaar buyu čaγ toγtaγaγsan dugaar</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠪᠤᠶᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ</translation>
    </message>
    <message>
        <source>或把回执、预约凭证上的二维码对准扫码口</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: esekü-le qariu bičig buyu čaγ toγtaγaγsan gereči-deki qoyar kemǰiy_e-tü Kod-i uŋsiγulqu aman-du čiγlegülgerei</translatorcomment>
        <translation>ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ ᠪᠤᠶᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠳᠡᠬᠢ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶ᠎ᠡ&#x202f;ᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠤᠩᠰᠢᠭᠤᠯᠬᠤ ᠠᠮᠠᠨ&#x202f;ᠳᠤ ᠴᠢᠭᠯᠡᠭᠦᠯᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>手机号或身份证号后四位</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: γar utasu buyu beye-yin gereči-yin dugaar-un segül-ün dörben orun</translatorcomment>
        <translation>ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠪᠤᠶᠤ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠤᠨ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠳᠥᠷᠪᠡᠨ ᠣᠷᠤᠨ</translation>
    </message>
    <message>
        <source>身份证号最后一位是X的，请按X键</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-yin dugaar-un segül-ün orun ni X bol X tobči-yi daraγarai</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠤᠨ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠣᠷᠤᠨ ᠨᠢ X ᠪᠣᠯ X ᠲᠣᠪᠴᠢ&#x202f;ᠶᠢ ᠳᠠᠷᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>预约号：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaγsan dugaar: %1</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ᠄ %1</translation>
    </message>
    <message>
        <source>受理编号：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abuγsan dugaar: %1</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ᠄ %1</translation>
    </message>
    <message>
        <source>预约时间：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: toγtaγaγsan čaγ: %1</translatorcomment>
        <translation>ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠴᠠᠭ᠄ %1</translation>
    </message>
    <message>
        <source>提交时间：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tušiyaγsan čaγ: %1</translatorcomment>
        <translation>ᠲᠤᠱᠢᠶᠠᠭᠰᠠᠨ ᠴᠠᠭ᠄ %1</translation>
    </message>
    <message>
        <source>还需补交的材料：</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: basa nöküǰü tušiyaqu barimta:</translatorcomment>
        <translation>ᠪᠠᠰᠠ ᠨᠥᠬᠦᠵᠦ ᠲᠤᠱᠢᠶᠠᠬᠤ ᠪᠠᠷᠢᠮᠲᠠ᠄</translation>
    </message>
    <message>
        <source>办理结果就在本服务点，请到窗口领取</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγsan ür_e dün ene čeg-tü bui, čoŋqu-ača abuγarai</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠰᠠᠨ ᠦᠷ᠎ᠡ ᠳᠦᠨ ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠪᠤᠢ᠂ ᠴᠣᠩᠬᠤ&#x202f;ᠠᠴᠠ ᠠᠪᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>办理结果在「%1」，请带上身份证和回执到那里领取</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγsan ür_e dün 「%1」-dü bui, beye-yin gereči ba qariu bičig-iyen abčiǰu tende-eče abuγarai</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠰᠠᠨ ᠦᠷ᠎ᠡ ᠳᠦᠨ 「%1」&#x202f;ᠳᠦ ᠪᠤᠢ᠂ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ ᠪᠠ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ&#x202f;ᠢᠶᠡᠨ ᠠᠪᠴᠢᠵᠤ ᠲᠡᠨᠳᠡ&#x202f;ᠡᠴᠡ ᠠᠪᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>以上是旗政务服务平台刚刚告知的办理进度。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: degereki ni qosiγu-yin ǰasaγ-un alban-u üilečilege-yin tabčaŋ-un saya medegdegsen yabuča bolai.</translatorcomment>
        <translation>ᠳᠡᠭᠡᠷᠡᠬᠢ ᠨᠢ ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠰᠠᠶᠠ ᠮᠡᠳᠡᠭᠳᠡᠭᠰᠡᠨ ᠶᠠᠪᠤᠴᠠ ᠪᠣᠯᠠᠢ᠃</translation>
    </message>
    <message>
        <source>确定要取消这个预约吗？取消后名额会让给其他群众。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ toγtaγal-iyan bolilγaqu uu？ bolilγaγsan-u qoyin_a orun-i busud irgen-dü ögün_e.</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢᠶᠠᠨ ᠪᠣᠯᠢᠯᠭᠠᠬᠤ ᠤᠤ？ ᠪᠣᠯᠢᠯᠭᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠣᠷᠤᠨ&#x202f;ᠢ ᠪᠤᠰᠤᠳ ᠢᠷᠭᠡᠨ&#x202f;ᠳᠦ ᠥᠭᠦᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <source>确定取消</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tiyim, bolilγan_a</translatorcomment>
        <translation>ᠲᠢᠶᠢᠮ᠂ ᠪᠣᠯᠢᠯᠭᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγal-i bolilγaqu</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢ ᠪᠣᠯᠢᠯᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>不取消</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bolilγaqu ügei</translatorcomment>
        <translation>ᠪᠣᠯᠢᠯᠭᠠᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>改约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-i ögeričilekü</translatorcomment>
        <translation>ᠴᠠᠭ&#x202f;ᠢ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>评价这次服务</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene udaγ_a-yin üilečilege-yi ünelekü</translatorcomment>
        <translation>ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢ ᠦᠨᠡᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>这次服务已经评价过了，谢谢！</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene udaγ_a-yin üilečilege-yi ünelečihegsen, bayarlalaa！</translatorcomment>
        <translation>ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢ ᠦᠨᠡᠯᠡᠴᠢᠾᠡᠭᠰᠡᠨ᠂ ᠪᠠᠶᠠᠷᠯᠠᠯᠠᠠ！</translation>
    </message>
    <message>
        <source>向平台查询</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-ača asaγuqu</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠠᠴᠠ ᠠᠰᠠᠭᠤᠬᠤ</translation>
    </message>
    <message>
        <source>查询</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qayiqu</translatorcomment>
        <translation>ᠬᠠᠶᠢᠬᠤ</translation>
    </message>
    <message>
        <source>删除</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ustγaqu</translatorcomment>
        <translation>ᠤᠰᠲᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>清空</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čeberlekü</translatorcomment>
        <translation>ᠴᠡᠪᠡᠷᠯᠡᠬᠦ</translation>
    </message>
</context>
<context>
    <name>TextKeyboard</name>
    <message>
        <source>上一页</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: emünekü niγur</translatorcomment>
        <translation>ᠡᠮᠦᠨᠡᠬᠦ ᠨᠢᠭᠤᠷ</translation>
    </message>
    <message>
        <source>没有对应的字，请删除后重新输入</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tokiroqu üsüg ügei, ustγaγad dakin oruγulγarai</translatorcomment>
        <translation>ᠲᠣᠬᠢᠷᠣᠬᠤ ᠦᠰᠦᠭ ᠦᠭᠡᠢ᠂ ᠤᠰᠲᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠤᠭᠤᠯᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>下一页</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daraγaki niγur</translatorcomment>
        <translation>ᠳᠠᠷᠠᠭᠠᠬᠢ ᠨᠢᠭᠤᠷ</translation>
    </message>
    <message>
        <source>删除</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ustγaqu</translatorcomment>
        <translation>ᠤᠰᠲᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>英文</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: angγli üsüg</translatorcomment>
        <translation>ᠠᠨᠭᠭᠯᠢ ᠦᠰᠦᠭ</translation>
    </message>
    <message>
        <source>中文</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kitad üsüg</translatorcomment>
        <translation>ᠬᠢᠲᠠᠳ ᠦᠰᠦᠭ</translation>
    </message>
    <message>
        <source>空格</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰai</translatorcomment>
        <translation>ᠵᠠᠢ</translation>
    </message>
    <message>
        <source>确定</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: batalaqu</translatorcomment>
        <translation>ᠪᠠᠲᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>拼音</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: pinyin</translatorcomment>
        <translation>ᠫᠢᠨᠶᠢᠨ</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>奈曼旗政务服务</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: naiman qosiγu-yin ǰasaγ-un alban-u üilečilege</translatorcomment>
        <translation>ᠨᠠᠢᠮᠠᠨ ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ</translation>
    </message>
    <message>
        <source>返回</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bučaqu</translatorcomment>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <source>首页</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: terigün nigur</translatorcomment>
        <translation>ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ</translation>
    </message>
    <message>
        <source>就近办</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: oyir_a bariqu</translatorcomment>
        <translation>ᠣᠶᠢᠷ᠎ᠠ ᠪᠠᠷᠢᠬᠤ</translation>
    </message>
    <message>
        <source>长辈模式</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aqamad-un kelberi</translatorcomment>
        <translation>ᠠᠬᠠᠮᠠᠳ&#x202f;ᠤᠨ ᠬᠡᠯᠪᠡᠷᠢ</translation>
    </message>
    <message>
        <source>长辈模式（大字）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aqamad-un kelberi (tom_a üsüg)</translatorcomment>
        <translation>ᠠᠬᠠᠮᠠᠳ&#x202f;ᠤᠨ ᠬᠡᠯᠪᠡᠷᠢ (ᠲᠣᠮ᠎ᠠ ᠦᠰᠦᠭ)</translation>
    </message>
    <message>
        <source>大字、高对比</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tom_a üsüg, tod öŋge</translatorcomment>
        <translation>ᠲᠣᠮ᠎ᠠ ᠦᠰᠦᠭ᠂ ᠲᠣᠳ ᠥᠩᠭᠡ</translation>
    </message>
</context>
<context>
    <name>VolumeButton</name>
    <message>
        <source>关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>声音</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jiujin::ApplyController</name>
    <message>
        <source>节假日安排尚未公布，此日期只按周末推算，以窗口通知为准。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bayar naγadum-un amaralta edüi nigtalaγdaγ_a ügei, ene edür-i ǰöbkön γaraγ-un segül-iyer toočaγsan, čoŋqu-yin medegdel-i barimǰiy_a bolγan_a.</translatorcomment>
        <translation>ᠪᠠᠶᠠᠷ ᠨᠠᠭᠠᠳᠤᠮ&#x202f;ᠤᠨ ᠠᠮᠠᠷᠠᠯᠲᠠ ᠡᠳᠦᠢ ᠨᠢᠭᠲᠠᠯᠠᠭᠳᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠡᠨᠡ ᠡᠳᠦᠷ&#x202f;ᠢ ᠵᠥᠪᠬᠥᠨ ᠭᠠᠷᠠᠭ&#x202f;ᠤᠨ ᠰᠡᠭᠦᠯ&#x202f;ᠢᠶᠡᠷ ᠲᠣᠣᠴᠠᠭᠰᠠᠨ᠂ ᠴᠣᠩᠬᠤ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠢ ᠪᠠᠷᠢᠮᠵᠢᠶ᠎ᠠ ᠪᠣᠯᠭᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>找不到这个事项，请返回重新选择</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene kereg oldaγsan ügei, bučaǰu dakin songγoγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠪᠤᠴᠠᠵᠤ ᠳᠠᠬᠢᠨ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>本机没有连接扫描仪，请把材料交给工作人员</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-tu ǰiruγ abqu tökerömǰi ǰalγaγdaγ_a ügei, barimta-ban aǰiltan-du tušiyaγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠵᠢᠷᠤᠭ ᠠᠪᠬᠤ ᠲᠥᠬᠡᠷᠥᠮᠵᠢ ᠵᠠᠯᠭᠠᠭᠳᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>本机存储空间已满，申请没有保存。您填写的内容还在，请请工作人员处理后再试一次。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-un qadaγalaqu oron dügüreǰei, ayiladqal qadaγalaγdaγsan ügei. tan-u bičigsen ǰüil bui, aǰiltan-iyar šiidbürilegülüged dakin nige turšiγarai.</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠣᠷᠣᠨ ᠳᠦᠭᠦᠷᠡᠵᠡᠢ᠂ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠲᠠᠨ&#x202f;ᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠵᠦᠢᠯ ᠪᠤᠢ᠂ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠢᠶᠠᠷ ᠱᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠦᠯᠦᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠲᠤᠷᠱᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>申请没有保存成功，请再试一次；如果还不行，请找工作人员帮助。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ayiladqal qadaγalaγdaγsan ügei, dakin nige turšiγarai; basa bolqu ügei bol aǰiltan-ača tusalamǰi γuyuγarai.</translatorcomment>
        <translation>ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠲᠤᠷᠱᠢᠭᠠᠷᠠᠢ; ᠪᠠᠰᠠ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠠᠴᠠ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>回执没有生成：%1。请记下受理编号。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qariu bičig üiledügdegsen ügei: %1. küliyen abuγsan dugaar-iyan temdeglen abuγarai.</translatorcomment>
        <translation>ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ ᠦᠢᠯᠡᠳᠦᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠄ %1᠃ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>回执已保存。本机没有连接打印机，请记下受理编号或拍照保存。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qariu bičig qadaγalaγdaba. ene tonoγ-tu darumallaγči ügei, küliyen abuγsan dugaar-iyan temdeglen abuγarai buyu ǰiruγ tataǰu qadaγalaγarai.</translatorcomment>
        <translation>ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠭᠴᠢ ᠦᠭᠡᠢ᠂ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ ᠪᠤᠶᠤ ᠵᠢᠷᠤᠭ ᠲᠠᠲᠠᠵᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>正在打印回执……</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qariu bičig-i darumallaǰu bayin_a……</translatorcomment>
        <translation>ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ&#x202f;ᠢ ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ……</translation>
    </message>
    <message>
        <source>回执已打印，请取走。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qariu bičig darumallaγdaba, abuγarai.</translatorcomment>
        <translation>ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠭᠳᠠᠪᠠ᠂ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>打印机暂时不能用（%1）。回执已保存，请记下受理编号。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: darumallaγči tür kereglegdekü ügei (%1). qariu bičig qadaγalaγdaba, küliyen abuγsan dugaar-iyan temdeglen abuγarai.</translatorcomment>
        <translation>ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠭᠴᠢ ᠲᠦᠷ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠬᠦ ᠦᠭᠡᠢ (%1)᠃ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠂ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>jiujin::BookingController</name>
    <message>
        <source>找不到这个事项，请返回重新选择</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene kereg olddaqu ügei, bučaǰu dakin songγoγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠣᠯᠳᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠪᠤᠴᠠᠵᠤ ᠳᠠᠬᠢᠨ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>本服务点不受理该事项的预约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čeg ene kereg-ün čaγ toγtaγal-i küliyen abqu ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠡᠭ ᠡᠨᠡ ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>没有找到这个预约号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ toγtaγaγsan dugaar olddaγsan ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠣᠯᠳᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>预约没有成功，请再试一次；如果还不行，请找工作人员帮助。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγal amǰilt oluγsan ügei, dakin nige oroldaγarai; basa bolqu ügei bol aǰiltan-ača tusalamǰ_a γuyuγarai.</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠠᠮᠵᠢᠯᠲ ᠣᠯᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ; ᠪᠠᠰᠠ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠠᠴᠠ ᠲᠤᠰᠠᠯᠠᠮᠵ᠎ᠠ ᠭᠤᠶᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>凭证没有生成：%1。请记下预约号。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: gereči üiledügdegsen ügei: %1. čaγ toγtaγaγsan dugaar-iyan temdeglen abuγarai.</translatorcomment>
        <translation>ᠭᠡᠷᠡᠴᠢ ᠦᠢᠯᠡᠳᠦᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠄ %1᠃ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>凭证已保存。本机没有连接打印机，请记下预约号或拍照保存。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: gereči qadaγalaγdaba. ene tonoγ-tu darumallaγči ügei, čaγ toγtaγaγsan dugaar-iyan temdeglen abuγarai buyu ǰiruγ tataǰu qadaγalaγarai.</translatorcomment>
        <translation>ᠭᠡᠷᠡᠴᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠭᠴᠢ ᠦᠭᠡᠢ᠂ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ ᠪᠤᠶᠤ ᠵᠢᠷᠤᠭ ᠲᠠᠲᠠᠵᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>正在打印预约凭证……</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaγsan gereči-yi darumallaǰu bayin_a……</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢ ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ……</translation>
    </message>
    <message>
        <source>预约凭证已打印，请取走。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaγsan gereči darumallaγdaba, abuγarai.</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠭᠡᠷᠡᠴᠢ ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠭᠳᠠᠪᠠ᠂ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>打印机暂时不能用（%1）。凭证已保存，请记下预约号。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: darumallaγči tür kereglegdekü ügei (%1). gereči qadaγalaγdaba, čaγ toγtaγaγsan dugaar-iyan temdeglen abuγarai.</translatorcomment>
        <translation>ᠳᠠᠷᠤᠮᠠᠯᠯᠠᠭᠴᠢ ᠲᠦᠷ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠬᠦ ᠦᠭᠡᠢ (%1)᠃ ᠭᠡᠷᠡᠴᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠂ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>今天</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: önödür</translatorcomment>
        <translation>ᠥᠨᠥᠳᠦᠷ</translation>
    </message>
    <message>
        <source>明天</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: maγaši</translatorcomment>
        <translation>ᠮᠠᠭᠠᠱᠢ</translation>
    </message>
</context>
<context>
    <name>jiujin::BookingService</name>
    <message>
        <source>本服务点不受理该事项的预约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čeg ene kereg-ün čaγ toγtaγal-i küliyen abqu ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠡᠭ ᠡᠨᠡ ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>找不到这个事项，请返回重新选择</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene kereg olddaqu ügei, bučaǰu dakin songγoγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠣᠯᠳᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠪᠤᠴᠠᠵᠤ ᠳᠠᠬᠢᠨ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>请选择预约时段</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: toγtaγaqu čaγ-iyan songγoγarai</translatorcomment>
        <translation>ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠴᠠᠭ&#x202f;ᠢᠶᠠᠨ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>这个时段已不能预约，请重新选择时段</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ-i toγtaγaǰu bolqu ügei boluγsan, dakin čaγ songγoγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ&#x202f;ᠢ ᠲᠣᠭᠲᠠᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯᠤᠭᠰᠠᠨ᠂ ᠳᠠᠬᠢᠨ ᠴᠠᠭ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>这个时段已经开始，请选择其他时段</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ ekilegsen, öber_e čaγ songγoγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ ᠡᠬᠢᠯᠡᠭᠰᠡᠨ᠂ ᠥᠪᠡᠷ᠎ᠡ ᠴᠠᠭ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>这个时段本机已不能当场确认。请选择其他时段，或提交预约申请（联网后确认）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ-i ene tonoγ sačuqu batalaǰu čidaqu ügei boluγsan. öber_e čaγ songγoγarai, esekü-le čaγ toγtaγaqu ayiladqal tušiyaγarai (sülǰiy_e-dü olbaγdaγsan-u qoyin_a batalan_a)</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ&#x202f;ᠢ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠰᠠᠴᠤᠬᠤ ᠪᠠᠲᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯᠤᠭᠰᠠᠨ᠃ ᠥᠪᠡᠷ᠎ᠡ ᠴᠠᠭ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠲᠤᠱᠢᠶᠠᠭᠠᠷᠠᠢ (ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠪᠠᠲᠠᠯᠠᠨ᠎ᠠ)</translation>
    </message>
    <message>
        <source>这个时段本机的名额已约满。请选择其他时段，或提交预约申请（联网后确认）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ-tu ene tonoγ-un orun dügürügsen. öber_e čaγ songγoγarai, esekü-le čaγ toγtaγaqu ayiladqal tušiyaγarai (sülǰiy_e-dü olbaγdaγsan-u qoyin_a batalan_a)</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ&#x202f;ᠲᠤ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠣᠷᠤᠨ ᠳᠦᠭᠦᠷᠦᠭᠰᠡᠨ᠃ ᠥᠪᠡᠷ᠎ᠡ ᠴᠠᠭ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠲᠤᠱᠢᠶᠠᠭᠠᠷᠠᠢ (ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠪᠠᠲᠠᠯᠠᠨ᠎ᠠ)</translation>
    </message>
    <message>
        <source>这个时段已约满，请选择其他时段</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ-un orun dügürügsen, öber_e čaγ songγoγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ&#x202f;ᠤᠨ ᠣᠷᠤᠨ ᠳᠦᠭᠦᠷᠦᠭᠰᠡᠨ᠂ ᠥᠪᠡᠷ᠎ᠡ ᠴᠠᠭ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>这个预约已经取消、签到或未约上，不能再取消或改约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ toγtaγal bolilγaγdaγsan, burtaγuluγsan esekü-le toγtaγaγdaγsan ügei tula dakin bolilγaqu buyu ögeričilekü bolomǰi ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠪᠣᠯᠢᠯᠭᠠᠭᠳᠠᠭᠰᠠᠨ᠂ ᠪᠤᠷᠲᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠲᠣᠭᠲᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠲᠤᠯᠠ ᠳᠠᠬᠢᠨ ᠪᠣᠯᠢᠯᠭᠠᠬᠤ ᠪᠤᠶᠤ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠬᠦ ᠪᠣᠯᠣᠮᠵᠢ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>预约时间已到，不能再取消或改约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: toγtaγaγsan čaγ kürčei, dakin bolilγaqu buyu ögeričilekü bolomǰi ügei</translatorcomment>
        <translation>ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠴᠠᠭ ᠬᠦᠷᠴᠡᠢ᠂ ᠳᠠᠬᠢᠨ ᠪᠣᠯᠢᠯᠭᠠᠬᠤ ᠪᠤᠶᠤ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠬᠦ ᠪᠣᠯᠣᠮᠵᠢ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>没有找到这个预约号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ toγtaγaγsan dugaar olddaγsan ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠣᠯᠳᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>这就是您现在预约的时段</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene bol tan-u odo toγtaγaγsan čaγ mön</translatorcomment>
        <translation>ᠡᠨᠡ ᠪᠣᠯ ᠲᠠᠨ&#x202f;ᠤ ᠣᠳᠣ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠴᠠᠭ ᠮᠥᠨ</translation>
    </message>
    <message>
        <source>已预约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaγsan</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <source>预约申请已提交，联网后确认</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγaqu ayiladqal tušiyaγdaba, sülǰiy_e-dü olbaγdaγsan-u qoyin_a batalaγdan_a</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠲᠤᠱᠢᠶᠠᠭᠳᠠᠪᠠ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠪᠠᠲᠠᠯᠠᠭᠳᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>未约上：该时段已满，请改约其他时段</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: toγtaγaǰu čidaγsan ügei: ene čaγ-un orun dügürügsen, öber_e čaγ-tu ögeričilegerei</translatorcomment>
        <translation>ᠲᠣᠭᠲᠠᠭᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ ᠡᠨᠡ ᠴᠠᠭ&#x202f;ᠤᠨ ᠣᠷᠤᠨ ᠳᠦᠭᠦᠷᠦᠭᠰᠡᠨ᠂ ᠥᠪᠡᠷ᠎ᠡ ᠴᠠᠭ&#x202f;ᠲᠤ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>已取消</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bolilγaγdaba</translatorcomment>
        <translation>ᠪᠣᠯᠢᠯᠭᠠᠭᠳᠠᠪᠠ</translation>
    </message>
    <message>
        <source>已签到</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: burtaγulba</translatorcomment>
        <translation>ᠪᠤᠷᠲᠠᠭᠤᠯᠪᠠ</translation>
    </message>
    <message>
        <source>已过时未到</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-taγan iregsen ügei</translatorcomment>
        <translation>ᠴᠠᠭ&#x202f;ᠲᠠᠭᠠᠨ ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>这个预约已经签到过了</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čaγ toγtaγal burtaγuluγdaγsan bayin_a</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠪᠤᠷᠲᠠᠭᠤᠯᠤᠭᠳᠠᠭᠰᠠᠨ ᠪᠠᠶᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>只能在预约当天签到</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰöbkön toγtaγaγsan edür-iyen burtaγulǰu bolon_a</translatorcomment>
        <translation>ᠵᠥᠪᠬᠥᠨ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠡᠳᠦᠷ&#x202f;ᠢᠶᠡᠨ ᠪᠤᠷᠲᠠᠭᠤᠯᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>申请人要求取消</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ayiladqaγči bolilγaqu-yi γuyuba</translatorcomment>
        <translation>ᠠᠶᠢᠯᠠᠳᠬᠠᠭᠴᠢ ᠪᠣᠯᠢᠯᠭᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤᠪᠠ</translation>
    </message>
    <message>
        <source>服务点临时停办</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čeg tür ǰoγsoγaba</translatorcomment>
        <translation>ᠴᠡᠭ ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ</translation>
    </message>
    <message>
        <source>重复预约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: dabqurdaγsan čaγ toγtaγal</translatorcomment>
        <translation>ᠳᠠᠪᠬᠤᠷᠳᠠᠭᠰᠠᠨ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ</translation>
    </message>
    <message>
        <source>其他原因</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: öber_e siltaγan</translatorcomment>
        <translation>ᠥᠪᠡᠷ᠎ᠡ ᠰᠢᠯᠲᠠᠭᠠᠨ</translation>
    </message>
    <message>
        <source>已取消：工作人员已为您取消（%1）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bolilγaγdaba: aǰiltan tan-u čaγ toγtaγal-i bolilγaba (%1)</translatorcomment>
        <translation>ᠪᠣᠯᠢᠯᠭᠠᠭᠳᠠᠪᠠ᠄ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠨ&#x202f;ᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢ ᠪᠣᠯᠢᠯᠭᠠᠪᠠ (%1)</translation>
    </message>
    <message>
        <source>已改约：工作人员已为您改到新的时段</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-i ögeričilebe: aǰiltan tan-u čaγ toγtaγal-i sine čaγ-tu ögeričilebe</translatorcomment>
        <translation>ᠴᠠᠭ&#x202f;ᠢ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠪᠡ᠄ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠨ&#x202f;ᠤ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢ ᠰᠢᠨᠡ ᠴᠠᠭ&#x202f;ᠲᠤ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠪᠡ</translation>
    </message>
</context>
<context>
    <name>jiujin::CaseBoardController</name>
    <message>
        <source>、</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ,</translatorcomment>
        <translation>᠂</translation>
    </message>
    <message>
        <source>办件列表读取失败：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kereg-ün ǰigsaγal-i uŋsiǰu čidaγsan ügei: %1</translatorcomment>
        <translation>ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠵᠢᠭᠰᠠᠭᠠᠯ&#x202f;ᠢ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ %1</translation>
    </message>
    <message>
        <source>待补正</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nöküǰü ǰasaqu-yi küliyeǰü bui</translatorcomment>
        <translation>ᠨᠥᠬᠦᠵᠦ ᠵᠠᠰᠠᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>需补正：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nöküǰü ǰasaqu kereg-tei: %1</translatorcomment>
        <translation>ᠨᠥᠬᠦᠵᠦ ᠵᠠᠰᠠᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ᠄ %1</translation>
    </message>
    <message>
        <source>补正期限：%1（已逾期）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nöküǰü ǰasaqu bolǰoγ_a: %1 (bolǰoγ_a-ača ketürebe)</translatorcomment>
        <translation>ᠨᠥᠬᠦᠵᠦ ᠵᠠᠰᠠᠬᠤ ᠪᠣᠯᠵᠣᠭ᠎ᠠ᠄ %1 (ᠪᠣᠯᠵᠣᠭ᠎ᠠ&#x202f;ᠠᠴᠠ ᠬᠡᠲᠦᠷᠡᠪᠡ)</translation>
    </message>
    <message>
        <source>补正期限：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nöküǰü ǰasaqu bolǰoγ_a: %1</translatorcomment>
        <translation>ᠨᠥᠬᠦᠵᠦ ᠵᠠᠰᠠᠬᠤ ᠪᠣᠯᠵᠣᠭ᠎ᠠ᠄ %1</translation>
    </message>
    <message>
        <source>原因：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: siltaγan: %1</translatorcomment>
        <translation>ᠰᠢᠯᠲᠠᠭᠠᠨ᠄ %1</translation>
    </message>
    <message>
        <source>待领取</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: abqu-yi küliyeǰü bui</translatorcomment>
        <translation>ᠠᠪᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>办理结果已到本服务点：请通知申请人带身份证和回执来领取</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγsan ür_e dün ene čeg-tü irebe: ayiladqaγči-du beye-yin gereči ba qariu bičig-iyen abču ireǰü abqu-yi medegdegerei</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠰᠠᠨ ᠦᠷ᠎ᠡ ᠳᠦᠨ ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠢᠷᠡᠪᠡ᠄ ᠠᠶᠢᠯᠠᠳᠬᠠᠭᠴᠢ&#x202f;ᠳᠤ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ ᠪᠠ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ&#x202f;ᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠢᠷᠡᠵᠦ ᠠᠪᠬᠤ&#x202f;ᠶᠢ ᠮᠡᠳᠡᠭᠳᠡᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>容缺/承诺材料到期</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: dutaγu-bar küliyen abuγsan / medegdeǰü amalaγsan barimta-yin bolǰoγ_a bolba</translatorcomment>
        <translation>ᠳᠤᠲᠠᠭᠤ&#x202f;ᠪᠠᠷ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ / ᠮᠡᠳᠡᠭᠳᠡᠵᠦ ᠠᠮᠠᠯᠠᠭᠰᠠᠨ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠪᠣᠯᠵᠣᠭ᠎ᠠ ᠪᠣᠯᠪᠠ</translation>
    </message>
    <message>
        <source>%1，已逾期</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1, bolǰoγ_a-ača ketürebe</translatorcomment>
        <translation>%1᠂ ᠪᠣᠯᠵᠣᠭ᠎ᠠ&#x202f;ᠠᠴᠠ ᠬᠡᠲᠦᠷᠡᠪᠡ</translation>
    </message>
    <message>
        <source>已记录交给申请人，待同步</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ayiladqaγči-du tušiyaγsan-i temdeglebe, sülǰiy_e-ber ilegekü-yi küliyeǰü bui</translatorcomment>
        <translation>ᠠᠶᠢᠯᠠᠳᠬᠠᠭᠴᠢ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠭᠰᠠᠨ&#x202f;ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠪᠡᠷ ᠢᠯᠡᠭᠡᠬᠦ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>已记录收到 %1，待同步</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1-i küliyen abuγsan-i temdeglebe, sülǰiy_e-ber ilegekü-yi küliyeǰü bui</translatorcomment>
        <translation>%1&#x202f;ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ&#x202f;ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠪᠡᠷ ᠢᠯᠡᠭᠡᠬᠦ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>已记录收到“%1”（%2），联网后自动报送平台</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: “%1”-i küliyen abuγsan-i temdeglebe (%2), sülǰiy_e-dü olbaγdaγsan-u qoyin_a tabčaŋ-du öbersen ilegen_e</translatorcomment>
        <translation>“%1”&#x202f;ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ&#x202f;ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ (%2)᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠥᠪᠡᠷᠰᠡᠨ ᠢᠯᠡᠭᠡᠨ᠎ᠡ</translation>
    </message>
    <message>
        <source>已记录办理结果交给申请人（%1），联网后自动报送平台</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγsan ür_e dün-i ayiladqaγči-du tušiyaγsan-i temdeglebe (%1), sülǰiy_e-dü olbaγdaγsan-u qoyin_a tabčaŋ-du öbersen ilegen_e</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠰᠠᠨ ᠦᠷ᠎ᠡ ᠳᠦᠨ&#x202f;ᠢ ᠠᠶᠢᠯᠠᠳᠬᠠᠭᠴᠢ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠭᠰᠠᠨ&#x202f;ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ (%1)᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠥᠪᠡᠷᠰᠡᠨ ᠢᠯᠡᠭᠡᠨ᠎ᠡ</translation>
    </message>
</context>
<context>
    <name>jiujin::CaseBoardService</name>
    <message>
        <source>平台未接受：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ küliyen abuγsan ügei: %1</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ %1</translation>
    </message>
    <message>
        <source>未能提交：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tušiyaǰu čidaγsan ügei: %1</translatorcomment>
        <translation>ᠲᠤᠱᠢᠶᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ %1</translation>
    </message>
    <message>
        <source>本服务点没有这个办件</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čeg-tü ene kereg ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>这个办件不在等这份材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene kereg ene barimta-yi küliyeǰü bayiγ_a ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠡᠨᠡ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>这个办件的结果不在本服务点待领取</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene kereg-ün ür_e dün ene čeg-tü abqu-yi küliyeǰü bayiγ_a ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠦᠷ᠎ᠡ ᠳᠦᠨ ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠠᠪᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>请先以工作人员身份登录</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: urida aǰiltan bolun nebterekü kereg-tei</translatorcomment>
        <translation>ᠤᠷᠢᠳᠠ ᠠᠵᠢᠯᠲᠠᠨ ᠪᠣᠯᠤᠨ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</translation>
    </message>
    <message>
        <source>已经记录过了，正在等待同步</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nigenteki temdeglegdegsen, sülǰiy_e-ber ilegekü-yi küliyeǰü bui</translatorcomment>
        <translation>ᠨᠢᠭᠡᠨᠲᠡᠬᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠳᠡᠭᠰᠡᠨ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠪᠡᠷ ᠢᠯᠡᠭᠡᠬᠦ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ</translation>
    </message>
</context>
<context>
    <name>jiujin::CatalogueController</name>
    <message>
        <source>请到 %1 办理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariqu γaǰar: %1</translatorcomment>
        <translation>ᠪᠠᠷᠢᠬᠤ ᠭᠠᠵᠠᠷ᠄ %1</translation>
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
    <name>jiujin::Department</name>
    <message>
        <source>社会保险</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: neyigem-ün daγatqal</translatorcomment>
        <translation>ᠨᠡᠶᠢᠭᠡᠮ&#x202f;ᠦᠨ ᠳᠠᠭᠠᠲᠬᠠᠯ</translation>
    </message>
    <message>
        <source>医疗保障</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: emnelge-yin batalγ_a</translatorcomment>
        <translation>ᠡᠮᠨᠡᠯᠭᠡ&#x202f;ᠶᠢᠨ ᠪᠠᠲᠠᠯᠭ᠎ᠠ</translation>
    </message>
    <message>
        <source>民政</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: irgen-ü kereg</translatorcomment>
        <translation>ᠢᠷᠭᠡᠨ&#x202f;ᠦ ᠬᠡᠷᠡᠭ</translation>
    </message>
    <message>
        <source>卫生健康</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ariγun bayidal ba eregül mendü</translatorcomment>
        <translation>ᠠᠷᠢᠭᠤᠨ ᠪᠠᠶᠢᠳᠠᠯ ᠪᠠ ᠡᠷᠡᠭᠦᠯ ᠮᠡᠨᠳᠦ</translation>
    </message>
    <message>
        <source>残疾人服务</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qaγaγai boγoni-yin üilečilege</translatorcomment>
        <translation>ᠬᠠᠭᠠᠭᠠᠢ ᠪᠣᠭᠣᠨᠢ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ</translation>
    </message>
    <message>
        <source>城市管理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qota-yin ǰaqirγ_a</translatorcomment>
        <translation>ᠬᠣᠲᠠ&#x202f;ᠶᠢᠨ ᠵᠠᠬᠢᠷᠭ᠎ᠠ</translation>
    </message>
    <message>
        <source>公安</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: olan neyite-yin amur tübsin</translatorcomment>
        <translation>ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ&#x202f;ᠶᠢᠨ ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ</translation>
    </message>
    <message>
        <source>市场监管</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰaq_a ǰegeli-yin qinalta</translatorcomment>
        <translation>ᠵᠠᠬ᠎ᠠ ᠵᠡᠭᠡᠯᠢ&#x202f;ᠶᠢᠨ ᠬᠢᠨᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <source>法律服务</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qauli-yin üilečilege</translatorcomment>
        <translation>ᠬᠠᠤᠯᠢ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ</translation>
    </message>
    <message>
        <source>自然资源</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: baiγali-yin nööče</translatorcomment>
        <translation>ᠪᠠᠢᠭᠠᠯᠢ&#x202f;ᠶᠢᠨ ᠨᠥᠥᠴᠡ</translation>
    </message>
    <message>
        <source>林业和草原</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: oi modu ba tal_a ebesü</translatorcomment>
        <translation>ᠣᠢ ᠮᠣᠳᠤ ᠪᠠ ᠲᠠᠯ᠎ᠠ ᠡᠪᠡᠰᠦ</translation>
    </message>
</context>
<context>
    <name>jiujin::FormModel</name>
    <message>
        <source>是</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tiyim</translatorcomment>
        <translation>ᠲᠢᠶᠢᠮ</translation>
    </message>
    <message>
        <source>否</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ügei</translatorcomment>
        <translation>ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>原件</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰinqini</translatorcomment>
        <translation>ᠵᠢᠨᠬᠢᠨᠢ</translation>
    </message>
    <message>
        <source>复印件</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qaγulbur</translatorcomment>
        <translation>ᠬᠠᠭᠤᠯᠪᠤᠷ</translation>
    </message>
    <message>
        <source>原件及复印件</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰinqini ba qaγulbur</translatorcomment>
        <translation>ᠵᠢᠨᠬᠢᠨᠢ ᠪᠠ ᠬᠠᠭᠤᠯᠪᠤᠷ</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čakim gereči</translatorcomment>
        <translation>ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ</translation>
    </message>
</context>
<context>
    <name>jiujin::GuideView</name>
    <message>
        <source>、</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: , </translatorcomment>
        <translation>᠂ </translation>
    </message>
    <message>
        <source>（本服务点）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: (ene čeg)</translatorcomment>
        <translation>(ᠡᠨᠡ ᠴᠡᠭ)</translation>
    </message>
</context>
<context>
    <name>jiujin::KioskContext</name>
    <message>
        <source>本机数据库损坏，已另存为 %1 并重新开始。请技术人员检查并重新配置本机（服务点、加密公钥）。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-un ögögdel-ün sang ebdereǰü, %1 ner_e-ber tusad_a qadaγalaγad sinedken ekilebe. tekniK-ün aǰiltan ene tonoγ-i šalγaǰu dakin tokiruγulqu kereg-tei (čeg, nuučalaqu olan neyite-yin tülkigür).</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠥᠭᠥᠭᠳᠡᠯ&#x202f;ᠦᠨ ᠰᠠᠨᠭ ᠡᠪᠳᠡᠷᠡᠵᠦ᠂ %1 ᠨᠡᠷ᠎ᠡ&#x202f;ᠪᠡᠷ ᠲᠤᠰᠠᠳ᠎ᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠳ ᠰᠢᠨᠡᠳᠬᠡᠨ ᠡᠬᠢᠯᠡᠪᠡ᠃ ᠲᠡᠬᠨᠢᠺ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠢ ᠱᠠᠯᠭᠠᠵᠤ ᠳᠠᠬᠢᠨ ᠲᠣᠬᠢᠷᠤᠭᠤᠯᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ (ᠴᠡᠭ᠂ ᠨᠤᠤᠴᠠᠯᠠᠬᠤ ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ&#x202f;ᠶᠢᠨ ᠲᠦᠯᠬᠢᠭᠦᠷ)᠃</translation>
    </message>
</context>
<context>
    <name>jiujin::MaterialChoiceModel</name>
    <message>
        <source>一份申请最多附 %1 张图片（共 %2 MB 以内），这张没有附上。其余材料请交给窗口工作人员。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nige ayiladqal-du qamuγ olan-daγan %1 ǰiruγ (bügüde %2 MB-ača doγuγši) qabsurγan_a, ene ǰiruγ qabsurγaγdaγsan ügei. busu barimta-yi čoŋqu-yin aǰiltan-du tušiyaγarai.</translatorcomment>
        <translation>ᠨᠢᠭᠡ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ&#x202f;ᠳᠤ ᠬᠠᠮᠤᠭ ᠣᠯᠠᠨ&#x202f;ᠳᠠᠭᠠᠨ %1 ᠵᠢᠷᠤᠭ (ᠪᠦᠭᠦᠳᠡ %2 MB&#x202f;ᠠᠴᠠ ᠳᠣᠭᠤᠭᠱᠢ) ᠬᠠᠪᠰᠤᠷᠭᠠᠨ᠎ᠠ᠂ ᠡᠨᠡ ᠵᠢᠷᠤᠭ ᠬᠠᠪᠰᠤᠷᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠪᠤᠰᠤ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠴᠣᠩᠬᠤ&#x202f;ᠶᠢᠨ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>jiujin::SimulatedIdCardReader</name>
    <message>
        <source>没有读出身份证信息，请重新放置身份证</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-yin medege uŋsiγdaγsan ügei, beye-yin gereči-ben dakin talbiγarai</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠭᠡ ᠤᠩᠰᠢᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠪᠡᠨ ᠳᠠᠬᠢᠨ ᠲᠠᠯᠪᠢᠭᠠᠷᠠᠢ</translation>
    </message>
</context>
<context>
    <name>jiujin::SimulatedScanner</name>
    <message>
        <source>扫描仪未连接，请把材料交给工作人员</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰiruγ abqu tökerömǰi ǰalγaγdaγ_a ügei, barimta-ban aǰiltan-du tušiyaγarai</translatorcomment>
        <translation>ᠵᠢᠷᠤᠭ ᠠᠪᠬᠤ ᠲᠥᠬᠡᠷᠥᠮᠵᠢ ᠵᠠᠯᠭᠠᠭᠳᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>没有扫描到材料，请把材料放好后再试</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: barimta-yin ǰiruγ abuγdaγsan ügei, barimta-ban sayin talbiγad dakin turšiγarai</translatorcomment>
        <translation>ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠵᠢᠷᠤᠭ ᠠᠪᠤᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠰᠠᠶᠢᠨ ᠲᠠᠯᠪᠢᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠱᠢᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>扫描失败，请再试一次</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰiruγ abqu ese bütübe, dakin nige turšiγarai</translatorcomment>
        <translation>ᠵᠢᠷᠤᠭ ᠠᠪᠬᠤ ᠡᠰᠡ ᠪᠦᠲᠦᠪᠡ᠂ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠲᠤᠷᠱᠢᠭᠠᠷᠠᠢ</translation>
    </message>
</context>
<context>
    <name>jiujin::StaffController</name>
    <message>
        <source>差评，需要回访</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: maγu ünelelte, dakin asaγuqu kereg-tei</translatorcomment>
        <translation>ᠮᠠᠭᠤ ᠦᠨᠡᠯᠡᠯᠲᠡ᠂ ᠳᠠᠬᠢᠨ ᠠᠰᠠᠭᠤᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</translation>
    </message>
    <message>
        <source>待提交</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tušiyaqu-yi küliyeǰü bui</translatorcomment>
        <translation>ᠲᠤᠱᠢᠶᠠᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>正在提交</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tušiyaǰu bui</translatorcomment>
        <translation>ᠲᠤᠱᠢᠶᠠᠵᠤ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>已提交</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tušiyaγdaba</translatorcomment>
        <translation>ᠲᠤᠱᠢᠶᠠᠭᠳᠠᠪᠠ</translation>
    </message>
    <message>
        <source>被退回</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bučaγaγdaba</translatorcomment>
        <translation>ᠪᠤᠴᠠᠭᠠᠭᠳᠠᠪᠠ</translation>
    </message>
    <message>
        <source>需要处理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: šiidbürilekü kereg-tei</translatorcomment>
        <translation>ᠱᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</translation>
    </message>
    <message numerus="yes">
        <source>%n 分钟</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %n minüt</translatorcomment>
        <translation>
            <numerusform>%n ᠮᠢᠨᠦᠲ</numerusform>
            <numerusform>%n ᠮᠢᠨᠦᠲ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 小时</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %n čaγ</translatorcomment>
        <translation>
            <numerusform>%n ᠴᠠᠭ</numerusform>
            <numerusform>%n ᠴᠠᠭ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 天</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %n edür</translatorcomment>
        <translation>
            <numerusform>%n ᠡᠳᠦᠷ</numerusform>
            <numerusform>%n ᠡᠳᠦᠷ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>工号或密码不对，还可以再试 %n 次</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aǰiltan-u dugaar buyu nuγuč_a dugaar buruγu, basa %n udaγ_a oroldaǰu bolon_a</translatorcomment>
        <translation>
            <numerusform>ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠤ ᠳᠤᠭᠠᠠᠷ ᠪᠤᠶᠤ ᠨᠤᠭᠤᠴ᠎ᠠ ᠳᠤᠭᠠᠠᠷ ᠪᠤᠷᠤᠭᠤ᠂ ᠪᠠᠰᠠ %n ᠤᠳᠠᠭ᠎ᠠ ᠣᠷᠣᠯᠳᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</numerusform>
            <numerusform>ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠤ ᠳᠤᠭᠠᠠᠷ ᠪᠤᠶᠤ ᠨᠤᠭᠤᠴ᠎ᠠ ᠳᠤᠭᠠᠠᠷ ᠪᠤᠷᠤᠭᠤ᠂ ᠪᠠᠰᠠ %n ᠤᠳᠠᠭ᠎ᠠ ᠣᠷᠣᠯᠳᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</numerusform>
        </translation>
    </message>
    <message>
        <source>连续输错次数太多，已锁定到 %1，请稍后再试</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daraγalaǰu olan udaγ_a buruγu oruγulsan tula %1 boltal_a qaγaγdaba, türgen-e daraγ_a dakin oroldaγarai</translatorcomment>
        <translation>ᠳᠠᠷᠠᠭᠠᠯᠠᠵᠤ ᠣᠯᠠᠨ ᠤᠳᠠᠭ᠎ᠠ ᠪᠤᠷᠤᠭᠤ ᠣᠷᠤᠭᠤᠯᠰᠠᠨ ᠲᠤᠯᠠ %1 ᠪᠣᠯᠲᠠᠯ᠎ᠠ ᠬᠠᠭᠠᠭᠳᠠᠪᠠ᠂ ᠲᠦᠷᠭᠡᠨ&#x202f;ᠡ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>本机还没有接入旗政务服务平台，申请会先保存在本机。请技术人员运行 jiujinctl enroll。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ qosiγu-yin ǰasaγ-un alban-u üilečilege-yin tabčaŋ-du odoo boltal_a olbaγdaγ_a ügei, ayiladqal urida ene tonoγ-tu qadaγalaγdan_a. tekniK-ün aǰiltan {jiujinctl enroll}-i aǰillaγulqu kereg-tei.</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠣᠳᠣᠣ ᠪᠣᠯᠲᠠᠯ᠎ᠠ ᠣᠯᠪᠠᠭᠳᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠤᠷᠢᠳᠠ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠨ᠎ᠠ᠃ ᠲᠡᠬᠨᠢᠺ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ jiujinctl enroll&#x202f;ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ᠃</translation>
    </message>
    <message>
        <source>本机时钟比平台%1 %2，所以连不上平台。请技术人员校准本机时间（jiujinctl doctor 会说明）；申请先保存在本机，时间校准后会自动提交到平台。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-un čaγ tabčaŋ-ača %2 %1 tula tabčaŋ-du olbaγdaqu ügei. tekniK-ün aǰiltan ene tonoγ-un čaγ-i ǰasaqu kereg-tei ({jiujinctl doctor} tayilburilan_a); ayiladqal urida ene tonoγ-tu qadaγalaγdaǰu, čaγ ǰasaγdaγsan-u qoyin_a tabčaŋ-du öbersen tušiyaγdan_a.</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠴᠠᠭ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠠᠴᠠ %2 %1 ᠲᠤᠯᠠ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠲᠡᠬᠨᠢᠺ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠴᠠᠭ&#x202f;ᠢ ᠵᠠᠰᠠᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ (jiujinctl doctor ᠲᠠᠶᠢᠯᠪᠤᠷᠢᠯᠠᠨ᠎ᠠ); ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠤᠷᠢᠳᠠ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠵᠤ᠂ ᠴᠠᠭ ᠵᠠᠰᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠥᠪᠡᠷᠰᠡᠨ ᠲᠤᠱᠢᠶᠠᠭᠳᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>慢</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qoǰimdaǰu bui</translatorcomment>
        <translation>ᠬᠣᠵᠢᠮᠳᠠᠵᠤ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>快</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: türügüleǰü bui</translatorcomment>
        <translation>ᠲᠦᠷᠦᠭᠦᠯᠡᠵᠦ ᠪᠤᠢ</translation>
    </message>
    <message>
        <source>本机时钟不对，所以连不上平台。请技术人员校准本机时间（jiujinctl doctor 会说明）；申请先保存在本机，时间校准后会自动提交到平台。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-un čaγ buruγu tula tabčaŋ-du olbaγdaqu ügei. tekniK-ün aǰiltan ene tonoγ-un čaγ-i ǰasaqu kereg-tei ({jiujinctl doctor} tayilburilan_a); ayiladqal urida ene tonoγ-tu qadaγalaγdaǰu, čaγ ǰasaγdaγsan-u qoyin_a tabčaŋ-du öbersen tušiyaγdan_a.</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠴᠠᠭ ᠪᠤᠷᠤᠭᠤ ᠲᠤᠯᠠ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠲᠡᠬᠨᠢᠺ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠴᠠᠭ&#x202f;ᠢ ᠵᠠᠰᠠᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ (jiujinctl doctor ᠲᠠᠶᠢᠯᠪᠤᠷᠢᠯᠠᠨ᠎ᠠ); ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠤᠷᠢᠳᠠ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠵᠤ᠂ ᠴᠠᠭ ᠵᠠᠰᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠥᠪᠡᠷᠰᠡᠨ ᠲᠤᠱᠢᠶᠠᠭᠳᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>暂时连不上平台（%1，%2），网络恢复后会自动提交。上次提交：%3</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tür tabčaŋ-du olbaγdaqu ügei (%1, %2), sülǰiy_e sergügsen-ü qoyin_a öbersen tušiyaγdan_a. ötegen udaγ_a tušiyaγsan: %3</translatorcomment>
        <translation>ᠲᠦᠷ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ (%1᠂ %2)᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠰᠡᠷᠭᠦᠭᠰᠡᠨ&#x202f;ᠦ ᠬᠣᠶᠢᠨ᠎ᠠ ᠥᠪᠡᠷᠰᠡᠨ ᠲᠤᠱᠢᠶᠠᠭᠳᠠᠨ᠎ᠠ᠃ ᠥᠲᠡᠭᠡᠨ ᠤᠳᠠᠭ᠎ᠠ ᠲᠤᠱᠢᠶᠠᠭᠰᠠᠨ᠄ %3</translation>
    </message>
    <message>
        <source>还没有</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: odoo boltal_a ügei</translatorcomment>
        <translation>ᠣᠳᠣᠣ ᠪᠣᠯᠲᠠᠯ᠎ᠠ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>网络正常，上次提交：%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: sülǰiy_e kebiyin, ötegen udaγ_a tušiyaγsan: %1</translatorcomment>
        <translation>ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠬᠡᠪᠢᠶᠢᠨ᠂ ᠥᠲᠡᠭᠡᠨ ᠤᠳᠠᠭ᠎ᠠ ᠲᠤᠱᠢᠶᠠᠭᠰᠠᠨ᠄ %1</translation>
    </message>
    <message>
        <source>已接入平台，还没有提交过记录</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-du olbaγdaγsan, odoo boltal_a temdeglel tušiyaγ_a ügei</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ᠂ ᠣᠳᠣᠣ ᠪᠣᠯᠲᠠᠯ᠎ᠠ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠲᠤᠱᠢᠶᠠᠭ᠎ᠠ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>✓ 已签到：%1 · %2 · %3</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ✓ burtaγulba: %1 · %2 · %3</translatorcomment>
        <translation>✓ ᠪᠤᠷᠲᠠᠭᠤᠯᠪᠠ᠄ %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>已把 %n 个过时未到的预约标记为爽约</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-taγan iregsen ügei %n čaγ toγtaγal-i temdeglebe</translatorcomment>
        <translation>
            <numerusform>ᠴᠠᠭ&#x202f;ᠲᠠᠭᠠᠨ ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ %n ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ</numerusform>
            <numerusform>ᠴᠠᠭ&#x202f;ᠲᠠᠭᠠᠨ ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ %n ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiujin::StaffService</name>
    <message>
        <source>密码须为%1位数字</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nuγuč_a dugaar %1 orun-u toγ_a bayiqu kereg-tei</translatorcomment>
        <translation>ᠨᠤᠭᠤᠴ᠎ᠠ ᠳᠤᠭᠠᠠᠷ %1 ᠣᠷᠤᠨ&#x202f;ᠤ ᠲᠣᠭ᠎ᠠ ᠪᠠᠶᠢᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</translation>
    </message>
    <message>
        <source>密码太容易被猜到，请不要用重复或连续的数字</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nuγuč_a dugaar-i amarqan taγaǰu bolqu, dabqučaγsan buyu ǰalγaγsan toγ_a-yi bu kereglegerei</translatorcomment>
        <translation>ᠨᠤᠭᠤᠴ᠎ᠠ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢ ᠠᠮᠠᠷᠬᠠᠨ ᠲᠠᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ᠂ ᠳᠠᠪᠬᠤᠴᠠᠭᠰᠠᠨ ᠪᠤᠶᠤ ᠵᠠᠯᠭᠠᠭᠰᠠᠨ ᠲᠣᠭ᠎ᠠ&#x202f;ᠶᠢ ᠪᠤ ᠬᠡᠷᠡᠭᠯᠡᠭᠡᠷᠡᠢ</translation>
    </message>
</context>
<context>
    <name>jiujin::StatusController</name>
    <message>
        <source>预约已取消，名额已让给其他群众。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ toγtaγal bolilγaγdaba, orun-i busud irgen-dü ögbe.</translatorcomment>
        <translation>ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠪᠣᠯᠢᠯᠭᠠᠭᠳᠠᠪᠠ᠂ ᠣᠷᠤᠨ&#x202f;ᠢ ᠪᠤᠰᠤᠳ ᠢᠷᠭᠡᠨ&#x202f;ᠳᠦ ᠥᠭᠪᠡ᠃</translation>
    </message>
    <message>
        <source>请提前10分钟到达，携带身份证。来不了的话请取消预约，把名额让给别人。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: 10 minut urida ireǰü, beye-yin gereči-ben abčiraγarai. ireǰü čidaqu ügei bol čaγ toγtaγal-iyan bolilγaǰu, orun-i busud-tu ögügerei.</translatorcomment>
        <translation>10 ᠮᠢᠨᠤᠲ ᠤᠷᠢᠳᠠ ᠢᠷᠡᠵᠦ᠂ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠪᠡᠨ ᠠᠪᠴᠢᠷᠠᠭᠠᠷᠠᠢ᠃ ᠢᠷᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠯ&#x202f;ᠢᠶᠠᠨ ᠪᠣᠯᠢᠯᠭᠠᠵᠤ᠂ ᠣᠷᠤᠨ&#x202f;ᠢ ᠪᠤᠰᠤᠳ&#x202f;ᠲᠤ ᠥᠭᠦᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>本机联网后，平台会确认是否约上，请稍后再来查询，或留意电话通知。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ sülǰiy_e-dü olbaγdaγsan-u qoyin_a tabčaŋ čaγ toγtaγaγdaγsan esekü-yi batalan_a, tür qoyin_a dakin ireǰü üǰegerei, esekü-le utasun-u medegdel-i anqaraγarai.</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠲᠠᠪᠴᠠᠩ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠡᠰᠡᠬᠦ&#x202f;ᠶᠢ ᠪᠠᠲᠠᠯᠠᠨ᠎ᠠ᠂ ᠲᠦᠷ ᠬᠣᠶᠢᠨ᠎ᠠ ᠳᠠᠬᠢᠨ ᠢᠷᠡᠵᠦ ᠦᠵᠡᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠢ ᠠᠨᠬᠠᠷᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>已改约，新的预约号是 %1。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-i ögeričilebe, sine čaγ toγtaγaγsan dugaar ni %1.</translatorcomment>
        <translation>ᠴᠠᠭ&#x202f;ᠢ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠪᠡ᠂ ᠰᠢᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠨᠢ %1᠃</translation>
    </message>
    <message>
        <source>已改约，新的预约号是 %1，请以工作人员告知为准。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-i ögeričilebe, sine čaγ toγtaγaγsan dugaar ni %1. aǰiltan-u medegdel-i barimǰiy_a bolγan_a.</translatorcomment>
        <translation>ᠴᠠᠭ&#x202f;ᠢ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠪᠡ᠂ ᠰᠢᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠨᠢ %1᠃ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠢ ᠪᠠᠷᠢᠮᠵᠢᠶ᠎ᠠ ᠪᠣᠯᠭᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>已改约，新的预约号是 %1，时间是 %2。请凭新预约号到窗口办理，以工作人员告知为准。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čaγ-i ögeričilebe, sine čaγ toγtaγaγsan dugaar ni %1, čaγ ni %2. sine dugaar-iyan abču čoŋqu-du ireǰü kereg-iyen bariγarai, aǰiltan-u medegdel-i barimǰiy_a bolγan_a.</translatorcomment>
        <translation>ᠴᠠᠭ&#x202f;ᠢ ᠥᠭᠡᠷᠢᠴᠢᠯᠡᠪᠡ᠂ ᠰᠢᠨᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠨᠢ %1᠂ ᠴᠠᠭ ᠨᠢ %2᠃ ᠰᠢᠨᠡ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠠᠪᠴᠤ ᠴᠣᠩᠬᠤ&#x202f;ᠳᠤ ᠢᠷᠡᠵᠦ ᠬᠡᠷᠡᠭ&#x202f;ᠢᠶᠡᠨ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ᠂ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠢ ᠪᠠᠷᠢᠮᠵᠢᠶ᠎ᠠ ᠪᠣᠯᠭᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>申请已安全保存在本机，网络通畅时会自动提交到旗政务服务平台，不需要您再跑一趟。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ayiladqal ene tonoγ-tu ayul ügei qadaγalaγdaba, sülǰiy_e saγad ügei bolqu-du qosiγu-yin ǰasaγ-un alban-u üilečilege-yin tabčaŋ-du öbesüben tušiyaγdan_a, ta dakin yabuqu kereg ügei.</translatorcomment>
        <translation>ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠠᠶᠤᠯ ᠦᠭᠡᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠰᠠᠭᠠᠳ ᠦᠭᠡᠢ ᠪᠣᠯᠬᠤ&#x202f;ᠳᠤ ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠥᠪᠡᠰᠦᠪᠡᠨ ᠲᠤᠱᠢᠶᠠᠭᠳᠠᠨ᠎ᠠ᠂ ᠲᠠ ᠳᠠᠬᠢᠨ ᠶᠠᠪᠤᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>已提交到旗政务服务平台（平台受理号 %1），请等待办理结果通知。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qosiγu-yin ǰasaγ-un alban-u üilečilege-yin tabčaŋ-du tušiyaγdaba (tabčaŋ-un küliyen abuγsan dugaar %1), bariγsan ür_e dün-ü medegdel-i küliyegerei.</translatorcomment>
        <translation>ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠭᠳᠠᠪᠠ (ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ %1)᠂ ᠪᠠᠷᠢᠭᠰᠠᠨ ᠦᠷ᠎ᠡ ᠳᠦᠨ&#x202f;ᠦ ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠢ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>申请被退回：%1。请带上材料到服务点找工作人员。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ayiladqal bučaγaγdaba: %1. barimta-ban abčiǰu čeg-tü ireǰü aǰiltan-du qanduγarai.</translatorcomment>
        <translation>ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠪᠤᠴᠠᠭᠠᠭᠳᠠᠪᠠ᠄ %1᠃ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠠᠪᠴᠢᠵᠤ ᠴᠡᠭ&#x202f;ᠲᠦ ᠢᠷᠡᠵᠦ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠨᠳᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>提交到平台时遇到问题，工作人员正在处理，请留意电话通知。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-du tušiyaqu-du asaγudal γarba, aǰiltan šiidbürileǰü bayin_a, utasun-u medegdel-i anqaraγarai.</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠬᠤ&#x202f;ᠳᠤ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠭᠠᠷᠪᠠ᠂ ᠠᠵᠢᠯᠲᠠᠨ ᠱᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠢ ᠠᠨᠬᠠᠷᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>受理编号是12位数字，请对照回执输入</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abuγsan dugaar 12 orun-u toγ_a, qariu bičig-tei tulγaǰu oruγulγarai</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ 12 ᠣᠷᠤᠨ&#x202f;ᠤ ᠲᠣᠭ᠎ᠠ᠂ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ&#x202f;ᠲᠡᠢ ᠲᠤᠯᠭᠠᠵᠤ ᠣᠷᠤᠭᠤᠯᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>本机没有这个受理编号。如果是在别的服务点办的，请到那里查询或拨打回执上的电话。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-tu ene küliyen abuγsan dugaar ügei. öger_e čeg-tü bariγsan bol tende-eče üǰegerei, esekü-le qariu bičig-deki utasun-du lablaγarai.</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠡᠨᠡ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠦᠭᠡᠢ᠃ ᠥᠭᠡᠷ᠎ᠡ ᠴᠡᠭ&#x202f;ᠲᠦ ᠪᠠᠷᠢᠭᠰᠠᠨ ᠪᠣᠯ ᠲᠡᠨᠳᠡ&#x202f;ᠡᠴᠡ ᠦᠵᠡᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ&#x202f;ᠳᠡᠬᠢ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠳᠤ ᠯᠠᠪᠯᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>这个受理编号不对，请核对回执上的12位数字</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene küliyen abuγsan dugaar buruγu, qariu bičig-deki 12 orun-u toγ_a-yi tulγaγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠪᠤᠷᠤᠭᠤ᠂ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ&#x202f;ᠳᠡᠬᠢ 12 ᠣᠷᠤᠨ&#x202f;ᠤ ᠲᠣᠭ᠎ᠠ&#x202f;ᠶᠢ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>这个受理编号不是本机办理的。请输入申请时填写的手机号或身份证号的后四位，向旗政务服务平台查询。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene küliyen abuγsan dugaar ene tonoγ-tu bariγsan biši. ayiladqaqu-du bičigsen γar utasu buyu beye-yin gereči-yin dugaar-un segül-ün dörben orun-i oruγulǰu, qosiγu-yin ǰasaγ-un alban-u üilečilege-yin tabčaŋ-ača asaγuγarai.</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠪᠠᠷᠢᠭᠰᠠᠨ ᠪᠢᠱᠢ᠃ ᠠᠶᠢᠯᠠᠳᠬᠠᠬᠤ&#x202f;ᠳᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠪᠤᠶᠤ ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠤᠨ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠳᠥᠷᠪᠡᠨ ᠣᠷᠤᠨ&#x202f;ᠢ ᠣᠷᠤᠭᠤᠯᠵᠤ᠂ ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠠᠴᠠ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>正在查询…</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: asaγuǰu bayin_a…</translatorcomment>
        <translation>ᠠᠰᠠᠭᠤᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <source>没有找到。请核对受理编号和后四位，或到窗口查询。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: oldaγsan ügei. küliyen abuγsan dugaar ba segül-ün dörben orun-i tulγaγarai, esekü-le čoŋqu-ača asaγuγarai.</translatorcomment>
        <translation>ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠪᠠ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠳᠥᠷᠪᠡᠨ ᠣᠷᠤᠨ&#x202f;ᠢ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠴᠣᠩᠬᠤ&#x202f;ᠠᠴᠠ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>查询次数太多，请稍后再试或到窗口查询。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: asaγuγsan toγ_a dengdegüü olan, tür qoyin_a dakin oroldaγarai, esekü-le čoŋqu-ača asaγuγarai.</translatorcomment>
        <translation>ᠠᠰᠠᠭᠤᠭᠰᠠᠨ ᠲᠣᠭ᠎ᠠ ᠳᠡᠨᠭᠳᠡᠭᠦᠦ ᠣᠯᠠᠨ᠂ ᠲᠦᠷ ᠬᠣᠶᠢᠨ᠎ᠠ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠴᠣᠩᠬᠤ&#x202f;ᠠᠴᠠ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>暂时无法连接旗平台，请稍后再试或到窗口查询。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qosiγu-yin tabčaŋ-du odoqan-du ǰalγaγdaqu ügei, tür qoyin_a dakin oroldaγarai, esekü-le čoŋqu-ača asaγuγarai.</translatorcomment>
        <translation>ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠣᠳᠣᠬᠠᠨ&#x202f;ᠳᠤ ᠵᠠᠯᠭᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠲᠦᠷ ᠬᠣᠶᠢᠨ᠎ᠠ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠴᠣᠩᠬᠤ&#x202f;ᠠᠴᠠ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>jiujin::SubmissionService</name>
    <message>
        <source>本机还没有设置服务点，请联系工作人员</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-tu čeg edüi toγtaγaγ_a ügei, aǰiltan-du qanduγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠴᠡᠭ ᠡᠳᠦᠢ ᠲᠣᠭᠲᠠᠭᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠨᠳᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>本机还没有配置上级平台的加密公钥，暂时不能受理申请，请联系工作人员</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-tu degedü tabčaŋ-un nuuča tülkigür edüi oruγulaγ_a ügei, tür ayiladqal küliyen abču čidaqu ügei, aǰiltan-du qanduγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠲᠤ ᠳᠡᠭᠡᠳᠦ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠨᠤᠤᠴᠠ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠡᠳᠦᠢ ᠣᠷᠤᠭᠤᠯᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠲᠦᠷ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠨᠳᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>找不到这个事项，请返回重新选择</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene kereg oldaγsan ügei, bučaǰu dakin songγoγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠪᠤᠴᠠᠵᠤ ᠳᠠᠬᠢᠨ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>表单里没有这一项</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qüsnegt-tü ene ǰüil ügei</translatorcomment>
        <translation>ᠬᠦᠰᠨᠡᠭᠲ&#x202f;ᠲᠦ ᠡᠨᠡ ᠵᠦᠢᠯ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>这份材料是必需的：请拍照上传、扫电子证照，或按允许的方式办理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene barimta ǰabal kereglegdekü: ǰiruγ tataǰu yabuγulqu, čakim gereči uŋsiγulqu, esekü-le ǰöbsiyeregdegsen arγ_a-bar bariγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠪᠠᠷᠢᠮᠲᠠ ᠵᠠᠪᠠᠯ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠬᠦ᠄ ᠵᠢᠷᠤᠭ ᠲᠠᠲᠠᠵᠤ ᠶᠠᠪᠤᠭᠤᠯᠬᠤ᠂ ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ ᠤᠩᠰᠢᠭᠤᠯᠬᠤ᠂ ᠡᠰᠡᠬᠦ&#x202f;ᠯᠡ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠳᠡᠭᠰᠡᠨ ᠠᠷᠭ᠎ᠠ&#x202f;ᠪᠠᠷ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>这份材料不能容缺后补，今天需要提供</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene barimta-yi dutaγu-bar küliyen abču bolqu ügei, önödür tušiyaqu kereg-tei</translatorcomment>
        <translation>ᠡᠨᠡ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠳᠤᠲᠠᠭᠤ&#x202f;ᠪᠠᠷ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠂ ᠥᠨᠥᠳᠦᠷ ᠲᠤᠱᠢᠶᠠᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</translation>
    </message>
    <message>
        <source>这份材料不能用告知承诺代替</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene barimta-yi medegdeǰü amalaqu-bar orolaγulǰu bolqu ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠮᠡᠳᠡᠭᠳᠡᠵᠦ ᠠᠮᠠᠯᠠᠬᠤ&#x202f;ᠪᠠᠷ ᠣᠷᠣᠯᠠᠭᠤᠯᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>还没有拍照上传这份材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene barimta-yin ǰiruγ edüi yabuγulaγ_a ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠵᠢᠷᠤᠭ ᠡᠳᠦᠢ ᠶᠠᠪᠤᠭᠤᠯᠠᠭ᠎ᠠ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>还没有扫描电子证照</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čakim gereči edüi uŋsiγulaγ_a ügei</translatorcomment>
        <translation>ᠴᠠᠬᠢᠮ ᠭᠡᠷᠡᠴᠢ ᠡᠳᠦᠢ ᠤᠩᠰᠢᠭᠤᠯᠠᠭ᠎ᠠ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>这个事项没有这份材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene kereg-tü ene barimta ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠦ ᠡᠨᠡ ᠪᠠᠷᠢᠮᠲᠠ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>请先阅读并同意个人信息处理告知</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qubi kümün-ü medege-yi kereglekü tuqai medegdel-i urid uŋsiǰu ǰöbsiyeregerei</translatorcomment>
        <translation>ᠬᠤᠪᠢ ᠬᠦᠮᠦᠨ&#x202f;ᠦ ᠮᠡᠳᠡᠭᠡ&#x202f;ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠲᠤᠬᠠᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠢ ᠤᠷᠢᠳ ᠤᠩᠰᠢᠵᠤ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>代办须说明申请人如何授权：本人在场或委托书</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: orulan bariqu-du ayiladqaγči yaγaǰu erke olγoγsan-i kelekü kereg-tei: öber-iyen ireǰü buyu itegemǰilegsen bičig</translatorcomment>
        <translation>ᠣᠷᠤᠯᠠᠨ ᠪᠠᠷᠢᠬᠤ&#x202f;ᠳᠤ ᠠᠶᠢᠯᠠᠳᠬᠠᠭᠴᠢ ᠶᠠᠭᠠᠵᠤ ᠡᠷᠬᠡ ᠣᠯᠭᠣᠭᠰᠠᠨ&#x202f;ᠢ ᠬᠡᠯᠡᠬᠦ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ᠄ ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠢᠷᠡᠵᠦ ᠪᠤᠶᠤ ᠢᠲᠡᠭᠡᠮᠵᠢᠯᠡᠭᠰᠡᠨ ᠪᠢᠴᠢᠭ</translation>
    </message>
    <message>
        <source>没有找到这个受理编号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene küliyen abuγsan dugaar oldaγsan ügei</translatorcomment>
        <translation>ᠡᠨᠡ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠳᠤᠭᠠᠠᠷ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>这次办事已经评价过了，谢谢您</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene udaγ_a-yin kereg-i ünelečihegsen, tan-du bayarlalaa</translatorcomment>
        <translation>ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠬᠡᠷᠡᠭ&#x202f;ᠢ ᠦᠨᠡᠯᠡᠴᠢᠾᠡᠭᠰᠡᠨ᠂ ᠲᠠᠨ&#x202f;ᠳᠤ ᠪᠠᠶᠠᠷᠯᠠᠯᠠᠠ</translation>
    </message>
</context>
<context>
    <name>jiujin::SyncErrorText</name>
    <message>
        <source>本机时钟不对：请校准本机时间（jiujinctl doctor 会说明）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-un čaγ buruγu: ene tonoγ-un čaγ-i ǰasaγarai ({jiujinctl doctor} tayilburilan_a)</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠴᠠᠭ ᠪᠤᠷᠤᠭᠤ᠄ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠴᠠᠭ&#x202f;ᠢ ᠵᠠᠰᠠᠭᠠᠷᠠᠢ (jiujinctl doctor ᠲᠠᠶᠢᠯᠪᠤᠷᠢᠯᠠᠨ᠎ᠠ)</translation>
    </message>
    <message>
        <source>找不到平台的地址（域名解析失败）：检查网络是否接通和 DNS 设置</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-un qayiγ olddaqu ügei ({DNS} tayilburilaǰu čidaγsan ügei): sülǰiy_e olbaγdaγsan esekü ba {DNS}-ün tokirγ_a-yi šalγaγarai</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠬᠠᠶᠢᠭ ᠣᠯᠳᠳᠠᠬᠤ ᠦᠭᠡᠢ (DNS ᠲᠠᠶᠢᠯᠪᠤᠷᠢᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ)᠄ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠣᠯᠪᠠᠭᠳᠠᠭᠰᠠᠨ ᠡᠰᠡᠬᠦ ᠪᠠ DNS&#x202f;ᠦᠨ ᠲᠣᠬᠢᠷᠭ᠎ᠠ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>连不上平台：检查网线或 4G 信号；信号正常时请联系平台管理员</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-du olbaγdaqu ügei: sülǰiy_e-yin utasu buyu {4G} dokiy_a-yi šalγaγarai; dokiy_a kebiyin bol tabčaŋ-un ǰakiruγči-du qandun_a uu</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠄ ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠤᠲᠠᠰᠤ ᠪᠤᠶᠤ 4G ᠳᠣᠬᠢᠶ᠎ᠠ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ; ᠳᠣᠬᠢᠶ᠎ᠠ ᠬᠡᠪᠢᠶᠢᠨ ᠪᠣᠯ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠵᠠᠬᠢᠷᠤᠭᠴᠢ&#x202f;ᠳᠤ ᠬᠠᠨᠳᠤᠨ᠎ᠠ ᠤᠤ</translation>
    </message>
    <message>
        <source>网络中断或信号弱：检查 4G 信号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: sülǰiy_e tasuraγsan buyu dokiy_a sula: {4G} dokiy_a-yi šalγaγarai</translatorcomment>
        <translation>ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠲᠠᠰᠤᠷᠠᠭᠰᠠᠨ ᠪᠤᠶᠤ ᠳᠣᠬᠢᠶ᠎ᠠ ᠰᠤᠯᠠ᠄ 4G ᠳᠣᠬᠢᠶ᠎ᠠ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>连接中途断开：检查 4G 信号，本机会自动重试</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: olbaγ_a ǰaγur-a tasuraba: {4G} dokiy_a-yi šalγaγarai, ene tonoγ öbesüben dakin oroldan_a</translatorcomment>
        <translation>ᠣᠯᠪᠠᠭ᠎ᠠ ᠵᠠᠭᠤᠷ&#x202f;ᠠ ᠲᠠᠰᠤᠷᠠᠪᠠ᠄ 4G ᠳᠣᠬᠢᠶ᠎ᠠ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠂ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠥᠪᠡᠰᠦᠪᠡᠨ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>与平台的加密连接没有建立：本机证书可能被拒绝，请运行 jiujinctl doctor</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-tai nuučalaγdaγsan olbaγ_a bayiγuluγdaγsan ügei: ene tonoγ-un gerečilel tatuγaγdaγsan baiǰu magad, {jiujinctl doctor}-i aǰillaγulun_a uu</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠲᠠᠢ ᠨᠤᠤᠴᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠣᠯᠪᠠᠭ᠎ᠠ ᠪᠠᠶᠢᠭᠤᠯᠤᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠯ ᠲᠠᠲᠤᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠪᠠᠢᠵᠤ ᠮᠠᠭᠠᠳ᠂ jiujinctl doctor&#x202f;ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ</translation>
    </message>
    <message>
        <source>平台证书错误：核对平台地址，运行 jiujinctl doctor</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-un gerečilel buruγu: tabčaŋ-un qayiγ-i tulγaǰu, {jiujinctl doctor}-i aǰillaγulun_a uu</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠯ ᠪᠤᠷᠤᠭᠤ᠄ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠬᠠᠶᠢᠭ&#x202f;ᠢ ᠲᠤᠯᠭᠠᠵᠤ᠂ jiujinctl doctor&#x202f;ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ</translation>
    </message>
    <message>
        <source>平台证书与本机记录的不符：核对平台地址；平台换过密钥时重新运行 jiujinctl enroll</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-un gerečilel ene tonoγ-un temdeglegsen-tei taγaraqu ügei: tabčaŋ-un qayiγ-i tulγaγarai; tabčaŋ nuγuč_a tülkigür-iyen solibal {jiujinctl enroll}-i dakin aǰillaγulun_a uu</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠯ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠰᠡᠨ&#x202f;ᠲᠡᠢ ᠲᠠᠭᠠᠷᠠᠬᠤ ᠦᠭᠡᠢ᠄ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠬᠠᠶᠢᠭ&#x202f;ᠢ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ; ᠲᠠᠪᠴᠠᠩ ᠨᠤᠭᠤᠴ᠎ᠠ ᠲᠦᠯᠬᠢᠭᠦᠷ&#x202f;ᠢᠶᠡᠨ ᠰᠣᠯᠢᠪᠠᠯ jiujinctl enroll&#x202f;ᠢ ᠳᠠᠬᠢᠨ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ</translation>
    </message>
    <message>
        <source>本机证书文件有问题：运行 jiujinctl doctor</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene tonoγ-un gerečilel-dü asaγudal bui: {jiujinctl doctor}-i aǰillaγulun_a uu</translatorcomment>
        <translation>ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠭᠡᠷᠡᠴᠢᠯᠡᠯ&#x202f;ᠳᠦ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠪᠤᠢ᠄ jiujinctl doctor&#x202f;ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ</translation>
    </message>
    <message>
        <source>网络出错：运行 jiujinctl doctor 查看原因</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: sülǰiy_e-dü aldaγ_a γarba: šiltaγan-i üǰeküber {jiujinctl doctor}-i aǰillaγulun_a uu</translatorcomment>
        <translation>ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠳᠦ ᠠᠯᠳᠠᠭ᠎ᠠ ᠭᠠᠷᠪᠠ᠄ ᠱᠢᠯᠲᠠᠭᠠᠨ&#x202f;ᠢ ᠦᠵᠡᠬᠦᠪᠡᠷ jiujinctl doctor&#x202f;ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ</translation>
    </message>
    <message>
        <source>平台拒绝了本机（证书失效或设备已停用）：运行 jiujinctl doctor</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ ene tonoγ-i tatuγaba (gerečilel-ün quγučaγ_a daγusuγsan buyu tonoγ-un kereglel-i ǰoγsoγaγsan): {jiujinctl doctor}-i aǰillaγulun_a uu</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠢ ᠲᠠᠲᠤᠭᠠᠪᠠ (ᠭᠡᠷᠡᠴᠢᠯᠡᠯ&#x202f;ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠪᠤᠶᠤ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠬᠡᠷᠡᠭᠯᠡᠯ&#x202f;ᠢ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ)᠄ jiujinctl doctor&#x202f;ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ</translation>
    </message>
    <message>
        <source>平台暂时忙或在维护：本机会自动重试</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ tür ačaγatai buyu ǰasabur-tu bui: ene tonoγ öbesüben dakin oroldan_a</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ ᠲᠦᠷ ᠠᠴᠠᠭᠠᠲᠠᠢ ᠪᠤᠶᠤ ᠵᠠᠰᠠᠪᠤᠷ&#x202f;ᠲᠤ ᠪᠤᠢ᠄ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠥᠪᠡᠰᠦᠪᠡᠨ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>平台没有接受本机的请求：运行 jiujinctl doctor，把错误原文告诉平台管理员</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ ene tonoγ-un γuyulta-yi küliyen abuγsan ügei: {jiujinctl doctor}-i aǰillaγulǰu, aldaγ_a-yin eki bičig-i tabčaŋ-un ǰakiruγči-du kelen_e üü</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ ᠡᠨᠡ ᠲᠣᠨᠣᠭ&#x202f;ᠤᠨ ᠭᠤᠶᠤᠯᠲᠠ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ jiujinctl doctor&#x202f;ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠵᠤ᠂ ᠠᠯᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠡᠬᠢ ᠪᠢᠴᠢᠭ&#x202f;ᠢ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠤᠨ ᠵᠠᠬᠢᠷᠤᠭᠴᠢ&#x202f;ᠳᠤ ᠬᠡᠯᠡᠨ᠎ᠡ ᠦᠦ</translation>
    </message>
    <message>
        <source>与平台交换数据出错：本机会自动重试；一直出现时请运行 jiujinctl doctor</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: tabčaŋ-tai ögegdel solilčaqu-du aldaγ_a γarba: ene tonoγ öbesüben dakin oroldan_a; ürgülǰi γarču baibal {jiujinctl doctor}-i aǰillaγulun_a uu</translatorcomment>
        <translation>ᠲᠠᠪᠴᠠᠩ&#x202f;ᠲᠠᠢ ᠥᠭᠡᠭᠳᠡᠯ ᠰᠣᠯᠢᠯᠴᠠᠬᠤ&#x202f;ᠳᠤ ᠠᠯᠳᠠᠭ᠎ᠠ ᠭᠠᠷᠪᠠ᠄ ᠡᠨᠡ ᠲᠣᠨᠣᠭ ᠥᠪᠡᠰᠦᠪᠡᠨ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠨ᠎ᠠ; ᠦᠷᠭᠦᠯᠵᠢ ᠭᠠᠷᠴᠤ ᠪᠠᠢᠪᠠᠯ jiujinctl doctor&#x202f;ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠨ᠎ᠠ ᠤᠤ</translation>
    </message>
</context>
<context>
    <name>jiujin::Validation</name>
    <message>
        <source>这是15位的旧身份号码，请填写18位的新号码</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene bol 15 orun-u qaγučin dugaar, 18 orun-u sin_e dugaar-i bičigerei</translatorcomment>
        <translation>ᠡᠨᠡ ᠪᠣᠯ 15 ᠣᠷᠤᠨ&#x202f;ᠤ ᠬᠠᠭᠤᠴᠢᠨ ᠳᠤᠭᠠᠠᠷ᠂ 18 ᠣᠷᠤᠨ&#x202f;ᠤ ᠰᠢᠨ᠎ᠡ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message numerus="yes">
        <source>身份号码应为18位，现在是%n位</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-yin dugaar 18 orun bayiqu yosotai, odo %n orun bayin_a</translatorcomment>
        <translation>
            <numerusform>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ 18 ᠣᠷᠤᠨ ᠪᠠᠶᠢᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ᠂ ᠣᠳᠣ %n ᠣᠷᠤᠨ ᠪᠠᠶᠢᠨ᠎ᠠ</numerusform>
            <numerusform>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ 18 ᠣᠷᠤᠨ ᠪᠠᠶᠢᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ᠂ ᠣᠳᠣ %n ᠣᠷᠤᠨ ᠪᠠᠶᠢᠨ᠎ᠠ</numerusform>
        </translation>
    </message>
    <message>
        <source>身份号码前17位应为数字，最后一位为数字或X</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-yin dugaar-un urid-un 17 orun ni toγ_a, segül-ün orun ni toγ_a buyu X bayiqu yosotai</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠤᠨ ᠤᠷᠢᠳ&#x202f;ᠤᠨ 17 ᠣᠷᠤᠨ ᠨᠢ ᠲᠣᠭ᠎ᠠ᠂ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠣᠷᠤᠨ ᠨᠢ ᠲᠣᠭ᠎ᠠ ᠪᠤᠶᠤ X ᠪᠠᠶᠢᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ</translation>
    </message>
    <message>
        <source>身份号码前6位地区码不对，请核对</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-yin dugaar-un urid-un 6 orun-u orun nutuγ-un kod buruγu, tulγaγarai</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠤᠨ ᠤᠷᠢᠳ&#x202f;ᠤᠨ 6 ᠣᠷᠤᠨ&#x202f;ᠤ ᠣᠷᠤᠨ ᠨᠤᠲᠤᠭ&#x202f;ᠤᠨ ᠬᠣᠳ ᠪᠤᠷᠤᠭᠤ᠂ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>身份号码中的出生日期不存在，请核对</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-yin dugaar-daki törögsen edür ügei edür bayin_a, tulγaγarai</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠳᠠᠬᠢ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠦᠭᠡᠢ ᠡᠳᠦᠷ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>身份号码中的出生日期晚于今天，请核对</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-yin dugaar-daki törögsen edür önödür-eče qoyin_a bayin_a, tulγaγarai</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠳᠠᠬᠢ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠥᠨᠥᠳᠦᠷ&#x202f;ᠡᠴᠡ ᠬᠣᠶᠢᠨ᠎ᠠ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>身份号码中的出生日期过早，请核对</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-yin dugaar-daki törögsen edür dengdegüü erte bayin_a, tulγaγarai</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠳᠠᠬᠢ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠳᠡᠨᠭᠳᠡᠭᠦᠦ ᠡᠷᠲᠡ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>身份号码最后一位校验码不对，请核对</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči-yin dugaar-un segül-ün orun-u šalγaqu kod buruγu, tulγaγarai</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠤᠨ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠣᠷᠤᠨ&#x202f;ᠤ ᠱᠠᠯᠭᠠᠬᠤ ᠬᠣᠳ ᠪᠤᠷᠤᠭᠤ᠂ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message numerus="yes">
        <source>至少需要填写%n个字</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: čögeden-degen %n üsüg bičikü kereg-tei</translatorcomment>
        <translation>
            <numerusform>ᠴᠥᠭᠡᠳᠡᠨ&#x202f;ᠳᠡᠭᠡᠨ %n ᠦᠰᠦᠭ ᠪᠢᠴᠢᠬᠦ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</numerusform>
            <numerusform>ᠴᠥᠭᠡᠳᠡᠨ&#x202f;ᠳᠡᠭᠡᠨ %n ᠦᠰᠦᠭ ᠪᠢᠴᠢᠬᠦ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>最多只能填写%n个字，请精简</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: olan-daγan %n üsüg bičiǰü bolon_a, oqorčilaγarai</translatorcomment>
        <translation>
            <numerusform>ᠣᠯᠠᠨ&#x202f;ᠳᠠᠭᠠᠨ %n ᠦᠰᠦᠭ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠣᠬᠣᠷᠴᠢᠯᠠᠭᠠᠷᠠᠢ</numerusform>
            <numerusform>ᠣᠯᠠᠨ&#x202f;ᠳᠠᠭᠠᠨ %n ᠦᠰᠦᠭ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠣᠬᠣᠷᠴᠢᠯᠠᠭᠠᠷᠠᠢ</numerusform>
        </translation>
    </message>
    <message>
        <source>请填写数字，例如 12 或 3.5</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: toγ_a bičigerei, ǰisiyelebel 12 buyu 3.5</translatorcomment>
        <translation>ᠲᠣᠭ᠎ᠠ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠰᠢᠶᠡᠯᠡᠪᠡᠯ 12 ᠪᠤᠶᠤ 3᠃5</translation>
    </message>
    <message>
        <source>请填写%1到%2之间的数</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1-eče %2 kürtele-ki toγ_a bičigerei</translatorcomment>
        <translation>%1&#x202f;ᠡᠴᠡ %2 ᠬᠦᠷᠲᠡᠯᠡ&#x202f;ᠬᠢ ᠲᠣᠭ᠎ᠠ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>不能小于%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1-eče baγ_a baiǰu bolqu ügei</translatorcomment>
        <translation>%1&#x202f;ᠡᠴᠡ ᠪᠠᠭ᠎ᠠ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>不能大于%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1-eče yeke baiǰu bolqu ügei</translatorcomment>
        <translation>%1&#x202f;ᠡᠴᠡ ᠶᠡᠬᠡ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>请按“年-月-日”填写，例如 1990-05-01</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: &quot;on-sar_a-edür&quot; kemekü ǰüil-iyer bičigerei, ǰisiyelebel 1990-05-01</translatorcomment>
        <translation>&quot;ᠣᠨ&#x202f;ᠰᠠᠷ᠎ᠠ&#x202f;ᠡᠳᠦᠷ&quot; ᠬᠡᠮᠡᠬᠦ ᠵᠦᠢᠯ&#x202f;ᠢᠶᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠰᠢᠶᠡᠯᠡᠪᠡᠯ 1990&#x202f;05&#x202f;01</translation>
    </message>
    <message>
        <source>这个日期不存在，请核对</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene edür ügei edür bayin_a, tulγaγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠡᠳᠦᠷ ᠦᠭᠡᠢ ᠡᠳᠦᠷ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>日期不能早于今天</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: edür önödür-eče urid baiǰu bolqu ügei</translatorcomment>
        <translation>ᠡᠳᠦᠷ ᠥᠨᠥᠳᠦᠷ&#x202f;ᠡᠴᠡ ᠤᠷᠢᠳ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>日期不能早于%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: edür %1-eče urid baiǰu bolqu ügei</translatorcomment>
        <translation>ᠡᠳᠦᠷ %1&#x202f;ᠡᠴᠡ ᠤᠷᠢᠳ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: edür önödür-eče qoyin_a baiǰu bolqu ügei</translatorcomment>
        <translation>ᠡᠳᠦᠷ ᠥᠨᠥᠳᠦᠷ&#x202f;ᠡᠴᠡ ᠬᠣᠶᠢᠨ᠎ᠠ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>日期不能晚于%1</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: edür %1-eče qoyin_a baiǰu bolqu ügei</translatorcomment>
        <translation>ᠡᠳᠦᠷ %1&#x202f;ᠡᠴᠡ ᠬᠣᠶᠢᠨ᠎ᠠ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>手机号码只能包含数字</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: γar utasun-u dugaar-tu ǰöbkön toγ_a bayiqu yosotai</translatorcomment>
        <translation>ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠤ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠲᠤ ᠵᠥᠪᠬᠥᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠶᠢᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ</translation>
    </message>
    <message numerus="yes">
        <source>手机号码应为11位，现在是%n位</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: γar utasun-u dugaar 11 orun bayiqu yosotai, odo %n orun bayin_a</translatorcomment>
        <translation>
            <numerusform>ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠤ ᠳᠤᠭᠠᠠᠷ 11 ᠣᠷᠤᠨ ᠪᠠᠶᠢᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ᠂ ᠣᠳᠣ %n ᠣᠷᠤᠨ ᠪᠠᠶᠢᠨ᠎ᠠ</numerusform>
            <numerusform>ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠤ ᠳᠤᠭᠠᠠᠷ 11 ᠣᠷᠤᠨ ᠪᠠᠶᠢᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ᠂ ᠣᠳᠣ %n ᠣᠷᠤᠨ ᠪᠠᠶᠢᠨ᠎ᠠ</numerusform>
        </translation>
    </message>
    <message>
        <source>没有这个号段的手机号码，请核对</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene dugaar-un ǰerge-yin γar utasu ügei, tulγaγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠳᠤᠭᠠᠠᠷ&#x202f;ᠤᠨ ᠵᠡᠷᠭᠡ&#x202f;ᠶᠢᠨ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠦᠭᠡᠢ᠂ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>请勾选或取消勾选此项</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene ǰüil-i temdeglekü buyu temdeg-i bolilγaγarai</translatorcomment>
        <translation>ᠡᠨᠡ ᠵᠦᠢᠯ&#x202f;ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ ᠪᠤᠶᠤ ᠲᠡᠮᠳᠡᠭ&#x202f;ᠢ ᠪᠣᠯᠢᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>需要勾选此项才能提交申请</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene ǰüil-i temdeglebel sayi ayiladqal tušiyaǰu bolon_a</translatorcomment>
        <translation>ᠡᠨᠡ ᠵᠦᠢᠯ&#x202f;ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡᠯ ᠰᠠᠶᠢ ᠠᠶᠢᠯᠠᠳᠬᠠᠯ ᠲᠤᠱᠢᠶᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>请选择一项</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nige-yi songγoγarai</translatorcomment>
        <translation>ᠨᠢᠭᠡ&#x202f;ᠶᠢ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>此项必须填写</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene ǰüil-i ǰabal bičikü</translatorcomment>
        <translation>ᠡᠨᠡ ᠵᠦᠢᠯ&#x202f;ᠢ ᠵᠠᠪᠠᠯ ᠪᠢᠴᠢᠬᠦ</translation>
    </message>
    <message>
        <source>请从列表中选择一项</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰiγsaγalta-ača nige-yi songγoγarai</translatorcomment>
        <translation>ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ&#x202f;ᠠᠴᠠ ᠨᠢᠭᠡ&#x202f;ᠶᠢ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>请用汉字填写地址</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qayaγ-i kitad üsüg-iyer bičigerei</translatorcomment>
        <translation>ᠬᠠᠶᠠᠭ&#x202f;ᠢ ᠬᠢᠲᠠᠳ ᠦᠰᠦᠭ&#x202f;ᠢᠶᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>地址太简略，请写到嘎查村或门牌号</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qayaγ dengdegüü tobči, γačaγ_a buyu egüden-ü dugaar kürtele bičigerei</translatorcomment>
        <translation>ᠬᠠᠶᠠᠭ ᠳᠡᠨᠭᠳᠡᠭᠦᠦ ᠲᠣᠪᠴᠢ᠂ ᠭᠠᠴᠠᠭ᠎ᠠ ᠪᠤᠶᠤ ᠡᠭᠦᠳᠡᠨ&#x202f;ᠦ ᠳᠤᠭᠠᠠᠷ ᠬᠦᠷᠲᠡᠯᠡ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <source>格式不对，请对照证件或材料核对</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰüil buruγu, gereči buyu barimta-tai tulγaγarai</translatorcomment>
        <translation>ᠵᠦᠢᠯ ᠪᠤᠷᠤᠭᠤ᠂ ᠭᠡᠷᠡᠴᠢ ᠪᠤᠶᠤ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠲᠠᠢ ᠲᠤᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
</context>
<context>
    <name>jiujin::casetext</name>
    <message>
        <source>已提交到旗政务服务平台，等待受理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: qosiγu-yin ǰasaγ-un alban-u üilečilege-yin tabčaŋ-du tušiyaγdaba, küliyen abqu-yi küliyeǰü bayin_a</translatorcomment>
        <translation>ᠬᠣᠰᠢᠭᠤ&#x202f;ᠶᠢᠨ ᠵᠠᠰᠠᠭ&#x202f;ᠤᠨ ᠠᠯᠪᠠᠨ&#x202f;ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠠᠪᠴᠠᠩ&#x202f;ᠳᠤ ᠲᠤᠱᠢᠶᠠᠭᠳᠠᠪᠠ᠂ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>已受理，正在办理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abuγdaba, bariγdaǰu bayin_a</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠳᠠᠪᠠ᠂ ᠪᠠᠷᠢᠭᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>需要补充材料</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: barimta nöküǰü tušiyaqu kereg-tei</translatorcomment>
        <translation>ᠪᠠᠷᠢᠮᠲᠠ ᠨᠥᠬᠦᠵᠦ ᠲᠤᠱᠢᠶᠠᠬᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠡᠢ</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abqu ügei</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>已办结（准予），结果正在送出</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγdaǰu daγusba (ǰöbsiyerebe), ür_e dün-i kürgeǰü bayin_a</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠳᠠᠵᠤ ᠳᠠᠭᠤᠰᠪᠠ (ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡ)᠂ ᠦᠷ᠎ᠡ ᠳᠦᠨ&#x202f;ᠢ ᠬᠦᠷᠭᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>已办结（不予批准）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγdaǰu daγusba (ǰöbsiyeregdegsen ügei)</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠳᠠᠵᠤ ᠳᠠᠭᠤᠰᠪᠠ (ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ)</translation>
    </message>
    <message>
        <source>已办结，可以到本服务点领取</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγdaǰu daγusba, ene čeg-eče abču bolon_a</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠳᠠᠵᠤ ᠳᠠᠭᠤᠰᠪᠠ᠂ ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠡᠴᠡ ᠠᠪᠴᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>已办结，可以领取</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγdaǰu daγusba, abču bolon_a</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠳᠠᠵᠤ ᠳᠠᠭᠤᠰᠪᠠ᠂ ᠠᠪᠴᠤ ᠪᠣᠯᠣᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>已送达，办理完毕</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: kürgegdebe, bariγdaǰu daγusba</translatorcomment>
        <translation>ᠬᠦᠷᠭᠡᠭᠳᠡᠪᠡ᠂ ᠪᠠᠷᠢᠭᠳᠠᠵᠤ ᠳᠠᠭᠤᠰᠪᠠ</translation>
    </message>
    <message>
        <source>正在办理</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγdaǰu bayin_a</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>工作人员审核材料后会受理，请留意电话通知。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: aǰiltan barimta-yi qinaγsan-u qoyin_a küliyen abun_a, utasun-u medegdel-i anqaraγarai.</translatorcomment>
        <translation>ᠠᠵᠢᠯᠲᠠᠨ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠬᠢᠨᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠨ᠎ᠠ᠂ ᠤᠲᠠᠰᠤᠨ&#x202f;ᠤ ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠢ ᠠᠨᠬᠠᠷᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>部门正在办理，办好后会通知您。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: salburi bariǰu bayin_a, bariǰu daγusuγad tan-du medegden_e.</translatorcomment>
        <translation>ᠰᠠᠯᠪᠤᠷᠢ ᠪᠠᠷᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠪᠠᠷᠢᠵᠤ ᠳᠠᠭᠤᠰᠤᠭᠠᠳ ᠲᠠᠨ&#x202f;ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <source>请在 %1 前带上下面的材料到服务点补正：</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1-eče emün_e douraki barimta-yi abčiǰu čeg-tü ireǰü nöküǰü ǰasaγarai:</translatorcomment>
        <translation>%1&#x202f;ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠳᠣᠤᠷᠠᠬᠢ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠠᠪᠴᠢᠵᠤ ᠴᠡᠭ&#x202f;ᠲᠦ ᠢᠷᠡᠵᠦ ᠨᠥᠬᠦᠵᠦ ᠵᠠᠰᠠᠭᠠᠷᠠᠢ᠄</translation>
    </message>
    <message>
        <source>请带上下面的材料到服务点补正：</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: douraki barimta-yi abčiǰu čeg-tü ireǰü nöküǰü ǰasaγarai:</translatorcomment>
        <translation>ᠳᠣᠤᠷᠠᠬᠢ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠠᠪᠴᠢᠵᠤ ᠴᠡᠭ&#x202f;ᠲᠦ ᠢᠷᠡᠵᠦ ᠨᠥᠬᠦᠵᠦ ᠵᠠᠰᠠᠭᠠᠷᠠᠢ᠄</translation>
    </message>
    <message>
        <source>补正原因：%1。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nöküǰü ǰasaqu siltaγan: %1.</translatorcomment>
        <translation>ᠨᠥᠬᠦᠵᠦ ᠵᠠᠰᠠᠬᠤ ᠰᠢᠯᠲᠠᠭᠠᠨ᠄ %1᠃</translation>
    </message>
    <message>
        <source>不予受理：%1。如有疑问请到服务点咨询。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: küliyen abqu ügei: %1. asaγulta bui bol čeg-tü ireǰü lablaγarai.</translatorcomment>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ᠄ %1᠃ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠤᠢ ᠪᠣᠯ ᠴᠡᠭ&#x202f;ᠲᠦ ᠢᠷᠡᠵᠦ ᠯᠠᠪᠯᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>不予批准：%1。如有疑问请到服务点咨询。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ǰöbsiyeregdegsen ügei: %1. asaγulta bui bol čeg-tü ireǰü lablaγarai.</translatorcomment>
        <translation>ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠄ %1᠃ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠤᠢ ᠪᠣᠯ ᠴᠡᠭ&#x202f;ᠲᠦ ᠢᠷᠡᠵᠦ ᠯᠠᠪᠯᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>结果准备好后会通知您领取。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ür_e dün beletgegdegsen-ü qoyin_a abqu-yi tan-du medegden_e.</translatorcomment>
        <translation>ᠦᠷ᠎ᠡ ᠳᠦᠨ ᠪᠡᠯᠡᠲᠭᠡᠭᠳᠡᠭᠰᠡᠨ&#x202f;ᠦ ᠬᠣᠶᠢᠨ᠎ᠠ ᠠᠪᠬᠤ&#x202f;ᠶᠢ ᠲᠠᠨ&#x202f;ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <source>请带上身份证和回执到本服务点领取办理结果。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči ba qariu bičig-iyen abčiǰu ene čeg-eče bariγsan ür_e dün-iyen abuγarai.</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ ᠪᠠ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ&#x202f;ᠢᠶᠡᠨ ᠠᠪᠴᠢᠵᠤ ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠡᠴᠡ ᠪᠠᠷᠢᠭᠰᠠᠨ ᠦᠷ᠎ᠡ ᠳᠦᠨ&#x202f;ᠢᠶᠡᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>请带上身份证和回执到办理的服务点领取办理结果。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: beye-yin gereči ba qariu bičig-iyen abčiǰu bariγsan čeg-eče ür_e dün-iyen abuγarai.</translatorcomment>
        <translation>ᠪᠡᠶᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠷᠡᠴᠢ ᠪᠠ ᠬᠠᠷᠢᠤ ᠪᠢᠴᠢᠭ&#x202f;ᠢᠶᠡᠨ ᠠᠪᠴᠢᠵᠤ ᠪᠠᠷᠢᠭᠰᠠᠨ ᠴᠡᠭ&#x202f;ᠡᠴᠡ ᠦᠷ᠎ᠡ ᠳᠦᠨ&#x202f;ᠢᠶᠡᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>办理结果已交到您手中。欢迎评价这次服务。</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: bariγsan ür_e dün tan-u γar-tu kürbe. ene udaγ_a-yin üilečilege-yi ünelegerei.</translatorcomment>
        <translation>ᠪᠠᠷᠢᠭᠰᠠᠨ ᠦᠷ᠎ᠡ ᠳᠦᠨ ᠲᠠᠨ&#x202f;ᠤ ᠭᠠᠷ&#x202f;ᠲᠤ ᠬᠦᠷᠪᠡ᠃ ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢ ᠦᠨᠡᠯᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>（节假日安排未公布，按周末估算）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: (bayar-un edür-ün ǰoqiyalta ileregüle ügei, ǰöbken amaralta-yin edür-iyer toočaγsan)</translatorcomment>
        <translation>(ᠪᠠᠶᠠᠷ&#x202f;ᠤᠨ ᠡᠳᠦᠷ&#x202f;ᠦᠨ ᠵᠣᠬᠢᠶᠠᠯᠲᠠ ᠢᠯᠡᠷᠡᠭᠦᠯᠡ ᠦᠭᠡᠢ᠂ ᠵᠥᠪᠬᠡᠨ ᠠᠮᠠᠷᠠᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠡᠳᠦᠷ&#x202f;ᠢᠶᠡᠷ ᠲᠣᠣᠴᠠᠭᠰᠠᠨ)</translation>
    </message>
    <message>
        <source>补正期间暂停计时，补齐材料后继续</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: nöküǰü ǰasaqu ečine čaγ toočaqu-yi tür ǰoγsoγaγsan, barimta bürin bolqu-du ürgülǰilen_e</translatorcomment>
        <translation>ᠨᠥᠬᠦᠵᠦ ᠵᠠᠰᠠᠬᠤ ᠡᠴᠢᠨᠡ ᠴᠠᠭ ᠲᠣᠣᠴᠠᠬᠤ&#x202f;ᠶᠢ ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ᠂ ᠪᠠᠷᠢᠮᠲᠠ ᠪᠦᠷᠢᠨ ᠪᠣᠯᠬᠤ&#x202f;ᠳᠤ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ᠎ᠡ</translation>
    </message>
    <message numerus="yes">
        <source>已超过办结期限 %n 个工作日</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daγusqaqu bolǰoγ_a-ača %n aǰil-un edür ketürebe</translatorcomment>
        <translation>
            <numerusform>ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠪᠣᠯᠵᠣᠭ᠎ᠠ&#x202f;ᠠᠴᠠ %n ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠡᠳᠦᠷ ᠬᠡᠲᠦᠷᠡᠪᠡ</numerusform>
            <numerusform>ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠪᠣᠯᠵᠣᠭ᠎ᠠ&#x202f;ᠠᠴᠠ %n ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠡᠳᠦᠷ ᠬᠡᠲᠦᠷᠡᠪᠡ</numerusform>
        </translation>
    </message>
    <message>
        <source>今天是办结期限的最后一天</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: önödür daγusqaqu bolǰoγ_a-yin segül-ün edür</translatorcomment>
        <translation>ᠥᠨᠥᠳᠦᠷ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠪᠣᠯᠵᠣᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠡᠳᠦᠷ</translation>
    </message>
    <message numerus="yes">
        <source>距办结期限还有 %n 个工作日</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: daγusqaqu bolǰoγ_a kürtel_e basa %n aǰil-un edür bui</translatorcomment>
        <translation>
            <numerusform>ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠪᠣᠯᠵᠣᠭ᠎ᠠ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠪᠠᠰᠠ %n ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠡᠳᠦᠷ ᠪᠤᠢ</numerusform>
            <numerusform>ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠪᠣᠯᠵᠣᠭ᠎ᠠ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠪᠠᠰᠠ %n ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠡᠳᠦᠷ ᠪᠤᠢ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>本点近90天满意率 %1%（%n次评价）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: ene čeg-ün segül-ün 90 edür-ün sedkil qanuγsan qubi %1% (%n udaγ_a ünelegsen)</translatorcomment>
        <translation>
            <numerusform>ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠦᠨ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ 90 ᠡᠳᠦᠷ&#x202f;ᠦᠨ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ ᠬᠤᠪᠢ %1% (%n ᠤᠳᠠᠭ᠎ᠠ ᠦᠨᠡᠯᠡᠭᠰᠡᠨ)</numerusform>
            <numerusform>ᠡᠨᠡ ᠴᠡᠭ&#x202f;ᠦᠨ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ 90 ᠡᠳᠦᠷ&#x202f;ᠦᠨ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠤᠭᠰᠠᠨ ᠬᠤᠪᠢ %1% (%n ᠤᠳᠠᠭ᠎ᠠ ᠦᠨᠡᠯᠡᠭᠰᠡᠨ)</numerusform>
        </translation>
    </message>
    <message>
        <source>告知承诺</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: medegdeǰü amalaqu</translatorcomment>
        <translation>ᠮᠡᠳᠡᠭᠳᠡᠵᠦ ᠠᠮᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>容缺</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: dutaγu-bar küliyen abqu</translatorcomment>
        <translation>ᠳᠤᠲᠠᠭᠤ&#x202f;ᠪᠠᠷ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ</translation>
    </message>
    <message>
        <source>%1（%2，%3前补交）</source>
        <translatorcomment>NEEDS REVIEW by the Naiman Banner Mongolian language office (奈曼旗蒙古语言文字工作部门审定后方可使用). Transliteration: %1 (%2, %3-eče emün_e nöküǰü tušiyaqu)</translatorcomment>
        <translation>%1 (%2᠂ %3&#x202f;ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠨᠥᠬᠦᠵᠦ ᠲᠤᠱᠢᠶᠠᠬᠤ)</translation>
    </message>
</context>
</TS>
