/// Any JSON value: what a JSON Lines record's `id` may be, echoed unchanged.
public enum JSONValue: Codable, Sendable, Hashable {
  case string(String)
  /// A number, kept as the text it was written as (`7`, `-1.5e3`).
  case number(String)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([String: JSONValue])

  /// Decodes any JSON value.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int64.self) {
      self = .number(String(value))
    } else if let value = try? container.decode(Double.self) {
      self = .number(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// Encodes the value as it was read.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let value): try container.encode(value)
    case .number(let text):
      if let value = Int64(text) { try container.encode(value) } else { try container.encode(Double(text) ?? 0) }
    case .bool(let value): try container.encode(value)
    case .null: try container.encodeNil()
    case .array(let values): try container.encode(values)
    case .object(let values): try container.encode(values)
    }
  }
}
