//! Calendar days: the one type that the dates of writing (`corpus::meta`),
//! the relative dates resolved against them (`text::relative`) and the notes
//! of updates (`contrast::update`) all count in.
//!
//! Arithmetic is Howard Hinnant's days-from-civil algorithm and its inverse
//! (public domain, <https://howardhinnant.github.io/date_algorithms.html>):
//! a few lines, exact over the Gregorian calendar, with no crate to pull in.

/// English weekday names, Monday first (`Ymd::weekday` counts from 0).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const SHORT_DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    /// The year.
    pub y: i32,
    /// The month, 1–12.
    pub m: u32,
    /// The day of the month, 1–31.
    pub d: u32,
}

impl Ymd {
    /// The day, if it exists (and its year lies in 1900..=2100).
    pub fn new(y: i32, m: u32, d: u32) -> Option<Self> {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1900..=2100).contains(&y) && (1..=days).contains(&d)).then_some(Self { y, m, d })
    }

    /// "YYYY-MM-DD".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    /// Days since an arbitrary origin, for distances between days.
    pub fn ordinal(self) -> i64 {
        // Days from civil (Howard Hinnant's algorithm).
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
    }

    /// The day `n` days later (earlier when negative).
    pub fn plus_days(self, n: i64) -> Option<Ymd> {
        // Civil from days (Howard Hinnant's algorithm), the inverse of `ordinal`.
        let z = self.ordinal() + n;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Ymd::new(
            i32::try_from(y).ok()?,
            u32::try_from(m).ok()?,
            u32::try_from(d).ok()?,
        )
    }

    /// A month and day given without a year, placed in the year that puts it
    /// nearest to `near` (a dateline of Dec 31 read beside a file of Jan 1).
    pub fn nearest(m: u32, d: u32, near: Ymd) -> Option<Ymd> {
        (near.y - 1..=near.y + 1)
            .filter_map(|y| Ymd::new(y, m, d))
            .min_by_key(|day| (day.ordinal() - near.ordinal()).abs())
    }
}

impl Ymd {
    /// The day a `YYYY-MM-DD…` string (a date or a full timestamp) starts with.
    pub fn parse(text: &str) -> Option<Self> {
        let day = text.get(..10)?;
        let mut parts = day.split('-');
        let y = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
        let m = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
        let d = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
        Self::new(y, m, d)
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> usize {
        // 0000-03-01, the origin of `ordinal`, was a Wednesday.
        (self.ordinal() + 2).rem_euclid(7) as usize
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    pub fn days_to(self, other: Ymd) -> i64 {
        other.ordinal() - self.ordinal()
    }

    /// "Thu 12 Jun".
    pub fn short(self) -> String {
        format!(
            "{} {} {}",
            SHORT_DAYS[self.weekday()],
            self.d,
            SHORT_MONTHS[self.m as usize - 1]
        )
    }

    /// "12 Jun", with the year when it is not `year` ("31 Dec 2024").
    pub fn day_month(self, year: Option<i32>) -> String {
        let base = format!("{} {}", self.d, SHORT_MONTHS[self.m as usize - 1]);
        if year == Some(self.y) {
            base
        } else {
            format!("{base} {}", self.y)
        }
    }
}

/// "June 2025".
pub fn month_name(y: i32, m: u32) -> String {
    format!("{} {y}", MONTH_NAMES[(m as usize).clamp(1, 12) - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Ymd {
        Ymd::new(y, m, d).unwrap()
    }

    #[test]
    fn weekdays_across_month_and_year_ends_and_leap_days() {
        assert_eq!(day(2025, 5, 12).short(), "Mon 12 May");
        assert_eq!(day(2024, 12, 31).short(), "Tue 31 Dec");
        assert_eq!(day(2025, 1, 1).short(), "Wed 1 Jan");
        assert_eq!(day(2024, 2, 29).short(), "Thu 29 Feb");
        assert_eq!(day(2000, 2, 29).short(), "Tue 29 Feb");
        assert_eq!(day(1970, 1, 1).weekday(), 3);
        assert!(Ymd::new(2100, 2, 29).is_none() && Ymd::new(2025, 2, 29).is_none());
    }

    #[test]
    fn days_step_over_month_year_and_leap_ends() {
        assert_eq!(day(2024, 2, 28).plus_days(1), Some(day(2024, 2, 29)));
        assert_eq!(day(2025, 2, 28).plus_days(1), Some(day(2025, 3, 1)));
        assert_eq!(day(2024, 12, 31).plus_days(1), Some(day(2025, 1, 1)));
        assert_eq!(day(2025, 1, 1).plus_days(-1), Some(day(2024, 12, 31)));
        assert_eq!(day(2025, 1, 1).days_to(day(2024, 12, 25)), -7);
    }

    #[test]
    fn a_day_is_read_from_a_date_or_a_timestamp_and_nothing_else() {
        assert_eq!(Ymd::parse("2025-05-11"), Some(day(2025, 5, 11)));
        assert_eq!(
            Ymd::parse("2025-05-11T18:02:00+03:00"),
            Some(day(2025, 5, 11))
        );
        assert_eq!(Ymd::parse("2025-5-11"), None);
        assert_eq!(Ymd::parse("2025-02-30"), None);
        assert_eq!(Ymd::parse("May 11"), None);
    }

    #[test]
    fn day_and_month_say_the_year_only_when_it_differs() {
        assert_eq!(day(2025, 5, 11).day_month(Some(2025)), "11 May");
        assert_eq!(day(2024, 12, 31).day_month(Some(2025)), "31 Dec 2024");
        assert_eq!(month_name(2025, 6), "June 2025");
    }
}
