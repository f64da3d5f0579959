/// A word of segmented text, with its span.
public struct Token: Sendable, Hashable, Codable {
  /// What a token is made of, from ICU's rule status and the characters.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Chinese characters (a dictionary word).
    case word
    /// Digits, with any separators and decimal point inside them.
    case number
    /// Latin or other alphabetic letters.
    case letters
    /// Punctuation and symbols.
    case punctuation
    /// Spaces, tabs and line breaks.
    case whitespace
  }

  /// The token's text, exactly as in the input.
  public var text: String
  /// The token's span in Unicode scalars from the start of the segmented text, end exclusive.
  public var start: Int
  public var end: Int
  public var kind: Kind

  public init(text: String, start: Int, end: Int, kind: Kind) {
    self.text = text
    self.start = start
    self.end = end
    self.kind = kind
  }
}
