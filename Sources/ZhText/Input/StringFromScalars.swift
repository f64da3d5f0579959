extension String {
  /// A string of `scalars`, encoded straight into the string's UTF-8 storage: much faster than
  /// appending to `unicodeScalars`, which matters for the many short names a document yields.
  @inlinable
  package init(scalars: ArraySlice<Unicode.Scalar>) {
    self = scalars.withUnsafeBufferPointer { String(scalars: $0) }
  }

  /// A string of `scalars` (see ``init(scalars:)-ArraySlice``).
  @inlinable
  package init<C: Collection<Unicode.Scalar>>(scalars: C) {
    var count = 0
    for scalar in scalars { count += UTF8.width(scalar) }
    self.init(unsafeUninitializedCapacity: count) { buffer in
      var i = 0
      for scalar in scalars {
        let v = scalar.value
        switch v {
        case 0..<0x80:
          buffer[i] = UInt8(truncatingIfNeeded: v)
          i += 1
        case 0x80..<0x800:
          buffer[i] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
          buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
          i += 2
        case 0x800..<0x10000:
          buffer[i] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
          buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
          buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
          i += 3
        default:
          buffer[i] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
          buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
          buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
          buffer[i + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
          i += 4
        }
      }
      return i
    }
  }
}
