//! The numbers that characterise an event: a toll, a magnitude, a sum stolen.
//!
//! Two reports of one heist name the same haul and two earthquakes differ in
//! their magnitudes, so an article's central number, like its central place,
//! tells events apart ([`super::anchors`]). Not every number in a lead
//! characterises the event: a small count ("four men", "two nights") recurs
//! across events of one kind, a year is a date the number reader did not
//! recognise as one, and the day and month digits of a dateline ("16/08/2011",
//! "Aug 18, 2011") date the report. So only sums of money, percentages,
//! decimals and counts of ten or more that stand apart from other numbers and
//! dates count; and two numbers are compared only when they measure the same
//! sort of thing (a sum in dollars against one in dollars, not against a count).

use crate::model::{DetailKind, Sentence};
use crate::text;

/// Plain counts below this recur across events of one kind.
const MIN_COUNT: f64 = 10.0;
/// Characters between two details that make them one dateline ("18, 2011").
const DATELINE_GAP: usize = 3;

/// The values of a sentence's numbers that may characterise its event.
pub fn event_numbers(sentence: &Sentence) -> Vec<String> {
    let mut near: Vec<_> = sentence
        .details
        .iter()
        .filter(|d| matches!(d.kind, DetailKind::Number | DetailKind::Date))
        .collect();
    near.sort_by_key(|d| (d.start, d.end));
    let joined = |from: usize, to: usize| {
        from <= to
            && sentence.text.get(from..to).is_some_and(|gap| {
                gap.len() <= DATELINE_GAP && !gap.chars().any(char::is_alphanumeric)
            })
    };
    (0..near.len())
        .filter(|&i| near[i].kind == DetailKind::Number)
        .filter(|&i| {
            let before = i > 0 && joined(near[i - 1].end, near[i].start);
            let after = i + 1 < near.len() && joined(near[i].end, near[i + 1].start);
            !before && !after
        })
        .map(|i| near[i].value.as_str())
        .filter(|v| characterises(v))
        .map(str::to_string)
        .collect()
}

/// Whether a number value ("$2600000", "5.6", "75%", "23") can characterise
/// an event: not a small count, not a year.
fn characterises(value: &str) -> bool {
    let digits: String = value
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let Ok(x) = digits.parse::<f64>() else {
        return false;
    };
    let marked = !sort(value).is_empty();
    let year = !marked && text::year_digits(&digits);
    !year && (marked || digits.contains('.') || x >= MIN_COUNT)
}

/// Whether two number values measure the same sort of thing: the same
/// currency or unit marks around the digits, or none.
pub fn comparable(a: &str, b: &str) -> bool {
    sort(a) == sort(b)
}

/// What a number value says besides its digits: "$", "%", "th", or nothing.
/// Finer than [`text::quantity`], which contrast uses: an ordinal ("117th
/// Congress") names something, it does not count a toll.
fn sort(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_ascii_digit() && *c != '.')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Detail;

    /// A sentence with the given details, or those the text stage finds.
    fn sentence(text: &str, details: Option<Vec<Detail>>) -> Sentence {
        let details = details.unwrap_or_else(|| crate::text::details(text));
        let end = text.len();
        Sentence {
            text: text.into(),
            start: 0,
            end,
            details,
        }
    }

    #[test]
    fn sums_decimals_and_large_counts_characterise_an_event() {
        assert!(characterises("$2600000"));
        assert!(characterises("5.6"));
        assert!(characterises("75%"));
        assert!(characterises("23"));
        assert!(!characterises("4"), "a small count");
        assert!(!characterises("2011"), "a year");
        assert!(!characterises("millions"));
    }

    #[test]
    fn only_the_same_sort_of_number_is_comparable() {
        assert!(comparable("$2600000", "$108000000"));
        assert!(comparable("23", "26"));
        assert!(!comparable("$108000000", "€85000000"));
        assert!(!comparable("30", "$1000000"));
    }

    #[test]
    fn a_sentences_event_numbers_skip_small_counts() {
        let s = sentence("The Indian navy captured 23 pirates and two boats.", None);
        assert_eq!(event_numbers(&s), vec!["23".to_string()]);
    }

    #[test]
    fn dateline_digits_are_not_event_numbers() {
        let detail = |kind, start, end, value: &str| Detail {
            kind,
            start,
            end,
            value: value.to_string(),
            about: None,
        };
        // "Thursday, Aug 18, 2011": the day sits next to the year.
        let details = vec![
            detail(DetailKind::Number, 14, 16, "18"),
            detail(DetailKind::Date, 18, 22, "2011"),
            detail(DetailKind::Number, 29, 31, "26"),
        ];
        let s = sentence(
            "Cable cut Aug 18, 2011 after 26 ships anchored",
            Some(details),
        );
        assert_eq!(event_numbers(&s), vec!["26".to_string()]);
    }
}
