//! Two sources lined up sentence by sentence for the side-by-side view: the
//! sentences the collation's groups pair across the two articles become shared
//! rows, in both articles' order (the longest chain of pairs that goes forward
//! on both sides), and every other sentence gets a row of its own with a gap
//! on the other side.

use crate::model::Collation;

/// One row: a sentence of the left article, of the right one, or of both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub left: Option<usize>,
    pub right: Option<usize>,
}

/// Pairs `(left sentence, right sentence)` some group holds together.
fn pairs(c: &Collation, left: usize, right: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for g in &c.groups {
        let on = |a: usize| g.members.iter().filter(move |m| m.article == a);
        for l in on(left) {
            out.extend(on(right).map(|r| (l.sentence, r.sentence)));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The longest chain of `pairs` (sorted) increasing on both sides.
fn chain(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let n = pairs.len();
    let mut best = vec![1usize; n];
    let mut prev = vec![usize::MAX; n];
    for i in 0..n {
        for j in 0..i {
            let forward = pairs[j].0 < pairs[i].0 && pairs[j].1 < pairs[i].1;
            if forward && best[j] + 1 > best[i] {
                best[i] = best[j] + 1;
                prev[i] = j;
            }
        }
    }
    let Some(mut at) = (0..n).max_by_key(|&i| (best[i], std::cmp::Reverse(i))) else {
        return Vec::new();
    };
    let mut out = vec![pairs[at]];
    while prev[at] != usize::MAX {
        at = prev[at];
        out.push(pairs[at]);
    }
    out.reverse();
    out
}

/// For every article that shares a group with `left`, how many rows the two
/// share in [`rows`] (the chain of their pairs), found in one pass over the
/// groups: choosing a partner among 10,000 sources costs one pass, not one
/// per source.
pub fn shared_rows(c: &Collation, left: usize) -> rustc_hash::FxHashMap<usize, usize> {
    let mut by_article: rustc_hash::FxHashMap<usize, Vec<(usize, usize)>> =
        rustc_hash::FxHashMap::default();
    for g in &c.groups {
        let lefts: Vec<usize> = g
            .members
            .iter()
            .filter(|m| m.article == left)
            .map(|m| m.sentence)
            .collect();
        if lefts.is_empty() {
            continue;
        }
        for m in g.members.iter().filter(|m| m.article != left) {
            let pairs = by_article.entry(m.article).or_default();
            pairs.extend(lefts.iter().map(|&l| (l, m.sentence)));
        }
    }
    by_article
        .into_iter()
        .map(|(article, mut pairs)| {
            pairs.sort_unstable();
            pairs.dedup();
            (article, chain(&pairs).len())
        })
        .collect()
}

/// The rows of `left` beside `right`.
pub fn rows(c: &Collation, left: usize, right: usize) -> Vec<Row> {
    let count = |a: usize| c.articles.get(a).map_or(0, |a| a.sentences.len());
    let (nl, nr) = (count(left), count(right));
    let mut out = Vec::with_capacity(nl.max(nr));
    let (mut l, mut r) = (0, 0);
    let solo = |out: &mut Vec<Row>, l: &mut usize, r: &mut usize, to_l: usize, to_r: usize| {
        out.extend((*l..to_l).map(|s| Row {
            left: Some(s),
            right: None,
        }));
        out.extend((*r..to_r).map(|s| Row {
            left: None,
            right: Some(s),
        }));
        (*l, *r) = (to_l, to_r);
    };
    for (pl, pr) in chain(&pairs(c, left, right)) {
        solo(&mut out, &mut l, &mut r, pl, pr);
        out.push(Row {
            left: Some(pl),
            right: Some(pr),
        });
        (l, r) = (pl + 1, pr + 1);
    }
    solo(&mut out, &mut l, &mut r, nl, nr);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Group, SentenceRef};

    fn row(left: Option<usize>, right: Option<usize>) -> Row {
        Row { left, right }
    }

    #[test]
    fn shared_rows_count_what_rows_pairs() {
        let c = crate::tui::fixture::collation();
        let shared = shared_rows(&c, 0);
        for right in 1..c.articles.len() {
            let both = rows(&c, 0, right)
                .iter()
                .filter(|r| r.left.is_some() && r.right.is_some())
                .count();
            assert_eq!(
                shared.get(&right).copied().unwrap_or(0),
                both,
                "article {right}"
            );
        }
        assert!(!shared.contains_key(&0));
    }

    #[test]
    fn grouped_sentences_share_a_row_and_the_rest_leave_gaps() {
        let c = crate::tui::fixture::collation();
        // 000 has 4 sentences, 002 has 3; groups pair 0-0 and 2-2 (000's
        // sentence 1 is grouped with 001 only).
        let rows = rows(&c, 0, 2);
        assert_eq!(
            rows,
            [
                row(Some(0), Some(0)),
                row(Some(1), None),
                row(None, Some(1)),
                row(Some(2), Some(2)),
                row(Some(3), None),
            ]
        );
    }

    #[test]
    fn crossing_pairs_keep_both_orders() {
        let mut c = crate::tui::fixture::collation();
        let at = |article, sentence| SentenceRef { article, sentence };
        // A pair that would go back on the right side is dropped.
        c.groups.push(Group {
            members: vec![at(0, 3), at(2, 0)],
            score: 0.5,
        });
        let rows = rows(&c, 0, 2);
        let paired: Vec<_> = rows
            .iter()
            .filter(|r| r.left.is_some() && r.right.is_some())
            .collect();
        assert_eq!(paired.len(), 2);
        let lefts: Vec<_> = rows.iter().filter_map(|r| r.left).collect();
        let rights: Vec<_> = rows.iter().filter_map(|r| r.right).collect();
        assert_eq!(lefts, [0, 1, 2, 3], "every left sentence once, in order");
        assert_eq!(rights, [0, 1, 2], "every right sentence once, in order");
    }
}
