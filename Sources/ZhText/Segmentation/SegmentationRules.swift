/// Corrections applied to ICU's words after the lexicon pass, on the Simplified view.
enum SegmentationRules {
  typealias Piece = SegmenterSession.Piece

  // Character classes, as bits in a flat table over the BMP.
  static let numeral: UInt8 = 1
  static let classifier: UInt8 = 2
  static let demonstrative: UInt8 = 4
  /// Characters used to transcribe foreign names (勃兰登堡, 特兰西瓦尼亚), and rarely words
  /// of their own.
  static let transcription: UInt8 = 8
  static let pronoun: UInt8 = 16

  static let classes: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 0x10000)
    func mark(_ characters: String, _ bit: UInt8) {
      for scalar in characters.unicodeScalars where scalar.value < 0x10000 {
        table[Int(scalar.value)] |= bit
      }
    }
    mark("〇零一二三四五六七八九十百千万亿两廿卅", numeral)
    // Classifiers and units a numeral is split from (一 个, 十万 元); not 点, 分, 时 or 角, which
    // make words with numerals (一点, 十分, 一时, 三角).
    mark("个种位名次件条只家所座部本项间届场支头匹张台辆架艘层批元年月日号岁倍米吨天人股份户", classifier)
    mark("这那每各该某哪", demonstrative)
    mark("他她它我你", pronoun)
    mark(
      "阿埃艾爱安昂奥澳巴拜班邦保堡鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁杜顿多厄恩尔法范菲费芬丰佛弗福盖甘冈戈格根贡古瓜圭哈海汉豪赫亨洪胡华霍基吉加贾杰捷金喀卡凯坎康考柯科可克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉列林琳卢鲁路伦罗洛马玛迈麦曼茅梅蒙孟米敏明莫墨默姆穆纳娜奈南瑙内尼涅宁纽努诺欧帕派潘庞佩彭皮珀普奇齐恰乔切钦琼丘萨塞桑瑟森沙莎舍什史斯松苏索塔泰坦汤唐特提图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约扎泽詹兹卓祖",
      transcription)
    return table
  }()

  /// Applies the rules to `pieces` and writes the result to `out` (both are scratch buffers).
  static func apply(_ pieces: inout [Piece], _ text: UnsafeBufferPointer<UInt32>, into out: inout [Piece]) {
    classes.withUnsafeBufferPointer { classes in
      apply(&pieces, text, classes: classes, into: &out)
    }
  }

  private static func apply(
    _ pieces: inout [Piece], _ text: UnsafeBufferPointer<UInt32>, classes: UnsafeBufferPointer<UInt8>,
    into out: inout [Piece]
  ) {
    @inline(__always)
    func has(_ scalar: UInt32, _ bit: UInt8) -> Bool {
      scalar < 0x10000 && classes[Int(scalar)] & bit != 0
    }
    out.removeAll(keepingCapacity: true)
    out.reserveCapacity(pieces.count + 16)
    // 1. Split: 一个 → 一 个; 这种 → 这 种; 他的, 他们的 → 他(们) 的.
    for piece in pieces {
      let length = Int(piece.end - piece.start)
      guard piece.kind == .word, length >= 2 else {
        out.append(piece)
        continue
      }
      let s = Int(piece.start)
      let e = Int(piece.end)
      let last = text[e - 1]
      var split = false
      if has(last, classifier) {
        var allNumerals = true
        for p in s..<(e - 1) where !has(text[p], numeral) {
          allNumerals = false
          break
        }
        split = allNumerals || (length == 2 && has(text[s], demonstrative))
      } else if last == 0x7684 /* 的 */ && has(text[s], pronoun) {
        split = length == 2 || (length == 3 && text[s + 1] == 0x4EEC /* 们 */)
      }
      if split {
        out.append(Piece(start: piece.start, end: piece.end - 1, kind: .word))
        out.append(Piece(start: piece.end - 1, end: piece.end, kind: .word))
      } else {
        out.append(piece)
      }
    }
    swap(&pieces, &out)
    out.removeAll(keepingCapacity: true)

    // 2. Join numeral runs (四百 五十 万) and 第 + numerals.
    func allNumerals(_ p: Piece) -> Bool {
      guard p.kind == .word else { return false }
      for q in Int(p.start)..<Int(p.end) where !has(text[q], numeral) { return false }
      return true
    }
    /// 第, 第二: an ordinal that numerals may continue.
    func isOrdinal(_ p: Piece) -> Bool {
      guard p.kind == .word, text[Int(p.start)] == 0x7B2C /* 第 */ else { return false }
      for q in (Int(p.start) + 1)..<Int(p.end) where !has(text[q], numeral) { return false }
      return true
    }
    for piece in pieces {
      if let previous = out.last, previous.end == piece.start, allNumerals(piece),
        allNumerals(previous) || isOrdinal(previous)
      {
        out[out.count - 1].end = piece.end
      } else {
        out.append(piece)
      }
    }
    swap(&pieces, &out)
    out.removeAll(keepingCapacity: true)

    // 3. Join transcribed foreign names: runs of transcription characters in words of one or
    // two characters, with at least two single characters among them.
    func isTranscription(_ p: Piece) -> Bool {
      guard p.kind == .word, p.end - p.start <= 2 else { return false }
      for q in Int(p.start)..<Int(p.end) where !has(text[q], transcription) { return false }
      return true
    }
    var i = 0
    while i < pieces.count {
      var j = i
      var singles = 0
      while j < pieces.count && isTranscription(pieces[j]) && (j == i || pieces[j - 1].end == pieces[j].start) {
        if pieces[j].end - pieces[j].start == 1 { singles += 1 }
        j += 1
      }
      if j - i >= 2 && singles >= 2 {
        out.append(Piece(start: pieces[i].start, end: pieces[j - 1].end, kind: .word))
        i = j
      } else {
        out.append(pieces[i])
        i += 1
      }
    }
  }
}
