/// The state of one segmentation call: an ICU iterator and buffers reused for every chunk.
/// A struct, not a class, so that its buffers are not subject to dynamic exclusivity checks
/// in the hot loops.
///
/// Works on the UTF-8 of the text: each chunk is decoded once into scalars (with their byte
/// offsets), converted in place to the Simplified view, handed to ICU as UTF-16, re-split with
/// the lexicons and the rules, and reported as spans.
struct SegmenterSession {
  /// Chunks end at a line break, else sentence punctuation, else a space or comma, within this
  /// many bytes, so memory stays bounded on a 50 MB line.
  static let chunkLimit = 1 << 16

  private let iterator: ICU.WordBreakIterator?
  /// The lexicons, merged.
  private let lexicon: ScalarTrie
  private let view = ConversionTables.shared.view

  /// Per-chunk buffers of fixed capacity (a chunk has at most `chunkLimit` bytes, so at most as
  /// many scalars and UTF-16 units).
  private let buffers = ChunkBuffers(capacity: SegmenterSession.chunkLimit + 1)
  private var pieces: [Piece] = []
  private var resplit: [Piece] = []
  private var dp = ResplitBuffers()

  init(lexicon: ScalarTrie) {
    iterator = try? ICU.WordBreakIterator(locale: "zh")
    self.lexicon = lexicon
  }

  /// A span of the chunk in scalars, and its kind.
  struct Piece {
    var start: Int32
    var end: Int32
    var kind: Token.Kind
  }

  /// Calls `body` with each token of the UTF-8 text `input` (valid UTF-8).
  mutating func enumerateSpans(in input: UnsafeBufferPointer<UInt8>, _ body: (TokenSpan) -> Void) {
    var start = 0
    var scalarBase = 0
    while start < input.count {
      let end = Self.chunkEnd(input, from: start)
      scalarBase = segmentChunk(
        UnsafeBufferPointer(rebasing: input[start..<end]), byteBase: start, scalarBase: scalarBase, body)
      start = end
    }
  }

  /// Where the chunk starting at `start` ends: after the last line break within the limit, else
  /// the last sentence end, else the last space or comma, else at a scalar boundary.
  static func chunkEnd(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    if input.count - start <= chunkLimit { return input.count }
    let limit = start + chunkLimit
    var sentence = -1
    var space = -1
    var i = limit
    while i > start + chunkLimit / 2 {
      let b = input[i - 1]
      if b == 0x0A { return i }
      if sentence < 0 && i >= 3 && input[i - 3] == 0xE3 && input[i - 2] == 0x80 && b == 0x82 { sentence = i }  // 。
      if sentence < 0 && (b == 0x21 || b == 0x3F || b == 0x3B) { sentence = i }
      if space < 0 && (b == 0x20 || b == 0x09 || b == 0x2C) { space = i }
      if space < 0 && i >= 3 && input[i - 3] == 0xEF && input[i - 2] == 0xBC && b == 0x8C { space = i }  // ，
      i -= 1
    }
    if sentence > 0 { return sentence }
    if space > 0 { return space }
    i = limit
    while (input[i] & 0xC0) == 0x80 { i -= 1 }
    return i
  }

  /// Segments one chunk and returns the scalar offset just past it.
  private mutating func segmentChunk(
    _ chunk: UnsafeBufferPointer<UInt8>, byteBase: Int, scalarBase: Int, _ body: (TokenSpan) -> Void
  ) -> Int {
    let scalars = buffers.scalars
    let byteOffsets = buffers.byteOffsets
    var n = 0
    UTF8Decoding.forEachScalar(chunk) { scalar, offset in
      scalars[n] = scalar
      byteOffsets[n] = Int32(offset)
      n += 1
    }
    byteOffsets[n] = Int32(chunk.count)
    // The Simplified view, in place, then as UTF-16 for ICU.
    view.convert(UnsafeMutableBufferPointer(start: scalars, count: n))
    let units = buffers.units
    let scalarAtUnit = buffers.scalarAtUnit
    var unitCount = 0
    for index in 0..<n {
      let scalar = scalars[index]
      if scalar < 0x10000 {
        units[unitCount] = UInt16(truncatingIfNeeded: scalar)
        scalarAtUnit[unitCount] = Int32(index)
        unitCount += 1
      } else {
        let v = scalar - 0x10000
        units[unitCount] = UInt16(truncatingIfNeeded: 0xD800 + (v >> 10))
        units[unitCount + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (v & 0x3FF))
        scalarAtUnit[unitCount] = Int32(index)
        scalarAtUnit[unitCount + 1] = -1
        unitCount += 2
      }
    }
    scalarAtUnit[unitCount] = Int32(n)

    icuPieces(UnsafeBufferPointer(start: units, count: unitCount), scalarCount: n)
    let text = UnsafeBufferPointer(start: scalars, count: n)
    applyLexicons(text)
    SegmentationRules.apply(&resplit, text, into: &pieces)
    for piece in pieces {
      body(
        TokenSpan(
          start: scalarBase + Int(piece.start), end: scalarBase + Int(piece.end),
          utf8Start: byteBase + Int(byteOffsets[Int(piece.start)]),
          utf8End: byteBase + Int(byteOffsets[Int(piece.end)]), kind: piece.kind))
    }
    return scalarBase + n
  }

  /// ICU's word breaks as pieces; one piece per scalar if ICU cannot run.
  private mutating func icuPieces(_ units: UnsafeBufferPointer<UInt16>, scalarCount: Int) {
    pieces.removeAll(keepingCapacity: true)
    let scalarAtUnit = buffers.scalarAtUnit
    var previous = 0
    var ok = false
    if let iterator {
      do {
        try iterator.forEachBoundary(in: units) { end, status in
          let s = scalarAtUnit[previous]
          let e = scalarAtUnit[end]
          if s >= 0 && e > s {
            pieces.append(Piece(start: s, end: e, kind: Self.kind(units[previous], status: status)))
          }
          previous = end
        }
        ok = previous == units.count
      } catch {
        ok = false
      }
    }
    if !ok {
      pieces.removeAll(keepingCapacity: true)
      let scalars = buffers.scalars
      for index in 0..<scalarCount {
        let scalar = scalars[index]
        let kind = Self.kind(scalar < 0x10000 ? UInt16(scalar) : 0x4E00, status: 400)
        pieces.append(Piece(start: Int32(index), end: Int32(index + 1), kind: kind))
      }
    }
  }

  static func kind(_ first: UInt16, status: Int32) -> Token.Kind {
    if status >= 300 { return .word }  // kana and ideographs
    if status >= 200 { return .letters }
    if status >= 100 { return .number }
    switch first {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x3000, 0xA0, 0x85, 0x1680, 0x2000...0x200A, 0x2028,
      0x2029, 0x202F, 0x205F:
      return .whitespace
    default: return .punctuation
    }
  }

  // MARK: Lexicon re-splitting

  /// Re-splits each run of consecutive word pieces (from `pieces` into `resplit`) so that
  /// lexicon words are kept whole where that does not cost more words than ICU's split.
  private mutating func applyLexicons(_ text: UnsafeBufferPointer<UInt32>) {
    resplit.removeAll(keepingCapacity: true)
    var i = 0
    let count = pieces.count
    while i < count {
      guard pieces[i].kind == .word else {
        resplit.append(pieces[i])
        i += 1
        continue
      }
      var j = i + 1
      while j < count && pieces[j].kind == .word { j += 1 }
      if j - i > 1 || pieces[i].end - pieces[i].start > 1 {
        dp.resplit(pieces[i..<j], text, lexicon: lexicon, into: &resplit)
      } else {
        resplit.append(pieces[i])
      }
      i = j
    }
  }
}

@available(*, unavailable)
extension SegmenterSession: Sendable {}

/// Fixed-size buffers for one chunk, owned here and freed with the session. Only `let`
/// properties, so reading them costs no exclusivity check.
final class ChunkBuffers {
  let capacity: Int
  /// The chunk's scalars (converted in place to the Simplified view).
  let scalars: UnsafeMutablePointer<UInt32>
  /// The byte offset of each scalar, and the end.
  let byteOffsets: UnsafeMutablePointer<Int32>
  /// The view as UTF-16 for ICU.
  let units: UnsafeMutablePointer<UInt16>
  /// UTF-16 offset → scalar index (-1 inside a surrogate pair), and the end.
  let scalarAtUnit: UnsafeMutablePointer<Int32>

  init(capacity: Int) {
    self.capacity = capacity
    scalars = .allocate(capacity: capacity + 1)
    byteOffsets = .allocate(capacity: capacity + 1)
    units = .allocate(capacity: capacity + 1)
    scalarAtUnit = .allocate(capacity: capacity + 1)
  }

  deinit {
    scalars.deallocate()
    byteOffsets.deallocate()
    units.deallocate()
    scalarAtUnit.deallocate()
  }
}

/// Buffers for the lexicon pass's shortest path, reused across runs.
struct ResplitBuffers {
  /// Cost to reach a position: fewest words, then most characters in lexicon words, then
  /// fewest pieces that are not whole ICU words.
  struct Cost {
    var words: Int32, lexiconChars: Int32, broken: Int32
    @inline(__always)
    func isBetter(than other: Cost) -> Bool {
      if words != other.words { return words < other.words }
      if lexiconChars != other.lexiconChars { return lexiconChars > other.lexiconChars }
      return broken < other.broken
    }
  }

  var matchStart: [Int32] = []  // per position: index into matchLengths, or -1
  var matchCount: [Int32] = []
  var matchLengths: [Int32] = []
  var pieceEnd: [Int32] = []
  var pieceBegins: [Bool] = []
  var best: [Cost] = []
  var back: [Int32] = []
  var cuts: [Int32] = []

  mutating func resplit(
    _ run: ArraySlice<SegmenterSession.Piece>, _ text: UnsafeBufferPointer<UInt32>, lexicon: ScalarTrie,
    into out: inout [SegmenterSession.Piece]
  ) {
    let base = Int(run.first!.start)
    let n = Int(run.last!.end) - base
    // First, whether the lexicon has any word here that ICU did not already give as one word.
    var any = false
    scan: for piece in run {
      for p in Int(piece.start)..<Int(piece.end) where lexicon.hasKey(startingWith: text[p]) {
        let whole = p == Int(piece.start) ? Int(piece.end) - p : -1
        lexicon.forEachMatch(in: text, at: p, limit: base + n) { length in
          if length >= 2 && length != whole { any = true }
        }
        if any { break scan }
      }
    }
    guard any else {
      out.append(contentsOf: run)
      return
    }
    pieceEnd.removeAll(keepingCapacity: true)
    pieceBegins.removeAll(keepingCapacity: true)
    for piece in run {
      for p in piece.start..<piece.end {
        pieceEnd.append(piece.end - Int32(base))
        pieceBegins.append(p == piece.start)
      }
    }
    matchStart.removeAll(keepingCapacity: true)
    matchCount.removeAll(keepingCapacity: true)
    matchLengths.removeAll(keepingCapacity: true)
    for p in 0..<n {
      let before = matchLengths.count
      if lexicon.hasKey(startingWith: text[base + p]) {
        let isICUWord = pieceBegins[p]
        let icuEnd = Int(pieceEnd[p])
        lexicon.forEachMatch(in: text, at: base + p, limit: base + n) { length in
          if length >= 2 && !(isICUWord && p + length == icuEnd) { matchLengths.append(Int32(length)) }
        }
      }
      matchStart.append(Int32(before))
      matchCount.append(Int32(matchLengths.count - before))
    }
    let unreached = Cost(words: Int32.max, lexiconChars: 0, broken: 0)
    best.removeAll(keepingCapacity: true)
    best.append(contentsOf: repeatElement(unreached, count: n + 1))
    back.removeAll(keepingCapacity: true)
    back.append(contentsOf: repeatElement(0, count: n + 1))
    best[0] = Cost(words: 0, lexiconChars: 0, broken: 0)
    for p in 0..<n {
      let cost = best[p]
      if cost.words == Int32.max { continue }
      // Lexicon words starting here.
      let ms = Int(matchStart[p])
      for m in ms..<(ms + Int(matchCount[p])) {
        let q = p + Int(matchLengths[m])
        let c = Cost(words: cost.words + 1, lexiconChars: cost.lexiconChars + Int32(q - p), broken: cost.broken)
        if c.isBetter(than: best[q]) {
          best[q] = c
          back[q] = Int32(p)
        }
      }
      // The rest of the ICU word, or up to a lexicon word's start inside it.
      let end = Int(pieceEnd[p])
      var q = p + 1
      while q <= end {
        if q == end || matchCount[q] > 0 {
          let whole = pieceBegins[p] && q == end
          let c = Cost(words: cost.words + 1, lexiconChars: cost.lexiconChars, broken: cost.broken + (whole ? 0 : 1))
          if c.isBetter(than: best[q]) {
            best[q] = c
            back[q] = Int32(p)
          }
        }
        q += 1
      }
    }
    cuts.removeAll(keepingCapacity: true)
    var q = n
    while q > 0 {
      cuts.append(Int32(q))
      q = Int(back[q])
    }
    var start: Int32 = 0
    for end in cuts.reversed() {
      out.append(SegmenterSession.Piece(start: Int32(base) + start, end: Int32(base) + end, kind: .word))
      start = end
    }
  }
}
