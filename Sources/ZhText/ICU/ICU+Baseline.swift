/// Raw ICU, for the benchmark (Tools/bench) to measure zhkit against in the same run.
package enum ICUBaseline {
  /// Runs ICU's word breaker over `text` (one setText, every boundary and its rule status)
  /// and returns the number of boundaries.
  package static func wordBreakCount(_ text: String) throws -> Int {
    let iterator = try ICU.WordBreakIterator(locale: "zh")
    var count = 0
    var statusSum: Int64 = 0
    try iterator.forEachBoundary(in: Array(text.utf16)) { _, status in
      count += 1
      statusSum &+= Int64(status)
    }
    return count + Int(statusSum & 0)
  }

  /// Runs ICU's transliterator `id` (`Hant-Hans`, `Hans-Hant`) over `text`, line by line.
  package static func transliterate(_ text: String, id: String) throws -> Int {
    let transliterator = try ICU.Transliterator(id: id)
    var total = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      total += try transliterator.transliterate(String(line)).utf8.count
    }
    return total
  }

  /// Transliterates one line with a fresh ICU transliterator `id`.
  package static func transliterateLine(_ line: String, id: String) throws -> String {
    try ICU.Transliterator(id: id).transliterate(line)
  }

  /// The major version of the ICU linked at run time.
  package static var icuMajorVersion: Int { ICU.majorVersion }
}
