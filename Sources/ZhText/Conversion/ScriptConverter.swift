/// Converts text between Traditional and Simplified Chinese script, phrase by phrase, with
/// OpenCC's tables (embedded; Apache-2.0, see Corpora/lexicons/opencc) and zhkit's overrides.
///
/// ```swift
/// ScriptConverter(to: .traditional).convert("头发和发展")      // "頭髮和發展"
/// ScriptConverter(to: .simplified).convert("營收約730億元")   // "营收约730亿元"
/// ```
///
/// At each position the longest phrase in the tables wins, then the single character (OpenCC's
/// rule: "character-by-character replacement is not equivalent"). Characters the tables do not
/// know are kept as they are. Tables are built once per process, on first use, and shared; a
/// converter is a cheap `Sendable` value.
public struct ScriptConverter: Sendable {
  /// The script to convert to.
  public enum Target: String, Sendable, CaseIterable {
    case simplified, traditional
  }

  /// Regional standard on the Traditional side.
  public enum Variant: String, Sendable, CaseIterable {
    /// OpenCC's standard Traditional characters.
    case standard
    /// Taiwan forms (OpenCC s2tw / tw2s).
    case tw
    /// Hong Kong forms (OpenCC s2hk / hk2s).
    case hk
  }

  /// The script converted to.
  public let target: Target
  /// The regional standard on the Traditional side.
  public let variant: Variant
  /// Also convert Taiwan vocabulary (软件 ↔ 軟體; OpenCC s2twp / tw2sp). Only with `.tw`.
  public let regionalPhrases: Bool
  private let stages: [ScalarTrie]

  /// A converter to `target`; `variant` and `regionalPhrases` choose Taiwan or Hong Kong forms.
  public init(to target: Target, variant: Variant = .standard, regionalPhrases: Bool = false) {
    self.target = target
    self.variant = variant
    self.regionalPhrases = regionalPhrases && variant == .tw
    let names: [ConversionTables.Name]
    switch (target, variant) {
    case (.simplified, .standard): names = [.t2s]
    case (.simplified, .tw): names = self.regionalPhrases ? [.twPhrasesRev, .tw2t, .t2s] : [.tw2t, .t2s]
    case (.simplified, .hk): names = [.hk2t, .t2s]
    case (.traditional, .standard): names = [.s2t]
    case (.traditional, .tw): names = self.regionalPhrases ? [.s2t, .twPhrases, .t2tw] : [.s2t, .t2tw]
    case (.traditional, .hk): names = [.s2t, .t2hk]
    }
    stages = names.map { ConversionTables.shared.table($0) }
  }

  /// Returns `text` in the target script.
  public func convert(_ text: String) -> String {
    var text = text
    var output: [UInt8] = []
    text.withUTF8 { convert(utf8: $0, into: &output) }
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends the conversion of the UTF-8 text `input` to `output`: the allocation-light form
  /// of ``convert(_:)`` for large inputs. `input` must be valid UTF-8.
  public func convert(utf8 input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    var scratch = ConversionScratch()
    var start = 0
    while start < input.count {
      let end = Self.chunkEnd(input, from: start)
      let chunk = UnsafeBufferPointer(rebasing: input[start..<end])
      if stages.count == 1 {
        Self.apply(stages[0], to: chunk, into: &output, scratch: &scratch)
      } else {
        var current: [UInt8] = []
        Self.apply(stages[0], to: chunk, into: &current, scratch: &scratch)
        for (n, stage) in stages.enumerated().dropFirst() {
          var next: [UInt8] = []
          current.withUnsafeBufferPointer { Self.apply(stage, to: $0, into: &next, scratch: &scratch) }
          if n == stages.count - 1 { output.append(contentsOf: next) } else { current = next }
        }
      }
      start = end
    }
  }

  /// Chunks end after a line break (phrases never span one) within 256 KiB, else at a scalar
  /// boundary.
  static func chunkEnd(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let window = 1 << 18
    if input.count - start <= window { return input.count }
    var i = start + window
    while i > start && input[i - 1] != 0x0A { i -= 1 }
    if i > start { return i }
    i = start + window
    while i > start && (input[i] & 0xC0) == 0x80 { i -= 1 }
    return i
  }

  /// One stage: longest match at each position, else the character as it was.
  static func apply(
    _ table: ScalarTrie, to input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8],
    scratch: inout ConversionScratch
  ) {
    scratch.decode(input)
    output.reserveCapacity(output.count + input.count + input.count / 8)
    let offsets = scratch.offsets
    scratch.scalars.withUnsafeBufferPointer { scalars in
      let n = scalars.count
      var i = 0
      var copyFrom = 0  // byte offset of the first input byte not yet copied
      while i < n {
        let c = scalars[i]
        if c >= 0x80, table.hasKey(startingWith: c),
          let match = table.longestMatch(in: scalars, at: i, limit: n)
        {
          let here = Int(offsets[i])
          if copyFrom < here { output.append(contentsOf: input[copyFrom..<here]) }
          table.appendValue(match.value, to: &output)
          i += match.length
          copyFrom = Int(offsets[i])
        } else {
          i += 1
        }
      }
      if copyFrom < input.count { output.append(contentsOf: input[copyFrom..<input.count]) }
    }
  }
}

/// Reusable buffers for decoding UTF-8 into scalars with their byte offsets.
struct ConversionScratch {
  var scalars: [UInt32] = []
  /// offsets[i]: the byte offset of scalar i; offsets[count]: the end.
  var offsets: [Int32] = []

  mutating func decode(_ input: UnsafeBufferPointer<UInt8>) {
    scalars.removeAll(keepingCapacity: true)
    offsets.removeAll(keepingCapacity: true)
    scalars.reserveCapacity(input.count)
    offsets.reserveCapacity(input.count + 1)
    UTF8Decoding.forEachScalar(input) { scalar, offset in
      scalars.append(scalar)
      offsets.append(Int32(offset))
    }
    offsets.append(Int32(input.count))
  }
}

/// Decoding valid UTF-8 without the checks `String` already made.
enum UTF8Decoding {
  /// Calls `body` with each scalar of `input` (valid UTF-8) and its byte offset.
  @inline(__always)
  static func forEachScalar(_ input: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int) -> Void) {
    var i = 0
    let n = input.count
    while i < n {
      let b0 = UInt32(input[i])
      if b0 < 0x80 {
        body(b0, i)
        i += 1
      } else if b0 < 0xE0 {
        body((b0 & 0x1F) << 6 | UInt32(input[i + 1] & 0x3F), i)
        i += 2
      } else if b0 < 0xF0 {
        body((b0 & 0x0F) << 12 | UInt32(input[i + 1] & 0x3F) << 6 | UInt32(input[i + 2] & 0x3F), i)
        i += 3
      } else {
        body(
          (b0 & 0x07) << 18 | UInt32(input[i + 1] & 0x3F) << 12 | UInt32(input[i + 2] & 0x3F) << 6
            | UInt32(input[i + 3] & 0x3F), i)
        i += 4
      }
    }
  }
}
