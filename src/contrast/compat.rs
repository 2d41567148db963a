//! When two values of one kind agree, can be compared, or conflict.
//!
//! Equal normalised values agree. A city and the country around it never
//! conflict (`assets/contrast/within.tsv`, extendable), nor do a relative and an
//! absolute date, nor a percentage and a count. Titles conflict only when they
//! belong to the same person.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use crate::model::{Detail, DetailKind};
use crate::text::{self, Calendar};

/// `place<TAB>larger place` pairs, normalised like detail values.
static WITHIN: LazyLock<HashSet<(String, String)>> = LazyLock::new(|| {
    include_str!("../../assets/contrast/within.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| {
            (
                crate::text::canonical(a.trim()),
                crate::text::canonical(b.trim()),
            )
        })
        .collect()
});

/// Places that contain others (the right-hand side of `within.tsv`).
static CONTAINERS: LazyLock<HashSet<String>> =
    LazyLock::new(|| WITHIN.iter().map(|(_, outer)| outer.clone()).collect());
/// Places contained in others.
static CONTAINED: LazyLock<HashSet<String>> =
    LazyLock::new(|| WITHIN.iter().map(|(inner, _)| inner.clone()).collect());

/// A city and a country are never one slot: "in Ankara" and "of Ukraine"
/// answer different questions. Places of unknown scale compare with any.
fn same_scale(x: &str, y: &str) -> bool {
    let scale = |p: &str| match (CONTAINED.contains(p), CONTAINERS.contains(p)) {
        (true, false) => Some(false),
        (false, true) => Some(true),
        _ => None,
    };
    match (scale(x), scale(y)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

pub fn same_value(kind: DetailKind, x: &Detail, y: &Detail) -> bool {
    x.kind == kind
        && y.kind == kind
        && x.value == y.value
        && (kind != DetailKind::Title || x.about == y.about)
}

/// Whether two leftover details could fill one slot at all.
pub fn comparable(x: &Detail, y: &Detail) -> bool {
    match x.kind {
        DetailKind::Title => x.about.is_some() && x.about == y.about,
        DetailKind::Place => same_scale(&x.value, &y.value),
        DetailKind::Date => date_class(&x.value) == date_class(&y.value),
        // Sums in two currencies are not one quantity without a rate.
        DetailKind::Number => text::quantity(&x.value) == text::quantity(&y.value),
        _ => true,
    }
}

/// Whether two comparable details in one slot contradict each other.
pub fn conflicting(kind: DetailKind, x: &Detail, y: &Detail) -> bool {
    if x.value == y.value {
        return false;
    }
    match kind {
        DetailKind::Place => !within(&x.value, &y.value) && !within(&y.value, &x.value),
        DetailKind::Date => date_class(&x.value) != DateClass::Relative,
        _ => true,
    }
}

fn within(inner: &str, outer: &str) -> bool {
    WITHIN.contains(&(inner.to_string(), outer.to_string()))
}

#[derive(Debug, PartialEq, Eq)]
enum DateClass {
    Weekday,
    Month,
    Year,
    Day,
    Relative,
}

fn date_class(value: &str) -> DateClass {
    let v = value.to_lowercase();
    let words: Vec<&str> = v.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let calendar: Vec<Calendar> = words.iter().filter_map(|w| text::calendar(w)).collect();
    if calendar.contains(&Calendar::Weekday) {
        DateClass::Weekday
    } else if words.len() == 1
        && words[0].len() == 4
        && words[0].bytes().all(|b| b.is_ascii_digit())
    {
        DateClass::Year
    } else if v.len() == 10 && v.as_bytes()[4] == b'-' {
        DateClass::Day
    } else if calendar.iter().any(|c| matches!(c, Calendar::Month(_)))
        || (v.len() == 7 && v.as_bytes()[4] == b'-')
    {
        DateClass::Month
    } else {
        DateClass::Relative
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detail(kind: DetailKind, value: &str) -> Detail {
        Detail {
            kind,
            start: 0,
            end: value.len(),
            value: value.into(),
            about: None,
        }
    }

    #[test]
    fn a_city_does_not_conflict_with_its_country() {
        let (city, country) = (
            detail(DetailKind::Place, "istanbul"),
            detail(DetailKind::Place, "turkey"),
        );
        assert!(!conflicting(DetailKind::Place, &city, &country));
        let other = detail(DetailKind::Place, "ankara");
        assert!(conflicting(DetailKind::Place, &city, &other));
        assert!(!comparable(&other, &detail(DetailKind::Place, "ukraine")));
        assert!(comparable(&other, &detail(DetailKind::Place, "atlantis")));
    }

    #[test]
    fn weekdays_compare_with_weekdays_only() {
        let (sat, sun) = (
            detail(DetailKind::Date, "saturday"),
            detail(DetailKind::Date, "sunday"),
        );
        assert!(comparable(&sat, &sun) && conflicting(DetailKind::Date, &sat, &sun));
        assert!(!comparable(&sat, &detail(DetailKind::Date, "2025")));
        assert!(!comparable(&sat, &detail(DetailKind::Date, "tomorrow")));
    }

    #[test]
    fn percentages_and_counts_are_not_compared() {
        assert!(!comparable(
            &detail(DetailKind::Number, "4.5%"),
            &detail(DetailKind::Number, "30")
        ));
        assert!(comparable(
            &detail(DetailKind::Number, "4.5%"),
            &detail(DetailKind::Number, "5.4%")
        ));
    }

    #[test]
    fn sums_compare_only_in_one_currency() {
        let euros = detail(DetailKind::Number, "€30000000");
        assert!(!comparable(
            &euros,
            &detail(DetailKind::Number, "$10000000")
        ));
        assert!(comparable(&euros, &detail(DetailKind::Number, "€10000000")));
    }

    #[test]
    fn titles_compare_only_for_the_same_person() {
        let mut a = detail(DetailKind::Title, "leader");
        let mut b = detail(DetailKind::Title, "statesman");
        assert!(!comparable(&a, &b));
        a.about = Some("merz".into());
        b.about = Some("merz".into());
        assert!(comparable(&a, &b));
    }
}
