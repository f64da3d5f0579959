import Foundation
import Testing

@Suite("zhkit extract")
struct ExtractCommandTests {
  func documents(_ data: Data) throws -> [[String: Any]] {
    try data.split(separator: UInt8(ascii: "\n")).map {
      try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
    }
  }

  @Test func printsOneDocumentForAnArticle() throws {
    let article = """
      長江經濟帶項目簽約-新華網
      2024-05-18 09:18:17  來源:貴州日報
      長江經濟帶項目簽約
      　　本報訊 5月9日，貴州與重慶簽訂合作協議，雙方將共同推進長江經濟帶綠色發展，首批項目已經開工建設。
      （記者 李明）
      [責任編輯:王芳]
      """
    let result = try ZhkitProcess.run(["extract"], input: article)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let docs = try documents(result.stdout)
    #expect(docs.count == 1)
    let doc = try #require(docs.first)
    #expect(doc["schema"] as? String == "zhkit/1")
    #expect(doc["script"] as? String == "traditional")
    #expect(doc["referenceDate"] as? String == "2024-05-18")
    let meta = try #require(doc["article"] as? [String: Any])
    #expect(meta["title"] as? String == "長江經濟帶項目簽約")
    #expect(meta["site"] as? String == "新華網")
    #expect(meta["source"] as? String == "貴州日報")
    #expect(meta["published"] as? String == "2024-05-18T09:18:17+08:00")
    #expect(meta["reporters"] as? [String] == ["李明"])
    #expect(meta["editors"] as? [String] == ["王芳"])
    let dateline = try #require(meta["dateline"] as? [String: Any])
    #expect(dateline["agency"] as? String == "本報")
    #expect(doc["entities"] is [Any])
  }

  @Test func plainSentenceHasNoArticleFields() throws {
    let result = try ZhkitProcess.run(["extract"], input: "营收约730亿元。")
    let doc = try #require(try documents(result.stdout).first)
    #expect(doc["article"] == nil)
    #expect(doc["script"] as? String == "simplified")
    #expect(doc["referenceDate"] == nil)
  }

  @Test func textWithoutChineseHasScriptNone() throws {
    let result = try ZhkitProcess.run(["extract"], input: "Revenue rose 5% to $73 billion.")
    let doc = try #require(try documents(result.stdout).first)
    #expect(doc["script"] as? String == "none")
  }

  @Test func jsonLinesKeepsOneOutputLinePerInputLineInOrder() throws {
    var input = ""
    for n in 1...10_000 {
      switch n % 100 {
      case 0: input += (n / 100) % 3 == 0 ? "not json at all\n" : (n / 100) % 3 == 1 ? "{\"id\": \(n)}\n" : "{\"id\": \(n), \"text\": 42}\n"
      default: input += "{\"id\": \(n), \"text\": \"第\(n)條：今年4月，貴州與廣東簽約。\", \"referenceDate\": \"2024-05-18\"}\n"
      }
    }
    let result = try ZhkitProcess.run(["extract", "--jsonl", "--threads", "2"], input: input)
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 10_000)
    var errors = 0
    for (index, line) in lines.enumerated() {
      let doc = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
      if doc["error"] != nil {
        errors += 1
        #expect((index + 1) % 100 == 0)
      } else {
        #expect(doc["id"] as? Int == index + 1)
        #expect(doc["referenceDate"] as? String == "2024-05-18")
      }
    }
    #expect(errors == 100)
    #expect(result.stderr.split(separator: "\n").count == 100)
  }

  @Test func sameInputGivesByteIdenticalOutputWhateverTheThreads() throws {
    var input = ""
    for n in 1...600 {
      input += "{\"id\": \"doc-\(n)\", \"text\": \"新华社成都3月5日电 成渝地区双城经济圈项目总投资约4200亿元。第\(n)个项目在成都签约。\"}\n"
    }
    let one = try ZhkitProcess.run(["extract", "--jsonl", "--threads", "1"], input: input)
    let two = try ZhkitProcess.run(["extract", "--jsonl", "--threads", "2"], input: input)
    let again = try ZhkitProcess.run(["extract", "--jsonl", "--threads", "2"], input: input)
    #expect(one.status == 0)
    #expect(one.stdout == two.stdout)
    #expect(two.stdout == again.stdout)
  }

  @Test func idIsEchoedWhateverItsType() throws {
    let input = """
      {"id": "a-1", "text": "中文"}
      {"id": 7, "text": "中文"}
      {"id": {"source": "x", "n": [1, 2]}, "text": "中文"}
      {"text": "中文"}

      """
    let result = try ZhkitProcess.run(["extract", "--jsonl"], input: input)
    let docs = try documents(result.stdout)
    #expect(docs.count == 4)
    #expect(docs[0]["id"] as? String == "a-1")
    #expect(docs[1]["id"] as? Int == 7)
    #expect((docs[2]["id"] as? [String: Any])?["source"] as? String == "x")
    #expect(docs[3]["id"] == nil)
  }

  @Test func referenceDateOptionOverridesTheRecordsAndIsValidated() throws {
    let input = #"{"id": 1, "text": "中文", "referenceDate": "2024-05-18"}"# + "\n"
    let result = try ZhkitProcess.run(["extract", "--jsonl", "--reference-date", "2023-01-02"], input: input)
    #expect(try documents(result.stdout).first?["referenceDate"] as? String == "2023-01-02")
    let bad = try ZhkitProcess.run(["extract", "--reference-date", "2023-02-30"], input: "中文")
    #expect(bad.status == 64)
    let badRecord = try ZhkitProcess.run(["extract", "--jsonl"], input: #"{"id": 1, "text": "中文", "referenceDate": "May 5"}"#)
    #expect(badRecord.status == 1)
    #expect(try documents(badRecord.stdout).first?["error"] != nil)
  }

  @Test func unknownTypeIsAUsageError() throws {
    let result = try ZhkitProcess.run(["extract", "--types", "place,people"], input: "中文")
    #expect(result.status == 64)
    #expect(result.stderr.contains("people"))
  }

  @Test func eachFileGivesOneDocumentAndAFailedOneSaysWhy() throws {
    let directory = try TemporaryDirectory()
    let good = try directory.file("a.txt", "貴州畢節")
    let missing = directory.url.appendingPathComponent("missing.txt").path
    let big5 = try directory.file("b.txt", Samples.big5)
    let result = try ZhkitProcess.run(["extract", good, missing, big5])
    #expect(result.status == 1)
    let docs = try documents(result.stdout)
    #expect(docs.count == 3)
    #expect(docs[0]["script"] as? String == "traditional")
    #expect((docs[1]["error"] as? [String: Any])?["message"] as? String == "\(missing): no such file or directory")
    #expect(docs[2]["script"] as? String == "traditional")
    #expect(result.stderr == "zhkit: \(missing): no such file or directory\n")
  }

  @Test func extractIsTheDefaultCommand() throws {
    let result = try ZhkitProcess.run([], input: "中文")
    #expect(result.status == 0)
    #expect(try documents(result.stdout).first?["schema"] as? String == "zhkit/1")
  }

  @Test func prettyIndents() throws {
    let result = try ZhkitProcess.run(["extract", "--pretty"], input: "中文")
    #expect(result.output.hasPrefix("{\n"))
  }
}
