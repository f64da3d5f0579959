/// Errors thrown by `ZhText`. Text content never causes one: only bytes that are not text in
/// any encoding zhkit reads, and ICU failing to load its own data.
public enum ZhTextError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The bytes at `offset` are not valid in `encoding` (`truncated`: the input ends inside a
  /// character).
  case invalidBytes(encoding: String, offset: Int, truncated: Bool)
  /// The input looks like binary data, not text (a NUL byte at `offset`).
  case binaryInput(offset: Int)
  /// The bytes are not UTF-8, UTF-16 with a BOM, GB18030 or Big5.
  case undecodableInput(bestGuess: String?)
  /// `--encoding` named something ICU has no converter for.
  case unknownEncoding(String)
  /// An ICU call failed; `name` is ICU's, for example `U_MISSING_RESOURCE_ERROR`.
  case icuFailure(operation: String, name: String)

  /// The error as one line, for `zhkit: <input>: <description>`.
  public var description: String {
    switch self {
    case let .invalidBytes(encoding, offset, truncated):
      truncated
        ? "truncated \(encoding) sequence at byte \(offset) (the input ends inside a character)"
        : "invalid \(encoding) at byte \(offset) (pass --encoding to name the encoding, or --lossy to replace bad bytes)"
    case let .binaryInput(offset):
      "binary data, not text (NUL byte at byte \(offset))"
    case let .undecodableInput(guess):
      "not UTF-8, UTF-16, GB18030 or Big5 text"
        + (guess.map { " (it looks most like \($0); pass --encoding to name it)" } ?? "")
    case let .unknownEncoding(name):
      "unknown encoding '\(name)' (try UTF-8, UTF-16, GB18030, GBK or Big5)"
    case let .icuFailure(operation, name):
      "ICU \(operation) failed: \(name)"
    }
  }
}
