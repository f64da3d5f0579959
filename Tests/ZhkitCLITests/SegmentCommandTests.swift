import Foundation
import Testing

@Suite("zhkit segment")
struct SegmentCommandTests {
  @Test func printsTheWordsOfEachLineSeparatedBySpaces() throws {
    let result = try ZhkitProcess.run(["segment"], input: "南京市长江大桥\n\n總投資730億元。\n")
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.output == "南京市 长江 大 桥\n\n總 投資 730 億 元 。\n")
  }

  @Test func keepsOneOutputLinePerInputLineWithCRLFAndNoFinalNewline() throws {
    let result = try ZhkitProcess.run(["segment"], input: "第一行\r\n  \r\n最後一行")
    #expect(result.output == "第一 行\n\n最後 一行\n")
  }

  @Test func jsonGivesTokenRecordsWithScalarOffsetsIntoTheInput() throws {
    let input = "𠮷野家\n在北京"
    let result = try ZhkitProcess.run(["segment", "--json"], input: input)
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 2)
    let scalars = Array(input.unicodeScalars)
    for line in lines {
      let records = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [[String: Any]])
      #expect(!records.isEmpty)
      for record in records {
        let start = try #require(record["start"] as? Int)
        let end = try #require(record["end"] as? Int)
        var slice = String()
        slice.unicodeScalars.append(contentsOf: scalars[start..<end])
        #expect(slice == record["text"] as? String)
      }
    }
    let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [[String: Any]])
    #expect(second.first?["start"] as? Int == 4)  // 𠮷野家 and the line break before it
  }

  @Test func userDictionaryKeepsItsWordsWhole() throws {
    let directory = try TemporaryDirectory()
    let dictionary = try directory.file("words.txt", "# my words\n磷煤化工 10 n\n")
    let without = try ZhkitProcess.run(["segment"], input: "磷煤化工項目")
    #expect(!without.output.hasPrefix("磷煤化工 "))
    let with = try ZhkitProcess.run(["segment", "--dict", dictionary], input: "磷煤化工項目")
    #expect(with.output == "磷煤化工 項目\n")
  }

  @Test func unreadableUserDictionaryIsReportedInOneLine() throws {
    let directory = try TemporaryDirectory()
    let dictionary = try directory.file("bad.txt", [0x61, 0x0A, 0xFF, 0x0A])
    let result = try ZhkitProcess.run(["segment", "--dict", dictionary], input: "中文")
    #expect(result.status == 1)
    #expect(result.stderr == "zhkit: \(dictionary):2: not UTF-8 (byte 2)\n")
  }

  @Test func threadsDoNotChangeTheOutput() throws {
    var text = ""
    for n in 0..<20_000 { text += "第\(n)行：貴州畢節的項目總投資730億元，佛山市南海區與黔東南州合作。\n" }
    let one = try ZhkitProcess.run(["segment", "--threads", "1"], input: text)
    let two = try ZhkitProcess.run(["segment", "--threads", "2"], input: text)
    let json1 = try ZhkitProcess.run(["segment", "--json", "--threads", "1"], input: text)
    let json2 = try ZhkitProcess.run(["segment", "--json", "--threads", "2"], input: text)
    #expect(one.status == 0 && two.status == 0)
    #expect(one.stdout == two.stdout)
    #expect(json1.stdout == json2.stdout)
    #expect(one.output.split(separator: "\n").count == 20_000)
  }

  @Test func rejectsZeroThreads() throws {
    let result = try ZhkitProcess.run(["segment", "--threads", "0"], input: "中文")
    #expect(result.status == 64)
  }
}
