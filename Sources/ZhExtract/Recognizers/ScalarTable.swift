/// A value for every BMP character, looked up with one array load: the character classes that
/// recognisers test at every character of a text (a `Dictionary` or `Set` of scalars would hash
/// each time). Characters beyond the BMP get the default.
struct ScalarTable<Value: Sendable>: Sendable {
  private let values: [Value]
  private let fallback: Value

  init(default fallback: Value, _ entries: [(Unicode.Scalar, Value)]) {
    var values = [Value](repeating: fallback, count: 0x10000)
    for (scalar, value) in entries where scalar.value < 0x10000 { values[Int(scalar.value)] = value }
    self.values = values
    self.fallback = fallback
  }

  @inline(__always)
  subscript(_ scalar: Unicode.Scalar) -> Value {
    scalar.value < 0x10000 ? values[Int(scalar.value)] : fallback
  }
}

extension ScalarTable where Value == Bool {
  /// True for each character of `characters`.
  init(_ characters: some Sequence<Unicode.Scalar>) {
    self.init(default: false, characters.map { ($0, true) })
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
    guard i >= 0 else { return false }
    var k = i
    for c in word.unicodeScalars {
      guard k < count, self[k] == c else { return false }
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
