import ArgumentParser
import ZhText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Options every command that reads text shares.
struct InputOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The input's encoding (UTF-8, UTF-16, GB18030, GBK, Big5, or any ICU converter name).",
      discussion: "Default: detect UTF-8, UTF-16 with a BOM, GB18030/GBK and Big5."))
  var encoding: String?

  @Flag(help: "Replace bytes that are not valid in the encoding with U+FFFD instead of failing.")
  var lossy = false

  var decoder: TextDecoder { TextDecoder(encoding: encoding, lossy: lossy) }
}

/// Reading inputs and reporting their failures, one line each on standard error.
enum InputFiles {
  /// Reads a file, or standard input for "-", whole.
  static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
    do {
      return try FileBytes.read(path)
    } catch {
      throw InputError(reason: error.reason)
    }
  }

  /// Reads and decodes one input.
  static func readText(_ path: String, decoder: TextDecoder) throws(InputError) -> String {
    let bytes = try readBytes(path)
    do {
      return try decoder.decode(bytes)
    } catch {
      throw InputError(reason: error.description)
    }
  }

  /// The name an input goes by in diagnostics.
  static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

  /// Prints `zhkit: <input>: <reason>` on standard error.
  static func report(_ path: String, _ reason: String) {
    StandardStreams.error("zhkit: \(displayName(path)): \(reason)\n")
  }
}

struct InputError: Error {
  var reason: String
}

/// Standard output, buffered: a value owned by the command that writes (no global state, so
/// no dynamic exclusivity checks on the hot path).
struct OutputBuffer {
  private var bytes: [UInt8] = []
  private let limit = 1 << 16

  init() { bytes.reserveCapacity(limit + 4096) }

  mutating func write(_ text: String) {
    bytes.append(contentsOf: text.utf8)
    if bytes.count >= limit { flush() }
  }

  mutating func write(bytes more: some Collection<UInt8>) {
    bytes.append(contentsOf: more)
    if bytes.count >= limit { flush() }
  }

  @inline(__always)
  mutating func write(byte: UInt8) {
    bytes.append(byte)
  }

  mutating func flush() {
    StandardStreams.writeAll(bytes, to: 1)
    bytes.removeAll(keepingCapacity: true)
  }
}

/// Unbuffered writes to the standard streams.
enum StandardStreams {
  static func writeAll(_ bytes: [UInt8], to fd: Int32) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n <= 0 {
        if n < 0 && errno == EINTR { continue }
        break
      }
      offset += n
    }
  }

  /// Writes a diagnostic line to standard error.
  static func error(_ text: String) {
    writeAll(Array(text.utf8), to: 2)
  }
}
