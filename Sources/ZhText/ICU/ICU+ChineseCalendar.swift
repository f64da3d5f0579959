internal import CICUShim

/// The Chinese lunar calendar, through ICU's (never a table of years).
public enum ChineseCalendar {
  /// The Gregorian date (year, month 1-12, day) of lunar `month`/`day` of the lunar year that
  /// begins in Gregorian year `year`; nil if ICU cannot say.
  ///
  /// ```swift
  /// ChineseCalendar.gregorianDate(lunarYearStartingIn: 2024, month: 1, day: 1)  // (2024, 2, 10): 春节
  /// ```
  public static func gregorianDate(lunarYearStartingIn year: Int, month: Int, day: Int, leap: Bool = false) -> (
    year: Int, month: Int, day: Int
  )? {
    var y: Int32 = 0
    var m: Int32 = 0
    var d: Int32 = 0
    let status = cicu_ucal_chineseToGregorian(Int32(year), Int32(month), Int32(day), leap ? 1 : 0, &y, &m, &d)
    guard status <= 0, m >= 1 else { return nil }
    return (Int(y), Int(m), Int(d))
  }
}
