/// One mention of a place, company, organisation, amount of money or date, with its span in
/// the input and its normalised form.
public struct Entity: Codable, Sendable, Hashable {
  /// The entity types of the contract, and the extensions zhkit adds.
  public enum Kind: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case place, company, money, date
    /// Government bodies, institutes, universities and media (a contract extension).
    case organization

    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
  }

  public var type: Kind
  /// The mention exactly as in the input (`text[start..<end]` in Unicode scalars).
  public var text: String
  public var start: Int
  public var end: Int
  /// The normalised form; nil when the mention could not be normalised (no guessing).
  public var normalized: Normalized?

  public init(type: Kind, text: String, start: Int, end: Int, normalized: Normalized? = nil) {
    self.type = type
    self.text = text
    self.start = start
    self.end = end
    self.normalized = normalized
  }

  /// The normalised form: the fields each type uses (see the contract); the rest stay nil and
  /// are not encoded.
  public struct Normalized: Codable, Sendable, Hashable {
    // money
    /// ISO 4217 code.
    public var currency: String?
    /// Exact decimal, no exponent, no trailing zeros.
    public var amount: String?
    public var min: String?
    public var max: String?
    /// approximately, at_least, more_than, at_most, less_than.
    public var modifier: String?
    /// The unit of a unit price (`股` in 12.5元/股).
    public var per: String?
    /// `document` when the currency of a bare 元 was decided from the document (Taiwan: TWD).
    public var currencyBasis: String?
    // date
    public var value: String?
    public var start: String?
    public var end: String?
    public var unresolved: Bool?
    // place, company, organisation
    public var name: String?
    public var code: String?
    public var level: String?
    public var parents: [String]?
    public var alternatives: [String]?
    public var formerName: String?
    public var fullName: String?

    public init() {}
  }
}
