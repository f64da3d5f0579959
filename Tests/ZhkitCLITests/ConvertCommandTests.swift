import Foundation
import Testing

@Suite("zhkit convert")
struct ConvertCommandTests {
  @Test func convertsToTraditionalPhraseByPhrase() throws {
    let result = try ZhkitProcess.run(["convert", "--to", "traditional"], input: "头发和发展\n干燥的干部\n")
    #expect(result.status == 0)
    #expect(result.output == "頭髮和發展\n乾燥的幹部\n")
  }

  @Test func convertsToSimplifiedKeepingLines() throws {
    let result = try ZhkitProcess.run(["convert", "--to", "simplified"], input: "營收約730億元\r\n\n「著名」的專家說著")
    #expect(result.output == "营收约730亿元\r\n\n“著名”的专家说着")
  }

  @Test func taiwanAndHongKongVariants() throws {
    let tw = try ZhkitProcess.run(["convert", "--to", "traditional", "--variant", "tw"], input: "虚伪的里面")
    #expect(tw.output == "虛偽的裡面")
    let twPhrases = try ZhkitProcess.run(
      ["convert", "--to", "traditional", "--variant", "tw", "--regional-phrases"], input: "软件和鼠标")
    #expect(twPhrases.output == "軟體和滑鼠")
    let back = try ZhkitProcess.run(
      ["convert", "--to", "simplified", "--variant", "tw", "--regional-phrases"], input: "軟體和滑鼠")
    #expect(back.output == "软件和鼠标")
  }

  @Test func regionalPhrasesNeedTheTaiwanVariant() throws {
    let result = try ZhkitProcess.run(["convert", "--to", "traditional", "--regional-phrases"], input: "软件")
    #expect(result.status == 64)
  }

  @Test func toIsRequired() throws {
    let result = try ZhkitProcess.run(["convert"], input: "软件")
    #expect(result.status == 64)
  }
}
