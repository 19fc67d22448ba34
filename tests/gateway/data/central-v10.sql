-- A central database written by jiujin-gateway at schema version 10 (make-snapshot.sh).
PRAGMA user_version = 10;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE tokens(
    hash TEXT PRIMARY KEY, point TEXT NOT NULL, suite TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER,
    device TEXT, csr_key TEXT);
INSERT INTO tokens VALUES('24574581a7dc0d885f35d4b9b962d5b0577c228367062d821179d2b87c596805','150525203000-01','',1796640943,1797850543,NULL,NULL,NULL);
CREATE TABLE devices(
    id TEXT PRIMARY KEY, point TEXT NOT NULL, suite TEXT NOT NULL CHECK(suite IN ('intl','gm')),
    signing_key TEXT NOT NULL, certificate TEXT NOT NULL, csr_key TEXT NOT NULL,
    enrolled_at INTEGER NOT NULL, revoked_at INTEGER);
INSERT INTO devices VALUES('jj-00000000000000a1','150525203000-01','intl','SAMPLE-SIGNING-KEY','SAMPLE-CERTIFICATE','SAMPLE-CSR-KEY',1796000000,NULL);
CREATE TABLE device_certificates(
    id INTEGER PRIMARY KEY, device TEXT NOT NULL REFERENCES devices(id),
    certificate TEXT NOT NULL, csr_key TEXT NOT NULL, issued_at INTEGER NOT NULL);
INSERT INTO device_certificates VALUES(1,'jj-00000000000000a1','SAMPLE-CERTIFICATE-2','SAMPLE-CSR-KEY-2',1796100000);
CREATE TABLE heartbeats(
    device TEXT PRIMARY KEY REFERENCES devices(id), received_at INTEGER NOT NULL,
    body TEXT NOT NULL);
INSERT INTO heartbeats VALUES('jj-00000000000000a1',1796100100,'{"app":"SAMPLE"}');
CREATE TABLE nonces(
    nonce TEXT PRIMARY KEY, device TEXT NOT NULL, seen_at INTEGER NOT NULL);
INSERT INTO nonces VALUES('SAMPLE-NONCE','jj-00000000000000a1',1796100100);
CREATE TABLE submissions(
    id INTEGER PRIMARY KEY, device TEXT NOT NULL REFERENCES devices(id), uuid TEXT NOT NULL,
    kind TEXT NOT NULL, item TEXT NOT NULL, point TEXT NOT NULL, suite TEXT NOT NULL,
    status TEXT NOT NULL CHECK(status IN ('accepted','rejected')),
    reason TEXT NOT NULL DEFAULT '', receipt TEXT, accepted_at TEXT, signature BLOB,
    received_at INTEGER NOT NULL, record BLOB NOT NULL,
    UNIQUE(device, uuid));
INSERT INTO submissions VALUES(1,'jj-00000000000000a1','00000000-0000-4000-8000-000000000001','submission','150525-shebao-0001','150525203000-01','intl','accepted','','NM20261207000001','2026-12-07T01:00:00Z',X'00',1796100200,'{"sealed":"SAMPLE"}');
INSERT INTO submissions VALUES(2,'jj-00000000000000a1','00000000-0000-4000-8000-000000000002','submission','150525-shebao-0001','150525203000-01','intl','rejected','SAMPLE reason',NULL,NULL,NULL,1796100300,'{"sealed":"SAMPLE"}');
CREATE TABLE receipt_days(day TEXT PRIMARY KEY, last INTEGER NOT NULL);
INSERT INTO receipt_days VALUES('20261207',1);
CREATE TABLE uploads(
    device TEXT NOT NULL REFERENCES devices(id), uuid TEXT NOT NULL, idx INTEGER NOT NULL,
    length INTEGER NOT NULL, sha256 BLOB NOT NULL, received INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL, PRIMARY KEY(device, uuid, idx));
INSERT INTO uploads VALUES('jj-00000000000000a1','00000000-0000-4000-8000-000000000003',0,6,X'00',3,1796100400);
CREATE TABLE upload_chunks(
    device TEXT NOT NULL, uuid TEXT NOT NULL, idx INTEGER NOT NULL, at INTEGER NOT NULL,
    data BLOB NOT NULL, PRIMARY KEY(device, uuid, idx, at));
CREATE TABLE device_usage(
    device TEXT NOT NULL, day TEXT NOT NULL, records INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(device, day));
INSERT INTO device_usage VALUES('jj-00000000000000a1','20261207',2,900);
CREATE TABLE published_entries(
    kind TEXT NOT NULL CHECK(kind IN ('departments','points','items')), code TEXT NOT NULL,
    seq INTEGER NOT NULL, position INTEGER NOT NULL, body TEXT,
    PRIMARY KEY(kind, code));
INSERT INTO published_entries VALUES('departments','shebao',1,0,'{"agency":{"en":"Naiman Banner Human Resources and Social Security Bureau","zh":"奈曼旗人力资源和社会保障局"},"code":"shebao","name":{"en":"Social insurance","zh":"社会保险"},"order":1}');
INSERT INTO published_entries VALUES('departments','yibao',1,1,'{"agency":{"en":"Naiman Banner Medical Security Bureau","zh":"奈曼旗医疗保障局"},"code":"yibao","name":{"en":"Medical insurance","zh":"医疗保障"},"order":2}');
INSERT INTO published_entries VALUES('departments','minzheng',1,2,'{"agency":{"en":"Naiman Banner Civil Affairs Bureau","zh":"奈曼旗民政局"},"code":"minzheng","name":{"en":"Civil affairs","zh":"民政"},"order":3}');
INSERT INTO published_entries VALUES('departments','weijian',1,3,'{"agency":{"en":"Naiman Banner Health Commission","zh":"奈曼旗卫生健康委员会"},"code":"weijian","name":{"en":"Health","zh":"卫生健康"},"order":4}');
INSERT INTO published_entries VALUES('departments','canlian',1,4,'{"agency":{"en":"Naiman Banner Disabled Persons'' Federation","zh":"奈曼旗残疾人联合会"},"code":"canlian","name":{"en":"Disability services","zh":"残疾人服务"},"order":5}');
INSERT INTO published_entries VALUES('departments','chengguan',1,5,'{"agency":{"en":"Naiman Banner Urban Management and Comprehensive Law Enforcement Bureau","zh":"奈曼旗城市管理综合执法局"},"code":"chengguan","name":{"en":"Urban management","zh":"城市管理"},"order":6}');
INSERT INTO published_entries VALUES('departments','gongan',1,6,'{"agency":{"en":"Naiman Banner Public Security Bureau","zh":"奈曼旗公安局"},"code":"gongan","name":{"en":"Public security","zh":"公安"},"order":7}');
INSERT INTO published_entries VALUES('departments','shichang',1,7,'{"agency":{"en":"Naiman Banner Administration for Market Regulation","zh":"奈曼旗市场监督管理局"},"code":"shichang","name":{"en":"Market regulation","zh":"市场监管"},"order":8}');
INSERT INTO published_entries VALUES('departments','sifa',1,8,'{"agency":{"en":"Naiman Banner Justice Bureau","zh":"奈曼旗司法局"},"code":"sifa","name":{"en":"Legal services","zh":"法律服务"},"order":9}');
INSERT INTO published_entries VALUES('departments','ziran',1,9,'{"agency":{"en":"Naiman Banner Natural Resources Bureau","zh":"奈曼旗自然资源局"},"code":"ziran","name":{"en":"Natural resources","zh":"自然资源"},"order":10}');
INSERT INTO published_entries VALUES('departments','linchao',1,10,'{"agency":{"en":"Naiman Banner Forestry and Grassland Bureau","zh":"奈曼旗林业和草原局"},"code":"linchao","name":{"en":"Forestry and grassland","zh":"林业和草原"},"order":11}');
INSERT INTO published_entries VALUES('points','150525000000-01',1,0,'{"address":{"en":"Comprehensive service area, ground floor, Banner Government Service Centre, Daqintala Town, Naiman Banner","zh":"奈曼旗大沁他拉镇 旗政务服务中心一楼综合受理区"},"code":"150525000000-01","hours":{"en":"Mon–Fri 8:30–12:00 and 14:30–17:30; Sat–Sun 9:00–12:00 (closed on public holidays)","zh":"周一至周五 8:30–12:00，14:30–17:30；周六、周日 9:00–12:00（法定节假日除外）"},"items":["11150525MB0SB0001A415111010100001","11150525MB0SB0001A415111010200001","11150525MB0SB0001A415111010300001","11150525MB0SB0001A415111010400001","11150525MB0SB0001A415111010500001","11150525MB0SB0001A415111010600001","11150525MB0SB0001A415111010700001","11150525MB0SB0001A415111010800001","11150525MB0YB0002B415111020100001","11150525MB0YB0002B415111020200001","11150525MB0YB0002B415111020300001","11150525MB0YB0002B415111020400001","11150525MB0YB0002B415111020500001","11150525MB0YB0002B415051020600001","11150525MB0YB0002B415111020700001","11150525MB0YB0002B415111020800001","11150525MB0MZ0003C415051030100001","11150525MB0MZ0003C415071030200001","11150525MB0MZ0003C415051030300001","11150525MB0MZ0003C415051030400001","11150525MB0MZ0003C415051030500001","11150525MB0MZ0003C415071030600001","11150525MB0MZ0003C415071030700001","11150525MB0MZ0003C415051030800001","11150525MB0WJ0004D515111040100001","11150525MB0WJ0004D415111040200001","11150525MB0WJ0004D415051040300001","11150525MB0WJ0004D415051040400001","11150525MB0WJ0004D415051040500001","11150525MB0WJ0004D515111040600001","11150525MB0WJ0004D515201040700001","11150525MB0WJ0004D415111040800001","51150525MJ0CL0005E415111050100001","51150525MJ0CL0005E415111050200001","51150525MJ0CL0005E415111050300001","51150525MJ0CL0005E415051050400001","51150525MJ0CL0005E415051050500001","51150525MJ0CL0005E415111050600001","51150525MJ0CL0005E415111050700001","51150525MJ0CL0005E415111050800001","11150525MB0CG0006F415011060100001","11150525MB0CG0006F415011060200001","11150525MB0CG0006F415011060300001","11150525MB0CG0006F415011060400001","11150525MB0CG0006F415011060500001","11150525MB0CG0006F415111060600001","11150525MB0CG0006F415201060700001","11150525MB0CG0006F515201060800001","11150525MB0GA0007G415071070100001","11150525MB0GA0007G415071070200001","11150525MB0GA0007G415071070300001","11150525MB0GA0007G415071070400001","11150525MB0GA0007G415111070500001","11150525MB0GA0007G415011070600001","11150525MB0GA0007G415201070700001","11150525MB0GA0007G415071070800001","11150525MB0SC0008H415011080100001","11150525MB0SC0008H415011080200001","11150525MB0SC0008H415011080300001","11150525MB0SC0008H415011080400001","11150525MB0SC0008H415011080500001","11150525MB0SC0008H415201080600001","11150525MB0SC0008H415201080700001","11150525MB0SC0008H415071080800001","11150525MB0SB0001A415111010900001","11150525MB0SB0001A415111011000001","11150525MB0SB0001A415111011100001","11150525MB0SB0001A415111011200001","11150525MB0SB0001A415111011300001","11150525MB0SB0001A415111011400001","11150525MB0SB0001A415071011500001","11150525MB0SB0001A415111011600001","11150525MB0SB0001A415111011700001","11150525MB0SB0001A415051011800001","11150525MB0SB0001A415111011900001","11150525MB0SB0001A415111012000001","11150525MB0SB0001A415111012100001","11150525MB0YB0002B415111020900001","11150525MB0YB0002B415051021000001","11150525MB0YB0002B415111021100001","11150525MB0YB0002B415051021200001","11150525MB0YB0002B415051021300001","11150525MB0MZ0003C415071030900001","11150525MB0MZ0003C415071031000001","11150525MB0MZ0003C415071031100001","11150525MB0MZ0003C415071031200001","11150525MB0MZ0003C415051031400001","11150525MB0WJ0004D415111040900001","11150525MB0WJ0004D515201041000001","11150525MB0WJ0004D415111041100001","11150525MB0WJ0004D515201041200001","11150525MB0WJ0004D515201041300001","51150525MJ0CL0005E415111050900001","51150525MJ0CL0005E415111051000001","51150525MJ0CL0005E415051051100001","51150525MJ0CL0005E415051051200001","11150525MB0CG0006F415011060900001","11150525MB0CG0006F415011061000001","11150525MB0CG0006F415011061100001","11150525MB0GA0007G415071070900001","11150525MB0GA0007G415071071000001","11150525MB0GA0007G415111071100001","11150525MB0GA0007G415071071200001","11150525MB0GA0007G415071071300001","11150525MB0SC0008H415111080900001","11150525MB0SC0008H415011081000001","11150525MB0SC0008H415011081100001","11150525MB0SC0008H415011081200001","11150525MB0SC0008H415111081300001","11150525MB0SC0008H415071081400001","11150525MB0SF0009J515201090100001","11150525MB0SF0009J415051090200001","11150525MB0SF0009J615201090300001","11150525MB0ZR0010K515011100100001","11150525MB0ZR0010K515011100200001","11150525MB0ZR0010K415011100300001","11150525MB0LC0011L415011110100001","11150525MB0LC0011L415011110200001","11150525MB0LC0011L415051110300001","11150525MB0LC0011L415011110400001"],"level":"banner","name":{"en":"Naiman Banner Government Service Centre","zh":"奈曼旗政务服务中心"},"phone":"0475-4210001（示例）"}');
INSERT INTO published_entries VALUES('points','150525100000-01',1,1,'{"address":{"en":"Comprehensive window, ground floor, Daqintala Town Government","zh":"大沁他拉镇人民政府一楼 综合受理窗口"},"code":"150525100000-01","hours":{"en":"Mon–Fri 8:30–12:00 and 14:30–17:30 (closed on public holidays)","zh":"周一至周五 8:30–12:00，14:30–17:30（法定节假日除外）"},"items":["11150525MB0SB0001A415111010100001","11150525MB0SB0001A415111010200001","11150525MB0SB0001A415111010300001","11150525MB0SB0001A415111010400001","11150525MB0SB0001A415111010500001","11150525MB0SB0001A415111010600001","11150525MB0SB0001A415111010700001","11150525MB0SB0001A415111010800001","11150525MB0YB0002B415111020100001","11150525MB0YB0002B415111020200001","11150525MB0YB0002B415111020300001","11150525MB0YB0002B415111020400001","11150525MB0YB0002B415111020500001","11150525MB0YB0002B415051020600001","11150525MB0YB0002B415111020700001","11150525MB0YB0002B415111020800001","11150525MB0MZ0003C415051030100001","11150525MB0MZ0003C415071030200001","11150525MB0MZ0003C415051030300001","11150525MB0MZ0003C415051030400001","11150525MB0MZ0003C415051030500001","11150525MB0MZ0003C415071030600001","11150525MB0MZ0003C415071030700001","11150525MB0MZ0003C415051030800001","11150525MB0WJ0004D515111040100001","11150525MB0WJ0004D415051040300001","11150525MB0WJ0004D415051040400001","11150525MB0WJ0004D415051040500001","11150525MB0WJ0004D515111040600001","11150525MB0WJ0004D515201040700001","11150525MB0WJ0004D415111040800001","51150525MJ0CL0005E415111050100001","51150525MJ0CL0005E415111050200001","51150525MJ0CL0005E415111050300001","51150525MJ0CL0005E415051050400001","51150525MJ0CL0005E415051050500001","51150525MJ0CL0005E415111050600001","51150525MJ0CL0005E415111050700001","51150525MJ0CL0005E415111050800001","11150525MB0CG0006F415011060100001","11150525MB0CG0006F415011060200001","11150525MB0CG0006F415011060400001","11150525MB0CG0006F415111060600001","11150525MB0CG0006F415201060700001","11150525MB0CG0006F515201060800001","11150525MB0SC0008H415011080100001","11150525MB0SC0008H415011080200001","11150525MB0SC0008H415011080300001","11150525MB0SC0008H415011080400001","11150525MB0SC0008H415011080500001","11150525MB0SC0008H415201080600001","11150525MB0SC0008H415201080700001","11150525MB0SC0008H415071080800001","11150525MB0SB0001A415111010900001","11150525MB0SB0001A415111011000001","11150525MB0SB0001A415111011100001","11150525MB0SB0001A415111011200001","11150525MB0SB0001A415111011300001","11150525MB0SB0001A415111011400001","11150525MB0SB0001A415071011500001","11150525MB0SB0001A415111011600001","11150525MB0SB0001A415111011700001","11150525MB0SB0001A415051011800001","11150525MB0SB0001A415111011900001","11150525MB0SB0001A415111012000001","11150525MB0SB0001A415111012100001","11150525MB0YB0002B415111020900001","11150525MB0YB0002B415051021000001","11150525MB0YB0002B415111021100001","11150525MB0YB0002B415051021200001","11150525MB0YB0002B415051021300001","11150525MB0WJ0004D515201041000001","11150525MB0WJ0004D515201041200001","11150525MB0WJ0004D515201041300001","51150525MJ0CL0005E415111050900001","51150525MJ0CL0005E415111051000001","51150525MJ0CL0005E415051051100001","51150525MJ0CL0005E415051051200001","11150525MB0SC0008H415111080900001","11150525MB0SC0008H415011081100001","11150525MB0SC0008H415011081200001","11150525MB0SC0008H415111081300001","11150525MB0SC0008H415071081400001","11150525MB0SF0009J515201090100001","11150525MB0SF0009J415051090200001","11150525MB0SF0009J615201090300001","11150525MB0ZR0010K515011100100001","11150525MB0ZR0010K515011100200001","11150525MB0LC0011L415011110100001","11150525MB0LC0011L415051110300001","11150525MB0LC0011L415011110400001"],"level":"township","name":{"en":"Daqintala Town Service Centre","zh":"大沁他拉镇便民服务中心"},"phone":"0475-4210100（示例）"}');
INSERT INTO published_entries VALUES('items','11150525MB0SB0001A415111010100001',1,0,'{"asked_as":["每年交的养老钱在哪交","农村人怎么参加养老保险","给老人上养老保险"],"basis":[{"en":"Social Insurance Law of the People''s Republic of China, Article 20","zh":"《中华人民共和国社会保险法》第二十条"},{"en":"Opinions of the State Council on Establishing a Unified Basic Old-Age Insurance System for Urban and Rural Residents (Guo Fa [2014] No. 8), Part 3 \"Coverage\"","zh":"《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）第三部分“参保范围”"},{"en":"Regulations on the Handling of Social Insurance Services (State Council Decree No. 765), Article 6","zh":"《社会保险经办条例》（国务院令第765号）第六条"}],"code":"11150525MB0SB0001A415111010100001","conditions":[{"en":"Aged 16 or over (full-time students excluded), with household registration in Naiman Banner.","zh":"年满16周岁（不含全日制在校学生），户籍在奈曼旗。"},{"en":"Not a civil servant or public-institution employee, and not enrolled in the employees'' basic pension or any other basic old-age insurance scheme.","zh":"不是国家机关、事业单位工作人员，也未参加职工基本养老保险等其他基本养老保险。"},{"en":"Not already receiving a state basic pension or equivalent old-age benefit.","zh":"未领取国家规定的基本养老保障待遇。"}],"department":"shebao","fee":{"en":"Free of charge","zh":"不收费"},"form":[{"card":"name","id":"name","label":{"en":"Applicant''s name","zh":"申请人姓名"},"max":30,"min":2,"required":true,"type":"text"},{"card":"id_number","id":"id_number","label":{"en":"Citizen ID number","zh":"公民身份号码"},"required":true,"type":"id_number"},{"id":"phone","label":{"en":"Phone number","zh":"联系电话"},"required":true,"type":"phone"},{"card":"address","id":"address","label":{"en":"Registered or current address","zh":"户籍地址或现居住地址"},"required":true,"type":"address"},{"id":"contribution_level","label":{"en":"Contribution level (yuan per year)","zh":"缴费档次（元/年）"},"options":[{"label":{"en":"100 yuan","zh":"100元"},"value":"100"},{"label":{"en":"200 yuan","zh":"200元"},"value":"200"},{"label":{"en":"300 yuan","zh":"300元"},"value":"300"},{"label":{"en":"400 yuan","zh":"400元"},"value":"400"},{"label":{"en":"500 yuan","zh":"500元"},"value":"500"},{"label":{"en":"600 yuan","zh":"600元"},"value":"600"},{"label":{"en":"700 yuan","zh":"700元"},"value":"700"},{"label":{"en":"800 yuan","zh":"800元"},"value":"800"},{"label":{"en":"900 yuan","zh":"900元"},"value":"900"},{"label":{"en":"1000 yuan","zh":"1000元"},"value":"1000"},{"label":{"en":"1500 yuan","zh":"1500元"},"value":"1500"},{"label":{"en":"2000 yuan","zh":"2000元"},"value":"2000"}],"required":true,"type":"select"},{"id":"insured_category","label":{"en":"Applicant category","zh":"参保人员类别"},"options":[{"label":{"en":"Ordinary resident","zh":"普通城乡居民"},"value":"normal"},{"label":{"en":"Minimum living allowance (dibao) recipient","zh":"最低生活保障对象"},"value":"dibao"},{"label":{"en":"Person in extreme poverty","zh":"特困人员"},"value":"tekun"},{"label":{"en":"Person with a severe disability","zh":"重度残疾人"},"value":"disabled"},{"label":{"en":"Household monitored for risk of falling back into poverty","zh":"防止返贫监测对象"},"value":"monitored"}],"required":true,"type":"select"},{"id":"self_apply","label":{"en":"Applying in person (untick if applying on someone''s behalf)","zh":"是否本人申请（代办请取消勾选）"},"required":false,"type":"checkbox"}],"keywords":["养老保险","农保","新农保","城乡居民养老保险","交养老","居民养老","参保登记"],"legal_days":10,"levels":["village","township","banner"],"materials":[{"commitment":false,"copies":1,"kind":"original_and_copy","name":{"en":"Resident ID card","zh":"居民身份证"},"note":{"en":"The original is checked and a photocopy kept on file","zh":"查验原件，留存复印件"},"required":true,"rongque":false,"signature":false},{"commitment":false,"copies":1,"kind":"original_and_copy","name":{"en":"Household register (hukou booklet)","zh":"户口簿"},"note":{"en":"Cover page and the applicant''s own page of the household register","zh":"户口簿首页及本人页"},"required":true,"rongque":false,"signature":false},{"commitment":false,"copies":1,"kind":"original","name":{"en":"Enrolment form for urban and rural residents'' basic old-age insurance","zh":"《城乡居民基本养老保险参保登记表》"},"note":{"en":"Available at the service point; must be signed or thumb-printed by the applicant","zh":"可在受理点领取或现场填写，须本人签字或按手印"},"required":true,"rongque":false,"signature":true},{"commitment":false,"copies":1,"kind":"original_and_copy","name":{"en":"Proxy''s ID card and a letter of authorisation","zh":"代办人居民身份证及委托书"},"note":{"en":"Needed only when someone applies on the applicant''s behalf; the letter must be signed or thumb-printed by the applicant","zh":"由他人代办时提供，委托书须由申请人签字或按手印"},"required":false,"rongque":false,"signature":true}],"name":{"en":"Enrolment in basic old-age insurance for urban and rural residents","mn":"ᠬᠣᠲᠠ ᠬᠥᠳᠡᠭᠡ ᠶᠢᠨ ᠢᠷᠭᠡᠨ ᠦ ᠦᠨᠳᠦᠰᠦᠨ ᠲᠡᠲᠭᠦᠷᠢ ᠶᠢᠨ ᠳᠠᠭᠠᠲᠬᠠᠯ ᠳᠤ ᠣᠷᠣᠬᠤ ᠪᠦᠷᠢᠳᠬᠡᠯ","zh":"城乡居民基本养老保险参保登记"},"notes":[{"en":"The contribution level can be changed once a year; a higher level and more years of contributions mean a larger pension later.","zh":"缴费档次每年可调整一次，档次越高、缴费年限越长，将来领取的养老金越多。"},{"en":"For low-income (dibao) recipients, people in extreme poverty and people with severe disabilities, the government pays the lowest contribution level; please state this when you enrol.","zh":"低保对象、特困人员、重度残疾人等困难群体，最低档次保费由政府代缴，请在登记时说明身份。"},{"en":"You cannot be enrolled in both the residents'' and the employees'' pension schemes for the same period; avoid paying twice.","zh":"同一时期不能同时参加城乡居民养老保险和职工养老保险，避免重复缴费。"}],"online_depth":4,"promised_days":3,"review":{"by":"内容编辑（对照法规原文及外地办事指南）","date":"2026-12-06","note":{"en":"Checked: Art. 20 of the Law, Art. 6 of the Regulations; materials agree with two county guides.","zh":"已核对：社会保险法第二十条、经办条例第六条（10个工作日）；材料与鄢陵、昌宁两地指南一致。"},"state":"checked"},"sources":[{"articles":[20],"kind":"law","title":"中华人民共和国社会保险法"},{"doc_no":"国发〔2014〕8号","kind":"policy","title":"国务院关于建立统一的城乡居民基本养老保险制度的意见"},{"articles":[6],"doc_no":"国务院令第765号","kind":"law","title":"社会保险经办条例"},{"kind":"guide","title":"昌宁县耈街乡城乡居民基本养老保险参保登记","url":"https://yncn.gov.cn/info/28414/9140190.htm"},{"kind":"guide","title":"鄢陵县安陵镇城乡居民基本养老保险参保登记","url":"http://www.yanling.gov.cn/jczwgkbzhgfhml/016002/016002023/016002023001/016002023001005/20221125/3d1659c6-7370-4ad6-b687-2b29b1b8f5d0.html"}],"steps":[{"en":"The applicant or a family member applies at the village service point or township service centre where the household is registered, or online through the Mengsuban app.","zh":"本人或家属到户籍所在嘎查村便民服务点、苏木乡镇便民服务中心提出申请，也可通过“蒙速办”App自助申请。"},{"en":"Fill in the enrolment form, choose a contribution level and sign it.","zh":"填写《城乡居民基本养老保险参保登记表》，选择缴费档次并签字确认。"},{"en":"Staff check the identity documents, enter the data in the social insurance system and forward it to the banner social insurance agency.","zh":"工作人员核对身份信息后录入社保系统，报旗社会保险经办机构审核。"},{"en":"Once the banner agency approves, the enrolment is completed and the applicant is notified.","zh":"旗社会保险经办机构审核通过后完成登记，并告知申请人结果。"},{"en":"The member pays the yearly contribution through the tax bureau''s payment channels (mobile app, bank branch or collection at the village).","zh":"参保人按年通过税务部门的缴费渠道（手机App、银行网点或村级代收）缴纳保险费。"}],"summary":{"en":"Enrols residents aged 16 or over who are not covered by the employees'' pension scheme in the basic old-age insurance for urban and rural residents. Members pay a contribution level of their choice each year and can draw a monthly pension from age 60 if they qualify.","zh":"为年满16周岁、未参加职工基本养老保险的城乡居民办理城乡居民基本养老保险参保登记。登记后每年自选档次缴费，年满60周岁且符合条件的可按月领取养老金。"},"type":"11","visits":0}');
INSERT INTO published_entries VALUES('items','11150525MB0SB0001A415111010200001',1,1,'{"asked_as":["满六十岁了领养老金","到岁数了能领多少钱","老人每月领的养老钱"],"basis":[{"en":"Social Insurance Law of the People''s Republic of China, Article 21","zh":"《中华人民共和国社会保险法》第二十一条"},{"en":"Opinions of the State Council on Establishing a Unified Basic Old-Age Insurance System for Urban and Rural Residents (Guo Fa [2014] No. 8), Part 7 \"Conditions for receiving benefits\"","zh":"《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）第七部分“养老保险待遇领取条件”"},{"en":"Regulations on Social Insurance Handling (State Council Decree No. 765), Article 18","zh":"《社会保险经办条例》（国务院令第765号）第十八条"}],"code":"11150525MB0SB0001A415111010200001","conditions":[{"en":"Enrolled in the Naiman Banner residents'' basic old-age insurance and aged 60 or over.","zh":"参加奈曼旗城乡居民基本养老保险，年满60周岁。"},{"en":"Has paid contributions for at least 15 years in total; those who were less than 15 years from age 60 when the scheme began may qualify after paying every year or making up missed years as required.","zh":"累计缴费满15年；制度实施时距60周岁不足15年的，按规定逐年缴费或补缴后可领取。"},{"en":"Not receiving any other state basic pension.","zh":"未领取国家规定的其他基本养老保障待遇。"}],"department":"shebao","fee":{"en":"Free of charge","zh":"不收费"},"form":[{"card":"name","id":"name","label":{"en":"Applicant''s name","zh":"申请人姓名"},"max":30,"min":2,"required":true,"type":"text"},{"card":"id_number","id":"id_number","label":{"en":"Citizen ID number","zh":"公民身份号码"},"required":true,"type":"id_number"},{"id":"phone","label":{"en":"Phone number","zh":"联系电话"},"required":true,"type":"phone"},{"card":"address","id":"address","label":{"en":"Registered or current address","zh":"户籍地址或现居住地址"},"required":true,"type":"address"},{"card":"birth_date","date_max":"today","date_min":"1900-01-01","id":"birth_date","label":{"en":"Date of birth","zh":"出生日期"},"required":true,"type":"date"},{"id":"contribution_years","label":{"en":"Years of contributions paid so far","zh":"已累计缴费年限（年）"},"max":50,"min":0,"required":true,"type":"number"},{"id":"card_bank","label":{"en":"Bank of your social security card","zh":"社会保障卡所属银行"},"options":[{"label":{"en":"Rural Commercial Bank (former rural credit cooperative)","zh":"农商银行（原农村信用社）"},"value":"nsyh"},{"label":{"en":"Agricultural Bank of China","zh":"中国农业银行"},"value":"nyyh"},{"label":{"en":"Postal Savings Bank of China","zh":"中国邮政储蓄银行"},"value":"yzyh"},{"label":{"en":"China Construction Bank","zh":"中国建设银行"},"value":"jsyh"},{"label":{"en":"Industrial and Commercial Bank of China","zh":"中国工商银行"},"value":"gsyh"},{"label":{"en":"Bank of China","zh":"中国银行"},"value":"zgyh"}],"required":true,"type":"select"},{"id":"self_apply","label":{"en":"Applying in person (untick if applying on someone''s behalf)","zh":"是否本人申请（代办请取消勾选）"},"required":false,"type":"checkbox"}],"keywords":["领养老金","养老金申领","农保领钱","退休金","60岁领养老金","养老待遇","新农保"],"legal_days":20,"levels":["village","township","banner"],"materials":[{"commitment":false,"copies":1,"kind":"original_and_copy","name":{"en":"Resident ID card","zh":"居民身份证"},"note":{"en":"The original is checked and a photocopy kept on file","zh":"查验原件，留存复印件"},"required":true,"rongque":false,"signature":false},{"commitment":false,"copies":1,"kind":"original_and_copy","name":{"en":"Household register (hukou booklet)","zh":"户口簿"},"note":{"en":"Cover page and the applicant''s own page of the household register","zh":"户口簿首页及本人页"},"required":true,"rongque":false,"signature":false},{"commitment":false,"copies":1,"kind":"original","name":{"en":"Application form for urban and rural residents'' pension benefits","zh":"《城乡居民基本养老保险待遇领取申请表》"},"note":{"en":"Must be signed or thumb-printed by the applicant","zh":"须本人签字或按手印"},"required":true,"rongque":false,"signature":true},{"commitment":false,"copies":1,"kind":"original","name":{"en":"Applicant''s social security card","zh":"本人社会保障卡"},"note":{"en":"Used to check the pension payment account; its banking function must be activated. Returned on the spot","zh":"用于核对养老金发放账户，金融功能须已激活，当场退还"},"required":true,"rongque":false,"signature":false},{"commitment":false,"copies":1,"kind":"original_and_copy","name":{"en":"Proxy''s ID card and a letter of authorisation","zh":"代办人居民身份证及委托书"},"note":{"en":"Needed only when someone applies on the applicant''s behalf; the letter must be signed or thumb-printed by the applicant","zh":"由他人代办时提供，委托书须由申请人签字或按手印"},"required":false,"rongque":false,"signature":true}],"name":{"en":"Claiming the basic old-age pension for urban and rural residents","mn":"ᠬᠣᠲᠠ ᠬᠥᠳᠡᠭᠡ ᠶᠢᠨ ᠢᠷᠭᠡᠨ ᠦ ᠦᠨᠳᠦᠰᠦᠨ ᠲᠡᠲᠭᠦᠷᠢ ᠶᠢᠨ ᠳᠠᠭᠠᠲᠬᠠᠯ ᠤᠨ ᠲᠤᠰᠠ ᠭᠤᠶᠤᠨ ᠠᠪᠬᠤ","zh":"城乡居民基本养老保险待遇申领"},"notes":[{"en":"The pension consists of a basic pension and a personal-account pension, and is paid every month for life.","zh":"养老金由基础养老金和个人账户养老金组成，终身按月发放。"},{"en":"Make sure the banking function of your social security card is activated in advance; if the card is lost, report it and get a replacement first.","zh":"请提前确认社会保障卡金融功能已激活；卡片丢失的，请先办理挂失补办。"},{"en":"After payments start, you must verify your eligibility once a year, which can be done by face recognition on a phone.","zh":"领取待遇后每年须完成一次领取资格认证，可在手机上刷脸完成。"}],"online_depth":3,"promised_days":10,"review":{"by":"内容编辑（对照法规原文及外地办事指南）","date":"2026-12-06","note":{"en":"Added Article 18 of the Regulations (20 working days), which the limit already follows.","zh":"已补充社会保险经办条例第十八条（20个工作日），与本事项法定时限一致。"},"state":"checked"},"sources":[{"articles":[21],"kind":"law","title":"中华人民共和国社会保险法"},{"doc_no":"国发〔2014〕8号","kind":"policy","title":"国务院关于建立统一的城乡居民基本养老保险制度的意见"},{"articles":[18],"doc_no":"国务院令第765号","kind":"law","title":"社会保险经办条例"}],"steps":[{"en":"Around the month you turn 60, apply at the village service point or township service centre where your household is registered.","zh":"年满60周岁当月前后，到户籍所在嘎查村便民服务点或苏木乡镇便民服务中心提出申请。"},{"en":"Hand in the documents, fill in the form and have your face verified on the spot.","zh":"提交材料，填写申请表，并现场进行人脸识别核验。"},{"en":"The banner social insurance agency checks the contribution years and sets the pension amount; if contributions are short, you are told how to make them up.","zh":"旗社会保险经办机构核定缴费年限和待遇标准；缴费不足的，告知补缴。"},{"en":"Once approved, the pension is paid monthly onto your social security card from the month after you qualify.","zh":"审核通过后，自符合条件的次月起按月将养老金发放到本人社会保障卡。"}],"summary":{"en":"Members of the urban and rural residents'' basic old-age insurance who have reached 60 and have enough contribution years apply to start receiving their monthly pension.","zh":"参加城乡居民基本养老保险、年满60周岁且缴费年限符合规定的人员，申请按月领取城乡居民养老金。"},"type":"11","visits":1}');
CREATE TABLE published_catalogue(
    id INTEGER PRIMARY KEY CHECK(id = 1), seq INTEGER NOT NULL, version TEXT NOT NULL,
    sample INTEGER NOT NULL, published_at INTEGER NOT NULL);
INSERT INTO published_catalogue VALUES(1,1,'2026.11.1',1,1796640944);
CREATE TABLE booking_plans(
    point TEXT PRIMARY KEY, capacity INTEGER NOT NULL CHECK(capacity >= 0),
    day_plan TEXT NOT NULL, slot_minutes INTEGER NOT NULL);
INSERT INTO booking_plans VALUES('150525203000-01',3,'08:30-12:00',30);
CREATE TABLE booking_plan_groups(point TEXT NOT NULL, department TEXT NOT NULL,
    position INTEGER NOT NULL, PRIMARY KEY(point, department));
INSERT INTO booking_plan_groups VALUES('150525203000-01','shebao',0);
CREATE TABLE booking_days(point TEXT NOT NULL, day TEXT NOT NULL,
    PRIMARY KEY(point, day));
INSERT INTO booking_days VALUES('150525203000-01','2026-12-07');
CREATE TABLE booking_slots(
    id TEXT PRIMARY KEY, point TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    capacity INTEGER NOT NULL CHECK(capacity >= 0));
INSERT INTO booking_slots VALUES('150525203000-01/2026-12-07T08:30','150525203000-01',1796603400,1796605200,3);
INSERT INTO booking_slots VALUES('150525203000-01/2026-12-07T09:00','150525203000-01',1796605200,1796607000,3);
INSERT INTO booking_slots VALUES('150525203000-01/2026-12-07T09:30','150525203000-01',1796607000,1796608800,3);
INSERT INTO booking_slots VALUES('150525203000-01/2026-12-07T10:00','150525203000-01',1796608800,1796610600,3);
INSERT INTO booking_slots VALUES('150525203000-01/2026-12-07T10:30','150525203000-01',1796610600,1796612400,3);
INSERT INTO booking_slots VALUES('150525203000-01/2026-12-07T11:00','150525203000-01',1796612400,1796614200,3);
INSERT INTO booking_slots VALUES('150525203000-01/2026-12-07T11:30','150525203000-01',1796614200,1796616000,3);
CREATE TABLE booking_leases(
    device TEXT NOT NULL, slot TEXT NOT NULL REFERENCES booking_slots(id),
    seats INTEGER NOT NULL CHECK(seats >= 0), used INTEGER, confirmed INTEGER,
    expires_at INTEGER NOT NULL, created_at INTEGER NOT NULL, settled_at INTEGER,
    PRIMARY KEY(device, slot));
INSERT INTO booking_leases VALUES('jj-00000000000000a1','150525203000-01/2026-12-07T08:30',1,NULL,NULL,1796200000,1796100500,NULL);
CREATE TABLE booking_bookings(
    id TEXT NOT NULL, slot TEXT NOT NULL REFERENCES booking_slots(id),
    source TEXT NOT NULL CHECK(source IN ('channel','kiosk-lease','kiosk-request')),
    device TEXT NOT NULL, ref TEXT NOT NULL, ticket TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, cancelled_at INTEGER, PRIMARY KEY(device, id),
    UNIQUE(device, ref));
INSERT INTO booking_bookings VALUES('00000000-0000-4000-8000-000000000004','150525203000-01/2026-12-07T08:30','kiosk-lease','jj-00000000000000a1','00000000-0000-4000-8000-000000000004','A001',1796100600,NULL);
CREATE TABLE booking_channel_tokens(hash TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL);
INSERT INTO booking_channel_tokens VALUES('SAMPLE-LEGACY-HASH',1795000000);
CREATE TABLE channel_tokens(
    hash TEXT PRIMARY KEY, points TEXT NOT NULL, created_at INTEGER NOT NULL,
    expires_at INTEGER, revoked_at INTEGER,
    rate_per_minute INTEGER NOT NULL CHECK(rate_per_minute > 0),
    note TEXT NOT NULL DEFAULT '', legacy INTEGER NOT NULL DEFAULT 0);
INSERT INTO channel_tokens VALUES('d514e8fa1fccb2c95368b9f76538e71d49cb0e1170195235eb58a8cffee695f7','150525203000-01',1796640947,1828176947,NULL,600,'SAMPLE 12345 hotline',0);
CREATE TABLE cases(
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,            -- the case number: "BJ" + the receipt's day and sequence
    device TEXT NOT NULL, uuid TEXT NOT NULL, -- the stored submission it comes from
    receipt TEXT NOT NULL UNIQUE,
    item TEXT NOT NULL, point TEXT NOT NULL, department TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL CHECK(stage IN ('submitted','accepted','refused','correction','review',
        'approved','denied','ready_for_pickup','delivered')),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    accepted_at INTEGER,                    -- the clock starts at acceptance
    closed_at INTEGER,                      -- refused, or decided (approved / denied)
    promised_days INTEGER,                  -- the item's 承诺时限 in working days; NULL: not in the catalogue
    due_date TEXT,                          -- acceptance + promised + paused working days
    paused_since TEXT,                      -- 待补正 after acceptance: the day the clock stopped
    paused_days INTEGER NOT NULL DEFAULT 0, -- working days spent in 待补正, added to the limit
    correction_due TEXT,                    -- 待补正: by when the applicant supplies what is asked
    correction_materials TEXT NOT NULL DEFAULT '[]', -- JSON array of what is asked
    result TEXT NOT NULL DEFAULT '',        -- 办结 准予: a certificate number, where the item gives one
    UNIQUE(device, uuid));
INSERT INTO cases VALUES(1,'BJ20261207000001','jj-00000000000000a1','00000000-0000-4000-8000-000000000001','NM20261207000001','150525-shebao-0001','150525203000-01','shebao','accepted',1796100200,1796640957,1796640957,NULL,5,'2026-12-14',NULL,0,NULL,'[]','');
CREATE TABLE case_events(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    from_stage TEXT NOT NULL, to_stage TEXT NOT NULL,
    operator TEXT NOT NULL, at INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '', materials TEXT NOT NULL DEFAULT '[]',
    due_date TEXT);
INSERT INTO case_events VALUES(1,1,'','submitted','intake',1796100200,'','[]',NULL);
INSERT INTO case_events VALUES(2,1,'submitted','accepted','SAMPLE-clerk',1796640957,'','[]',NULL);
CREATE TABLE case_materials(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK(kind IN ('rongque','chengnuo')),
    due_date TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending','received','overdue')),
    received_at INTEGER, received_point TEXT NOT NULL DEFAULT '');
INSERT INTO case_materials VALUES(1,1,'SAMPLE 户口簿','rongque','2026-12-14','pending',NULL,'');
CREATE TABLE audit_log(
    seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    subject TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
INSERT INTO audit_log VALUES(1,1796640943,'cli:root','device.token.create','24574581a7dc0d88','{"point":"150525203000-01","suite":""}','0000000000000000000000000000000000000000000000000000000000000000','efcca88549724982c2623dc8c6787c89b9e6847a3da77c816404b56fb29dab43');
INSERT INTO audit_log VALUES(2,1796640948,'cli:root','booking.plan.set','150525203000-01','{"future_slots":0,"new":{"capacity":3,"day_plan":"08:30-12:00","groups":["shebao"],"slot_minutes":30},"old":{"capacity":4,"day_plan":"08:30-12:00,14:30-17:30","groups":[],"slot_minutes":30}}','efcca88549724982c2623dc8c6787c89b9e6847a3da77c816404b56fb29dab43','090776e94769f77f39786c64b16c689dd4a3fe5da6678ee49af62ce16ff55bfe');
INSERT INTO audit_log VALUES(3,1796640953,'cli:root','operator.add','SAMPLE-clerk','{"role":"clerk","scope":["150525203"],"totp":false}','090776e94769f77f39786c64b16c689dd4a3fe5da6678ee49af62ce16ff55bfe','2302d8cf6ed12d1e26b5b60b01da1fae2a62530451b4be92fd0f12b9303d0fb0');
INSERT INTO audit_log VALUES(4,1796640957,'SAMPLE-clerk','case.move','BJ20261207000001','{"from":"submitted","materials":[],"reason":"","receipt":"NM20261207000001","to":"accepted"}','2302d8cf6ed12d1e26b5b60b01da1fae2a62530451b4be92fd0f12b9303d0fb0','74d59a759f83386745331a2e1f9095e56f610adc0eddf90220b3a3a1ef054b12');
INSERT INTO audit_log VALUES(5,1796640959,'cli:root','operator.add','SAMPLE-officer','{"role":"officer","scope":["shebao"],"totp":true}','74d59a759f83386745331a2e1f9095e56f610adc0eddf90220b3a3a1ef054b12','1f92fc9d60f799158da30252c0f33a0b610d416a5e45d41464f93389ad1f0578');
INSERT INTO audit_log VALUES(6,1796640962,'cli','calendar.import','2028','sample 1 holidays, 0 make-up days, sha256 e735c1b326a2ffc51e6b7cf91e01a22e','1f92fc9d60f799158da30252c0f33a0b610d416a5e45d41464f93389ad1f0578','1d871d30c759d6d1efa0688818210c56efb9afe6d7926c669a9d38583333ff20');
CREATE TABLE operators(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',           -- display name (an operator's own, not a citizen's)
    role TEXT NOT NULL CHECK(role IN ('clerk','officer','supervisor','technician')),
    scope TEXT NOT NULL DEFAULT '[]',        -- JSON array: township codes (clerk), department codes (officer)
    enabled INTEGER NOT NULL DEFAULT 1 CHECK(enabled IN (0, 1)),
    password TEXT NOT NULL,                  -- "$scrypt$ln=N,r=R,p=P$salt$hash" (base64)
    totp_secret BLOB,                        -- sealed (AES-256-GCM); NULL: no second factor
    totp_last_step INTEGER NOT NULL DEFAULT -1, -- the newest 30 s step used: never accepted again
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,                    -- after 5 failures: refused until then
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);
INSERT INTO operators VALUES('SAMPLE-clerk','SAMPLE 窗口','clerk','["150525203"]',1,'$scrypt$ln=15,r=8,p=1$pl7TdCHXv7Kdq0PKBQdIWg$I/qvJy2qeN02tsMtnbmyrDDY/ZUQgnttOxItYMKCYiM',NULL,-1,0,NULL,1796640953,1796640953);
INSERT INTO operators VALUES('SAMPLE-officer','','officer','["shebao"]',1,'$scrypt$ln=15,r=8,p=1$EVhy3oD8gZOtSG864ypvpw$SXf1EUZwgbMBxQTC97hEA+oyYfipQsfiWpQuy5XR8RE',X'07cdd31022de729c67814a4ee3118d0df1d953ad1fdf7c006a97ff410da9d5448965ef0c91d566a50e95d79cef4f827e',-1,0,NULL,1796640959,1796640959);
CREATE TABLE operator_sessions(
    token_hash TEXT PRIMARY KEY,             -- lower-case hex SHA-256 of the bearer token
    operator TEXT NOT NULL REFERENCES operators(id),
    created_at INTEGER NOT NULL,             -- absolute expiry counts from here
    last_seen INTEGER NOT NULL,              -- idle expiry counts from here
    ended_at INTEGER);
INSERT INTO operator_sessions VALUES('SAMPLE-TOKEN-HASH','SAMPLE-clerk',1796100700,1796100700,NULL);
CREATE TABLE case_feed_points(
    point TEXT PRIMARY KEY,
    seq INTEGER NOT NULL CHECK(seq > 0));
INSERT INTO case_feed_points VALUES('150525203000-01',1);
CREATE TABLE case_feed(
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    point TEXT NOT NULL,                       -- the point that took the application
    seq INTEGER NOT NULL CHECK(seq > 0),       -- the point's sequence at the case's last change
    UNIQUE(point, seq));
INSERT INTO case_feed VALUES(1,'150525203000-01',1);
CREATE TABLE kiosk_receipts(
    device TEXT NOT NULL, receipt TEXT NOT NULL, uuid TEXT NOT NULL,
    PRIMARY KEY(device, receipt));
INSERT INTO kiosk_receipts VALUES('jj-00000000000000a1','20301-000001-4','00000000-0000-4000-8000-000000000001');
CREATE TABLE ratings(
    id INTEGER PRIMARY KEY,
    device TEXT NOT NULL, uuid TEXT NOT NULL,   -- the rating record
    point TEXT NOT NULL, item TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',        -- the case's (the item's until linked)
    refers_to TEXT NOT NULL,                    -- the kiosk receipt of the application rated
    case_id INTEGER REFERENCES cases(id),       -- NULL until that application's case is here
    level INTEGER NOT NULL CHECK(level BETWEEN 1 AND 5),
    efficiency INTEGER NOT NULL DEFAULT 0 CHECK(efficiency BETWEEN 0 AND 5),
    competence INTEGER NOT NULL DEFAULT 0 CHECK(competence BETWEEN 0 AND 5),
    attitude INTEGER NOT NULL DEFAULT 0 CHECK(attitude BETWEEN 0 AND 5),
    reasons TEXT NOT NULL DEFAULT '[]',         -- JSON array of reason codes
    rated_at INTEGER NOT NULL,                  -- the kiosk's clock
    received_at INTEGER NOT NULL,               -- central's: periods count from here
    UNIQUE(device, uuid));
INSERT INTO ratings VALUES(1,'jj-00000000000000a1','00000000-0000-4000-8000-000000000005','150525203000-01','150525-shebao-0001','shebao','20301-000001-4',1,5,0,0,4,'["wait_too_long"]',1796100700,1796100800);
CREATE TABLE rating_followups(
    id INTEGER PRIMARY KEY,
    rating_id INTEGER NOT NULL UNIQUE REFERENCES ratings(id),
    department TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK(state IN ('open','called','rectified','closed')),
    opened_at INTEGER NOT NULL,
    due_date TEXT NOT NULL,                     -- 15 working days after the rating arrived
    called_at INTEGER, called_by TEXT NOT NULL DEFAULT '', reached INTEGER NOT NULL DEFAULT 0,
    call_note TEXT NOT NULL DEFAULT '', call_attempts INTEGER NOT NULL DEFAULT 0,
    rectified_at INTEGER, rectified_by TEXT NOT NULL DEFAULT '',
    cause TEXT NOT NULL DEFAULT '', action TEXT NOT NULL DEFAULT '',
    closed_at INTEGER, closed_by TEXT NOT NULL DEFAULT '');
INSERT INTO rating_followups VALUES(1,1,'shebao','called',1796100800,'2026-12-28',1796200000,'SAMPLE-officer',1,'SAMPLE note',1,NULL,'','','',NULL,'');
CREATE TABLE case_lookups(
    id INTEGER PRIMARY KEY,
    device TEXT NOT NULL,
    receipt TEXT NOT NULL,                     -- the kiosk receipt asked about (KKKKK-SSSSSS-C)
    at INTEGER NOT NULL,                       -- Unix seconds, central's clock
    outcome TEXT NOT NULL CHECK(outcome IN ('found', 'not_found', 'locked')));
INSERT INTO case_lookups VALUES(1,'jj-00000000000000a1','20301-000001-4',1796100900,'found');
INSERT INTO case_lookups VALUES(2,'jj-00000000000000a1','20301-000001-4',1796100901,'not_found');
INSERT INTO case_lookups VALUES(3,'jj-00000000000000a1','20301-000001-4',1796100902,'locked');
CREATE TABLE calendar_years(
    year INTEGER PRIMARY KEY CHECK(year BETWEEN 2000 AND 2099),
    document TEXT NOT NULL CHECK(json_valid(document)),
    imported_at INTEGER NOT NULL);
INSERT INTO calendar_years VALUES(2028,'{"holidays":[{"from":"2028-01-01","name":"元旦","to":"2028-01-01"}],"makeup_workdays":[],"notice":"SAMPLE","source":"sample","year":2028}',1796640962);
CREATE TABLE booking_cancel_requests(
    device TEXT NOT NULL,
    booking TEXT NOT NULL,                     -- the booking's id (the kiosk's record uuid)
    slot TEXT NOT NULL,
    slot_start INTEGER NOT NULL,               -- Unix seconds: listed only before the slot starts
    reason TEXT NOT NULL,                      -- a code (applicant_request, point_closed, ...)
    operator TEXT NOT NULL,
    requested_at INTEGER NOT NULL,             -- Unix seconds, central's clock
    PRIMARY KEY(device, booking));
INSERT INTO booking_cancel_requests VALUES('jj-00000000000000a1','00000000-0000-4000-8000-000000000004','150525203000-01/2026-12-07T08:30',1796200000,'point_closed','SAMPLE-clerk',1796101000);
CREATE TABLE device_features(
    device TEXT NOT NULL,
    feature TEXT NOT NULL,
    first_at INTEGER NOT NULL,
    PRIMARY KEY(device, feature));
INSERT INTO device_features VALUES('jj-00000000000000a1','booking_cancels',1796101000);
CREATE TABLE booking_attendance(
    device TEXT NOT NULL,
    booking TEXT NOT NULL,                     -- the booking's id (the kiosk's record uuid)
    slot TEXT NOT NULL,
    slot_start INTEGER NOT NULL,               -- Unix seconds: the page reads a day by it
    state TEXT NOT NULL CHECK(state IN ('checked_in', 'no_show')),
    marked_at INTEGER NOT NULL,                -- Unix seconds, kiosk clock: when staff marked it
    record TEXT NOT NULL,                      -- the booking_attendance record's uuid
    received_at INTEGER NOT NULL,              -- Unix seconds, central's clock
    PRIMARY KEY(device, booking));
INSERT INTO booking_attendance VALUES('jj-00000000000000a1','00000000-0000-4000-8000-000000000004','150525203000-01/2026-12-07T08:30',1796200000,'no_show',1796205400,'00000000-0000-4000-8000-000000000006',1796205500);
CREATE INDEX nonces_seen ON nonces(seen_at);
CREATE UNIQUE INDEX submissions_receipt ON submissions(receipt)
    WHERE receipt IS NOT NULL;
CREATE INDEX uploads_created ON uploads(created_at);
CREATE INDEX published_entries_seq ON published_entries(seq);
CREATE INDEX booking_slots_by_point ON booking_slots(point, start);
CREATE INDEX booking_leases_by_slot ON booking_leases(slot);
CREATE INDEX booking_bookings_by_slot ON booking_bookings(slot);
CREATE INDEX cases_by_stage_point ON cases(stage, point, id);
CREATE INDEX cases_by_point ON cases(point, id);
CREATE INDEX cases_running_due ON cases(due_date) WHERE stage IN ('accepted','review');
CREATE INDEX case_events_by_case ON case_events(case_id, id);
CREATE INDEX case_materials_by_case ON case_materials(case_id);
CREATE INDEX case_materials_pending_due ON case_materials(due_date) WHERE state = 'pending';
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX operator_sessions_open ON operator_sessions(operator)
    WHERE ended_at IS NULL;
CREATE INDEX ratings_by_received ON ratings(received_at);
CREATE INDEX ratings_by_point ON ratings(point, received_at);
CREATE INDEX ratings_unlinked ON ratings(device, refers_to) WHERE case_id IS NULL;
CREATE INDEX rating_followups_open_due ON rating_followups(due_date)
    WHERE state <> 'closed';
CREATE INDEX case_lookups_by_device ON case_lookups(device, at);
CREATE INDEX case_lookups_failed_by_receipt ON case_lookups(receipt, at)
    WHERE outcome = 'not_found';
CREATE INDEX case_lookups_by_time ON case_lookups(at);
CREATE INDEX kiosk_receipts_by_receipt ON kiosk_receipts(receipt);
CREATE INDEX booking_cancel_requests_by_slot ON booking_cancel_requests(slot);
CREATE INDEX booking_attendance_by_start ON booking_attendance(slot_start);
COMMIT;
