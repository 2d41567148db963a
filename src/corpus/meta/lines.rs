//! The date of writing, the byline and the wire dateline in a page's text.
//!
//! Pages print their date in a line of its own, labelled ("Published: May 12,
//! 2025", "Last updated: March 3, 2025 6:40 pm", "Posted on November 15, 2011")
//! or not ("Thursday, November 29, 2007" under the headline). A date line holds
//! nothing but its dates, times, zones, labels and at most a few capitalised
//! words (a place, an agency): "The report was published on May 12, 2025" is a
//! sentence, not a date line. Sites also print today's date in their header,
//! above the headline; that is why an unlabelled line counts only as the
//! page's first line or one of the three lines right under the headline (the
//! one cleaning found, or a first line shaped like one), and only labelled
//! lines may sit anywhere before the body (or in the six lines under the
//! headline, past a standfirst).

use super::byline::{byline, capitalised, dateline, is_caps, name_word, Dateline};
use super::dates::{dates, Found, Ymd};
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
    pub author: Option<String>,
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
        .is_some_and(|l| l.split_whitespace().count() >= 4 && !is_body(l));
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
    e
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

/// The line's dates and labels, when the line is nothing but a date line.
pub fn date_line(line: &str) -> Option<DateLine> {
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
        place_first: labels.is_empty() && names.first().is_some_and(|n| n.0 < found[0].start),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Ymd {
        Ymd::new(y, m, d).unwrap()
    }

    fn stamps(line: &str) -> Vec<(Found, Option<Label>)> {
        date_line(line).map(|d| d.stamps).unwrap_or_default()
    }

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
