/// Converts text between Traditional and Simplified Chinese script, phrase by phrase, with
/// OpenCC's tables (embedded; Apache-2.0, see Corpora/lexicons/opencc).
///
/// ```swift
/// let converter = ScriptConverter(to: .traditional)
/// converter.convert("头发和发展")     // "頭髮和發展"
/// ScriptConverter(to: .simplified).convert("營收約730億元")  // "营收约730亿元"
/// ```
///
/// At each position the longest phrase in the tables wins, then the single character (OpenCC's
/// rule: "character-by-character replacement is not equivalent"). Tables are built once per
/// process and shared; a converter is a cheap `Sendable` value.
public struct ScriptConverter: Sendable {
  /// The script to convert to.
  public enum Target: String, Sendable, CaseIterable {
    case simplified, traditional
  }

  /// Regional standard for the Traditional side.
  public enum Variant: String, Sendable, CaseIterable {
    /// OpenCC's standard Traditional characters.
    case standard
    /// Taiwan forms (OpenCC s2tw / tw2s).
    case tw
    /// Hong Kong forms (OpenCC s2hk / hk2s).
    case hk
  }

  public let target: Target
  public let variant: Variant
  /// Also convert regional vocabulary (Taiwan only: 软件 ↔ 軟體; OpenCC s2twp / tw2sp).
  public let regionalPhrases: Bool
  private let stages: [ConversionTable]

  public init(to target: Target, variant: Variant = .standard, regionalPhrases: Bool = false) {
    self.target = target
    self.variant = variant
    self.regionalPhrases = regionalPhrases
    let t = ConversionTables.shared
    switch (target, variant) {
    case (.simplified, .standard): stages = [t.traditionalToSimplified]
    case (.simplified, .tw):
      stages = regionalPhrases
        ? [t.taiwanPhrasesToMainland, t.taiwanToStandard, t.traditionalToSimplified]
        : [t.taiwanToStandard, t.traditionalToSimplified]
    case (.simplified, .hk): stages = [t.hongKongToStandard, t.traditionalToSimplified]
    case (.traditional, .standard): stages = [t.simplifiedToTraditional]
    case (.traditional, .tw):
      stages = regionalPhrases
        ? [t.simplifiedToTraditional, t.mainlandPhrasesToTaiwan, t.standardToTaiwan]
        : [t.simplifiedToTraditional, t.standardToTaiwan]
    case (.traditional, .hk): stages = [t.simplifiedToTraditional, t.standardToHongKong]
    }
  }

  /// Returns `text` in the target script. Characters the tables do not know are kept.
  public func convert(_ text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    for stage in stages {
      scalars = Self.apply(stage, to: scalars)
    }
    var out = String()
    out.unicodeScalars.append(contentsOf: scalars)
    return out
  }

  static func apply(_ table: ConversionTable, to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(scalars.count + 8)
    scalars.withUnsafeBufferPointer { buffer in
      var i = 0
      while i < buffer.count {
        if let match = table.longestMatch(in: buffer, at: i) {
          out.append(contentsOf: match.value)
          i += match.length
        } else {
          out.append(buffer[i])
          i += 1
        }
      }
    }
    return out
  }
}

/// The conversion tables, built from the embedded OpenCC files the first time each is used,
/// then shared by every converter in the process.
final class ConversionTables: @unchecked Sendable {
  static let shared = ConversionTables()

  enum Name: Hashable {
    case t2s, s2t, tw2t, t2tw, hk2t, t2hk, twPhrasesRev, twPhrases, view

    /// The OpenCC files a table is made of, in priority order.
    var recipe: [(String, ConversionTable.Selection)] {
      switch self {
      case .t2s: [("../t2s-overrides.txt", .all), ("TSPhrases.txt", .all), ("TSCharacters.txt", .all)]
      case .s2t: [("STPhrases.txt", .all), ("STCharacters.txt", .all)]
      case .tw2t: [("TWVariantsRevPhrases.txt", .all), ("TWVariants.txt", .reversed)]
      case .t2tw: [("TWVariants.txt", .all)]
      case .hk2t: [("HKVariantsRevPhrases.txt", .all), ("HKVariants.txt", .reversed)]
      case .t2hk: [("HKVariants.txt", .all)]
      case .twPhrasesRev: [("TWPhrasesRev.txt", .all)]
      case .twPhrases: [("TWPhrases.txt", .all)]
      case .view:
        [
          ("../t2s-overrides.txt", .lengthPreserving), ("TSPhrases.txt", .lengthPreserving),
          ("TSCharacters.txt", .lengthPreserving),
        ]
      }
    }
  }

  // Guarded by `lock`; a table is never mutated once stored.
  private let lock = Lock()
  private var tables: [Name: ConversionTable] = [:]

  func table(_ name: Name) -> ConversionTable {
    lock.withLock {
      if let table = tables[name] { return table }
      var table = ConversionTable()
      for (file, selection) in name.recipe {
        table.add(openCCFile: file.hasPrefix("../") ? "lexicons/" + file.dropFirst(3) : "lexicons/opencc/" + file, selection)
      }
      tables[name] = table
      return table
    }
  }

  var traditionalToSimplified: ConversionTable { table(.t2s) }
  var simplifiedToTraditional: ConversionTable { table(.s2t) }
  var taiwanToStandard: ConversionTable { table(.tw2t) }
  var standardToTaiwan: ConversionTable { table(.t2tw) }
  var hongKongToStandard: ConversionTable { table(.hk2t) }
  var standardToHongKong: ConversionTable { table(.t2hk) }
  var taiwanPhrasesToMainland: ConversionTable { table(.twPhrasesRev) }
  var mainlandPhrasesToTaiwan: ConversionTable { table(.twPhrases) }
  /// Traditional to Simplified keeping every character's length: the segmenter's and the
  /// extractors' view, whose offsets are the original's.
  var simplifiedView: ConversionTable { table(.view) }
}
