//! Per-article metadata read from the page: when it was written, when it was
//! updated, by whom, for which outlet, and where it lives.
//!
//! Why it exists: a citation needs the outlet, the date and the URL, and
//! telling an update (a toll that rose between two reports) from a
//! contradiction needs each report's date of writing. Cleaning keeps only the
//! article's text and drops an HTML page's head, so this reads the raw page.
//!
//! The date of writing comes from the most trusted evidence the page has:
//!
//! 1. HTML metadata: JSON-LD `datePublished`, `<meta property=article:published_time>`,
//!    Dublin Core, the article's `<time datetime>` (`page`);
//! 2. a labelled date line before the body: "Published: May 12, 2025", then
//!    "Updated:" / "Last updated:" (`lines`);
//! 3. a wire dateline, "ISTANBUL, May 11 (Reuters) -", whose missing year
//!    must come from other evidence of this page: another date, else the
//!    copyright line of the agency that filed it ("© 2025 Reuters"); without
//!    one it is not used;
//! 4. an unlabelled date line: the page's first line, or one of the three lines
//!    right under the headline (a site header printing today's date above the
//!    headline is not the article's);
//! 5. a date in the file name: `2025-05-12`, `20250512`, wire ids such as
//!    `APW19981016.0240`;
//! 6. last, an unlabelled date line above the headline (a local paper's
//!    edition date), unless the text implies another day of writing
//!    ("tomorrow, May 12": a site header printing the day it was read).
//!
//! Unknown stays unknown: the file's mtime is never used, and the outlet of a
//! local file is never guessed from a host name. A fetched page (its path is
//! its address) that names no outlet is cited by its host, and by that
//! address when it states no canonical URL.

mod byline;
mod date_line;
mod dates;
mod lines;
mod page;
mod stamp;
mod tokens;

use std::path::Path;

use dom_query::Document;

use super::boilerplate::line_key;
use super::{strip_controls, Format, Source};
use crate::model::ArticleMeta;
use dates::{Found, Ymd};

/// Whether a line is a page's date stamp ("Published April 11, 2007",
/// "Monday, Sep 10, 2012 | Updated 9:01 AM EDT"): it states when the page was
/// written, no fact of the story.
pub(crate) fn is_date_line(line: &str) -> bool {
    date_line::date_line(line).is_some()
}

/// Whether a word labels a page's own date ("Posted", "Updated").
pub(crate) fn is_stamp_label(word: &str) -> bool {
    matches!(
        tokens::role(word),
        Some(tokens::Role::Published | tokens::Role::Updated)
    )
}

/// The metadata of one source whose headline (as cleaning found it) is `title`.
pub fn read(source: &Source, title: &str) -> ArticleMeta {
    let mut masthead = None;
    let (page, text) = match source.format {
        Format::Text => {
            let (lines, headline) = head_lines(&source.raw, title);
            masthead = masthead_of(&lines, headline);
            (page::PageMeta::default(), lines::read(&lines, headline))
        }
        Format::Html => {
            let doc = Document::from(source.raw.as_str());
            let page = page::read(&doc);
            let text = if page.published.is_none() || page.author.is_none() {
                page_lines(&article_text(&doc), title)
            } else {
                lines::Evidence::default()
            };
            (page, text)
        }
    };
    let mut meta = combine(page, text, file_name_date(&source.path));
    meta.outlet = meta.outlet.or(masthead);
    if crate::address::is_url(&source.path) {
        meta.url = meta.url.or_else(|| tidy(&source.path));
        meta.outlet = meta
            .outlet
            .or_else(|| crate::address::host_of(&source.path).and_then(tidy));
    }
    meta
}

/// The evidence, in order of trust.
fn combine(page: page::PageMeta, text: lines::Evidence, file: Option<Ymd>) -> ArticleMeta {
    let iso = |d: Ymd, from: &'static str| (d.iso(), from);
    let updated = page
        .updated
        .clone()
        .or_else(|| text.updated.map(|d| iso(d, "updated line")));
    // A dateline's year comes from the nearest other day the page gives.
    let other_day = updated
        .as_ref()
        .and_then(|(s, _)| dates::first_full(s))
        .or(text.unlabelled.map(|u| u.0))
        .or(file);
    // Else from the copyright line of the agency that filed it.
    let agency_year = text.dateline.as_ref().and_then(|d| {
        let agency = d.agency.as_deref()?;
        text.copyright
            .iter()
            .find(|(_, holder)| byline::same_outlet(holder, agency))
            .map(|(y, _)| *y)
    });
    let dateline = text.dateline.as_ref().and_then(|d| match d.date? {
        Found::Full(day) => Some(day),
        Found::MonthDay(m, day) => other_day
            .and_then(|near| Ymd::nearest(m, day, near))
            .or_else(|| Ymd::new(agency_year?, m, day)),
    });
    let published = page
        .published
        .or_else(|| text.published.map(|d| iso(d, "published line")))
        .or_else(|| updated.clone())
        .or_else(|| dateline.map(|d| iso(d, "dateline")))
        .or_else(|| text.unlabelled.map(|(d, from)| iso(d, from)))
        .or_else(|| file.map(|d| iso(d, "file name")))
        .or_else(|| {
            // Last: a date above the headline, unless the text implies
            // another day of writing (seed 002's site prints the day it was
            // read, three weeks after "tomorrow, May 12").
            let written = |h: Ymd, (found, shift): &(Found, i64)| {
                let day = match *found {
                    Found::Full(day) => Some(day),
                    Found::MonthDay(m, d) => Ymd::nearest(m, d, h),
                };
                day.and_then(|day| day.plus_days(*shift))
            };
            text.header
                .filter(|&h| text.implied.iter().all(|i| written(h, i) == Some(h)))
                .map(|d| iso(d, "header date"))
        });
    let agency = text.dateline.and_then(|d| d.agency);
    ArticleMeta {
        published_from: published.as_ref().map(|p| p.1.to_string()),
        published: published.map(|p| p.0),
        updated: updated.map(|u| u.0),
        outlet: page.outlet.or_else(|| agency.and_then(|a| tidy(&a))),
        author: page.author.or_else(|| text.author.and_then(|a| tidy(&a))),
        headline: page.headline,
        url: page.url,
    }
}

/// The text evidence of a page: its lines trimmed of white space and of
/// Markdown marks, with the headline located by its words.
fn page_lines(raw: &str, title: &str) -> lines::Evidence {
    let (all, headline) = head_lines(raw, title);
    lines::read(&all, headline)
}

/// A page's non-empty lines, trimmed of white space and Markdown marks, and
/// the index of the one that is its headline, when known.
fn head_lines<'r>(raw: &'r str, title: &str) -> (Vec<&'r str>, Option<usize>) {
    let all: Vec<&str> = raw
        .lines()
        .map(|l| l.trim().trim_matches(['#', '*', '_', '>', ' ']).trim())
        .filter(|l| !l.is_empty())
        .collect();
    let key = line_key(title);
    let headline = (!key.is_empty())
        .then(|| all.iter().position(|l| line_key(l) == key))
        .flatten();
    (all, headline)
}

/// Lines at the top of a pasted page searched for its masthead.
const MASTHEAD_LINES: usize = 6;

/// The outlet a pasted page's masthead names, above its headline.
fn masthead_of(lines: &[&str], headline: Option<usize>) -> Option<String> {
    let end = headline.unwrap_or(lines.len()).min(MASTHEAD_LINES);
    lines[..end]
        .iter()
        .find_map(|l| super::boilerplate::masthead_name(l).or_else(|| site_name(l)))
}

/// A site's host name alone on a line ("pulsereport.net", "www.globzette.com").
fn site_name(line: &str) -> Option<String> {
    let host = line.strip_prefix("www.").unwrap_or(line);
    let (name, tld) = host.rsplit_once('.')?;
    let label = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let shaped = name.split('.').all(label)
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase());
    shaped.then(|| host.to_string())
}

/// An HTML page's visible article text, one block per line: the `<article>`
/// element when there is one, else the body, furniture removed.
fn article_text(doc: &Document) -> String {
    doc.select(super::html::NEVER_TEXT).remove();
    let article = doc.select("article").first();
    let root = if article.exists() {
        article
    } else {
        doc.select("body").first()
    };
    strip_controls(&root.formatted_text())
}

/// A value fit to show: controls removed, white space collapsed, at most
/// 200 characters; `None` when nothing is left.
pub(crate) fn tidy(value: &str) -> Option<String> {
    let joined = super::decode::collapse_spaces(&strip_controls(value));
    let short: String = joined.chars().take(200).collect();
    (!short.is_empty()).then_some(short)
}

/// A date in a file's name: `2025-05-12`, `2025_05_12`, `20250512`, or a
/// wire id such as `APW19981016.0240`. Digits that run on into letters or
/// other digits (hashes, counters) are no date.
fn file_name_date(path: &str) -> Option<Ymd> {
    let name = Path::new(path).file_name()?.to_str()?;
    let b = name.as_bytes();
    let sep = |c: Option<&u8>| c.is_none_or(|c| matches!(c, b'-' | b'_' | b'.' | b' '));
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = name.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let before = start.checked_sub(1).and_then(|k| b.get(k));
        let wire =
            start == 3 && b[..3].iter().all(u8::is_ascii_uppercase) && b.get(i) == Some(&b'.');
        let day = match i - start {
            8 if wire || (sep(before) && sep(b.get(i))) => Ymd::new(
                num(start..start + 4)? as i32,
                num(start + 4..start + 6)?,
                num(start + 6..i)?,
            ),
            4 if sep(before) && matches!(b.get(i), Some(b'-' | b'_' | b'.')) => {
                let s = b[i];
                let shaped = b.get(i + 3) == Some(&s) && sep(b.get(i + 6));
                shaped
                    .then(|| {
                        Ymd::new(
                            num(start..i)? as i32,
                            num(i + 1..i + 3)?,
                            num(i + 4..i + 6)?,
                        )
                    })
                    .flatten()
            }
            _ => None,
        };
        if day.is_some() {
            return day;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(path: &str, raw: &str) -> ArticleMeta {
        let source = Source {
            path: path.into(),
            raw: raw.into(),
            format: Format::Text,
        };
        let title = raw
            .lines()
            .find(|l| l.starts_with("Headline"))
            .unwrap_or("");
        read(&source, title)
    }

    const BODY: &str =
        "Rescue teams worked through the night in the valley, officials said on Monday.";

    #[test]
    fn file_names() {
        let d = |p| file_name_date(p).map(Ymd::iso);
        assert_eq!(
            d("news/2025-05-12_reuters.txt").as_deref(),
            Some("2025-05-12")
        );
        assert_eq!(d("20250512.html").as_deref(), Some("2025-05-12"));
        assert_eq!(d("a/APW19981016.0240").as_deref(), Some("1998-10-16"));
        assert_eq!(d("NYT19980601.0123.txt").as_deref(), Some("1998-06-01"));
        assert_eq!(d("XIE19990313.0052").as_deref(), Some("1999-03-13"));
        for not_a_date in [
            "seeds/000_397874748bac8bc2.txt",
            "seeds/004_d8ec0812bc790da1.txt",
            "report_20251399.txt",
            "id_123456789.txt",
            "2025-05-12/article.txt",
            "x20250512y.txt",
            "1_11ecbplus.txt",
        ] {
            assert_eq!(d(not_a_date), None, "{not_a_date}");
        }
    }

    #[test]
    fn labelled_lines_beat_unlabelled_ones_and_the_file_name() {
        let m = text(
            "2025-06-01.txt",
            &format!("Sunday, June 1, 2025\nHeadline of the day\nPublished: May 12, 2025\n{BODY}"),
        );
        assert_eq!(m.published.as_deref(), Some("2025-05-12"));
        assert_eq!(m.published_from.as_deref(), Some("published line"));
    }

    #[test]
    fn a_header_date_dates_the_page_unless_the_text_denies_it() {
        let local = "THE VALLEY COURIER\nYour town, your news\nSunday, June 15, 2025\nNews | Sport\n\nHeadline of the day";
        let m = text("a.txt", &format!("{local}\n{BODY}"));
        assert_eq!(m.published.as_deref(), Some("2025-06-15"));
        assert_eq!(m.published_from.as_deref(), Some("header date"));
        // Seed 002: the site prints the day it was read; the text was written
        // the day before "tomorrow, May 12".
        let read_later = format!("{local}\nUkraine expects a ceasefire starting tomorrow, May 12, officials said on Sunday.\n{BODY}");
        assert_eq!(text("a.txt", &read_later).published, None);
    }

    #[test]
    fn an_update_stands_in_for_a_missing_publication() {
        let m = text(
            "a.txt",
            &format!("Headline of the day\nUpdated: May 13, 2025 10:00\n{BODY}"),
        );
        assert_eq!(
            (m.published.as_deref(), m.updated.as_deref()),
            (Some("2025-05-13"), Some("2025-05-13"))
        );
        assert_eq!(m.published_from.as_deref(), Some("updated line"));
    }

    #[test]
    fn a_dateline_needs_a_year_from_elsewhere() {
        let raw = format!("Headline of the day\nISTANBUL, May 11 (Reuters) - {BODY}");
        let m = text("story.txt", &raw);
        assert_eq!((m.published, m.outlet.as_deref()), (None, Some("Reuters")));
        let m = text("2025-05-12-story.txt", &raw);
        assert_eq!(m.published.as_deref(), Some("2025-05-11"));
        assert_eq!(m.published_from.as_deref(), Some("dateline"));
    }

    #[test]
    fn the_agency_copyright_gives_a_dateline_its_year() {
        let raw = format!("Headline of the day\nHALVIK, November 18 (Nordpress) - {BODY}\n(c) Nordpress 2025. All rights reserved.");
        let m = text("wire.txt", &raw);
        assert_eq!(m.published.as_deref(), Some("2025-11-18"));
        // Another holder's copyright (a site template) gives no year.
        let raw = format!("Headline of the day\nHALVIK, November 18 (Nordpress) - {BODY}\n© 2022 Foxiz News Network.");
        assert_eq!(text("wire.txt", &raw).published, None);
    }

    #[test]
    fn unknown_stays_unknown() {
        let m = text(
            "seeds/000_397874748bac8bc2.txt",
            &format!("globzette.com\nHeadline of the day\n{BODY}\nIt happened on May 3, 2025."),
        );
        // The site's name is known; no date of writing is.
        let site = Some("globzette.com".to_string());
        assert_eq!(
            m,
            ArticleMeta {
                outlet: site,
                ..ArticleMeta::default()
            }
        );
    }

    #[test]
    fn html_metadata_beats_the_page_text() {
        let source = Source {
            path: "page.html".into(),
            raw: r#"<html><head><meta property="article:published_time" content="2025-05-11T09:00:00Z">
                <meta property="og:site_name" content="The Daily"></head><body><article><h1>Headline</h1>
                <p>By Jane Doe</p><p>Published: May 12, 2025</p><p>Text.</p></article></body></html>"#
                .into(),
            format: Format::Html,
        };
        let m = read(&source, "Headline");
        assert_eq!(m.published.as_deref(), Some("2025-05-11T09:00:00Z"));
        assert_eq!(
            m.published_from.as_deref(),
            Some("meta article:published_time")
        );
        assert_eq!(
            (m.outlet.as_deref(), m.author.as_deref()),
            (Some("The Daily"), Some("Jane Doe"))
        );
        assert_eq!(m.url, None);
    }

    #[test]
    fn a_pasted_page_is_cited_by_its_masthead() {
        let text = |raw: &str| Source {
            path: "05_local.txt".into(),
            raw: raw.into(),
            format: Format::Text,
        };
        let head = "THE BRISCA GAZETTE\nServing Brisca since 1908\nThursday, April 16, 2026\n\nQueues at the ice rink\nVolunteers handed out water.";
        let m = read(&text(head), "Queues at the ice rink");
        assert_eq!(m.outlet.as_deref(), Some("The Brisca Gazette"));
        let m = read(
            &text("PBC News | Pelmark Broadcasting Corporation\nHealth | Saturday, April 18, 2026\nIllnesses double\nText."),
            "Illnesses double",
        );
        assert_eq!(m.outlet.as_deref(), Some("PBC News"));
        // A section label beside the date names no outlet, nor does a line
        // below the headline.
        let m = read(
            &text("Health | Saturday, April 18, 2026\nIllnesses double\nTHE DAILY STAR\nText."),
            "Illnesses double",
        );
        assert_eq!(m.outlet, None);
        let m = read(
            &text("pulsereport.net\n  • Home\nIllnesses double\nText."),
            "Illnesses double",
        );
        assert_eq!(m.outlet.as_deref(), Some("pulsereport.net"));
        for line in ["Mr. Smith", "3.5 million", "e.g. this", "site.example/page"] {
            assert_eq!(site_name(line), None, "{line}");
        }
    }

    #[test]
    fn a_fetched_page_is_cited_by_its_host_and_address() {
        let source = |raw: &str| Source {
            path: "https://www.example.org/news/quake".into(),
            raw: raw.into(),
            format: Format::Html,
        };
        let m = read(&source("<html><body><p>Text.</p></body></html>"), "");
        assert_eq!(m.outlet.as_deref(), Some("example.org"));
        assert_eq!(m.url.as_deref(), Some("https://www.example.org/news/quake"));
        let m = read(
            &source(
                r#"<head><meta property="og:site_name" content="The Daily"><link rel="canonical" href="https://daily.example/q"></head>"#,
            ),
            "",
        );
        assert_eq!(m.outlet.as_deref(), Some("The Daily"));
        assert_eq!(m.url.as_deref(), Some("https://daily.example/q"));
    }
}
