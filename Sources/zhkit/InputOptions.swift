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

/// Buffered writing to standard output; unbuffered one-line diagnostics to standard error.
enum StandardStreams {
  nonisolated(unsafe) private static var buffer: [UInt8] = {
    var b = [UInt8]()
    b.reserveCapacity(1 << 16)
    return b
  }()

  static func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  static func write(bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { flush() }
  }

  static func flush() {
    var offset = 0
    while offset < buffer.count {
      let n = buffer[offset...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
      if n <= 0 {
        if n < 0 && errno == EINTR { continue }
        break
      }
      offset += n
    }
    buffer.removeAll(keepingCapacity: true)
  }

  static func error(_ text: String) {
    flush()
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
  }
}
