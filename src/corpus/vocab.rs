//! The word lists in `assets/boilerplate/`, parsed once.
//!
//! Vocabulary is data, not code: users extend the lists, and nothing in the
//! cleaner names a particular site's words.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet as HashSet};

pub struct Vocab {
    pub stopwords: HashSet<String>,
    /// Each phrase as its lower-case words.
    pub chrome_phrases: Vec<Vec<String>>,
    /// Indices into `chrome_phrases` by first word.
    phrases_by_first: FxHashMap<String, Vec<usize>>,
    pub chrome_prefixes: Vec<String>,
    /// Openings of a line that links to another article from inside one.
    pub link_prefixes: Vec<String>,
    /// Characters in the longest of `chrome_prefixes`.
    pub longest_prefix: usize,
    pub date_words: HashSet<String>,
    /// Each comments-section heading as its lower-case words.
    pub end_markers: HashSet<Vec<String>>,
    /// Last words of newspaper names ("herald", "gazette").
    pub outlet_words: HashSet<String>,
    /// Version marks of wire slugs ("update", "refile").
    pub wire_marks: HashSet<String>,
}

impl Vocab {
    /// The chrome phrases whose first word is `first`.
    pub fn chrome_phrases_from(&self, first: &str) -> impl Iterator<Item = &[String]> {
        self.phrases_by_first
            .get(first)
            .into_iter()
            .flatten()
            .map(|&i| self.chrome_phrases[i].as_slice())
    }
}

pub static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let chrome_prefixes: Vec<String> =
        entries(include_str!("../../assets/boilerplate/chrome_prefixes.txt")).collect();
    let chrome_phrases: Vec<Vec<String>> =
        entries(include_str!("../../assets/boilerplate/chrome_phrases.txt"))
            .map(|p| words(&p))
            .filter(|w| !w.is_empty())
            .collect();
    let mut phrases_by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, phrase) in chrome_phrases.iter().enumerate() {
        phrases_by_first
            .entry(phrase[0].clone())
            .or_default()
            .push(i);
    }
    Vocab {
        stopwords: entries(include_str!("../../assets/boilerplate/stopwords.txt")).collect(),
        chrome_phrases,
        phrases_by_first,
        longest_prefix: chrome_prefixes
            .iter()
            .map(|p| p.chars().count())
            .max()
            .unwrap_or(0),
        chrome_prefixes,
        link_prefixes: entries(include_str!("../../assets/boilerplate/link_prefixes.txt"))
            .collect(),
        date_words: entries(include_str!("../../assets/boilerplate/date_words.txt")).collect(),
        end_markers: entries(include_str!("../../assets/boilerplate/end_markers.txt"))
            .map(|p| words(&p))
            .collect(),
        outlet_words: entries(include_str!("../../assets/boilerplate/outlet_words.txt")).collect(),
        wire_marks: entries(include_str!("../../assets/boilerplate/wire_marks.txt")).collect(),
    }
});

fn entries(list: &str) -> impl Iterator<Item = String> + '_ {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
}

/// Lower-case word tokens (letters, digits, apostrophes inside words).
pub fn words(text: &str) -> Vec<String> {
    word_spans(text).map(str::to_lowercase).collect()
}

/// The words of [`words`] as written (not lower-cased).
pub fn word_spans(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['\'', '’']))
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_skip_comments() {
        assert!(VOCAB.stopwords.contains("the"));
        assert!(VOCAB
            .chrome_phrases
            .contains(&vec!["read".into(), "more".into()]));
        assert!(!VOCAB.chrome_prefixes.iter().any(|p| p.starts_with('#')));
        assert!(VOCAB.date_words.contains("sunday"));
    }

    #[test]
    fn words_are_lowercase_without_punctuation() {
        assert_eq!(
            words("Russia’s “serious” talks!"),
            ["russia’s", "serious", "talks"]
        );
    }
}
