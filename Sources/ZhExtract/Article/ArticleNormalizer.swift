import ZhText

/// Finds an article's metadata in raw text as people paste or scrape it: title, site and
/// channel, publication time, source, reporters, editors, a news agency's dateline, the body
/// and its paragraphs, and the page furniture around it.
///
/// Patterns are matched on the Simplified view of the text (one set of patterns for both
/// scripts); what is reported is the original text at the same offsets.
struct ArticleNormalizer: Sendable {
  /// The article in `lines`, or nil when the text is not an article (a plain sentence).
  func normalize(_ lines: TextLines) -> Article? {
    let all = lines.lines
    let content = all.indices.filter { !all[$0].isBlank }
    guard content.count >= 2 else { return nil }

    var article = Article()
    var kinds = [LineKind](repeating: .text, count: all.count)
    for i in content { kinds[i] = classify(lines.view[all[i].contentStart..<all[i].contentEnd]) }

    // The body starts at the first paragraph: a long line with sentence punctuation, or one
    // that opens with a dateline.
    var bodyStart: Int?
    for i in content where kinds[i] == .text {
      let slice = lines.view[all[i].contentStart..<all[i].contentEnd]
      if Self.looksLikeParagraph(slice) || (Self.mayOpenWithDateline(slice) && Self.dateline(in: lines.matchContent(all[i])) != nil) {
        bodyStart = i
        break
      }
    }

    // Header: lines before the body.
    let headerEnd = bodyStart ?? all.count
    var titleCandidates: [Int] = []
    var metadataLine: Int?
    for i in content where i < headerEnd {
      let view = lines.matchContent(all[i])
      let original = lines.content(all[i])
      switch kinds[i] {
      case .boilerplate:
        if article.channel == nil, let channel = Self.channel(in: view, original: original) { article.channel = channel }
        continue
      case .editors:
        continue
      case .text:
        break
      }
      var isMetadata = false
      let slice = lines.view[all[i].contentStart..<all[i].contentEnd]
      if article.published == nil, slice.contains(where: { ("0"..."9").contains($0) }),
        let published = Self.publicationTime(in: view)
      {
        article.published = published
        isMetadata = true
      }
      if article.source == nil, Self.sourceLabels.contains(where: { Self.find($0, in: slice) != nil }),
        let source = Self.labelled(Self.sourcePattern, in: view, original: original)
      {
        article.source = source
        isMetadata = true
      }
      if Self.bylineLabels.contains(where: { Self.find($0, in: slice) != nil }),
        let reporters = Self.reporters(in: view, original: original, base: 0), !reporters.isEmpty
      {
        article.reporters = (article.reporters ?? []) + reporters
        isMetadata = true
      }
      if isMetadata {
        metadataLine = metadataLine ?? i
      } else if i == content.first, let (title, site) = Self.pageTitle(view: view, original: original) {
        article.site = site
        titleCandidates.append(i)
        article.title = title
      } else if all[i].length <= 60 && !Self.endsSentence(view) {
        titleCandidates.append(i)
      }
    }

    // Title: a line that repeats the page title (without its site), else the last title-like
    // line before the metadata, else the first title-like line.
    if article.title != nil {
      // Already set from the page title line.
    } else if let metadataLine, let last = titleCandidates.last(where: { $0 < metadataLine }) {
      article.title = Self.squeezeSpaces(lines.content(all[last]))
    } else if let first = titleCandidates.first, bodyStart != nil {
      article.title = Self.squeezeSpaces(lines.content(all[first]))
    }

    // Body: from the first paragraph to the last text line before the footer.
    if let bodyStart {
      var last = bodyStart
      var i = bodyStart + 1
      while i < all.count {
        if !all[i].isBlank {
          if kinds[i] != .text { break }
          last = i
        }
        i += 1
      }
      var bodyEnd = all[last].contentEnd
      // （編輯：林淑媛）1130305 closing the last paragraph: editors, not body.
      let tailStart = max(all[last].contentStart, all[last].contentEnd - 40)
      let tailView = lines.matchText(tailStart, all[last].contentEnd)
      if tailView.contains("编"), let note = tailView.firstMatch(of: Self.bracketedEditorPattern) {
        let noteStart = tailStart + tailView.scalarOffset(of: note.range.lowerBound)
        if noteStart > all[last].contentStart {
          let names = Self.names(in: tailView, original: lines.text(tailStart, all[last].contentEnd), range: note.output[1].range!)
          if !names.isEmpty { article.editors = (article.editors ?? []) + names }
          bodyEnd = noteStart
          while bodyEnd > all[last].contentStart && TextLines.isSpace(lines.original[bodyEnd - 1]) { bodyEnd -= 1 }
        }
      }
      article.body = Span(start: all[bodyStart].contentStart, end: bodyEnd)
      article.paragraphs = (bodyStart...last).filter { !all[$0].isBlank }.map {
        Span(start: all[$0].contentStart, end: min(all[$0].contentEnd, bodyEnd))
      }
      // A dateline opens the body.
      let first = all[bodyStart]
      let head = first.contentStart..<min(first.contentEnd, first.contentStart + 60)
      if Self.mayOpenWithDateline(lines.view[head]), let found = Self.dateline(in: lines.matchText(head.lowerBound, head.upperBound)) {
        let start = first.contentStart + found.range.lowerBound
        let end = first.contentStart + found.range.upperBound
        article.dateline = Dateline(
          text: lines.text(start, end), start: start, end: end,
          agency: lines.text(first.contentStart + found.agency.lowerBound, first.contentStart + found.agency.upperBound),
          place: found.place.map { lines.text(first.contentStart + $0.lowerBound, first.contentStart + $0.upperBound) },
          date: Self.resolve(month: found.month, day: found.day, published: article.published))
        if !found.reporters.isEmpty {
          let names = found.reporters.map { lines.text(first.contentStart + $0.lowerBound, first.contentStart + $0.upperBound) }
          article.reporters = (article.reporters ?? []) + names
        }
      }
      // Reporters named in brackets at the start of the first paragraph or the end of the last:
      // (記者 馮倩).
      let ends = [
        first.contentStart..<min(first.contentEnd, first.contentStart + 60),
        max(all[last].contentStart, bodyEnd - 40)..<bodyEnd,
      ]
      for range in Set(ends).sorted(by: { $0.lowerBound < $1.lowerBound })
      where Self.find(Self.reporterLabel, in: lines.view[range]) != nil {
        let view = lines.matchText(range.lowerBound, range.upperBound)
        if let names = Self.bracketedReporters(in: view, original: lines.text(range.lowerBound, range.upperBound)), !names.isEmpty {
          article.reporters = (article.reporters ?? []) + names
        }
      }
    }

    // Editors and the footer's metadata, anywhere after the header.
    for i in content where kinds[i] == .editors {
      let names = Self.editors(in: lines.matchContent(all[i]), original: lines.content(all[i]))
      if !names.isEmpty { article.editors = (article.editors ?? []) + names }
    }
    if article.published == nil {
      for i in content where i >= headerEnd && kinds[i] != .text {
        if let published = Self.publicationTime(in: lines.matchContent(all[i])) {
          article.published = published
          break
        }
      }
    }
    if let reporters = article.reporters { article.reporters = Self.unique(reporters) }
    if let editors = article.editors { article.editors = Self.unique(editors) }

    let boilerplate = content.filter { kinds[$0] == .boilerplate }.map {
      Span(start: all[$0].contentStart, end: all[$0].contentEnd)
    }
    if !boilerplate.isEmpty { article.boilerplate = boilerplate }

    // A text of paragraphs only, with nothing around them, has no article fields.
    if article.title == nil && article.published == nil && article.source == nil && article.site == nil
      && article.reporters == nil && article.editors == nil && article.dateline == nil
    {
      return nil
    }
    return article
  }

  // MARK: Line classes

  enum LineKind: Equatable {
    case text
    /// Page furniture: navigation, sharing, related links, copyright.
    case boilerplate
    /// 责任编辑：…, 编辑：…, 校对：…
    case editors
  }

  /// Markers of page furniture, in lines of up to 40 characters.
  static let boilerplateMarkers: [[Unicode.Scalar]] = [
    "返回首页", "相关阅读", "相关新闻", "相关报道", "延伸阅读", "推荐阅读", "热点推荐", "分享到", "分享至", "纠错", "扫一扫",
    "打印本页", "关闭窗口", "上一篇", "下一篇", "点击排行", "当前位置", "字号", "【字体",
  ].map { Array($0.unicodeScalars) }
  /// Markers of copyright and reprint notices, which may be long lines.
  static let noticeMarkers: [[Unicode.Scalar]] = [
    "版权所有", "Copyright", "copyright", "©", "不得转载", "未经授权", "转载请注明", "禁止转载",
  ].map { Array($0.unicodeScalars) }
  static let standaloneMarkers: Set<String> = ["大 中 小", "大中小", "打印", "关闭", "收藏", "评论"]
  static let channelMarker: [Unicode.Scalar] = Array("频道".unicodeScalars)
  static let editorLabels: [[Unicode.Scalar]] = ["责任编辑", "责编", "编辑", "校对", "审核", "审校"].map {
    Array($0.unicodeScalars)
  }

  /// Classifies a line by its Simplified view (no allocation: lines are many).
  func classify(_ text: ArraySlice<Unicode.Scalar>) -> LineKind {
    if Self.isEditorsLine(text) { return .editors }
    if text.starts(with: [">", ">"]) || text.starts(with: ["》", "》"]) || text.starts(with: ["&", "g", "t", ";"]) {
      return .boilerplate
    }
    if text.count <= 120 && Self.noticeMarkers.contains(where: { Self.find($0, in: text) != nil }) { return .boilerplate }
    if text.count <= 40 {
      if Self.boilerplateMarkers.contains(where: { Self.find($0, in: text) != nil }) { return .boilerplate }
      if text.count <= 20 && Self.find(Self.channelMarker, in: text) != nil { return .boilerplate }
      if text.lazy.filter({ $0 == ">" }).count >= 2 { return .boilerplate }
      var string = String()
      string.unicodeScalars.append(contentsOf: text)
      if Self.standaloneMarkers.contains(string) { return .boilerplate }
    }
    return .text
  }

  /// The offset of `needle` in `haystack`, if it occurs.
  static func find(_ needle: [Unicode.Scalar], in haystack: ArraySlice<Unicode.Scalar>) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var i = haystack.startIndex
    let last = haystack.endIndex - needle.count
    while i <= last {
      if haystack[i] == first {
        var k = 1
        while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i - haystack.startIndex }
      }
      i += 1
    }
    return nil
  }

  /// 责任编辑：…, 编辑：…, 校对：… in a line of up to 60 characters.
  static func isEditorsLine(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    guard text.count <= 60 else { return false }
    for label in editorLabels {
      guard let at = find(label, in: text) else { continue }
      var i = text.startIndex + at + label.count
      while i < text.endIndex && (text[i] == " " || text[i] == "\u{3000}") { i += 1 }
      if i < text.endIndex && (text[i] == ":" || text[i] == "：") { return true }
    }
    return false
  }

  static func looksLikeParagraph(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    guard text.count >= 20 else { return false }
    return text.contains { $0 == "。" || $0 == "！" || $0 == "？" || $0 == "；" || $0 == "，" || $0 == "," }
  }

  static let sourceLabels: [[Unicode.Scalar]] = ["来源", "稿源"].map { Array($0.unicodeScalars) }
  static let bylineLabels: [[Unicode.Scalar]] = ["记者", "通讯员", "作者", "文/", "文／", "撰文"].map { Array($0.unicodeScalars) }
  static let reporterLabel: [Unicode.Scalar] = Array("记者".unicodeScalars)

  /// Whether a line may open with a dateline: 电, 讯 or 消息 early in it.
  static func mayOpenWithDateline(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    text.prefix(40).contains { $0 == "电" || $0 == "讯" || $0 == "息" }
  }

  static func endsSentence(_ text: String) -> Bool {
    guard let last = text.last else { return false }
    return "。！？；：".contains(last)
  }

  static func squeezeSpaces(_ text: String) -> String {
    var out = ""
    var previousSpace = false
    for c in text {
      let space = c == " " || c == "\u{3000}" || c == "\t"
      if space {
        if !previousSpace { out.append(" ") }
      } else {
        out.append(c)
      }
      previousSpace = space
    }
    return out
  }

  static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }

  // MARK: Patterns

  nonisolated(unsafe) static let dateTimePattern = try! Regex(
    #"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?"#)
  nonisolated(unsafe) static let sourcePattern = try! Regex(#"(?:来源|來源|稿源)\s*[:：]\s*([^\s|｜:：【】\[\]]+)"#)
  nonisolated(unsafe) static let editorPattern = try! Regex(#"(?:责任编辑|责编|编辑|校对|审核|审校)\s*[:：]"#)
  /// Two to four ideographs (not \p{Han}, whose script extensions take in 、 and 。).
  nonisolated(unsafe) static let namePattern = try! Regex(#"[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}]{2,4}"#)
  nonisolated(unsafe) static let reporterPattern = try! Regex(
    #"(?:^|[\s　]|本报|本网|新华社|中新社|中新网)(?:记者|通讯员|特约记者|见习记者)\s*[:：]?\s*(\p{Han}{2,4}(?:[\s、，,]+\p{Han}{2,4})*)"#)
  nonisolated(unsafe) static let authorPattern = try! Regex(#"^(?:作者|文|撰文)\s*[:：/／|]\s*(\p{Han}{2,4}(?:[\s、，,]+\p{Han}{2,4})*)"#)
  nonisolated(unsafe) static let bracketedEditorPattern = try! Regex(
    #"[（(]\s*(?:责任编辑|编辑|责编)\s*[:：]\s*([^）)]{2,30})[）)]\s*\d*\s*$"#)
  nonisolated(unsafe) static let channelPattern = try! Regex(#"\p{Han}{1,8}频道"#)
  nonisolated(unsafe) static let datelinePattern = try! Regex(
    #"^[（(]?(新华社|中新社|中央社|中通社|中新网|人民网|央视网|美联社|路透社|法新社|共同社|塔斯社|韩联社|本报|本网|本刊)(?:(记者|特派员)([\p{Han}、 ]{2,16}?))?(\p{Han}{2,10}?)?(?:(\d{1,2})月)?(\d{1,2})日(?:电|讯|消息)[）)]?"#)
  nonisolated(unsafe) static let plainDatelinePattern = try! Regex(#"^[（(【]?(本报|本网|本刊|\p{Han}{2,6}(?:日报|晚报|报|网))讯[）)】]?"#)

  /// The first date and time in `text`, as ISO 8601 with the +08:00 offset of Chinese outlets.
  static func publicationTime(in text: String) -> String? {
    guard let match = try? dateTimePattern.firstMatch(in: text) else { return nil }
    let groups = match.output
    func number(_ i: Int) -> Int? {
      guard i < groups.count, let sub = groups[i].substring else { return nil }
      return Int(sub)
    }
    guard let year = number(1), let month = number(2), let day = number(3), (1900...2100).contains(year),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    let date = "\(year)-\(pad(month))-\(pad(day))"
    guard let hour = number(4), let minute = number(5), hour < 24, minute < 60 else { return date }
    var time = "\(date)T\(pad(hour)):\(pad(minute))"
    if let second = number(6), second < 60 { time += ":\(pad(second))" }
    return time + "+08:00"
  }

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

  /// The text after a label such as 来源：, taken from the original at the same offsets.
  static func labelled(_ pattern: Regex<AnyRegexOutput>, in view: String, original: String) -> String? {
    guard let match = try? pattern.firstMatch(in: view), match.output.count > 1,
      let range = match.output[1].range
    else { return nil }
    let value = slice(original, view.scalarOffset(of: range.lowerBound), view.scalarOffset(of: range.upperBound))
    let trimmed = value.trimmingCharacters(in: " 　,，。")
    return trimmed.isEmpty ? nil : trimmed
  }

  static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = text.unicodeScalars
    let from = scalars.index(scalars.startIndex, offsetBy: start)
    let to = scalars.index(from, offsetBy: end - start)
    return String(scalars[from..<to])
  }

  /// Names (2–4 Chinese characters) in the capture range of a match, from the original.
  static func names(in view: String, original: String, range: Range<String.Index>) -> [String] {
    let part = view[range]
    var names: [String] = []
    for match in part.matches(of: namePattern) {
      names.append(slice(original, view.scalarOffset(of: match.range.lowerBound), view.scalarOffset(of: match.range.upperBound)))
    }
    return names
  }

  static func reporters(in view: String, original: String, base: Int) -> [String]? {
    var found: [String] = []
    for pattern in [reporterPattern, authorPattern] {
      if let match = try? pattern.firstMatch(in: view), let range = match.output[1].range {
        found += names(in: view, original: original, range: range)
      }
    }
    return found.isEmpty ? nil : found
  }

  /// Names in the last bracket that opens with 记者 or 通讯员: (記者 馮倩), （本报记者 张三、李四）.
  static func bracketedReporters(in view: String, original: String) -> [String]? {
    let scalars = Array(view.unicodeScalars)
    guard let close = scalars.lastIndex(where: { $0 == "）" || $0 == ")" }) else { return nil }
    guard let open = scalars[..<close].lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
    var i = open + 1
    while i < close && (scalars[i] == " " || scalars[i] == "\u{3000}") { i += 1 }
    if scalars[i..<close].starts(with: "本报".unicodeScalars) { i += 2 }
    var labelEnd: Int?
    for label in ["记者", "通讯员"] where scalars[i..<close].starts(with: label.unicodeScalars) {
      labelEnd = i + label.unicodeScalars.count
    }
    guard let labelEnd else { return nil }
    let from = view.unicodeScalars.index(view.unicodeScalars.startIndex, offsetBy: labelEnd)
    let to = view.unicodeScalars.index(view.unicodeScalars.startIndex, offsetBy: close)
    let names = Self.names(in: view, original: original, range: from..<to)
    return names.isEmpty ? nil : names
  }

  static func editors(in view: String, original: String) -> [String] {
    var names: [String] = []
    for match in view.matches(of: editorPattern) {
      // The names run from the label to the next label or the end.
      let rest = view[match.range.upperBound...]
      let stop = rest.firstMatch(of: editorPattern)?.range.lowerBound ?? rest.endIndex
      let range = match.range.upperBound..<stop
      names += Self.names(in: view, original: original, range: range)
    }
    return names
  }

  static func channel(in view: String, original: String) -> String? {
    guard let match = try? channelPattern.firstMatch(in: view) else { return nil }
    return slice(original, view.scalarOffset(of: match.range.lowerBound), view.scalarOffset(of: match.range.upperBound))
  }

  /// "Title-Site", "Title_Site", "Title | Site": the title and the site, when the last part
  /// looks like a site's name.
  static func pageTitle(view: String, original: String) -> (String, String)? {
    let separators: [Character] = ["-", "_", "|", "｜", "—"]
    guard let cut = view.lastIndex(where: { separators.contains($0) }) else { return nil }
    let siteView = view[view.index(after: cut)...].trimmingCharacters(in: " 　")
    let siteMarkers = ["网", "社", "报", "新闻", "频道", "在线", "电视台"]
    guard (2...16).contains(siteView.count), siteMarkers.contains(where: { siteView.contains($0) }) else { return nil }
    let cutOffset = view.scalarOffset(of: cut)
    let title = slice(original, 0, cutOffset).trimmingCharacters(in: " 　")
    let site = slice(original, cutOffset + 1, original.unicodeScalars.count).trimmingCharacters(in: " 　")
    guard !title.isEmpty else { return nil }
    return (squeezeSpaces(title), site)
  }

  struct DatelineMatch {
    var range: Range<Int>
    var agency: Range<Int>
    var place: Range<Int>?
    var reporters: [Range<Int>]
    var month: Int?
    var day: Int?
  }

  /// A dateline at the start of `text` (scalar offsets into it).
  static func dateline(in text: String) -> DatelineMatch? {
    func offsets(_ range: Range<String.Index>) -> Range<Int> {
      text.scalarOffset(of: range.lowerBound)..<text.scalarOffset(of: range.upperBound)
    }
    if let match = try? datelinePattern.prefixMatch(in: text) {
      let o = match.output
      guard let agency = o[1].range else { return nil }
      var place = o[4].range.map(offsets)
      var reporters: [Range<Int>] = []
      if let names = o[3].range {
        // 中央社記者王揚宇台北5日電: after 记者 come the names, then the place, with nothing
        // between them; a known place at the end of the run is the place, else its last two
        // characters are.
        let runEnd = o[4].range?.upperBound ?? names.upperBound
        let run = String(text[names.lowerBound..<runEnd])
        let placeLength = knownPlaceSuffix(run) ?? 2
        let placeStart = text.unicodeScalars.index(runEnd, offsetBy: -placeLength)
        place = offsets(placeStart..<runEnd)
        for name in text[names.lowerBound..<placeStart].matches(of: namePattern) {
          reporters.append(offsets(name.range))
        }
      }
      return DatelineMatch(
        range: offsets(match.range), agency: offsets(agency), place: place, reporters: reporters,
        month: o[5].substring.flatMap { Int($0) }, day: o[6].substring.flatMap { Int($0) })
    }
    if let match = try? plainDatelinePattern.prefixMatch(in: text), let agency = match.output[1].range {
      return DatelineMatch(range: offsets(match.range), agency: offsets(agency), place: nil, reporters: [], month: nil, day: nil)
    }
    return nil
  }

  /// Places a reporter's name may run into in a dateline (台北, 北京, 華盛頓 …).
  static let datelinePlaces: [String] = [
    "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "嘉义", "屏东", "宜兰", "花莲", "台东", "澎湖", "金门", "马祖",
    "北京", "上海", "天津", "重庆", "香港", "澳门", "广州", "深圳", "南京", "杭州", "武汉", "成都", "西安", "贵阳", "昆明",
    "华盛顿", "纽约", "东京", "首尔", "伦敦", "巴黎", "柏林", "莫斯科", "布鲁塞尔", "日内瓦", "新加坡", "曼谷", "河内", "雅加达",
    "洛杉矶", "旧金山", "悉尼", "多伦多", "温哥华",
  ]

  /// The length of a known dateline place at the end of `run`.
  static func knownPlaceSuffix(_ run: String) -> Int? {
    datelinePlaces.filter { run.hasSuffix($0) && run.count > $0.count + 1 }.map(\.count).max()
  }

  /// A dateline's date, resolved against the publication date: the same year (and month, for a
  /// bare day), or the one before when that would put the dateline after publication.
  static func resolve(month: Int?, day: Int?, published: String?) -> String? {
    guard let day, let published, published.count >= 10,
      let year = Int(published.prefix(4)), let publishedMonth = Int(published.dropFirst(5).prefix(2)),
      let publishedDay = Int(published.dropFirst(8).prefix(2))
    else { return nil }
    var y = year
    var m = month ?? publishedMonth
    if month == nil && day > publishedDay {
      m -= 1
      if m == 0 {
        m = 12
        y -= 1
      }
    } else if let month, month > publishedMonth {
      y -= 1
    }
    guard (1...12).contains(m), (1...31).contains(day) else { return nil }
    return "\(y)-\(pad(m))-\(pad(day))"
  }
}

extension StringProtocol {
  func trimmingCharacters(in set: String) -> String {
    var scalars = Substring(self)
    while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, set.contains(last) { scalars.removeLast() }
    return String(scalars)
  }
}
