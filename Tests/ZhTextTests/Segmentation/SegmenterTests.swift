import Testing
import ZhText

@Suite("Segmenter")
struct SegmenterTests {
  let segmenter = Segmenter()

  func words(_ text: String) -> [String] {
    segmenter.segment(text).filter { $0.kind != .whitespace }.map(\.text)
  }

  @Test func tokensCoverTheTextWithConsistentOffsets() {
    let text = "𠮷野家在北京，2024年5月18日 09:18。\n下一行"
    let tokens = segmenter.segment(text)
    #expect(tokens.map(\.text).joined() == text)
    let scalars = Array(text.unicodeScalars)
    let bytes = Array(text.utf8)
    var position = 0
    for token in tokens {
      #expect(token.start == position)
      var slice = String()
      slice.unicodeScalars.append(contentsOf: scalars[token.start..<token.end])
      #expect(slice == token.text)
      #expect(String(decoding: bytes[token.utf8Start..<token.utf8End], as: UTF8.self) == token.text)
      position = token.end
    }
    #expect(position == scalars.count)
  }

  @Test func emptyTextHasNoTokens() {
    #expect(segmenter.segment("").isEmpty)
  }

  @Test(arguments: ["730", "14.5", "21,056", "２０２４", "54,275.00"])
  func keepsNumbersWhole(_ number: String) {
    let tokens = segmenter.segment("總投資\(number)億元")
    #expect(tokens.contains { $0.text == number && $0.kind == .number })
  }

  @Test func traditionalAndSimplifiedSegmentAlike() {
    let pairs = [
      ("貴州畢節磷煤化工一體化項目總投資金額為730億元", "贵州毕节磷煤化工一体化项目总投资金额为730亿元"),
      ("佛山市南海區與黔東南州從江縣兩地合作協議", "佛山市南海区与黔东南州从江县两地合作协议"),
      ("產業合作與開放發展帶來全新機遇", "产业合作与开放发展带来全新机遇"),
    ]
    for (traditional, simplified) in pairs {
      let t = segmenter.segment(traditional).map { $0.start..<$0.end }
      let s = segmenter.segment(simplified).map { $0.start..<$0.end }
      #expect(t == s, "\(traditional)")
    }
  }

  @Test func placeNamesFromTheGazetteerStayWhole() {
    #expect(words("貴州畢節項目").starts(with: ["貴州", "畢節"]))
    #expect(words("推動從江乃至黔東南州").contains("從江"))
    #expect(words("推動從江乃至黔東南州").contains("黔東南"))
  }

  @Test func numeralAndClassifierAreTwoWords() {
    #expect(words("他的一个朋友") == ["他", "的", "一", "个", "朋友"])
    #expect(words("这种车辆") == ["这", "种", "车辆"])
  }

  @Test func chineseNumeralRunsStayWhole() {
    #expect(words("项目投资四百五十万元").contains("四百五十万"))
    #expect(words("第二十一届").contains("第二十一"))
  }

  @Test func transcribedForeignNamesAreJoined() {
    #expect(words("代表团访问了萨克森和勃兰登堡两个州").contains("勃兰登堡"))
  }

  @Test func punctuationAndWhitespaceAreTheirOwnTokens() {
    let tokens = segmenter.segment("北京， 上海")
    #expect(tokens.map(\.kind) == [.word, .punctuation, .whitespace, .word])
  }

  @Test func longTextIsSegmentedInChunksWithoutLosingAnything() {
    let sentence = "貴州畢節磷煤化工一體化項目總投資金額為730億元，預計實現年產值1200億元以上"
    let text = String(repeating: sentence, count: 3000)  // one line, no sentence end
    var count = 0
    var position = 0
    var joined = ""
    segmenter.enumerateTokens(in: text) { token in
      #expect(token.start == position)
      position = token.end
      joined += token.text
      count += 1
    }
    #expect(joined == text)
    #expect(count > 3000 * 10)
  }
}

@Suite("Lexicon")
struct LexiconTests {
  @Test func userWordsWinOverICUsSplit() {
    var lexicon = Lexicon()
    lexicon.insert("磷煤化工")
    let words = Segmenter(lexicons: [lexicon]).segment("磷煤化工項目").map(\.text)
    #expect(words == ["磷煤化工", "項目"])
  }

  @Test func traditionalAndSimplifiedEntriesAreTheSameWord() {
    var lexicon = Lexicon()
    lexicon.insert("磷煤化工一體化")
    lexicon.insert("磷煤化工一体化")
    #expect(lexicon.count == 1)
    #expect(Segmenter(lexicons: [lexicon]).segment("磷煤化工一体化").count == 1)
  }

  @Test func singleCharactersAreIgnored() {
    var lexicon = Lexicon()
    lexicon.insert("中")
    #expect(lexicon.count == 0)
  }

  @Test func missingFileIsAnError() {
    #expect(throws: LexiconError.self) { try Lexicon(contentsOfFile: "/nonexistent/words.txt") }
    do {
      _ = try Lexicon(contentsOfFile: "/nonexistent/words.txt")
    } catch {
      #expect(error.description == "/nonexistent/words.txt: no such file or directory")
    }
  }
}
