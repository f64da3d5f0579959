/// A Simplified-script view of a text that keeps every offset: the i-th Unicode scalar of the
/// view stands for the i-th scalar of the original.
///
/// ```swift
/// let view = SimplifiedView("貴州畢節")
/// view.text                          // "贵州毕节"
/// view.originalRange(of: 2..<4)      // 2..<4: offsets map one to one
/// ```
///
/// Matchers (the segmenter, the extractors) search the view and report spans of the original.
/// Only conversions that keep length are applied: a Traditional phrase whose Simplified form is
/// longer or shorter is converted character by character instead.
public struct SimplifiedView: Sendable {
  /// The original text.
  public let original: String
  /// The view: as many Unicode scalars as the original.
  public let text: String
  /// The view's scalar values, for matching by offset.
  public let scalars: [UInt32]

  /// The Simplified view of `original`.
  public init(_ original: String) {
    self.original = original
    var values = original.unicodeScalars.map(\.value)
    values.withUnsafeMutableBufferPointer { ConversionTables.shared.view.convert($0) }
    scalars = values
    var text = String()
    text.unicodeScalars.append(contentsOf: values.map { Unicode.Scalar($0)! })
    self.text = text
  }

  /// Converts `scalars` in place to their Simplified view (same count): the allocation-free
  /// form for callers that already hold a text's scalars.
  public static func convert(_ scalars: inout [Unicode.Scalar]) {
    let table = ConversionTables.shared.view
    scalars.withUnsafeMutableBufferPointer { buffer in
      buffer.withMemoryRebound(to: UInt32.self) { table.convert($0) }
    }
  }

  /// The span of the original that a span of the view stands for: the same offsets, since the
  /// view keeps every scalar's place.
  public func originalRange(of viewRange: Range<Int>) -> Range<Int> { viewRange }
}
