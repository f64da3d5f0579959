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
    // Lines and fields are found in the UTF-8 bytes (splitting Characters would run grapheme
    // breaking over the whole file); ASCII separators always fall on scalar boundaries.
    let utf8 = text.utf8
    var number = 0
    var fields: [Substring] = []
    var lineStart = utf8.startIndex
    while lineStart < utf8.endIndex {
      var lineEnd = lineStart
      while lineEnd < utf8.endIndex && utf8[lineEnd] != 0x0A { utf8.formIndex(after: &lineEnd) }
      number += 1
      var end = lineEnd
      if end > lineStart && utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
      if end > lineStart && utf8[lineStart] != 0x23 /* # */ {
        fields.removeAll(keepingCapacity: true)
        var fieldStart = lineStart
        var i = lineStart
        while true {
          if i == end || utf8[i] == 0x09 {
            fields.append(text[fieldStart..<i])
            if i == end { break }
            fieldStart = utf8.index(after: i)
          }
          utf8.formIndex(after: &i)
        }
        body(number, fields)
      }
      if lineEnd == utf8.endIndex { break }
      lineStart = utf8.index(after: lineEnd)
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
