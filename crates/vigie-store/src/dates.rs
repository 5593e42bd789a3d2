//! Event dates as intervals of days, so that dates of different precision
//! (`2024`, `2024-06`, `2024-06-19`) can be compared.

/// Days from 1970-01-01 to the given civil date (proleptic Gregorian).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of a day number.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    (year, month, day)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

fn number(s: &str, digits: usize) -> Option<u32> {
    if s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// The first and last day a date covers: a day is itself, a month all its
/// days, a year all of it. `YYYY-MM-DD` may carry a time after it
/// (`2024-06-19T10:00:00Z`), which is ignored. `None` for anything else.
pub fn interval(date: &str) -> Option<(i64, i64)> {
    let date = date.trim();
    let date = match date.get(10..11) {
        Some("T") | Some(" ") => &date[..10],
        _ => date,
    };
    let mut parts = date.split('-');
    let year = number(parts.next()?, 4)? as i64;
    let Some(m) = parts.next() else { return Some((days_from_civil(year, 1, 1), days_from_civil(year, 12, 31))) };
    let month = number(m, 2).filter(|m| (1..=12).contains(m))?;
    let last = days_in_month(year, month);
    let Some(d) = parts.next() else { return Some((days_from_civil(year, month, 1), days_from_civil(year, month, last))) };
    let day = number(d, 2).filter(|d| (1..=last).contains(d))?;
    if parts.next().is_some() {
        return None;
    }
    let n = days_from_civil(year, month, day);
    Some((n, n))
}

/// `YYYY-MM-DD` of a day number.
pub fn iso(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2024, 6, 19), 19_893);
        for n in [-800_000, -1, 0, 59, 19_893, 2_932_896] {
            let (y, m, d) = civil_from_days(n);
            assert_eq!(days_from_civil(y, m, d), n);
        }
    }

    #[test]
    fn intervals_follow_precision() {
        let june = interval("2024-06").unwrap();
        assert_eq!((iso(june.0), iso(june.1)), ("2024-06-01".into(), "2024-06-30".into()));
        let feb = interval("2024-02").unwrap();
        assert_eq!(iso(feb.1), "2024-02-29");
        let year = interval("2023").unwrap();
        assert_eq!((iso(year.0), iso(year.1)), ("2023-01-01".into(), "2023-12-31".into()));
        assert_eq!(interval("2024-06-19T23:10:00Z"), interval("2024-06-19"));
        for bad in ["", "24", "2024-13", "2023-02-29", "2024-06-19-1", "juin 2024", "2024-6-1"] {
            assert_eq!(interval(bad), None, "{bad}");
        }
    }
}
