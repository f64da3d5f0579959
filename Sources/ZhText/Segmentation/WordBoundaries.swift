/// Where ICU's word breaker (the segmenter's first pass) ends words in a short piece of text:
/// what recognisers ask to find the left edge of a name they know only by its suffix
/// (獅山鎮, 钦州港). ICU leaves names it does not know as single characters, and keeps the
/// words it knows (位于, 其中, 特色) whole.
///
/// Iterators are pooled, so asking costs a `setText` and no `open`.
package enum WordBoundaries {
  /// The word ends in `scalars`, as offsets from its start (each in 1...count, increasing).
  /// Empty when ICU is unavailable.
  package static func ends(in scalars: ArraySlice<Unicode.Scalar>) -> [Int] {
    var units: [UInt16] = []
    var scalarAt: [Int] = []  // for each UTF-16 offset, the scalar offset it starts
    units.reserveCapacity(scalars.count)
    for (n, scalar) in scalars.enumerated() {
      for unit in UTF16.encode(scalar)! {
        units.append(unit)
        scalarAt.append(n)
      }
    }
    scalarAt.append(scalars.count)
    guard let iterator = pool.take() else { return [] }
    defer { pool.give(iterator) }
    var ends: [Int] = []
    try? iterator.forEachBoundary(in: units) { end, _ in ends.append(scalarAt[end]) }
    return ends
  }

  private static let pool = IteratorPool()

  private final class IteratorPool: @unchecked Sendable {
    private let lock = Lock()
    private var free: [ICU.WordBreakIterator] = []

    func take() -> ICU.WordBreakIterator? {
      if let iterator = lock.withLock({ free.popLast() }) { return iterator }
      return try? ICU.WordBreakIterator(locale: "zh")
    }

    func give(_ iterator: ICU.WordBreakIterator) {
      lock.withLock { free.append(iterator) }
    }
  }
}
