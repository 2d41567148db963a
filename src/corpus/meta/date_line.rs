//! Date lines: a line that holds nothing but dates, times, zones and labels
//! ("Published: May 12, 2025", "21 July 2013 Last updated at 11:11 GMT"), with
//! at most a few capitalised words (a place, an agency), a leading byline or a
//! credit closed by a comma. "The report was published on May 12, 2025" is a
//! sentence, not a date line.

use super::byline::{capitalised, is_caps, name_word};
use super::dates::{dates, Found};
use super::tokens::{role, tokens, Kind, Role, Tok};

/// What a date line labels its date as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Published,
    Updated,
}

/// A line that holds only dates: each date with its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateLine {
    pub stamps: Vec<(Found, Option<Label>)>,
    /// Capitalised words (a place) come before the first date: "WASHINGTON,
    /// DC, April 28, 2009".
    pub place_first: bool,
    /// Where the byline that opens the line ends: "By Jane Doe on May 3, 2013".
    pub byline_end: Option<usize>,
}

/// The line's dates and labels, when the line is nothing but a date line
/// (after, perhaps, a credit closed by a comma: "Nordvision Radio explainer,
/// November 19, 2025").
pub fn date_line(line: &str) -> Option<DateLine> {
    scan(line, false).or_else(|| scan(line, true))
}

fn scan(line: &str, credit: bool) -> Option<DateLine> {
    let toks = tokens(line);
    if toks.len() > 40 {
        return None;
    }
    let found = dates(&toks);
    if found.is_empty() {
        return None;
    }
    let mut covered = vec![false; toks.len()];
    for d in &found {
        covered[d.start..d.end].fill(true);
    }
    if credit {
        // "…explainer, Sunday 19 October 2025": the weekday opens the date.
        let lead = match found[0].start {
            at if at >= 1 && role(toks[at - 1].text) == Some(Role::Weekday) => at - 1,
            at => at,
        };
        let words = toks[..lead].iter().filter(|t| t.kind == Kind::Word);
        let plain = toks[..lead].iter().all(|t| {
            t.kind != Kind::Num
                && !matches!(
                    role(t.text),
                    Some(Role::Published | Role::Updated | Role::Byline)
                )
        });
        let credited = lead >= 2
            && toks[lead - 1].is(',')
            && capitalised(toks[0].text)
            && plain
            && words.filter(|t| role(t.text).is_none()).count() <= 5;
        if !credited {
            return None;
        }
        covered[..lead].fill(true);
    }
    let mut labels: Vec<(usize, Label)> = Vec::new();
    // Runs of capitalised words that are no date words: (first, last) token.
    let mut names: Vec<(usize, usize)> = Vec::new();
    // A line may open with a byline: names up to its first label, filler or date.
    let by = toks[0].kind == Kind::Word && role(toks[0].text) == Some(Role::Byline);
    let mut byline_end = None;
    for (i, t) in toks.iter().enumerate().filter(|(i, _)| !covered[*i]) {
        if by && byline_end.is_none() {
            let name = match t.kind {
                Kind::Word => i == 0 || (role(t.text).is_none() && name_word(t.text)),
                Kind::Punct => [",", "&", ".", "'", "-"].contains(&t.text),
                Kind::Num => false,
            };
            if name {
                continue;
            }
            byline_end = Some(t.start);
        }
        match t.kind {
            Kind::Punct => {}
            Kind::Num if t.text.len() <= 2 => {}
            // "1052 GMT": a time without its colon.
            Kind::Num
                if t.text.len() == 4
                    && toks
                        .get(i + 1)
                        .is_some_and(|z| role(z.text) == Some(Role::Zone)) => {}
            Kind::Num => return None,
            Kind::Word => match role(t.text) {
                Some(Role::Published) => labels.push((i, Label::Published)),
                Some(Role::Updated) => labels.push((i, Label::Updated)),
                Some(Role::Byline) => return None,
                Some(_) => {}
                None if capitalised(t.text) => match names.last_mut() {
                    Some(run) if word_before(&toks, i) == Some(run.1) => run.1 = i,
                    _ => names.push((i, i)),
                },
                None => return None,
            },
        }
    }
    let place_like = |&(a, b): &(usize, usize)| {
        let words: Vec<&Tok> = toks[a..=b]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .collect();
        let caps = words.iter().all(|t| is_caps(t.text));
        let closed = toks.get(b + 1).is_some_and(|t| ",:-–—".contains(t.text));
        // A credit before the date: "Reuters Sep 18, 2013".
        let credit = a == 0 && words.len() == 1 && found[0].start == b + 1;
        words.len() <= 3 && (caps || closed || credit)
    };
    if names.len() > 2 || !names.iter().all(place_like) {
        return None;
    }
    let stamps = found
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let lo = if k == 0 { 0 } else { found[k - 1].end };
            let hi = found.get(k + 1).map_or(toks.len(), |n| n.start);
            let before = labels.iter().rev().find(|(i, _)| (lo..d.start).contains(i));
            // A label between two dates belongs to the later one.
            let last = k + 1 == found.len();
            let after = labels.iter().find(|(i, _)| last && (d.end..hi).contains(i));
            (d.found, before.or(after).map(|(_, l)| *l))
        })
        .collect();
    if by && byline_end.is_none() {
        byline_end = Some(toks[found[0].start].start);
    }
    Some(DateLine {
        stamps,
        // "WASHINGTON, DC, April 28, 2009"; a credit in mixed case is no place.
        place_first: labels.is_empty()
            && names.first().is_some_and(|n| {
                n.0 < found[0].start
                    && toks[n.0..=n.1]
                        .iter()
                        .all(|t| t.kind != Kind::Word || is_caps(t.text))
            }),
        byline_end,
    })
}

/// The index of the word before token `i`, skipping only dots ("D.C.").
fn word_before(toks: &[Tok], i: usize) -> Option<usize> {
    (0..i)
        .rev()
        .find(|&j| !toks[j].is('.'))
        .filter(|&j| toks[j].kind == Kind::Word)
}

/// A line's stamps, none when it is no date line: what unit tests compare.
#[cfg(test)]
pub(super) fn stamps(line: &str) -> Vec<(Found, Option<Label>)> {
    date_line(line).map(|d| d.stamps).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::dates::day;
    use super::*;

    #[test]
    fn labelled_lines() {
        let full = |y, m, d| Found::Full(day(y, m, d));
        assert_eq!(
            stamps("Published: May 12, 2025"),
            [(full(2025, 5, 12), Some(Label::Published))]
        );
        assert_eq!(
            stamps("Last updated: May 12, 2025 9:23 am"),
            [(full(2025, 5, 12), Some(Label::Updated))]
        );
        assert_eq!(
            stamps("Posted: 04/9/2012 8:33 am Updated: 04/10/2012 8:33 am"),
            [
                (full(2012, 4, 9), Some(Label::Published)),
                (full(2012, 4, 10), Some(Label::Updated))
            ]
        );
        // The label after the date: "21 July 2013 Last updated at 11:11 GMT".
        assert_eq!(
            stamps("21 July 2013 Last updated at 11:11 GMT"),
            [(full(2013, 7, 21), Some(Label::Updated))]
        );
        assert_eq!(
            stamps("Thursday, November 29, 2007"),
            [(full(2007, 11, 29), None)]
        );
        assert_eq!(
            stamps("TNN Nov 12, 2011, 05.51AM IST MUMBAI:"),
            [(full(2011, 11, 12), None)]
        );
        assert!(
            date_line("WASHINGTON, DC, April 28, 2009")
                .unwrap()
                .place_first
        );
        let credit = date_line("Oceanic Broadcasting Service, Health Desk, 12 June 2025").unwrap();
        assert_eq!(credit.stamps, [(full(2025, 6, 12), None)]);
        assert!(!credit.place_first);
        assert_eq!(
            stamps("POSTED: 1052 GMT (1852 HKT), April 10, 2007"),
            [(full(2007, 4, 10), Some(Label::Published))]
        );
        assert_eq!(
            stamps("Published time: March 12, 2013 02:03 Edited time: March 13, 2013 02:15"),
            [
                (full(2013, 3, 12), Some(Label::Published)),
                (full(2013, 3, 13), Some(Label::Updated))
            ]
        );
        assert_eq!(
            stamps("Reuters Sep 18, 2013, 02.16PM IST"),
            [(full(2013, 9, 18), None)]
        );
        assert_eq!(
            stamps("on April 30, 2008 at 4:31 AM, updated May 1, 2008 at 8:33 AM"),
            [
                (full(2008, 4, 30), None),
                (full(2008, 5, 1), Some(Label::Updated))
            ]
        );
    }

    #[test]
    fn a_credit_can_open_a_date_line() {
        let full = |y, m, d| Found::Full(day(y, m, d));
        for (line, date) in [
            (
                "Nordvision Radio explainer, November 19, 2025",
                full(2025, 11, 19),
            ),
            (
                "Radio Estravia Business Desk, Tuesday, September 16, 2025",
                full(2025, 9, 16),
            ),
            (
                "Harbour Radio explainer, Monday 3 March 2025",
                full(2025, 3, 3),
            ),
        ] {
            assert_eq!(stamps(line), [(date, None)], "{line}");
        }
        for line in [
            "The report was published on May 12, 2025",
            "the desk, May 12, 2025",
            "Harbour Radio explainer Monday 3 March 2025",
            "Published by the Ministry of the Interior, May 12, 2025",
            "A very long credit line of many words, May 12, 2025",
        ] {
            assert_eq!(date_line(line), None, "{line}");
        }
    }

    #[test]
    fn sentences_are_no_date_lines() {
        for line in [
            "The report was published on May 12, 2025 by the ministry.",
            "Obama Signs The Bill On May 5, 2013",
            "Posted 1 year, 160 days ago [downloaded on 2 October 2013]",
            "Interior and Commerce Secretaries Must Act by May 9",
            "27/09/2013-Turkmenistan to hold first-ever parliamentary elections",
            "Copyright 2025",
            "Obama signs bill May 5, 2013",
            "Signs Bill May 5, 2013",
        ] {
            assert_eq!(date_line(line), None, "{line}");
        }
    }
}
