//! Sentences, tokens and typed details: everything the aligner and the contrast
//! stage need to know about one sentence.
//!
//! `split_sentences` returns byte spans into the cleaned article text (never
//! crossing a line break: a line without final punctuation is a sentence of its
//! own); `tokens` gives each word a normalised form (case, diacritics, aliases,
//! stem) and says which detail, if any, it belongs to; `details` finds the typed
//! spans (places, dates, numbers, people, titles, negation, quotes).

use std::ops::Range;

use crate::model::{Detail, DetailKind};

/// Sentence spans (byte ranges) in `text`, trimmed, never empty, never crossing `\n`.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        let mut start = line_start;
        let bytes = line.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let at_end = i + 1 == bytes.len() || bytes[i + 1] == b' ';
            if matches!(b, b'.' | b'!' | b'?') && at_end {
                push_trimmed(
                    text,
                    line_start + (start - line_start),
                    line_start + i + 1,
                    &mut spans,
                );
                start = line_start + i + 1;
            }
        }
        push_trimmed(text, start, line_start + line.len(), &mut spans);
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
