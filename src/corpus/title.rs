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
    let first_body = lines
        .iter()
        .position(|l| is_body(l) && !is_title_like(l.text))
        .unwrap_or(lines.len());
    let body: HashSet<&str> = lines
        .iter()
        .filter(|l| is_body(l))
        .flat_map(|l| l.words.iter().copied())
        .collect();
    let mut best: Option<(usize, usize)> = None;
    for (i, line) in lines[..first_body].iter().enumerate() {
        if matches!(line.chrome, Some(Chrome::Vocabulary | Chrome::Shape))
            || line.text.ends_with('.')
        {
            continue;
        }
        let ws = &line.words;
        if !(3..=30).contains(&ws.len()) {
            continue;
        }
        let distinct: HashSet<&str> = ws
            .iter()
            .copied()
            .filter(|w| w.chars().count() >= 3 && !VOCAB.stopwords.contains(*w))
            .collect();
        let overlap = distinct.iter().filter(|w| body.contains(*w)).count();
        let score = overlap + if line.chrome.is_some() { 2 } else { 0 };
        if score >= 2 && best.is_none_or(|(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
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
