/// A number written in any of the ways Chinese text writes them: Arabic digits with thousands
/// separators and decimals (21,056 / 14.5), Chinese numerals (一千二百, 兩, 廿, 〇), financial
/// numerals (壹佰貳拾), and mixtures with scale words (1.2萬億, 3千萬, 十１, 4萬5000). Values
/// are exact decimals: never a float.
///
/// `几`/`数` (三十幾萬, 數十億) and two neighbouring digits (五六百萬) make a range: `low` and
/// `high` differ.
struct ChineseNumber {
  /// The span of the number in the text it was read from.
  var start: Int
  var end: Int
  var low: ExactDecimal
  var high: ExactDecimal
  /// The multiplier of the last scale word (万 → 10000), when the number ends with one: a range's
  /// left end without a scale takes the right end's ("两到三万").
  var trailingScale: ExactDecimal?
  /// The value before that last scale word (三 in 三万).
  var coefficient: ExactDecimal
  /// The largest unit or scale word in the number (1 when none): a range's left end takes the
  /// right end's multiplier only when its own are smaller (一百二十到一百五十万).
  var largestMultiplier: ExactDecimal = 1
  /// 多 or 余 inside the number (二百余万, 3000多): "more than".
  var more = false
  /// Whether the number contains only Arabic digits (and separators).
  var isArabic: Bool

  var isRange: Bool { low != high }
}

/// Reads ``ChineseNumber``s from an array of scalars (the Simplified view with full-width
/// characters made ASCII, so one set of characters serves both scripts).
struct ChineseNumberReader {
  let text: [Unicode.Scalar]

  /// The most scalars one number may take. No amount or date is written with more, and the bound
  /// keeps every read short, so that scanning a run of numerals (一一一…, 1,1,1,…) from each of its
  /// positions stays linear in the text: a longer run is no number.
  static let maxLength = 40

  enum Token: Equatable {
    case arabic(ExactDecimal)
    case digit(Int)
    /// 几, 数: an unknown digit.
    case unknown
    /// 十, 百, 千.
    case unit(Int)
    /// 万, 亿, 兆, k.
    case scale(ExactDecimal)
    /// 零, 〇 between parts (一千零五).
    case zero
    /// 多, 余 after a unit.
    case more
  }

  static let digits: [Unicode.Scalar: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "参": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9, "幺": 1,
  ]
  static let units: [Unicode.Scalar: Int] = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000]
  static let tensWords: [Unicode.Scalar: Int] = ["廿": 20, "卅": 30]
  static let scales: [Unicode.Scalar: ExactDecimal] = [
    "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000, "兆": ExactDecimal.powerOfTen(12),
  ]

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

  // The same facts as flat tables, for lookups at every character.
  static let digitTable = ScalarTable<Int8>(default: -1, digits.map { ($0.key, Int8($0.value)) })
  static let unitTable = ScalarTable<Int16>(default: 0, units.map { ($0.key, Int16($0.value)) })
  static let tensTable = ScalarTable<Int8>(default: 0, tensWords.map { ($0.key, Int8($0.value)) })
  /// 1: 万, 2: 亿, 3: 兆.
  static let scaleTable = ScalarTable<UInt8>(default: 0, [("万", 1), ("萬", 1), ("亿", 2), ("億", 2), ("兆", 3)])
  static let scaleValues: [ExactDecimal] = [0, 10_000, 100_000_000, ExactDecimal.powerOfTen(12)]

  /// The BMP characters a number can start with, as a flat table: the check made at every
  /// character of a text, so it must cost one load, not a hash.
  static let startCharacters: [Bool] = {
    var table = [Bool](repeating: false, count: 0x10000)
    for c in "0123456789几数".unicodeScalars { table[Int(c.value)] = true }
    for c in digits.keys where c.value < 0x10000 { table[Int(c.value)] = true }
    for c in units.keys where c.value < 0x10000 { table[Int(c.value)] = true }
    for c in tensWords.keys where c.value < 0x10000 { table[Int(c.value)] = true }
    return table
  }()

  /// Whether a number may start at `i`: a digit or numeral not glued to a preceding digit or
  /// letter.
  func mayStart(at i: Int) -> Bool {
    let c = text[i]
    guard c.value < 0x10000, Self.startCharacters[Int(c.value)] else { return false }
    if i > 0 {
      let p = text[i - 1]
      if Self.isDigit(p) || p == "." || p.isASCIILetter { return false }
      if c == "数" || c == "几" {
        // 数 and 几 start a number only before a unit or scale (数十亿, 几百万).
        guard i + 1 < text.count, Self.unitTable[text[i + 1]] != 0 || Self.scaleTable[text[i + 1]] != 0 else { return false }
      }
    }
    return true
  }

  /// Where the number starting at `start` ends, found without reading its value (a cheap
  /// first look; ``number(at:)`` reads it).
  func extent(at start: Int) -> Int {
    var i = start
    let limit = Swift.min(text.count, start + Self.maxLength)
    while i < limit {
      let c = text[i]
      if Self.isDigit(c) || ((c == "," || c == ".") && i + 1 < text.count && Self.isDigit(text[i + 1])) {
        i += 1
      } else if c.value < 0x10000 && Self.startCharacters[Int(c.value)] || Self.scaleTable[c] != 0 || c == "k" || c == "K" {
        i += 1
      } else if c == " " && i + 1 < text.count && Self.scaleTable[text[i + 1]] != 0 {
        i += 1
      } else if c == "个" && i + 1 < text.count && (text[i + 1] == "亿" || text[i + 1] == "万") {
        i += 1
      } else {
        break
      }
    }
    return i
  }

  /// Scale words an Arabic number may carry directly (730亿, 3千万, 9佰, 15k), by their
  /// multiplier's power of ten.
  static let arabicScale = ScalarTable<Int8>(
    default: 0, [("万", 4), ("萬", 4), ("亿", 8), ("億", 8), ("兆", 12), ("千", 3), ("仟", 3), ("百", 2), ("佰", 2)])

  /// The common case, read without tokens: Arabic digits and the scale words after them
  /// (730亿, 14.5万, 3千万). Nil when anything else follows (4万5000, 十１): the general path.
  func arabicNumber(at start: Int) -> ChineseNumber? {
    guard let (value, afterDigits) = arabic(at: start) else { return nil }
    var end = afterDigits
    if end + 1 < text.count && text[end] == " " && Self.arabicScale[text[end + 1]] != 0 { end += 1 }
    var total = value
    var lastScale: ExactDecimal?
    var largest: ExactDecimal = 1
    var more = false
    var smallUnitSeen = false
    while end < text.count && end - start < Self.maxLength {
      let c = text[end]
      let power = Int(Self.arabicScale[c])
      if power > 0 {
        // 千/百 only before a larger scale or at the end, and once (3千万, 9佰).
        if power < 4 {
          guard !smallUnitSeen, lastScale == nil else { return nil }
          smallUnitSeen = true
        }
        let scale = ExactDecimal.powerOfTen(power)
        total = total * scale
        lastScale = (lastScale ?? 1) * scale
        largest = Swift.max(largest, scale)
        end += 1
      } else if (c == "k" || c == "K") && lastScale == nil && !(end + 1 < text.count && text[end + 1].isASCIILetter) {
        total = total * 1000
        lastScale = 1000
        largest = 1000
        end += 1
      } else if (c == "多" || c == "余") && !more {
        more = true
        end += 1
      } else {
        break
      }
    }
    // What follows must not continue the number (4万5000, 1万2千, 3亿5000万, 两个亿).
    if end < text.count {
      let c = text[end]
      if Self.isDigit(c) || Self.digitTable[c] >= 0 || Self.unitTable[c] != 0 || Self.scaleTable[c] != 0 || c == "个" {
        return nil
      }
    }
    let coefficient = lastScale.flatMap { total.dividedBy($0) } ?? total
    return ChineseNumber(
      start: start, end: end, low: total, high: total, trailingScale: lastScale, coefficient: coefficient,
      largestMultiplier: largest, more: more, isArabic: lastScale == nil)
  }

  /// The number starting at `start`, or nil.
  func number(at start: Int) -> ChineseNumber? {
    guard start < text.count, mayStart(at: start) else { return nil }
    if Self.isDigit(text[start]), let fast = arabicNumber(at: start) { return fast }
    var tokens: [Token] = []
    var i = start
    var end = start
    var arabicOnly = true
    while i < text.count {
      guard i - start < Self.maxLength else { return nil }
      let c = text[i]
      if Self.isDigit(c) {
        guard let (value, next) = arabic(at: i) else { break }
        // Two Arabic numbers in a row are two numbers.
        if let last = tokens.last, case .arabic = last { break }
        tokens.append(.arabic(value))
        i = next
        end = i
        // "177.1 亿": one space before a scale word.
        if i + 1 < text.count, text[i] == " ", Self.scaleTable[text[i + 1]] != 0 || Self.unitTable[text[i + 1]] != 0 {
          i += 1
        }
        continue
      }
      let d = Int(Self.digitTable[c])
      let u = Int(Self.unitTable[c])
      let t = Int(Self.tensTable[c])
      let scale = Int(Self.scaleTable[c])
      if d >= 0 {
        tokens.append(d == 0 && !tokens.isEmpty && !isDigitToken(tokens.last!) ? .zero : .digit(d))
        arabicOnly = false
      } else if u > 0 {
        tokens.append(.unit(u))
        arabicOnly = false
      } else if t > 0 {
        tokens.append(.digit(t / 10))
        tokens.append(.unit(10))
        arabicOnly = false
      } else if scale > 0 {
        tokens.append(.scale(Self.scaleValues[scale]))
        arabicOnly = false
      } else if (c == "k" || c == "K"), let last = tokens.last, case .arabic = last,
        !(i + 1 < text.count && text[i + 1].isASCIILetter)
      {
        tokens.append(.scale(1000))
      } else if c == "几" || c == "数" {
        guard i + 1 < text.count || !tokens.isEmpty else { break }
        tokens.append(.unknown)
        arabicOnly = false
      } else if (c == "多" || c == "余") && !tokens.isEmpty && isNumeric(tokens.last!) {
        // 3000多元, 二百余万: only before a scale, a currency or the end.
        tokens.append(.more)
      } else if c == "个", let last = tokens.last, isDigitToken(last), i + 1 < text.count,
        text[i + 1] == "亿" || text[i + 1] == "万"
      {
        // 两个亿
      } else {
        break
      }
      i += 1
      end = i
    }
    // A trailing 多/余 that nothing follows still belongs (3000多元).
    guard !tokens.isEmpty, tokens.contains(where: isNumeric) else { return nil }
    // A lone unit (十 in 十分) is a number only before a scale or with digits.
    return evaluate(tokens, start: start, end: end, arabicOnly: arabicOnly)
  }

  private func isNumeric(_ token: Token) -> Bool {
    switch token {
    case .arabic, .digit, .unknown, .unit, .scale: true
    case .zero, .more: false
    }
  }

  private func isDigitToken(_ token: Token) -> Bool {
    switch token {
    case .digit, .arabic: true
    default: false
    }
  }

  /// Arabic digits from `i`: thousands separators (a comma before exactly three digits) and
  /// a decimal part. Returns the value and the index after it.
  func arabic(at i: Int) -> (ExactDecimal, Int)? {
    var digits = ""
    var j = i
    var seenPoint = false
    while j < text.count {
      guard j - i < Self.maxLength else { return nil }
      let c = text[j]
      if Self.isDigit(c) {
        digits.unicodeScalars.append(c)
        j += 1
      } else if c == ",", !seenPoint, (1...3).allSatisfy({ j + $0 < text.count && Self.isDigit(text[j + $0]) }),
        !(j + 4 < text.count && Self.isDigit(text[j + 4]))
      {
        j += 1
      } else if c == ".", !seenPoint, j + 1 < text.count, Self.isDigit(text[j + 1]) {
        seenPoint = true
        digits.append(".")
        j += 1
      } else {
        break
      }
    }
    guard !digits.isEmpty, let value = ExactDecimal(digits: digits) else { return nil }
    return (value, j)
  }

  /// The number's value, evaluated once with unknown digits low and once high.
  private func evaluate(_ tokens: [Token], start: Int, end: Int, arabicOnly: Bool) -> ChineseNumber? {
    let more = tokens.contains(.more)
    let core = tokens.filter { $0 != .more }
    // Two neighbouring different digits before a unit or scale: a range (五六百, 八九亿).
    var pairAt: Int?
    for k in 0..<(core.count - 1) {
      if case .digit(let a) = core[k], case .digit(let b) = core[k + 1], a > 0, b > 0, a != b,
        k + 2 < core.count, isUnitOrScale(core[k + 2]), k == 0 || !isDigitToken(core[k - 1])
      {
        pairAt = k
        break
      }
    }
    func variant(high: Bool) -> [Token] {
      var t = core
      if let k = pairAt {
        t.remove(at: high ? k : k + 1)
      }
      return t
    }
    guard let low = value(variant(high: false), unknownHigh: false),
      let high = value(variant(high: true), unknownHigh: true)
    else { return nil }
    var trailingScale: ExactDecimal?
    var coefficient = low
    if let lastScaleIndex = core.lastIndex(where: { if case .scale = $0 { true } else { false } }),
      lastScaleIndex == core.count - 1
    {
      // The total scale of the trailing run of scale words (万亿 = 10^12).
      var total: ExactDecimal = 1
      var k = lastScaleIndex
      while k >= 0, case .scale(let each) = core[k] {
        total *= each
        k -= 1
      }
      trailingScale = total
      coefficient = k >= 0 ? value(Array(core[...k]), unknownHigh: false) ?? low.dividedBy(total) ?? low : 1
    } else if let last = core.last, case .unit(let u) = last, core.count >= 2 {
      // 三仟, 3百: the unit is carried to a range's bare left end too (两到三仟).
      trailingScale = ExactDecimal(u)
      coefficient = value(Array(core.dropLast()), unknownHigh: false) ?? 1
    }
    var largest: ExactDecimal = 1
    for token in core {
      switch token {
      case .unit(let u): largest = Swift.max(largest, ExactDecimal(u))
      case .scale(let s): largest = Swift.max(largest, s)
      default: break
      }
    }
    return ChineseNumber(
      start: start, end: end, low: low, high: high, trailingScale: trailingScale, coefficient: coefficient,
      largestMultiplier: largest, more: more, isArabic: arabicOnly)
  }

  private func isUnitOrScale(_ token: Token) -> Bool {
    switch token {
    case .unit, .scale: true
    default: false
    }
  }

  /// The value of tokens, read as Chinese numbers are: 十百千 multiply the digit before them
  /// within a section; 万 multiplies its section; 亿 multiplies everything since the last 亿
  /// (so 一万五千亿 is 1.5 × 10^12 and 五万亿八千亿 is 5.8 × 10^12); 兆 everything before it.
  func value(_ tokens: [Token], unknownHigh: Bool) -> ExactDecimal? {
    let tenThousand: ExactDecimal = 10_000
    let hundredMillion: ExactDecimal = 100_000_000
    var trillions: ExactDecimal = 0  // parts closed by 兆
    var yiParts: ExactDecimal = 0  // parts closed by 亿
    var wanPart: ExactDecimal = 0  // the part closed by 万 in the current 亿 section
    var current: ExactDecimal = 0  // below 万
    var number: ExactDecimal?
    var previous: Token?
    var lastUnit: Int?
    var zeroSinceUnit = false
    // -1 marks an unknown digit (几, 数) read low: one before a unit, nothing at the end.
    for token in tokens {
      switch token {
      case .arabic(let v):
        number = v
      case .digit(let d):
        if let n = number, n >= 0, let p = previous, case .digit = p {
          number = n * 10 + ExactDecimal(d)  // 二〇二四
        } else {
          number = ExactDecimal(d)
        }
      case .unknown:
        number = unknownHigh ? 10 : -1
      case .unit(let u):
        var n = number ?? 1
        if n == -1 { n = 1 }
        current += n * ExactDecimal(u)
        number = nil
        lastUnit = u
        zeroSinceUnit = false
      case .zero:
        if let n = number { current += n == -1 ? 0 : n }
        number = nil
        zeroSinceUnit = true
      case .scale(let s):
        var n = number ?? 0
        if n == -1 { n = current == 0 ? 1 : 0 }  // 几万: at least one; 三十几万: 30 and more
        let part = current + n
        if s == 1000 {  // k
          current = part * 1000
        } else if s == tenThousand {
          wanPart += (part == 0 && wanPart == 0 ? 1 : part) * tenThousand
          current = 0
        } else if s == hundredMillion {
          let section = wanPart + part
          yiParts += (section == 0 ? 1 : section) * hundredMillion
          wanPart = 0
          current = 0
        } else {
          let all = yiParts + wanPart + part
          trillions += (all == 0 ? 1 : all) * s
          yiParts = 0
          wanPart = 0
          current = 0
        }
        number = nil
        lastUnit = nil
        zeroSinceUnit = false
      case .more:
        return nil
      }
      previous = token
    }
    if let n = number {
      let value = n == -1 ? 0 : n
      // A lone Chinese digit right after 百/千 or a scale counts in the next unit down:
      // 一千二 = 1200, 两万五 = 25000.
      if let p = previous, case .digit = p, tokens.count >= 2, !zeroSinceUnit {
        switch tokens[tokens.count - 2] {
        case .unit(let u) where u >= 100 && lastUnit == u:
          current += value * ExactDecimal(u / 10)
        case .scale(let s) where s >= tenThousand:
          current += (value * s).dividedBy(powerOfTen: 1)
        default:
          current += value
        }
      } else {
        current += value
      }
    }
    return trillions + yiParts + wanPart + current
  }
}
