//! Dates as pages print them: "May 3rd, 2013", "Fri., May. 3, 2013 11:45 AM PDT",
//! "7 July 2012", "2013-09-26", "05/02/2013", "08.07.2012".
//!
//! Dates are matched on a line's tokens (`tokens`). Numeric dates follow
//! the two conventions news pages use: with slashes month first (US) unless
//! the first number cannot be a month, with dots or dashes day first
//! (Europe). Only years from 1900 to 2100 count, and only real calendar days.

use super::tokens::{role, tokens, Kind, Role, Tok};
use crate::text::{calendar, Calendar};

pub use crate::calendar::Ymd;

/// A day that exists, as unit tests write one.
#[cfg(test)]
pub(super) fn day(y: i32, m: u32, d: u32) -> Ymd {
    Ymd::new(y, m, d).unwrap()
}

/// A date as printed: a whole day, or a month and day without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Full(Ymd),
    MonthDay(u32, u32),
}

/// A date found among tokens: `toks[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateAt {
    pub found: Found,
    pub start: usize,
    pub end: usize,
}

/// Every date among the tokens, left to right, not overlapping.
pub fn dates(toks: &[Tok]) -> Vec<DateAt> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match date_at(toks, i) {
            Some(at) => {
                i = at.end;
                out.push(at);
            }
            None => i += 1,
        }
    }
    out
}

/// The date that starts at token `i`, if one does.
pub fn date_at(toks: &[Tok], i: usize) -> Option<DateAt> {
    numeric(toks, i)
        .or_else(|| month_first(toks, i))
        .or_else(|| day_first(toks, i))
}

/// The first whole day written in `text`, anywhere in it.
pub fn first_full(text: &str) -> Option<Ymd> {
    dates(&tokens(text))
        .into_iter()
        .find_map(|d| match d.found {
            Found::Full(day) => Some(day),
            Found::MonthDay(..) => None,
        })
}

fn adjacent(toks: &[Tok], a: usize) -> bool {
    toks.get(a + 1).is_some_and(|b| toks[a].end == b.start)
}

fn month_at(toks: &[Tok], i: usize) -> Option<u32> {
    let t = toks.get(i).filter(|t| t.kind == Kind::Word)?;
    let lower = t.lower();
    [calendar(&lower), calendar(&format!("{lower}."))]
        .into_iter()
        .find_map(|c| match c {
            Some(Calendar::Month(m)) => Some(m),
            _ => None,
        })
}

/// A day number at `i` (1–2 digits, not part of a time such as "10:05"),
/// with an ordinal suffix: the day and the index after it.
fn day_at(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == Kind::Num && t.text.len() <= 2)?;
    let in_time = |j: usize| toks.get(j).is_some_and(|p| p.is(':') || p.is('.'));
    let num_after = |j: usize| adjacent(toks, j) && toks[j + 1].kind == Kind::Num;
    let before = i > 0 && adjacent(toks, i - 1) && in_time(i - 1);
    let after = adjacent(toks, i) && in_time(i + 1) && num_after(i + 1);
    if before || after {
        return None;
    }
    let day = t.number()?;
    let mut next = i + 1;
    if adjacent(toks, i)
        && toks
            .get(next)
            .is_some_and(|s| s.kind == Kind::Word && role(s.text) == Some(Role::Ordinal))
    {
        next += 1;
    }
    Some((day, next))
}

/// A four-digit year at `i` that is not the hour of a time ("2012:").
fn year_at(toks: &[Tok], i: usize) -> Option<i32> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == Kind::Num && t.text.len() == 4)?;
    if adjacent(toks, i) && toks[i + 1].is(':') {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

fn skip(toks: &[Tok], i: usize, c: char) -> usize {
    if toks.get(i).is_some_and(|t| t.is(c)) {
        i + 1
    } else {
        i
    }
}

/// "2013-09-26", "2012.08.08", "05/02/2013", "27/09/2013", "08.07.2012".
fn numeric(toks: &[Tok], i: usize) -> Option<DateAt> {
    let t = |k: usize| toks.get(i + k);
    let sep = t(1).filter(|s| s.kind == Kind::Punct && "-/.".contains(s.text))?;
    let same = t(3).is_some_and(|s| s.text == sep.text);
    if !(same && (0..4).all(|k| adjacent(toks, i + k))) {
        return None;
    }
    let (a, b, c) = (t(0)?, t(2)?, t(4)?);
    if [a, b, c].iter().any(|n| n.kind != Kind::Num) {
        return None;
    }
    // "1.2.3.4" is a version or an address, not a date.
    if adjacent(toks, i + 4) && t(5).is_some_and(|s| s.text == sep.text) {
        return None;
    }
    let (x, y, z) = (a.number()?, b.number()?, c.number()?);
    let day = if a.text.len() == 4 && b.text.len() <= 2 && c.text.len() <= 2 {
        Ymd::new(x as i32, y, z)
    } else if a.text.len() <= 2 && b.text.len() <= 2 && c.text.len() == 4 {
        let month_first = if sep.text == "/" { x <= 12 } else { y > 12 };
        if month_first {
            Ymd::new(z as i32, x, y)
        } else {
            Ymd::new(z as i32, y, x)
        }
    } else {
        None
    }?;
    Some(DateAt {
        found: Found::Full(day),
        start: i,
        end: i + 5,
    })
}

/// "May 3rd, 2013", "Dec. 7, 2009", "Nov 12 2011", "Jul. 7" (no year).
fn month_first(toks: &[Tok], i: usize) -> Option<DateAt> {
    let m = month_at(toks, i)?;
    let j = skip(toks, i + 1, '.');
    let (d, j) = day_at(toks, j)?;
    // "November 27-2005" is rare but plain.
    let k = skip(toks, skip(toks, j, ','), '-');
    let found = match year_at(toks, k).and_then(|y| Ymd::new(y, m, d)) {
        Some(day) => return Some(full(day, i, k + 1)),
        None if (1..=31).contains(&d) => Found::MonthDay(m, d),
        None => return None,
    };
    Some(DateAt {
        found,
        start: i,
        end: j,
    })
}

/// "7 July 2012", "22 JUL 2013", "16th of December, 2008", "11 May" (no year).
fn day_first(toks: &[Tok], i: usize) -> Option<DateAt> {
    let (d, mut j) = day_at(toks, i)?;
    // "25. September 2018"
    if adjacent(toks, j - 1) && toks.get(j).is_some_and(|t| t.is('.')) {
        j += 1;
    }
    if toks
        .get(j)
        .is_some_and(|t| t.text.eq_ignore_ascii_case("of"))
    {
        j += 1;
    }
    let m = month_at(toks, j)?;
    let j = skip(toks, j + 1, '.');
    let k = skip(toks, j, ',');
    match year_at(toks, k).and_then(|y| Ymd::new(y, m, d)) {
        Some(day) => Some(full(day, i, k + 1)),
        None => (1..=31).contains(&d).then_some(DateAt {
            found: Found::MonthDay(m, d),
            start: i,
            end: j,
        }),
    }
}

fn full(day: Ymd, start: usize, end: usize) -> DateAt {
    DateAt {
        found: Found::Full(day),
        start,
        end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Option<Found> {
        dates(&tokens(text)).first().map(|d| d.found)
    }

    fn day(y: i32, m: u32, d: u32) -> Option<Found> {
        Some(Found::Full(Ymd::new(y, m, d).unwrap()))
    }

    #[test]
    fn month_first_forms() {
        assert_eq!(one("May 2, 2013, 1:12 PM"), day(2013, 5, 2));
        assert_eq!(one("December 15th, 2008, 7:35 am"), day(2008, 12, 15));
        assert_eq!(one("Fri., May. 3, 2013 11:45 AM PDT"), day(2013, 5, 3));
        assert_eq!(one("Sat Nov 12 2011, 01:19 hrs"), day(2011, 11, 12));
        assert_eq!(one("12:52 p.m. EDT May 2, 2013"), day(2013, 5, 2));
        assert_eq!(one("10:05 Sept 5, 2013"), day(2013, 9, 5));
        assert_eq!(one("Jul. 7 5:59 PM EDT"), Some(Found::MonthDay(7, 7)));
        assert_eq!(one("Sunday, November 27-2005 at 16:12"), day(2005, 11, 27));
        assert_eq!(one("Nov 27-28"), Some(Found::MonthDay(11, 27)));
    }

    #[test]
    fn days_are_added_across_months_years_and_leap_days() {
        let on = |y, m, d| Ymd::new(y, m, d).unwrap();
        assert_eq!(on(2025, 5, 12).plus_days(-1), Some(on(2025, 5, 11)));
        assert_eq!(on(2025, 3, 1).plus_days(-1), Some(on(2025, 2, 28)));
        assert_eq!(on(2024, 3, 1).plus_days(-1), Some(on(2024, 2, 29)));
        assert_eq!(on(2025, 12, 31).plus_days(1), Some(on(2026, 1, 1)));
        assert_eq!(on(2000, 1, 1).plus_days(366), Some(on(2001, 1, 1)));
        assert_eq!(on(2100, 12, 31).plus_days(1), None);
    }

    #[test]
    fn day_first_forms() {
        assert_eq!(one("PUBLISHED: 22:07 GMT, 7 July 2012"), day(2012, 7, 7));
        assert_eq!(one("9:53 AM, MON 22 JUL 2013"), day(2013, 7, 22));
        assert_eq!(one("Updated 14 Oct 2025, 17:52"), day(2025, 10, 14));
        assert_eq!(
            one("LONDON, 11 May (Reuters)"),
            Some(Found::MonthDay(5, 11))
        );
        assert_eq!(one("publiziert am 25. September 2018"), day(2018, 9, 25));
    }

    #[test]
    fn numeric_forms_follow_the_separator_convention() {
        assert_eq!(one("2013-09-26"), day(2013, 9, 26));
        assert_eq!(one("Published: 2012.08.08 09:01 AM"), day(2012, 8, 8));
        assert_eq!(one("05/02/2013"), day(2013, 5, 2));
        assert_eq!(one("27/09/2013-Turkmenistan"), day(2013, 9, 27));
        assert_eq!(one("Article posted on 08.07.2012"), day(2012, 7, 8));
    }

    #[test]
    fn refuses_what_is_not_a_day() {
        for text in [
            "February 30, 2013",
            "version 1.2.2013.4",
            "13/13/2013",
            "May 2, 1850",
            "a 2013 report",
            "in May 2013",
            "at 10:30",
        ] {
            assert!(
                dates(&tokens(text))
                    .iter()
                    .all(|d| !matches!(d.found, Found::Full(_))),
                "{text}"
            );
        }
    }

    #[test]
    fn nearest_year() {
        let near = Ymd::new(2026, 1, 1).unwrap();
        assert_eq!(Ymd::nearest(12, 31, near), Ymd::new(2025, 12, 31));
        assert_eq!(Ymd::nearest(1, 2, near), Ymd::new(2026, 1, 2));
        assert_eq!(Ymd::nearest(2, 29, near), None);
    }
}
