import Foundation
import Testing
import ZhExtract
import ZhText

/// What the money recogniser reports for `text`: (text, currency, amount or min…max, modifier, per).
func money(_ text: String, referenceDate: String? = nil) -> [Entity] {
  Extractor(types: [.money]).extract(text, referenceDate: referenceDate).entities ?? []
}

struct MoneyCase: Sendable, CustomStringConvertible {
  var text: String
  var span: String
  var currency: String
  var amount: String?
  var min: String? = nil
  var max: String? = nil
  var modifier: String? = nil
  var per: String? = nil
  var description: String { text }
}

@Suite("Money")
struct MoneyRecognizerTests {
  static let cases: [MoneyCase] = [
    MoneyCase(text: "總投資金額為730億元的項目", span: "730億元", currency: "CNY", amount: "73000000000"),
    MoneyCase(text: "總投資金額为730亿元的项目", span: "730亿元", currency: "CNY", amount: "73000000000"),
    MoneyCase(text: "營收新臺幣177.1億元", span: "新臺幣177.1億元", currency: "TWD", amount: "17710000000"),
    MoneyCase(text: "营收新台币177.1亿元", span: "新台币177.1亿元", currency: "TWD", amount: "17710000000"),
    MoneyCase(text: "集資港幣2.5億，用於擴產", span: "港幣2.5億", currency: "HKD", amount: "250000000"),
    MoneyCase(text: "募资港币2.5亿，用于扩产", span: "港币2.5亿", currency: "HKD", amount: "250000000"),
    MoneyCase(text: "发行规模8亿元人民币。", span: "8亿元人民币", currency: "CNY", amount: "800000000"),
    MoneyCase(text: "發行規模8億元人民幣。", span: "8億元人民幣", currency: "CNY", amount: "800000000"),
    MoneyCase(text: "计划投资3541.07万元建设", span: "3541.07万元", currency: "CNY", amount: "35410700"),
    MoneyCase(text: "注册资本100000万美元", span: "100000万美元", currency: "USD", amount: "1000000000"),
    MoneyCase(text: "合計壹佰壹拾萬零伍佰陸拾元陸角", span: "壹佰壹拾萬零伍佰陸拾元陸角", currency: "CNY", amount: "1100560.6"),
    MoneyCase(text: "合计壹佰壹拾万零伍佰陆拾元陆角", span: "壹佰壹拾万零伍佰陆拾元陆角", currency: "CNY", amount: "1100560.6"),
    MoneyCase(text: "拉动投资一万五千亿元", span: "一万五千亿元", currency: "CNY", amount: "1500000000000"),
    MoneyCase(text: "拉動投資一萬五千億元", span: "一萬五千億元", currency: "CNY", amount: "1500000000000"),
    MoneyCase(text: "规模达二十万亿元", span: "二十万亿元", currency: "CNY", amount: "20000000000000"),
    MoneyCase(text: "規模達二十萬億元", span: "二十萬億元", currency: "CNY", amount: "20000000000000"),
    MoneyCase(text: "补贴1,100万元", span: "1,100万元", currency: "CNY", amount: "11000000"),
    MoneyCase(text: "票价十１元", span: "十１元", currency: "CNY", amount: "11"),
    MoneyCase(text: "单日营业额三十几万元", span: "三十几万元", currency: "CNY", amount: nil, min: "300000", max: "400000"),
    MoneyCase(text: "單日營業額三十幾萬元", span: "三十幾萬元", currency: "CNY", amount: nil, min: "300000", max: "400000"),
    MoneyCase(text: "卖出了二百余万元的商品", span: "二百余万元", currency: "CNY", amount: "2000000", modifier: "more_than"),
    MoneyCase(text: "賣出了二百餘萬元的商品", span: "二百餘萬元", currency: "CNY", amount: "2000000", modifier: "more_than"),
    MoneyCase(text: "成交额达到一千多万元", span: "一千多万元", currency: "CNY", amount: "10000000", modifier: "more_than"),
    MoneyCase(text: "拟投资三千万至五千万元", span: "三千万至五千万元", currency: "CNY", amount: nil, min: "30000000", max: "50000000"),
    MoneyCase(text: "擬投資三千萬至五千萬元", span: "三千萬至五千萬元", currency: "CNY", amount: nil, min: "30000000", max: "50000000"),
    MoneyCase(text: "今天花了123元1角1分", span: "123元1角1分", currency: "CNY", amount: "123.11"),
    MoneyCase(text: "營收約730億元，約合100億美元", span: "約730億元", currency: "CNY", amount: "73000000000", modifier: "approximately"),
    MoneyCase(text: "净利润10亿至20亿元", span: "10亿至20亿元", currency: "CNY", amount: nil, min: "1000000000", max: "2000000000"),
    MoneyCase(text: "净利润10-20亿元", span: "10-20亿元", currency: "CNY", amount: nil, min: "1000000000", max: "2000000000"),
    MoneyCase(text: "淨利潤10～20億元", span: "10～20億元", currency: "CNY", amount: nil, min: "1000000000", max: "2000000000"),
    MoneyCase(text: "预计五六百万元", span: "五六百万元", currency: "CNY", amount: nil, min: "5000000", max: "6000000"),
    MoneyCase(text: "市值數十億元", span: "數十億元", currency: "CNY", amount: nil, min: "1000000000", max: "10000000000"),
    MoneyCase(text: "年产值1200亿元以上", span: "1200亿元以上", currency: "CNY", amount: "120000000000", modifier: "at_least"),
    MoneyCase(text: "價格不超過50萬元", span: "不超過50萬元", currency: "CNY", amount: "500000", modifier: "at_most"),
    MoneyCase(text: "每月不到3000元", span: "不到3000元", currency: "CNY", amount: "3000", modifier: "less_than", per: "月"),
    MoneyCase(text: "订单逾48亿元", span: "逾48亿元", currency: "CNY", amount: "4800000000", modifier: "more_than"),
    MoneyCase(text: "价格在20元左右", span: "20元左右", currency: "CNY", amount: "20", modifier: "approximately"),
    MoneyCase(text: "發行價為12.5元/股", span: "12.5元/股", currency: "CNY", amount: "12.5", per: "股"),
    MoneyCase(text: "金价一度突破3400美元/盎司", span: "3400美元/盎司", currency: "USD", amount: "3400", per: "盎司"),
    MoneyCase(text: "每股收益0.78元", span: "0.78元", currency: "CNY", amount: "0.78", per: "股"),
    MoneyCase(text: "總投資約１４．５億元", span: "約１４．５億元", currency: "CNY", amount: "1450000000", modifier: "approximately"),
    MoneyCase(text: "项目总投资3亿5000万元", span: "3亿5000万元", currency: "CNY", amount: "350000000"),
    MoneyCase(text: "合計11億3千萬元", span: "11億3千萬元", currency: "CNY", amount: "1130000000"),
    MoneyCase(text: "投资超百亿元", span: "超百亿元", currency: "CNY", amount: "10000000000", modifier: "more_than"),
    MoneyCase(text: "门票US$25", span: "US$25", currency: "USD", amount: "25"),
    MoneyCase(text: "售价€1,299起", span: "€1,299", currency: "EUR", amount: "1299"),
    MoneyCase(text: "两到三万港元", span: "两到三万港元", currency: "HKD", amount: nil, min: "20000", max: "30000"),
    MoneyCase(text: "从8500到3万港元", span: "从8500到3万港元", currency: "HKD", amount: nil, min: "8500", max: "30000"),
    MoneyCase(text: "一块二毛", span: "一块二毛", currency: "CNY", amount: "1.2"),
    MoneyCase(text: "只要三块零四", span: "三块零四", currency: "CNY", amount: "3.04"),
    MoneyCase(text: "合作投資約45億雷亞爾", span: "約45億雷亞爾", currency: "BRL", amount: "4500000000", modifier: "approximately"),
  ]

  @Test(arguments: cases)
  func readsTheAmount(_ c: MoneyCase) throws {
    let found = money(c.text)
    let entity = try #require(found.first, "no money in \(c.text)")
    #expect(entity.text == c.span)
    let n = try #require(entity.normalized)
    #expect(n.currency == c.currency)
    #expect(n.amount == c.amount)
    #expect(n.min == c.min)
    #expect(n.max == c.max)
    #expect(n.modifier == c.modifier)
    #expect(n.per == c.per)
    // Offsets give back the text, in Unicode scalars.
    let scalars = Array(c.text.unicodeScalars)
    var slice = String()
    slice.unicodeScalars.append(contentsOf: scalars[entity.start..<entity.end])
    #expect(slice == entity.text)
  }

  @Test(arguments: ["營收約730億元，約合100億美元", "营收约730亿元，约合100亿美元"])
  func twoAmountsInOneSentence(_ text: String) {
    let found = money(text)
    #expect(found.count == 2)
    #expect(found.map { $0.normalized?.currency } == ["CNY", "USD"])
    #expect(found.map { $0.normalized?.amount } == ["73000000000", "10000000000"])
    #expect(found.last?.normalized?.modifier == "approximately")
  }

  @Test(arguments: [
    "多元化的发展", "多元文化", "這部電影十分好看", "推动一元化管理", "增长5.3%，达到历史新高", "年产60万吨", "装机150万千瓦",
    "共有300名员工", "2024年的目标", "長三角一體化", "一縱兩橫三角”黃金點", "五角大楼发表声明", "他拿了一块蛋糕", "元宵节和元旦",
    "日元兑美元汇率跌至141.5日元兑1美元", "G7611高速", "共3台设备", "二元论",
  ])
  func notMoney(_ text: String) {
    #expect(money(text).isEmpty, "\(text): \(money(text).map(\.text))")
  }

  @Test func bareYuanInATaiwanArticleIsNewTaiwanDollars() throws {
    let text = "（中央社記者王小明台北5日電）新臺幣兌美元今天收盤。台積電每股純益2.35元，資本支出約40億元。"
    let found = money(text)
    #expect(found.map(\.text) == ["2.35元", "約40億元"])
    #expect(found.allSatisfy { $0.normalized?.currency == "TWD" && $0.normalized?.currencyBasis == "document" })
    #expect(found.first?.normalized?.per == "股")
  }

  @Test func bareYuanInAHongKongArticleIsHongKongDollars() throws {
    let text = "香港特區政府公布預算，綜合赤字約560億元。恒生指數成分股股價收報12.48港元。"
    let found = money(text)
    #expect(found.first?.normalized?.currency == "HKD")
    #expect(found.first?.normalized?.currencyBasis == "document")
  }

  @Test func bareYuanInMainlandTextIsRenminbi() throws {
    let found = money("贵州胜威化工集团已在黔投资58亿元，其港股子公司募资约10.5亿港元。")
    #expect(found.map { $0.normalized?.currency } == ["CNY", "HKD"])
    #expect(found.first?.normalized?.currencyBasis == nil)
  }

  /// Random amounts written in several ways read back exactly.
  @Test func randomAmountsReadBackExactly() throws {
    var generator = SplitMix64(seed: 20_240_518)
    for _ in 0..<400 {
      let value = UInt64.random(in: 1...9_999_999_999_999, using: &generator)
      let forms = MoneyForms(value)
      for (written, expected) in forms.all {
        let text = "合同金额为" + written + "，已付清。"
        let found = money(text)
        #expect(found.count == 1, "\(text)")
        #expect(found.first?.normalized?.amount == expected, "\(text)")
        #expect(found.first?.text == written, "\(text)")
      }
    }
  }
}

/// A small deterministic random number generator for the property test.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Ways of writing an amount of yuan: Arabic, with separators, with 万/亿 and a decimal,
/// Chinese numerals, financial numerals, full-width digits, in both scripts.
struct MoneyForms {
  let value: UInt64
  init(_ value: UInt64) { self.value = value }

  var all: [(String, String)] {
    let v = String(value)
    var forms: [(String, String)] = [
      (v + "元", v),
      (grouped + "元", v),
      (fullWidth(v) + "元", v),
      (chinese(value, traditional: false) + "元", v),
      (chinese(value, traditional: true) + "元", v),
      (financial(value) + "元", v),
    ]
    // With 万 or 亿 and a decimal: 1.2345万元.
    if value >= 10_000 {
      let scaled = decimal(value, places: 4)
      forms.append((scaled + "万元", v))
      forms.append((scaled + "萬元", v))
    }
    if value >= 100_000_000 {
      forms.append((decimal(value, places: 8) + "亿元", v))
      forms.append((decimal(value, places: 8) + "億美元", v))
    }
    return forms
  }

  var grouped: String {
    let s = Array(String(value))
    var out = ""
    for (i, c) in s.enumerated() {
      if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }

  func decimal(_ v: UInt64, places: Int) -> String {
    var s = String(v)
    while s.count <= places { s = "0" + s }
    let point = s.index(s.endIndex, offsetBy: -places)
    var fraction = String(s[point...])
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return String(s[..<point]) + (fraction.isEmpty ? "" : "." + fraction)
  }

  func fullWidth(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! }))
  }

  func chinese(_ v: UInt64, traditional: Bool) -> String {
    render(v, digits: Array("零一二三四五六七八九"), units: ["", "十", "百", "千"], big: traditional ? ["", "萬", "億", "萬億"] : ["", "万", "亿", "万亿"])
  }

  func financial(_ v: UInt64) -> String {
    render(v, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"], big: ["", "万", "亿", "万亿"])
  }

  /// The standard reading: groups of four digits with 万/亿, 零 for skipped places.
  func render(_ v: UInt64, digits: [Character], units: [String], big: [String]) -> String {
    var groups: [Int] = []
    var n = v
    while n > 0 {
      groups.append(Int(n % 10_000))
      n /= 10_000
    }
    var out = ""
    var needZero = false
    for (index, group) in groups.enumerated().reversed() {
      if group == 0 {
        needZero = !out.isEmpty
        continue
      }
      if needZero || (!out.isEmpty && group < 1000) { out += String(digits[0]) }
      needZero = false
      var part = ""
      var zero = false
      for place in stride(from: 3, through: 0, by: -1) {
        let d = (group / Int(pow(10.0, Double(place)))) % 10
        if d == 0 {
          zero = !part.isEmpty
        } else {
          if zero { part += String(digits[0]) }
          zero = false
          part += String(digits[d]) + units[place]
        }
      }
      out += part + big[index]
    }
    return out
  }
}
