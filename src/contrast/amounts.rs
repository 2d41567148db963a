//! When two stated amounts are compatible: ranges, approximations, bounds and
//! rounding.
//!
//! A source that says "about 200" does not contradict one that says 212, nor
//! "between 8,000 and 10,000" one that says 9,000, nor "more than 1,400" one
//! that says 1,500, nor 18.29 one that says 18; "more than 250" against 224
//! does conflict. Two figures of the same sort ("more than 26,000" and "more
//! than 31,000", "about 200" and "about 250") are compared as the figures they
//! report. The hedging words live in `assets/contrast/hedges.tsv`.

use std::sync::LazyLock;

use super::Member;
use crate::model::{Detail, DetailKind};

/// How a source qualifies a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hedge {
    Exact,
    /// "about", "around", "some": within a tenth either way.
    About,
    /// "nearly", "almost": up to a tenth below.
    Nearly,
    /// "more than", "at least", "over".
    AtLeast,
    /// "up to", "fewer than", "under".
    AtMost,
    /// "8,000 to 10,000", "between 8,000 and 10,000".
    Range,
}

/// `phrase<TAB>hedge`, longest phrases tried first.
static HEDGES: LazyLock<Vec<(Vec<String>, Hedge)>> = LazyLock::new(|| {
    let mut out: Vec<(Vec<String>, Hedge)> =
        super::table_rows(include_str!("../../assets/contrast/hedges.tsv"))
            .filter_map(|(phrase, hedge)| {
                let hedge = match hedge {
                    "about" => Hedge::About,
                    "nearly" => Hedge::Nearly,
                    "at-least" => Hedge::AtLeast,
                    "at-most" => Hedge::AtMost,
                    _ => return None,
                };
                Some((
                    phrase.split_whitespace().map(str::to_lowercase).collect(),
                    hedge,
                ))
            })
            .collect();
    out.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    out
});

/// Whether a word belongs to a hedging phrase of `hedges.tsv` ("up", "to",
/// "about", "more", "than").
pub(crate) fn is_hedge_word(word: &str) -> bool {
    let word = word.to_lowercase();
    HEDGES.iter().any(|(phrase, _)| phrase.contains(&word))
}

/// A figure as stated: the interval it allows and how it was qualified.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Amount {
    pub hedge: Hedge,
    pub figure: f64,
    pub low: f64,
    pub high: f64,
}

/// The numeric part of a normalised number value ("$2600000", "4.5%", "30").
pub(crate) fn figure(value: &str) -> Option<f64> {
    let digits: String = value
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    digits
        .trim_start_matches('-')
        .parse()
        .ok()
        // "eleven", "a dozen": a figure written in words.
        .or_else(|| {
            let words = !value.contains(|c: char| c.is_ascii_digit());
            words
                .then(|| crate::text::word_number(value))
                .flatten()
                .map(|n| n as f64)
        })
}

/// Whether a figure is one digit followed by zeros (100,000; 3,000; 20).
fn one_significant_digit(figure: f64) -> bool {
    let mut n = figure;
    if n < 10.0 || n.fract() != 0.0 {
        return false;
    }
    while n >= 10.0 && n % 10.0 == 0.0 {
        n /= 10.0;
    }
    n < 10.0
}

/// The amount a number detail states, read with the words before it.
pub(crate) fn amount(m: &Member, d: &Detail) -> Option<Amount> {
    m.amount_kept(d, || amount_stated(m, d))
}

fn amount_stated(m: &Member, d: &Detail) -> Option<Amount> {
    let figure = figure(&d.value)?;
    let before = m.text[..d.start].to_lowercase();
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != ',' && c != '.')
        .filter(|w| !w.is_empty())
        .collect();
    if let Some(low) = range_start(m, d) {
        let (low, high) = (low.min(figure), low.max(figure));
        return Some(Amount {
            hedge: Hedge::Range,
            figure,
            low,
            high,
        });
    }
    let hedge = HEDGES
        .iter()
        .find(|(phrase, _)| {
            words.len() >= phrase.len()
                && words[words.len() - phrase.len()..]
                    .iter()
                    .zip(phrase)
                    .all(|(w, p)| w == p)
        })
        .map_or(Hedge::Exact, |(_, h)| *h);
    // "two dozen homes" is a round figure, as "about 24" is.
    let span = m.text[d.start..d.end].to_lowercase();
    let hedge =
        if hedge == Hedge::Exact && span.split([' ', '-']).any(crate::text::is_multiple_word) {
            Hedge::About
        } else {
            hedge
        };
    // "about 100,000" is rounded to its one figure: looser than "about 120,000".
    let about = if one_significant_digit(figure) {
        0.25
    } else {
        0.1
    };
    let (low, high) = match hedge {
        Hedge::About => (figure * (1.0 - about), figure * (1.0 + about)),
        Hedge::Nearly => (figure * 0.9, figure),
        Hedge::AtLeast => (figure, f64::INFINITY),
        Hedge::AtMost => (0.0, figure),
        Hedge::Exact | Hedge::Range => (figure, figure),
    };
    Some(Amount {
        hedge,
        figure,
        low,
        high,
    })
}

/// The lower end when the number closes a range: "8,000 to 10,000",
/// "between 8,000 and 10,000", "1994-96", "24- to 30-foot".
fn range_start(m: &Member, d: &Detail) -> Option<f64> {
    let previous = m
        .details
        .iter()
        .rfind(|p| p.kind == DetailKind::Number && p.end <= d.start)?;
    let gap = m.text[previous.end..d.start].trim().to_lowercase();
    // "5-2", "6-1": a score or a vote, not a range (a range rises).
    let descending = figure(&previous.value)? > figure(&d.value)?;
    let joined = matches!(gap.as_str(), "to" | "-" | "–" | "and" | "or" | "- to")
        && !(descending && matches!(gap.as_str(), "-" | "–"))
        && (gap != "and"
            || m.text[..previous.start]
                .trim_end()
                .to_lowercase()
                .ends_with("between"));
    joined.then(|| figure(&previous.value)).flatten()
}

/// Whether two figures in one role can both be true.
pub(crate) fn compatible(x: &Amount, y: &Amount) -> bool {
    if x.hedge == y.hedge && x.hedge != Hedge::Range {
        // Two figures of one sort report two numbers, unless both are
        // rough and one is the other rounded ("about 1,400" / "some 1,380").
        return same_figure(x.figure, y.figure)
            || (x.hedge == Hedge::About && rounded_alike(x.figure, y.figure));
    }
    let overlap = x.low <= y.high && y.low <= x.high;
    overlap || same_figure(x.figure, y.figure)
}

/// Whether the rounder of two whole figures is the other rounded to its
/// last non-zero digit: 1,380 to the hundred is 1,400; 250 is not 200.
fn rounded_alike(a: f64, b: f64) -> bool {
    let zeros = |v: f64| {
        let mut v = v as u64;
        let mut n = 0;
        while v > 0 && v % 10 == 0 {
            v /= 10;
            n += 1;
        }
        n
    };
    let whole = |v: f64| v.fract() == 0.0 && v >= 1.0;
    if !whole(a) || !whole(b) {
        return false;
    }
    let (round, precise) = if zeros(a) >= zeros(b) { (a, b) } else { (b, a) };
    let unit = 10f64.powi(zeros(round));
    zeros(round) > zeros(precise) && (precise / unit).round() * unit == round
}

/// Equal, or one the other rounded: 18.29 and 18, 2.4 and 2.45.
fn same_figure(a: f64, b: f64) -> bool {
    if a == b {
        return true;
    }
    let decimals = |v: f64| {
        let s = format!("{v}");
        s.split_once('.').map_or(0, |(_, f)| f.len()) as i32
    };
    let places = decimals(a).min(decimals(b));
    if decimals(a) == decimals(b) {
        return false;
    }
    let scale = 10f64.powi(places);
    (a * scale).round() == (b * scale).round()
}

#[cfg(test)]
mod tests {
    use super::super::pair_members;
    use super::*;

    fn amounts(a: &str, va: &str, b: &str, vb: &str) -> (Amount, Amount) {
        pair_members(a, b, |ma, mb| {
            let find = |m: &Member, v: &str| {
                let d = m
                    .details
                    .iter()
                    .find(|d| d.kind == DetailKind::Number && d.value == v)
                    .unwrap_or_else(|| panic!("no {v} in {:?}", m.details));
                amount(m, d).unwrap()
            };
            (find(ma, va), find(mb, vb))
        })
    }

    #[test]
    fn an_approximation_covers_the_exact_figure() {
        let (x, y) = amounts(
            "About 200 people died.",
            "200",
            "In all 212 people died.",
            "212",
        );
        assert!(compatible(&x, &y));
        let (x, y) = amounts(
            "About 200 people died.",
            "200",
            "In all 260 people died.",
            "260",
        );
        assert!(!compatible(&x, &y));
    }

    #[test]
    fn a_figure_told_in_dozens_is_round() {
        let (x, y) = amounts(
            "The lava destroyed two dozen homes.",
            "24",
            "The lava destroyed 23 houses.",
            "23",
        );
        assert_eq!(x.hedge, Hedge::About);
        assert!(compatible(&x, &y));
        let (x, y) = amounts(
            "The lava destroyed two dozen homes.",
            "24",
            "The lava destroyed 40 houses.",
            "40",
        );
        assert!(!compatible(&x, &y));
    }

    #[test]
    fn about_a_round_figure_allows_more_than_about_a_precise_one() {
        let (x, y) = amounts(
            "The island is home to about 100,000 people.",
            "100000",
            "The island is home to 120,000 people.",
            "120000",
        );
        assert!(compatible(&x, &y));
        let (x, y) = amounts(
            "The island is home to about 110,000 people.",
            "110000",
            "The island is home to 130,000 people.",
            "130000",
        );
        assert!(!compatible(&x, &y));
    }

    #[test]
    fn two_rough_figures_agree_when_one_is_the_other_rounded() {
        let (x, y) = amounts(
            "About 1,400 passengers walked out along the tracks.",
            "1400",
            "Some 1,380 passengers walked out along the tracks.",
            "1380",
        );
        assert!(compatible(&x, &y));
        let (x, y) = amounts(
            "About 200 passengers walked out along the tracks.",
            "200",
            "About 250 passengers walked out along the tracks.",
            "250",
        );
        assert!(!compatible(&x, &y));
        // Exact figures are two counts.
        let (x, y) = amounts(
            "1,400 passengers walked out along the tracks.",
            "1400",
            "1,380 passengers walked out along the tracks.",
            "1380",
        );
        assert!(!compatible(&x, &y));
    }

    #[test]
    fn a_lower_bound_refuses_a_smaller_figure() {
        let (x, y) = amounts(
            "More than 250 people died.",
            "250",
            "In all 224 people died.",
            "224",
        );
        assert_eq!(x.hedge, Hedge::AtLeast);
        assert!(!compatible(&x, &y));
        let (x, y) = amounts(
            "More than 1,400 were hurt.",
            "1400",
            "In all 1,500 were hurt.",
            "1500",
        );
        assert!(compatible(&x, &y));
    }

    #[test]
    fn two_bounds_of_one_sort_compare_their_figures() {
        let (x, y) = amounts(
            "More than 26,000 people were killed.",
            "26000",
            "More than 31,000 people were killed.",
            "31000",
        );
        assert!(!compatible(&x, &y));
    }

    #[test]
    fn a_range_covers_the_figures_inside_it() {
        let (x, y) = amounts(
            "Between 8,000 and 10,000 people marched.",
            "10000",
            "Some 9,000 people marched.",
            "9000",
        );
        assert_eq!(x.hedge, Hedge::Range);
        assert!(compatible(&x, &y));
        let (x, y) = amounts(
            "From 8,000 to 10,000 people marched.",
            "10000",
            "In all 12,000 people marched.",
            "12000",
        );
        assert!(!compatible(&x, &y));
    }

    #[test]
    fn a_falling_pair_is_a_score_not_a_range() {
        let (x, _) = amounts(
            "The committee voted 5-2 for the increase.",
            "2",
            "The committee voted 6-1 for the increase.",
            "1",
        );
        assert_eq!(x.hedge, Hedge::Exact);
        let (x, _) = amounts(
            "Some 3-5 people were hurt.",
            "5",
            "Four people were hurt.",
            "4",
        );
        assert_eq!(x.hedge, Hedge::Range);
    }

    #[test]
    fn a_figure_in_words_is_a_figure() {
        assert_eq!(figure("eleven"), Some(11.0));
        assert_eq!(figure("272"), Some(272.0));
        // Digits that do not parse are no figure, whatever words they hold.
        assert_eq!(figure("5-2"), None);
    }

    #[test]
    fn rounding_is_no_conflict() {
        assert!(same_figure(18.29, 18.0));
        assert!(same_figure(2.45, 2.4) || same_figure(2.45, 2.5));
        assert!(!same_figure(19.0, 18.0));
        assert!(!same_figure(6.1, 6.4));
    }
}
