import Foundation
import Testing

/// Every kind of bad input gets the right output or one line on standard error with the
/// contract's exit status, and never a crash.
@Suite("Bad input")
struct BadInputTests {
  let directory: TemporaryDirectory

  init() throws { directory = try TemporaryDirectory() }

  @Test(arguments: ["segment", "convert"])
  func emptyFileGivesEmptyOutput(_ command: String) throws {
    let path = try directory.file("empty.txt", [])
    let result = try ZhkitProcess.run(arguments(command, path))
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.isEmpty)
  }

  @Test(arguments: ["segment", "convert"])
  func binaryFileIsRejectedInOneLine(_ command: String) throws {
    let path = try directory.file("data.bin", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) })
    let result = try ZhkitProcess.run(arguments(command, path))
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "zhkit: \(path): binary data, not text (NUL byte at byte 0)\n")
  }

  @Test func truncatedUTF8IsRejectedWithItsByteOffset() throws {
    var bytes = Array(Samples.simplified.utf8)
    bytes.removeLast(2)  // 。 is three bytes: cut inside it
    let path = try directory.file("truncated.txt", bytes)
    let result = try ZhkitProcess.run(["segment", path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "zhkit: \(path): truncated UTF-8 sequence at byte \(bytes.count - 1) (the input ends inside a character)\n")
  }

  @Test func invalidUTF8InTheMiddleNamesItsOffsetAndLossyReadsOn() throws {
    var bytes = Array(Samples.simplified.utf8)
    bytes.insert(0xFF, at: 12)  // after four characters
    let path = try directory.file("invalid.txt", bytes)
    let strict = try ZhkitProcess.run(["segment", path])
    #expect(strict.status == 1)
    #expect(strict.stderr.hasPrefix("zhkit: \(path): invalid UTF-8 at byte 12"))
    #expect(strict.stderr.filter { $0 == "\n" }.count == 1)

    let lossy = try ZhkitProcess.run(["convert", "--to", "traditional", "--lossy", path])
    #expect(lossy.status == 0)
    #expect(lossy.output.contains("\u{FFFD}"))
    #expect(lossy.output.hasPrefix("貴州畢節"))
  }

  @Test func gb18030FileIsDetectedAndDecoded() throws {
    let path = try directory.file("gb.txt", Samples.gb18030)
    let result = try ZhkitProcess.run(["convert", "--to", "simplified", path])
    #expect(result.status == 0)
    #expect(result.output == Samples.simplified)
    let segmented = try ZhkitProcess.run(["segment", path])
    #expect(segmented.output.replacingOccurrences(of: " ", with: "") == Samples.simplified + "\n")
  }

  @Test func big5FileIsDetectedAndDecoded() throws {
    let path = try directory.file("big5.txt", Samples.big5)
    let result = try ZhkitProcess.run(["convert", "--to", "simplified", path])
    #expect(result.status == 0)
    #expect(result.output == Samples.simplified)
  }

  @Test func encodingFlagOverridesDetection() throws {
    let path = try directory.file("big5.txt", Samples.big5)
    let named = try ZhkitProcess.run(["convert", "--to", "traditional", "--encoding", "Big5", path])
    #expect(named.output == Samples.traditional)
    let unknown = try ZhkitProcess.run(["segment", "--encoding", "NO-SUCH-CHARSET", path])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.hasPrefix("zhkit: \(path): unknown encoding 'NO-SUCH-CHARSET'"))
  }

  @Test(arguments: [true, false])
  func utf16FileWithBOMIsDecoded(littleEndian: Bool) throws {
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in Samples.traditional.utf16 {
      let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      bytes += littleEndian ? pair : pair.reversed()
    }
    let path = try directory.file("utf16.txt", bytes)
    let result = try ZhkitProcess.run(["convert", "--to", "simplified", path])
    #expect(result.status == 0)
    #expect(result.output == Samples.simplified)
  }

  @Test(arguments: ["segment", "convert"])
  func missingFileIsReportedInOneLine(_ command: String) throws {
    let path = directory.url.appendingPathComponent("no-such-file.txt").path
    let result = try ZhkitProcess.run(arguments(command, path))
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "zhkit: \(path): no such file or directory\n")
  }

  @Test func directoryIsReportedInOneLine() throws {
    let result = try ZhkitProcess.run(["segment", directory.url.path])
    #expect(result.status == 1)
    #expect(result.stderr == "zhkit: \(directory.url.path): is a directory\n")
  }

  @Test func wrongUsageExitsWith64() throws {
    let result = try ZhkitProcess.run(["convert", "--to", "klingon"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(!result.stderr.isEmpty)
  }

  /// A 50 MB line: output is one line holding every character, for both commands.
  @Test func fiftyMegabyteSingleLine() throws {
    let unit = Samples.traditional  // 39 characters, 109 bytes
    let copies = 50_000_000 / unit.utf8.count
    let text = String(repeating: unit, count: copies)
    let path = try directory.file("long-line.txt", text)

    let segmented = try ZhkitProcess.run(["segment", path])
    #expect(segmented.status == 0)
    #expect(segmented.stderr.isEmpty)
    let lines = segmented.stdout.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    #expect(lines.count == 2 && lines[1].isEmpty)
    #expect(segmented.stdout.count - segmented.stdout.filter { $0 == 0x20 }.count == text.utf8.count + 1)

    let converted = try ZhkitProcess.run(["convert", "--to", "simplified", path])
    #expect(converted.status == 0)
    #expect(converted.stdout.count == String(repeating: Samples.simplified, count: copies).utf8.count)
    #expect(converted.output.hasPrefix(Samples.simplified + Samples.simplified))
  }

  private func arguments(_ command: String, _ path: String) -> [String] {
    command == "convert" ? ["convert", "--to", "simplified", path] : [command, path]
  }
}
