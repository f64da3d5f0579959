/// Counts the characters of a text that only one script uses: 發, 國, 這 only in Traditional;
/// 发, 国, 这 only in Simplified. Characters both scripts write (中, 台, 人) count for neither.
///
/// ```swift
/// let census = ScriptCensus("貴州畢節")
/// census.traditionalOnly   // 3 (貴, 畢, 節)
/// census.simplifiedOnly    // 0
/// ```
public struct ScriptCensus: Sendable, Hashable {
  /// Chinese characters (CJK ideographs) in the text.
  public var han = 0
  /// Characters written only in Traditional script.
  public var traditionalOnly = 0
  /// Characters written only in Simplified script.
  public var simplifiedOnly = 0

  /// Counts the characters of `text`.
  public init(_ text: String) {
    let table = ScriptClasses.shared.bits
    for scalar in text.unicodeScalars {
      let v = scalar.value
      guard (0x3400...0x9FFF).contains(v) || (0x20000...0x3134F).contains(v) || (0xF900...0xFAFF).contains(v)
      else { continue }
      han += 1
      if v < 0x10000 {
        let bits = table[Int(v)]
        if bits & ScriptClasses.traditional != 0 { traditionalOnly += 1 }
        if bits & ScriptClasses.simplified != 0 { simplifiedOnly += 1 }
      }
    }
  }
}

/// Which BMP characters only one script writes, derived from OpenCC's character tables: a
/// character is Traditional-only when Traditional-to-Simplified changes it and it is not itself
/// the Simplified form of anything; Simplified-only the other way round.
final class ScriptClasses: Sendable {
  static let shared = ScriptClasses()
  static let traditional: UInt8 = 1
  static let simplified: UInt8 = 2

  let bits: [UInt8]

  private init() {
    var bits = [UInt8](repeating: 0, count: 0x10000)
    // key → targets for both directions.
    func read(_ name: String) -> [(UInt32, [UInt32])] {
      var entries: [(UInt32, [UInt32])] = []
      EmbeddedData.forEachRecord(name) { _, fields in
        guard fields.count >= 2, let key = fields[0].unicodeScalars.first, fields[0].unicodeScalars.count == 1 else {
          return
        }
        let targets = fields[1].split(separator: " ").compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first!.value : nil }
        entries.append((key.value, targets))
      }
      return entries
    }
    let ts = read("lexicons/opencc/TSCharacters.txt")
    let st = read("lexicons/opencc/STCharacters.txt")
    var traditionalForms = Set<UInt32>()  // every target of ST: characters Traditional text writes
    for (_, targets) in st { traditionalForms.formUnion(targets) }
    var simplifiedForms = Set<UInt32>()  // every target of TS
    for (_, targets) in ts { simplifiedForms.formUnion(targets) }
    for (key, targets) in ts where key < 0x10000 && !targets.contains(key) && !simplifiedForms.contains(key) {
      bits[Int(key)] |= Self.traditional
    }
    for (key, targets) in st where key < 0x10000 && !targets.contains(key) && !traditionalForms.contains(key) {
      bits[Int(key)] |= Self.simplified
    }
    self.bits = bits
  }
}
