//! Finding the headline of a pasted page.
//!
//! In pasted text the headline is a title-like line before the article body
//! (often pasted twice, or repeated in a breadcrumb), surrounded by menu
//! items and section labels that are title-like too. The line chosen is the
//! one whose words the body repeats most; menus rarely share the article's
//! vocabulary.

use rustc_hash::FxHashSet as HashSet;

use super::line::{Chrome, Line};
use super::vocab::VOCAB;

/// Headline-shaped: no closing full stop, and most content words capitalised.
pub fn is_title_like(text: &str) -> bool {
    if text.ends_with(['.', ',', ';']) {
        return false;
    }
    let content: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .filter(|w| !VOCAB.stopwords.contains(&w.to_lowercase()))
        .collect();
    let capitals = content
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    (1..=30).contains(&content.len()) && capitals * 2 >= content.len()
}

/// Index of the headline among `lines`, looking before the first body line.
pub fn find_title(lines: &[Line], is_body: impl Fn(&Line) -> bool) -> Option<usize> {
    // A headline in sentence case is not title-like and may pass for body
    // text: the body begins at the first line that reads as a paragraph.
    let first_body = lines
        .iter()
        .position(|l| is_body(l) && !is_title_like(l.text) && reads_as_paragraph(l))
        .unwrap_or(lines.len());
    let body: HashSet<&str> = lines
        .iter()
        .filter(|l| is_body(l))
        .flat_map(|l| l.words.iter().copied())
        .collect();
    // A masthead and its tagline come first, then the site's date and menu,
    // then the headline, then bylines and share buttons: of the runs of
    // lines between furniture, the headline is in the last that offers one.
    let mut best: Option<(usize, usize)> = None;
    let mut run_best: Option<(usize, usize)> = None;
    for (i, line) in lines[..first_body].iter().enumerate() {
        if matches!(line.chrome, Some(Chrome::Vocabulary | Chrome::Shape)) {
            best = run_best.or(best);
            run_best = None;
            continue;
        }
        let score = headline_score(line, &body);
        if score >= 2 && run_best.is_none_or(|(_, s)| score > s) {
            run_best = Some((i, score));
        }
    }
    let last = run_best.or(best)?.0;
    // A photo caption after the share buttons repeats a few of the
    // headline's words: an earlier line holding them all is the headline.
    let (caption_words, caption_score) = (
        content_words(&lines[last]),
        headline_score(&lines[last], &body),
    );
    let fuller = (0..last).find(|&i| {
        headline_score(&lines[i], &body) > caption_score
            && caption_words.is_subset(&content_words(&lines[i]))
    });
    Some(fuller.unwrap_or(last))
}

/// A line's words of three letters or more that are not stop words.
fn content_words<'a>(line: &Line<'a>) -> HashSet<&'a str> {
    line.words
        .iter()
        .copied()
        .filter(|w| w.chars().count() >= 3 && !VOCAB.stopwords.contains(*w))
        .collect()
}

/// How many of a candidate line's words the body repeats (0 for a line no
/// headline could be), two more for a line repeated on the page.
fn headline_score(line: &Line, body: &HashSet<&str>) -> usize {
    let ws = &line.words;
    let furniture = matches!(line.chrome, Some(Chrome::Vocabulary | Chrome::Shape));
    if furniture || line.text.ends_with('.') || !(3..=30).contains(&ws.len()) {
        return 0;
    }
    let overlap = content_words(line)
        .iter()
        .filter(|w| body.contains(*w))
        .count();
    overlap + if line.chrome.is_some() { 2 } else { 0 }
}

/// A line that ends like a sentence, or is longer than any headline.
fn reads_as_paragraph(line: &Line) -> bool {
    line.words.len() > 30
        || line
            .text
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_shapes() {
        assert!(is_title_like(
            "Zelensky Invites Putin to Peace Talks in Istanbul"
        ));
        assert!(is_title_like(
            "Zelensky challenges Putin to meet him after Trump demands Ukraine-Russia talks"
        ));
        assert!(!is_title_like(
            "Zelensky said he would be in Türkiye and ready to meet."
        ));
        assert!(!is_title_like("Why have the talks picked up pace?"));
    }
}
