//! Typed details of one sentence, and how overlapping candidates are settled.
//!
//! Each rule module proposes spans (`quotes`, `dates`, `numbers`, `names`, negation
//! here); the result is sorted and non-overlapping. A quotation wins over everything
//! inside it: the quote is emitted and the places, dates or numbers within it are not
//! (its wording is compared as a whole, as a `quote` divergence). Elsewhere the longer
//! span wins ("Michael Jordan" the person over "Jordan" the place), and on equal length
//! the more specific kind (date, person, title, place, number, negation).

use rayon::prelude::*;

use crate::model::{Detail, DetailKind};

use super::lexicon::NEGATION;
use super::names::{people, places, Names};
use super::tokens::{words, Word};
use super::{dates, numbers, quotes};

/// Sentences per rayon task inside one article (smaller tasks cost more than they share).
pub(crate) const MIN_SENTENCES_PER_TASK: usize = 8;

/// Details of `sentence`, knowing the people its article has already named.
pub fn details_with(sentence: &str, known: &Names) -> Vec<Detail> {
    Scanned::new(sentence).details(known)
}

/// One sentence's words and the candidates that do not depend on the names an
/// article has taught (dates, numbers, places, negation), so that an article's
/// second pass only redoes quotes and people.
struct Scanned<'s> {
    sentence: &'s str,
    words: Vec<Word<'s>>,
    /// Dates, numbers and places, in that order.
    middle: Vec<Detail>,
    negations: Vec<Detail>,
}

impl<'s> Scanned<'s> {
    fn new(sentence: &'s str) -> Self {
        let ws = words(sentence);
        let mut middle = Vec::new();
        dates::dates(sentence, &ws, &mut middle);
        numbers::numbers(sentence, &ws, &mut middle);
        places(sentence, &ws, &mut middle);
        let mut negs = Vec::new();
        negations(&ws, &mut negs);
        Scanned {
            sentence,
            words: ws,
            middle,
            negations: negs,
        }
    }

    /// The candidates in rule order (quotes, dates, numbers, places, people,
    /// negation), settled.
    fn details(&self, known: &Names) -> Vec<Detail> {
        let (sentence, ws) = (self.sentence, &self.words);
        let mut cands = Vec::with_capacity(self.middle.len() + self.negations.len() + 4);
        quotes::quotes(sentence, ws, known, &mut cands);
        cands.extend(self.middle.iter().cloned());
        people(sentence, ws, known, &mut cands);
        cands.extend(self.negations.iter().cloned());
        resolve(cands)
    }
}

/// Details of every sentence of one article: people named in full anywhere in it are
/// recognised by surname (or given name) alone in the other sentences too.
pub fn article_details(sentences: &[&str]) -> Vec<Vec<Detail>> {
    article_details_words(sentences).0
}

/// [`article_details`] and the words of each sentence.
pub(crate) fn article_details_words<'s>(
    sentences: &[&'s str],
) -> (Vec<Vec<Detail>>, Vec<Vec<Word<'s>>>) {
    // Scanning is per sentence: spread one long article over every core too.
    let scanned: Vec<Scanned<'s>> = sentences
        .par_iter()
        .with_min_len(MIN_SENTENCES_PER_TASK)
        .map(|s| Scanned::new(s))
        .collect();
    let nobody = Names::default();
    let mut known = Names::default();
    let first: Vec<Vec<Detail>> = scanned
        .iter()
        .map(|s| {
            let details = s.details(&nobody);
            known.learn(s.sentence, &details);
            details
        })
        .collect();
    let details = if known.is_empty() {
        // Nobody to recognise: the second pass would find the same details.
        first
    } else {
        // Only a sentence that mentions someone known can read differently.
        scanned
            .par_iter()
            .zip(first)
            .with_min_len(MIN_SENTENCES_PER_TASK)
            .map(|(s, first)| {
                if known.mentioned_in(&s.words) {
                    s.details(&known)
                } else {
                    first
                }
            })
            .collect()
    };
    (details, scanned.into_iter().map(|s| s.words).collect())
}

/// Every grammatical negation cue of a sentence, inside quotations too (the
/// details drop what lies inside a quote, which is compared as a whole).
pub(crate) fn negation_cues(sentence: &str) -> Vec<Detail> {
    let mut out = Vec::new();
    negations(&words(sentence), &mut out);
    out
}

fn negations(ws: &[Word<'_>], out: &mut Vec<Detail>) {
    let mut i = 0;
    while i < ws.len() {
        let keys = super::tokens::phrase_at(ws, i);
        match NEGATION.longest(keys) {
            Some((n, None)) => i += n,
            Some((n, Some(value))) => {
                out.push(negation(&ws[i], &ws[i + n - 1], value.clone()));
                i += n;
            }
            None => {
                if ws[i].key.ends_with("n't") {
                    out.push(negation(&ws[i], &ws[i], "not".into()));
                }
                i += 1;
            }
        }
    }
}

fn negation(first: &Word<'_>, last: &Word<'_>, value: String) -> Detail {
    Detail {
        kind: DetailKind::Negation,
        start: first.start,
        end: last.end,
        value,
        about: None,
    }
}

fn rank(kind: DetailKind) -> u8 {
    match kind {
        DetailKind::Quote => 0,
        DetailKind::Date => 1,
        DetailKind::Person => 2,
        DetailKind::Title => 3,
        DetailKind::Place => 4,
        DetailKind::Number => 5,
        DetailKind::Negation => 6,
    }
}

fn resolve(mut cands: Vec<Detail>) -> Vec<Detail> {
    cands.retain(|d| d.start < d.end);
    cands.sort_by_key(|d| {
        (
            d.kind != DetailKind::Quote,
            std::cmp::Reverse(d.end - d.start),
            rank(d.kind),
            d.start,
        )
    });
    let mut kept: Vec<Detail> = Vec::with_capacity(cands.len());
    for d in cands {
        if kept.iter().all(|k| d.end <= k.start || d.start >= k.end) {
            kept.push(d);
        }
    }
    kept.sort_by_key(|d| d.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::details;

    fn kinds(s: &str) -> Vec<(DetailKind, &str, String)> {
        details(s)
            .into_iter()
            .map(|d| (d.kind, &s[d.start..d.end], d.value))
            .collect()
    }

    #[test]
    fn negation_cues() {
        assert_eq!(
            kinds("he did not agree"),
            [(DetailKind::Negation, "not", "not".into())]
        );
        assert_eq!(
            kinds("he didn\u{2019}t agree"),
            [(DetailKind::Negation, "didn\u{2019}t", "not".into())]
        );
        assert_eq!(
            kinds("Russia has yet to confirm"),
            [
                (DetailKind::Place, "Russia", "russia".into()),
                (DetailKind::Negation, "yet to", "not".into())
            ]
        );
        assert!(kinds("not just a proposal").is_empty());
    }

    #[test]
    fn quote_hides_inner_details() {
        let s = "\u{201C}I will wait for Putin in T\u{FC}rkiye on Thursday,\u{201D} Zelensky said on Sunday.";
        let got = kinds(s);
        assert_eq!(got[0].0, DetailKind::Quote);
        assert!(got.iter().skip(1).all(|d| d.0 != DetailKind::Place));
        assert!(got
            .iter()
            .any(|d| d.0 == DetailKind::Person && d.2 == "zelensky"));
        assert!(got
            .iter()
            .any(|d| d.0 == DetailKind::Date && d.2 == "sunday"));
    }

    #[test]
    fn article_context_names_surnames() {
        let s = ["Donald Trump spoke.", "Later Trump left for Doha."];
        let d = article_details(&s);
        assert!(d[1]
            .iter()
            .any(|d| d.kind == DetailKind::Person && d.value == "trump"));
    }
}
