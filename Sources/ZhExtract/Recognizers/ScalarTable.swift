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
}
