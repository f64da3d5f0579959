/// An exact decimal number: an integer mantissa and a count of decimal places. Money is never
/// a float; this is also several times faster than Foundation's `Decimal` for the few operations
/// amounts need (add, multiply, shift by powers of ten, compare, print).
struct ExactDecimal: Hashable, Comparable, Sendable, ExpressibleByIntegerLiteral {
  /// value = mantissa / 10^places
  private(set) var mantissa: Int128
  private(set) var places: Int

  init(integerLiteral value: Int) {
    mantissa = Int128(value)
    places = 0
  }

  init(_ value: Int) {
    mantissa = Int128(value)
    places = 0
  }

  init(mantissa: Int128, places: Int) {
    self.mantissa = mantissa
    self.places = places
    normalize()
  }

  /// Digits with an optional decimal point ("14.5", "21056"); nil for anything else or a value
  /// too large to hold exactly.
  init?(digits: String) {
    var m: Int128 = 0
    var places = 0
    var seenPoint = false
    for c in digits.utf8 {
      if c == UInt8(ascii: ".") {
        guard !seenPoint else { return nil }
        seenPoint = true
        continue
      }
      guard c >= 48 && c <= 57 else { return nil }
      let (times, o1) = m.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times.addingReportingOverflow(Int128(c - 48))
      guard !o1 && !o2 else { return nil }
      m = sum
      if seenPoint { places += 1 }
    }
    self.init(mantissa: m, places: places)
  }

  /// 10^n.
  static func powerOfTen(_ n: Int) -> ExactDecimal {
    var m: Int128 = 1
    for _ in 0..<n { m *= 10 }
    return ExactDecimal(mantissa: m, places: 0)
  }

  private static func pow10(_ n: Int) -> Int128 {
    var m: Int128 = 1
    for _ in 0..<n { m *= 10 }
    return m
  }

  /// Drops trailing zero places (14.50 → 14.5).
  private mutating func normalize() {
    while places > 0 && mantissa % 10 == 0 {
      mantissa /= 10
      places -= 1
    }
  }

  /// Both mantissas at the same number of places.
  private static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int128, Int128, Int) {
    if a.places == b.places { return (a.mantissa, b.mantissa, a.places) }
    if a.places < b.places { return (a.mantissa * pow10(b.places - a.places), b.mantissa, b.places) }
    return (a.mantissa, b.mantissa * pow10(a.places - b.places), a.places)
  }

  static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
    let (x, y, p) = aligned(a, b)
    return ExactDecimal(mantissa: x + y, places: p)
  }

  static func += (a: inout ExactDecimal, b: ExactDecimal) { a = a + b }

  static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
    ExactDecimal(mantissa: a.mantissa * b.mantissa, places: a.places + b.places)
  }

  static func *= (a: inout ExactDecimal, b: ExactDecimal) { a = a * b }

  /// Division by a power of ten (10, 100, 10^4 …): exact.
  func dividedBy(powerOfTen n: Int) -> ExactDecimal {
    ExactDecimal(mantissa: mantissa, places: places + n)
  }

  /// Division by another value when that value is a power of ten; nil otherwise.
  func dividedBy(_ divisor: ExactDecimal) -> ExactDecimal? {
    guard divisor.places == 0, divisor.mantissa > 0 else { return nil }
    var d = divisor.mantissa
    var n = 0
    while d % 10 == 0 {
      d /= 10
      n += 1
    }
    return d == 1 ? dividedBy(powerOfTen: n) : nil
  }

  static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
    let (x, y, _) = aligned(a, b)
    return x < y
  }

  static func == (a: ExactDecimal, b: ExactDecimal) -> Bool {
    let (x, y, _) = aligned(a, b)
    return x == y
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(mantissa)
    hasher.combine(places)
  }

  /// Plain decimal notation without trailing zeros ("73000000000", "0.5").
  var plainString: String {
    let negative = mantissa < 0
    var digits = String(negative ? -mantissa : mantissa)
    if places > 0 {
      while digits.count <= places { digits = "0" + digits }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
    }
    return negative ? "-" + digits : digits
  }
}
