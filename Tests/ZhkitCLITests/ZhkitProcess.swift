import Foundation
import Testing

/// Runs the built `zhkit` binary (beside the test bundle) and captures what it prints.
struct ZhkitProcess {
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
    var output: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The zhkit executable SwiftPM built next to this test bundle.
  static let executable: URL = {
    let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
    var directory = me.deletingLastPathComponent()
    // Inside a bundle directory (zhkitPackageTests.xctest/...), step out to the build folder.
    while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("zhkit").path),
      directory.path != "/"
    {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("zhkit")
  }()

  /// Runs `zhkit arguments...` with `stdin` on standard input.
  static func run(_ arguments: [String], stdin: Data = Data()) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Feed and drain concurrently so large inputs and outputs cannot deadlock.
    let writer = Thread {
      input.fileHandleForWriting.write(stdin)
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let errorData = LockedData()
    let errorReader = Thread { errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
    errorReader.start()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorData.isSet { usleep(1000) }
    return Result(status: process.terminationStatus, stdout: out, stderr: String(decoding: errorData.value, as: UTF8.self))
  }

  /// Runs zhkit with `text` as UTF-8 standard input.
  static func run(_ arguments: [String], input text: String) throws -> Result {
    try run(arguments, stdin: Data(text.utf8))
  }
}

final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  private var done = false
  func set(_ value: Data) { lock.withLock { data = value; done = true } }
  var isSet: Bool { lock.withLock { done } }
  var value: Data { lock.withLock { data } }
}

/// A temporary directory for input files, removed when the value is dropped.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("zhkit-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `bytes` to a file named `name` and returns its path.
  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = url.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func file(_ name: String, _ text: String) throws -> String {
    try file(name, Array(text.utf8))
  }
}

/// Sample text and its encodings, made with Python's codecs.
enum Samples {
  static let traditional = "貴州畢節磷煤化工一體化項目總投資金額為730億元，預計實現年產值1200億元以上。"
  static let simplified = "贵州毕节磷煤化工一体化项目总投资金额为730亿元，预计实现年产值1200亿元以上。"

  static let big5: [UInt8] = [
    0xB6, 0x51, 0xA6, 0x7B, 0xB2, 0xA6, 0xB8, 0x60, 0xC1, 0x43, 0xB7, 0xD1, 0xA4, 0xC6, 0xA4, 0x75, 0xA4, 0x40,
    0xC5, 0xE9, 0xA4, 0xC6, 0xB6, 0xB5, 0xA5, 0xD8, 0xC1, 0x60, 0xA7, 0xEB, 0xB8, 0xEA, 0xAA, 0xF7, 0xC3, 0x42,
    0xAC, 0xB0, 0x37, 0x33, 0x30, 0xBB, 0xF5, 0xA4, 0xB8, 0xA1, 0x41, 0xB9, 0x77, 0xAD, 0x70, 0xB9, 0xEA, 0xB2,
    0x7B, 0xA6, 0x7E, 0xB2, 0xA3, 0xAD, 0xC8, 0x31, 0x32, 0x30, 0x30, 0xBB, 0xF5, 0xA4, 0xB8, 0xA5, 0x48, 0xA4,
    0x57, 0xA1, 0x43,
  ]

  static let gb18030: [UInt8] = [
    0xB9, 0xF3, 0xD6, 0xDD, 0xB1, 0xCF, 0xBD, 0xDA, 0xC1, 0xD7, 0xC3, 0xBA, 0xBB, 0xAF, 0xB9, 0xA4, 0xD2, 0xBB,
    0xCC, 0xE5, 0xBB, 0xAF, 0xCF, 0xEE, 0xC4, 0xBF, 0xD7, 0xDC, 0xCD, 0xB6, 0xD7, 0xCA, 0xBD, 0xF0, 0xB6, 0xEE,
    0xCE, 0xAA, 0x37, 0x33, 0x30, 0xD2, 0xDA, 0xD4, 0xAA, 0xA3, 0xAC, 0xD4, 0xA4, 0xBC, 0xC6, 0xCA, 0xB5, 0xCF,
    0xD6, 0xC4, 0xEA, 0xB2, 0xFA, 0xD6, 0xB5, 0x31, 0x32, 0x30, 0x30, 0xD2, 0xDA, 0xD4, 0xAA, 0xD2, 0xD4, 0xC9,
    0xCF, 0xA1, 0xA3,
  ]
}
