import ZhText

/// Extracts an article's metadata and its entities from text: the library form of
/// `zhkit extract`.
///
/// ```swift
/// let extractor = Extractor()                       // create once, share between tasks
/// let document = extractor.extract(text, referenceDate: "2024-05-18")
/// let json = try DocumentEncoder().encode(document) // the contract's JSON
/// ```
///
/// A `Sendable` value: one instance serves any number of concurrent calls. Content never
/// throws; only bytes that are not text do (``extract(bytes:decoder:id:referenceDate:)``).
public struct Extractor: Sendable {
  /// The entity types to report.
  public let types: Set<Entity.Kind>
  private let recognizers: [any EntityRecognizer]
  private let normalizer = ArticleNormalizer()

  /// An extractor for `types` (default: all) using the built-in recognisers, or `recognizers`
  /// when given.
  public init(types: Set<Entity.Kind> = Set(Entity.Kind.allCases), recognizers: [any EntityRecognizer]? = nil) {
    self.types = types
    self.recognizers = (recognizers ?? Self.builtInRecognizers).filter { types.contains($0.kind) }
  }

  /// The recognisers zhkit ships.
  public static var builtInRecognizers: [any EntityRecognizer] {
    [MoneyRecognizer(), DateRecognizer(), PlaceRecognizer(), CompanyRecognizer(), OrganizationRecognizer()]
  }

  /// Extracts from decoded text. `referenceDate` (`YYYY-MM-DD`) overrides the article's own
  /// date for resolving relative dates.
  public func extract(_ text: String, id: JSONValue? = nil, referenceDate: String? = nil) -> Document {
    let original = Array(text.unicodeScalars)
    var view = original
    SimplifiedView.convert(&view)
    let lines = TextLines(original: original, view: view)
    let article = normalizer.normalize(lines)
    let census = ScriptCensus(text)
    let script = Self.script(of: census)
    let reference = referenceDate ?? article?.published.map { String($0.prefix(10)) } ?? article?.dateline?.date
    let input = RecognitionText(
      text: text, scalars: original, view: lines.view, referenceDate: reference, script: script, article: article)
    var candidates: [Entity] = []
    for recognizer in recognizers { candidates += recognizer.entities(in: input) }
    return Document(
      id: id, script: script, referenceDate: reference, article: article,
      entities: EntityMerger.merge(candidates))
  }

  /// Decodes `bytes` (UTF-8, UTF-16 with BOM, GB18030 or Big5, or as `decoder` says) and
  /// extracts from the text.
  public func extract(
    bytes: [UInt8], decoder: TextDecoder = TextDecoder(), id: JSONValue? = nil, referenceDate: String? = nil
  ) throws(ZhTextError) -> Document {
    extract(try decoder.decode(bytes), id: id, referenceDate: referenceDate)
  }

  /// traditional when nearly every script-specific character is Traditional, simplified when
  /// nearly every one is Simplified (or none is), mixed otherwise; none without Chinese.
  static func script(of census: ScriptCensus) -> Script {
    if census.han == 0 { return .none }
    let t = census.traditionalOnly
    let s = census.simplifiedOnly
    if t == 0 && s == 0 { return .simplified }
    if s * 10 <= t { return .traditional }
    if t * 10 <= s { return .simplified }
    return .mixed
  }

  /// Whether `date` is a valid `YYYY-MM-DD` date.
  public static func isValidDate(_ date: String) -> Bool {
    let parts = date.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1
    else { return false }
    let days = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= days[m - 1]
  }
}

/// Merges candidates from all recognisers into the contract's list: sorted by start, no
/// overlaps; where candidates overlap, the longer wins (a place inside a company's name is part
/// of the company), then the more specific type, then the earlier.
enum EntityMerger {
  static func rank(_ kind: Entity.Kind) -> Int {
    switch kind {
    case .company: 0
    case .organization: 1
    case .money: 2
    case .date: 3
    case .place: 4
    }
  }

  /// A candidate's place in the order by start, longer first: start and length packed into one
  /// integer, so that sorting compares integers, not entities.
  private struct Key {
    var key: UInt64
    var index: Int
  }

  static func merge(_ candidates: [Entity]) -> [Entity] {
    var keys: [Key] = []
    keys.reserveCapacity(candidates.count)
    for (index, e) in candidates.enumerated() where e.end > e.start {
      keys.append(Key(key: UInt64(e.start) << 32 | UInt64(UInt32.max - UInt32(clamping: e.end - e.start)), index: index))
    }
    // Each recogniser's list is mostly in order already: the sort meets a few sorted runs.
    keys.sort { $0.key < $1.key || ($0.key == $1.key && $0.index < $1.index) }
    var result: [Entity] = []
    result.reserveCapacity(keys.count)
    // Candidates overlap only in small clusters (a place inside a company's name, a date inside
    // a longer date): each cluster is settled on its own, which gives what settling all of them
    // together, longest first, would.
    var k = 0
    while k < keys.count {
      var clusterEnd = candidates[keys[k].index].end
      var j = k + 1
      while j < keys.count, candidates[keys[j].index].start < clusterEnd {
        clusterEnd = max(clusterEnd, candidates[keys[j].index].end)
        j += 1
      }
      if j == k + 1 {
        result.append(candidates[keys[k].index])
      } else {
        settle(keys[k..<j].map(\.index), of: candidates, into: &result)
      }
      k = j
    }
    return result
  }

  /// Takes from overlapping candidates the longer first, then the more specific type, then the
  /// earlier, each only if it overlaps none taken; appends them in order of start.
  private static func settle(_ cluster: [Int], of candidates: [Entity], into result: inout [Entity]) {
    let ordered = cluster.sorted { a, b in
      let x = candidates[a]
      let y = candidates[b]
      let la = x.end - x.start
      let lb = y.end - y.start
      if la != lb { return la > lb }
      let ra = rank(x.type)
      let rb = rank(y.type)
      if ra != rb { return ra < rb }
      if x.start != y.start { return x.start < y.start }
      return a < b
    }
    var taken: [Int] = []
    for k in ordered {
      let e = candidates[k]
      if !taken.contains(where: { candidates[$0].start < e.end && e.start < candidates[$0].end }) { taken.append(k) }
    }
    taken.sort { candidates[$0].start < candidates[$1].start }
    for k in taken { result.append(candidates[k]) }
  }
}

/// Disjoint intervals, sorted, for overlap checks.
struct IntervalSet {
  init() {}

  init(_ ranges: [Range<Int>]) {
    for range in ranges { insert(range) }
  }

  private var ranges: [Range<Int>] = []

  func overlaps(_ range: Range<Int>) -> Bool {
    // First interval whose end is after range's start.
    var lo = 0
    var hi = ranges.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if ranges[mid].upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    return lo < ranges.count && ranges[lo].lowerBound < range.upperBound
  }

  mutating func insert(_ range: Range<Int>) {
    var lo = 0
    var hi = ranges.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if ranges[mid].lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    ranges.insert(range, at: lo)
  }
}
