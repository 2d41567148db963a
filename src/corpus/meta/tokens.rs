//! The tokens of a date line and the roles of its words.
//!
//! A line is cut into words, runs of digits and single punctuation marks, each
//! with its byte span: "05/02/2013" is one stamp because its pieces touch,
//! "5, 2013" two numbers. Words that may stand in a date line (labels such as
//! "Published", fillers such as "at", zones, weekday abbreviations) are data,
//! in `assets/meta/date_words.tsv`.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::text::{calendar, Calendar};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

/// A word, a run of digits or one punctuation mark, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Tok<'_> {
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }

    pub(super) fn number(&self) -> Option<u32> {
        (self.kind == Kind::Num && self.text.len() <= 4)
            .then(|| self.text.parse().ok())
            .flatten()
    }
}

/// The role of a word in `assets/meta/date_words.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Published,
    Updated,
    Filler,
    Weekday,
    Zone,
    Ordinal,
    Byline,
}

static WORDS: LazyLock<FxHashMap<String, Role>> = LazyLock::new(|| {
    include_str!("../../../assets/meta/date_words.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t').map(str::trim);
            let word = cols.next()?.to_lowercase();
            let role = match cols.next()? {
                "published" => Role::Published,
                "updated" => Role::Updated,
                "filler" => Role::Filler,
                "weekday" => Role::Weekday,
                "zone" => Role::Zone,
                "ordinal" => Role::Ordinal,
                "byline" => Role::Byline,
                _ => return None,
            };
            Some((word, role))
        })
        .collect()
});

/// The role of a word (any case) in a date line, if it has one; full weekday
/// names come from the lexicon's calendar.
pub fn role(word: &str) -> Option<Role> {
    let lower = word.to_lowercase();
    WORDS
        .get(&lower)
        .copied()
        .or_else(|| matches!(calendar(&lower), Some(Calendar::Weekday)).then_some(Role::Weekday))
}

/// Cuts a line into tokens.
pub fn tokens(line: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = if c.is_alphabetic() {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_whitespace() {
            continue;
        } else {
            let end = start + c.len_utf8();
            out.push(Tok {
                text: &line[start..end],
                kind: Kind::Punct,
                start,
                end,
            });
            continue;
        };
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            let same = match kind {
                Kind::Word => n.is_alphabetic(),
                _ => n.is_ascii_digit(),
            };
            if !same {
                break;
            }
            end = i + n.len_utf8();
            chars.next();
        }
        out.push(Tok {
            text: &line[start..end],
            kind,
            start,
            end,
        });
    }
    out
}
