/// A day of the Gregorian calendar, with the arithmetic date resolution needs.
struct SimpleDate: Hashable, Comparable, Sendable {
  var year: Int
  var month: Int
  var day: Int

  /// `YYYY-MM-DD`.
  init?(iso: String) {
    let parts = iso.prefix(10).split(separator: "-")
    guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      Self.isValid(y, m, d)
    else { return nil }
    year = y
    month = m
    day = d
  }

  init(_ year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  static func daysIn(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: return isLeap(y) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
    (1...12).contains(m) && d >= 1 && d <= daysIn(y, m) && (1...9999).contains(y)
  }

  /// Days since a fixed epoch (a Julian day number).
  var dayNumber: Int {
    let a = (14 - month) / 12
    let y = year + 4800 - a
    let m = month + 12 * a - 3
    return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
  }

  init(dayNumber j: Int) {
    let a = j + 32044
    let b = (4 * a + 3) / 146097
    let c = a - 146097 * b / 4
    let d = (4 * c + 3) / 1461
    let e = c - 1461 * d / 4
    let m = (5 * e + 2) / 153
    day = e - (153 * m + 2) / 5 + 1
    month = m + 3 - 12 * (m / 10)
    year = 100 * b + d - 4800 + m / 10
  }

  func adding(days: Int) -> SimpleDate { SimpleDate(dayNumber: dayNumber + days) }

  /// 1 = Monday … 7 = Sunday.
  var weekday: Int { (dayNumber % 7) + 1 }

  /// The Monday of this date's week (weeks run Monday to Sunday).
  var monday: SimpleDate { adding(days: 1 - weekday) }

  static func < (a: SimpleDate, b: SimpleDate) -> Bool { a.dayNumber < b.dayNumber }

  var iso: String { "\(Self.four(year))-\(Self.two(month))-\(Self.two(day))" }
  static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
  static func four(_ n: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
  }
  static func month(_ y: Int, _ m: Int) -> String { "\(four(y))-\(two(m))" }
}
