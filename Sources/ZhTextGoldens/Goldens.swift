import Foundation
import ZhExtract
import ZhText

/// Paths into `Corpora/`, found from this file so that tests and `regenerate-goldens` work in
/// any checkout without SwiftPM resources.
package enum CorpusPaths {
  package static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ZhTextGoldens
    .deletingLastPathComponent()  // Sources
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("Corpora")
  package static let articles = root.appendingPathComponent("articles")
  package static let golden = root.appendingPathComponent("golden")
  /// The major ICU version the goldens were recorded with.
  package static let icuVersionFile = golden.appendingPathComponent("ICU_VERSION")
}

/// One article of Corpora/articles and its golden output in Corpora/golden.
package struct GoldenCase: Sendable, CustomStringConvertible {
  /// The article's file name without `.txt`.
  package let id: String
  package var articleURL: URL { CorpusPaths.articles.appendingPathComponent(id + ".txt") }
  package var goldenURL: URL { CorpusPaths.golden.appendingPathComponent(id + ".json") }
  package var description: String { id }

  /// Every article, sorted by id.
  package static func all() throws -> [GoldenCase] {
    try FileManager.default.contentsOfDirectory(atPath: CorpusPaths.articles.path)
      .filter { $0.hasSuffix(".txt") }
      .sorted()
      .map { GoldenCase(id: String($0.dropLast(4))) }
  }

  /// Goldens whose article is gone.
  package static func orphanedGoldenIDs() throws -> [String] {
    let articles = Set(try all().map(\.id))
    return try FileManager.default.contentsOfDirectory(atPath: CorpusPaths.golden.path)
      .filter { $0.hasSuffix(".json") }
      .map { String($0.dropLast(5)) }
      .filter { !articles.contains($0) }
      .sorted()
  }
}

/// Renders an article's golden output: what `zhkit extract --pretty` prints for it. The one
/// renderer serves the golden tests (compare) and `regenerate-goldens` (write).
package struct GoldenRenderer: Sendable {
  let extractor = Extractor()
  let encoder = DocumentEncoder(pretty: true)

  package init() {}

  package func render(_ golden: GoldenCase) throws -> String {
    let bytes = try [UInt8](Data(contentsOf: golden.articleURL))
    let document = try extractor.extract(bytes: bytes)
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }

  /// The ICU major version in use, as ICU_VERSION records it.
  package static var icuVersion: String { "\(ICUBaseline.icuMajorVersion)\n" }
}
