#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading whole files (or standard input) as bytes, with errors as one readable line.
public enum FileBytes {
  /// A file that could not be read; `reason` is lower-case, e.g. "no such file or directory".
  public struct ReadError: Error, Equatable, Sendable {
    /// Why, in lower case (`no such file or directory`).
    public var reason: String
    /// A read error for `reason`.
    public init(reason: String) { self.reason = reason }
  }

  /// Reads `path` whole; "-" is standard input.
  public static func read(_ path: String) throws(ReadError) -> [UInt8] {
    let fd: Int32
    if path == "-" {
      fd = 0
    } else {
      fd = open(path, O_RDONLY)
      if fd < 0 { throw ReadError(reason: Self.errnoText()) }
    }
    defer { if fd != 0 { close(fd) } }
    var st = stat()
    let isRegular = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
      throw ReadError(reason: "is a directory")
    }
    var bytes: [UInt8] = []
    if isRegular && st.st_size > 0 { bytes.reserveCapacity(Int(st.st_size) + 1) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw ReadError(reason: Self.errnoText())
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[..<n])
    }
    return bytes
  }

  private static func errnoText() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
