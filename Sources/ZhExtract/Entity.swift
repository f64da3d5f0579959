/// One mention of a place, company, organisation, amount of money or date, with its span in
/// the input and its normalised form.
public struct Entity: Codable, Sendable, Hashable {
  /// The entity types of the contract, and the extensions zhkit adds.
  public enum Kind: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case place, company, money, date
    /// Government bodies, institutes, universities and media (a contract extension).
    case organization

    /// Kinds order by name, for stable output.
    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
  }

  /// What the entity is.
  public var type: Kind
  /// The mention exactly as in the input (`text[start..<end]` in Unicode scalars).
  public var text: String
  /// The first scalar of the mention in the input.
  public var start: Int
  /// The scalar just past the mention.
  public var end: Int
  /// The normalised form; nil when the mention could not be normalised (no guessing).
  public var normalized: Normalized? {
    get { box?.value }
    set { box = newValue.map { NormalizedBox($0) } }
  }

  /// The normalised form behind one reference: entities are copied while they are merged and
  /// written, and one reference is cheaper to copy than a dozen optional strings.
  private var box: NormalizedBox?

  /// An entity whose normalised form is a shared one (a gazetteer entry's), rendered once.
  init(type: Kind, text: String, start: Int, end: Int, shared: SharedNormalized) {
    self.type = type
    self.text = text
    self.start = start
    self.end = end
    self.box = shared.box
  }

  /// The JSON of the normalised form, when it was rendered ahead.
  var renderedNormalized: [UInt8]? { box?.json }

  /// An entity of `type` over `start..<end` whose text is `text`.
  public init(type: Kind, text: String, start: Int, end: Int, normalized: Normalized? = nil) {
    self.type = type
    self.text = text
    self.start = start
    self.end = end
    self.box = normalized.map { NormalizedBox($0) }
  }

  private enum CodingKeys: String, CodingKey {
    case type, text, start, end, normalized
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      type: try c.decode(Kind.self, forKey: .type), text: try c.decode(String.self, forKey: .text),
      start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
      normalized: try c.decodeIfPresent(Normalized.self, forKey: .normalized))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(type, forKey: .type)
    try c.encode(text, forKey: .text)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encodeIfPresent(normalized, forKey: .normalized)
  }

  public static func == (a: Entity, b: Entity) -> Bool {
    a.type == b.type && a.text == b.text && a.start == b.start && a.end == b.end && a.normalized == b.normalized
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(type)
    hasher.combine(text)
    hasher.combine(start)
    hasher.combine(end)
    hasher.combine(normalized)
  }

  /// The normalised form: the fields each type uses (see the contract); the rest stay nil and
  /// are not encoded.
  public struct Normalized: Codable, Sendable, Hashable {
    // money
    /// ISO 4217 code.
    public var currency: String?
    /// Exact decimal, no exponent, no trailing zeros.
    public var amount: String?
    /// The low end of a range of amounts.
    public var min: String?
    /// The high end of a range of amounts.
    public var max: String?
    /// approximately, at_least, more_than, at_most, less_than.
    public var modifier: String?
    /// The unit of a unit price (`股` in 12.5元/股).
    public var per: String?
    /// `document` when the currency of a bare 元 was decided from the document (Taiwan: TWD).
    public var currencyBasis: String?
    // date
    /// A date at the precision the text gives (`2024`, `2024-04`, `2024-04-20`, `2024-05-18T15:00`).
    public var value: String?
    /// The first day (or month, year) of a date range, inclusive.
    public var start: String?
    /// The last day (or month, year) of a date range, inclusive.
    public var end: String?
    /// A relative date with no reference date to resolve it against.
    public var unresolved: Bool?
    // place, company, organisation
    /// The canonical name in Simplified script (毕节市, 广西天巨贸易有限公司).
    public var name: String?
    /// GB/T 2260 code of a division, or ISO 3166-1 alpha-2 of a country.
    public var code: String?
    /// country, province, prefecture, county, township, region, city or site.
    public var level: String?
    /// Canonical names of the divisions above a place.
    public var parents: [String]?
    /// Other readings of an ambiguous name.
    public var alternatives: [String]?
    /// The old name a renamed place was written as (襄樊).
    public var formerName: String?
    /// A company's full registered name, where known.
    public var fullName: String?

    /// Nothing normalised yet.
    public init() {}
  }
}

/// An immutable normalised form, shared by the copies of an entity (and, for a gazetteer
/// entry, by all its mentions, with its JSON rendered once).
final class NormalizedBox: Sendable {
  let value: Entity.Normalized
  let json: [UInt8]?
  init(_ value: Entity.Normalized) {
    self.value = value
    self.json = nil
  }
  init(rendering value: Entity.Normalized) {
    self.value = value
    self.json = JSONWriter.render(value)
  }
}

/// A normalised form many entities share, rendered to JSON once.
struct SharedNormalized: Sendable {
  let box: NormalizedBox
  init(_ value: Entity.Normalized) { box = NormalizedBox(rendering: value) }
}
