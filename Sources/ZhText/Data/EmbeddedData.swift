internal import CZhData

/// The data files embedded in the binary (Sources/CZhData), by their path under Corpora/.
package enum EmbeddedData {
  /// The bytes of `name`, for example `lexicons/opencc/STPhrases.txt`; fatal when the file is not
  /// embedded, since that is a build error, not an input error.
  package static func bytes(_ name: String) -> UnsafeBufferPointer<UInt8> {
    var length = 0
    guard let pointer = czhdata_file(name, &length) else {
      preconditionFailure("\(name) is not embedded: add it to Sources/CZhData/data.c")
    }
    return UnsafeBufferPointer(start: pointer, count: length)
  }

  /// The names of all embedded files.
  package static var names: [String] {
    (0..<czhdata_count()).map { String(cString: czhdata_name($0)) }
  }

  /// Calls `body` with the fields of each line of a tab-separated UTF-8 file: blank lines and
  /// lines starting with `#` are skipped. `body` gets the 1-based line number.
  package static func forEachRecord(
    _ name: String, _ body: (_ line: Int, _ fields: [Substring]) -> Void
  ) {
    let text = String(decoding: bytes(name), as: UTF8.self)
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      body(number, trimmed.split(separator: "\t", omittingEmptySubsequences: false))
    }
  }

  /// Calls `body` with each field of each record of a tab-separated embedded file, as raw
  /// UTF-8 bytes (no allocation): its 0-based column and the bytes. Lines starting with `#` are
  /// skipped.
  package static func forEachField(
    _ name: String, _ body: (_ column: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void
  ) {
    let data = bytes(name)
    var lineStart = 0
    while lineStart < data.count {
      var lineEnd = lineStart
      while lineEnd < data.count && data[lineEnd] != 0x0A { lineEnd += 1 }
      var end = lineEnd
      if end > lineStart && data[end - 1] == 0x0D { end -= 1 }
      if end > lineStart && data[lineStart] != 0x23 /* # */ {
        var fieldStart = lineStart
        var column = 0
        for i in lineStart...end where i == end || data[i] == 0x09 {
          body(column, UnsafeBufferPointer(rebasing: data[fieldStart..<i]))
          column += 1
          fieldStart = i + 1
        }
      }
      lineStart = lineEnd + 1
    }
  }
}
