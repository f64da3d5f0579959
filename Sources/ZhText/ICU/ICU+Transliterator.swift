internal import CICUShim

extension ICU {
  /// Owns an ICU transliterator, such as `Hant-Hans` (the baseline zhkit's converter is measured
  /// against).
  final class Transliterator {
    private let handle: OpaquePointer

    init(id: String) throws(ICUError) {
      let units = Array(id.utf16)
      var status: Int32 = 0
      let handle = units.withUnsafeBufferPointer {
        cicu_utrans_openU($0.baseAddress!, Int32($0.count), &status)
      }
      guard let handle else { throw ICUError(code: status) }
      self.handle = handle
    }

    deinit { cicu_utrans_close(handle) }

    /// Transliterates `text`, growing the buffer when ICU reports it too small.
    func transliterate(_ text: String) throws(ICUError) -> String {
      let source = Array(text.utf16)
      var capacity = source.count + source.count / 4 + 16
      while true {
        var buffer = source + [UInt16](repeating: 0, count: capacity - source.count)
        var length = Int32(source.count)
        var status: Int32 = 0
        buffer.withUnsafeMutableBufferPointer {
          cicu_utrans_transUChars(handle, $0.baseAddress!, &length, Int32(capacity), &status)
        }
        if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ {
          capacity = Int(length) + 16
          continue
        }
        try ICUError.check(status)
        return String(decoding: buffer[..<Int(length)], as: UTF16.self)
      }
    }
  }
}

@available(*, unavailable)
extension ICU.Transliterator: Sendable {}
