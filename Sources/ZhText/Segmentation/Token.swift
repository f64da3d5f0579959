/// A word of segmented text, with its span.
public struct Token: Sendable, Hashable, Codable {
  /// What a token is made of, from ICU's rule status and the characters.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Chinese characters (a dictionary word), or kana.
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
  /// The scalar just past the token.
  public var end: Int
  /// The same span in UTF-8 bytes.
  public var utf8Start: Int
  /// The byte just past the token.
  public var utf8End: Int
  /// What the token is made of.
  public var kind: Kind

  /// A token of `kind` with its text and both spans.
  public init(text: String, start: Int, end: Int, utf8Start: Int, utf8End: Int, kind: Kind) {
    self.text = text
    self.start = start
    self.end = end
    self.utf8Start = utf8Start
    self.utf8End = utf8End
    self.kind = kind
  }
}

/// A token's span without its text: what ``Segmenter/enumerateSpans(inUTF8:_:)`` reports, for
/// callers that copy bytes themselves.
public struct TokenSpan: Sendable, Hashable {
  /// Offsets in Unicode scalars, end exclusive.
  public var start: Int
  /// The scalar just past the token.
  public var end: Int
  /// Offsets in UTF-8 bytes, end exclusive.
  public var utf8Start: Int
  /// The byte just past the token.
  public var utf8End: Int
  /// What the token is made of.
  public var kind: Token.Kind
}
