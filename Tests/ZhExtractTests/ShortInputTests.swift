import Testing
import ZhExtract

/// Every short string over the characters that start or continue each recogniser's grammar is
/// extracted without a trap, and what comes out keeps the contract: entities in order, not
/// overlapping, inside the text, their text the text of their span.
///
/// A trap here once killed a whole stream (上周礼拜: a week word at the end of the text read past
/// it), so these run every string up to three characters and a fixed sample of four.
@Suite("Short inputs")
struct ShortInputTests {
  /// The characters each grammar turns on, with a few that end or break words.
  static let alphabets: [(String, String)] = [
    ("date", "上下这本今周星期礼拜年月日号一五十〇0 9-./至初旬半季前昨晚时点分（）"),
    ("money", "元角分万亿美港币约多几十百零壹佰.,09$¥-至每股/以上逾不"),
    ("place", "中国美日赴访来华川渝黔省市县区镇村港机场北京南海朝阳西长安"),
    ("company", "有限公司集团股份、与和（）简称下“”华为小米银行董事长任(「」"),
    ("traditional", "週禮拜萬億圓幣國縣區鎮銀行簡稱為與義務"),
  ]

  static func check(_ text: String, _ extractor: Extractor) {
    let document = extractor.extract(text, referenceDate: "2024-05-18")
    let scalars = Array(text.unicodeScalars)
    var last = 0
    for e in document.entities ?? [] {
      #expect(e.start >= last && e.start < e.end && e.end <= scalars.count, "\(text): \(e)")
      guard e.start >= last, e.start < e.end, e.end <= scalars.count else { return }
      var span = String.UnicodeScalarView()
      span.append(contentsOf: scalars[e.start..<e.end])
      #expect(String(span) == e.text, "\(text): \(e)")
      last = e.end
    }
  }

  @Test(arguments: alphabets.map(\.0))
  func everyStringUpToThreeCharacters(_ name: String) {
    let alphabet = Array(Self.alphabets.first { $0.0 == name }!.1)
    let extractor = Extractor()
    for a in alphabet {
      Self.check(String(a), extractor)
      for b in alphabet {
        Self.check(String([a, b]), extractor)
        for c in alphabet { Self.check(String([a, b, c]), extractor) }
      }
    }
  }

  @Test(arguments: alphabets.map(\.0))
  func sampleOfFourCharacters(_ name: String) {
    let alphabet = Array(Self.alphabets.first { $0.0 == name }!.1)
    let extractor = Extractor()
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<4_000 {
      var s = ""
      for _ in 0..<4 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        s.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      Self.check(s, extractor)
    }
  }

  /// The reproducers of the week-word trap, each in both scripts.
  @Test(arguments: ["上周礼拜", "下周星期", "这周星期", "本周礼拜", "星期星期", "礼拜礼拜", "上週禮拜", "下週星期", "這週星期"])
  func weekWordAtTheEnd(_ text: String) {
    let document = Extractor().extract(text, referenceDate: "2024-05-18")
    #expect(document.error == nil)
    Self.check(text, Extractor())
  }

  @Test func weekWordTwiceWithItsDayIsOneDate() {
    let entities = Extractor(types: [.date]).extract("下周周六开会", referenceDate: "2024-05-18").entities ?? []
    #expect(entities.map(\.text) == ["下周周六"])
    #expect(entities.first?.normalized?.value == "2024-05-25")
  }
}
