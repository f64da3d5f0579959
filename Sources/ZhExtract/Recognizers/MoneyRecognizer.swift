/// Finds amounts of money and normalises them exactly: value (never a float), ISO 4217
/// currency, modifier (約, 以上, 逾 …), ranges (三千萬至五千萬元, 10-20億元, 五六百萬元) and unit
/// prices (12.5元/股, 每股2.35元).
///
/// Matching runs on the Simplified view with full-width characters made ASCII, so both scripts
/// and full-width digits read alike; spans and text are the original's. A bare 元 is CNY, except
/// in a Taiwan or Hong Kong document (decided from the whole text), where it is TWD or HKD with
/// `currencyBasis: "document"`.
public struct MoneyRecognizer: EntityRecognizer {
  /// Always `.money`.
  public let kind = Entity.Kind.money

  /// The money recogniser.
  public init() {}

  /// The amounts of money in `input`.
  public func entities(in input: RecognitionText) -> [Entity] {
    let text = input.matchable
    let basis: (code: String, fromDocument: Bool)
    switch input.region {
    case .taiwan: basis = ("TWD", true)
    case .hongKong: basis = ("HKD", true)
    case .mainland: basis = ("CNY", false)
    }
    // Where numbers may start: one table load per character, in a tight loop.
    var candidates: [Int] = []
    ChineseNumberReader.startCharacters.withUnsafeBufferPointer { table in
      text.withUnsafeBufferPointer { chars in
        for i in chars.indices {
          let v = chars[i].value
          if v < 0x10000 && table[Int(v)] { candidates.append(i) }
        }
      }
    }
    guard !candidates.isEmpty else { return [] }
    let scanner = MoneyScanner(text: text, documentCurrency: basis)
    var found: [MoneyScanner.Found] = []
    var next = 0
    for i in candidates where i >= next {
      if scanner.numbers.mayStart(at: i), let money = scanner.money(startingAround: i) {
        found.append(money)
        next = money.range.upperBound
      }
    }
    // An exchange rate (141.5日元兑1美元) is not money.
    let exchange = found.indices.filter { k in
      let r = found[k].range
      return (r.upperBound < text.count && text[r.upperBound] == "兑")
        || (r.lowerBound > 0 && text[r.lowerBound - 1] == "兑")
    }
    for k in exchange.reversed() { found.remove(at: k) }
    return found.map { input.entity(.money, $0.range, $0.normalized) }
  }

  /// What a bare 元 means in this document: CNY, or TWD / HKD when the text is Taiwanese or
  /// from Hong Kong (新台币, 中央社, 台北 … against 港元, 香港, 港府 …).
  static func documentCurrency(_ text: [Unicode.Scalar]) -> (code: String, fromDocument: Bool) {
    // One pass: how often each marker occurs.
    var counts: [String: Int] = [:]
    let markers = Self.markers
    let first = Self.markerStarts
    for i in text.indices where first[text[i]] {
      guard let words = markers[text[i]] else { continue }
      for (word, scalars) in words where i + scalars.count <= text.count && text[i..<(i + scalars.count)].elementsEqual(scalars) {
        counts[word, default: 0] += 1
      }
    }
    func count(_ words: [String]) -> Int { words.reduce(0) { $0 + counts[$1, default: 0] } }
    let taiwan = count(["新台币", "台币", "中央社", "台北", "高雄", "台中", "台南", "新北", "桃园", "立法院", "行政院", "NT$", "民国"])
    let hongKong = count(["港元", "港币", "香港", "港府", "特区政府", "立法会", "九龙", "新界", "HK$", "港股"])
    if taiwan > 0 && taiwan > hongKong && count(["新台币", "台币", "中央社", "立法院", "行政院", "NT$", "民国"]) > 0 {
      return ("TWD", true)
    }
    if hongKong > 0 && hongKong > taiwan && count(["人民币", "新华社", "国务院"]) == 0 {
      return ("HKD", true)
    }
    return ("CNY", false)
  }

  static let markerStarts = ScalarSet(markers.keys)

  /// The markers of Taiwan and Hong Kong text, by first character.
  static let markers: [Unicode.Scalar: [(String, [Unicode.Scalar])]] = {
    let words = [
      "新台币", "台币", "中央社", "台北", "高雄", "台中", "台南", "新北", "桃园", "立法院", "行政院", "NT$", "民国", "港元", "港币",
      "香港", "港府", "特区政府", "立法会", "九龙", "新界", "HK$", "港股", "人民币", "新华社", "国务院",
    ]
    var table: [Unicode.Scalar: [(String, [Unicode.Scalar])]] = [:]
    for word in words {
      let scalars = Array(word.unicodeScalars)
      table[scalars[0], default: []].append((word, scalars))
    }
    return table
  }()

  static func occurrences(of word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int {
    guard let first = word.first, text.count >= word.count else { return 0 }
    var n = 0
    var i = 0
    while i <= text.count - word.count {
      if text[i] == first && text[i..<(i + word.count)].elementsEqual(word) {
        n += 1
        i += word.count
      } else {
        i += 1
      }
    }
    return n
  }
}

/// The money grammar, over one document's matchable text.
struct MoneyScanner {
  let text: [Unicode.Scalar]
  let documentCurrency: (code: String, fromDocument: Bool)
  let numbers: ChineseNumberReader

  init(text: [Unicode.Scalar], documentCurrency: (code: String, fromDocument: Bool)) {
    self.text = text
    self.documentCurrency = documentCurrency
    numbers = ChineseNumberReader(text: text)
  }

  struct Found {
    var range: Range<Int>
    var normalized: Entity.Normalized
  }

  // MARK: Vocabulary (Simplified, as in the view)

  /// Currency words written after the amount, longest first where they share a start.
  static let suffixCurrencies: [(String, String)] = [
    ("美元", "USD"), ("美金", "USD"), ("港元", "HKD"), ("港币", "HKD"), ("港纸", "HKD"), ("澳门元", "MOP"),
    ("澳门币", "MOP"), ("澳门幣", "MOP"), ("澳元", "AUD"), ("澳币", "AUD"), ("新台币", "TWD"), ("台币", "TWD"),
    ("欧元", "EUR"), ("日元", "JPY"), ("日圆", "JPY"), ("日币", "JPY"), ("英镑", "GBP"), ("韩元", "KRW"),
    ("韩币", "KRW"), ("卢布", "RUB"), ("加元", "CAD"), ("加币", "CAD"), ("瑞士法郎", "CHF"), ("瑞郎", "CHF"),
    ("新加坡元", "SGD"), ("新加坡币", "SGD"), ("新元", "SGD"), ("泰铢", "THB"), ("雷亚尔", "BRL"), ("越南盾", "VND"),
    ("印度卢比", "INR"), ("卢比", "INR"), ("林吉特", "MYR"), ("马币", "MYR"), ("新西兰元", "NZD"), ("纽币", "NZD"),
    ("纽元", "NZD"), ("人民币", "CNY"), ("美刀", "USD"), ("兰特", "ZAR"), ("里拉", "TRY"), ("披索", "PHP"),
    ("比索", "PHP"), ("迪拉姆", "AED"), ("沙特里亚尔", "SAR"),
  ]
  /// Currency words and symbols written before the amount.
  static let prefixCurrencies: [(String, String)] = [
    ("人民币", "CNY"), ("港币", "HKD"), ("港元", "HKD"), ("新台币", "TWD"), ("台币", "TWD"), ("美元", "USD"),
    ("欧元", "EUR"), ("日元", "JPY"), ("英镑", "GBP"), ("澳门币", "MOP"), ("RMB", "CNY"), ("US$", "USD"),
    ("HK$", "HKD"), ("NT$", "TWD"), ("S$", "SGD"), ("A$", "AUD"), ("C$", "CAD"), ("$", "USD"), ("¥", "CNY"),
    ("€", "EUR"), ("£", "GBP"), ("CNY", "CNY"), ("USD", "USD"), ("HKD", "HKD"), ("TWD", "TWD"), ("EUR", "EUR"),
    ("JPY", "JPY"), ("GBP", "GBP"),
  ]
  static let prefixModifiers: [(String, String)] = [
    ("大约", "approximately"), ("大概", "approximately"), ("约合", "approximately"), ("约为", "approximately"),
    ("约", "approximately"), ("将近", "approximately"), ("接近", "approximately"), ("近", "approximately"),
    ("超过", "more_than"), ("逾", "more_than"), ("超", "more_than"), ("多于", "more_than"),
    ("不少于", "at_least"), ("至少", "at_least"), ("起码", "at_least"), ("最少", "at_least"), ("不低于", "at_least"),
    ("不超过", "at_most"), ("最多", "at_most"), ("不高于", "at_most"), ("至多", "at_most"),
    ("不到", "less_than"), ("不足", "less_than"), ("未满", "less_than"), ("少于", "less_than"), ("低于", "less_than"),
  ]
  static let suffixModifiers: [(String, String)] = [
    ("以上", "at_least"), ("以下", "at_most"), ("左右", "approximately"), ("上下", "approximately"),
  ]
  /// Words that end in a modifier's characters without being one (预约, 最近, 签约 …).
  static let notModifierAfter: Set<Unicode.Scalar> = ["预", "签", "合", "节", "条", "公", "契", "最", "附", "靠", "婚", "制", "盟"]
  /// After 元, these make a word, not money (一元化, 二元论, 元宵, 元旦).
  static let clauseEnds = ScalarSet("，。；：、,;:!?！？\n".unicodeScalars)
  static let subunitWords = ScalarSet("毛角分多毫仙".unicodeScalars)
  static let notMoneyAfterYuan = ScalarSet([
    "化", "论", "素", "宵", "旦", "首", "老", "气", "件", "朝", "代", "帅", "凶", "音", "组", "次", "结", "对", "函", "方", "年", "月",
  ] as [Unicode.Scalar])
  /// Units of a unit price, after 每 or /.
  static let perUnitWords: [[Unicode.Scalar]] = perUnits.map { Array($0.unicodeScalars) }
  static let perUnits: [String] = [
    "平方公尺", "平方英尺", "平方米", "立方米", "千瓦时", "人次", "台斤", "公斤", "千克", "公顷", "公里", "小时", "盎司", "股", "斤",
    "克", "吨", "坪", "呎", "晚", "辆", "艘", "人", "户", "月", "年", "天", "日", "瓶", "件", "张", "份", "桶", "度", "次", "台",
    "部", "套", "间", "亩", "头", "只", "箱", "包", "升", "位", "家", "场", "餐", "斗",
  ]

  /// A vocabulary as scalar arrays, split once.
  struct Vocabulary {
    let entries: [([Unicode.Scalar], String)]
    /// First and last characters of the words, to turn most positions away with one load.
    let firsts: ScalarSet
    let lasts: ScalarSet
    init(_ words: [(String, String)]) {
      entries = words.map { (Array($0.0.unicodeScalars), $0.1) }
      firsts = ScalarSet(entries.map { $0.0.first! })
      lasts = ScalarSet(entries.map { $0.0.last! })
    }
  }

  static let suffixCurrencyWords = Vocabulary(suffixCurrencies)
  static let prefixCurrencyWords = Vocabulary(prefixCurrencies)
  static let prefixModifierWords = Vocabulary(prefixModifiers)
  static let suffixModifierWords = Vocabulary(suffixModifiers)

  func word(_ w: StaticString, at i: Int) -> Bool { text.hasWord(w, at: i) }

  func word(_ w: [Unicode.Scalar], at i: Int) -> Bool { text.hasWord(w, at: i) }

  /// The longest of `words` at `i`: its length and its value.
  func longest(_ words: Vocabulary, at i: Int) -> (Int, String)? {
    guard i >= 0, i < text.count, words.firsts[text[i]] else { return nil }
    var best: (Int, String)?
    for (w, v) in words.entries where (best == nil || w.count > best!.0) && word(w, at: i) {
      best = (w.count, v)
    }
    return best
  }

  /// The longest of `words` ending just before `i`.
  func longestEnding(_ words: Vocabulary, before i: Int) -> (Int, String)? {
    guard i > 0, i <= text.count, words.lasts[text[i - 1]] else { return nil }
    var best: (Int, String)?
    for (w, v) in words.entries where (best == nil || w.count > best!.0) && word(w, at: i - w.count) {
      best = (w.count, v)
    }
    return best
  }

  func isHan(_ i: Int) -> Bool {
    i >= 0 && i < text.count && text[i].isHan
  }

  func skipSpace(_ i: Int) -> Int {
    i < text.count && text[i] == " " ? i + 1 : i
  }

  // MARK: Grammar

  /// One side of an amount: a number, its currency and sub-units, and the modifiers around it.
  struct Side {
    var start: Int
    var end: Int
    var low: ExactDecimal
    var high: ExactDecimal
    var number: ChineseNumber
    var currency: String?
    var bare = false
    var modifier: String?
    var per: String?
  }

  /// Money whose number starts at `i` (with any currency word or modifier before it).
  /// First characters of what may follow an amount's number: currency words, 元, sub-units, a
  /// range connector, (含).
  static let followers = ScalarSet(
    Array("元圆块蚊角毛毫仙至到~-—–－(（".unicodeScalars) + suffixCurrencies.map { $0.0.unicodeScalars.first! })
  /// Last characters of currency words written before an amount.
  static let prefixEnds = ScalarSet(prefixCurrencies.map { $0.0.unicodeScalars.last! })

  func money(startingAround i: Int) -> Found? {
    // Most numbers are not money (years, counts, percentages): look at what follows and
    // precedes the number before reading its value.
    var after = skipSpace(numbers.extent(at: i))
    while after < text.count && after - i < ChineseNumberReader.maxLength
      && (text[after] == "多" || text[after] == "余" || text[after] == "万" || text[after] == "亿")
    {
      after += 1  // 一千多万元
    }
    let before: Unicode.Scalar = i > 0 ? (text[i - 1] == " " && i > 1 ? text[i - 2] : text[i - 1]) : " "
    guard (after < text.count && Self.followers[text[after]]) || Self.prefixEnds[before] else { return nil }
    // A prefix currency or modifier starting here is handled when its number is reached.
    guard let left = side(numberAt: i, allowNoCurrency: true) else { return nil }
    var result = left
    var min: ExactDecimal?
    var max: ExactDecimal?
    // A range: left, connector, right.
    var k = left.end
    if k < text.count && (text[k] == "(" || text[k] == "（"), word("含", at: k + 1), k + 2 < text.count,
      text[k + 2] == ")" || text[k + 2] == "）"
    {
      k += 3
    }
    k = skipSpace(k)
    if let connector = connectorLength(at: k), left.modifier.map({ $0 == "approximately" }) ?? true,
      left.number.low == left.number.high
    {
      let rightStart = skipSpace(k + connector)
      if let right = side(numberAt: rightStart, allowPrefixModifier: false), right.currency != nil,
        right.number.low == right.number.high
      {
        var low = left.low
        if left.currency == nil {
          // The left end takes the right end's scale when it has none and is no larger than
          // the right end's coefficient (两到三万, 10-20亿; not 从8500到3万).
          if let scale = right.number.trailingScale, left.number.largestMultiplier < scale,
            left.number.low <= right.number.coefficient
          {
            low = left.number.low * scale
          }
        }
        if left.currency == nil || left.currency == right.currency {
          min = low
          max = right.low
          result.end = right.end
          result.currency = right.currency
          result.bare = right.bare
          result.per = right.per ?? left.per
          if result.modifier == nil { result.modifier = right.modifier }
        }
      }
    }
    guard let currency = result.currency else { return nil }
    var normalized = Entity.Normalized()
    normalized.currency = currency
    if result.bare && documentCurrency.fromDocument && currency == documentCurrency.code {
      normalized.currencyBasis = "document"
    }
    if let min, let max {
      normalized.min = min.plainString
      normalized.max = max.plainString
    } else if left.low != left.high {
      normalized.min = left.low.plainString
      normalized.max = left.high.plainString
    } else {
      normalized.amount = left.low.plainString
    }
    normalized.modifier = result.modifier
    normalized.per = result.per ?? perBefore(result.start)
    // 从8500到3万港元: 从 opens the range.
    var start = result.start
    if min != nil, start > 0, text[start - 1] == "从" { start -= 1 }
    return Found(range: start..<result.end, normalized: normalized)
  }

  func connectorLength(at i: Int) -> Int? { RangeConnector.length(in: text, at: i) }

  /// The amount whose number starts at `i`: prefix modifier and currency before it; scale,
  /// currency, sub-units, suffix modifier and unit after.
  func side(numberAt i: Int, allowPrefixModifier: Bool = true, allowNoCurrency: Bool = false) -> Side? {
    guard var number = numbers.number(at: i) else { return nil }
    var start = i
    var currency: String?
    var bare = false
    var modifier: String?
    // Before: currency (人民币, US$), then a modifier before that (約新臺幣58億元).
    var p = i
    if p > 0 && text[p - 1] == " " { p -= 1 }
    if let (n, code) = longestEnding(Self.prefixCurrencyWords, before: p), !(p - n > 0 && text[p - n - 1].isASCIILetter) {
      currency = code
      start = p - n
      p = start
    }
    if allowPrefixModifier, let (n, m) = longestEnding(Self.prefixModifierWords, before: p),
      !(p - n > 0 && Self.notModifierAfter.contains(text[p - n - 1]))
    {
      modifier = m
      start = p - n
    }
    var value = number.low
    var high = number.high
    var end = number.end
    var more = number.more
    // After: the currency word (and 多/余 before it: 5万多元).
    var k = skipSpace(end)
    if k < text.count && (text[k] == "多" || text[k] == "余") && number.end == k {
      more = true
      k += 1
    }
    if let (n, code) = longest(Self.suffixCurrencyWords, at: k) {
      if currency == nil || currency == code || currency == "CNY" { currency = code }
      end = k + n
    } else if k < text.count, let yuan = yuanLength(at: k, number: number) {
      end = k + yuan.length
      if currency == nil {
        currency = yuan.hkd ? "HKD" : documentCurrency.code
        bare = !yuan.hkd
      }
      // 8亿元人民币, 三万元欧元: a currency word after 元 names the currency.
      if let (n, code) = longest(Self.suffixCurrencyWords, at: end) {
        currency = code
        bare = false
        end += n
      }
      // Sub-units: 123元1角1分, 一块二, 三块零四, 两毛五.
      if let (add, next) = subunits(after: end, afterYuan: true) {
        value += add
        high += add
        end = next
      }
      if end < text.count && text[end] == "整" { end += 1 }
    } else if let (sub, next, code) = standaloneSubunit(number: number, at: k) {
      // 2角, 两毛, 五仙: an amount below the unit.
      value = sub
      high = sub
      end = next
      if currency == nil { currency = code }
    } else if currency == nil {
      // A bare number may still open a range (两到三万港元).
      guard allowNoCurrency else { return nil }
      return Side(start: start, end: number.end, low: value, high: high, number: number, currency: nil, modifier: modifier)
    }
    // 50万元（含）以上.
    var s = end
    if s + 2 < text.count && (text[s] == "(" || text[s] == "（") && text[s + 1] == "含" && (text[s + 2] == ")" || text[s + 2] == "）") {
      s += 3
    }
    if let (n, m) = longest(Self.suffixModifierWords, at: s) {
      if modifier == nil || modifier == m { modifier = m }
      end = s + n
    }
    if more && modifier == nil { modifier = "more_than" }
    number.more = more
    // A unit price: 12.5元/股.
    var per: String?
    if end < text.count && text[end] == "/" {
      for unit in Self.perUnitWords where word(unit, at: end + 1) {
        per = String(String.UnicodeScalarView(unit))
        end += 1 + unit.count
        break
      }
    }
    return Side(start: start, end: end, low: value, high: high, number: number, currency: currency, bare: bare, modifier: modifier, per: per)
  }

  /// 元, 圆, 块 (not the classifier 一块地), 蚊 after a number: the length of the word (with
  /// 钱 or 整) and whether it is Hong Kong's 蚊.
  func yuanLength(at k: Int, number: ChineseNumber) -> (length: Int, hkd: Bool)? {
    let c = text[k]
    if c == "元" || c == "圆" {
      if k + 1 < text.count && Self.notMoneyAfterYuan[text[k + 1]] { return nil }
      return (word("钱", at: k + 1) ? 2 : 1, false)
    }
    if c == "块" || c == "蚊" {
      if word("钱", at: k + 1) { return (2, c == "蚊") }
      let next = k + 1
      // 块 is money before the end, punctuation, a digit, a sub-unit or a modifier; elsewhere
      // it is a classifier (一块土地).
      if next >= text.count || !isHan(next) || ChineseNumberReader.digitTable[text[next]] >= 0
        || Self.subunitWords[text[next]] || longest(Self.suffixModifierWords, at: next) != nil
      {
        return (1, c == "蚊")
      }
    }
    return nil
  }

  /// 1角1分, 二, 零四, 六毫, 七毛八 after 元/块/蚊: the amount they add and where they end.
  func subunits(after i: Int, afterYuan: Bool) -> (ExactDecimal, Int)? {
    var total: ExactDecimal = 0
    var k = i
    var found = false
    func digit(at j: Int) -> Int? {
      guard j < text.count else { return nil }
      if ChineseNumberReader.isDigit(text[j]) { return Int(text[j].value - 48) }
      if let d = ChineseNumberReader.digits[text[j]], d > 0 { return d }
      return nil
    }
    if let d = digit(at: k), k + 1 < text.count, ["角", "毛", "毫"].contains(text[k + 1]) {
      total += ExactDecimal(d).dividedBy(powerOfTen: 1)
      k += 2
      found = true
      if let d2 = digit(at: k), k + 1 < text.count, ["分", "仙"].contains(text[k + 1]) {
        total += ExactDecimal(d2).dividedBy(powerOfTen: 2)
        k += 2
      } else if let d2 = digit(at: k), !isHan(k + 1) || k + 1 >= text.count {
        total += ExactDecimal(d2).dividedBy(powerOfTen: 2)  // 两毛五
        k += 1
      }
    } else if k < text.count, text[k] == "零", let d = digit(at: k + 1), !isHan(k + 2) || word("分", at: k + 2) {
      total += ExactDecimal(d).dividedBy(powerOfTen: 2)  // 三块零四
      k += word("分", at: k + 2) ? 3 : 2
      found = true
    } else if let d = digit(at: k), k + 1 < text.count, ["分", "仙"].contains(text[k + 1]) {
      total += ExactDecimal(d).dividedBy(powerOfTen: 2)  // 三块四分
      k += 2
      found = true
    } else if let d = digit(at: k), afterYuan, k > 0, ["块", "蚊"].contains(text[k - 1]),
      k + 1 >= text.count || !isHan(k + 1) || longest(Self.suffixModifierWords, at: k + 1) != nil
        || connectorLength(at: k + 1) != nil
    {
      total += ExactDecimal(d).dividedBy(powerOfTen: 1)  // 一块二
      k += 1
      found = true
    }
    if found && k < text.count && text[k] == "钱" { k += 1 }
    return found ? (total, k) : nil
  }

  /// 2角, 两毛五, 两毫, 五仙, 两角五分 without 元: the amount, where it ends, the currency.
  func standaloneSubunit(number: ChineseNumber, at k: Int) -> (ExactDecimal, Int, String)? {
    guard k < text.count, number.low == number.high, number.trailingScale == nil, number.low < 10 else { return nil }
    let c = text[k]
    let next = k + 1
    let followedByAmount = next < text.count && (ChineseNumberReader.isDigit(text[next]) || (ChineseNumberReader.digits[text[next]] ?? 0) > 0)
    let atBoundary = next >= text.count || (!isHan(next) && !["”", "\"", "」", "』", "'", "’"].contains(text[next]))
    switch c {
    case "角", "毛", "毫":
      // 三角, 五角 (长三角一体化) are words: 角 is money with Arabic digits, or with 分 or 钱 to
      // come; 毛 and 毫 also before a digit or at a boundary.
      let fen = followedByAmount && next + 1 < text.count && (text[next + 1] == "分" || text[next + 1] == "仙")
      guard number.isArabic || fen || word("钱", at: next) || (c != "角" && (followedByAmount || atBoundary))
      else { return nil }
      var value = number.low.dividedBy(powerOfTen: 1)
      var end = next
      if let d = followedByAmount ? ChineseNumberReader.digits[text[next]] ?? Int(text[next].value - 48) : nil {
        value += ExactDecimal(d).dividedBy(powerOfTen: 2)
        end = next + 1
        if end < text.count && (text[end] == "分" || text[end] == "仙") { end += 1 }
      }
      if word("钱", at: end) { end += 1 }
      return (value, end, c == "毫" ? "HKD" : "CNY")
    case "仙":
      guard atBoundary else { return nil }
      return (number.low.dividedBy(powerOfTen: 2), next, "HKD")
    default:
      return nil
    }
  }

  /// The unit of a price named before the amount: 每股 (股), 每10股 (10股), 每台斤 …, 呎價 (呎),
  /// 10派 (10股), within a few characters and no punctuation.
  func perBefore(_ start: Int) -> String? {
    var j = start - 1
    var distance = 0
    while j >= 0 && distance < 10 {
      let c = text[j]
      if Self.clauseEnds[c] { return nil }
      if c == "每" {
        var k = j + 1
        var digits = ""
        while k < start && k - j <= ChineseNumberReader.maxLength && ChineseNumberReader.isDigit(text[k]) {
          digits.unicodeScalars.append(text[k])
          k += 1
        }
        for unit in Self.perUnitWords where word(unit, at: k) && k + unit.count <= start {
          return digits + String(String.UnicodeScalarView(unit))
        }
        return nil
      }
      if (c == "呎" || c == "尺") && j + 1 < start && text[j + 1] == "价" { return String(c) }
      if c == "派", j > 0, ChineseNumberReader.isDigit(text[j - 1]) {
        var k = j - 1
        while k > 0 && j - k < ChineseNumberReader.maxLength && ChineseNumberReader.isDigit(text[k - 1]) { k -= 1 }
        var digits = ""
        for m in k..<j { digits.unicodeScalars.append(text[m]) }
        return digits + "股"
      }
      j -= 1
      distance += 1
    }
    return nil
  }
}
