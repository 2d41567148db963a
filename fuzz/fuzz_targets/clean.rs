//! Bytes from disk → decoded, control-free text → cleaned article.
//!
//! Invariants: no panic; the cleaned text and title hold no control characters
//! other than `\n`/`\t`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::corpus::{self, Format, Source};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = corpus::decode(data) else {
        return; // binary: skipped with a warning, never cleaned
    };
    let raw = corpus::strip_controls(&text); // as `corpus::load` does after decoding
    let sources: Vec<Source> = [Format::Text, Format::Html]
        .into_iter()
        .map(|format| Source {
            path: "fuzz".into(),
            raw: raw.clone(),
            format,
        })
        .collect();
    for keep in [true, false] {
        for cleaned in corpus::clean(&sources, keep) {
            let bad = |c: char| c.is_control() && c != '\n' && c != '\t';
            assert!(!cleaned.text.chars().any(bad), "control in text");
            assert!(!cleaned.title.chars().any(bad), "control in title");
        }
    }
});
