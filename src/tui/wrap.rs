//! Marked-up, wrapped sentences. A sentence becomes display text (control characters
//! replaced, divergent spans put in `⟦white brackets⟧` so they survive without
//! colour) with marks over byte ranges, then is wrapped with textwrap. An article's layout at one
//! width is computed once and cached by the app, so scrolling 1,000 articles stays cheap.

use std::ops::Range;

use crate::model::DivergenceKind;

/// What a marked range of display text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    /// A typed detail (place, date…) found in the sentence.
    Detail,
    /// A word that differs from the sentence being compared against.
    Changed,
    /// A span that contradicts another source.
    Divergent(DivergenceKind),
    /// A span of an update: a figure that moved between days of writing.
    Update,
    /// A search match.
    Search,
}

/// One sentence ready to draw: display text, marks, and wrapped line ranges.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Marked {
    pub text: String,
    pub marks: Vec<(Range<usize>, Mark)>,
    pub lines: Vec<Range<usize>>,
}

/// Opens a divergent span. The text's own brackets are `[` `]`; these white
/// square brackets (one column each) are kept for the reader's marks, and a
/// source's own `⟦` `⟧` are drawn as `[` `]`, so a mark is never confused with
/// the text, with or without colour.
pub const OPEN: char = '⟦';
/// Closes a divergent span (see [`OPEN`]).
pub const CLOSE: char = '⟧';

/// `c`, or U+FFFD when it is a control character: nothing drawn may move the
/// cursor or change the terminal's modes.
fn printable(c: char) -> char {
    if c.is_control() {
        '\u{FFFD}'
    } else {
        c
    }
}

/// A character of a source's text as drawn: [`printable`], and the mark
/// brackets ([`OPEN`], [`CLOSE`]) as plain ones, so that only the reader's
/// marks are ever drawn with them.
fn from_source(c: char) -> char {
    match c {
        OPEN => '[',
        CLOSE => ']',
        c => printable(c),
    }
}

/// `s` with its control characters replaced ([`printable`]).
pub fn sanitise(s: &str) -> String {
    s.chars().map(printable).collect()
}

/// A source's text as drawn ([`from_source`]).
pub fn source_text(s: &str) -> String {
    s.chars().map(from_source).collect()
}

/// `text` between the mark brackets.
pub fn bracketed(text: &str) -> String {
    format!("{OPEN}{text}{CLOSE}")
}

/// Builds display text from `text` with `marks` (byte ranges into `text`); ranges
/// marked `Divergent` are bracketed. Ranges that are not on character boundaries are
/// dropped rather than trusted.
pub fn markup(text: &str, marks: &[(Range<usize>, Mark)]) -> Marked {
    let valid = |r: &Range<usize>| {
        r.start < r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    let mut marks: Vec<(Range<usize>, Mark)> =
        marks.iter().filter(|(r, _)| valid(r)).cloned().collect();
    marks.sort_by_key(|(r, m)| (r.start, std::cmp::Reverse(r.end), *m));
    marks.dedup();
    let bracketed = |m: &Mark| matches!(m, Mark::Divergent(_) | Mark::Update);
    let mut out = String::with_capacity(text.len() + 8);
    let mut starts = vec![0; marks.len()];
    let mut ends = vec![0; marks.len()];
    let positions = text
        .char_indices()
        .map(|(i, c)| (i, Some(c)))
        .chain(std::iter::once((text.len(), None)));
    for (i, c) in positions {
        for (k, (r, m)) in marks.iter().enumerate() {
            if r.end == i && !bracketed(m) {
                ends[k] = out.len();
            }
        }
        for (k, (r, m)) in marks.iter().enumerate().rev() {
            if r.end == i && bracketed(m) {
                out.push(CLOSE);
                ends[k] = out.len();
            }
        }
        for (k, (r, m)) in marks.iter().enumerate() {
            if r.start == i {
                starts[k] = out.len();
                if bracketed(m) {
                    out.push(OPEN);
                }
            }
        }
        if let Some(c) = c {
            out.push(from_source(c));
        }
    }
    let marks = marks
        .into_iter()
        .enumerate()
        .map(|(k, (_, m))| (starts[k]..ends[k], m))
        .collect();
    Marked {
        text: out,
        marks,
        lines: Vec::new(),
    }
}

/// Byte ranges of `text` wrapped at `width` columns (wide characters count double).
pub fn wrap_ranges(text: &str, width: u16) -> Vec<Range<usize>> {
    let options = textwrap::Options::new(usize::from(width.max(1))).break_words(true);
    let mut out = Vec::new();
    let mut cursor = 0;
    for line in textwrap::wrap(text, options) {
        let at = text[cursor..]
            .find(line.as_ref())
            .map_or(cursor, |p| cursor + p);
        let end = (at + line.len()).min(text.len());
        out.push(at..end);
        cursor = end;
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

impl Marked {
    pub fn wrapped(mut self, width: u16) -> Self {
        self.lines = wrap_ranges(&self.text, width);
        self
    }

    /// The pieces of line `range` with the marks that cover each piece.
    pub fn pieces(
        &self,
        range: Range<usize>,
        extra: &[(Range<usize>, Mark)],
    ) -> Vec<(&str, Vec<Mark>)> {
        let all: Vec<&(Range<usize>, Mark)> = self.marks.iter().chain(extra).collect();
        let mut cuts: Vec<usize> = vec![range.start, range.end];
        for (r, _) in &all {
            for p in [r.start, r.end] {
                if p > range.start && p < range.end && self.text.is_char_boundary(p) {
                    cuts.push(p);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        cuts.windows(2)
            .map(|w| {
                let marks = all
                    .iter()
                    .filter(|(r, _)| r.start <= w[0] && w[1] <= r.end)
                    .map(|(_, m)| *m)
                    .collect();
                (&self.text[w[0]..w[1]], marks)
            })
            .collect()
    }
}

/// `s` folded for search ([`crate::text::fold`]: case, accents, curly
/// apostrophes), with, for each byte of the folded text, the byte range of the
/// character of `s` it comes from.
fn folded(s: &str) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(s.len());
    let mut from = Vec::with_capacity(s.len());
    let mut buf = [0u8; 4];
    for (i, c) in s.char_indices() {
        let before = out.len();
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.push_str(&crate::text::fold(c.encode_utf8(&mut buf)));
        }
        from.extend(std::iter::repeat_n(i..i + c.len_utf8(), out.len() - before));
    }
    (out, from)
}

/// Byte ranges of the matches of `needle` in `hay`, ignoring case, accents and
/// the shape of apostrophes ("turkiye" finds "Türkiye", "Russia's" "Russia’s").
pub fn find_all(hay: &str, needle: &str) -> Vec<Range<usize>> {
    let (needle, _) = folded(needle);
    if needle.is_empty() {
        return Vec::new();
    }
    let (hay_f, from) = folded(hay);
    hay_f
        .match_indices(&needle)
        .map(|(i, m)| from[i].start..from[i + m.len() - 1].end)
        .collect()
}

/// Whether `hay` holds `needle` as [`find_all`] matches it.
pub fn contains(hay: &str, needle: &str) -> bool {
    !find_all(hay, needle).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divergent_spans_are_bracketed_and_marks_follow() {
        let m = markup(
            "talks in Ankara on Thursday",
            &[
                (9..15, Mark::Divergent(DivergenceKind::Place)),
                (19..27, Mark::Detail),
            ],
        );
        assert_eq!(m.text, "talks in ⟦Ankara⟧ on Thursday");
        assert_eq!(&m.text[m.marks[0].0.clone()], "⟦Ankara⟧");
        assert_eq!(&m.text[m.marks[1].0.clone()], "Thursday");
    }

    #[test]
    fn marks_never_look_like_the_texts_own_brackets() {
        // "min[ute" and a source's own white brackets: the text keeps its `[`,
        // the mark is the only `⟦`…`⟧` drawn, each one column wide.
        let m = markup(
            "a min[ute] ⟦x⟧ later",
            &[(2..10, Mark::Divergent(DivergenceKind::Quote))],
        );
        assert_eq!(m.text, "a ⟦min[ute]⟧ [x] later");
        assert_eq!(m.text.matches(OPEN).count(), 1);
        assert_eq!(
            unicode_width::UnicodeWidthStr::width(bracketed("").as_str()),
            2
        );
    }

    #[test]
    fn bad_offsets_are_dropped_and_controls_replaced() {
        let m = markup(
            "é\u{1b}[2J x",
            &[(1..2, Mark::Detail), (0..99, Mark::Search)],
        );
        assert_eq!(m.text, "é\u{FFFD}[2J x");
        assert!(m.marks.is_empty());
    }

    #[test]
    fn wrapping_keeps_byte_ranges() {
        let text = "one two three four five six";
        let lines = wrap_ranges(text, 9);
        let shown: Vec<&str> = lines.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(shown, ["one two", "three", "four five", "six"]);
        let wide = "日本語のテキストです";
        for r in wrap_ranges(wide, 4) {
            assert!(unicode_width::UnicodeWidthStr::width(&wide[r]) <= 4);
        }
        assert_eq!(wrap_ranges("", 10), vec![0..0]);
    }

    #[test]
    fn pieces_split_at_marks() {
        let m = markup(
            "a Ankara b",
            &[(2..8, Mark::Divergent(DivergenceKind::Place))],
        )
        .wrapped(80);
        let p = m.pieces(m.lines[0].clone(), &[]);
        let texts: Vec<&str> = p.iter().map(|(t, _)| *t).collect();
        assert_eq!(texts, ["a ", "⟦Ankara⟧", " b"]);
        assert_eq!(p[1].1, vec![Mark::Divergent(DivergenceKind::Place)]);
    }

    #[test]
    fn search_is_case_insensitive() {
        assert_eq!(find_all("Ankara and ANKARA", "ankara"), vec![0..6, 11..17]);
        assert!(find_all("x", "").is_empty());
    }

    #[test]
    fn search_folds_accents_and_apostrophes() {
        let hay = "in Türkiye, Russia’s envoy";
        let r = find_all(hay, "Turkiye");
        assert_eq!(
            r.iter().map(|r| &hay[r.clone()]).collect::<Vec<_>>(),
            ["Türkiye"]
        );
        assert_eq!(&hay[find_all(hay, "russia's")[0].clone()], "Russia’s");
        assert_eq!(&hay[find_all(hay, "TÜRK")[0].clone()], "Türk");
        assert!(!contains(hay, "Turkey"));
    }
}
