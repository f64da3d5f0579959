import Foundation

/// Encodes documents to the contract's JSON: keys sorted (a fixed order), no escaped slashes,
/// nothing that varies between runs, so the same input gives byte-identical output.
public struct DocumentEncoder: Sendable {
  /// Indented output (`--pretty`), else one line.
  public var pretty: Bool

  /// An encoder; `pretty` indents.
  public init(pretty: Bool = false) { self.pretty = pretty }

  /// The JSON of `document`, without a trailing newline.
  public func encode(_ document: Document) throws -> Data {
    if !pretty {
      var writer = JSONWriter()
      writer.write(document)
      return Data(writer.bytes)
    }
    return try foundationEncoding(document)
  }

  /// The JSON of `document` and a line break, as bytes: what `zhkit extract` writes, built
  /// once without a copy into `Data`.
  package func encodeLine(_ document: Document) -> [UInt8] {
    if !pretty {
      var writer = JSONWriter(capacity: JSONWriter.estimatedSize(of: document))
      writer.write(document)
      writer.newline()
      return writer.bytes
    }
    var bytes = (try? foundationEncoding(document)).map { [UInt8]($0) }
      ?? Array(#"{"error":{"message":"could not encode the document"},"schema":"zhkit/1"}"#.utf8)
    bytes.append(0x0A)
    return bytes
  }

  /// The same JSON made by Foundation's `JSONEncoder` (the reference the fast writer matches).
  package func foundationEncoding(_ document: Document) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(document)
  }
}
