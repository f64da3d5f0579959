import Testing
import ZhText

@Suite("TextDecoder")
struct TextDecoderTests {
  let text = "貴州畢節，730億元。"

  @Test func decodesUTF8WithAndWithoutBOM() throws {
    #expect(try TextDecoder().decode(Array(text.utf8)) == text)
    #expect(try TextDecoder().decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == text)
    #expect(try TextDecoder().decodeWithEncoding(Array(text.utf8)).encoding == "UTF-8")
  }

  @Test func decodesUTF16WithBOM() throws {
    let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try TextDecoder().decode(le) == text)
    #expect(try TextDecoder().decode(be) == text)
  }

  @Test func reportsTheOffsetOfATruncatedSequence() {
    let bytes = Array(text.utf8).dropLast()
    #expect(throws: ZhTextError.invalidBytes(encoding: "UTF-8", offset: bytes.count - 2, truncated: true)) {
      try TextDecoder().decode(Array(bytes))
    }
  }

  @Test func reportsTheOffsetOfAnInvalidByte() {
    var bytes = Array(text.utf8)
    bytes.insert(0xC0, at: 6)  // after 貴州
    #expect(throws: ZhTextError.invalidBytes(encoding: "UTF-8", offset: 6, truncated: false)) {
      try TextDecoder().decode(bytes)
    }
  }

  @Test func lossyReplacesInvalidBytes() throws {
    var bytes = Array(text.utf8)
    bytes.insert(0xC0, at: 6)
    let decoded = try TextDecoder(lossy: true).decode(bytes)
    #expect(decoded == "貴州\u{FFFD}畢節，730億元。")
  }

  @Test func rejectsBinaryData() {
    #expect(throws: ZhTextError.binaryInput(offset: 3)) {
      try TextDecoder().decode([0x41, 0x42, 0x43, 0x00, 0x44])
    }
  }

  @Test func emptyInputIsEmptyText() throws {
    #expect(try TextDecoder().decode([]) == "")
  }

  @Test func namedEncodings() throws {
    #expect(try TextDecoder(encoding: "GBK").decode([0xD6, 0xD0, 0xCE, 0xC4]) == "中文")
    #expect(try TextDecoder(encoding: "Big5").decode([0xA4, 0xA4, 0xA4, 0xE5]) == "中文")
    #expect(throws: ZhTextError.unknownEncoding("NOPE")) { try TextDecoder(encoding: "NOPE").decode([0x41]) }
  }

  @Test func invalidBytesInANamedEncodingNameTheOffset() {
    // 0xFF never starts a GB18030 character.
    #expect(throws: ZhTextError.invalidBytes(encoding: "GB18030", offset: 2, truncated: false)) {
      try TextDecoder(encoding: "GB18030").decode([0xD6, 0xD0, 0xFF, 0x41])
    }
  }

  @Test func tellsShortBig5FromGB18030ByTheCharactersTheyGive() throws {
    // The same four bytes are 臺灣 in Big5 and two rare characters in GB18030.
    #expect(try TextDecoder().decode([0xBB, 0x4F, 0xC6, 0x57]) == "臺灣")
    // And 中国 in GB18030.
    #expect(try TextDecoder().decode([0xD6, 0xD0, 0xB9, 0xFA]) == "中国")
  }

  @Test func errorsReadAsOneLine() {
    let errors: [ZhTextError] = [
      .invalidBytes(encoding: "UTF-8", offset: 3, truncated: false), .binaryInput(offset: 0),
      .undecodableInput(bestGuess: "ISO-8859-1"), .unknownEncoding("X"), .icuFailure(operation: "o", name: "U_X"),
    ]
    for error in errors {
      #expect(!error.description.isEmpty && !error.description.contains("\n"))
    }
  }
}
