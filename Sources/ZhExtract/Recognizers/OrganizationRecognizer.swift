import ZhText

/// Finds government bodies, courts, parties' committees, universities and institutes, media,
/// associations and exchanges (type `organization`), from `lexicons/organizations.tsv`:
///
/// - names news uses whole: 国务院, 新华社, 港交所, 美联储, 欧洲央行;
/// - a name and the word bodies end with: 納雍縣人民政府, 雄安新区管理委员会, 贵州大学,
///   贵州日报, 中国汽车工业协会, 上海证券交易所 (the name read as a company's is: its left edge at
///   a function word, a verb, a title or punctuation);
/// - a department and an office, after an optional place and prefix: 貴州省科技廳, 省文旅厅,
///   国家统计局, 市发改委, 省委宣传部.
///
/// A place inside such a name belongs to the organisation (the pipeline keeps the longer
/// mention). `normalized.name` is the name as written, in Simplified script.
public struct OrganizationRecognizer: EntityRecognizer {
  /// Always `.organization`.
  public let kind = Entity.Kind.organization

  /// The organisation recogniser.
  public init() {}

  static let words: [String: [[Unicode.Scalar]]] = {
    var lists: [String: [[Unicode.Scalar]]] = [:]
    EmbeddedData.forEachRecord("lexicons/organizations.tsv") { _, fields in
      if fields.count == 2 { lists[String(fields[0]), default: []].append(Array(fields[1].unicodeScalars)) }
    }
    return lists
  }()

  static let names = NameTrie((words["name"] ?? []).map { ($0, []) })

  /// Longest first, so 人民代表大会常务委员会 wins over 委员会.
  static let suffixes = (words["suffix"] ?? []).sorted { $0.count > $1.count }
  static let suffixEnds = ScalarSet(suffixes.map { $0.last! })
  static let departments = (words["department"] ?? []).sorted { $0.count > $1.count }
  static let offices = ScalarSet((words["office"] ?? []).map { $0[0] })
  static let prefixes = (words["prefix"] ?? []).sorted { $0.count > $1.count }
  static let notAfterOffice = ScalarSet(Array("门分署位件队落面势限托屈婉公理法学事案员".unicodeScalars))

  /// Names before a suffix that make a generic mention: 各级人民政府, 当地政府, 这所大学.
  static let notAfterSuffix = ScalarSet(Array("城生路街站区长".unicodeScalars))
  static let genericWords = [
    "上级", "下级", "下列", "上述", "以下", "地方", "所在", "公营", "公立", "私立", "民营", "大型", "综合", "主要", "新建", "部分",
    "重点", "知名", "著名", "一流", "顶尖", "海外", "境外", "国外", "外国",
  ].map { Array($0.unicodeScalars) }
  static let generic = ScalarSet(Array("该本这那各全多几每其有相当我你他她它哪某此".unicodeScalars))

  /// The organisations in `input`.
  public func entities(in input: RecognitionText) -> [Entity] {
    let text = input.matchable
    // Whole names.
    var found = Self.names.matches(in: text, where: { $0.count >= 2 }).map(\.range)
    // Names ending with a suffix or an office.
    var e = 0
    while e < text.count {
      defer { e += 1 }
      let c = text[e]
      if Self.suffixEnds[c], let range = suffixName(text, endingAt: e + 1) {
        found.append(range)
      } else if Self.offices[c], let range = departmentName(text, endingAt: e + 1) {
        found.append(range)
      }
    }
    guard !found.isEmpty else { return [] }
    // Overlaps: the longer wins (贵州省人民政府 over a whole name inside it).
    found.sort { ($0.count, -$0.lowerBound) > ($1.count, -$1.lowerBound) }
    var taken = IntervalSet()
    var entities: [Entity] = []
    for range in found where !taken.overlaps(range) {
      taken.insert(range)
      var n = Entity.Normalized()
      n.name = input.simplified(range)
      entities.append(input.entity(.organization, range, n))
    }
    return entities.sorted { $0.start < $1.start }
  }

  /// A name ending with the longest suffix that ends at `end`: at least two characters of
  /// name before it, not a generic mention.
  func suffixName(_ text: [Unicode.Scalar], endingAt end: Int) -> Range<Int>? {
    guard let suffix = Self.suffixes.first(where: { $0.count <= end && text.hasWord($0, at: end - $0.count) }) else {
      return nil
    }
    let suffixStart = end - suffix.count
    // 大学城, 大学生, 协会长: the suffix begins a longer word.
    if end < text.count, Self.notAfterSuffix[text[end]] { return nil }
    // The name is read as a company's is, at most 16 characters back; it needs two.
    let bound = max(0, suffixStart - 16)
    let start = CompanyRecognizer.nameStart(in: text, before: suffixStart, after: bound)
    // A name still going at the bound has no certain left edge.
    guard start > bound || bound == 0, suffixStart - start >= 2, text[start].isHan || text[start].isASCIILetter,
      !Self.generic[text[start]],
      !Self.genericWords.contains(where: { text.hasWord($0, at: start) })
    else { return nil }
    return start..<end
  }

  /// A department and an office ending at `end` (科技 + 厅), with what precedes them: a prefix
  /// (省, 国家, 省委) and a place (贵州省).
  func departmentName(_ text: [Unicode.Scalar], endingAt end: Int) -> Range<Int>? {
    let officeStart = end - 1
    guard let department = Self.departments.first(where: { $0.count <= officeStart && text.hasWord($0, at: officeStart - $0.count) })
    else { return nil }
    var start = officeStart - department.count
    // 部门, 局面, 委托, 办理: the office character starts a word, no office.
    if end < text.count, Self.notAfterOffice[text[end]] { return nil }
    if let prefix = Self.prefixes.first(where: { $0.count <= start && text.hasWord($0, at: start - $0.count) }) {
      start -= prefix.count
    }
    if let place = placeEnding(at: start, in: text) { start = place }
    // A department and office alone (教育局, 发改委) name a body too.
    return start..<end
  }

  /// The start of a known place that ends at `end`, if any (贵州省 before 科技厅).
  func placeEnding(at end: Int, in text: [Unicode.Scalar]) -> Int? {
    let trie = PlaceGazetteer.shared.trie
    return text.withUnsafeBufferPointer { scalars in
      scalars.withMemoryRebound(to: UInt32.self) { buffer -> Int? in
        for s in max(0, end - 10)..<max(0, end - 1) {
          if let match = trie.longestMatch(in: buffer, at: s, limit: end), s + match.length == end { return s }
        }
        return nil
      }
    }
  }
}
