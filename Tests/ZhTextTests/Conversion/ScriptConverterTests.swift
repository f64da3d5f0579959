import Testing
import ZhText

@Suite("ScriptConverter")
struct ScriptConverterTests {
  let toTraditional = ScriptConverter(to: .traditional)
  let toSimplified = ScriptConverter(to: .simplified)

  /// Simplified characters with several Traditional forms take the one the phrase needs.
  @Test(arguments: [
    ("发展", "發展"), ("头发", "頭髮"), ("干燥", "乾燥"), ("干部", "幹部"), ("后来", "後來"), ("皇后", "皇后"),
    ("里面", "裏面"), ("公里", "公里"), ("面条", "麪條"), ("表面", "表面"),
  ])
  func simplifiedToTraditionalPicksByPhrase(_ pair: (String, String)) {
    #expect(toTraditional.convert(pair.0) == pair.1)
  }

  @Test func traditionalToSimplified() {
    #expect(toSimplified.convert("貴州畢節磷煤化工一體化項目總投資金額為730億元") == "贵州毕节磷煤化工一体化项目总投资金额为730亿元")
    #expect(toSimplified.convert("産業園區") == "产业园区")
  }

  @Test func particleZheBecomesSimplifiedZheButZhuWordsKeepIt() {
    #expect(toSimplified.convert("他們堅持著，標誌著") == "他们坚持着，标志着")
    #expect(toSimplified.convert("著名作家的著作很顯著") == "著名作家的著作很显著")
  }

  @Test func accountsAreZhangAndCornerQuotesBecomeCurlyQuotes() {
    #expect(toSimplified.convert("秘密帳戶") == "秘密账户")
    #expect(toSimplified.convert("「門洞」") == "“门洞”")
  }

  @Test func keepsWhatItDoesNotKnow() {
    let text = "ASCII 123, emoji 🙂, かな, 𠮷, \t\r\n"
    #expect(toSimplified.convert(text) == text)
    #expect(toTraditional.convert(text) == text)
    #expect(toSimplified.convert("") == "")
  }

  @Test func roundTripOfCommonNewsText() {
    let simplified = "国务院发布关于推动长江经济带发展的意见，总投资约14.5亿元。"
    let traditional = toTraditional.convert(simplified)
    #expect(traditional == "國務院發佈關於推動長江經濟帶發展的意見，總投資約14.5億元。")
    #expect(toSimplified.convert(traditional) == simplified)
  }

  @Test func regionalVariants() {
    #expect(ScriptConverter(to: .traditional, variant: .tw).convert("虚伪") == "虛偽")
    #expect(ScriptConverter(to: .traditional, variant: .hk).convert("虚伪") == "虛偽")
    #expect(ScriptConverter(to: .simplified, variant: .tw).convert("裡面") == "里面")
    #expect(ScriptConverter(to: .traditional, variant: .tw, regionalPhrases: true).convert("软件") == "軟體")
  }

  @Test func convertsUTF8IntoABuffer() {
    var output: [UInt8] = Array("前:".utf8)
    var input = "中国"
    input.withUTF8 { toTraditional.convert(utf8: $0, into: &output) }
    #expect(String(decoding: output, as: UTF8.self) == "前:中國")
  }
}

@Suite("SimplifiedView")
struct SimplifiedViewTests {
  @Test func keepsEveryOffset() {
    let original = "貴州畢節𠮷，「乾隆」與產業"
    let view = SimplifiedView(original)
    #expect(view.text.unicodeScalars.count == original.unicodeScalars.count)
    #expect(view.scalars.count == original.unicodeScalars.count)
    #expect(view.text == "贵州毕节𠮷，“乾隆”与产业")
    #expect(view.originalRange(of: 2..<4) == 2..<4)
  }

  @Test func leavesSimplifiedTextAsItIs() {
    let text = "佛山市南海区与黔东南州从江县"
    #expect(SimplifiedView(text).text == text)
  }
}
