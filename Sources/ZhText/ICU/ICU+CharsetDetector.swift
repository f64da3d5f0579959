internal import CICUShim

extension ICU {
  /// ICU's charset detector (`ucsdet`), used once per input; not kept.
  enum CharsetDetector {
    /// The charsets ICU thinks `bytes` may be in, best first, with confidence 0-100.
    static func candidates(for bytes: UnsafeRawBufferPointer) throws(ICUError) -> [(
      name: String, confidence: Int
    )] {
      var status: Int32 = 0
      guard let detector = cicu_ucsdet_open(&status) else { throw ICUError(code: status) }
      defer { cicu_ucsdet_close(detector) }
      // ucsdet reads at most a few KB; giving it the head of a large file is enough.
      let count = min(bytes.count, 1 << 16)
      guard count > 0, let base = bytes.baseAddress else { return [] }
      cicu_ucsdet_setText(detector, base.assumingMemoryBound(to: CChar.self), Int32(count), &status)
      try ICUError.check(status)
      var names = [UnsafePointer<CChar>?](repeating: nil, count: 32)
      var confidences = [Int32](repeating: 0, count: 32)
      let found = cicu_ucsdet_detectAll(detector, &names, &confidences, 32, &status)
      try ICUError.check(status)
      return (0..<Int(found)).compactMap { i in
        names[i].map { (String(cString: $0), Int(confidences[i])) }
      }
    }
  }
}
