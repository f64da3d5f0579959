import ZhText

/// Finds date expressions and resolves them against the reference date: absolute dates
/// (2024年5月18日, 2024-05-18, 二〇二四年五月十八日, ROC years in Taiwan text), partial and
/// relative ones (5月9日, 9日, 今年4月, 上個月, 昨天, 下週二), parts of periods (上半年, 第三季度,
/// 下旬), ranges (4月20日至22日, 2023—2025年, the end inheriting year and month from the start),
/// times of day with a date, and holidays (the lunar ones through ICU's Chinese calendar).
///
/// Values follow the contract: `value` at the precision the text gives, `start`/`end` for
/// ranges; a month and day without a year take the year that puts them nearest the reference;
/// without a reference date, relative expressions are `unresolved`. Vague parts (年底, 6月底)
/// are reported as spans without a value.
public struct DateRecognizer: EntityRecognizer {
  /// Always `.date`.
  public let kind = Entity.Kind.date

  /// The date recogniser.
  public init() {}

  /// The dates in `input`, resolved against its reference date.
  public func entities(in input: RecognitionText) -> [Entity] {
    let text = input.matchable
    let taiwan = input.region == .taiwan
    let scanner = DateScanner(text: text, reference: input.referenceDate.flatMap(SimpleDate.init(iso:)), taiwan: taiwan)
    var entities: [Entity] = []
    var i = 0
    let starts = DateScanner.startCharacters
    let followers = DateScanner.digitFollowers
    while i < text.count {
      let c = text[i]
      if c.value &- 48 < 10 {
        // Most numbers are amounts and counts (30%, 1.5亿, 200多家): a number is tried as a date
        // only if what follows its digits can continue one (年, 月, 日, a range's dash or 至, the
        // dot or slash of 2024.5.18) or it has the eight digits of 20240518.
        var j = i + 1
        while j < text.count && text[j].value &- 48 < 10 { j += 1 }
        let next = j < text.count ? text[j] : " "
        if !(followers[next] || j - i == 8 || (j - i == 4 && (next == "." || next == "/"))) {
          i = j
          continue
        }
      }
      guard starts[c], scanner.mayStart(at: i), let found = scanner.date(at: i) else {
        i += 1
        continue
      }
      entities.append(input.entity(.date, found.range, scanner.normalize(found.meaning)))
      i = found.range.upperBound
    }
    return entities
  }
}

/// The date grammar over one document's matchable text.
struct DateScanner {
  let text: [Unicode.Scalar]
  let reference: SimpleDate?
  let taiwan: Bool

  /// A date expression and what it means (small: most positions tried find none, and the
  /// normalised form is built only for those that do).
  struct Found {
    var range: Range<Int>
    var meaning: Meaning
  }

  /// What a date expression says, before it is resolved.
  struct Partial {
    var year: Int?
    var month: Int?
    var day: Int?
    var hour: Int?
    var minute: Int?
    var second: Int?
    /// A relative year or month needs a reference date.
    var relative = false
    /// The year came from the reference (今年, nearest rule), not the text.
    var yearInferred = false
  }

  /// What an expression means once parsed.
  enum Meaning {
    case partial(Partial)
    /// An exact range of days or months.
    case range(start: String, end: String)
    /// A date expression with no exact value (年底, 6月底, 近日).
    case vague
    /// Relative to a reference date that is missing.
    case unresolved
  }

  /// The characters a date may start with (a first filter, before `mayStart`).
  static let startCharacters = ScalarSet(
    Array("0123456789〇零一二三四五六七八九十两今去前明后昨上下本这当大听寻民周星礼元春除清端七中重腊劳国情妇植愚青儿建教万平圣感母父双澳香阳农阴正首第Q全冬光年从自廿卅".unicodeScalars)
      + holidays.map { $0.0.unicodeScalars.first! })

  /// What may follow the digits of a number that starts a date: 2024年, 5月, 9日, 18号, 20天后,
  /// 3季度, and the connectors of ranges (1至9月, 2023—2025年, 1－9月份).
  static let digitFollowers = ScalarSet("年月日号天季至到~—–－-".unicodeScalars)

  // MARK: Entry

  /// The first two characters of every date keyword, so that most characters that can start a
  /// date (上, 下, 中, 大, 年 …) are turned away with one lookup before any pattern runs.
  static let (keywordPairs, keywordPairFilter): (Set<UInt64>, PairFilter) = {
    var words: [String] = holidays.map(\.0) + [
      "五一", "大大后天", "大大前天", "大后天", "大后日", "大前天", "今天", "今日", "本日", "昨天", "昨日", "寻日", "前天", "前日",
      "明天", "明日", "听日", "后天", "后日", "昨晚", "昨夜", "今晚", "今夜", "今早", "今晨", "明晚", "明早", "今年", "去年",
      "前年", "明年", "后年", "上年", "下年", "本年", "这一年", "上一年",
      "上上个", "上上", "下下个", "下下", "上一", "上个", "下一", "下个", "这一", "这个", "这周", "这星", "这礼", "本周", "本星",
      "本礼", "今个", "今星", "今礼", "上周", "上星", "上礼", "下周", "下星", "下礼", "上月", "下月", "本月", "当月", "当季",
      "上季", "下季", "本季", "上旬", "中旬", "下旬", "上半", "下半", "首季", "首月", "民国", "农历", "阴历", "正月", "冬月",
      "腊月", "上世", "年初", "年底", "年末", "年中", "星期", "礼拜", "今（", "昨（", "前（", "明（", "今(", "昨(", "前(", "明(",
      "去（", "去(",
    ]
    for d in "一二三四五六日天" { words.append("周\(d)") }
    for q in "1234" { words.append("Q\(q)") }
    for n in "一二三四五六七八九十两123456789" {
      words += ["前\(n)", "首\(n)", "后\(n)"]  // 前三季度, 首两个月, 后三月
    }
    for n in "一二三四1234" { words.append("第\(n)") }
    let pairs = words.map { Array($0.unicodeScalars) }.filter { $0.count >= 2 }.map { ($0[0], $0[1]) }
    // A 512-byte filter before the set: most characters in `startCharacters` (上, 中, 年, 国 ...)
    // start no keyword, and one bit tells so without hashing into the set.
    return (Set(pairs.map { UInt64($0.0.value) << 32 | UInt64($0.1.value) }), PairFilter(hashBits: 12, pairs))
  }()

  /// Whether the characters a, b begin a date keyword.
  @inline(__always)
  static func isKeywordPair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    keywordPairFilter.mayContain(a.value, b.value) && keywordPairs.contains(UInt64(a.value) << 32 | UInt64(b.value))
  }

  /// What may follow a Chinese digit that starts a date (五月, 二〇二四年, 十八日, 一季度).
  static let afterChineseDigit = ScalarSet("〇零一二三四五六七八九十两月年季日号世天".unicodeScalars)

  /// Whether a date may start at i (a cheap first look).
  func mayStart(at i: Int) -> Bool {
    let c = text[i]
    // A date starts at a number's first digit, never inside it (the 024 of 2024, the 5 of 15日).
    if c >= "0" && c <= "9" { return i == 0 || !(text[i - 1] >= "0" && text[i - 1] <= "9") }
    guard i + 1 < text.count else { return false }
    let next = text[i + 1]
    if Self.chineseDigit(c) != nil || c == "十" || c == "廿" || c == "卅" {
      // 五月, 十八日; or a keyword that starts with a digit (七夕, 五一).
      if Self.afterChineseDigit[next] { return true }
    }
    if c == "从" || c == "自" { return (next >= "0" && next <= "9") || mayStart(at: i + 1) }
    return Self.isKeywordPair(c, next)
  }

  func date(at i: Int) -> Found? {
    guard mayStart(at: i) else { return nil }
    var start = i
    // 从/自 opening a range.
    let opener = (text[i] == "从" || text[i] == "自") && i + 1 < text.count
    let first = opener ? i + 1 : i
    var left = expression(at: first)
    // 2023—2025年, 1985到89年9月: a bare four-digit year opening a range.
    if left == nil, isDigit(first), let (y, c) = digits(at: first, max: 4), c == 4, (1900...2100).contains(y),
      !isDigit(first + c), first == 0 || !isDigit(first - 1), connectorLength(at: first + c) != nil
    {
      left = Expression(end: first + c, meaning: .partial(Partial(year: y)), bare: true)
    }
    guard let left else { return nil }
    // A range: left, connector, right; the right inherits what it leaves out from the left.
    var k = left.end
    if k < text.count && text[k] == "起" { k += 1 }
    if let connector = connectorLength(at: k), case .partial(let l) = left.meaning,
      let right = expression(at: k + connector, inheriting: l), case .partial(var r) = right.meaning,
      !(left.bare && r.year == nil)
    {
      if r.year == nil { r.year = l.year }
      if r.month == nil && r.day != nil { r.month = l.month }
      if let s = resolve(l), let e = resolve(r), bounds(s).0 <= bounds(e).1 {
        var end = right.end
        if end < text.count && text[end] == "止" { end += 1 }
        return Found(range: start..<end, meaning: .range(start: s.value, end: e.value))
      }
      if reference == nil && (l.relative || r.relative || l.year == nil) {
        return Found(range: start..<right.end, meaning: .unresolved)
      }
    }
    if left.bare { return nil }
    if opener { start = first }
    return Found(range: start..<left.end, meaning: left.meaning)
  }

  struct Resolved {
    var value: String
  }

  /// The first and last day a value covers, as strings comparable with each other.
  func bounds(_ r: Resolved) -> (String, String) {
    let v = r.value
    if v.count == 4 { return (v + "-01-01", v + "-12-31") }
    if v.count == 7 {
      let y = Int(v.prefix(4))!
      let m = Int(v.suffix(2))!
      return (v + "-01", v + "-" + SimpleDate.two(SimpleDate.daysIn(y, m)))
    }
    return (String(v.prefix(10)), String(v.prefix(10)))
  }

  func normalize(_ meaning: Meaning) -> Entity.Normalized? {
    var n = Entity.Normalized()
    switch meaning {
    case .partial(let p):
      guard let r = resolve(p) else {
        if p.relative || p.year == nil {
          n.unresolved = true
          return n
        }
        return nil
      }
      n.value = r.value
    case .range(let start, let end):
      n.start = start
      n.end = end
    case .vague:
      return nil
    case .unresolved:
      n.unresolved = true
    }
    return n
  }

  /// The ISO value of a partial date; nil when it needs a reference that is missing.
  func resolve(_ p: Partial) -> Resolved? {
    var year = p.year
    var month = p.month
    if year == nil {
      guard let reference else { return nil }
      if let m = month, let d = p.day {
        // Nearest year to the reference.
        var best: (Int, Int)?
        for y in (reference.year - 1)...(reference.year + 1) where SimpleDate.isValid(y, m, d) {
          let distance = abs(SimpleDate(y, m, d).dayNumber - reference.dayNumber)
          if best == nil || distance < best!.1 { best = (y, distance) }
        }
        year = best?.0
      } else if let m = month {
        var best: (Int, Int)?
        for y in (reference.year - 1)...(reference.year + 1) {
          let distance = abs((y * 12 + m) - (reference.year * 12 + reference.month))
          if best == nil || distance < best!.1 { best = (y, distance) }
        }
        year = best?.0
      } else if let d = p.day {
        // A bare day: the month (this, last or next) that puts it nearest.
        var best: (SimpleDate, Int)?
        for offset in -1...1 {
          var y = reference.year
          var m = reference.month + offset
          if m == 0 {
            m = 12
            y -= 1
          } else if m == 13 {
            m = 1
            y += 1
          }
          guard SimpleDate.isValid(y, m, d) else { continue }
          let date = SimpleDate(y, m, d)
          let distance = abs(date.dayNumber - reference.dayNumber)
          if best == nil || distance < best!.1 { best = (date, distance) }
        }
        guard let found = best?.0 else { return nil }
        year = found.year
        month = found.month
      } else {
        return nil
      }
    }
    guard let y = year else { return nil }
    guard let m = month else { return Resolved(value: SimpleDate.four(y)) }
    guard (1...12).contains(m) else { return nil }
    guard let d = p.day else { return Resolved(value: SimpleDate.month(y, m)) }
    guard SimpleDate.isValid(y, m, d) else { return nil }
    var value = SimpleDate(y, m, d).iso
    if let h = p.hour, h < 24 {
      value += "T" + SimpleDate.two(h) + ":" + SimpleDate.two(p.minute ?? 0)
      if let s = p.second, s < 60 { value += ":" + SimpleDate.two(s) }
    }
    return Resolved(value: value)
  }

  func connectorLength(at i: Int) -> Int? { RangeConnector.length(in: text, at: i) }

  // MARK: Expressions

  struct Expression {
    var end: Int
    var meaning: Meaning
    var hadYearWord = false
    /// A bare number taken as a year only because a range follows.
    var bare = false
  }

  func word(_ w: StaticString, at i: Int) -> Bool { text.hasWord(w, at: i) }

  func word(_ w: [Unicode.Scalar], at i: Int) -> Bool { text.hasWord(w, at: i) }

  func isDigit(_ i: Int) -> Bool { i >= 0 && i < text.count && text[i] >= "0" && text[i] <= "9" }

  /// Arabic digits at i: value, count.
  func digits(at i: Int, max: Int = 8) -> (Int, Int)? {
    var n = 0
    var k = i
    while k < text.count && k - i < max && isDigit(k) {
      n = n * 10 + Int(text[k].value - 48)
      k += 1
    }
    return k > i ? (n, k - i) : nil
  }

  /// Chinese digits by value (a flat table: looked up at every candidate).
  static let chineseDigits = ScalarTable<Int8>(default: -1, [
    ("〇", 0), ("零", 0), ("一", 1), ("二", 2), ("两", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9),
  ])

  /// The value of a Chinese digit, or nil.
  @inline(__always)
  static func chineseDigit(_ c: Unicode.Scalar) -> Int? {
    let d = chineseDigits[c]
    return d >= 0 ? Int(d) : nil
  }

  /// A small number (1-99) in Arabic or Chinese numerals (五, 十八, 二十九, 廿九, 卅一).
  func smallNumber(at i: Int) -> (Int, Int)? {
    if isDigit(i) {
      guard let (n, c) = digits(at: i, max: 2), !isDigit(i + c) else { return nil }
      return (n, c)
    }
    guard i < text.count else { return nil }
    var k = i
    var value = 0
    if text[k] == "廿" || text[k] == "卅" {
      value = text[k] == "廿" ? 20 : 30
      k += 1
      if k < text.count, let d = Self.chineseDigit(text[k]), d > 0 {
        value += d
        k += 1
      }
      return (value, k - i)
    }
    if text[k] == "十" {
      value = 10
      k += 1
      if k < text.count, let d = Self.chineseDigit(text[k]), d > 0 {
        value += d
        k += 1
      }
      return (value, k - i)
    }
    guard let d = Self.chineseDigit(text[k]), d > 0 else { return nil }
    value = d
    k += 1
    if k < text.count && text[k] == "十" {
      value *= 10
      k += 1
      if k < text.count, let d2 = Self.chineseDigit(text[k]), d2 > 0 {
        value += d2
        k += 1
      }
    }
    return (value, k - i)
  }

  /// A year written as digits, Chinese digits (二〇二四, 零七), or in a Taiwan text a ROC year.
  func yearNumber(at i: Int) -> (Int, Int)? {
    if isDigit(i) {
      guard let (n, c) = digits(at: i, max: 4), !isDigit(i + c), i == 0 || !isDigit(i - 1) else { return nil }
      if c == 4 { return (n, 4) }
      if c == 3 || (c == 2 && taiwan && n <= 150 && n >= 1) {
        return taiwan && n >= 1 ? (n + 1911, c) : nil
      }
      if c == 2 { return (century(n), 2) }
      return nil
    }
    var k = i
    var n = 0
    while k < text.count, let d = Self.chineseDigit(text[k]), k - i < 4 {
      n = n * 10 + d
      k += 1
    }
    let c = k - i
    if c == 4 { return (n, 4) }
    if c == 3 && taiwan { return (n + 1911, 3) }
    if c == 2 { return (taiwan && n <= 150 ? n + 1911 : century(n), 2) }
    return nil
  }

  /// A two-digit year's century: the one that puts it nearest the reference (2000s without one).
  func century(_ n: Int) -> Int {
    let ref = reference?.year ?? 2000
    let base = ref - ref % 100
    let candidates = [base - 100 + n, base + n, base + 100 + n]
    return candidates.min { abs($0 - ref) < abs($1 - ref) }!
  }

  /// An expression starting at i. With `inheriting`, the right end of a range: a bare number
  /// may be a day or a month by what follows.
  func expression(at i: Int, inheriting: Partial? = nil, rangeStart: Partial? = nil) -> Expression? {
    guard i < text.count else { return nil }
    if let e = numericDate(at: i, rangeEnd: inheriting != nil) { return e }
    if inheriting != nil, isDigit(i), let (y, c) = digits(at: i, max: 4), c == 4, (1900...2100).contains(y), !isDigit(i + c),
      !(i + c < text.count && (text[i + c] == "年" || text[i + c] == "." || text[i + c] == "-" || text[i + c] == "/"))
    {
      return Expression(end: i + c, meaning: .partial(Partial(year: y)))
    }
    if let e = lunarDate(at: i, year: nil) { return e }
    if let e = decade(at: i) { return e }
    if inheriting == nil, let e = holiday(at: i, year: nil) { return e }
    if let e = relativeDay(at: i) { return e }
    if let e = week(at: i) { return e }
    return calendar(at: i, inheriting: inheriting)
  }

  /// 2024-05-18, 2024/5/18, 2024.5.18, 20240307, and 2008.03 (year and month).
  func numericDate(at i: Int, rangeEnd: Bool = false) -> Expression? {
    guard isDigit(i), i == 0 || rangeEnd || !(isDigit(i - 1) || text[i - 1] == "." || text[i - 1] == "/" || text[i - 1] == "-") else {
      return nil
    }
    guard let (y, yc) = digits(at: i, max: 8) else { return nil }
    if yc == 8 && !isDigit(i + 8) {
      let year = y / 10000
      let month = (y / 100) % 100
      let day = y % 100
      guard (1900...2100).contains(year), SimpleDate.isValid(year, month, day) else { return nil }
      return Expression(end: i + 8, meaning: .partial(Partial(year: year, month: month, day: day)))
    }
    guard yc == 4, (1900...2100).contains(y) else { return nil }
    var k = i + 4
    guard k < text.count, ["-", "/", "."].contains(text[k]) else { return nil }
    let separator = text[k]
    guard let (m, mc) = digits(at: k + 1, max: 2), (1...12).contains(m) else { return nil }
    k += 1 + mc
    // 1994.01-19: the day may follow another separator.
    if k < text.count, ["-", "/", "."].contains(text[k]), let (d, dc) = digits(at: k + 1, max: 2), !isDigit(k + 1 + dc),
      SimpleDate.isValid(y, m, d)
    {
      k += 1 + dc
      var p = Partial(year: y, month: m, day: d)
      k = time(after: k, into: &p)
      return Expression(end: k, meaning: .partial(p))
    }
    // Year and month only with a dot (2008.03): 2024-5 is too often something else.
    guard separator == ".", !isDigit(k) else { return nil }
    return Expression(end: k, meaning: .partial(Partial(year: y, month: m)))
  }

  /// 昨天, 今日, 大后天, 20天后.
  static let relativeFirsts = ScalarSet(Array("大今本昨寻前明听后".unicodeScalars))

  func relativeDay(at i: Int) -> Expression? {
    guard i < text.count else { return nil }
    let c0 = text[i]
    let numeric = isDigit(i) || Self.chineseDigit(c0) != nil || c0 == "十"
    guard numeric || Self.relativeFirsts[c0] else { return nil }
    if numeric, let (n, c) = smallOrDigits(at: i), word("天后", at: i + c) || word("天前", at: i + c) || word("日后", at: i + c) {
      let end = i + c + 2
      guard let reference else { return Expression(end: end, meaning: .unresolved) }
      let date = reference.adding(days: text[i + c + 1] == "前" ? -n : n)
      return Expression(end: end, meaning: .partial(Partial(year: date.year, month: date.month, day: date.day, relative: true)))
    }
    // 今（15）日, 昨（8）日: Taiwan papers put the day in brackets.
    if text[i] == "今" || text[i] == "昨" || text[i] == "前" || text[i] == "明", i + 1 < text.count, text[i + 1] == "（" || text[i + 1] == "(",
      let (d, c) = digits(at: i + 2, max: 2), i + 2 + c + 1 < text.count, text[i + 2 + c] == "）" || text[i + 2 + c] == ")",
      text[i + 3 + c] == "日"
    {
      let end = i + 4 + c
      guard reference != nil else { return Expression(end: end, meaning: .unresolved) }
      return Expression(end: end, meaning: .partial(Partial(day: d, relative: true)))
    }
    if let w = Self.relativeDayWords.first(in: text, at: i) {
      let scalars = Self.relativeDayWords.words[w]
      let offset = Self.relativeDayWords.values[w]
      let end = i + scalars.count
      // 今日头条 is a name.
      if scalars.count == 2 && scalars[0] == "今" && scalars[1] == "日" && word("头条", at: end) { return nil }
      guard let reference else { return Expression(end: end, meaning: .unresolved) }
      let date = reference.adding(days: offset)
      var p = Partial(year: date.year, month: date.month, day: date.day, relative: true)
      let after = time(after: end, into: &p)
      // 今晚8点 is 20:00, 昨夜11时 23:00 (but 今夜1点 is 01:00).
      if let h = p.hour, h < 12, scalars.last == "晚" || (scalars.last == "夜" && h >= 6) { p.hour = h + 12 }
      return Expression(end: after, meaning: .partial(p))
    }
    return nil
  }

  static let relativeDayWords = WordList([
    ("大大后天", 4), ("大大前天", -4), ("大后天", 3), ("大后日", 3), ("大前天", -3), ("今天", 0), ("今日", 0), ("本日", 0), ("昨天", -1),
    ("昨日", -1), ("寻日", -1), ("前天", -2), ("前日", -2), ("明天", 1), ("明日", 1), ("听日", 1), ("后天", 2), ("后日", 2),
    // The day with a part of it: 昨晚, 今早 (a time may follow: 今晚8点).
    ("昨晚", -1), ("昨夜", -1), ("今晚", 0), ("今夜", 0), ("今早", 0), ("今晨", 0), ("明晚", 1), ("明早", 1),
  ])
  static let weekPrefixes = WordList([
    ("上上个", -2), ("上上", -2), ("下下个", 2), ("下下", 2), ("上一个", -1), ("上个", -1), ("上一", -1), ("上", -1),
    ("下一个", 1), ("下个", 1), ("下一", 1), ("下", 1), ("这一个", 0), ("这个", 0), ("这一", 0), ("这", 0), ("本", 0), ("今个", 0), ("今", 0),
  ])
  static let yearWords = WordList([
    ("今年", 0), ("去年", -1), ("前年", -2), ("明年", 1), ("后年", 2), ("上年", -1), ("下年", 1), ("本年", 0), ("这一年", 0), ("上一年", -1),
  ])
  static let monthWords = WordList([
    ("上上个月", -2), ("上个月", -1), ("上一个月", -1), ("上月", -1), ("下个月", 1), ("下一个月", 1), ("下月", 1),
    ("本月", 0), ("当月", 0), ("这个月", 0), ("今个月", 0),
  ])
  static let holidayWords = WordList(holidays)

  static let weekdayTable = ScalarTable<Int8>(default: 0, [("一", 1), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("日", 7), ("天", 7)])

  /// Monday = 1 … Sunday = 7 for 一 … 日/天.
  @inline(__always)
  static func weekday(_ c: Unicode.Scalar) -> Int? {
    let d = weekdayTable[c]
    return d > 0 ? Int(d) : nil
  }

  /// The length of 周, 星期, 礼拜 at i.
  func weekWord(at i: Int) -> Int? {
    if word("星期", at: i) || word("礼拜", at: i) { return 2 }
    if i < text.count && text[i] == "周" { return 1 }
    return nil
  }

  /// 上周, 本週, 下個星期, 上週五, 星期三, 這禮拜三.
  static let weekFirsts = ScalarSet(Array("上下这本今周星礼".unicodeScalars))

  func week(at i: Int) -> Expression? {
    guard i < text.count, Self.weekFirsts[text[i]] else { return nil }
    var k = i
    var offset: Int?
    if let w = Self.weekPrefixes.first(in: text, at: k) {
      offset = Self.weekPrefixes.values[w]
      k += Self.weekPrefixes.words[w].count
    }
    guard let ww = weekWord(at: k) else { return nil }
    k += ww
    // 周 as a bare weekday prefix needs its day (周一); a surname 周 does not make a date.
    var weekday: Int?
    if k < text.count, let d = Self.weekday(text[k]) {
      // 周日 is also 周+日 (a date after a year?); 星期日 and 礼拜天 are clear.
      weekday = d
      k += 1
    } else if let second = weekWord(at: k), k + second < text.count, let d = Self.weekday(text[k + second]) {
      // 下周周六, 上周礼拜三: the week word again, then the day (a text may end after the word).
      weekday = d
      k += second + 1
    }
    if weekday == nil && offset == nil { return nil }
    if weekday == nil && ww == 1 && offset != nil {
      // 上周, 下周, 本周: but not 本周年
      if k < text.count && (text[k] == "年" || text[k] == "边" || text[k] == "期" || text[k] == "刊") { return nil }
    }
    if weekday != nil && offset == nil && ww == 1 && k < text.count && isHanLetter(k) && !["（", "(", "，"].contains(text[k]) {
      // 周一 followed by a word may be a name (周一鸣); keep only clear boundaries and 至/到.
      if !["至", "到", "上", "下", "晚", "早", "中", "凌"].contains(text[k]) { return nil }
    }
    guard let reference else { return Expression(end: k, meaning: .unresolved) }
    let monday = reference.monday.adding(days: 7 * (offset ?? 0))
    var end = k
    if let d = weekday {
      var date = monday.adding(days: d - 1)
      if offset == nil {
        // A bare weekday: the nearest such day (this week's, or last or next week's).
        let candidates = [date.adding(days: -7), date, date.adding(days: 7)]
        date = candidates.min { abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber) }!
      }
      end = parenthetical(after: end)
      var p = Partial(year: date.year, month: date.month, day: date.day, relative: true)
      end = time(after: end, into: &p)
      return Expression(end: end, meaning: .partial(p))
    }
    return Expression(end: end, meaning: .range(start: monday.iso, end: monday.adding(days: 6).iso))
  }

  func isHanLetter(_ i: Int) -> Bool {
    i >= 0 && i < text.count && text[i].isHan
  }

  static let parenthesisWords = ScalarSet("周星期礼拜月日号十".unicodeScalars)

  /// （週六）, (13日), （2月12日） after a date: part of its span.
  func parenthetical(after i: Int) -> Int {
    guard i < text.count, text[i] == "（" || text[i] == "(" else { return i }
    var k = i + 1
    while k < text.count && k - i <= 8 && text[k] != "）" && text[k] != ")" {
      let c = text[k]
      guard isDigit(k) || Self.weekday(c) != nil || Self.chineseDigit(c) != nil || Self.parenthesisWords[c] else { return i }
      k += 1
    }
    guard k < text.count, text[k] == "）" || text[k] == ")", k > i + 1 else { return i }
    return k + 1
  }

  /// Parts of the day, and whether they are after noon.
  static let partsOfDay = WordList([
    ("上午", false), ("早上", false), ("凌晨", false), ("清晨", false), ("中午", true), ("下午", true), ("晚上", true),
    ("傍晚", true), ("晚间", true), ("晚", true), ("早", false),
  ])

  /// A time of day after a date: 上午9時, 下午3點半, 晚上8点, 9時30分, 09:18:17.
  func time(after i: Int, into p: inout Partial) -> Int {
    guard p.day != nil else { return i }
    var k = i
    if k < text.count && text[k] == " " { k += 1 }
    var afternoon = false
    if let w = Self.partsOfDay.first(in: text, at: k) {
      afternoon = Self.partsOfDay.values[w]
      k += Self.partsOfDay.words[w].count
    }
    if isDigit(k), let (h, hc) = digits(at: k, max: 2), k + hc < text.count, text[k + hc] == ":",
      let (m, mc) = digits(at: k + hc + 1, max: 2), mc == 2
    {
      var end = k + hc + 1 + mc
      var second: Int?
      if end < text.count, text[end] == ":", let (s, sc) = digits(at: end + 1, max: 2), sc == 2 {
        second = s
        end += 1 + sc
      }
      guard h < 24, m < 60 else { return i }
      p.hour = afternoon && h < 12 ? h + 12 : h
      p.minute = m
      p.second = second
      if end < text.count && text[end] == "时" { end += 1 }
      return end
    }
    guard let (h, hc) = smallNumber(at: k), k + hc < text.count, text[k + hc] == "时" || text[k + hc] == "点", h <= 24 else {
      return i
    }
    var end = k + hc + 1
    var minute = 0
    if end < text.count && text[end] == "半" {
      minute = 30
      end += 1
    } else if let (m, mc) = minuteNumber(at: end), end + mc < text.count, text[end + mc] == "分", m < 60 {
      minute = m
      end += mc + 1
    } else if let (m, mc) = minuteNumber(at: end), mc == 2, m < 60, !isHanLetter(end + mc) {
      minute = m
      end += mc
    }
    p.hour = afternoon && h < 12 ? h + 12 : h
    p.minute = minute
    return end
  }

  /// A count in Arabic digits (up to 4) or Chinese numerals (up to 99).
  func smallOrDigits(at i: Int) -> (Int, Int)? {
    if isDigit(i) {
      guard i == 0 || !isDigit(i - 1) else { return nil }
      return digits(at: i, max: 4)
    }
    return smallNumber(at: i)
  }

  /// 农历8月23号, 农历正月十五, 正月初八, 腊月18, 阴历二〇二一年六月 (a whole lunar month).
  static let lunarFirsts = ScalarSet(Array("农阴正冬腊".unicodeScalars))

  static let lunarMonthNames = WordList([("正月", 1), ("冬月", 11), ("腊月", 12)])

  func lunarDate(at i: Int, year: Int?) -> Expression? {
    guard i < text.count, Self.lunarFirsts[text[i]] else { return nil }
    var k = i
    var marked = false
    if word("农历", at: k) || word("阴历", at: k) {
      k += 2
      marked = true
    }
    var y = year
    if marked, y == nil, let (yy, c) = yearNumber(at: k), text.indices.contains(k + c), text[k + c] == "年" {
      y = yy
      k += c + 1
    }
    var month: Int?
    if let w = Self.lunarMonthNames.first(in: text, at: k) {
      month = Self.lunarMonthNames.values[w]
      k += 2
    }
    if month == nil, marked, let (m, c) = smallNumber(at: k), (1...12).contains(m), text.indices.contains(k + c), text[k + c] == "月" {
      month = m
      k += c + 1
    }
    guard let month, marked || year != nil || text.indices.contains(k) else { return nil }
    var day: Int?
    if word("初", at: k), let (d, c) = smallOrDigits(at: k + 1), (1...10).contains(d) {
      day = d
      k += 1 + c
    } else if let (d, c) = smallOrDigits(at: k), (1...30).contains(d) {
      day = d
      k += c
      if text.indices.contains(k) && (text[k] == "日" || text[k] == "号") { k += 1 }
    }
    guard day != nil || marked else { return nil }
    let lunarYear = y ?? reference?.year
    guard let lunarYear else { return Expression(end: k, meaning: .unresolved) }
    if let day {
      guard let g = ChineseCalendar.gregorianDate(lunarYearStartingIn: lunarYear, month: month, day: day) else {
        return Expression(end: k, meaning: .vague)
      }
      var p = Partial(year: g.year, month: g.month, day: g.day)
      p.relative = y == nil
      return Expression(end: k, meaning: .partial(p))
    }
    // A whole lunar month: its first day to the day before the next month's first.
    guard let a = ChineseCalendar.gregorianDate(lunarYearStartingIn: lunarYear, month: month, day: 1),
      let b = month < 12
        ? ChineseCalendar.gregorianDate(lunarYearStartingIn: lunarYear, month: month + 1, day: 1)
        : ChineseCalendar.gregorianDate(lunarYearStartingIn: lunarYear + 1, month: 1, day: 1)
    else { return Expression(end: k, meaning: .vague) }
    let first = SimpleDate(a.year, a.month, a.day)
    let last = SimpleDate(b.year, b.month, b.day).adding(days: -1)
    return Expression(end: k, meaning: .range(start: first.iso, end: last.iso))
  }

  /// 上世纪80年代, 十九世纪七十年代, 90年代: a decade.
  func decade(at i: Int) -> Expression? {
    guard i < text.count, text[i] == "上" || isDigit(i) || Self.chineseDigit(text[i]) != nil || text[i] == "十" else { return nil }
    var k = i
    var century: Int?
    if word("上世纪", at: k) {
      guard let reference else { return nil }
      century = (reference.year / 100 - 1) * 100
      k += 3
    } else if let (n, c) = smallOrDigits(at: k), (1...21).contains(n), word("世纪", at: k + c) {
      century = (n - 1) * 100
      k += c + 2
    }
    guard let (d, c) = smallOrDigits(at: k), d % 10 == 0, d < 100, word("年代", at: k + c) else { return nil }
    guard century != nil || isDigit(k) else { return nil }
    let base = (century ?? 1900) + d
    return Expression(end: k + c + 2, meaning: .range(start: SimpleDate.four(base), end: SimpleDate.four(base + 9)))
  }

  func minuteNumber(at i: Int) -> (Int, Int)? {
    if isDigit(i) { return digits(at: i, max: 2) }
    return smallNumber(at: i)
  }

  // MARK: Calendar expressions

  /// [year] [month [day | 上旬 …] | quarter | half | part] [weekday] [time].
  func calendar(at i: Int, inheriting: Partial?) -> Expression? {
    var k = i
    var p = Partial()
    var hadYear = false
    // The year.
    if let w = Self.yearWords.first(in: text, at: k, where: { !yearWordIsPartOfAnother(Self.yearWords.words[$0], at: k) }) {
      // Without a reference the rest is still read (今年1月), then reported unresolved.
      let offset = Self.yearWords.values[w]
      p.year = reference.map { $0.year + offset }
      p.relative = true
      k += Self.yearWords.words[w].count
      hadYear = true
    }
    if !hadYear && word("民国", at: k), let (y, c) = rocYear(at: k + 2), k + 2 + c < text.count, text[k + 2 + c] == "年" {
      p.year = y
      k += 2 + c + 1
      hadYear = true
    }
    if !hadYear, text[k] == "明" || text[k] == "今" || text[k] == "去", k + 1 < text.count, text[k + 1] == "（" || text[k + 1] == "(",
      let (y, c) = rocYear(at: k + 2), k + 2 + c + 1 < text.count, text[k + 2 + c] == "）" || text[k + 2 + c] == ")", text[k + 3 + c] == "年"
    {
      // 明（111）年: the ROC year in brackets.
      p.year = y
      k += 4 + c
      hadYear = true
    }
    if !hadYear, let (y, c) = yearNumber(at: k), k + c < text.count, text[k + c] == "年" {
      // 2-digit and Chinese-digit years need a month (or a period) after them: 3年 is a duration.
      let next = k + c + 1
      let strong = c == 4 || (taiwan && c == 3)
      if strong || monthAhead(at: next) || periodAhead(at: next) || (c == 2 && i > 0 && text[i - 1] == "'")
        || holiday(at: next, year: 2000) != nil || word("农历", at: next) || word("阴历", at: next) || word("正月", at: next)
      {
        p.year = y
        k = next
        hadYear = true
        if k < text.count && text[k] == "度" { k += 1 }  // 2022年度
      }
    }
    if hadYear, let e = holiday(at: k, year: p.year) { return Expression(end: e.end, meaning: e.meaning, hadYearWord: true) }
    if hadYear, let e = lunarDate(at: k, year: p.year) { return e }
    // 1至9月, 1－9月份: a range of months (of the reference year without a year).
    if let (a, ac) = monthNumberLoose(at: k), hadYear || isDigit(k), let connector = connectorLength(at: k + ac),
      let (b, bc) = monthNumberLoose(at: k + ac + connector), text.indices.contains(k + ac + connector + bc),
      text[k + ac + connector + bc] == "月", a < b
    {
      var end = k + ac + connector + bc + 1
      if end < text.count && text[end] == "份" { end += 1 }
      guard let y = p.year ?? reference?.year else { return Expression(end: end, meaning: .unresolved) }
      return Expression(end: end, meaning: .range(start: SimpleDate.month(y, a), end: SimpleDate.month(y, b)))
    }
    // Periods of the year.
    if let period = yearPeriod(at: k, year: p.year ?? (hadYear ? nil : reference?.year), explicitYear: hadYear) {
      return period
    }
    // The month.
    var hadMonth = false
    if !hadYear, let w = Self.monthWords.first(in: text, at: k) {
      let scalars = Self.monthWords.words[w]
      let offset = Self.monthWords.values[w]
      guard let reference else { return Expression(end: k + scalars.count, meaning: .unresolved) }
      var y = reference.year
      var m = reference.month + offset
      while m < 1 {
        m += 12
        y -= 1
      }
      while m > 12 {
        m -= 12
        y += 1
      }
      p.year = y
      p.month = m
      p.relative = true
      k += scalars.count
      hadMonth = true
    }
    if !hadMonth, let (m, c) = monthNumber(at: k), k + c < text.count, text[k + c] == "月" {
      p.month = m
      k += c + 1
      hadMonth = true
      if k < text.count && text[k] == "份" { k += 1 }
    }
    if !hadMonth {
      // A bare day: 9日, 13日 (Arabic only; 一日 is a word), or the right end of a range (22日).
      if !hadYear, isDigit(k), let (d, c) = digits(at: k, max: 2), c <= 2, (1...31).contains(d), k + c < text.count,
        text[k + c] == "日" || (text[k + c] == "号" && inheriting != nil), !(k > 0 && (isDigit(k - 1) || text[k - 1] == "." || text[k - 1] == "〕"))
      {
        p.day = d
        if let inheriting {
          p.year = inheriting.year
          p.month = inheriting.month
          p.relative = inheriting.relative
        }
        var end = k + c + 1
        end = parenthetical(after: end)
        end = time(after: end, into: &p)
        return Expression(end: end, meaning: .partial(p))
      }
      if !hadYear, inheriting != nil, let (d, c) = smallNumber(at: k), text.indices.contains(k + c), text[k + c] == "号" || text[k + c] == "日" {
        var q = inheriting!
        q.day = d
        q.hour = nil
        q.minute = nil
        return Expression(end: k + c + 1, meaning: .partial(q))
      }
      // A year alone: 2024年, 今年.
      guard hadYear else { return nil }
      return Expression(end: k, meaning: .partial(p), hadYearWord: true)
    }
    // Parts of the month.
    if let w = Self.partsOfMonth.first(in: text, at: k) {
      let (first, last) = Self.partsOfMonth.values[w]
      let end = k + 2
      guard let y = p.year ?? resolve(Partial(month: p.month)).flatMap({ Int($0.value.prefix(4)) }), let m = p.month else {
        return Expression(end: end, meaning: .unresolved)
      }
      let lastDay = min(last, SimpleDate.daysIn(y, m))
      return Expression(end: end, meaning: .range(start: SimpleDate(y, m, first).iso, end: SimpleDate(y, m, lastDay).iso))
    }
    if let w = Self.vagueMonthParts.first(in: text, at: k),
      !(Self.vagueMonthParts.words[w] == ["初"] && (k + 1 < text.count && (isDigit(k + 1) || Self.chineseDigit(text[k + 1]) != nil)))
    {
      return Expression(end: k + Self.vagueMonthParts.words[w].count, meaning: .vague)
    }
    // The day.
    if let (d, c) = smallNumber(at: k), k + c < text.count, text[k + c] == "日" || text[k + c] == "号" {
      p.day = d
      k += c + 1
    } else if !isDigit(k), let (d, c) = smallNumber(at: k), (1...31).contains(d), c >= 2, !isHanLetter(k + c) {
      // 四月十三: a Chinese day without 日, at a boundary.
      p.day = d
      k += c
    } else if isDigit(k), let (d, c) = digits(at: k, max: 2), (1...31).contains(d), !isDigit(k + c),
      k + c >= text.count || !(isHanLetter(k + c) && !["至", "到", "，"].contains(text[k + c])), !(k + c < text.count && ["%", ".", "点", ":"].contains(text[k + c]))
    {
      // 1月3, 十月31: a day without 日.
      p.day = d
      k += c
    }
    if p.day != nil {
      k = weekdaySuffix(after: k)
      k = parenthetical(after: k)
      k = time(after: k, into: &p)
    }
    if let inheriting, p.year == nil { p.year = inheriting.year }
    return Expression(end: k, meaning: .partial(p), hadYearWord: hadYear)
  }

  /// 上旬, 中旬, 下旬: their first and last day.
  static let partsOfMonth = WordList([("上旬", (1, 10)), ("中旬", (11, 20)), ("下旬", (21, 31))])
  /// 月初, 月底 …: parts of a month reported without a value.
  static let vagueMonthParts = WordList(["月初", "月中", "月底", "月末", "底", "初", "末"].map { ($0, ()) })
  /// 年初, 年底 … after a year (the span alone), and those that stand alone.
  static let vagueYearParts = WordList(["年初", "年中", "年底", "年末", "初", "底", "末"].map { ($0, ()) })
  static let vagueYearPartsAlone = WordList(["年初", "年底", "年末"].map { ($0, ()) })
  /// What may come before 年初 or 年底 standing alone (较年初, 截至年底).
  static let beforeVagueYearParts = ScalarSet("较至到于在从自截将".unicodeScalars)
  /// What may follow 五一 for it to be the holiday (五一假期, 五一劳动节).
  static let afterMayDay = ScalarSet("假期劳小黄长".unicodeScalars)

  /// 后年 in 建成后年发电量, 本年 in 日本年号: the characters belong to other words.
  static let yearWordFollowers = ScalarSet("产发均销收营增用运度平总出进生利接客吞".unicodeScalars)
  static let yearWordPredecessors = ScalarSet("产成建达投完竣交".unicodeScalars)
  static let prepositions = ScalarSet("在于至到和与及的".unicodeScalars)

  func yearWordIsPartOfAnother(_ w: [Unicode.Scalar], at k: Int) -> Bool {
    guard w.count == 2 else { return false }
    let next = k + 2
    if w[0] == "后" || w[0] == "前" || w[0] == "上" || w[0] == "下" {
      if next < text.count && Self.yearWordFollowers[text[next]] { return true }
      if k > 0 && Self.yearWordPredecessors[text[k - 1]] { return true }
    }
    if w[0] == "本" && k > 0 && isHanLetter(k - 1) && !Self.prepositions[text[k - 1]] { return true }
    return false
  }

  /// 週一, 星期六 right after a date (10月6日週一).
  func weekdaySuffix(after i: Int) -> Int {
    guard let ww = weekWord(at: i), i + ww < text.count, Self.weekday(text[i + ww]) != nil else { return i }
    return i + ww + 1
  }

  func rocYear(at i: Int) -> (Int, Int)? {
    if isDigit(i), let (n, c) = digits(at: i, max: 3), c >= 2, !isDigit(i + c) { return (n + 1911, c) }
    var k = i
    var n = 0
    while k < text.count, let d = Self.chineseDigit(text[k]), k - i < 3 {
      n = n * 10 + d
      k += 1
    }
    if k - i >= 2 { return (n + 1911, k - i) }
    // 一百一十二
    return nil
  }

  func monthNumber(at i: Int) -> (Int, Int)? {
    if word("正", at: i) { return nil }  // 正月: lunar
    guard let (m, c) = smallNumber(at: i), (1...12).contains(m) else { return nil }
    if isDigit(i) && i > 0 && (isDigit(i - 1) || text[i - 1] == ".") { return nil }
    return (m, c)
  }

  func monthNumberLoose(at i: Int) -> (Int, Int)? {
    guard let (m, c) = smallNumber(at: i), (1...12).contains(m) else { return nil }
    return (m, c)
  }

  func monthAhead(at i: Int) -> Bool {
    if let (m, c) = smallNumber(at: i), (1...12).contains(m), i + c < text.count, text[i + c] == "月" { return true }
    return false
  }

  static let periodWords: [[Unicode.Scalar]] = [
    "上半年", "下半年", "第", "一季", "二季", "三季", "四季", "首季", "前", "后", "年初", "年底", "年末", "底", "度", "初", "末", "全年",
  ].map { Array($0.unicodeScalars) }

  func periodAhead(at i: Int) -> Bool {
    Self.periodWords.contains { word($0, at: i) }
  }

  /// 上半年, 第三季度, 一季度, Q3, 前三季度, 前7个月, 年底 (vague), 全年, after an optional year.
  static let periodStarts = ScalarSet(Array("上下半前后首第Q一二三四1234本这当年初底末".unicodeScalars))
  static let relativeQuarters = WordList([
    ("上上个季度", -2), ("上个季度", -1), ("上一季度", -1), ("上季度", -1), ("本季度", 0), ("这个季度", 0), ("当季", 0),
    ("下下个季度", 2), ("下个季度", 1), ("下一季度", 1), ("下季度", 1),
  ])

  func yearPeriod(at i: Int, year: Int?, explicitYear: Bool) -> Expression? {
    guard i < text.count, Self.periodStarts[text[i]] else { return nil }
    let k = i
    func quarterRange(_ first: Int, _ last: Int, end: Int) -> Expression {
      guard let y = year else { return Expression(end: end, meaning: .unresolved) }
      let lastMonth = last * 3
      return Expression(
        end: end,
        meaning: .range(
          start: SimpleDate(y, first * 3 - 2, 1).iso, end: SimpleDate(y, lastMonth, SimpleDate.daysIn(y, lastMonth)).iso))
    }
    if word("上半年", at: k) { return quarterRange(1, 2, end: k + 3) }
    if explicitYear && word("半年度", at: k) { return quarterRange(1, 2, end: k + 3) }
    if word("下半年", at: k) { return quarterRange(3, 4, end: k + 3) }
    // 前三季度, 前两个季度, 前7个月
    if text.indices.contains(k), text[k] == "前" || text[k] == "后" || text[k] == "首" {
      let fromStart = text[k] != "后"
      var j = k + 1
      if let (n, c) = smallNumber(at: j) {
        j += c
        if j < text.count && text[j] == "个" { j += 1 }
        if word("季度", at: j) || word("季", at: j), (1...4).contains(n) {
          let end = j + (word("季度", at: j) ? 2 : 1)
          return fromStart ? quarterRange(1, n, end: end) : quarterRange(5 - n, 4, end: end)
        }
        if text.indices.contains(j), text[j] == "月", (1...12).contains(n), explicitYear || (fromStart && text[j - 1] == "个" && n >= 2) {
          guard let y = year else { return Expression(end: j + 1, meaning: .unresolved) }
          let (a, b) = fromStart ? (1, n) : (13 - n, 12)
          return Expression(end: j + 1, meaning: .range(start: SimpleDate.month(y, a), end: SimpleDate.month(y, b)))
        }
      }
    }
    // 上个季度, 本季度, 下下个季度: relative to the reference's quarter.
    if !explicitYear {
      if let w = Self.relativeQuarters.first(in: text, at: k) {
        let offset = Self.relativeQuarters.values[w]
        let end = k + Self.relativeQuarters.words[w].count
        guard let reference else { return Expression(end: end, meaning: .unresolved) }
        var index = reference.year * 4 + (reference.month - 1) / 3 + offset
        let y = index / 4
        index %= 4
        let firstMonth = index * 3 + 1
        return Expression(
          end: end,
          meaning: .range(start: SimpleDate(y, firstMonth, 1).iso, end: SimpleDate(y, firstMonth + 2, SimpleDate.daysIn(y, firstMonth + 2)).iso))
      }
    }
    // Quarters: 第三季度, 一季度, 第3季, 首季度, Q3(季度)
    var quarter: Int?
    var j = k
    if text.indices.contains(j) && text[j] == "第" { j += 1 }
    if word("首季", at: j) {
      quarter = 1
      j += 2
    } else if text.indices.contains(j), text[j] == "Q", isDigit(j + 1), let (q, _) = digits(at: j + 1, max: 1), (1...4).contains(q),
      !(j > 0 && text[j - 1].isASCIILetter)
    {
      quarter = q
      j += 2
      if word("季度", at: j) { j += 2 }
    } else if let (q, c) = smallNumber(at: j), (1...4).contains(q), word("季", at: j + c), !word("季报", at: j + c) {
      quarter = q
      j += c + 1
    }
    if let q = quarter {
      if word("度", at: j) { j += 1 }
      if text.indices.contains(j) && (text[j] == "末" || text[j] == "初") { return Expression(end: j + 1, meaning: .vague) }
      return quarterRange(q, q, end: j)
    }
    if explicitYear {
      if let w = Self.vagueYearParts.first(in: text, at: k) {
        return Expression(end: k + Self.vagueYearParts.words[w].count, meaning: .vague)
      }
    } else if k == i, !(k > 0 && (isDigit(k - 1) || isHanLetter(k - 1) && !Self.beforeVagueYearParts[text[k - 1]])) {
      // 年初, 年底 on their own (较年初, 截至年底): the span, no value.
      if Self.vagueYearPartsAlone.first(in: text, at: k) != nil {
        return Expression(end: k + 2, meaning: .vague)
      }
    }
    return nil
  }

  // MARK: Holidays

  enum Holiday {
    case solar(Int, Int)
    case lunar(Int, Int)
    /// The eve of the lunar new year: the day before the next 春节.
    case lunarEve
    /// The n-th `weekday` (1 = Monday) of a month.
    case nthWeekday(month: Int, weekday: Int, n: Int)
    /// A solar term (节气), by its number from 小寒 (0) to 冬至 (23).
    case solarTerm(Int)
  }

  /// The day of solar term `n` (0 = 小寒 … 23 = 冬至) in year y, 1900-2099, by the usual
  /// formula (day = ⌊Y·0.2422 + C⌋ − ⌊L/4⌋, Y the year in its century, L = Y, or Y − 1 for the
  /// terms of January and February; C by term and century) and its corrections for single
  /// years: facts of astronomy, no table of dates.
  static func solarTermDate(_ n: Int, in y: Int) -> SimpleDate? {
    guard (1900...2099).contains(y), (0..<24).contains(n) else { return nil }
    let c20: [Double] = [
      6.11, 20.84, 4.6295, 19.4599, 6.3826, 21.4155, 5.59, 20.888, 6.318, 21.86, 6.5, 22.2, 7.928, 23.65, 8.35, 23.95, 8.44,
      23.822, 9.098, 24.218, 8.218, 23.08, 7.9, 22.6,
    ]
    let c21: [Double] = [
      5.4055, 20.12, 3.87, 18.73, 5.63, 20.646, 4.81, 20.1, 5.52, 21.04, 5.678, 21.37, 7.108, 22.83, 7.5, 23.13, 7.646, 23.042,
      8.318, 23.438, 7.438, 22.36, 7.18, 21.94,
    ]
    let corrections: [Int: [Int: Int]] = [
      0: [1982: 1, 2019: -1], 1: [2082: 1], 3: [2026: -1], 5: [2084: 1], 8: [1911: 1], 9: [2008: 1], 10: [1902: 1],
      11: [1928: 1], 12: [1925: 1, 2016: 1], 13: [1922: 1], 14: [2002: 1], 16: [1927: 1], 17: [1942: 1], 19: [2089: 1],
      20: [2089: 1], 21: [1978: 1], 22: [1954: 1], 23: [1918: -1, 2021: -1],
    ]
    let year = y % 100
    let c = y >= 2000 ? c21[n] : c20[n]
    // The terms of January and February count leap days up to the year before.
    let leaps = n < 4 ? (year - 1) / 4 : year / 4
    let day = Int(Double(year) * 0.2422 + c) - leaps + (corrections[n]?[y] ?? 0)
    return SimpleDate(y, n / 2 + 1, day)
  }

  static let holidays: [(String, Holiday)] = [
    ("阳历新年", .solar(1, 1)), ("元旦节", .solar(1, 1)), ("元旦", .solar(1, 1)), ("情人节", .solar(2, 14)),
    ("圣瓦伦丁节", .solar(2, 14)), ("妇女节", .solar(3, 8)), ("植树节", .solar(3, 12)), ("国际消费者权益日", .solar(3, 15)),
    ("三一五", .solar(3, 15)), ("愚人节", .solar(4, 1)), ("五一国际劳动节", .solar(5, 1)), ("国际劳动节", .solar(5, 1)),
    ("劳动节", .solar(5, 1)), ("青年节", .solar(5, 4)), ("国际儿童节", .solar(6, 1)), ("儿童节", .solar(6, 1)),
    ("建党节", .solar(7, 1)), ("香港回归纪念日", .solar(7, 1)), ("建军节", .solar(8, 1)), ("教师节", .solar(9, 10)),
    ("国庆节", .solar(10, 1)), ("国庆", .solar(10, 1)), ("双十国庆", .solar(10, 10)), ("双十节", .solar(10, 10)),
    ("万圣节", .solar(10, 31)), ("双十一", .solar(11, 11)), ("双11", .solar(11, 11)), ("光棍节", .solar(11, 11)),
    ("双十二", .solar(12, 12)), ("双12", .solar(12, 12)), ("澳门回归纪念日", .solar(12, 20)), ("平安夜", .solar(12, 24)),
    ("圣诞节", .solar(12, 25)), ("圣诞", .solar(12, 25)), ("春节", .lunar(1, 1)), ("元宵节", .lunar(1, 15)),
    ("元宵", .lunar(1, 15)), ("端午节", .lunar(5, 5)), ("端午", .lunar(5, 5)), ("七夕", .lunar(7, 7)),
    ("中秋节", .lunar(8, 15)), ("中秋", .lunar(8, 15)), ("重阳节", .lunar(9, 9)), ("重阳", .lunar(9, 9)),
    ("腊八节", .lunar(12, 8)), ("除夕", .lunarEve), ("大年三十", .lunarEve), ("清明节", .solarTerm(6)), ("清明", .solarTerm(6)),
    ("母亲节", .nthWeekday(month: 5, weekday: 7, n: 2)), ("父亲节", .nthWeekday(month: 6, weekday: 7, n: 3)),
    ("感恩节", .nthWeekday(month: 11, weekday: 4, n: 4)),
    // Solar terms, but those that are also words of the weather (雨水, 大雪, 小雪, 大寒, 小寒) or
    // begin others (小满意).
    ("立春", .solarTerm(2)), ("惊蛰", .solarTerm(4)), ("春分", .solarTerm(5)), ("谷雨", .solarTerm(7)), ("立夏", .solarTerm(8)),
    ("芒种", .solarTerm(10)), ("夏至", .solarTerm(11)), ("小暑", .solarTerm(12)), ("大暑", .solarTerm(13)),
    ("立秋", .solarTerm(14)), ("处暑", .solarTerm(15)), ("白露", .solarTerm(16)), ("秋分", .solarTerm(17)), ("寒露", .solarTerm(18)),
    ("霜降", .solarTerm(19)), ("立冬", .solarTerm(20)), ("冬至", .solarTerm(23)),
  ]

  static let holidayFirsts = ScalarSet(holidayWords.words.map { $0[0] } + ["五"])

  func holiday(at i: Int, year: Int?) -> Expression? {
    guard i < text.count, Self.holidayFirsts[text[i]] else { return nil }
    var best: (length: Int, holiday: Holiday)?
    if let w = Self.holidayWords.longest(in: text, at: i) {
      best = (Self.holidayWords.words[w].count, Self.holidayWords.values[w])
    } else if word("五一", at: i), i + 2 >= text.count || !isHanLetter(i + 2) || Self.afterMayDay[text[i + 2]] {
      // 五一 on its own only before 假期 and the like (五一路 is a street).
      best = (2, .solar(5, 1))
    }
    guard let (length, initial) = best else { return nil }
    var h = initial
    let end = i + length
    // 國慶 in Taiwan text is 10-10.
    if taiwan, case .solar(10, 1) = h { h = .solar(10, 10) }
    func date(in y: Int) -> SimpleDate? {
      switch h {
      case .solar(let m, let d): return SimpleDate(y, m, d)
      case .lunar(let m, let d):
        return ChineseCalendar.gregorianDate(lunarYearStartingIn: y, month: m, day: d).map { SimpleDate($0.year, $0.month, $0.day) }
      case .lunarEve:
        // The eve in calendar year y: the day before that year's 春节 (今年除夕).
        return ChineseCalendar.gregorianDate(lunarYearStartingIn: y, month: 1, day: 1).map {
          SimpleDate($0.year, $0.month, $0.day).adding(days: -1)
        }
      case .nthWeekday(let m, let weekday, let n):
        let first = SimpleDate(y, m, 1)
        let offset = (weekday - first.weekday + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))
      case .solarTerm(let n):
        return Self.solarTermDate(n, in: y)
      }
    }
    let resolved: SimpleDate?
    if let year {
      resolved = date(in: year)
    } else if let reference {
      resolved = [reference.year - 1, reference.year, reference.year + 1].compactMap(date(in:)).min {
        abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber)
      }
    } else {
      return Expression(end: end, meaning: .unresolved)
    }
    guard let resolved else { return Expression(end: end, meaning: .vague) }
    return Expression(end: end, meaning: .partial(Partial(year: resolved.year, month: resolved.month, day: resolved.day)))
  }
}

extension DateScanner.Meaning {
  var isRangeLike: Bool {
    if case .range = self { return true }
    return false
  }
}

/// Words tried in turn at a position (in the order listed): each split into scalars once, and
/// a bitmap of their first characters that turns away most positions before any is compared.
struct WordList<Value: Sendable>: Sendable {
  let words: [[Unicode.Scalar]]
  let values: [Value]
  private let firsts: ScalarSet

  init(_ list: [(String, Value)]) {
    words = list.map { Array($0.0.unicodeScalars) }
    values = list.map(\.1)
    firsts = ScalarSet(words.compactMap(\.first))
  }

  /// The first word listed that occurs at i and that `accept` takes (by its index).
  @inline(__always)
  func first(in text: [Unicode.Scalar], at i: Int, where accept: (Int) -> Bool = { _ in true }) -> Int? {
    guard i >= 0, i < text.count, firsts[text[i]] else { return nil }
    for w in words.indices where text.hasWord(words[w], at: i) && accept(w) { return w }
    return nil
  }

  /// The longest word that occurs at i (the first listed among equals).
  func longest(in text: [Unicode.Scalar], at i: Int) -> Int? {
    guard i >= 0, i < text.count, firsts[text[i]] else { return nil }
    var best: Int?
    for w in words.indices where words[w].count > (best.map { words[$0].count } ?? 0) && text.hasWord(words[w], at: i) {
      best = w
    }
    return best
  }
}
