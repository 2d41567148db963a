//! Candidate pairs from an inverted index, so alignment never scores all pairs.
//!
//! Two sentences become a candidate when they share a term that is not too
//! common. In a small story every shared term counts. In a large one each
//! sentence looks only at its `PREFIX` rarest terms, skips terms found in more
//! than `MAX_POSTINGS` sentences, and keeps its `TOP_K` partners with the most
//! rare-term weight in common: the cost is bounded by
//! sentences × `PREFIX` × `MAX_POSTINGS` however large the corpus grows, while
//! sentences that say the same thing, which share their rare words, still meet.

use rayon::prelude::*;

use super::features::{Term, Vector, Vocabulary};
use super::hubs::TopThree;

/// Up to this many sentences, a story uses all its terms and keeps all pairs.
const SMALL_STORY: usize = 800;
/// How many of a sentence's rarest terms open candidate pairs in a large story.
const PREFIX: usize = 10;
/// In a large story, a term in more sentences than this does not discriminate.
const MAX_POSTINGS: usize = 200;
/// In a large story, the partners each sentence keeps.
const TOP_K: usize = 12;

/// Whether a story of this many sentences compares every pair that shares a term.
pub fn is_small(sentences: usize) -> bool {
    sentences <= SMALL_STORY
}

/// In a small story, the cosine of every pair `(i, j)`, `i < j`, from different
/// articles that shares a term: accumulated through an inverted index of the
/// vectors, term by term in id order, so each sum is the one `Vector::dot` makes.
/// Every positive cosine goes into the returned [`TopThree`]; only those of at
/// least `keep` are returned as pairs.
pub fn small_story_cosines(
    vectors: &[&Vector],
    article_of: &[usize],
    keep: f32,
) -> (Vec<(usize, usize, f32)>, TopThree) {
    let mut postings: Vec<Vec<(usize, f32)>> = Vec::new();
    for (item, v) in vectors.iter().enumerate() {
        for &(t, w) in &v.terms {
            let t = t as usize;
            if postings.len() <= t {
                postings.resize_with(t + 1, Vec::new);
            }
            postings[t].push((item, w));
        }
    }
    let n = vectors.len();
    // Rows on every core; each job's pairs stay in row order and the jobs are
    // joined in order, so the result is the serial one.
    let (pairs, top, ..) = (0..n)
        .into_par_iter()
        .fold(
            || (Vec::new(), TopThree::new(n), vec![0.0f32; n], Vec::new()),
            |(mut pairs, mut top, mut sum, mut touched), i| {
                for &(t, wi) in &vectors[i].terms {
                    let list = &postings[t as usize];
                    let later = list.partition_point(|&(j, _)| j <= i);
                    for &(j, wj) in &list[later..] {
                        if article_of[j] != article_of[i] {
                            if sum[j] == 0.0 {
                                touched.push(j);
                            }
                            sum[j] += wi * wj;
                        }
                    }
                }
                touched.sort_unstable();
                for j in touched.drain(..) {
                    let s = std::mem::take(&mut sum[j]);
                    if s > 0.0 {
                        top.add_pair(i, j, s);
                        if s >= keep {
                            pairs.push((i, j, s));
                        }
                    }
                }
                (pairs, top, sum, touched)
            },
        )
        .reduce(
            || (Vec::new(), TopThree::new(n), Vec::new(), Vec::new()),
            |(mut pairs, top, sum, touched), (more, more_top, ..)| {
                pairs.extend(more);
                (pairs, top.merge(&more_top), sum, touched)
            },
        );
    (pairs, top)
}

/// Pairs `(i, j)` with `i < j` from different articles that share a rare term.
pub fn pairs(terms: &[&[Term]], article_of: &[usize], vocab: &Vocabulary) -> Vec<(usize, usize)> {
    let small = is_small(terms.len());
    let (prefix, max_postings) = if small {
        (usize::MAX, usize::MAX)
    } else {
        (PREFIX, MAX_POSTINGS)
    };
    let opening: Vec<Vec<Term>> = terms
        .iter()
        .map(|ts| {
            let mut ranked: Vec<Term> = ts
                .iter()
                .copied()
                .filter(|&t| vocab.df(t) > 1 && vocab.df(t) as usize <= max_postings)
                .collect();
            ranked.sort_by_key(|&t| (vocab.df(t), t));
            ranked.truncate(prefix);
            ranked
        })
        .collect();
    let mut postings: Vec<Vec<usize>> = Vec::new();
    for (item, ts) in opening.iter().enumerate() {
        for &t in ts {
            let t = t as usize;
            if postings.len() <= t {
                postings.resize_with(t + 1, Vec::new);
            }
            postings[t].push(item);
        }
    }
    let n = terms.len();
    // Rows on every core, each with its own scratch; the pairs are sorted at
    // the end, so the result is the serial one.
    let mut out: Vec<(usize, usize)> = (0..n)
        .into_par_iter()
        .fold(
            || (Vec::new(), vec![0.0f32; n], Vec::new()),
            |(mut out, mut weight, mut touched): (Vec<(usize, usize)>, Vec<f32>, Vec<usize>), i| {
                for &t in &opening[i] {
                    let w = 1.0 / vocab.df(t) as f32;
                    for &j in &postings[t as usize] {
                        if article_of[j] != article_of[i] && (!small || j > i) {
                            if weight[j] == 0.0 {
                                touched.push(j);
                            }
                            weight[j] += w;
                        }
                    }
                }
                if !small && touched.len() > TOP_K {
                    touched.select_nth_unstable_by(TOP_K, |&a, &b| {
                        weight[b].total_cmp(&weight[a]).then(a.cmp(&b))
                    });
                    for &j in &touched[TOP_K..] {
                        weight[j] = 0.0;
                    }
                    touched.truncate(TOP_K);
                }
                for j in touched.drain(..) {
                    weight[j] = 0.0;
                    out.push((i.min(j), i.max(j)));
                }
                (out, weight, touched)
            },
        )
        .map(|(out, ..)| out)
        .reduce(Vec::new, |mut a, b| {
            a.extend(b);
            a
        });
    out.sort_unstable();
    out.dedup();
    out
}
