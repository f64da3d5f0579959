internal import CICUShim

extension ICU {
  /// Decoding through ICU's converters (`ucnv`), for charsets Swift does not decode itself.
  enum Converter {
    enum Outcome {
      case decoded([UInt16])
      /// The bytes at `offset` are not valid in the charset; `truncated` when the input ends
      /// inside a character.
      case invalid(offset: Int, truncated: Bool)
    }

    /// Decodes `bytes` in `charset` (an ICU converter name such as `GB18030` or `Big5`).
    /// Strict unless `lossy`, which turns invalid bytes into U+FFFD.
    static func decode(
      _ bytes: UnsafeRawBufferPointer, charset: String, lossy: Bool
    ) throws(ICUError) -> Outcome {
      let capacity = bytes.count * 2 + 4
      var target = [UInt16](repeating: 0, count: capacity)
      var errorOffset: Int32 = -1
      var status: Int32 = 0
      let base =
        bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        ?? UnsafePointer<CChar>(bitPattern: 0x1)!
      let written = target.withUnsafeMutableBufferPointer {
        cicu_ucnv_toUnicode(
          charset, base, Int32(bytes.count), lossy ? 1 : 0, $0.baseAddress!, Int32(capacity),
          &errorOffset, &status)
      }
      // U_INVALID_CHAR_FOUND 10, U_TRUNCATED_CHAR_FOUND 11, U_ILLEGAL_CHAR_FOUND 12
      if status == 10 || status == 11 || status == 12 {
        return .invalid(offset: Int(max(errorOffset, 0)), truncated: status == 11)
      }
      try ICUError.check(status)
      target.removeSubrange(Int(written)...)
      return .decoded(target)
    }
  }
}
