internal import CICUShim

extension ICU {
  /// Owns an ICU word-break iterator and the UTF-16 text it reads.
  ///
  /// `ubrk_setText` keeps a pointer to the text instead of copying it, so the iterator keeps
  /// the buffer it was given alive (`text`) for as long as it may read it.
  final class WordBreakIterator {
    /// ICU's rule-status ranges (`UWordBreak` in ubrk.h).
    enum Status {
      static let numberLimit: Int32 = 200  // 100..<200: numbers
      static let letterLimit: Int32 = 300  // 200..<300: letters
      static let kanaLimit: Int32 = 400  // 300..<400: kana
      static let ideoLimit: Int32 = 500  // 400..<500: ideographs
    }

    private let handle: OpaquePointer
    private var text: [UInt16] = []

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
      let base = units.baseAddress ?? UnsafePointer(bitPattern: 0x1)!
      cicu_ubrk_setText(handle, base, Int32(units.count), &status)
      try ICUError.check(status)
      _ = cicu_ubrk_first(handle)
      var next = cicu_ubrk_next(handle)
      while next >= 0 {
        precondition(Int(next) <= units.count, "ICU returned a boundary past the end of the text")
        body(Int(next), cicu_ubrk_getRuleStatus(handle))
        next = cicu_ubrk_next(handle)
      }
      // ICU keeps the pointer until the next setText: point it at our own (empty) copy.
      text = []
      text.withUnsafeBufferPointer { buffer in
        cicu_ubrk_setText(handle, buffer.baseAddress ?? UnsafePointer(bitPattern: 0x1)!, 0, &status)
      }
    }

    /// Sets the text and calls `body` with each word boundary after 0 (a UTF-16 offset) and the
    /// rule status of the segment that ends there.
    func forEachBoundary(
      in units: [UInt16], _ body: (_ end: Int, _ status: Int32) -> Void
    ) throws(ICUError) {
      text = units
      var status: Int32 = 0
      text.withUnsafeBufferPointer { buffer in
        // An empty array may have no storage; ICU accepts any pointer with length 0.
        let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 0x1)!
        cicu_ubrk_setText(handle, base, Int32(buffer.count), &status)
      }
      try ICUError.check(status)
      _ = cicu_ubrk_first(handle)
      var next = cicu_ubrk_next(handle)
      while next >= 0 {
        precondition(Int(next) <= units.count, "ICU returned a boundary past the end of the text")
        body(Int(next), cicu_ubrk_getRuleStatus(handle))
        next = cicu_ubrk_next(handle)
      }
    }
  }
}

// Break iterators keep per-text state; never share one across tasks.
@available(*, unavailable)
extension ICU.WordBreakIterator: Sendable {}
