#!/usr/bin/env python3
"""Builds Corpora/gazetteers/divisions.tsv from the administrative-division facts in
../shared/gazetteer/admin-divisions (modood/Administrative-divisions-of-China, WTFPL).

    python3 Tools/build-gazetteer.py [SHARED_GAZETTEER_DIR]

Output: one division a line, `code<TAB>name<TAB>level<TAB>parent<TAB>short forms` (parent: its code,
or for the districts of Hong Kong, Macao and Taiwan, which have none, its name), levels
province, prefecture and county; 6-digit GB/T 2260 codes (2023). Short forms (comma-separated)
are the name without its generic suffix, as news writes it: 毕节 for 毕节市, 黔东南 for
黔东南苗族侗族自治州, 内蒙古 for 内蒙古自治区; only forms of two characters or more. The municipalities' "市辖区" and the
provinces' "省直辖县级行政区划" placeholder rows are not divisions: their counties hang from the
province. Hong Kong, Macao and Taiwan come from HK-MO-TW.json, which has names but no codes
below the three wholes (810000, 820000, 710000); their rows have an empty code and the code of
the whole as parent.
"""
import csv
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "gazetteer")
div = os.path.join(src, "admin-divisions")
rows = []


def read(name):
    with open(os.path.join(div, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


placeholders = set()
for p in read("provinces.csv"):
    rows.append((p["code"] + "0000", p["name"], "province", ""))
for c in read("cities.csv"):
    if c["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
        placeholders.add(c["code"])
        continue
    rows.append((c["code"] + "00", c["name"], "prefecture", c["provinceCode"] + "0000"))
for a in read("areas.csv"):
    parent = a["provinceCode"] + "0000" if a["cityCode"] in placeholders else a["cityCode"] + "00"
    rows.append((a["code"], a["name"], "county", parent))

wholes = {"香港特别行政区": "810000", "澳门特别行政区": "820000", "台湾省": "710000"}
with open(os.path.join(div, "HK-MO-TW.json"), encoding="utf-8") as f:
    tree = json.load(f)
for whole, children in tree.items():
    code = wholes[whole]
    rows.append((code, whole, "province", ""))
    for second, thirds in children.items():
        rows.append(("", second, "prefecture", code))
        for third in thirds:
            rows.append(("", third, "county", second))  # no code: the parent by name

SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "林区",
            "新区", "省", "市", "县", "区", "盟"]
ETHNIC = ["蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族",
          "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族",
          "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
          "阿昌族", "普米族", "塔吉克族", "怒族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "独龙族", "鄂伦春族", "各族"]


def short_forms(name):
    forms = []

    def add(form):
        if 2 <= len(form) < len(name) and form not in forms:
            forms.append(form)

    if "自治" in name:  # 黔东南|苗族侗族自治州, 三都|水族自治县
        for i in range(2, len(name)):
            if any(name.startswith(e, i) for e in ETHNIC):
                add(name[:i])
                return forms
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            add(name[: -len(suffix)])
            break
    return forms


rows = [row + (",".join(short_forms(row[1])),) for row in rows]

# Former names (襄樊市 → 襄阳市), from JioNLP's china_location_change.txt (Apache-2.0): an old
# prefecture or county name that no current division still bears, with its alias.
current = {row[1] for row in rows}
former = {}
with open(os.path.join(src, "jionlp", "china_location_change.txt"), encoding="utf-8") as f:
    for line in f:
        if "=>" not in line:
            continue
        old, new = line.rstrip("\n").split("=>")
        old = old.split("\t")
        new = new.split("\t")
        if len(old) >= 6 and len(new) >= 2 and (len(old) == 6 or len(new) == 2):
            pairs = [(old[4], old[5], new[1])]  # a prefecture renamed
        elif len(old) >= 8 and len(new) >= 3:
            pairs = [(old[6], old[7], new[2])]  # a county renamed or moved
        else:
            continue
        for old_name, alias, new_name in pairs:
            if old_name != new_name and old_name not in current:
                names = former.setdefault(new_name, [])
                for n in (old_name, alias):
                    if n and n not in names and n not in current and len(n) >= 2:
                        names.append(n)
rows = [row + (",".join(former.get(row[1], [])),) for row in rows]
out = os.path.join(ROOT, "Corpora", "gazetteers", "divisions.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("# China's administrative divisions: code<TAB>name<TAB>level<TAB>parent<TAB>short forms<TAB>former names.\n")
    f.write("# Facts from modood/Administrative-divisions-of-China@57a0aa9cef47169a2eb74cf057b0245052a34e8c\n")
    f.write("# (National Bureau of Statistics codes, 2023), WTFPL; see README.md. Generated by\n")
    f.write("# Tools/build-gazetteer.py. Hong Kong, Macao and Taiwan rows below the wholes have no code (parent by name).\n")
    f.write("# Former names from dongrixinyu/JioNLP@783abc52 china_location_change.txt (Apache-2.0).\n")
    for row in rows:
        f.write("\t".join(row) + "\n")
print(f"wrote {len(rows)} divisions to {os.path.relpath(out, ROOT)}")
