/// The conversion tables, built from the embedded OpenCC files (and zhkit's overrides) the
/// first time each is used, then shared by every converter in the process.
final class ConversionTables: @unchecked Sendable {
  static let shared = ConversionTables()

  enum Name: Hashable {
    case t2s, s2t, tw2t, t2tw, hk2t, t2hk, twPhrasesRev, twPhrases
    /// Traditional to Simplified keeping every character's length: the view the segmenter
    /// and the extractors match on, whose offsets are the original's.
    case view

    /// The files a table is made of (paths under Corpora/), in priority order.
    var recipe: [(String, ScalarTrie.Selection)] {
      let o = "lexicons/opencc/"
      let overrides = "lexicons/t2s-overrides.txt"
      switch self {
      case .t2s: return [(overrides, .all), (o + "TSPhrases.txt", .all), (o + "TSCharacters.txt", .all)]
      case .s2t: return [(o + "STPhrases.txt", .all), (o + "STCharacters.txt", .all)]
      case .tw2t: return [(o + "TWVariantsRevPhrases.txt", .all), (o + "TWVariants.txt", .reversed)]
      case .t2tw: return [("lexicons/tw-hk-overrides.txt", .all), (o + "TWVariants.txt", .all)]
      case .hk2t: return [(o + "HKVariantsRevPhrases.txt", .all), (o + "HKVariants.txt", .reversed)]
      case .t2hk: return [("lexicons/tw-hk-overrides.txt", .all), (o + "HKVariants.txt", .all)]
      case .twPhrasesRev: return [(o + "TWPhrasesRev.txt", .all)]
      case .twPhrases: return [(o + "TWPhrases.txt", .all)]
      case .view:
        return [
          (overrides, .lengthPreserving), (o + "TSPhrases.txt", .lengthPreserving),
          (o + "TSCharacters.txt", .lengthPreserving),
        ]
      }
    }
  }

  // Guarded by `lock`; a table is never mutated once stored.
  private let lock = Lock()
  private var tables: [Name: ScalarTrie] = [:]
  private var viewTable: ViewTable?

  func table(_ name: Name) -> ScalarTrie {
    lock.withLock {
      if let table = tables[name] { return table }
      var table = ScalarTrie()
      for (file, selection) in name.recipe { table.add(openCCFile: file, selection) }
      tables[name] = table
      return table
    }
  }

  /// The Simplified view's table in its fast form.
  var view: ViewTable {
    if let table = lock.withLock({ viewTable }) { return table }
    var phrases = ScalarTrie()
    for (file, selection) in Name.view.recipe { phrases.add(openCCFile: file, selection, minimumKeyLength: 2) }
    let built = ViewTable(characters: table(.view), phrases: phrases)
    return lock.withLock {
      if viewTable == nil { viewTable = built }
      return viewTable!
    }
  }
}

/// The Simplified view's conversion: a flat per-character table for the BMP, and the phrases
/// (several characters, same length) in a trie consulted only where one may start.
struct ViewTable: Sendable {
  /// BMP scalar → its Simplified form (BMP, or the scalar itself).
  let characters: [UInt16]
  /// Multi-character entries, and single characters whose form leaves the BMP.
  let phrases: ScalarTrie

  init(characters full: ScalarTrie, phrases: ScalarTrie) {
    var characters = (0..<0x10000).map { UInt16($0) }
    for (scalar, value) in full.singleScalarKeys() {
      let target = full.valueScalars(value)
      if scalar < 0x10000, target.count == 1, target[0] < 0x10000 {
        characters[Int(scalar)] = UInt16(target[0])
      }
    }
    self.characters = characters
    self.phrases = phrases
  }

  /// Converts `scalars` in place (same count).
  func convert(_ scalars: UnsafeMutableBufferPointer<UInt32>) {
    characters.withUnsafeBufferPointer { characters in
      convert(scalars, characters: characters)
    }
  }

  private func convert(_ scalars: UnsafeMutableBufferPointer<UInt32>, characters: UnsafeBufferPointer<UInt16>) {
    var i = 0
    let n = scalars.count
    let readOnly = UnsafeBufferPointer(scalars)
    while i < n {
      let c = scalars[i]
      if c < 0x3000 {  // nothing below CJK punctuation converts
        i += 1
        continue
      }
      if i + 1 < n, phrases.hasKey(startingWith: c),
        let match = phrases.longestMatch(in: readOnly, at: i, limit: n), match.length > 1
      {
        let value = phrases.valueScalars(match.value)
        for k in 0..<match.length { scalars[i + k] = value[k] }
        i += match.length
        continue
      }
      if c < 0x10000 { scalars[i] = UInt32(characters[Int(c)]) }
      i += 1
    }
  }
}
