/// A Simplified-script view of a text that keeps every offset: the i-th Unicode scalar of the
/// view stands for the i-th scalar of the original.
///
/// ```swift
/// let view = SimplifiedView("貴州畢節")
/// view.text                 // "贵州毕节"
/// view.originalRange(of: 2..<4)  // 2..<4: offsets map one to one
/// ```
///
/// Matchers (the segmenter, the extractors) search the view and report spans of the original.
/// Only conversions that keep length are applied: a Traditional phrase whose Simplified form is
/// longer or shorter is converted character by character instead.
public struct SimplifiedView: Sendable {
  /// The original text.
  public let original: String
  /// The Simplified view, as many scalars as the original.
  public let text: String
  /// The view's scalars, for matching by offset.
  public let scalars: [Unicode.Scalar]

  public init(_ original: String) {
    self.original = original
    let table = ConversionTables.shared.simplifiedView
    let converted = ScriptConverter.apply(table, to: Array(original.unicodeScalars))
    scalars = converted
    var text = String()
    text.unicodeScalars.append(contentsOf: converted)
    self.text = text
  }

  /// The span of the original that a span of the view stands for (the same offsets).
  public func originalRange(of viewRange: Range<Int>) -> Range<Int> { viewRange }

  /// Converts the characters of `original` one for one into the view's, keeping UTF-16 length,
  /// for ICU which works in UTF-16: BMP stays BMP.
  static func convertUnits(_ units: [UInt16]) -> [UInt16] {
    let table = ConversionTables.shared.simplifiedView
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(units.count)
    for scalar in String(decoding: units, as: UTF16.self).unicodeScalars { scalars.append(scalar) }
    let converted = ScriptConverter.apply(table, to: scalars)
    precondition(converted.count == scalars.count, "the Simplified view changed the length")
    var out: [UInt16] = []
    out.reserveCapacity(units.count)
    for (old, new) in zip(scalars, converted) {
      if UTF16.width(old) == UTF16.width(new) {
        out.append(contentsOf: UTF16.encode(new)!)
      } else {
        out.append(contentsOf: UTF16.encode(old)!)
      }
    }
    return out
  }
}
