import Foundation
import Testing
import ZhTextGoldens

@Suite("Golden corpus")
struct GoldenCorpusTests {
  @Test func goldensWereRecordedWithThisICU() throws {
    let recorded = try #require(
      try? String(contentsOf: CorpusPaths.icuVersionFile, encoding: .utf8),
      "No Corpora/golden/ICU_VERSION. Run Tools/regenerate-goldens.")
    #expect(
      recorded == GoldenRenderer.icuVersion,
      "goldens recorded with ICU \(recorded.trimmingCharacters(in: .whitespacesAndNewlines)), running \(GoldenRenderer.icuVersion.trimmingCharacters(in: .whitespacesAndNewlines)): regenerate deliberately with Tools/regenerate-goldens"
    )
  }

  @Test(arguments: try GoldenCase.all())
  func renderedOutputMatchesCommittedGolden(_ golden: GoldenCase) throws {
    let expected = try #require(
      try? String(contentsOf: golden.goldenURL, encoding: .utf8),
      "No golden for \(golden.id). Run Tools/regenerate-goldens.")
    let actual = try GoldenRenderer().render(golden)
    #expect(actual == expected, "Corpora/golden/\(golden.id).json is out of date. Run Tools/regenerate-goldens.")
  }

  @Test func everyGoldenHasAnArticle() throws {
    #expect(try GoldenCase.orphanedGoldenIDs() == [], "Run Tools/regenerate-goldens to remove them.")
  }

  @Test func thereAreArticles() throws {
    #expect(try GoldenCase.all().count >= 5)
  }
}
