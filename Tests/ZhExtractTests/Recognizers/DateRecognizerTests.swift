import Testing
import ZhExtract

struct DateCase: Sendable, CustomStringConvertible {
  var text: String
  var span: String
  var value: String? = nil
  var start: String? = nil
  var end: String? = nil
  var reference: String? = "2024-05-18"
  var description: String { "\(text) @\(reference ?? "none")" }
}

func dates(_ text: String, reference: String?) -> [Entity] {
  Extractor(types: [.date]).extract(text, referenceDate: reference).entities ?? []
}

@Suite("Dates")
struct DateRecognizerTests {
  static let cases: [DateCase] = [
    // Absolute dates, both scripts.
    DateCase(text: "會議於2024年5月18日舉行", span: "2024年5月18日", value: "2024-05-18"),
    DateCase(text: "会议于2024-05-18举行", span: "2024-05-18", value: "2024-05-18"),
    DateCase(text: "會議於2024/5/18舉行", span: "2024/5/18", value: "2024-05-18"),
    DateCase(text: "会议于2024.5.18举行", span: "2024.5.18", value: "2024-05-18"),
    DateCase(text: "二〇二四年五月十八日签发", span: "二〇二四年五月十八日", value: "2024-05-18"),
    DateCase(text: "二零二四年是龙年", span: "二零二四年", value: "2024"),
    DateCase(text: "於２０２４年５月１８日公布", span: "２０２４年５月１８日", value: "2024-05-18"),
    DateCase(text: "定於5月18日（週六）舉行", span: "5月18日（週六）", value: "2024-05-18"),
    DateCase(text: "定于10月6日周一举行", span: "10月6日周一", value: "2025-10-06", reference: "2025-10-01"),
    // Partial and relative.
    DateCase(text: "5月9日，一艘班輪啟航", span: "5月9日", value: "2024-05-09"),
    DateCase(text: "國家統計局9日發布數據", span: "9日", value: "2024-05-09"),
    DateCase(text: "今年1月，高速建成通車", span: "今年1月", value: "2024-01"),
    DateCase(text: "去年营收增长", span: "去年", value: "2023"),
    DateCase(text: "前年以來", span: "前年", value: "2022"),
    DateCase(text: "明年投產", span: "明年", value: "2025"),
    DateCase(text: "預計後年完工", span: "後年", value: "2026"),
    DateCase(text: "上個月出口增長", span: "上個月", value: "2024-04"),
    DateCase(text: "本月销售", span: "本月", value: "2024-05"),
    DateCase(text: "下月上市", span: "下月", value: "2024-06"),
    DateCase(text: "昨天宣布", span: "昨天", value: "2024-05-17"),
    DateCase(text: "今日公布", span: "今日", value: "2024-05-18"),
    DateCase(text: "前天抵達", span: "前天", value: "2024-05-16"),
    DateCase(text: "明日開幕", span: "明日", value: "2024-05-19"),
    DateCase(text: "本週公布", span: "本週", start: "2024-05-13", end: "2024-05-19"),
    DateCase(text: "上周召开", span: "上周", start: "2024-05-06", end: "2024-05-12"),
    DateCase(text: "下週舉行", span: "下週", start: "2024-05-20", end: "2024-05-26"),
    DateCase(text: "上週五收盤", span: "上週五", value: "2024-05-10"),
    DateCase(text: "星期三开会", span: "星期三", value: "2024-05-15"),
    DateCase(text: "禮拜三見", span: "禮拜三", value: "2024-05-15"),
    DateCase(text: "公司今（15）日召開董事會", span: "今（15）日", value: "2024-05-15"),
    DateCase(text: "3月下旬以來", span: "3月下旬", start: "2024-03-21", end: "2024-03-31"),
    DateCase(text: "上半年營收", span: "上半年", start: "2024-01-01", end: "2024-06-30"),
    DateCase(text: "下半年投产", span: "下半年", start: "2024-07-01", end: "2024-12-31"),
    DateCase(text: "一季度增長", span: "一季度", start: "2024-01-01", end: "2024-03-31"),
    DateCase(text: "第二季度营收", span: "第二季度", start: "2024-04-01", end: "2024-06-30"),
    DateCase(text: "Q3出貨", span: "Q3", start: "2024-07-01", end: "2024-09-30"),
    DateCase(text: "今年前三季度", span: "今年前三季度", start: "2024-01-01", end: "2024-09-30"),
    DateCase(text: "今年1至9月出口", span: "今年1至9月", start: "2024-01", end: "2024-09"),
    DateCase(text: "前三季度增长", span: "前三季度", start: "2024-01-01", end: "2024-09-30"),
    DateCase(text: "前两个月，进出口总值增长", span: "前两个月", start: "2024-01", end: "2024-02"),
    DateCase(text: "民國113年5月18日", span: "民國113年5月18日", value: "2024-05-18"),
    DateCase(text: "明（114）年下半年量產", span: "明（114）年下半年", start: "2025-07-01", end: "2025-12-31"),
    // Ranges.
    DateCase(text: "4月20日至22日，活動舉辦", span: "4月20日至22日", start: "2024-04-20", end: "2024-04-22"),
    DateCase(text: "4月20日到5月3日", span: "4月20日到5月3日", start: "2024-04-20", end: "2024-05-03"),
    DateCase(text: "2024年至2025年", span: "2024年至2025年", start: "2024", end: "2025"),
    DateCase(text: "规划期为2023—2025年", span: "2023—2025年", start: "2023", end: "2025"),
    DateCase(text: "5月18日-20日展出", span: "5月18日-20日", start: "2024-05-18", end: "2024-05-20"),
    DateCase(text: "自4月16日起開行", span: "4月16日", value: "2024-04-16"),
    DateCase(text: "從4月20日至5月3日舉辦", span: "從4月20日至5月3日", start: "2024-04-20", end: "2024-05-03"),
    DateCase(text: "自2023年至2025年实施", span: "自2023年至2025年", start: "2023", end: "2025"),
    // Times with a date.
    DateCase(text: "5月18日上午9時開幕", span: "5月18日上午9時", value: "2024-05-18T09:00"),
    DateCase(text: "5月18日下午3點半", span: "5月18日下午3點半", value: "2024-05-18T15:30"),
    DateCase(text: "5月18日晚上8点", span: "5月18日晚上8点", value: "2024-05-18T20:00"),
    DateCase(text: "18日9時30分", span: "18日9時30分", value: "2024-05-18T09:30"),
    DateCase(text: "2024-05-18 09:18:17", span: "2024-05-18 09:18:17", value: "2024-05-18T09:18:17"),
    // Holidays, the lunar ones through ICU's Chinese calendar.
    DateCase(text: "春節期間", span: "春節", value: "2024-02-10", reference: "2024-01-20"),
    DateCase(text: "春节前后", span: "春节", value: "2024-02-10", reference: "2024-03-01"),
    DateCase(text: "今年中秋節", span: "今年中秋節", value: "2024-09-17"),
    DateCase(text: "端午假期", span: "端午", value: "2024-06-10"),
    // Solar terms, by the formula (清明 was the first).
    DateCase(text: "2024年冬至", span: "2024年冬至", value: "2024-12-21"),
    DateCase(text: "今年立秋以來", span: "今年立秋", value: "2024-08-07"),
    DateCase(text: "2021年冬至", span: "2021年冬至", value: "2021-12-21"),
    DateCase(text: "夏至那天", span: "夏至", value: "2024-06-21"),
    // 年底 on its own, after a verb that points to it.
    DateCase(text: "机构将年底金价目标上调", span: "年底"),
    // A day and a part of it.
    DateCase(text: "昨晚舉辦酒會", span: "昨晚", value: "2024-05-17"),
    DateCase(text: "今晚8点开幕", span: "今晚8点", value: "2024-05-18T20:00"),
    // A holiday whose name starts with a digit, on its own.
    DateCase(text: "七夕那天下雨", span: "七夕", value: "2024-08-10"),
    DateCase(text: "元宵節燈會", span: "元宵節", value: "2024-02-24"),
    DateCase(text: "重陽節敬老", span: "重陽節", value: "2024-10-11"),
    DateCase(text: "除夕夜", span: "除夕", value: "2024-02-09", reference: "2024-02-01"),
    DateCase(text: "元旦假期", span: "元旦", value: "2024-01-01", reference: "2024-01-03"),
    DateCase(text: "國慶黃金週", span: "國慶", value: "2024-10-01", reference: "2024-09-20"),
    DateCase(text: "勞動節假期", span: "勞動節", value: "2024-05-01"),
    // The nearest year across a year end.
    DateCase(text: "12月28日，项目开工", span: "12月28日", value: "2023-12-28", reference: "2024-01-03"),
    DateCase(text: "1月3日，项目开工", span: "1月3日", value: "2025-01-03", reference: "2024-12-30"),
  ]

  @Test(arguments: cases)
  func resolves(_ c: DateCase) throws {
    let found = dates(c.text, reference: c.reference)
    let entity = try #require(found.first, "no date in \(c.text)")
    #expect(entity.text == c.span)
    #expect(entity.normalized?.value == c.value)
    #expect(entity.normalized?.start == c.start)
    #expect(entity.normalized?.end == c.end)
  }

  @Test func taiwanNationalDayAndRocYears() throws {
    let text = "（中央社記者林小明台北9日電）立法院今天通過預算，雙十國慶將於10月10日舉行，113年5月18日前完成。新臺幣100元。"
    let found = dates(text, reference: "2024-10-09")
    #expect(found.contains { $0.text == "雙十國慶" && $0.normalized?.value == "2024-10-10" })
    #expect(found.contains { $0.text == "113年5月18日" && $0.normalized?.value == "2024-05-18" })
    let national = dates("中央社報導，國慶酒會昨晚舉行。", reference: "2024-10-11")
    #expect(national.first?.normalized?.value == "2024-10-10")
  }

  @Test func vaguePartsAreSpansWithoutValue() throws {
    for (text, span) in [("今年6月底完工", "今年6月底"), ("预计9月底前投用", "9月底"), ("較年初上漲", "年初")] {
      let found = dates(text, reference: "2024-05-18")
      #expect(found.first?.text == span, "\(text)")
      #expect(found.first?.normalized == nil, "\(text)")
    }
  }

  @Test func relativeDatesWithoutAReferenceAreUnresolved() throws {
    for text in ["今年1月", "上個月", "昨天", "5月9日", "下週二"] {
      let found = dates(text, reference: nil)
      #expect(found.count == 1, "\(text)")
      #expect(found.first?.normalized?.unresolved == true, "\(text)")
      #expect(found.first?.normalized?.value == nil, "\(text)")
    }
    // An absolute date needs no reference.
    #expect(dates("2024年5月18日", reference: nil).first?.normalized?.value == "2024-05-18")
  }

  @Test(arguments: [
    "國發〔2022〕2號文件的發布", "乘坐地铁2号线", "4/5G网络", "共建一带一路", "投资1.5亿元", "历时3年建成", "为期8天的旅行", "這部電影十分好看",
    "联系电话010-88886666", "比分3:1", "周洁报道", "一日之计在于晨", "建成后年发电量约25亿千瓦时", "日本年号改为令和",
    "大雪纷飞", "雨水充沛", "他小满意地说", "增长30%", "營收達1.5億元",
  ])
  func notDates(_ text: String) {
    let found = dates(text, reference: "2024-05-18")
    #expect(found.isEmpty, "\(text): \(found.map(\.text))")
  }
}
