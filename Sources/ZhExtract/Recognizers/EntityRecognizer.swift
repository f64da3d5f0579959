import ZhText

/// A recogniser of one entity type: it reads a text (in both its original form and its
/// Simplified view) and returns candidate entities, which the ``Extractor`` merges.
///
/// Recognisers never throw: odd text just yields fewer entities.
public protocol EntityRecognizer: Sendable {
  /// The type of entities this recogniser reports.
  var kind: Entity.Kind { get }
  /// Candidate entities in `text`; they may overlap each other and other recognisers'.
  func entities(in text: RecognitionText) -> [Entity]
}

/// What recognisers read: the text, its Simplified view (same offsets), the reference date
/// and what the article normaliser found.
public struct RecognitionText: Sendable {
  /// The original text.
  public let text: String
  /// Its Unicode scalars: entity offsets index these.
  public let scalars: [Unicode.Scalar]
  /// The Simplified view, one scalar for each of `scalars`.
  public let view: [Unicode.Scalar]
  /// The view with full-width ASCII made ASCII (１４．５ → 14.5), ￥ made ¥ and wave dashes
  /// made ~: what number and date patterns match on. Same length again.
  public let matchable: [Unicode.Scalar]
  /// The date relative expressions resolve against (`YYYY-MM-DD`), if any.
  public let referenceDate: String?
  /// The script of the whole text.
  public let script: Script
  /// The article's metadata, if the text is an article.
  public let article: Article?
  /// Where the text comes from, as its wording tells (Traditional text only): what a bare 元
  /// means, whether 113年 is a ROC year, which day 國慶 is.
  public let region: Region

  /// Mainland China, Taiwan or Hong Kong.
  public enum Region: Sendable, Hashable {
    case mainland, taiwan, hongKong
  }

  /// What recognisers read, computed once per document.
  public init(
    text: String, scalars: [Unicode.Scalar], view: [Unicode.Scalar], referenceDate: String?, script: Script,
    article: Article?
  ) {
    self.text = text
    self.scalars = scalars
    self.view = view
    self.referenceDate = referenceDate
    self.script = script
    self.article = article
    matchable = Self.matchable(view)
    if script == .traditional || script == .mixed {
      switch MoneyRecognizer.documentCurrency(matchable).code {
      case "TWD": region = .taiwan
      case "HKD": region = .hongKong
      default: region = .mainland
      }
    } else {
      region = .mainland
    }
  }

  /// Full-width ASCII to ASCII, ￥ to ¥, wave dashes to ~ (same length).
  static func matchable(_ view: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out = view
    out.withUnsafeMutableBufferPointer { buffer in
      for i in buffer.indices {
        let v = buffer[i].value
        if v >= 0xFF01 && v <= 0xFF5E {
          buffer[i] = Unicode.Scalar(v - 0xFEE0).unsafelyUnwrapped
        } else if v == 0xFFE5 {
          buffer[i] = "¥"
        } else if v == 0xFF5E || v == 0x301C {
          buffer[i] = "~"
        }
      }
    }
    return out
  }

  /// The original text of a span.
  public func original(_ range: Range<Int>) -> String {
    String(scalars: scalars[range])
  }

  /// The Simplified view of a span.
  public func simplified(_ range: Range<Int>) -> String {
    String(scalars: view[range])
  }

  /// An entity of `kind` over `range`, its text taken from the original.
  public func entity(_ kind: Entity.Kind, _ range: Range<Int>, _ normalized: Entity.Normalized?) -> Entity {
    Entity(type: kind, text: original(range), start: range.lowerBound, end: range.upperBound, normalized: normalized)
  }
}
