#!/usr/bin/env python3
"""Builds Corpora/gazetteers/countries.tsv from ../shared/gazetteer/jionlp/world_location.txt
(JioNLP's curation, Apache-2.0: names, capitals, major cities) and the ISO 3166-1 alpha-2 codes
and Taiwan / Hong Kong names below (facts, written for zhkit).

    python3 Tools/build-countries.py [SHARED_GAZETTEER_DIR]

Output, one country a line: code<TAB>name<TAB>other names (,)<TAB>capital<TAB>major cities (,).
City names may carry their own variants as name|variant.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "gazetteer")

ISO = dict(x.split(":") for x in """
中国:CN 蒙古:MN 朝鲜:KP 韩国:KR 日本:JP 越南:VN 老挝:LA 柬埔寨:KH 缅甸:MM 泰国:TH 马来西亚:MY 新加坡:SG 文莱:BN 菲律宾:PH
印度尼西亚:ID 东帝汶:TL 尼泊尔:NP 不丹:BT 孟加拉国:BD 印度:IN 斯里兰卡:LK 马尔代夫:MV 巴基斯坦:PK 阿富汗:AF 伊朗:IR 科威特:KW
沙特:SA 巴林:BH 卡塔尔:QA 阿联酋:AE 阿曼:OM 也门:YE 伊拉克:IQ 叙利亚:SY 黎巴嫩:LB 约旦:JO 巴勒斯坦:PS 以色列:IL 塞浦路斯:CY
土耳其:TR 乌兹别克斯坦:UZ 哈萨克斯坦:KZ 吉尔吉斯斯坦:KG 塔吉克斯坦:TJ 亚美尼亚:AM 土库曼斯坦:TM 阿塞拜疆:AZ 格鲁吉亚:GE
冰岛:IS 丹麦:DK 挪威:NO 瑞典:SE 芬兰:FI 俄罗斯:RU 乌克兰:UA 白俄罗斯:BY 摩尔多瓦:MD 立陶宛:LT 爱沙尼亚:EE 拉脱维亚:LV 波兰:PL
捷克:CZ 匈牙利:HU 德国:DE 奥地利:AT 列支敦士登:LI 瑞士:CH 荷兰:NL 比利时:BE 卢森堡:LU 英国:GB 爱尔兰:IE 法国:FR 摩纳哥:MC
安道尔:AD 西班牙:ES 葡萄牙:PT 意大利:IT 梵蒂冈:VA 圣马力诺:SM 马耳他:MT 克罗地亚:HR 斯洛伐克:SK 斯洛文尼亚:SI 波黑:BA
马其顿:MK 塞尔维亚:RS 黑山:ME 科索沃:XK 罗马尼亚:RO 保加利亚:BG 阿尔巴尼亚:AL 希腊:GR 埃及:EG 利比亚:LY 突尼斯:TN
阿尔及利亚:DZ 摩洛哥:MA 毛里塔尼亚:MR 塞内加尔:SN 冈比亚:GM 马里:ML 布基纳法索:BF 佛得角:CV 几内亚比绍:GW 几内亚:GN
塞拉里昂:SL 利比里亚:LR 科特迪瓦:CI 加纳:GH 多哥:TG 贝宁:BJ 尼日尔:NE 尼日利亚:NG 喀麦隆:CM 赤道几内亚:GQ 乍得:TD 中非:CF
苏丹:SD 南苏丹:SS 埃塞俄比亚:ET 吉布提:DJ 索马里:SO 肯尼亚:KE 乌干达:UG 坦桑尼亚:TZ 卢旺达:RW 布隆迪:BI 刚果(金):CD
刚果(布):CG 加蓬:GA 圣多美和普林西比:ST 安哥拉:AO 赞比亚:ZM 马拉维:MW 莫桑比克:MZ 科摩罗:KM 马达加斯加:MG 塞舌尔:SC
毛里求斯:MU 津巴布韦:ZW 博茨瓦纳:BW 纳米比亚:NA 南非:ZA 斯威士兰:SZ 莱索托:LS 厄立特里亚:ER 澳大利亚:AU 新西兰:NZ
巴布亚新几内亚:PG 所罗门群岛:SB 瓦努阿图:VU 斐济:FJ 基里巴斯:KI 瑙鲁:NR 密克罗尼西亚:FM 马绍尔群岛:MH 图瓦卢:TV 萨摩亚:WS
纽埃:NU 帕劳:PW 汤加:TO 加拿大:CA 美国:US 墨西哥:MX 危地马拉:GT 伯利兹:BZ 萨尔瓦多:SV 洪都拉斯:HN 尼加拉瓜:NI 哥斯达黎加:CR
巴拿马:PA 巴哈马:BS 古巴:CU 牙买加:JM 海地:HT 多米尼加:DO 圣基茨和尼维斯:KN 安提瓜和巴布达:AG 多米尼克国:DM 圣卢西亚:LC
圣文森特和格林纳丁斯:VC 巴巴多斯:BB 格林纳达:GD 特立尼达和多巴哥:TT 哥伦比亚:CO 委内瑞拉:VE 圭亚那:GY 苏里南:SR 厄瓜多尔:EC
秘鲁:PE 巴西:BR 玻利维亚:BO 智利:CL 阿根廷:AR 巴拉圭:PY 乌拉圭:UY
""".split())

# Other names the same countries go by: Taiwan and Hong Kong usage, common short forms.
ALIASES = {
    "老挝": "寮国", "新西兰": "纽西兰", "意大利": "义大利", "朝鲜": "北韩", "韩国": "南韩", "澳大利亚": "澳洲",
    "沙特": "沙特阿拉伯,沙乌地阿拉伯", "阿联酋": "阿拉伯联合酋长国", "印度尼西亚": "印尼", "文莱": "汶莱",
    "新加坡": "星加坡", "马来西亚": "大马", "柬埔寨": "柬国", "克罗地亚": "克罗埃西亚", "塞尔维亚": "塞尔维亚",
    "斯洛伐克": "斯洛伐克", "捷克": "捷克共和国", "肯尼亚": "肯亚", "坦桑尼亚": "坦尚尼亚", "尼日利亚": "奈及利亚",
    "埃塞俄比亚": "衣索比亚", "津巴布韦": "辛巴威", "赞比亚": "尚比亚", "危地马拉": "瓜地马拉", "洪都拉斯": "宏都拉斯",
    "哥斯达黎加": "哥斯大黎加", "巴拿马": "巴拿马", "委内瑞拉": "委内瑞拉", "乌拉圭": "乌拉圭", "巴拉圭": "巴拉圭",
    "哈萨克斯坦": "哈萨克", "乌兹别克斯坦": "乌兹别克", "吉尔吉斯斯坦": "吉尔吉斯", "塔吉克斯坦": "塔吉克",
    "土库曼斯坦": "土库曼", "也门": "叶门", "利比亚": "利比亚", "索马里": "索马利亚", "卢旺达": "卢安达",
    "毛里求斯": "模里西斯", "塞舌尔": "塞席尔", "马尔代夫": "马尔地夫", "孟加拉国": "孟加拉", "英国": "英伦",
    "美国": "美利坚", "俄罗斯": "俄国", "德国": "德意志", "格鲁吉亚": "乔治亚", "白俄罗斯": "白俄",
}
CITY_VARIANTS = {"悉尼": "雪梨", "万象": "永珍", "墨尔本": "墨尔本", "奥克兰": "奥克兰", "吉隆坡": "吉隆坡"}
EXTRA_CITIES = {"澳大利亚": ["墨尔本", "布里斯班", "珀斯"], "老挝": ["琅勃拉邦|龙坡邦"], "英国": ["曼彻斯特", "伯明翰", "爱丁堡"],
                "美国": ["纽约", "洛杉矶", "旧金山|三藩市", "芝加哥", "西雅图", "休斯敦", "波士顿"], "德国": ["慕尼黑", "法兰克福", "汉堡"],
                "意大利": ["米兰"], "法国": ["马赛", "里昂"], "加拿大": ["多伦多", "温哥华", "蒙特利尔"], "巴西": ["圣保罗", "里约热内卢"],
                "俄罗斯": ["圣彼得堡"], "土耳其": ["伊斯坦布尔"], "阿联酋": ["迪拜"], "越南": ["海防", "岘港"], "日本": ["名古屋", "熊本"]}

# More major cities news names, written for zhkit (facts of geography), with Taiwan and Hong Kong
# names where they differ (|).
MORE_CITIES = {
    "美国": ["拉斯维加斯", "迈阿密", "达拉斯", "奥斯汀", "丹佛", "凤凰城", "新奥尔良", "纳什维尔", "巴尔的摩", "明尼阿波利斯",
           "檀香山|火奴鲁鲁", "安克雷奇", "波特兰", "萨克拉门托", "圣安东尼奥", "克利夫兰", "奥兰多", "坦帕", "夏洛特",
           "印第安纳波利斯", "堪萨斯城", "圣路易斯", "辛辛那提", "密尔沃基", "纽瓦克", "帕洛阿尔托", "库比蒂诺", "山景城", "长滩"],
    "加拿大": ["卡尔加里", "埃德蒙顿", "魁北克", "温尼伯", "哈利法克斯"],
    "英国": ["剑桥", "牛津", "贝尔法斯特", "加的夫", "南安普敦", "诺丁汉", "纽卡斯尔", "莱斯特"],
    "法国": ["波尔多", "里尔", "南特", "戛纳", "勒阿弗尔"],
    "德国": ["杜塞尔多夫", "莱比锡", "德累斯顿", "马格德堡", "纽伦堡", "汉诺威", "不来梅", "多特蒙德", "埃森", "沃尔夫斯堡", "波恩",
           "杜伊斯堡", "曼海姆"],
    "意大利": ["博洛尼亚", "比萨", "维罗纳"], "西班牙": ["瓦伦西亚"], "葡萄牙": ["波尔图"], "荷兰": ["海牙", "埃因霍温"],
    "比利时": ["安特卫普", "根特"], "瑞士": ["巴塞尔", "洛桑", "达沃斯"], "奥地利": ["萨尔茨堡", "因斯布鲁克"],
    "波兰": ["克拉科夫", "格但斯克", "罗兹"], "匈牙利": ["德布勒森"], "捷克": ["布尔诺"], "希腊": ["比雷埃夫斯", "塞萨洛尼基"],
    "土耳其": ["伊兹密尔", "安塔利亚"], "俄罗斯": ["新西伯利亚", "喀山", "索契", "伊尔库茨克", "哈巴罗夫斯克|伯力", "摩尔曼斯克"],
    "乌克兰": ["哈尔科夫", "敖德萨", "利沃夫", "第聂伯罗"], "日本": ["奈良", "川崎", "千叶", "埼玉", "静冈", "新潟", "长崎", "鹿儿岛", "那霸"],
    "韩国": ["蔚山", "水原", "平泽"], "印度": ["艾哈迈达巴德", "浦那"], "巴基斯坦": ["瓜达尔", "白沙瓦"],
    "孟加拉国": ["吉大港"], "越南": ["北宁", "芹苴"], "泰国": ["罗勇"], "马来西亚": ["槟城", "新山", "关丹", "古晋", "亚庇"],
    "印度尼西亚": ["万隆", "棉兰"], "菲律宾": ["宿务", "达沃"], "缅甸": ["曼德勒", "皎漂"], "柬埔寨": ["暹粒", "西哈努克城"],
    "沙特": ["吉达", "麦加", "麦地那", "达曼"], "伊朗": ["伊斯法罕", "马什哈德"], "伊拉克": ["巴士拉", "摩苏尔", "埃尔比勒"],
    "叙利亚": ["阿勒颇"], "以色列": ["耶路撒冷", "海法"], "也门": ["亚丁"], "尼日利亚": ["拉各斯"], "肯尼亚": ["蒙巴萨"],
    "墨西哥": ["瓜达拉哈拉", "蒙特雷", "蒂华纳", "坎昆"], "秘鲁": ["库斯科"], "智利": ["瓦尔帕莱索"],
    "哥伦比亚": ["麦德林", "卡塔赫纳"], "巴西": ["马瑙斯", "阿雷格里港"],
    "阿根廷": ["科尔多瓦", "罗萨里奥"], "澳大利亚": ["阿德莱德", "黄金海岸"], "新西兰": ["基督城"],
    "乌兹别克斯坦": ["撒马尔罕"], "哈萨克斯坦": ["卡拉干达"],
}
for country, more in MORE_CITIES.items():
    EXTRA_CITIES[country] = EXTRA_CITIES.get(country, []) + more
CITY_VARIANTS.update({"东京": "东京都", "迪拜": "杜拜", "休斯敦": "休士顿", "阿布扎比": "阿布达比", "首尔": "汉城", "巴塞罗那": "巴塞隆纳",
                      "珀斯": "柏斯"})

# Cities of the source whose names are as often people or parts of other names: left out
# (亚历山大 is more often Alexander than Alexandria, which news writes 亚历山大港).
DROPPED_CITIES = {"亚历山大"}
EXTRA_CITIES["埃及"] = EXTRA_CITIES.get("埃及", []) + ["亚历山大港"]

rows = []
with open(os.path.join(src, "jionlp", "world_location.txt"), encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            continue
        name, full, capital = parts[0], parts[1], parts[2]
        cities = parts[3].split("/") if len(parts) > 3 else []
        code = ISO.get(name)
        if not code:
            sys.exit(f"no ISO code for {name}")
        others = [full] if full != name else []
        others += [a for a in ALIASES.get(name, "").split(",") if a and a != name]
        cities = [c for c in cities if c not in DROPPED_CITIES] + EXTRA_CITIES.get(name, [])
        def with_variant(c):
            return f"{c}|{CITY_VARIANTS[c]}" if c in CITY_VARIANTS and CITY_VARIANTS[c] != c else c
        unique = {}
        for c in (with_variant(c) for c in cities):
            key = c.split("|")[0]
            if key not in unique or "|" in c:
                unique[key] = c
        rows.append((code, name, ",".join(others), with_variant(capital), ",".join(unique.values())))

out = os.path.join(ROOT, "Corpora", "gazetteers", "countries.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("# Countries: ISO 3166-1 alpha-2<TAB>name<TAB>other names<TAB>capital<TAB>major cities.\n")
    f.write("# Names, capitals and cities from JioNLP's world_location.txt (dongrixinyu/JioNLP@783abc52, Apache-2.0);\n")
    f.write("# codes, Taiwan/Hong Kong names and extra cities written for zhkit. Generated by Tools/build-countries.py.\n")
    for row in rows:
        f.write("\t".join(row) + "\n")
print(f"wrote {len(rows)} countries to {os.path.relpath(out, ROOT)}")
