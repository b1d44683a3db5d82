/// ISO values for dates: calendar checks, formatting and relative shifts.
///
/// ```swift
/// DateNormalizer.iso(year: 2025, month: 9, day: 1)                 // "2025-09-01"
/// DateNormalizer.shift("2014-06-02", unit: "day", by: -1)           // "2014-06-01" (hier)
/// DateNormalizer.shift("2014-06-02", unit: "week", by: -1)          // "2014-W22" (la semaine dernière)
/// ```
public enum DateNormalizer {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from the parts known; nil when the parts are not a calendar date.
    public static func iso(year: Int?, month: Int? = nil, day: Int? = nil) -> String? {
        guard let year, (1000...2999).contains(year) else { return nil }
        guard let month else { return pad(year, 4) }
        guard (1...12).contains(month) else { return nil }
        guard let day else { return "\(pad(year, 4))-\(pad(month, 2))" }
        guard day >= 1 && day <= daysIn(month: month, year: year) else { return nil }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Parses `YYYY-MM-DD`.
    public static func parse(_ iso: String) -> (year: Int, month: Int, day: Int)? {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        return (y, m, d)
    }

    /// The date `amount` units (`day`, `week`, `month`, `year`) from `iso` (`YYYY-MM-DD`), at the unit's granularity.
    public static func shift(_ iso: String, unit: String, by amount: Int) -> String? {
        guard let (y, m, d) = parse(iso) else { return nil }
        switch unit {
        case "day":
            let (yy, mm, dd) = civil(fromDays: days(year: y, month: m, day: d) + amount)
            return self.iso(year: yy, month: mm, day: dd)
        case "week":
            return isoWeek(fromDays: days(year: y, month: m, day: d) + 7 * amount)
        case "month":
            let total = y * 12 + (m - 1) + amount
            return self.iso(year: total / 12, month: total % 12 + 1)
        case "year":
            return self.iso(year: y + amount)
        default:
            return nil
        }
    }

    /// The ISO weekday (1 = Monday … 7 = Sunday) of a calendar date.
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let z = days(year: year, month: month, day: day)
        return ((z + 3) % 7 + 7) % 7 + 1  // 1970-01-01 was a Thursday
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's `days_from_civil`.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO 8601 week (`2014-W22`) of a day count.
    static func isoWeek(fromDays z: Int) -> String {
        let weekday = ((z + 3) % 7 + 7) % 7  // 0 = Monday (1970-01-01 was a Thursday)
        let thursday = z - weekday + 3
        let (y, _, _) = civil(fromDays: thursday)
        let week = (thursday - days(year: y, month: 1, day: 1)) / 7 + 1
        return "\(pad(y, 4))-W\(pad(week, 2))"
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
