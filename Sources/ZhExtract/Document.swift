/// What `zhkit extract` prints for one input: the article's metadata and its entities, as
/// ../shared/spec/contract.md (schema `zhkit/1`) defines them.
///
/// ```swift
/// let document = Extractor().extract(text)
/// document.article?.title        // "深化區域合作 服務國家戰略 …"
/// document.entities.first?.type  // .money
/// ```
///
/// Encodes (``DocumentEncoder``) to the contract's JSON: keys in a fixed (sorted) order,
/// absent fields omitted, offsets in Unicode scalars.
public struct Document: Codable, Sendable, Hashable {
  /// Always `zhkit/1` for this version of the contract.
  public var schema: String = "zhkit/1"
  /// The `id` of a JSON Lines record, echoed.
  public var id: JSONValue?
  /// The script of the text: `traditional`, `simplified`, `mixed` or `none`.
  public var script: Script?
  /// The date relative expressions were resolved against (`YYYY-MM-DD`), when there was one.
  public var referenceDate: String?
  /// The article's metadata, when the text looks like an article (a plain sentence has none).
  public var article: Article?
  /// The entities found, sorted by start, not overlapping.
  public var entities: [Entity]?
  /// Set instead of the rest when the input could not be processed.
  public var error: ErrorMessage?

  /// A document with the given parts; a successful one has `entities` (possibly empty).
  public init(
    id: JSONValue? = nil, script: Script? = nil, referenceDate: String? = nil, article: Article? = nil,
    entities: [Entity]? = [], error: ErrorMessage? = nil
  ) {
    self.id = id
    self.script = script
    self.referenceDate = referenceDate
    self.article = article
    self.entities = entities
    self.error = error
  }

  /// A document for an input that failed: its id (when known) and the reason.
  public static func failure(id: JSONValue?, message: String) -> Document {
    Document(id: id, entities: nil, error: ErrorMessage(message: message))
  }

  /// Why an input produced no document: `{"message": "..."}`.
  public struct ErrorMessage: Codable, Sendable, Hashable {
    /// One line naming the input and the reason.
    public var message: String
    /// An error with `message`.
    public init(message: String) { self.message = message }
  }
}

/// The script a text is written in.
public enum Script: String, Codable, Sendable, Hashable, CaseIterable {
  case traditional, simplified, mixed, none
}

/// A span of the input, in Unicode scalars, end exclusive.
public struct Span: Codable, Sendable, Hashable {
  /// The first scalar of the span.
  public var start: Int
  /// The scalar just past the span.
  public var end: Int
  /// The span `start..<end`.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}

/// What the article normaliser found around the text of an article.
public struct Article: Codable, Sendable, Hashable {
  /// The headline (a headline split over several lines is joined with a space).
  public var title: String?
  /// The publication time, ISO 8601 with the outlet's offset (`2024-05-18T09:18:17+08:00`).
  public var published: String?
  /// Where the article comes from (來源/来源).
  public var source: String?
  /// The web site it was taken from (新華網).
  public var site: String?
  /// The site's channel or section (貴州頻道).
  public var channel: String?
  /// Reporters named in the byline or the dateline (記者, 通讯员, 文/).
  public var reporters: [String]?
  /// Editors and proof-readers (責任編輯, 编辑, 校对).
  public var editors: [String]?
  /// A news agency's dateline at the start of the body (新华社北京3月5日电).
  public var dateline: Dateline?
  /// The article's text, from its first paragraph to its last.
  public var body: Span?
  /// Each paragraph of the body.
  public var paragraphs: [Span]?
  /// Lines of page furniture that are not the article (返回首頁, 相關閱讀, 分享到 …).
  public var boilerplate: [Span]?

  /// An article with nothing found yet.
  public init() {}

  var isEmpty: Bool {
    title == nil && published == nil && source == nil && site == nil && channel == nil
      && reporters == nil && editors == nil && dateline == nil && body == nil
  }
}

/// A news agency's dateline: 新华社北京3月5日电, 中央社台北5日電, 本報訊.
public struct Dateline: Codable, Sendable, Hashable {
  /// The dateline as written.
  public var text: String
  /// The first scalar of the span.
  public var start: Int
  /// The scalar just past the span.
  public var end: Int
  /// The agency or paper (新华社, 中央社, 本報).
  public var agency: String
  /// The place it was filed from (北京, 台北), when given.
  public var place: String?
  /// The date it was filed, resolved to `YYYY-MM-DD` when the year is known.
  public var date: String?

  /// A dateline over `start..<end`.
  public init(text: String, start: Int, end: Int, agency: String, place: String? = nil, date: String? = nil) {
    self.text = text
    self.start = start
    self.end = end
    self.agency = agency
    self.place = place
    self.date = date
  }
}
