import Foundation
import Testing

@testable import ZhExtract

@Suite("DocumentEncoder")
struct DocumentEncoderTests {
  /// A document with every field set, and strings that need escaping.
  static func fullDocument() -> Document {
    var article = Article()
    article.title = "標題 \"quoted\" \\ back/slash\n\t\u{01}\u{1F}\u{7F} 🙂 \u{2028}"
    article.published = "2024-05-18T09:18:17+08:00"
    article.source = "貴州日報"
    article.site = "新華網"
    article.channel = "貴州頻道"
    article.reporters = ["馮倩", "王芳"]
    article.editors = []
    article.dateline = Dateline(text: "新华社北京3月5日电", start: 0, end: 10, agency: "新华社", place: "北京", date: "2024-03-05")
    article.body = Span(start: 145, end: 2390)
    article.paragraphs = [Span(start: 145, end: 288), Span(start: 290, end: 467)]
    article.boilerplate = [Span(start: 34, end: 43)]
    var money = Entity.Normalized()
    money.currency = "CNY"
    money.amount = "73000000000"
    money.modifier = "approximately"
    money.per = "股"
    money.currencyBasis = "document"
    var date = Entity.Normalized()
    date.start = "2024-04-20"
    date.end = "2024-04-22"
    date.value = "2024"
    date.unresolved = true
    var place = Entity.Normalized()
    place.name = "毕节市"
    place.code = "520500"
    place.level = "prefecture"
    place.parents = ["贵州省"]
    place.alternatives = ["A", "B"]
    place.formerName = "x"
    place.fullName = "y"
    place.min = "1"
    place.max = "2"
    return Document(
      id: .object(["b": .array([.number("1"), .bool(true), .null, .string("s")]), "a": .number("-7")]),
      script: .traditional, referenceDate: "2024-05-18", article: article,
      entities: [
        Entity(type: .money, text: "730億元", start: 238, end: 243, normalized: money),
        Entity(type: .date, text: "4月20日至22日", start: 145, end: 154, normalized: date),
        Entity(type: .place, text: "畢節", start: 246, end: 248, normalized: place),
        Entity(type: .company, text: "X", start: 1, end: 2),
        Entity(type: .organization, text: "「新華社」\"\\\n", start: 3, end: 10),
      ])
  }

  @Test func fastWriterMatchesFoundationsEncoderByteForByte() throws {
    let encoder = DocumentEncoder()
    let documents = [
      Self.fullDocument(), Document(), Document.failure(id: .string("x"), message: "line 3: not a JSON object"),
      Document(id: .number("12"), script: Script.none, entities: []),
      // Places whose normalised form is a gazetteer entry's, rendered ahead, beside ones with
      // a former name or alternatives, rendered per mention.
      Extractor().extract("貴州畢節與襄樊簽約，鼓楼区和朝阳的企業參加，總投資約14.5億元。", referenceDate: "2024-05-18"),
    ]
    for document in documents {
      let fast = try encoder.encode(document)
      let reference = try encoder.foundationEncoding(document)
      #expect(String(decoding: fast, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
      // What zhkit extract writes: the same bytes and a line break.
      #expect(encoder.encodeLine(document) == Array(fast) + [0x0A])
    }
  }

  @Test func roundTripsThroughCodable() throws {
    let document = Self.fullDocument()
    let data = try DocumentEncoder().encode(document)
    #expect(try JSONDecoder().decode(Document.self, from: data) == document)
  }

  @Test func failureDocumentHasOnlySchemaIdAndError() throws {
    let data = try DocumentEncoder().encode(.failure(id: .number("3"), message: "bad"))
    #expect(String(decoding: data, as: UTF8.self) == #"{"error":{"message":"bad"},"id":3,"schema":"zhkit/1"}"#)
  }
}
