import Foundation

/// Writes a ``Document`` as compact JSON byte for byte as `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` does (a test holds the two together), several times faster: the
/// output path of `zhkit extract`, one document per input. Fields are written in sorted order.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  /// Whether the container being written has no member yet.
  private var first = true

  init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

  /// Room for most documents' JSON at once (growing the buffer copies what it holds): a few
  /// hundred bytes for the document and its article, about 150 for each entity and span.
  static func estimatedSize(of document: Document) -> Int {
    let spans = (document.article?.paragraphs?.count ?? 0) + (document.article?.boilerplate?.count ?? 0)
    return 1024 + 160 * (document.entities?.count ?? 0) + 40 * spans
  }

  /// A line break after the document (JSON Lines).
  mutating func newline() { bytes.append(0x0A) }

  mutating func write(_ document: Document) {
    beginObject()
    if let article = document.article {
      key("article")
      write(article)
    }
    if let entities = document.entities {
      key("entities")
      beginArray()
      for entity in entities {
        element()
        write(entity)
      }
      endArray()
    }
    if let error = document.error {
      key("error")
      beginObject()
      field("message", error.message)
      endObject()
    }
    if let id = document.id {
      key("id")
      write(id)
    }
    field("referenceDate", document.referenceDate)
    field("schema", document.schema)
    field("script", document.script?.rawValue)
    endObject()
  }

  private mutating func write(_ article: Article) {
    beginObject()
    if let body = article.body {
      key("body")
      write(body)
    }
    spans("boilerplate", article.boilerplate)
    field("channel", article.channel)
    if let d = article.dateline {
      key("dateline")
      beginObject()
      field("agency", d.agency)
      field("date", d.date)
      field("end", d.end)
      field("place", d.place)
      field("start", d.start)
      field("text", d.text)
      endObject()
    }
    strings("editors", article.editors)
    spans("paragraphs", article.paragraphs)
    field("published", article.published)
    strings("reporters", article.reporters)
    field("site", article.site)
    field("source", article.source)
    field("title", article.title)
    endObject()
  }

  private mutating func write(_ span: Span) {
    beginObject()
    field("end", span.end)
    field("start", span.start)
    endObject()
  }

  /// An entity: its members are known, so the punctuation between them is written in runs.
  private mutating func write(_ entity: Entity) {
    raw(#"{"end":"#)
    integer(entity.end)
    if let json = entity.renderedNormalized {
      // A normalised form shared by many mentions (a gazetteer entry's), rendered once.
      raw(#","normalized":"#)
      bytes.append(contentsOf: json)
    } else if let n = entity.normalized {
      raw(#","normalized":"#)
      write(n)
    }
    raw(#","start":"#)
    integer(entity.start)
    raw(#","text":"#)
    string(entity.text)
    switch entity.type {
    case .place: raw(#","type":"place"}"#)
    case .company: raw(#","type":"company"}"#)
    case .money: raw(#","type":"money"}"#)
    case .date: raw(#","type":"date"}"#)
    case .organization: raw(#","type":"organization"}"#)
    }
    first = false
  }

  /// Bytes of the contract's punctuation and names, copied as they are.
  @inline(__always)
  private mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// The JSON of a normalised form alone, as `write(_:)` of an entity writes it.
  static func render(_ n: Entity.Normalized) -> [UInt8] {
    var writer = JSONWriter()
    writer.write(n)
    return Array(writer.bytes[...])  // exactly its size, not the writer's reserve
  }

  private mutating func write(_ n: Entity.Normalized) {
    beginObject()
    strings("alternatives", n.alternatives)
    field("amount", n.amount)
    field("code", n.code)
    field("currency", n.currency)
    field("currencyBasis", n.currencyBasis)
    field("end", n.end)
    field("formerName", n.formerName)
    field("fullName", n.fullName)
    field("level", n.level)
    field("max", n.max)
    field("min", n.min)
    field("modifier", n.modifier)
    field("name", n.name)
    strings("parents", n.parents)
    field("per", n.per)
    field("start", n.start)
    if let unresolved = n.unresolved {
      key("unresolved")
      literal(unresolved ? "true" : "false")
    }
    field("value", n.value)
    endObject()
  }

  private mutating func write(_ value: JSONValue) {
    switch value {
    case .string(let s): string(s)
    case .number(let text):
      if let n = Int64(text) {
        literal(String(n))
      } else {
        // Rare: let JSONEncoder format a non-integer the way it does.
        let data = (try? JSONEncoder().encode(Double(text) ?? 0)) ?? Data("0".utf8)
        bytes.append(contentsOf: data)
      }
    case .bool(let b): literal(b ? "true" : "false")
    case .null: literal("null")
    case .array(let values):
      beginArray()
      for value in values {
        element()
        write(value)
      }
      endArray()
    case .object(let members):
      beginObject()
      for name in members.keys.sorted() {
        key(name)
        write(members[name]!)
      }
      endObject()
    }
  }

  // MARK: Structure

  private mutating func beginObject() {
    bytes.append(UInt8(ascii: "{"))
    first = true
  }

  private mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    first = false
  }

  private mutating func beginArray() {
    bytes.append(UInt8(ascii: "["))
    first = true
  }

  private mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    first = false
  }

  /// Before each element of an array or member of an object: the comma after the first.
  private mutating func element() {
    if !first { bytes.append(UInt8(ascii: ",")) }
    first = false
  }

  /// A member name from the data (JSON objects of an id): escaped as any string.
  private mutating func key(_ name: String) {
    element()
    string(name)
    bytes.append(UInt8(ascii: ":"))
  }

  /// A member name of the contract: ASCII that needs no escaping, copied as is.
  private mutating func key(_ name: StaticString) {
    element()
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  private mutating func literal(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  private mutating func field(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    key(name)
    string(value)
  }

  private mutating func field(_ name: StaticString, _ value: Int) {
    key(name)
    integer(value)
  }

  /// The decimal digits of `value`, written without making a string.
  private mutating func integer(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      bytes.append(contentsOf: buffer[(20 - count)...])
    }
  }

  private mutating func strings(_ name: StaticString, _ values: [String]?) {
    guard let values else { return }
    key(name)
    beginArray()
    for value in values {
      element()
      string(value)
    }
    endArray()
  }

  private mutating func spans(_ name: StaticString, _ values: [Span]?) {
    guard let values else { return }
    key(name)
    beginArray()
    for value in values {
      element()
      write(value)
    }
    endArray()
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  private mutating func string(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    // Most strings need no escaping: copy their UTF-8 whole.
    var s = s
    let copied = s.withUTF8 { utf8 in
      for b in utf8 where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
      bytes.append(contentsOf: utf8)
      return true
    }
    if copied {
      bytes.append(UInt8(ascii: "\""))
      return
    }
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0..<0x20:
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        bytes.append(Self.hex[Int(b >> 4)])
        bytes.append(Self.hex[Int(b & 0xF)])
      default: bytes.append(b)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
