internal import CICUShim

/// Namespace for the thin owners of ICU handles. The files in this folder are the only ones
/// that import the C shim; everything above them sees Swift types.
enum ICU {
  /// The major version of the ICU library linked at run time (72 on Debian 12).
  static var majorVersion: Int { Int(cicu_u_getVersion_major()) }
}

/// A failed ICU call: the `UErrorCode` and ICU's own name for it.
struct ICUError: Error, CustomStringConvertible {
  let code: Int32

  /// ICU's name for the code, for example `U_MISSING_RESOURCE_ERROR`.
  var name: String { String(cString: cicu_u_errorName(code)) }
  var description: String { name }

  /// ICU: codes above zero are failures, below zero only warnings.
  static func check(_ code: Int32) throws(ICUError) {
    if code > 0 { throw ICUError(code: code) }
  }
}
