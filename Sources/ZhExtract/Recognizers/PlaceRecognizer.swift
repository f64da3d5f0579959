import ZhText

/// Finds places and links them to their codes: China's administrative divisions (GB/T 2260,
/// with level and parents), Hong Kong, Macao and Taiwan, countries (ISO 3166-1) and major
/// foreign cities, and the regions news names (粤港澳大湾区, 长三角, 东南亚).
///
/// Adjacent names that form one path (浙江杭州, 佛山市南海区) are one entity, normalised to the
/// most specific. A name several divisions share (朝阳, 鼓楼区) is resolved by the path it is on,
/// else by the province the article mentions most, and keeps the other readings in
/// `alternatives`. Province abbreviations (川、渝、黔; 滇川黔; 来黔) count only in lists and after
/// verbs of motion.
public struct PlaceRecognizer: EntityRecognizer {
  /// Always `.place`.
  public let kind = Entity.Kind.place

  /// The place recogniser, over the embedded gazetteers.
  public init() {}

  /// The places in `input`.
  public func entities(in input: RecognitionText) -> [Entity] {
    let gazetteer = PlaceGazetteer.shared
    let text = input.matchable
    var found: [(range: Range<Int>, value: Int)] = []
    var i = 0
    text.withUnsafeBufferPointer { scalars in
      scalars.withMemoryRebound(to: UInt32.self) { buffer in
      while i < buffer.count {
        // Every name and abbreviation starts with a Han character (the gazetteers hold no other).
        // One bit of the pair filter turns away most positions (a test of the first character
        // alone would pass half the Han characters, and mispredict as often).
        guard buffer[i] >= 0x3400, i + 1 < buffer.count, gazetteer.mayStartName(buffer[i], buffer[i + 1]),
          let match = gazetteer.trie.longestMatch(in: buffer, at: i, limit: buffer.count), match.length >= 2
        else {
          if gazetteer.abbreviationSet[text[i]], let abbreviation = gazetteer.abbreviation(in: text, at: i) {
            found.append((i..<(i + 1), -1 - abbreviation))  // an entry, not a trie value
          }
          i += 1
          continue
        }
        // 其中东京都: a longer name starting inside this one and running past it wins.
        let end = i + match.length
        var overtaken = false
        for j in (i + 1)..<end where j + 1 < buffer.count && gazetteer.mayStartName(buffer[j], buffer[j + 1]) {
          if let other = gazetteer.trie.longestMatch(in: buffer, at: j, limit: buffer.count),
            other.length > match.length, j + other.length > end
          {
            overtaken = true
            break
          }
        }
        // 大理石, 凤凰卫视: a word that begins with the name and is no place.
        if overtaken || PlaceGazetteer.wordsBeginningWithNames.contains(where: { text.hasWord($0, at: i) })
          || PlaceGazetteer.namesInNames.contains(where: { i >= $0.offset && text.hasWord($0.word, at: i - $0.offset) })
        {
          i += 1
          continue
        }
        found.append((i..<end, match.value))
        i = end
      }
      }
    }
    guard !found.isEmpty else { return SuffixPlaces.find(in: input, known: []) }
    // Most forms name one entry: `single` gives it without an array; `entries` lists several.
    func single(_ value: Int) -> Int { value < 0 ? -1 - value : Int(gazetteer.singleEntry[value]) }
    func entries(_ value: Int) -> [Int] { value < 0 ? [-1 - value] : gazetteer.entriesByValue[value] }
    func isContextual(_ value: Int) -> Bool { value >= 0 && gazetteer.contextualValues[value] }
    // The province the article is about: votes of the unambiguous divisions.
    var votes = Votes()
    for f in found {
      // Names that are also words do not vote (安康 in 幸福安康 must not vouch for itself).
      let e = single(f.value)
      if e < 0 || isContextual(f.value) { continue }
      let p = gazetteer.provinceOf[e]
      if p >= 0 { votes[Int(p)] += 1 }
    }
    var entities: [Entity] = []
    var k = 0
    while k < found.count {
      var range = found[k].range
      // Several candidates only for a shared name; else `chosen` alone.
      var chosen = single(found[k].value)
      var candidates: [Int] = []
      if chosen < 0 {
        candidates = entries(found[k].value)
        chosen = gazetteer.choose(candidates, votes: votes)
      }
      let firstValue = found[k].value
      // A path: each next name adjacent and below the last. A site (a landmark, a zone) is no
      // step of a path: 東城區 王府井 and 深圳 前海 are two mentions.
      while k + 1 < found.count, found[k + 1].range.lowerBound == range.upperBound {
        let next = single(found[k + 1].value)
        let below: Int?
        if next >= 0 {
          below = gazetteer.continuesPath(chosen, with: next) ? next : nil
        } else {
          below = entries(found[k + 1].value).first { gazetteer.continuesPath(chosen, with: $0) }
        }
        guard let below else { break }
        range = range.lowerBound..<found[k + 1].range.upperBound
        chosen = below
        candidates = []
        k += 1
      }
      if gazetteer.opensCompanyName(text, range) {
        k += 1
        continue
      }
      // 安康 in 幸福安康: a contextual name needs its province named elsewhere in the article.
      // Without it, a region of the same name (南海, the sea) is what is meant, or nothing. A
      // name that is also a region needs more: the division's own parent named (佛山 for 南海区),
      // since an article about the sea names the provinces on its shores.
      if range == found[k].range && isContextual(found[k].value) {
        let province = gazetteer.provinceOf[chosen]
        let all = candidates.isEmpty ? [chosen] : candidates
        let sharedWithRegion = all.contains { gazetteer.isRegion[$0] } && !gazetteer.isRegion[chosen]
        let parent = Int(gazetteer.parentOf[chosen])
        // 南海海域, 南海伏季休渔, 南海问题: words of the sea after the name settle it.
        let seaFollows = sharedWithRegion && PlaceGazetteer.seaWords.contains { text.hasWord($0, at: range.upperBound) }
        let named =
          sharedWithRegion
          ? parent >= 0 && found.contains { single($0.value) == parent } && !seaFollows
          : province >= 0 && votes[Int(province)] > 0
        if !named {
          guard let region = all.first(where: { gazetteer.isRegion[$0] }) else {
            k += 1
            continue
          }
          chosen = region
          candidates = []
        }
      }
      let former = firstValue >= 0 && gazetteer.formerValues[firstValue]
      let ambiguous = candidates.count > 1 && !gazetteer.choiceWasClear(candidates, votes: votes)
      if !former && !ambiguous {
        // The entry's own normalised form, shared by all its mentions and rendered once.
        entities.append(
          Entity(
            type: .place, text: input.original(range), start: range.lowerBound, end: range.upperBound,
            shared: gazetteer.normalized[chosen]))
        k += 1
        continue
      }
      var n = gazetteer.normalized[chosen].box.value
      if former { n.formerName = input.simplified(found[k].range) }
      if ambiguous { n.alternatives = candidates.filter { $0 != chosen }.map { gazetteer.all[$0].name } }
      entities.append(input.entity(.place, range, n))
      k += 1
    }
    return SuffixPlaces.find(in: input, known: entities)
  }
}

/// Places no gazetteer lists, known by the word that ends their name: towns and villages
/// (獅山鎮, 三家子村, 良渚街道) and sites (洋山港, 磨憨口岸, 苏州工业园区), from
/// Corpora/gazetteers/place-suffixes.tsv.
///
/// The name is what ICU's word breaker leaves as single characters right before the suffix (it
/// keeps the words it knows whole: 特色小镇, 重点镇 and 贫困村 name no place), two to four of
/// them, or a place the gazetteer knows (钦州港, 九江镇). A known place right before the name is
/// its parent, and the two are one entity (朝陽縣羊山鎮, 上海洋山港).
enum SuffixPlaces {
  struct Suffix {
    var scalars: [Unicode.Scalar]
    var level: String
    /// A port, airport or crossing: its name takes in the Chinese division before it.
    var joinsDivision: Bool
  }

  /// The suffixes, longest first, and the words before a suffix that are no name (货柜码头).
  static let (suffixes, notNames): ([Suffix], Set<[Unicode.Scalar]>) = {
    var list: [Suffix] = []
    var notNames = Set<[Unicode.Scalar]>()
    EmbeddedData.forEachRecord("gazetteers/place-suffixes.tsv") { _, fields in
      guard fields.count >= 2 else { return }
      if fields[1] == "not-name" {
        notNames.insert(Array(fields[0].unicodeScalars))
      } else {
        list.append(Suffix(
          scalars: Array(fields[0].unicodeScalars), level: String(fields[1]), joinsDivision: fields.count > 2 && fields[2] == "joined"))
      }
    }
    return (list.sorted { $0.scalars.count > $1.scalars.count }, notNames)
  }()

  /// The suffixes by their last character (镇, 港, 区 ...: rarer than their first, 开, 国, 新),
  /// longest first: `suffixGroups[lastGroup[c]]`, or -1 when no suffix ends with c.
  static let (lastGroup, suffixGroups): (ScalarTable<Int8>, [[Suffix]]) = {
    var groups: [[Suffix]] = []
    var index: [Unicode.Scalar: Int] = [:]
    for suffix in suffixes {
      let last = suffix.scalars.last!
      if let i = index[last] {
        groups[i].append(suffix)
      } else {
        index[last] = groups.count
        groups.append([suffix])
      }
    }
    return (ScalarTable(default: -1, index.map { ($0.key, Int8($0.value)) }), groups)
  }()

  /// The next-to-last characters of the suffixes of two or more, and for each group whether it
  /// holds a suffix of one character (镇, 港).
  static let penultimates = ScalarSet(suffixes.filter { $0.scalars.count >= 2 }.map { $0.scalars[$0.scalars.count - 2] })
  static let groupHasSingle: [Bool] = suffixGroups.map { $0.contains { $0.scalars.count == 1 } }

  /// Single characters that end a name going left: function words, classifiers, demonstratives,
  /// verbs of motion and the suffixes of divisions.
  static let stops = ScalarSet(Array("的了在和与及或等是为对从向把被也都就而将到至于由个座家些只该本全各每这那其此同邻近有无不已又再更很最共约镇乡村港位去来赴抵往经过入出进离回返住驻留".unicodeScalars))

  /// Characters that make 港 Hong Kong, not a port: 沪深港通, 中港, 内港.
  static let notBeforePort = ScalarSet(Array("沪深粤京津渝中内两陆台澳港穗".unicodeScalars))
  static let notAfterPort = ScalarSet(Array("通股元币澳台人资企交府".unicodeScalars))

  static let nameLength = 2...4

  /// The levels of China's divisions, which join a site named after them into one mention.
  static let divisionLevels: Set<String> = ["province", "prefecture", "county"]

  static func find(in input: RecognitionText, known: [Entity]) -> [Entity] {
    let text = input.matchable
    var result: [Entity] = []
    result.reserveCapacity(known.count)
    var next = 0  // the next known entity not yet copied to result
    var scanned = 0  // where the last suffix found ends
    // The tables in locals: a static is looked up through its initialiser's guard at each use.
    let lastGroup = Self.lastGroup
    let suffixGroups = Self.suffixGroups
    let penultimates = Self.penultimates
    let hasSingle = Self.groupHasSingle
    var e = -1
    while true {
      // The next character that ends a suffix: one table look per character of the text.
      e += 1
      let group = text.withUnsafeBufferPointer { buffer in
        while e < buffer.count {
          let g = Int(lastGroup[buffer[e]])
          // 地区, 知道: the character before rules out every longer suffix (开发区, 街道).
          if g >= 0 && (hasSingle[g] || (e > 0 && penultimates[buffer[e - 1]])) { return g }
          e += 1
        }
        return -1
      }
      guard group >= 0 else { break }
      // The longest suffix ending at e, clear of known places and of the last suffix.
      guard let suffix = suffixGroups[group].first(where: { e + 1 >= $0.scalars.count && text.hasWord($0.scalars, at: e + 1 - $0.scalars.count) })
      else { continue }
      let q = e + 1
      let p = q - suffix.scalars.count
      guard p >= scanned else { continue }
      while next < known.count && known[next].end <= p {
        result.append(known[next])
        next += 1
      }
      if next < known.count && known[next].start < q { continue }
      scanned = q
      let previousEnd = result.last?.end ?? 0
      let beforeLast = result.count >= 2 ? result[result.count - 2] : nil
      if let place = place(
        text, input, suffix: suffix, at: p, end: q, after: previousEnd, last: result.last, beforeLast: beforeLast)
      {
        // The place takes in the entities it joins (its parent, a known name).
        while let last = result.last, last.start >= place.start { result.removeLast() }
        result.append(place)
      }
    }
    result.append(contentsOf: known[next...])
    return result
  }

  /// The place ending with `suffix` at p..<end, if its name can be read. `last` is the entity
  /// before it, `beforeLast` the one before that.
  static func place(
    _ text: [Unicode.Scalar], _ input: RecognitionText, suffix: Suffix, at p: Int, end q: Int, after previousEnd: Int,
    last: Entity?, beforeLast: Entity?
  ) -> Entity? {
    let single = suffix.scalars.count == 1
    if suffix.scalars == ["港"] {
      if q < text.count && notAfterPort[text[q]] { return nil }
    }
    // The name: a known place right before the suffix, or single characters.
    var nameStart = p
    var parent: Entity?
    var before = last  // what may precede the name
    if let airport = airport(text, input, suffix: suffix, at: p, end: q, after: last) { return airport }
    if let last, last.end == p {
      // 九江镇: a town named like a known place (its parent is what precedes the name: 九江镇
      // of 南海区 is not in 九江市). A port named after one (钦州港) stays that place, with its
      // code (an airport is a site of its own: 浦东机场).
      guard suffix.level == "township", isShortForm(last, input) else { return nil }
      nameStart = last.start
      before = beforeLast
    } else {
      let windowStart = max(previousEnd, p - 5)
      // The two characters before the suffix must be able to start a name before ICU is asked.
      guard p - 2 >= windowStart, text[p - 1].isHan, !stops[text[p - 1]], text[p - 2].isHan, !stops[text[p - 2]]
      else { return nil }
      let windowEnd = min(text.count, q + 1)
      let ends = WordBoundaries.ends(in: text[windowStart..<windowEnd]).map { $0 + windowStart }
      // ICU must end a word right before the suffix, and (for one character) right after it:
      // 农村, 乡镇 and 港口 are words, not names.
      guard ends.contains(p), !single || ends.contains(q) else { return nil }
      var k = p
      while k > windowStart {
        let wordStart = ends.last(where: { $0 < k }) ?? windowStart
        guard k - wordStart == 1, text[wordStart].isHan, !stops[text[wordStart]] else { break }
        if suffix.scalars == ["港"] && notBeforePort[text[wordStart]] { return nil }
        k = wordStart
      }
      // A run of single characters reaching the window's start has no certain edge.
      guard nameLength.contains(p - k), k > windowStart || k == previousEnd, !notNames.contains(Array(text[k..<p]))
      else { return nil }
      nameStart = k
    }
    // A known place right before the name is the parent. A town and its division are one
    // entity, as a path of divisions is (朝陽縣羊山鎮); so are a Chinese division and a port or
    // airport named with it (上海洋山港). A zone's city (重庆 两江新区) and a country before a
    // port abroad (越南 錦普碼頭) stay mentions of their own.
    var start = nameStart
    if let before, before.end == nameStart, before.start < nameStart {
      parent = before
      if suffix.level == "township" || (suffix.joinsDivision && SuffixPlaces.divisionLevels.contains(before.normalized?.level ?? "")) {
        start = before.start
      }
    }
    var n = Entity.Normalized()
    n.name = input.simplified(nameStart..<q)
    n.level = suffix.level
    if let parent, let pn = parent.normalized, let name = pn.name {
      n.parents = (pn.parents ?? []) + [name]
    }
    return input.entity(.place, start..<q, n)
  }

  /// Words between a city and 机场 that make no airport's name (北京新建机场).
  static let notAirportNames: Set<[Unicode.Scalar]> = Set(
    ["新建", "扩建", "改建", "建设", "修建", "兴建", "规划", "计划", "拟建", "投资", "运营", "管理", "各大", "主要", "国际", "民用", "军用"]
      .map { Array($0.unicodeScalars) })

  /// An airport named with its Chinese city (成都天府国际机场, 深圳宝安国际机场, 浦东机场): the
  /// city, up to four characters of name (words ICU knows too: 天府, 首都) and 机场, one site.
  static func airport(
    _ text: [Unicode.Scalar], _ input: RecognitionText, suffix: Suffix, at p: Int, end q: Int, after last: Entity?
  ) -> Entity? {
    guard suffix.scalars.last == "场", let last, let ln = last.normalized, let city = ln.name,
      divisionLevels.contains(ln.level ?? ""), (1...4).contains(p - last.end) || p == last.end
    else { return nil }
    let name = text[last.end..<p]
    guard name.allSatisfy({ $0.isHan && !stops[$0] }), !notAirportNames.contains(Array(name)) else { return nil }
    var n = Entity.Normalized()
    n.name = input.simplified(last.start..<q)
    n.level = suffix.level
    n.parents = (ln.parents ?? []) + [city]
    return input.entity(.place, last.start..<q, n)
  }

  /// Whether a known place is written in a short form (钦州 for 钦州市), which can begin a
  /// longer name; a full name (钦州市) cannot.
  static func isShortForm(_ entity: Entity, _ input: RecognitionText) -> Bool {
    guard let name = entity.normalized?.name, entity.end - entity.start >= 2 else { return false }
    return input.simplified(entity.start..<entity.end) != name && entity.normalized?.level != "country"
  }
}

/// How often an article names each province (by its two-digit code) unambiguously.
struct Votes {
  private var counts = [Int](repeating: 0, count: 100)
  subscript(province: Int) -> Int {
    get { counts[province] }
    set { counts[province] = newValue }
  }
}

/// The places zhkit knows, from Corpora/gazetteers (divisions, countries, regions), built once.
final class PlaceGazetteer: Sendable {
  static let shared = PlaceGazetteer()

  struct Entry: Sendable {
    var name: String
    var code: String?
    var level: String
    var parent: Int?
    /// The two-digit province code of a Chinese division.
    var province: Int?
  }

  let all: [Entry]
  /// For each entry, its normalised form: name, code, level and the canonical names above it,
  /// nearest last (贵州省 for 毕节市), shared by its mentions.
  let normalized: [SharedNormalized]
  /// For each trie value: the entries the form names, whether it is also a common word, and
  /// whether it is a former name (reported with `formerName`).
  let entriesByValue: [[Int]]
  /// For each trie value, its one entry, or -1 when it names several.
  let singleEntry: [Int32]
  /// Per entry, without touching `all` (whose strings would be retained and released at each
  /// look): the two-digit province code or -1, the parent or -1, the level's rank, and whether
  /// it is a region.
  let provinceOf: [Int8]
  let parentOf: [Int32]
  let rankOf: [Int8]
  let isRegion: [Bool]
  let isSite: [Bool]
  let isCity: [Bool]
  let contextualValues: [Bool]
  let formerValues: [Bool]
  /// Surface forms → the value "i,j" listing the entries they name.
  let trie: ScalarTrie
  /// Single-character province abbreviations → entry.
  let abbreviations: ScalarTable<Int32>
  /// The first two characters of every form (16 KB): most positions in a text start no name,
  /// and one bit test tells so faster than walking the trie.
  private let pairs: PairFilter

  /// Whether some form may start with `a` and `b` (false: none does).
  @inline(__always)
  func mayStartName(_ a: UInt32, _ b: UInt32) -> Bool { pairs.mayContain(a, b) }

  /// Short forms that are also common words, never read as places on their own.
  static let notPlaces: Set<String> = [
    "和平", "长安", "新城", "城关", "东区", "南区", "北区", "西区", "中区", "城区", "郊区", "矿区", "新区", "市中", "城中", "城东",
    "城西", "城南", "城北", "合作", "安宁", "长寿", "新华", "友谊", "开发", "高新",
    "河口", "红旗", "向阳", "胜利", "建设", "前进", "文化", "团结", "东风", "龙华", "青山", "西部",
    "东部", "中部", "北部", "南部", "东兴", "太平", "东城", "西城", "普陀", "桥东", "桥西", "铁东", "铁西", "新市", "复兴", "兴隆",
    "资源", "通道", "港口", "大方", "新建", "延长", "振兴", "新社", "天长", "福安", "大厂", "新兴", "长治", "平山", "丰都", "合山",
    "永和", "中和", "大安", "信义", "中山区", "仁爱", "安乐", "七星", "中正", "大同区", "龙泉", "新华区", "红星", "和顺",
    // Words of news text before they are places: 中方表示, 中西部, 公安机关, 共同富裕, 解放军, 大关.
    "中方", "中西", "公安", "南部", "友好", "古城", "同心", "安定", "安居", "宏伟", "富裕", "富民", "工农", "平原", "清水", "爱民",
    "牡丹", "老城", "芙蓉", "莲花", "解放", "高明", "麒麟", "龙门", "龙潭", "山上", "上街", "平和", "仁德", "民权", "民乐", "观音",
    "大关", "共和", "开化", "前锋", "元宝", "三元", "华龙", "温泉", "将军", "博爱", "大观", "兰西", "天台", "子长", "比如", "新星",
    "灯塔", "任县",
  ]

  /// Words that begin with a place's name and are no place (marble, a broadcaster).
  static let wordsBeginningWithNames: [[Unicode.Scalar]] = [
    "大理石", "凤凰卫视", "凤凰网", "凤凰新闻", "中山装", "兴业银行", "兴业证券", "东北部", "东北风", "东北虎", "东北方向",
    "东北面", "东北角", "东北侧", "东北方",
  ].map { Array($0.unicodeScalars) }

  /// Names of people that hold a place's name, with where it starts in them (孙中山).
  static let namesInNames: [(word: [Unicode.Scalar], offset: Int)] = [("孙中山", 1)]
    .map { (Array($0.0.unicodeScalars), $0.1) }

  /// Words that follow a sea's name, not a district's (南海海域, 南海伏季休渔, 南海局势).
  static let seaWords: [[Unicode.Scalar]] = [
    "海域", "伏季", "休渔", "诸岛", "岛礁", "局势", "问题", "争端", "仲裁", "航行", "舰", "海上", "沿岸", "周边", "海底", "油气",
  ].map { Array($0.unicodeScalars) }

  /// Names that are also common words (安康, 长安, 和平): places only when the article names
  /// other places in the same province.
  static let contextual: Set<String> = [
    "安康", "长安", "南海", "和平", "新城", "黄山", "东方", "江南", "光明", "平安", "永安", "太平", "白云", "普陀", "宝山", "金山",
    "太和", "方正", "石门", "凤凰", "东海", "离岛", "双峰", "三门", "崇仁", "无为", "南湖", "青阳", "德格", "西夏", "点军", "阿里",
    "噶尔", "永定", "淡水", "三峡", "北区", "东区", "南区",
  ]

  /// Words that end a company's name: a place right before them (with a trade name between,
  /// no punctuation) starts the company's name, not a place mention.
  static let companyEnds: [[Unicode.Scalar]] = [
    "有限公司", "有限责任公司", "股份公司", "集团", "公司", "银行", "证券", "保险", "株式会社", "电厂", "工厂", "研究院", "商会", "协会",
  ].map { Array($0.unicodeScalars) }

  /// The first characters of `companyEnds`.
  static let companyEndStarts = ScalarSet(companyEnds.map { $0[0] })

  /// Characters that end the search for a company form: function words and verbs, which names
  /// do not contain.
  static let notInNames = ScalarSet(Array("的了在和与等将是为对从向把被也都就而及或设立投购收签省".unicodeScalars))

  /// Whether the place at `range` opens a company's name (北京吉能新能源科技有限公司).
  func opensCompanyName(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    var j = range.upperBound
    guard j < text.count, !Self.notInNames[text[j]], text[j].isHan || text[j].isASCII
    else { return false }
    let limit = min(text.count, range.upperBound + 16)
    while j < limit {
      let c = text[j]
      if Self.notInNames[c] { return false }
      let han = c.isHan
      let latin = c.isASCIILetter || (c >= "0" && c <= "9")
      guard han || latin || c == "（" || c == "）" || c == "(" || c == ")" else { return false }
      guard Self.companyEndStarts[c] else {
        j += 1
        continue
      }
      for end in Self.companyEnds where j + end.count <= text.count && text[j..<(j + end.count)].elementsEqual(end) {
        // At least one character of trade name between the place and the form, and the name
        // the company recogniser reads reaches back to the place (美国电动汽车制造商特斯拉公司:
        // the name is 特斯拉公司, 美国 stays a place).
        return j > range.upperBound
          && CompanyRecognizer.nameStart(in: text, before: j, after: range.lowerBound) <= range.lowerBound
      }
      j += 1
    }
    return false
  }

  private init() {
    var all: [Entry] = []
    // Forms as scalars (hashing Strings would normalise each), in the order first met: trie
    // values follow it.
    var formNumbers: [[Unicode.Scalar]: Int] = [:]
    var formOrder: [[Unicode.Scalar]] = []
    var formEntries: [[Int]] = []
    var formerForms = Set<[Unicode.Scalar]>()
    func add(_ form: String, _ index: Int) {
      let scalars = Array(form.unicodeScalars)
      guard scalars.count >= 2 else { return }
      if let number = formNumbers[scalars] {
        if !formEntries[number].contains(index) { formEntries[number].append(index) }
      } else {
        formNumbers[scalars] = formOrder.count
        formOrder.append(scalars)
        formEntries.append([index])
      }
    }
    // Divisions: code, name, level, parent code, short forms.
    var byCode: [String: Int] = [:]
    var byName: [String: Int] = [:]
    var pendingParents: [(Int, String)] = []
    for division in Division.all {
      let index = all.count
      let province = division.code.isEmpty ? nil : Int(division.code.prefix(2))
      all.append(Entry(
        name: division.name, code: division.code.isEmpty ? nil : division.code, level: division.level.rawValue, parent: nil,
        province: province))
      if !division.code.isEmpty { byCode[division.code] = index } else { byName[division.name] = index }
      if !division.parentCode.isEmpty { pendingParents.append((index, division.parentCode)) }
      add(division.name, index)
      for form in division.formerNames where !Self.notPlaces.contains(form) {
        add(form, index)
        formerForms.insert(Array(form.unicodeScalars))
      }
      for form in division.shortForms where !Self.notPlaces.contains(form) {
        add(form, index)
        if division.name.hasSuffix("自治州") { add(form + "州", index) }  // 黔东南州
      }
    }
    // Parents by code, or by name for the districts of Hong Kong, Macao and Taiwan.
    for (index, parent) in pendingParents { all[index].parent = byCode[parent] ?? byName[parent] }
    // Countries and their cities.
    EmbeddedData.forEachRecord("gazetteers/countries.tsv") { _, fields in
      guard fields.count >= 5 else { return }
      let index = all.count
      all.append(Entry(name: String(fields[1]), code: String(fields[0]), level: "country", parent: nil, province: nil))
      add(String(fields[1]), index)
      for other in fields[2].split(separator: ",") { add(String(other), index) }
      // China's own cities are its divisions (北京 is 北京市, with its code), not cities abroad.
      for city in ([fields[3]] + fields[4].split(separator: ",")) where !city.isEmpty && fields[0] != "CN" {
        let names = city.split(separator: "|").map(String.init)
        let cityIndex = all.count
        all.append(Entry(name: names[0], code: nil, level: "city", parent: index, province: nil))
        for name in names { add(name, cityIndex) }
      }
    }
    // First-level divisions abroad (加利福尼亚州, 北海道), level province, in their country.
    var countryIndex: [Substring: Int] = [:]
    for (index, entry) in all.enumerated() where entry.level == "country" {
      if let code = entry.code { countryIndex[Substring(code)] = index }
    }
    EmbeddedData.forEachRecord("gazetteers/foreign-divisions.tsv") { _, fields in
      guard fields.count >= 2, let country = countryIndex[fields[0]] else { return }
      let index = all.count
      all.append(Entry(name: String(fields[1]), code: nil, level: "province", parent: country, province: nil))
      add(String(fields[1]), index)
      if fields.count > 2 { for other in fields[2].split(separator: ",") { add(String(other), index) } }
    }
    // Regions.
    EmbeddedData.forEachRecord("gazetteers/regions.tsv") { _, fields in
      let index = all.count
      all.append(Entry(name: String(fields[0]), code: nil, level: "region", parent: nil, province: nil))
      add(String(fields[0]), index)
      if fields.count > 1 { for other in fields[1].split(separator: ",") { add(String(other), index) } }
    }
    // Sites: landmarks, neighbourhoods, rivers, mountains, straits, in the division (by code or
    // name) or the country (by ISO code) they lie in.
    var divisionByName: [String: Int] = [:]
    var countryByCode: [String: Int] = [:]
    for (index, entry) in all.enumerated() {
      if entry.level == "country", let code = entry.code { countryByCode[code] = index }
      if entry.level != "country" && entry.level != "city" && entry.level != "region" && divisionByName[entry.name] == nil {
        divisionByName[entry.name] = index
      }
    }
    EmbeddedData.forEachRecord("gazetteers/sites.tsv") { _, fields in
      let index = all.count
      let place = fields.count > 2 ? String(fields[2]) : ""
      let parent = place.isEmpty ? nil : byCode[place] ?? countryByCode[place] ?? divisionByName[place]
      // Neighbourhoods are townships (三里屯, 尖沙咀); landmarks, zones, rivers are sites.
      let level = fields.count > 3 && !fields[3].isEmpty ? String(fields[3]) : "site"
      all.append(Entry(name: String(fields[0]), code: nil, level: level, parent: parent, province: parent.flatMap { all[$0].province }))
      add(String(fields[0]), index)
      if fields.count > 1 { for other in fields[1].split(separator: ",") { add(String(other), index) } }
    }
    // Each form's value in the trie is numbered in insertion order: the tables below follow it.
    var trie = ScalarTrie()
    var entriesByValue: [[Int]] = []
    var contextualValues: [Bool] = []
    var formerValues: [Bool] = []
    let contextual = Set(Self.contextual.map { Array($0.unicodeScalars) })
    for (form, indices) in zip(formOrder, formEntries) {
      let before = trie.count
      trie.insert(form, value: EmptyCollection())
      guard trie.count > before else { continue }
      entriesByValue.append(indices)
      contextualValues.append(contextual.contains(form))
      formerValues.append(formerForms.contains(form))
    }
    self.all = all
    self.trie = trie
    self.pairs = PairFilter(hashBits: 17, formOrder.map { ($0[0], $0[1]) })
    self.entriesByValue = entriesByValue
    self.singleEntry = entriesByValue.map { $0.count == 1 ? Int32($0[0]) : -1 }
    self.normalized = all.map { entry in
      var n = Entity.Normalized()
      n.name = entry.name
      n.code = entry.code
      n.level = entry.level
      var parents: [String] = []
      var p = entry.parent
      while let q = p, parents.count < 4 {
        parents.insert(all[q].name, at: 0)
        p = all[q].parent
      }
      if !parents.isEmpty { n.parents = parents }
      return SharedNormalized(n)
    }
    self.provinceOf = all.map { Int8($0.province ?? -1) }
    self.parentOf = all.map { Int32($0.parent ?? -1) }
    self.rankOf = all.map { Int8(Self.levelRank[$0.level, default: 4]) }
    self.isRegion = all.map { $0.level == "region" }
    self.isSite = all.map { $0.level == "site" }
    self.isCity = all.map { $0.level == "city" }
    self.contextualValues = contextualValues
    self.formerValues = formerValues
    // Province abbreviations.
    let abbreviations: [(Unicode.Scalar, String)] = [
      ("京", "110000"), ("津", "120000"), ("沪", "310000"), ("渝", "500000"), ("冀", "130000"), ("晋", "140000"),
      ("辽", "210000"), ("苏", "320000"), ("浙", "330000"), ("皖", "340000"), ("闽", "350000"), ("赣", "360000"),
      ("鲁", "370000"), ("豫", "410000"), ("鄂", "420000"), ("湘", "430000"), ("粤", "440000"), ("桂", "450000"),
      ("琼", "460000"), ("川", "510000"), ("蜀", "510000"), ("贵", "520000"), ("黔", "520000"), ("滇", "530000"),
      ("藏", "540000"), ("陕", "610000"), ("甘", "620000"), ("陇", "620000"), ("港", "810000"), ("澳", "820000"),
    ]
    self.abbreviations = ScalarTable<Int32>(
      default: -1, abbreviations.compactMap { c, code in byCode[code].map { (c, Int32($0)) } })
    // Countries written with one character after a verb of travel (赴英, 访美, 来华).
    let countries: [(Unicode.Scalar, String)] = [
      ("美", "US"), ("英", "GB"), ("法", "FR"), ("德", "DE"), ("俄", "RU"), ("日", "JP"), ("韩", "KR"), ("华", "CN"),
    ]
    self.countryAbbreviations = ScalarTable<Int32>(
      default: -1, countries.compactMap { c, code in countryByCode[code].map { (c, Int32($0)) } })
    self.abbreviationSet = ScalarSet(abbreviations.map(\.0) + countries.map(\.0))
  }

  /// Single characters for countries (美 for 美国), places only after a verb of travel.
  let countryAbbreviations: ScalarTable<Int32>
  static let travelVerbs = ScalarSet(Array("赴访驻抵来返".unicodeScalars))
  /// 在华, 对华, 输华: China is named so after more verbs.
  static let verbsBeforeChina = ScalarSet(Array("赴访驻抵来返在对输".unicodeScalars))
  /// Characters that make a word with a country's character before them (美元, 华人, 华东;
  /// 德国 is found whole before this is asked), and more after 日 (日期, 日前, 日报).
  static let notAfterCountry = ScalarSet(Array(
    "元股方联储债军籍人侨裔语东南西北中为夏润尔盛府丽文式食容术好律规院定官制商资".unicodeScalars))
  static let notAfterJapan = ScalarSet(Array("期常前后内益子报本程均间".unicodeScalars))

  /// The characters of `abbreviations`, as a bitmap tested at every character.
  let abbreviationSet: ScalarSet

  static let listMarks = ScalarSet(Array("、和与及".unicodeScalars))
  static let motionVerbs = ScalarSet(Array("来在赴入抵返回留离驻访".unicodeScalars))
  /// 京东, 沪深, 津贴: characters that make a word with an abbreviation before them.
  static let notAfterAbbreviation = ScalarSet(Array("东贴深莽流剧菜口台".unicodeScalars))

  /// A province abbreviation at i that context makes a place: in a list (川、渝、黔), in a run of
  /// abbreviations (滇川黔), or after a verb of motion (来黔, 赴粤).
  func abbreviation(in text: [Unicode.Scalar], at i: Int) -> Int? {
    let entry = abbreviations[text[i]]
    guard entry >= 0 else { return country(in: text, at: i) }
    func isAbbreviation(_ j: Int) -> Bool { j >= 0 && j < text.count && abbreviations[text[j]] >= 0 }
    let before = i > 0 ? text[i - 1] : " "
    let after = i + 1 < text.count ? text[i + 1] : " "
    let inList = (Self.listMarks[before] && before == "、" && isAbbreviation(i - 2))
      || (after == "、" && isAbbreviation(i + 2))
    // 滇川黔, 川渝, 港澳: two or more abbreviations in a row, the run not part of a longer word.
    let inRun = isAbbreviation(i - 1) || isAbbreviation(i + 1)
    let moving = i > 0 && Self.motionVerbs[before] && !Self.notAfterAbbreviation[after]
    return inList || inRun || moving ? Int(entry) : nil
  }

  /// A country's single character at i after a verb of travel (赴英, 访美, 来华, 在华).
  func country(in text: [Unicode.Scalar], at i: Int) -> Int? {
    let entry = countryAbbreviations[text[i]]
    guard entry >= 0, i > 0 else { return nil }
    let before = text[i - 1]
    let verbs = text[i] == "华" ? Self.verbsBeforeChina : Self.travelVerbs
    guard verbs[before] else { return nil }
    if i + 1 < text.count && (Self.notAfterCountry[text[i + 1]] || (text[i] == "日" && Self.notAfterJapan[text[i + 1]])) {
      return nil
    }
    return Int(entry)
  }

  /// Whether entry `next` continues a path that has reached `entry`: it lies below it and is
  /// no site (東城區 王府井 are two mentions), or it is a city of the country of a division
  /// abroad (得克萨斯州奥斯汀: the city, in its country).
  func continuesPath(_ entry: Int, with next: Int) -> Bool {
    if isSite[next] { return false }
    if isBelow(next, entry) { return true }
    return isCity[next] && provinceOf[entry] < 0 && parentOf[entry] >= 0 && parentOf[next] == parentOf[entry]
      && rankOf[entry] == 1
  }

  /// Whether entry a lies below entry b (its parent chain reaches b).
  func isBelow(_ a: Int, _ b: Int) -> Bool {
    var p = Int(parentOf[a])
    var steps = 0
    while p >= 0, steps < 5 {
      if p == b { return true }
      p = Int(parentOf[p])
      steps += 1
    }
    return false
  }

  static let levelRank: [String: Int] = ["country": 0, "province": 1, "region": 1, "prefecture": 2, "city": 2, "county": 3]

  /// Among entries sharing a name: the one in the province the article mentions most, then the
  /// higher level, then the first.
  func choose(_ candidates: [Int], votes: Votes) -> Int {
    guard candidates.count > 1 else { return candidates[0] }
    // A province's name (河北, 海南) is the province, whatever district shares it (河北区 of 天津).
    if let province = candidates.first(where: { rankOf[$0] == 1 && provinceOf[$0] >= 0 && parentOf[$0] < 0 }) {
      return province
    }
    return candidates.max { a, b in
      let va = provinceOf[a] >= 0 ? votes[Int(provinceOf[a])] : 0
      let vb = provinceOf[b] >= 0 ? votes[Int(provinceOf[b])] : 0
      if va != vb { return va < vb }
      if rankOf[a] != rankOf[b] { return rankOf[a] > rankOf[b] }
      return a > b
    }!
  }

  /// Whether the article's votes single out one of the candidates.
  func choiceWasClear(_ candidates: [Int], votes: Votes) -> Bool {
    let counts = candidates.map { provinceOf[$0] >= 0 ? votes[Int(provinceOf[$0])] : 0 }.sorted(by: >)
    return counts.count < 2 || counts[0] > counts[1]
  }
}
