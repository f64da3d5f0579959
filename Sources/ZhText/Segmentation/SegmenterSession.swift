/// The state of one segmentation call: an ICU iterator reused for every chunk of the text.
final class SegmenterSession {
  /// Chunks are cut at a line break, else sentence punctuation, else a space or comma, within
  /// this many UTF-16 units, so memory stays bounded on a 50 MB line.
  static let chunkLimit = 1 << 15

  private let iterator: ICU.WordBreakIterator?
  private let lexicons: [Lexicon]

  init(lexicons: [Lexicon]) {
    iterator = try? ICU.WordBreakIterator(locale: "zh")
    self.lexicons = lexicons
  }

  func enumerateTokens(in text: String, _ body: (Token) -> Void) {
    var scalarBase = 0
    var units: [UInt16] = []
    units.reserveCapacity(min(text.utf16.count, Self.chunkLimit + 2))
    var iterator = text.utf16.makeIterator()
    var carry: [UInt16] = []
    var finished = false
    while !finished || !carry.isEmpty {
      units.removeAll(keepingCapacity: true)
      units.append(contentsOf: carry)
      carry.removeAll(keepingCapacity: true)
      while units.count < Self.chunkLimit, let u = iterator.next() { units.append(u) }
      if units.count < Self.chunkLimit { finished = true }
      if !finished {
        // Cut at the best place in the chunk; what follows goes to the next chunk.
        let keep = Self.cutPoint(units)
        carry.append(contentsOf: units[keep...])
        units.removeSubrange(keep...)
      }
      if units.isEmpty { break }
      scalarBase = segmentChunk(units, scalarBase: scalarBase, body)
    }
  }

  /// Where to end a full chunk: after the last line break, else the last sentence end, else
  /// the last space or comma, else at the end (never inside a surrogate pair).
  static func cutPoint(_ units: [UInt16]) -> Int {
    var best = [-1, -1, -1]
    for (i, u) in units.enumerated().reversed() {
      switch u {
      case 0x0A: if best[0] < 0 { best[0] = i + 1 }
      case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B: if best[1] < 0 { best[1] = i + 1 }
      case 0x20, 0x09, 0xFF0C, 0x2C, 0x3001: if best[2] < 0 { best[2] = i + 1 }
      default: break
      }
      if best[0] >= 0 { break }
    }
    for candidate in best where candidate > 0 { return candidate }
    var keep = units.count
    if UTF16.isLeadSurrogate(units[keep - 1]) { keep -= 1 }
    return keep
  }

  /// One piece of the chunk: a span of scalars and its kind.
  struct Piece {
    var start: Int
    var end: Int
    var kind: Token.Kind
  }

  /// Segments one chunk and returns the scalar offset just past it.
  private func segmentChunk(_ units: [UInt16], scalarBase: Int, _ body: (Token) -> Void) -> Int {
    // Break the Simplified view, so that both scripts segment alike.
    let view = SimplifiedView.convertUnits(units)
    // Scalars of the view and the UTF-16 offset where each starts (plus the end).
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(units.count)
    var unitOffset: [Int32] = []
    unitOffset.reserveCapacity(units.count + 1)
    var k = 0
    while k < view.count {
      unitOffset.append(Int32(k))
      let u = view[k]
      if UTF16.isLeadSurrogate(u), k + 1 < view.count, UTF16.isTrailSurrogate(view[k + 1]) {
        scalars.append(Unicode.Scalar(UInt32(u - 0xD800) << 10 + UInt32(view[k + 1] - 0xDC00) + 0x10000)!)
        k += 2
      } else {
        scalars.append(Unicode.Scalar(u) ?? "\u{FFFD}")
        k += 1
      }
    }
    unitOffset.append(Int32(view.count))

    var pieces = icuPieces(view, unitOffset: unitOffset, scalarCount: scalars.count)
    scalars.withUnsafeBufferPointer { buffer in
      pieces = applyLexicons(pieces, buffer)
      pieces = SegmentationRules.apply(pieces, buffer)
    }
    for piece in pieces {
      let from = Int(unitOffset[piece.start])
      let to = Int(unitOffset[piece.end])
      let text = String(decoding: units[from..<to], as: UTF16.self)
      body(Token(text: text, start: scalarBase + piece.start, end: scalarBase + piece.end, kind: piece.kind))
    }
    return scalarBase + scalars.count
  }

  /// ICU's word breaks as pieces in scalar offsets; one piece per scalar if ICU cannot run.
  private func icuPieces(_ view: [UInt16], unitOffset: [Int32], scalarCount: Int) -> [Piece] {
    // UTF-16 offset → scalar index, for boundaries (always at scalar starts).
    var scalarAt = [Int32](repeating: -1, count: view.count + 1)
    for (index, offset) in unitOffset.enumerated() { scalarAt[Int(offset)] = Int32(index) }
    var pieces: [Piece] = []
    pieces.reserveCapacity(scalarCount / 2 + 1)
    var previous = 0
    var ok = false
    if let iterator {
      do {
        try iterator.forEachBoundary(in: view) { end, status in
          let s = Int(scalarAt[previous])
          let e = Int(scalarAt[end])
          if s >= 0 && e > s {
            pieces.append(Piece(start: s, end: e, kind: Self.kind(view[previous], status: status)))
          }
          previous = end
        }
        ok = previous == view.count
      } catch {
        ok = false
      }
    }
    if !ok {
      pieces = (0..<scalarCount).map {
        Piece(start: $0, end: $0 + 1, kind: Self.kind(view[Int(unitOffset[$0])], status: 400))
      }
    }
    return pieces
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

  /// Re-splits each run of consecutive word pieces so that lexicon words are kept whole where
  /// that does not cost more words than ICU's split.
  private func applyLexicons(_ pieces: [Piece], _ text: UnsafeBufferPointer<Unicode.Scalar>) -> [Piece] {
    var out: [Piece] = []
    out.reserveCapacity(pieces.count)
    var i = 0
    while i < pieces.count {
      guard pieces[i].kind == .word else {
        out.append(pieces[i])
        i += 1
        continue
      }
      var j = i
      while j < pieces.count && pieces[j].kind == .word { j += 1 }
      if j - i == 1 && pieces[i].end - pieces[i].start == 1 {
        out.append(pieces[i])
      } else {
        resplit(pieces[i..<j], text, into: &out)
      }
      i = j
    }
    return out
  }

  /// Best path over a run: fewest words, then most characters in lexicon words, then most of
  /// ICU's words kept.
  private func resplit(_ run: ArraySlice<Piece>, _ text: UnsafeBufferPointer<Unicode.Scalar>, into out: inout [Piece]) {
    let base = run.first!.start
    let n = run.last!.end - base
    // Lexicon words in the run: ends[i] = lengths of words starting at base + i.
    var matches = [[Int]](repeating: [], count: n)
    var any = false
    for p in 0..<n {
      for lexicon in lexicons where lexicon.trie.hasKey(startingWith: text[base + p]) {
        lexicon.trie.forEachMatch(in: text, at: base + p, limit: base + n) { length in
          if length >= 2 {
            matches[p].append(length)
            any = true
          }
        }
      }
    }
    guard any else {
      out.append(contentsOf: run)
      return
    }
    // ICU boundaries and the end of the ICU piece containing each position.
    var isBoundary = [Bool](repeating: false, count: n + 1)
    var pieceEnd = [Int](repeating: n, count: n)
    for piece in run {
      isBoundary[piece.start - base] = true
      for p in (piece.start - base)..<(piece.end - base) { pieceEnd[p] = piece.end - base }
    }
    isBoundary[n] = true
    // Wanted starts: positions where a lexicon word starts (a piece may end there).
    var starts = [Bool](repeating: false, count: n + 1)
    for p in 0..<n where !matches[p].isEmpty { starts[p] = true }

    // cost[p] = (words, -lexicon chars, non-ICU pieces) to reach p.
    struct Cost: Comparable {
      var words: Int, lexiconChars: Int, brokenPieces: Int
      static func < (a: Cost, b: Cost) -> Bool {
        if a.words != b.words { return a.words < b.words }
        if a.lexiconChars != b.lexiconChars { return a.lexiconChars > b.lexiconChars }
        return a.brokenPieces < b.brokenPieces
      }
    }
    var best = [Cost?](repeating: nil, count: n + 1)
    var back = [(from: Int, lexicon: Bool)](repeating: (0, false), count: n + 1)
    best[0] = Cost(words: 0, lexiconChars: 0, brokenPieces: 0)
    for p in 0..<n {
      guard let cost = best[p] else { continue }
      func relax(_ q: Int, lexicon: Bool) {
        var c = cost
        c.words += 1
        if lexicon { c.lexiconChars += q - p }
        if !lexicon && !(isBoundary[p] && isBoundary[q] && pieceEnd[p] == q) { c.brokenPieces += 1 }
        if best[q] == nil || c < best[q]! {
          best[q] = c
          back[q] = (p, lexicon)
        }
      }
      for length in matches[p] { relax(p + length, lexicon: true) }
      // The rest of the ICU piece, or up to the next lexicon word's start inside it.
      let end = pieceEnd[p]
      var q = p + 1
      while q < end {
        if starts[q] { relax(q, lexicon: false) }
        q += 1
      }
      relax(end, lexicon: false)
    }
    var cuts: [Int] = []
    var q = n
    while q > 0 {
      cuts.append(q)
      q = back[q].from
    }
    var start = 0
    for end in cuts.reversed() {
      out.append(Piece(start: base + start, end: base + end, kind: .word))
      start = end
    }
  }
}

@available(*, unavailable)
extension SegmenterSession: Sendable {}
