internal import CICUShim

extension ICU {
  /// Owns an ICU word-break iterator.
  ///
  /// `ubrk_setText` keeps a pointer to the text instead of copying it: each call sets the text,
  /// reads every boundary, and leaves the iterator pointing at a buffer of its own.
  final class WordBreakIterator {
    /// ICU's rule-status ranges (`UWordBreak` in ubrk.h).
    enum Status {
      static let numberLimit: Int32 = 200  // 100..<200: numbers
      static let letterLimit: Int32 = 300  // 200..<300: letters
      static let kanaLimit: Int32 = 400  // 300..<400: kana
      static let ideoLimit: Int32 = 500  // 400..<500: ideographs
    }

    private let handle: OpaquePointer

    init(locale: String = "zh") throws(ICUError) {
      var status: Int32 = 0
      guard let handle = cicu_ubrk_open_word(locale, &status) else {
        throw ICUError(code: status)
      }
      self.handle = handle
    }

    deinit { cicu_ubrk_close(handle) }

    /// Sets the text (which must stay valid and unchanged until this returns) and calls `body`
    /// with each word boundary after 0 (a UTF-16 offset) and the rule status of the segment that
    /// ends there.
    func forEachBoundary(
      in units: UnsafeBufferPointer<UInt16>, _ body: (_ end: Int, _ status: Int32) -> Void
    ) throws(ICUError) {
      var status: Int32 = 0
      // An empty buffer may have no storage; ICU accepts any pointer with length 0.
      cicu_ubrk_setText(handle, units.baseAddress ?? UnsafePointer(Self.empty), Int32(units.count), &status)
      try ICUError.check(status)
      defer {
        // ICU keeps the pointer until the next setText: leave it on a buffer that outlives us.
        cicu_ubrk_setText(handle, UnsafePointer(Self.empty), 0, &status)
      }
      _ = cicu_ubrk_first(handle)
      var next = cicu_ubrk_next(handle)
      while next >= 0 {
        precondition(Int(next) <= units.count, "ICU returned a boundary past the end of the text")
        body(Int(next), cicu_ubrk_getRuleStatus(handle))
        next = cicu_ubrk_next(handle)
      }
    }

    /// The same for an array of UTF-16 units.
    func forEachBoundary(
      in units: [UInt16], _ body: (_ end: Int, _ status: Int32) -> Void
    ) throws(ICUError) {
      let result = units.withUnsafeBufferPointer { buffer in
        Result { () throws(ICUError) in try forEachBoundary(in: buffer, body) }
      }
      try result.get()
    }

    /// A one-unit buffer, never freed, that ICU can point at between texts.
    nonisolated(unsafe) private static let empty: UnsafeMutablePointer<UInt16> = {
      let p = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
      p.initialize(to: 0)
      return p
    }()
  }
}

// Break iterators keep per-text state; never share one across tasks.
@available(*, unavailable)
extension ICU.WordBreakIterator: Sendable {}
