import ZhText

/// Finds company names by their structure: [place] + trade name + [industry words] +
/// organisational form (有限公司, 股份有限公司, 集團, 銀行, 電廠 …), with the left boundary at
/// punctuation or a word a name cannot contain (與, 和, 由, 在, a title before it).
///
/// Also finds the well-known companies of `lexicons/companies.txt` (华为, 台积电) by name, and a
/// short name declared in brackets after a full name (（以下简称“华为”）) wherever it is used, with
/// the full name in `fullName`. `normalized.name` is the name as written, in Simplified script.
/// Generic mentions (該公司, 子公司, 上市公司) are not companies.
public struct CompanyRecognizer: EntityRecognizer {
  /// Always `.company`.
  public let kind = Entity.Kind.company

  /// The company recogniser.
  public init() {}

  /// The words of `lexicons/company-words.tsv` of one kind (form, stop, stop-word, generic,
  /// institution), in file order.
  static func words(_ kind: String) -> [String] { wordLists[kind] ?? [] }

  private static let wordLists: [String: [String]] = {
    var lists: [String: [String]] = [:]
    EmbeddedData.forEachRecord("lexicons/company-words.tsv") { _, fields in
      if fields.count == 2 { lists[String(fields[0]), default: []].append(String(fields[1])) }
    }
    return lists
  }()

  /// Organisational forms; the longest one ending at a position wins.
  static let forms: [[Unicode.Scalar]] = words("form").map { Array($0.unicodeScalars) }
  static let formEnds = ScalarSet(forms.map { $0.last! })

  /// Characters a name never contains: function words and the verbs around names.
  static let stops = ScalarSet(words("stop").compactMap(\.unicodeScalars.first))

  /// Words a name never contains, met walking left from its form: titles and verbs after a
  /// person or a clause (总经理陈浩宏说，…), time words, and 公司 itself.
  static let stopWords: [[Unicode.Scalar]] = words("stop-word").map { Array($0.unicodeScalars) }

  /// 年, 月, 日, 号: after a numeral, a date before a name.
  static let dateEnds = ScalarSet(Array("年月日号".unicodeScalars))
  /// Classifiers: after a numeral they count what follows (三个公营医院, 两家银行), and a name
  /// starts after them.
  static let classifiers = ScalarSet(Array("个家所座间名位条项批只支户".unicodeScalars))
  /// Words of number before a classifier besides the numerals (两所, 几家, 数个, 多家).
  static let countWords = ScalarSet(Array("两几数多".unicodeScalars))

  /// The last characters of `stopWords`: most characters end none, and need no look.
  static let stopWordLasts = ScalarSet(stopWords.map { $0.last! })

  /// Names before a form that make a generic mention, not a company (该公司, 上市公司).
  static let generic = Set(words("generic"))

  /// Whether the words before a form make a generic mention: 该公司, 三级子公司, 7家上市公司.
  static func isGeneric(_ name: String) -> Bool {
    // 子公司, 三级子公司, 分公司 — but not 微电子公司.
    let branch = name.unicodeScalars.count <= 3 && "子分母孙".unicodeScalars.contains(name.unicodeScalars.last!)
      && !["电子", "原子", "量子", "分子", "种子"].contains { name.hasSuffix($0) }
    return generic.contains(name) || isCount(name) || branch
  }

  /// Officers' titles and the industry words that end a short name (宏聲電子董事長).
  static let titles: [[Unicode.Scalar]] = words("title").map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
  static let titleFirsts = ScalarSet(titles.map { $0[0] })
  static let industries: [[Unicode.Scalar]] = words("industry").map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

  /// Companies named by their short name before an officer's title, without a form: a trade
  /// name of two to four characters and an industry word (宏聲電子董事長陳明哲, 华澜科技总经理).
  static func namedByTheirOfficers(in text: [Unicode.Scalar], beside found: [Entity], _ input: RecognitionText) -> [Entity] {
    var result: [Entity] = []
    var lastEnd = 0
    var next = 0  // the next company already found
    var t = 0
    while t < text.count {
      defer { t += 1 }
      guard titleFirsts[text[t]], titles.contains(where: { text.hasWord($0, at: t) }),
        let industry = industries.first(where: { $0.count <= t && text.hasWord($0, at: t - $0.count) })
      else { continue }
      let industryStart = t - industry.count
      while next < found.count && found[next].end <= industryStart { lastEnd = max(lastEnd, found[next].end); next += 1 }
      // A company found already ends here or covers it (华为技术有限公司董事长).
      if next < found.count && found[next].start < t { continue }
      let bound = max(lastEnd, industryStart - 4)
      let start = nameStart(in: text, before: industryStart, after: bound)
      let name = text[start..<industryStart]
      // The name's left edge must be certain: the walk stopped before its bound, or punctuation,
      // a function word or the text's start is there.
      guard (2...4).contains(name.count), name.allSatisfy(\.isHan),
        start > bound || start == 0 || !text[start - 1].isHan || stops[text[start - 1]]
      else { continue }
      var n = Entity.Normalized()
      n.name = input.simplified(start..<t)
      guard !isGeneric(String(String.UnicodeScalarView(name))) else { continue }
      result.append(input.entity(.company, start..<t, n))
    }
    return result
  }

  /// Central banks and international development banks: organisations, not companies.
  static let institutions = words("institution")

  /// 7家, 另一家, 80多家: a count of companies, not a name.
  static func isCount(_ name: String) -> Bool {
    name.contains("家") && name.unicodeScalars.prefix { $0 != "家" }.contains { ($0 >= "0" && $0 <= "9") || "一二三四五六七八九十百千多几数".unicodeScalars.contains($0) }
  }

  /// A digit or a Chinese numeral, as in the date before 年/月/日.
  static func isNumeral(_ c: Unicode.Scalar) -> Bool {
    (c >= "0" && c <= "9") || (c >= "０" && c <= "９") || numerals[c]
  }

  static let numerals = ScalarSet("〇一二三四五六七八九十".unicodeScalars)

  /// The companies in `input`.
  public func entities(in input: RecognitionText) -> [Entity] {
    let text = input.matchable
    var found: [Entity] = []
    var aliases: [[Unicode.Scalar]: (name: String?, fullName: String?)] = [:]
    var i = 0
    var lastEnd = 0
    var previous: (start: Int, end: Int)?
    while i < text.count {
      guard Self.formEnds[text[i]] else {
        i += 1
        continue
      }
      // The longest form ending here.
      var best: Int?
      for form in Self.forms where form.count <= i + 1 && text.hasWord(form, at: i + 1 - form.count) {
        if best == nil || form.count > best! { best = form.count }
      }
      guard let formLength = best else {
        i += 1
        continue
      }
      var end = i + 1
      // Forms in a row are one name (集团控股有限公司): take the longest each time, across a
      // bracketed place (中国银行（英国）有限公司).
      while true {
        var at = end
        if let close = Self.bracketedPlace(in: text, at: end) { at = close }
        // Nothing joins a name after 公司 (…集团有限公司控股 is a verb).
        guard !text.hasWord(Self.company, at: end - 2),
          let more = Self.forms.filter({ text.hasWord($0, at: at) }).max(by: { $0.count < $1.count })
        else { break }
        end = at + more.count
      }
      // A newspaper (上海证券报), not a company; 报告, 报道 … are words after a name.
      if end < text.count && text[end] == "报"
        && (end + 1 == text.count || !"告道价名送表案称备批".unicodeScalars.contains(text[end + 1])) {
        i = end
        continue
      }
      let formStart = i + 1 - formLength
      var start = Self.nameStart(in: text, before: formStart, after: lastEnd)
      let nameLength = formStart - start
      let name = String(String.UnicodeScalarView(text[start..<formStart]))
      let full = input.simplified(start..<end)
      if nameLength >= 2, !Self.isGeneric(name), !Self.institutions.contains(where: { full.hasSuffix($0) }) {
        // A name right after another company's (中国旅游集团中免股份有限公司) is one name.
        if let last = previous, last.end == start {
          found.removeLast()
          start = last.start
        }
        previous = (start, end)
        var n = Entity.Normalized()
        n.name = input.simplified(start..<end)  // start may have moved to the joined name
        found.append(input.entity(.company, start..<end, n))
        lastEnd = end
        if let alias = Self.alias(in: text, after: end) {
          var a = Entity.Normalized()
          a.name = input.simplified(alias)
          a.fullName = n.name
          found.append(input.entity(.company, alias, a))
          aliases[Array(text[alias])] = (a.name, a.fullName)
          previous = nil
          lastEnd = alias.upperBound
          i = alias.upperBound
          continue
        }
      }
      i = end
    }
    // Later mentions of a short name given in brackets are companies too: one pass over the
    // text for all of them, the longest at each position.
    if !aliases.isEmpty {
      let taken = IntervalSet(found.map { $0.start..<$0.end })
      var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
      for alias in aliases.keys.sorted(by: { $0.count > $1.count || ($0.count == $1.count && $0.lexicographicallyPrecedes($1, by: { $0.value < $1.value })) }) {
        byFirst[alias[0], default: []].append(alias)
      }
      var k = 0
      while k < text.count {
        guard let options = byFirst[text[k]],
          let alias = options.first(where: { text.hasWord($0, at: k) && !taken.overlaps(k..<(k + $0.count)) }),
          let names = aliases[alias]
        else {
          k += 1
          continue
        }
        var n = Entity.Normalized()
        n.name = names.name
        n.fullName = names.fullName
        found.append(input.entity(.company, k..<(k + alias.count), n))
        k += alias.count
      }
      found.sort { $0.start < $1.start }
    }
    // Companies news names without a form (华为, 台积电), where no name was found.
    let named = IntervalSet(found.map { $0.start..<$0.end })
    var known: [Entity] = []
    for match in Self.known.matches(in: text, where: { !Self.continuesLatin(text, $0.lowerBound, $0.upperBound) })
    where !named.overlaps(match.range) {
      var n = Entity.Normalized()
      n.name = input.simplified(match.range)
      let full = Self.known.value(match.value)
      if !full.isEmpty { n.fullName = full }
      known.append(input.entity(.company, match.range, n))
    }
    if !known.isEmpty {
      found += known
      found.sort { $0.start < $1.start }
    }
    let officers = Self.namedByTheirOfficers(in: text, beside: found, input)
    if !officers.isEmpty {
      found += officers
      found.sort { $0.start < $1.start }
    }
    if !found.isEmpty {
      let listed = Self.listed(in: text, beside: found, input)
      if !listed.isEmpty {
        found += listed
        found.sort { $0.start < $1.start }
      }
    }
    return found
  }

  /// Where a name ending at `formStart` begins, walking left over Han characters, Latin
  /// letters, digits and bracketed places until a character or word no name contains, a date,
  /// or `lastEnd` (the end of the name before). Shared with ``OrganizationRecognizer``.
  static func nameStart(in text: [Unicode.Scalar], before formStart: Int, after lastEnd: Int) -> Int {
    var start = formStart
    var steps = 0
    while start > lastEnd && steps < 20 {
      let c = text[start - 1]
      if c == "）" || c == ")" {
        // （中国）, (深圳) inside a name.
        guard let open = text[max(lastEnd, start - 6)..<start].lastIndex(where: { $0 == "（" || $0 == "(" }),
          start - 1 - (open + 1) >= 2,
          text[(open + 1)..<(start - 1)].allSatisfy({ $0.isHan && !Self.stops[$0] })
        else { break }
        start = open
        steps += 1
        continue
      }
      let han = c.isHan
      // A date before the name (2019年, 6月17日): 年/月/日 after a digit ends the walk.
      if Self.dateEnds[c], start >= 2, Self.isNumeral(text[start - 2]) { break }
      if Self.classifiers[c], start >= 2, Self.isNumeral(text[start - 2]) || Self.countWords[text[start - 2]] {
        break
      }
      let latin = c.isASCIILetter || (c >= "0" && c <= "9")
      // 据 is a stop (据悉), except in 数据.
      let inWord = c == "据" && start >= 2 && text[start - 2] == "数"
      guard (han && (!Self.stops[c] || inWord)) || latin else { break }
      if Self.stopWordLasts[c], Self.stopWords.contains(where: { $0.count <= start && text.hasWord($0, at: start - $0.count) }) {
        break
      }
      start -= 1
      steps += 1
    }
    return start
  }

  /// 公司, after which no further form joins a name.
  static let company = Array("公司".unicodeScalars)

  /// The end of a bracketed place at `position` (（英国）, (深圳)): 2 to 4 Han characters.
  static func bracketedPlace(in text: [Unicode.Scalar], at position: Int) -> Int? {
    guard position < text.count, text[position] == "（" || text[position] == "(" else { return nil }
    var k = position + 1
    while k < text.count && k - position <= 5 && text[k].isHan && !stops[text[k]] {
      k += 1
    }
    guard k - position - 1 >= 2, k < text.count, text[k] == "）" || text[k] == ")" else { return nil }
    return k + 1
  }

  /// The names of lexicons/companies.txt, in Simplified script, each with its full name (or
  /// nothing) as value: those found anywhere, and those marked "list", companies only in a list
  /// of companies. The file is read once for both.
  static let (known, inLists): (NameTrie, NameTrie) = {
    var known: [(name: [Unicode.Scalar], value: [Unicode.Scalar])] = []
    var inLists: [(name: [Unicode.Scalar], value: [Unicode.Scalar])] = []
    EmbeddedData.forEachRecord("lexicons/companies.txt") { _, fields in
      // The value is the full name, where the file gives one.
      let entry = (Array(fields[0].unicodeScalars), fields.count > 1 ? Array(fields[1].unicodeScalars) : [])
      if fields.count > 2 && fields[2] == "list" { inLists.append(entry) } else { known.append(entry) }
    }
    return (NameTrie(known), NameTrie(inLists))
  }()

  /// Names that are also words (小米, 京东), taken where a list joins them to a company found:
  /// 华为、小米、OPPO; 阿里巴巴、京东、拼多多. A list of them alone names none.
  static func listed(in text: [Unicode.Scalar], beside found: [Entity], _ input: RecognitionText) -> [Entity] {
    let candidates = inLists.matches(in: text)
    guard !candidates.isEmpty else { return [] }
    let named = IntervalSet(found.map { $0.start..<$0.end })
    // A candidate is taken when a company, found or taken, sits next to it across a 、. Each
    // one taken may vouch for its neighbours in turn (华为、小米、京东): a work list over the
    // candidates' ends, so a list of any length costs one visit per name.
    var byStart: [Int: Int] = [:]
    var byEnd: [Int: Int] = [:]
    for (n, c) in candidates.enumerated() {
      byStart[c.range.lowerBound] = n
      byEnd[c.range.upperBound] = n
    }
    var taken = [Bool](repeating: false, count: candidates.count)
    var work: [Int] = []
    func vouch(_ n: Int?) {
      guard let n, !taken[n], !named.overlaps(candidates[n].range) else { return }
      taken[n] = true
      work.append(n)
    }
    for e in found {
      if e.end < text.count && text[e.end] == "、" { vouch(byStart[e.end + 1]) }
      if e.start >= 2 && text[e.start - 1] == "、" { vouch(byEnd[e.start - 1]) }
    }
    while let n = work.popLast() {
      let r = candidates[n].range
      if r.upperBound < text.count && text[r.upperBound] == "、" { vouch(byStart[r.upperBound + 1]) }
      if r.lowerBound >= 2 && text[r.lowerBound - 1] == "、" { vouch(byEnd[r.lowerBound - 1]) }
    }
    var result: [Entity] = []
    for (n, c) in candidates.enumerated() where taken[n] {
      var normalized = Entity.Normalized()
      normalized.name = input.simplified(c.range)
      let full = inLists.value(c.value)
      if !full.isEmpty { normalized.fullName = full }
      result.append(input.entity(.company, c.range, normalized))
    }
    return result
  }

  /// Whether `range` of `text` is part of a longer Latin word (LG in LGBT, TCL in TCLS).
  static func continuesLatin(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    func isLatin(_ c: Unicode.Scalar) -> Bool { c.isASCIILetter || (c >= "0" && c <= "9") }
    return (start > 0 && isLatin(text[start]) && isLatin(text[start - 1]))
      || (end < text.count && isLatin(text[end - 1]) && isLatin(text[end]))
  }

  static let aliasOpeners: [[Unicode.Scalar]] = ["以下简称", "下称", "简称"].map { Array($0.unicodeScalars) }

  /// The span of a short name in brackets right after a full name: （台積電）, （以下简称“华澜新材”）,
  /// （下稱「智達科技」）.
  static func alias(in text: [Unicode.Scalar], after end: Int) -> Range<Int>? {
    guard end < text.count, text[end] == "（" || text[end] == "(" else { return nil }
    var k = end + 1
    for opener in aliasOpeners where text.hasWord(opener, at: k) {
      k += opener.count
      break
    }
    if k < text.count && (text[k] == "“" || text[k] == "「" || text[k] == "\"") { k += 1 }
    let start = k
    while k < text.count && k - start <= 8 {
      let c = text[k]
      guard c.isHan || c.isASCIILetter || (c >= "0" && c <= "9") else { break }
      k += 1
    }
    guard k - start >= 2, k < text.count, "”」\"）),，".unicodeScalars.contains(text[k]) else { return nil }
    return start..<k
  }
}
