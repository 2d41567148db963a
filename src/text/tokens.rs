//! Words and their normalised forms.
//!
//! `words` is the one scanner every rule uses: Unicode word boundaries (UAX #29, so
//! "4.5", "12,000" and "don't" stay whole), a dotted abbreviation keeps its final period
//! ("U.S.", "Mr."), and each word carries its folded form with any possessive dropped.
//! `normalize_word` adds alias resolution and stemming, so that "Zelenskiy's" and
//! "Zelensky", or "Türkiye" and "Turkey", compare equal.

use std::cell::RefCell;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use unicode_segmentation::UnicodeSegmentation;

use super::lexicon::{fold, ABBREVIATIONS, ALIASES, CALENDAR, STOPWORDS, TITLES};

/// One word of a sentence as the rules see it.
#[derive(Debug, Clone)]
pub(crate) struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Folded, possessive `'s` (or a plural's `'`) dropped.
    pub key: String,
    pub possessive: bool,
}

/// Lexicons match a word by its key.
impl AsRef<str> for Word<'_> {
    fn as_ref(&self) -> &str {
        &self.key
    }
}

impl Word<'_> {
    pub fn capitalised(&self) -> bool {
        self.text.starts_with(char::is_uppercase)
    }

    pub fn all_caps(&self) -> bool {
        let mut letters = self.text.chars().filter(|c| c.is_alphabetic()).peekable();
        letters.peek().is_some() && letters.all(char::is_uppercase)
    }

    /// "NATO", "BBC": all capitals, more than one letter.
    pub fn is_acronym(&self) -> bool {
        self.all_caps() && self.key.chars().count() > 1
    }

    pub fn is_digit(&self) -> bool {
        self.text.starts_with(|c: char| c.is_ascii_digit())
    }
}

pub(crate) fn words(sentence: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    for (start, w) in sentence.unicode_word_indices() {
        let mut end = start + w.len();
        if sentence[end..].starts_with('.') && keeps_period(w) {
            end += 1;
        }
        let text = &sentence[start..end];
        let folded = fold(text);
        let (key, possessive) = match folded
            .strip_suffix("'s")
            .or_else(|| folded.strip_suffix('\''))
        {
            Some(stem) if !stem.is_empty() => (stem.to_string(), true),
            _ => (folded, false),
        };
        out.push(Word {
            start,
            end,
            text,
            key,
            possessive,
        });
    }
    out
}

/// The words from `words[i]` that a lexicon phrase can span (at most four).
pub(crate) fn phrase_at<'a, 'w>(words: &'a [Word<'w>], i: usize) -> &'a [Word<'w>] {
    &words[i..words.len().min(i + 4)]
}

/// "U.S" + "." and "Mr" + ".": the period belongs to the word.
fn keeps_period(w: &str) -> bool {
    if w.contains('.') && !w.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let with = format!("{}.", fold(w));
    ABBREVIATIONS.contains_key(&with)
        || CALENDAR.contains_key(&with)
        || TITLES.longest(&[with]).is_some()
}

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The alias of a run of words, if one starts at `words[0]`: (words used, canonical).
pub(crate) fn alias<'w>(words: &[Word<'w>]) -> Option<(usize, &'static str)> {
    let (n, a) = ALIASES.longest(&words[..words.len().min(6)])?;
    if let Some(exact) = &a.exact {
        let same = exact.iter().zip(words).all(|(e, w)| {
            let t = w.text.trim_end_matches(['\'', '\u{2019}', 's']);
            e == w.text || e == t
        });
        if !same {
            return None;
        }
    }
    Some((n, a.canonical.as_str()))
}

/// Folded and alias-resolved, not stemmed: the form detail values use.
pub(crate) fn canonical_of(words: &[Word<'_>]) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match alias(&words[i..]) {
            Some((n, c)) => {
                parts.push(c);
                i += n;
            }
            None => {
                parts.push(&words[i].key);
                i += 1;
            }
        }
    }
    parts.join(" ")
}

/// A phrase folded, possessives dropped, aliases resolved ("Türkiye's" → "turkey",
/// "U.S." → "united states"), not stemmed.
pub fn canonical(phrase: &str) -> String {
    canonical_of(&words(phrase))
}

/// One word (or a multi-word alias) as tokens compare it: folded, possessive dropped,
/// alias-resolved, stemmed ("Zelenskiy's" → "zelensky", "talks" → "talk").
pub fn normalize_word(word: &str) -> String {
    let ws = words(word);
    match alias(&ws) {
        Some((n, c)) if n == ws.len() => stem(c),
        _ => ws
            .iter()
            .map(|w| stem(&w.key))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Bound on each thread's stem cache (hostile input can hold any number of words).
const MAX_CACHED_STEMS: usize = 1 << 16;

thread_local! {
    /// Stems already computed on this thread: news copy repeats its words, and the
    /// Snowball stemmer costs far more than a lookup.
    static STEMS: RefCell<FxHashMap<String, String>> = RefCell::new(FxHashMap::default());
}

/// Each word of `key` stemmed.
pub(crate) fn stem(key: &str) -> String {
    STEMS.with(|cache| {
        if let Some(hit) = cache.borrow().get(key) {
            return hit.clone();
        }
        let stemmed = if key.contains(' ') {
            key.split(' ')
                .map(|w| STEMMER.stem(w))
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            STEMMER.stem(key).into_owned()
        };
        let mut cache = cache.borrow_mut();
        if cache.len() >= MAX_CACHED_STEMS {
            cache.clear();
        }
        cache.insert(key.to_string(), stemmed.clone());
        stemmed
    })
}

pub(crate) fn is_stopword(key: &str) -> bool {
    STOPWORDS.contains(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_compare_equal() {
        let same = [
            ("Zelenskiy", "Zelensky"),
            ("Zelenskiy's", "Zelensky"),
            ("Türkiye", "Turkey"),
            ("U.S.", "US"),
            ("United States", "U.S."),
            ("Kiev", "Kyiv"),
            ("Britain", "UK"),
            ("Russia\u{2019}s", "Russia's"),
            ("talks", "talk"),
        ];
        for (a, b) in same {
            assert_eq!(normalize_word(a), normalize_word(b), "{a} / {b}");
        }
        assert_ne!(normalize_word("us"), normalize_word("US"));
    }

    #[test]
    fn words_keep_numbers_and_abbreviations_whole() {
        let ws: Vec<&str> = words("Mr. Putin paid 12,000 or 4.5% to the U.S. yesterday.")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(
            ws,
            [
                "Mr.",
                "Putin",
                "paid",
                "12,000",
                "or",
                "4.5",
                "to",
                "the",
                "U.S.",
                "yesterday"
            ]
        );
    }

    #[test]
    fn canonical_phrases() {
        assert_eq!(canonical("Türkiye's"), "turkey");
        assert_eq!(canonical("the United States"), "the united states");
    }
}
