/// Splits Chinese text into words: ICU's dictionary word breaker, corrected by a lexicon and
/// a few rules where it fails news text.
///
/// ```swift
/// let words = Segmenter().segment("貴州畢節磷煤化工一體化項目").map(\.text)
/// ```
///
/// What it adds to ICU:
/// - Traditional and Simplified text segment the same way: ICU breaks a Simplified view of the
///   text (same length, character by character) and the tokens are the original's.
/// - Lexicons (the project's word list and user dictionaries) re-split ICU's runs of Chinese
///   words: the segmentation with the fewest words wins, and among those the one that uses
///   most lexicon words.
/// - Numerals: runs of Chinese numerals stay whole (四百五十万, 第二十一), a numeral or
///   demonstrative and its classifier are two words (一 个, 这 种); digits stay whole
///   (730, 14.5, 21,056, ２０２４), as ICU keeps them.
/// - A pronoun and 的 are two words (他 的).
/// - Foreign names ICU breaks into single characters (勃 兰 登 堡) are joined when every
///   character is one used to transcribe foreign names.
///
/// A value type: each call opens its own ICU iterator, so one instance can be shared between
/// tasks.
public struct Segmenter: Sendable {
  /// The words in use: the built-in lexicon merged with any given at creation.
  public let lexicon: Lexicon

  /// A segmenter with the built-in lexicon and `lexicons` (user dictionaries).
  public init(lexicons: [Lexicon] = []) {
    var merged = Lexicon.builtIn
    for extra in lexicons { merged.formUnion(extra) }
    self.lexicon = merged
  }

  /// Returns the tokens of `text` in order, whitespace and punctuation included, with spans in
  /// Unicode scalars and UTF-8 bytes. Content never throws: text ICU cannot break comes back
  /// as single characters.
  public func segment(_ text: String) -> [Token] {
    var tokens: [Token] = []
    enumerateTokens(in: text) { tokens.append($0) }
    return tokens
  }

  /// Calls `body` with each token of `text` in order without keeping them all: the text is
  /// processed in chunks of bounded size, so memory stays small on long inputs.
  public func enumerateTokens(in text: String, _ body: (Token) -> Void) {
    var text = text
    text.withUTF8 { bytes in
      enumerateSpans(inUTF8: bytes) { span in
        let slice = UnsafeBufferPointer(rebasing: bytes[span.utf8Start..<span.utf8End])
        body(
          Token(
            text: String(decoding: slice, as: UTF8.self), start: span.start, end: span.end,
            utf8Start: span.utf8Start, utf8End: span.utf8End, kind: span.kind))
      }
    }
  }

  /// Calls `body` with the span of each token of the UTF-8 text `bytes` (which must be valid
  /// UTF-8, as a `String`'s are): the allocation-free form of ``enumerateTokens(in:_:)``.
  public func enumerateSpans(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (TokenSpan) -> Void) {
    var session = SegmenterSession(lexicon: lexicon.trie)
    session.enumerateSpans(in: bytes, body)
  }
}
