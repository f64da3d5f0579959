/// A value for every BMP character, looked up with two array loads: the character classes and
/// values that recognisers test at every character of a text (a `Dictionary` or `Set` of
/// scalars would hash each time). Two levels, 256 pages of 256 characters, with every page that
/// holds no entry shared: a table takes a few KB of cache instead of 64 or 128 KB, which the
/// rest of the pipeline would feel. Characters beyond the BMP get the default.
struct ScalarTable<Value: Sendable>: Sendable {
  /// For each high byte, the first index of its page in `values` (page 0: all default).
  private let pages: [Int32]
  private let values: [Value]
  private let fallback: Value

  init(default fallback: Value, _ entries: [(Unicode.Scalar, Value)]) {
    var pages = [Int32](repeating: 0, count: 256)
    var values = [Value](repeating: fallback, count: 256)
    for (scalar, value) in entries where scalar.value < 0x10000 {
      let high = Int(scalar.value >> 8)
      if pages[high] == 0 {
        pages[high] = Int32(values.count)
        values.append(contentsOf: repeatElement(fallback, count: 256))
      }
      values[Int(pages[high]) + Int(scalar.value & 0xFF)] = value
    }
    self.pages = pages
    self.values = values
    self.fallback = fallback
  }

  @inline(__always)
  subscript(_ scalar: Unicode.Scalar) -> Value {
    let v = scalar.value
    guard v < 0x10000 else { return fallback }
    return values[Int(pages[Int(v >> 8)]) + Int(v & 0xFF)]
  }
}

/// A set of BMP characters as a bitmap (8 KB, where a table of Bool would take 64 KB): the
/// character classes tested at every character of a text stay in the fastest cache.
struct ScalarSet: Sendable {
  private let words: [UInt64]

  /// The set of `characters` (those beyond the BMP are left out).
  init(_ characters: some Sequence<Unicode.Scalar>) {
    var words = [UInt64](repeating: 0, count: 0x10000 / 64)
    for c in characters where c.value < 0x10000 { words[Int(c.value >> 6)] |= 1 << UInt64(c.value & 63) }
    self.words = words
  }

  @inline(__always)
  subscript(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    guard v < 0x10000 else { return false }
    return words.withUnsafeBufferPointer { $0[Int(v >> 6)] } & (1 << UInt64(v & 63)) != 0
  }
}

extension Unicode.Scalar {
  /// An ASCII letter (a cheap test; `properties` is slow).
  var isASCIILetter: Bool { (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
  /// A CJK unified ideograph of the BMP or Extension A (汉, 㐀).
  var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }
}

/// The words and dashes that join the two ends of a range (至, 到, ~, -, —, ——), shared by the
/// money and date grammars.
enum RangeConnector {
  /// The length of the connector at `i` in `text`, if there is one.
  static func length(in text: [Unicode.Scalar], at i: Int) -> Int? {
    guard i < text.count else { return nil }
    switch text[i] {
    case "至", "到", "~":
      return 1
    case "-", "—", "–", "－":
      var n = 1
      while i + n < text.count && (text[i + n] == "-" || text[i + n] == "—") { n += 1 }
      return n
    default:
      return nil
    }
  }
}

extension Array where Element == Unicode.Scalar {
  /// Whether `word` occurs at `i` (the matching the money and date grammars do).
  func hasWord(_ word: String, at i: Int) -> Bool {
    var word = word
    return word.withUTF8 { hasWord(utf8: $0, at: i) }
  }

  /// Whether the literal `word` occurs at `i`, with no string to open.
  @inline(__always)
  func hasWord(_ word: StaticString, at i: Int) -> Bool {
    word.withUTF8Buffer { hasWord(utf8: $0, at: i) }
  }

  /// Whether the word whose UTF-8 bytes are `bytes` occurs at `i`: the text's scalars are
  /// encoded on the fly and compared byte by byte, so a word needs no decoding.
  @inline(__always)
  private func hasWord(utf8 bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i >= 0, i < count else { return false }
    var k = i
    var b = 0
    while b < bytes.count {
      guard k < count else { return false }
      let v = self[k].value
      if v < 0x80 {
        guard bytes[b] == UInt8(truncatingIfNeeded: v) else { return false }
        b += 1
      } else if v < 0x800 {
        guard b + 1 < bytes.count, bytes[b] == UInt8(truncatingIfNeeded: 0xC0 | v >> 6),
          bytes[b + 1] == UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        else { return false }
        b += 2
      } else if v < 0x10000 {
        guard b + 2 < bytes.count, bytes[b] == UInt8(truncatingIfNeeded: 0xE0 | v >> 12),
          bytes[b + 1] == UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F),
          bytes[b + 2] == UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        else { return false }
        b += 3
      } else {
        guard b + 3 < bytes.count, bytes[b] == UInt8(truncatingIfNeeded: 0xF0 | v >> 18),
          bytes[b + 1] == UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F),
          bytes[b + 2] == UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F),
          bytes[b + 3] == UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        else { return false }
        b += 4
      }
      k += 1
    }
    return true
  }

  /// Whether `word`, already split into scalars, occurs at `i`.
  func hasWord(_ word: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 0, i + word.count <= count, !word.isEmpty, self[i] == word[0] else { return false }
    for k in 1..<word.count where self[i + k] != word[k] { return false }
    return true
  }
}

/// A bit for the hash of each pair of characters that may begin a word (a name, a keyword):
/// most positions in a text begin none, and one bit test tells so before any table is walked.
/// A clear bit is certain; a set one may be another pair's.
struct PairFilter: Sendable {
  private let bits: [UInt64]
  private let shift: UInt64

  /// A filter of 2^`hashBits` bits for `pairs`.
  init(hashBits: UInt64, _ pairs: some Sequence<(Unicode.Scalar, Unicode.Scalar)>) {
    shift = 64 - hashBits
    var bits = [UInt64](repeating: 0, count: 1 << (hashBits - 6))
    for (a, b) in pairs {
      let h = Self.hash(a.value, b.value, shift)
      bits[h >> 6] |= 1 << UInt64(h & 63)
    }
    self.bits = bits
  }

  @inline(__always)
  private static func hash(_ a: UInt32, _ b: UInt32, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: ((UInt64(a) << 21 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// Whether `a`, `b` may be one of the pairs (false: it is none).
  @inline(__always)
  func mayContain(_ a: UInt32, _ b: UInt32) -> Bool {
    let h = Self.hash(a, b, shift)
    return bits.withUnsafeBufferPointer { $0[h >> 6] } & (1 << UInt64(h & 63)) != 0
  }
}
