//! Sentence spans.
//!
//! Input is one paragraph per line, so lines are split one at a time and a line without
//! final punctuation (a headline) is a sentence of its own. Inside a line:
//!
//! 1. an enumerated line (`1. … 2. …`, `a) … b) …`) is first cut at its item markers;
//! 2. each item goes through the `sentencex` segmenter (abbreviations, decimals,
//!    ellipses, quotes);
//! 3. guards then re-join pieces news copy needs kept whole — a title before a name
//!    (`Mr. Putin`, list in `assets/lexicon/abbreviations.tsv`), an initial
//!    (`J. K. Rowling`), a bare list marker, and a quotation followed by its attribution
//!    (`"Have the meeting, now!" Trump wrote, …`) — and move a four-dot ellipsis
//!    (`compounds. . . . The`) to the sentence it opens.

use std::ops::Range;

use super::lexicon::{fold, AbbrevJoin, ABBREVIATIONS, SPEECH_VERBS};

/// Sentence spans (byte ranges) in `text`, trimmed, never empty, never crossing `\n`.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        for item in list_items(line) {
            let mut pieces = Vec::new();
            for b in sentencex::get_sentence_boundaries("en", &line[item.clone()]) {
                let at = line_start + item.start;
                push_trimmed(text, at + b.start_byte, at + b.end_byte, &mut pieces);
            }
            spans.extend(rejoin(text, pieces));
        }
        line_start += line.len() + 1;
    }
    spans
}

fn push_trimmed(text: &str, start: usize, end: usize, spans: &mut Vec<Range<usize>>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if start + lead < end - trail {
        spans.push(start + lead..end - trail);
    }
}

/// Applies the guards to consecutive pieces of one line.
fn rejoin(text: &str, pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    for mut piece in pieces {
        if let Some(prev) = out.last_mut() {
            let (a, b) = (&text[prev.clone()], &text[piece.clone()]);
            if must_join(a, b) {
                prev.end = piece.end;
                continue;
            }
            if let Some(cut) = four_dot_ellipsis(a) {
                if b.starts_with(char::is_uppercase) {
                    let moved = prev.start + cut;
                    piece.start = moved + text[moved..].find('.').unwrap_or(0);
                    prev.end = moved;
                }
            }
        }
        out.push(piece);
    }
    out
}

fn must_join(a: &str, b: &str) -> bool {
    let last = a.split_whitespace().last().unwrap_or("");
    let bare = last.trim_start_matches(|c: char| !c.is_alphanumeric());
    match ABBREVIATIONS.get(&fold(bare)) {
        Some(AbbrevJoin::Always) => return true,
        Some(AbbrevJoin::BeforeDigit) if b.starts_with(|c: char| c.is_ascii_digit()) => {
            return true
        }
        _ => {}
    }
    if is_initial(bare) && b.starts_with(char::is_uppercase) {
        let before = a[..a.len() - last.len()].split_whitespace().last();
        if before.is_none_or(|w| w.starts_with(char::is_uppercase) && !is_initial(w))
            && bare != "I."
        {
            return true;
        }
    }
    is_list_marker(a) || (ends_in_quote(a) && is_attribution(b))
}

/// `J.`: one capital letter and a period.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// A sentence that ends with terminal punctuation inside a closing quotation mark.
fn ends_in_quote(a: &str) -> bool {
    let body = a.trim_end_matches(['"', '\u{201D}', '\u{2019}', '\'', '\u{BB}']);
    body.len() < a.len() && body.ends_with(['.', '!', '?', '\u{2026}'])
}

/// `he said`, `Trump wrote`, `said Olena Koval`, `Mr. Putin told reporters`.
fn is_attribution(b: &str) -> bool {
    if b.starts_with(char::is_lowercase) {
        return true;
    }
    for word in b.split_whitespace().take(5) {
        let w = fold(word.trim_end_matches([',', '.', ':', ';']));
        if SPEECH_VERBS.contains(&w) {
            return true;
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// A piece that is nothing but a list marker: `1.`, `a.`, `• 9.`.
fn is_list_marker(a: &str) -> bool {
    let a = a.trim_start_matches(BULLETS).trim_start();
    marker(a).is_some_and(|(_, len)| len == a.len())
}

const BULLETS: &[char] = &[
    '\u{2022}', '\u{2043}', '\u{25E6}', '\u{2023}', '\u{25AA}', '-', '*',
];

/// A list label at the start of `s`: its ordinal and byte length (`2.)` → (2, 3)).
fn marker(s: &str) -> Option<(u32, usize)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (n, mut len) = if (1..=3).contains(&digits) {
        (s[..digits].parse().ok()?, digits)
    } else {
        let c = s.chars().next().filter(|c| c.is_ascii_lowercase())?;
        (c as u32 - 'a' as u32 + 1, 1)
    };
    let rest = &s[len..];
    len += [".)", ")", "."]
        .iter()
        .find(|p| rest.starts_with(*p))?
        .len();
    Some((n, len))
}

/// Cuts an enumerated line (`1. x 2. y`) at each next label in sequence.
fn list_items(line: &str) -> Vec<Range<usize>> {
    let head = line.trim_start().trim_start_matches(BULLETS).trim_start();
    let first = marker(head).filter(|&(_, len)| head[len..].starts_with(' '));
    let Some((mut n, len)) = first else {
        return std::iter::once(0..line.len()).collect();
    };
    let style = &head[len - 1..len];
    let mut items = Vec::new();
    let mut start = 0;
    let mut at = line.len() - head.len() + len;
    while let Some(off) = line[at..].find(char::is_whitespace) {
        let gap = at + off;
        let next = line[gap..].trim_start();
        let label_at = line.len() - next.len();
        let unbulleted = next.trim_start_matches(BULLETS).trim_start();
        let found = marker(unbulleted).filter(|&(m, l)| {
            m == n + 1 && unbulleted[..l].ends_with(style) && unbulleted[l..].starts_with(' ')
        });
        if let Some((m, _)) = found {
            items.push(start..gap);
            start = label_at;
            n = m;
        }
        at = label_at.max(gap + 1);
    }
    items.push(start..line.len());
    items
}

/// Byte offset just after the word-final period of `word. . . .` at the end of `a`.
fn four_dot_ellipsis(a: &str) -> Option<usize> {
    let body = a.strip_suffix(". . . .")?;
    body.ends_with(char::is_alphanumeric)
        .then_some(body.len() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn lines_are_sentences() {
        assert_eq!(
            split("Headline here\nFirst one. Second one."),
            ["Headline here", "First one.", "Second one."]
        );
    }

    #[test]
    fn titles_and_abbreviations_hold() {
        for s in [
            "Mr. Putin said so.",
            "Former U.S. President Donald Trump spoke.",
            "They met in St. George Hall on Tuesday.",
            "Gen. Smith and Sen. Jones met Gov. Brown and Lt. Col. Green.",
            "It was filed on Jan. 5 under No. 10 of the rules.",
            "Author J. K. Rowling wrote it.",
            "Growth was 4.5 percent.",
        ] {
            assert_eq!(split(s), [s], "{s}");
        }
    }

    #[test]
    fn quotes_keep_their_attribution() {
        let s = "\u{201C}Have the meeting, now!\u{201D} Trump wrote, emphasizing it would help.";
        assert_eq!(split(s), [s]);
        let s = "\"We want a ceasefire,\" he said. \"Now.\" She left.";
        assert_eq!(
            split(s),
            ["\"We want a ceasefire,\" he said.", "\"Now.\"", "She left."]
        );
        let s = "\u{201C}Ukraine is ready.\u{201D} said Olena Koval.";
        assert_eq!(split(s), [s]);
    }

    #[test]
    fn lists_split_at_labels() {
        assert_eq!(
            split("1. The first item 2. The second item"),
            ["1. The first item", "2. The second item"]
        );
        assert_eq!(
            split("a. one thing b. another"),
            ["a. one thing", "b. another"]
        );
    }

    #[test]
    fn four_dot_ellipsis_opens_next() {
        assert_eq!(
            split("It ended. . . . The rest."),
            ["It ended.", ". . . The rest."]
        );
    }
}
