import ZhText

/// The lines of a text with their spans in Unicode scalars, in both the original and the
/// Simplified view (same offsets), for the normaliser's pattern matching.
struct TextLines {
  struct Line {
    /// The line's span without its line break.
    var start: Int
    var end: Int
    /// The span without leading and trailing white space (empty lines: start == end).
    var contentStart: Int
    var contentEnd: Int
    var isBlank: Bool { contentStart == contentEnd }
    var length: Int { contentEnd - contentStart }
  }

  let original: [Unicode.Scalar]
  let view: [Unicode.Scalar]
  let lines: [Line]

  init(original: [Unicode.Scalar], view: [Unicode.Scalar]) {
    self.original = original
    self.view = view
    var lines: [Line] = []
    func append(_ start: Int, _ end: Int) {
      var contentStart = start
      while contentStart < end && Self.isSpace(original[contentStart]) { contentStart += 1 }
      var contentEnd = end
      while contentEnd > contentStart && Self.isSpace(original[contentEnd - 1]) { contentEnd -= 1 }
      lines.append(Line(start: start, end: end, contentStart: contentStart, contentEnd: contentEnd))
    }
    let n = original.count
    var start = 0
    var i = 0
    while i < n {
      let c = original[i]
      if c == "\n" || c == "\r" || c == "\u{2028}" {
        append(start, i)
        if c == "\r" && i + 1 < n && original[i + 1] == "\n" { i += 1 }
        start = i + 1
      }
      i += 1
    }
    if start < n { append(start, n) }
    self.lines = lines
  }

  /// White space, the zero-width kinds pages leave in text included.
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    s.properties.isWhitespace || s == "\u{FEFF}" || s == "\u{200B}"
  }

  /// The original text of a span.
  func text(_ start: Int, _ end: Int) -> String {
    var s = String()
    s.unicodeScalars.append(contentsOf: original[start..<end])
    return s
  }

  /// The Simplified view of a span, with full-width digits and letters made ASCII (same
  /// length), for matching.
  func matchText(_ start: Int, _ end: Int) -> String {
    var s = String()
    s.unicodeScalars.append(
      contentsOf: view[start..<end].lazy.map { c in
        (0xFF01...0xFF5E).contains(c.value) ? Unicode.Scalar(c.value - 0xFEE0)! : c
      })
    return s
  }

  func content(_ line: Line) -> String { text(line.contentStart, line.contentEnd) }
  func matchContent(_ line: Line) -> String { matchText(line.contentStart, line.contentEnd) }
}

extension String {
  /// The offset in Unicode scalars of `index`.
  func scalarOffset(of index: String.Index) -> Int {
    unicodeScalars.distance(from: unicodeScalars.startIndex, to: index)
  }
}
