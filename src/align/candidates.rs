//! Candidate pairs from an inverted index, so alignment never scores all pairs.
//!
//! Two sentences become a candidate when they share a term that is not too
//! common. In a small story every shared term counts; in a large one each
//! sentence uses only its `PREFIX` rarest terms, and a term's postings are capped. Cost is therefore
//! bounded by (sentences × PREFIX × cap) however large the corpus grows, while
//! sentences that say the same thing — which share their rare words — still meet.

use std::collections::HashSet;

use super::features::{Term, Vocabulary};

/// How many of a sentence's rarest terms open candidate pairs in a large story.
const PREFIX: usize = 16;
/// Up to this many sentences, a story uses all terms.
const SMALL_STORY: usize = 4000;
/// Postings longer than this are too common to discriminate.
const MAX_POSTINGS: usize = 300;

/// Pairs `(i, j)` with `i < j` from different articles that share a rare term.
pub fn pairs(terms: &[&[Term]], article_of: &[usize], vocab: &Vocabulary) -> Vec<(usize, usize)> {
    let prefix = if terms.len() <= SMALL_STORY {
        usize::MAX
    } else {
        PREFIX
    };
    let mut postings: Vec<Vec<usize>> = Vec::new();
    for (item, ts) in terms.iter().enumerate() {
        let mut ranked: Vec<Term> = ts.to_vec();
        ranked.sort_by_key(|&t| (vocab.df(t), t));
        for &t in ranked.iter().filter(|&&t| vocab.df(t) > 1).take(prefix) {
            let t = t as usize;
            if postings.len() <= t {
                postings.resize_with(t + 1, Vec::new);
            }
            postings[t].push(item);
        }
    }
    let mut seen = HashSet::new();
    for list in postings.iter().filter(|l| l.len() > 1) {
        let list = &list[..list.len().min(MAX_POSTINGS)];
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if article_of[i] != article_of[j] {
                    seen.insert((i.min(j), i.max(j)));
                }
            }
        }
    }
    let mut out: Vec<(usize, usize)> = seen.into_iter().collect();
    out.sort_unstable();
    out
}
