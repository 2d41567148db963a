//! The word lists in `assets/boilerplate/`, parsed once.
//!
//! Vocabulary is data, not code: users extend the lists, and nothing in the
//! cleaner names a particular site's words.

use std::collections::HashSet;
use std::sync::LazyLock;

pub struct Vocab {
    pub stopwords: HashSet<String>,
    /// Each phrase as its lower-case words.
    pub chrome_phrases: Vec<Vec<String>>,
    pub chrome_prefixes: Vec<String>,
    pub date_words: HashSet<String>,
}

pub static VOCAB: LazyLock<Vocab> = LazyLock::new(|| Vocab {
    stopwords: entries(include_str!("../../assets/boilerplate/stopwords.txt")).collect(),
    chrome_phrases: entries(include_str!("../../assets/boilerplate/chrome_phrases.txt"))
        .map(|p| words(&p))
        .filter(|w| !w.is_empty())
        .collect(),
    chrome_prefixes: entries(include_str!("../../assets/boilerplate/chrome_prefixes.txt"))
        .collect(),
    date_words: entries(include_str!("../../assets/boilerplate/date_words.txt")).collect(),
});

fn entries(list: &str) -> impl Iterator<Item = String> + '_ {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
}

/// Lower-case word tokens (letters, digits, apostrophes inside words).
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['\'', '’']))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
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
