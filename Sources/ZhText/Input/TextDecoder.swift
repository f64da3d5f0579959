/// Turns the bytes of a file into text: UTF-8 (with or without a BOM), UTF-16 with a BOM,
/// GB18030 (and so GBK and GB2312) and Big5, detected or named.
///
/// ```swift
/// let text = try TextDecoder().decode(bytes)   // detects the encoding
/// let big5 = try TextDecoder(encoding: "Big5").decode(bytes)
/// ```
///
/// Decoding is strict: bytes that are not valid in the encoding throw
/// ``ZhTextError/invalidBytes(encoding:offset:truncated:)`` with their byte offset, never a
/// silent U+FFFD, unless `lossy` is set.
public struct TextDecoder: Sendable {
  /// An encoding name ICU knows (`UTF-8`, `GB18030`, `GBK`, `Big5`, `UTF-16LE` ...), or nil to
  /// detect one.
  public var encoding: String?
  /// Replace invalid bytes with U+FFFD instead of throwing.
  public var lossy: Bool

  /// A decoder that detects the encoding, or uses `encoding`; strict unless `lossy`.
  public init(encoding: String? = nil, lossy: Bool = false) {
    self.encoding = encoding
    self.lossy = lossy
  }

  /// The decoded text and the encoding it was read in.
  public struct Decoded: Sendable {
    /// The decoded text.
    public var text: String
    /// The canonical name of the encoding used: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`,
    /// `Big5`, or the name given.
    public var encoding: String
  }

  /// Decodes `bytes` into text.
  public func decode(_ bytes: [UInt8]) throws(ZhTextError) -> String {
    try decodeWithEncoding(bytes).text
  }

  /// Decodes `bytes` and says which encoding was used.
  public func decodeWithEncoding(_ bytes: [UInt8]) throws(ZhTextError) -> Decoded {
    if let encoding { return try decodeNamed(bytes, encoding) }
    // Byte-order marks decide.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return try decodeUTF8(bytes[3...], offsetBase: 3)
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return try decodeICU(bytes, "UTF-16LE", skip: 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return try decodeICU(bytes, "UTF-16BE", skip: 2) }
    if let nul = bytes.firstIndex(of: 0) { throw .binaryInput(offset: nul) }

    if let text = String(validating: bytes, as: UTF8.self) {
      return Decoded(text: text, encoding: "UTF-8")
    }
    let check = UTF8Check(bytes[...])
    // Text that is mostly valid UTF-8 with a few bad sequences (a cut download, a truncated
    // file) is UTF-8 with errors, not GB18030: GB18030 would decode it as mojibake.
    if check.validWide >= 4 * check.errors || (check.errors == 1 && check.truncatedAtEnd && check.validWide > 0) {
      return try decodeUTF8(bytes[...], offsetBase: 0)
    }
    // ICU's detector ranks the candidates; take the best Chinese one that decodes strictly.
    let detected = bytes.withUnsafeBytes { buffer in
      Result { () throws(ICUError) in try ICU.CharsetDetector.candidates(for: buffer) }
    }
    let candidates: [(name: String, confidence: Int)]
    switch detected {
    case .success(let found): candidates = found
    case .failure(let error): throw .icuFailure(operation: "charset detection", name: error.name)
    }
    var order: [String] = []
    for candidate in candidates {
      switch candidate.name.uppercased() {
      case "GB18030", "GBK", "GB2312": order.append("GB18030")
      case "BIG5", "BIG5-HKSCS": order.append("Big5")
      default: break
      }
    }
    for fallback in ["GB18030", "Big5"] where !order.contains(fallback) { order.append(fallback) }
    // Several charsets may decode the same bytes (GB18030 and Big5 overlap): of those that
    // decode strictly, take the one whose text is made of the most common characters.
    var best: (decoded: Decoded, score: Double)?
    for name in order {
      guard let decoded = try? decodeICU(bytes, name, skip: 0, lossyOverride: false),
        Self.looksLikeText(decoded.text)
      else { continue }
      let score = CharacterCommonness.shared.score(decoded.text)
      if best == nil || score > best!.score + 0.05 { best = (decoded, score) }
    }
    if let best { return best.decoded }
    if lossy { return try decodeUTF8(bytes[...], offsetBase: 0) }
    throw .undecodableInput(bestGuess: candidates.first?.name)
  }

  private func decodeNamed(_ bytes: [UInt8], _ name: String) throws(ZhTextError) -> Decoded {
    switch String(name.uppercased().map { $0 == "_" ? "-" : $0 }) {
    case "UTF-8", "UTF8":
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
      return try decodeUTF8(body, offsetBase: bytes.count - body.count)
    case "UTF-16", "UTF16":
      if bytes.starts(with: [0xFF, 0xFE]) { return try decodeICU(bytes, "UTF-16LE", skip: 2) }
      if bytes.starts(with: [0xFE, 0xFF]) { return try decodeICU(bytes, "UTF-16BE", skip: 2) }
      return try decodeICU(bytes, "UTF-16LE", skip: 0)
    case "GBK", "GB2312", "GB18030", "CP936", "EUC-CN":
      return try decodeICU(bytes, "GB18030", skip: 0)
    default:
      return try decodeICU(bytes, name, skip: 0)
    }
  }

  private func decodeUTF8(_ bytes: ArraySlice<UInt8>, offsetBase: Int) throws(ZhTextError)
    -> Decoded
  {
    if let text = String(validating: bytes, as: UTF8.self) {
      return Decoded(text: text, encoding: "UTF-8")
    }
    let check = UTF8Check(bytes)
    if let error = check.firstError, !lossy {
      throw .invalidBytes(encoding: "UTF-8", offset: offsetBase + error.offset, truncated: error.truncated)
    }
    return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8")
  }

  private func decodeICU(
    _ bytes: [UInt8], _ charset: String, skip: Int, lossyOverride: Bool? = nil
  ) throws(ZhTextError) -> Decoded {
    let result = bytes.withUnsafeBytes { buffer in
      Result { () throws(ICUError) in
        try ICU.Converter.decode(
          UnsafeRawBufferPointer(rebasing: buffer[skip...]), charset: charset,
          lossy: lossyOverride ?? lossy)
      }
    }
    let outcome: ICU.Converter.Outcome
    switch result {
    case .success(let decoded): outcome = decoded
    case .failure(let error):
      if error.code == 2 || error.code == 4 /* no such converter */ {
        throw .unknownEncoding(charset)
      }
      throw .icuFailure(operation: "decoding \(charset)", name: error.name)
    }
    switch outcome {
    case .decoded(let units):
      return Decoded(text: String(decoding: units, as: UTF16.self), encoding: charset)
    case .invalid(let offset, let truncated):
      throw .invalidBytes(encoding: charset, offset: skip + offset, truncated: truncated)
    }
  }

  /// Rejects decodings full of control characters or private-use code points: what GB18030
  /// makes of binary data.
  static func looksLikeText(_ text: String) -> Bool {
    var bad = 0
    var total = 0
    for scalar in text.unicodeScalars.prefix(1 << 16) {
      total += 1
      let v = scalar.value
      if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C) || (0xE000...0xF8FF).contains(v)
        || (0xF0000...0x10FFFF).contains(v)
      {
        bad += 1
      }
    }
    return bad * 50 <= total
  }
}

/// One pass over bytes as UTF-8: the first error, how many bad sequences, and how many valid
/// three- and four-byte sequences (evidence that the bytes are UTF-8: Chinese characters take
/// three bytes, and GB18030 or Big5 text rarely forms such sequences by chance).
struct UTF8Check {
  var firstError: (offset: Int, truncated: Bool)?
  var errors = 0
  var validWide = 0
  var truncatedAtEnd = false

  init(_ bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBufferPointer { buffer in
      let n = buffer.count
      var i = 0
      while i < n {
        let b = buffer[i]
        if b < 0x80 {
          i += 1
          continue
        }
        var need = 0
        var minSecond: UInt8 = 0x80
        var maxSecond: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; minSecond = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; maxSecond = 0x9F
        case 0xF0: need = 3; minSecond = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; maxSecond = 0x8F
        default: need = -1
        }
        var ok = need > 0
        var j = i + 1
        if ok {
          for k in 0..<need {
            if j >= n {
              ok = false
              if firstError == nil { firstError = (i, true) }
              truncatedAtEnd = true
              break
            }
            let c = buffer[j]
            let lo: UInt8 = k == 0 ? minSecond : 0x80
            let hi: UInt8 = k == 0 ? maxSecond : 0xBF
            if c < lo || c > hi {
              ok = false
              break
            }
            j += 1
          }
        }
        if ok {
          if need >= 2 { validWide += 1 }
          i = j
        } else {
          // One error for the bad sequence: its lead byte and the continuation bytes after it.
          errors += 1
          if firstError == nil { firstError = (i, false) }
          i += 1
          while i < n && buffer[i] & 0xC0 == 0x80 { i += 1 }
        }
      }
    }
  }
}

/// How common Chinese characters are, judged by how often they occur in the embedded OpenCC
/// phrase tables (some 50,000 words in both scripts): enough to tell a GB18030 reading of some
/// bytes from a Big5 reading, which mostly yields rare characters.
final class CharacterCommonness: Sendable {
  static let shared = CharacterCommonness()

  /// Occurrences per BMP character, saturating at 255.
  private let counts: [UInt8]

  private init() {
    var counts = [UInt8](repeating: 0, count: 0x10000)
    for file in ["lexicons/opencc/STPhrases.txt", "lexicons/opencc/TSPhrases.txt"] {
      UTF8Decoding.forEachScalar(EmbeddedData.bytes(file)) { scalar, _ in
        if scalar >= 0x3400 && scalar < 0x10000 && counts[Int(scalar)] < 255 { counts[Int(scalar)] += 1 }
      }
    }
    self.counts = counts
  }

  /// The share of the Chinese characters in the head of `text` that occur at least three
  /// times in the tables (1 when there are none).
  func score(_ text: String) -> Double {
    var chinese = 0
    var common = 0
    for scalar in text.unicodeScalars.prefix(4096) where scalar.value >= 0x3400 && scalar.value < 0xA000 {
      chinese += 1
      if counts[Int(scalar.value)] >= 3 { common += 1 }
    }
    return chinese == 0 ? 1 : Double(common) / Double(chinese)
  }
}
