//! The date of writing, the byline and the wire dateline in a page's text.
//!
//! Pages print their date in a line of its own (`date_line`), labelled
//! ("Published: May 12, 2025", "Last updated: March 3, 2025 6:40 pm", "Posted
//! on November 15, 2011") or not ("Thursday, November 29, 2007" under the
//! headline). Sites also print today's date in their header,
//! above the headline; that is why an unlabelled line counts only as the
//! page's first line or one of the three lines right under the headline (the
//! one cleaning found, or a first line shaped like one), and only labelled
//! lines may sit anywhere before the body (or in the six lines under the
//! headline, past a standfirst).

use super::byline::{byline, copyright, dateline, Dateline};
use super::date_line::{date_line, Label};
use super::dates::{dates, Found, Ymd};
use super::tokens::{tokens, Kind};

/// What the text of a page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Evidence {
    /// The first date labelled as published (posted, created…).
    pub published: Option<Ymd>,
    /// The first date labelled as updated (modified…).
    pub updated: Option<Ymd>,
    pub dateline: Option<Dateline>,
    /// An unlabelled date line in a place that can be the article's, with
    /// its kind of evidence ("date line" or "dateline").
    pub unlabelled: Option<(Ymd, &'static str)>,
    /// An unlabelled date line above the headline: a local paper's edition
    /// date, or a site header printing the day it was read; trusted only
    /// when nothing else dates the page and the text does not deny it.
    pub header: Option<Ymd>,
    /// Dates the text puts next to a relative day, with the shift to the day
    /// of writing: "tomorrow, May 12" (-1) was written on May 11.
    pub implied: Vec<(Found, i64)>,
    pub author: Option<String>,
    /// Copyright lines: year and holder ("© 2025 Orbis Wire").
    pub copyright: Vec<(i32, String)>,
}

/// Reads the head of a page: its lines (trimmed, none empty) and the index of
/// its headline, when known.
pub fn read(lines: &[&str], headline: Option<usize>) -> Evidence {
    let from = headline.map_or(0, |h| h + 1);
    let body = (from..lines.len())
        .find(|&i| is_body(lines[i]))
        .unwrap_or(lines.len());
    // A headline-shaped first line (four words or more, not running text) is a
    // headline too, whatever cleaning chose: "Breaking News" and "back to
    // top" are not.
    let first_headline = lines
        .first()
        .is_some_and(|l| l.split_whitespace().count() >= 4 && !is_body(l) && !l.contains('|'));
    let under = |h: usize, i: usize| i > h && i <= h + 3;
    let unlabelled_here = |i: usize| {
        i == 0 || (first_headline && under(0, i)) || headline.is_some_and(|h| under(h, i))
    };
    // A standfirst can read as body text: a labelled line in the six lines
    // under the headline is still the article's stamp.
    let labelled_end = body.max(headline.map_or(0, |h| h + 7));
    let mut e = Evidence::default();
    for (i, line) in lines.iter().enumerate().take(labelled_end) {
        if let Some(dl) = date_line(line) {
            if let Some(end) = dl.byline_end.filter(|_| i >= from && i < body) {
                e.author = e.author.or_else(|| byline(&line[..end]));
            }
            for (found, label) in dl.stamps {
                let Found::Full(day) = found else { continue };
                match label {
                    Some(Label::Published) => e.published = e.published.or(Some(day)),
                    Some(Label::Updated) => e.updated = e.updated.or(Some(day)),
                    None if unlabelled_here(i) => {
                        let from = if dl.place_first {
                            "dateline"
                        } else {
                            "date line"
                        };
                        e.unlabelled = e.unlabelled.or(Some((day, from)));
                    }
                    None if headline.is_some_and(|h| i < h) => {
                        e.header = e.header.or(Some(day));
                    }
                    None => {}
                }
            }
        } else if i >= from && i < body && e.author.is_none() {
            e.author = byline(line);
        }
    }
    e.dateline = (from..=body)
        .filter_map(|i| lines.get(i))
        .find_map(|l| dateline(l));
    e.copyright = lines.iter().filter_map(|l| copyright(l)).collect();
    // Only a header date is checked against the days the text implies.
    if e.header.is_some() {
        e.implied = lines.iter().flat_map(|l| implied_days(l)).collect();
    }
    e
}

/// Days of writing a line implies by a relative day next to a whole date:
/// "tomorrow, May 12, 2025" (written the 11th), "today (14 October 2011)".
fn implied_days(line: &str) -> Vec<(Found, i64)> {
    let toks = tokens(line);
    let mut out = Vec::new();
    for at in dates(&toks) {
        // The nearest word before the date, past commas and brackets.
        let word = toks[..at.start].iter().rev().find(|t| t.kind == Kind::Word);
        let Some(from_writing) = word.and_then(|t| crate::text::days_from_writing(t.text)) else {
            continue;
        };
        let shift = -from_writing;
        let near = word.is_some_and(|w| {
            toks[..at.start]
                .iter()
                .rev()
                .take_while(|t| t.start > w.start)
                .all(|t| t.kind == Kind::Punct)
        });
        if near {
            out.push((at.found, shift));
        }
    }
    out
}

/// Running text: a long line, or a sentence-length one that ends like a sentence.
fn is_body(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let ends = line
        .chars()
        .last()
        .is_some_and(|c| ".!?\"”’'…)".contains(c));
    (words >= 12 && ends) || words >= 25
}

#[cfg(test)]
mod tests {
    use super::super::date_line::stamps;
    use super::super::dates::day;
    use super::*;

    fn page(text: &str) -> Vec<&str> {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }

    const BODY: &str =
        "Rescue teams worked through the night in the valley, officials said on Monday.";

    #[test]
    fn a_header_date_above_the_headline_is_refused() {
        let text =
            format!("back to top\nSunday, June 1, 2025\nThe Headline Of The Story\nShare\n{BODY}");
        let e = read(&page(&text), Some(2));
        assert_eq!(e.unlabelled, None);
        // It is kept apart, as the weakest evidence (`meta::combine`).
        assert_eq!(e.header, Some(day(2025, 6, 1)));
        // Labelled, the same line counts wherever it stands before the body.
        let text = format!("Updated 14 Oct 2025, 17:52\nThe Headline Of The Story\n{BODY}");
        assert_eq!(read(&page(&text), Some(1)).updated, Some(day(2025, 10, 14)));
    }

    #[test]
    fn unlabelled_lines_under_the_headline_or_first() {
        let text = format!("The Headline Of The Story\nA deck line without a stop\nThursday, November 29, 2007\n{BODY}");
        let e = read(&page(&text), Some(0));
        assert_eq!(e.unlabelled, Some((day(2007, 11, 29), "date line")));
        // Under a headline-shaped first line, whichever headline cleaning chose.
        let text =
            format!("Sacked worker shoots ex-colleagues\n{BODY}\nApril 10, 2007-7:07AM\n{BODY}");
        assert_eq!(
            read(&page(&text), Some(1)).unlabelled.map(|u| u.0),
            Some(day(2007, 4, 10))
        );
        // Nor under a masthead: "LNR News | Lusandria National Radio".
        let text = format!("LNR News | Lusandria National Radio\nHome | News\nWednesday 13 August 2025, 18:40\nThe Headline Of The Story\n{BODY}");
        assert_eq!(read(&page(&text), Some(3)).unlabelled, None);
        // Not two lines under a short first line ("Breaking News").
        let text = format!("Breaking News\nThe Herald | Your news\nMonday, March 3, 2025\nThe Headline Of The Story\n{BODY}");
        assert_eq!(read(&page(&text), Some(3)).unlabelled, None);
        let text = format!("DECEMBER 16, 2008\nThe Headline Of The Story\n{BODY}");
        assert_eq!(
            read(&page(&text), Some(1)).unlabelled.map(|u| u.0),
            Some(day(2008, 12, 16))
        );
    }

    #[test]
    fn dates_in_the_body_are_not_read() {
        let body = [BODY; 7].join("\n");
        let text =
            format!("The Headline Of The Story\n{body}\nPublished: May 12, 2025\nMay 13, 2025");
        let e = read(&page(&text), Some(0));
        assert_eq!((e.published, e.unlabelled), (None, None));
        // Past a standfirst that reads as body text, a labelled line still counts.
        let text = format!("The Headline Of The Story\n{BODY}\nPublished: May 12, 2025\n{BODY}");
        assert_eq!(
            read(&page(&text), Some(0)).published,
            Some(day(2025, 5, 12))
        );
    }

    #[test]
    fn a_byline_can_carry_the_date() {
        let line = "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.";
        let dl = date_line(line).unwrap();
        assert_eq!(dl.stamps, [(Found::Full(day(2019, 11, 18)), None)]);
        assert_eq!(
            byline(&line[..dl.byline_end.unwrap()]).as_deref(),
            Some("Matthew Digby")
        );
        let line = "Von Moritz Bachmann publiziert am 25. September 2018";
        assert_eq!(
            stamps(line),
            [(Found::Full(day(2018, 9, 25)), Some(Label::Published))]
        );
        // Names in lower case are a sentence.
        assert_eq!(
            date_line("By then the talks of May 5, 2013 had failed"),
            None
        );
        let text = format!("The Headline Of The Story\n{line}\n{BODY}");
        assert_eq!(
            read(&page(&text), Some(0)).author.as_deref(),
            Some("Moritz Bachmann")
        );
    }

    #[test]
    fn a_wire_dateline_is_found_at_the_start_of_the_body() {
        let text = "Magnitude 6.1 earthquake kills 212 in the province\nSAROVO, March 3 (Meridian Wire) - A magnitude 6.1 earthquake struck the mountainous province before dawn on Sunday.";
        let e = read(&page(text), Some(0));
        assert_eq!(
            e.dateline.and_then(|d| d.agency).as_deref(),
            Some("Meridian Wire")
        );
        assert_eq!(e.unlabelled, None);
    }
}
