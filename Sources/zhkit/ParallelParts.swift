import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Splitting a UTF-8 text at line breaks into parts that threads can process independently,
/// with output kept in input order and memory bounded.
struct TextParts {
  /// A part: whole lines of the input, its byte range and the scalar offset where it starts.
  struct Part {
    var range: Range<Int>
    var scalarBase: Int
    /// One line longer than the part size: processed alone, streaming its output.
    var isLongLine: Bool
  }

  /// The number of cores, the default for --threads.
  static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

  /// Parts of about `size` bytes, each ending after a line break (or at the end).
  static func split(_ bytes: UnsafeBufferPointer<UInt8>, size: Int = 1 << 20) -> [Part] {
    var parts: [Part] = []
    var start = 0
    var scalarBase = 0
    while start < bytes.count {
      var end = min(start + size, bytes.count)
      var isLong = false
      if end < bytes.count {
        // Back to the last line break in the window; if none, forward to the next one.
        var i = end
        while i > start && bytes[i - 1] != 0x0A { i -= 1 }
        if i > start {
          end = i
        } else {
          i = end
          while i < bytes.count && bytes[i] != 0x0A { i += 1 }
          end = min(i + 1, bytes.count)
          isLong = true
        }
      }
      parts.append(Part(range: start..<end, scalarBase: scalarBase, isLongLine: isLong))
      for b in bytes[start..<end] where b & 0xC0 != 0x80 { scalarBase += 1 }
      start = end
    }
    return parts
  }

  /// Renders every part with `render` on up to `threads` threads, writing the results to `out`
  /// in order. `render` calls its `flush` argument when its buffer grows large: a long line is
  /// rendered alone and streamed that way; in the parallel case flush keeps the buffer.
  static func process(
    _ bytes: UnsafeBufferPointer<UInt8>, threads: Int, out: inout OutputBuffer,
    render: @escaping (Part, inout [UInt8], _ flush: (inout [UInt8]) -> Void) -> Void
  ) {
    if threads <= 1 {
      // One thread: the whole text as one part, streamed.
      var buffer: [UInt8] = []
      render(Part(range: 0..<bytes.count, scalarBase: 0, isLongLine: true), &buffer) { pending in
        out.write(bytes: pending)
        pending.removeAll(keepingCapacity: true)
      }
      out.write(bytes: buffer)
      return
    }
    let parts = split(bytes)
    var i = 0
    while i < parts.count {
      if parts[i].isLongLine {
        var buffer: [UInt8] = []
        render(parts[i], &buffer) { pending in
          out.write(bytes: pending)
          pending.removeAll(keepingCapacity: true)
        }
        out.write(bytes: buffer)
        i += 1
        continue
      }
      var j = i
      while j < parts.count && j - i < threads * 2 && !parts[j].isLongLine { j += 1 }
      let group = Array(parts[i..<j])
      var results = [[UInt8]](repeating: [], count: group.count)
      let workers = min(threads, group.count)
      results.withUnsafeMutableBufferPointer { slots in
        let box = UncheckedBox(Work(render: render, slots: slots.baseAddress!, group: group))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
          let work = box.value
          var k = worker
          while k < work.group.count {
            work.render(work.group[k], &work.slots[k]) { _ in }  // kept whole until written in order
            k += workers
          }
        }
      }
      for result in results { out.write(bytes: result) }
      i = j
    }
  }
}

/// What the workers of one group share: read-only but for their own result slots.
private struct Work {
  let render: (TextParts.Part, inout [UInt8], (inout [UInt8]) -> Void) -> Void
  let slots: UnsafeMutablePointer<[UInt8]>
  let group: [TextParts.Part]
}

/// Hands non-Sendable values to worker threads that use them without sharing mutable state:
/// each worker writes only its own result slots.
struct UncheckedBox<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}
