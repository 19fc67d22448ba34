#!/usr/bin/env python3
"""Sets the `asked_as` phrasings (db/seed/FORMAT.md) of items of db/seed/catalogue.json.

Touches nothing else: the file is read and written back with the same layout, and only the
`asked_as` key of the items named below changes (placed after `keywords`). Safe to run again.
Usage: db/seed/tools/asked_as.py [CATALOGUE]   (default: db/seed/catalogue.json)
"""
import json
import sys
from pathlib import Path

# Item code -> how citizens ask for it at a township hall (not the search golden tables' queries).
ASKED_AS = {
    "11150525MB0SB0001A415111010100001": ["每年交的养老钱在哪交", "农村人怎么参加养老保险", "给老人上养老保险"],  # 城乡居民基本养老保险参保登记
    "11150525MB0SB0001A415111010200001": ["满六十岁了领养老金", "到岁数了能领多少钱", "老人每月领的养老钱"],  # 城乡居民基本养老保险待遇申领
    "11150525MB0SB0001A415111010300001": ["一年一次的养老金认证", "不认证养老金停发了", "手机上刷脸领养老金"],  # 养老保险待遇领取资格认证
    "11150525MB0SB0001A415111010700001": ["社保卡补办", "社保卡坏了换新卡", "孩子办张社保卡"],  # 社会保障卡申领
    "11150525MB0YB0002B415111020200001": ["到外地住院先备案", "在呼市看病能直接结算吗", "去外省治病报销"],  # 异地就医备案
    "11150525MB0YB0002B415051020600001": ["看病花钱太多给点救助", "住院自费部分再报一点"],  # 医疗救助申请
    "11150525MB0MZ0003C415051030100001": ["家里没有收入吃低保", "低保户申请", "日子过不下去申请低保"],  # 最低生活保障申请
    "11150525MB0MZ0003C415051030300001": ["家里突然出事了生活困难", "着火了家里啥都没了", "急需用钱救急"],  # 临时救助申请
    "11150525MB0MZ0003C415051030400001": ["老人满八十岁的补贴", "高龄老人每月的钱", "九十岁老人补贴"],  # 80周岁以上老年人高龄津贴申领
    "11150525MB0WJ0004D515111040600001": ["孩子的接种本丢了", "小孩打针的本本", "上学要查接种证"],  # 《预防接种证》办理
    "51150525MJ0CL0005E415111050100001": ["第一次办残疾证", "腿脚不好能办残疾证吗", "残疾评定"],  # 残疾人证新办
    "51150525MJ0CL0005E415111050300001": ["残疾证找不着了", "残疾证弄丢了补一个"],  # 残疾人证挂失补办
    "11150525MB0GA0007G415071070100001": ["刚生的孩子报户口", "新生娃入户", "给孩子落户"],  # 出生登记
    "11150525MB0GA0007G415071070300001": ["身份证快到期了", "换新身份证", "身份证丢了补办"],  # 居民身份证申领、换领
    "11150525MB0SC0008H415011080100001": ["开个小店要执照", "开门市办执照", "做小买卖办证"],  # 个体工商户设立登记
    "11150525MB0SC0008H415011080400001": ["开个小吃店", "开面馆办什么证", "开饭馆要办的证"],  # 小餐饮店登记
    "11150525MB0SC0008H415201080700001": ["执照找不到了", "营业执照补一个", "执照被偷了"],  # 营业执照遗失补领
}


def with_asked_as(item, phrasings):
    out = {}
    for key, value in item.items():
        if key == "asked_as":
            continue
        out[key] = value
        if key == "keywords":
            out["asked_as"] = phrasings
    return out


def main():
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "catalogue.json")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    trailing = "\n" if text.endswith("\n") else ""
    if json.dumps(data, ensure_ascii=False, indent=1) + trailing != text:
        sys.exit(f"{path}: not in the layout this script writes (json.dump, indent=1); nothing changed")
    codes = {item["code"] for item in data["items"]}
    missing = sorted(set(ASKED_AS) - codes)
    if missing:
        sys.exit(f"{path}: no item with code {', '.join(missing)}; nothing changed")
    data["items"] = [with_asked_as(i, ASKED_AS[i["code"]]) if i["code"] in ASKED_AS else i for i in data["items"]]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + trailing, encoding="utf-8")


if __name__ == "__main__":
    main()
