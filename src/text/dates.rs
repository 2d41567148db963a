//! Date details: weekdays, months, calendar dates, years, times and relative dates.
//!
//! Values are normalised so different wordings of one day agree: "June 1, 2025" and
//! "1 June 2025" → "2025-06-01"; "May 12" and "12 May" → "may 12"; "March 2022" →
//! "march 2022"; "this Thursday", "on Thursday" and "Thursday night" → "thursday" (but
//! "last Thursday" → "last thursday"); "over the weekend" and "last weekend" → "weekend".
//! "May" is a month only when a day, a year or a date preposition is next to it.

use crate::model::{Detail, DetailKind};

use super::lexicon::{Calendar, CALENDAR, DAY_PARTS, RELATIVE_DATES};
use super::numbers::is_year;
use super::tokens::Word;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words before a month name that make an ambiguous one ("May") a month.
const MONTH_CUES: &[&str] = &[
    "in", "early", "late", "mid", "since", "until", "by", "of", "last", "next", "this", "from",
    "before", "after", "during", "through", "end",
];

pub(crate) fn dates(sentence: &str, words: &[Word<'_>], out: &mut Vec<Detail>) {
    let mut i = 0;
    while i < words.len() {
        i += date_at(sentence, words, i, out).max(1);
    }
}

fn push(out: &mut Vec<Detail>, start: usize, end: usize, value: String) {
    out.push(Detail {
        kind: DetailKind::Date,
        start,
        end,
        value,
        about: None,
    });
}

fn day_number(w: &Word<'_>) -> Option<u32> {
    let digits = w.key.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let n: u32 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn date_at(sentence: &str, words: &[Word<'_>], i: usize, out: &mut Vec<Detail>) -> usize {
    let keys = super::tokens::phrase_at(words, i);
    if let Some((n, value)) = RELATIVE_DATES.longest(keys) {
        push(out, words[i].start, words[i + n - 1].end, value.clone());
        return n;
    }
    let w = &words[i];
    if let Some(&cal) = CALENDAR.get(&w.key).filter(|_| w.capitalised()) {
        return match cal {
            Calendar::Weekday => weekday(words, i, out),
            Calendar::Month(m) => month(sentence, words, i, m, out),
        };
    }
    if let Some(day) = day_number(w) {
        if let Some(&Calendar::Month(m)) = words
            .get(i + 1)
            .filter(|n| n.capitalised())
            .and_then(|n| CALENDAR.get(&n.key))
        {
            let mut end = words[i + 1].end;
            let mut used = 2;
            let value = match words.get(i + 2).filter(|_| is_year(sentence, words, i + 2)) {
                Some(y) => {
                    end = y.end;
                    used = 3;
                    format!("{}-{m:02}-{day:02}", y.text)
                }
                None => format!("{} {day}", MONTHS[m as usize - 1]),
            };
            push(out, w.start, end, value);
            return used;
        }
    }
    if is_year(sentence, words, i) {
        push(out, w.start, w.end, w.text.to_string());
        return 1;
    }
    let meridiem = |k: &str| matches!(k, "am" | "pm" | "a.m." | "p.m.");
    if let Some(ap) = words
        .get(i + 1)
        .filter(|a| w.is_digit() && w.key.len() <= 2 && meridiem(&a.key))
    {
        push(
            out,
            w.start,
            ap.end,
            format!("{} {}", w.key, ap.key.replace('.', "")),
        );
        return 2;
    }
    if w.is_digit() && sentence[w.end..].starts_with(':') {
        if let Some(min) = words
            .get(i + 1)
            .filter(|m| m.start == w.end + 1 && m.is_digit())
        {
            let mut end = min.end;
            let mut value = format!("{}:{}", w.key, min.key);
            let mut used = 2;
            if let Some(ap) = words
                .get(i + 2)
                .filter(|a| matches!(a.key.as_str(), "am" | "pm" | "a.m." | "p.m."))
            {
                end = ap.end;
                value = format!("{value} {}", ap.key.replace('.', ""));
                used = 3;
            }
            push(out, w.start, end, value);
            return used;
        }
    }
    1
}

fn weekday(words: &[Word<'_>], i: usize, out: &mut Vec<Detail>) -> usize {
    let w = &words[i];
    let mut start = w.start;
    let mut value = w.key.clone();
    if let Some(p) = i.checked_sub(1).map(|p| &words[p]) {
        match p.key.as_str() {
            "this" | "on" | "late" | "early" => start = p.start,
            "last" | "next" => {
                start = p.start;
                value = format!("{} {value}", p.key);
            }
            _ => {}
        }
    }
    let mut end = w.end;
    let mut used = 1;
    if let Some(n) = words.get(i + 1).filter(|n| DAY_PARTS.contains(&n.key)) {
        end = n.end;
        used = 2;
    }
    push(out, start, end, value);
    used
}

fn month(sentence: &str, words: &[Word<'_>], i: usize, m: u32, out: &mut Vec<Detail>) -> usize {
    let w = &words[i];
    let name = MONTHS[m as usize - 1];
    let next = words.get(i + 1);
    let day = next
        .and_then(day_number)
        .filter(|_| !is_year(sentence, words, i + 1));
    if let Some(day) = day {
        let mut end = words[i + 1].end;
        let mut used = 2;
        let mut value = format!("{name} {day}");
        if words.get(i + 2).is_some() && is_year(sentence, words, i + 2) {
            end = words[i + 2].end;
            used = 3;
            value = format!("{}-{m:02}-{day:02}", words[i + 2].text);
        }
        push(out, w.start, end, value);
        return used;
    }
    if next.is_some() && is_year(sentence, words, i + 1) {
        let y = &words[i + 1];
        push(out, w.start, y.end, format!("{name} {}", y.text));
        return 2;
    }
    let cued = i.checked_sub(1).is_some_and(|p| {
        MONTH_CUES.contains(&words[p].key.as_str()) || day_number(&words[p]).is_some()
    });
    if name != "may" || cued {
        push(out, w.start, w.end, name.to_string());
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::words;

    fn values(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        dates(s, &words(s), &mut out);
        out.into_iter().map(|d| d.value).collect()
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(values("Sunday, June 1, 2025"), ["sunday", "2025-06-01"]);
        assert_eq!(values("on 1 June 2025"), ["2025-06-01"]);
        assert_eq!(values("starting tomorrow, May 12,"), ["tomorrow", "may 12"]);
        assert_eq!(values("collapsed in March 2022"), ["march 2022"]);
        assert_eq!(values("in early May"), ["may"]);
        assert_eq!(values("began in 2022"), ["2022"]);
        assert_eq!(values("at 9:23 am"), ["9:23 am"]);
        assert_eq!(values("at around 11 a.m. saying"), ["11 am"]);
    }

    #[test]
    fn relative_dates() {
        assert_eq!(values("talks this Thursday"), ["thursday"]);
        assert_eq!(values("a post on Sunday night"), ["sunday"]);
        assert_eq!(values("met last Thursday"), ["last thursday"]);
        assert_eq!(values("in Kyiv over the weekend"), ["weekend"]);
        assert_eq!(values("a summit last weekend"), ["weekend"]);
    }

    #[test]
    fn may_the_verb_is_not_a_date() {
        assert!(values("Moscow may be testing them").is_empty());
        assert!(values("May God help us").is_empty());
        assert!(values("2000 troops").is_empty());
    }
}
