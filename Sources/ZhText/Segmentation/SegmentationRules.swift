/// Corrections applied to ICU's words after the lexicon pass, on the Simplified view.
enum SegmentationRules {
  static let numerals: Set<Unicode.Scalar> = Set("〇零一二三四五六七八九十百千万亿两廿卅".unicodeScalars)
  static let classifiers: Set<Unicode.Scalar> = Set("个种位名次件条只家所座部本项间届场支头匹张台辆架艘层批".unicodeScalars)
  static let demonstratives: Set<Unicode.Scalar> = Set("这那每各该某哪".unicodeScalars)
  static let pronouns: Set<String> = ["他", "她", "它", "我", "你", "他们", "她们", "它们", "我们", "你们", "咱们"]
  /// Characters used to transcribe foreign names (勃兰登堡, 特兰西瓦尼亚), and rarely words
  /// of their own.
  static let transcription: Set<Unicode.Scalar> = Set(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁杜顿多厄恩尔法范菲费芬丰佛弗福盖甘冈戈格根贡古瓜圭哈海汉豪赫亨洪胡华霍基吉加贾杰捷金喀卡凯坎康考柯科可克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉列林琳卢鲁路伦罗洛马玛迈麦曼茅梅蒙孟米敏明莫墨默姆穆纳娜奈南瑙内尼涅宁纽努诺欧帕派潘庞佩彭皮珀普奇齐恰乔切钦琼丘萨塞桑瑟森沙莎舍什史斯松苏索塔泰坦汤唐特提图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约扎泽詹兹卓祖"
      .unicodeScalars)

  typealias Piece = SegmenterSession.Piece

  static func apply(_ pieces: [Piece], _ text: UnsafeBufferPointer<Unicode.Scalar>) -> [Piece] {
    var split: [Piece] = []
    split.reserveCapacity(pieces.count + 8)
    for piece in pieces {
      let length = piece.end - piece.start
      guard piece.kind == .word, length >= 2 else {
        split.append(piece)
        continue
      }
      let last = text[piece.end - 1]
      let head = piece.start..<(piece.end - 1)
      // 一个 → 一 个; 这种 → 这 种; 他的 → 他 的
      let numeralClassifier = classifiers.contains(last) && head.allSatisfy { numerals.contains(text[$0]) }
      let demonstrativeClassifier = length == 2 && classifiers.contains(last) && demonstratives.contains(text[piece.start])
      var pronounOf = false
      if last == "的" {
        var word = String()
        for p in head { word.unicodeScalars.append(text[p]) }
        pronounOf = pronouns.contains(word)
      }
      if numeralClassifier || demonstrativeClassifier || pronounOf {
        split.append(Piece(start: piece.start, end: piece.end - 1, kind: .word))
        split.append(Piece(start: piece.end - 1, end: piece.end, kind: .word))
      } else {
        split.append(piece)
      }
    }

    // Join numeral runs (四百 五十 万) and 第 + numerals.
    var joined: [Piece] = []
    joined.reserveCapacity(split.count)
    func allNumerals(_ p: Piece) -> Bool {
      p.kind == .word && (p.start..<p.end).allSatisfy { numerals.contains(text[$0]) }
    }
    for piece in split {
      if let previous = joined.last, previous.end == piece.start, allNumerals(piece),
        allNumerals(previous) || (previous.kind == .word && previous.end - previous.start == 1 && text[previous.start] == "第")
      {
        joined[joined.count - 1].end = piece.end
      } else {
        joined.append(piece)
      }
    }

    // Join transcribed foreign names: runs of single transcription characters (and two-character
    // words of them), with at least two single characters.
    var out: [Piece] = []
    out.reserveCapacity(joined.count)
    var i = 0
    func isTranscription(_ p: Piece) -> Bool {
      p.kind == .word && p.end - p.start <= 2 && (p.start..<p.end).allSatisfy { transcription.contains(text[$0]) }
    }
    while i < joined.count {
      var j = i
      var singles = 0
      while j < joined.count && isTranscription(joined[j]) && (j == i || joined[j - 1].end == joined[j].start) {
        if joined[j].end - joined[j].start == 1 { singles += 1 }
        j += 1
      }
      if j - i >= 2 && singles >= 2 {
        out.append(Piece(start: joined[i].start, end: joined[j - 1].end, kind: .word))
        i = j
      } else {
        out.append(joined[i])
        i += 1
      }
    }
    return out
  }
}
