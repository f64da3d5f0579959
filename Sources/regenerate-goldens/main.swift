// Rewrites Corpora/golden from Corpora/articles: one <id>.json per article (what
// `zhkit extract --pretty` prints), deletes goldens whose article is gone, and records the ICU
// version in ICU_VERSION. Run it through Tools/regenerate-goldens; review with
// `git diff Corpora/golden`.
//
//   regenerate-goldens [--only ID]
import Foundation
import ZhTextGoldens

var only: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.first {
  arguments = arguments.dropFirst()
  if argument == "--only", let id = arguments.first {
    only = id
    arguments = arguments.dropFirst()
  } else {
    FileHandle.standardError.write(Data("usage: regenerate-goldens [--only ID]\n".utf8))
    exit(64)
  }
}

do {
  try FileManager.default.createDirectory(at: CorpusPaths.golden, withIntermediateDirectories: true)
  let renderer = GoldenRenderer()
  var written = 0
  for golden in try GoldenCase.all() where only == nil || golden.id == only {
    let rendered = try renderer.render(golden)
    let existing = try? String(contentsOf: golden.goldenURL, encoding: .utf8)
    if existing != rendered {
      try Data(rendered.utf8).write(to: golden.goldenURL)
      print("wrote Corpora/golden/\(golden.id).json")
      written += 1
    }
  }
  if only == nil {
    for id in try GoldenCase.orphanedGoldenIDs() {
      try FileManager.default.removeItem(at: CorpusPaths.golden.appendingPathComponent(id + ".json"))
      print("removed Corpora/golden/\(id).json (its article is gone)")
    }
    try Data(GoldenRenderer.icuVersion.utf8).write(to: CorpusPaths.icuVersionFile)
  }
  print(written == 0 ? "goldens are up to date" : "\(written) golden(s) rewritten: review with git diff Corpora/golden")
} catch {
  FileHandle.standardError.write(Data("regenerate-goldens: \(error)\n".utf8))
  exit(1)
}
