//! What each source leaves out: for one article, the aligned groups of its
//! story that other sources share and it has no sentence in (facts the others
//! report and it does not), and its own sentences that state a typed detail
//! (a place, date, number, person…) no group holds (what only it reports).
//! Read by the reader's coverage overlay and by the reports.

use crate::model::{Collation, SentenceRef};

/// A group the article has no sentence in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeftOut {
    /// Index into [`Collation::groups`].
    pub group: usize,
    /// How many other sources state it.
    pub sources: usize,
    /// The first of its sentences in article order.
    pub example: SentenceRef,
}

/// One article's coverage against the rest of its story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// What other sources report and the article does not, most sources
    /// first, one entry per example sentence.
    pub left_out: Vec<LeftOut>,
    /// Sentences of the article, with a detail, that no group holds.
    pub only_here: Vec<usize>,
}

/// The articles `article` is compared with: its story's, else all.
fn peers(c: &Collation, article: usize) -> Vec<usize> {
    match c.story_of(article) {
        Some(s) => c.stories[s].articles.clone(),
        None => (0..c.articles.len()).collect(),
    }
}

/// The coverage of `article`.
pub fn coverage(c: &Collation, article: usize) -> Coverage {
    let Some(a) = c.articles.get(article) else {
        return Coverage::default();
    };
    let mut is_peer = vec![false; c.articles.len()];
    for p in peers(c, article) {
        if let Some(slot) = is_peer.get_mut(p) {
            *slot = true;
        }
    }
    let mut grouped = vec![false; a.sentences.len()];
    let mut left_out = Vec::new();
    for (g, group) in c.groups.iter().enumerate() {
        let mut here = false;
        for m in group.members.iter().filter(|m| m.article == article) {
            here = true;
            if let Some(slot) = grouped.get_mut(m.sentence) {
                *slot = true;
            }
        }
        let mut others: Vec<SentenceRef> = group
            .members
            .iter()
            .filter(|m| m.article != article && is_peer.get(m.article).copied().unwrap_or(false))
            .copied()
            .collect();
        if here || others.is_empty() {
            continue;
        }
        others.sort();
        let mut sources: Vec<usize> = others.iter().map(|m| m.article).collect();
        sources.dedup();
        left_out.push(LeftOut {
            group: g,
            sources: sources.len(),
            example: others[0],
        });
    }
    left_out.sort_by_key(|l| (std::cmp::Reverse(l.sources), l.example));
    // A sentence stating several facts is in several groups: it is listed
    // once, with the most sources any of them has.
    let mut seen = rustc_hash::FxHashSet::default();
    left_out.retain(|l| seen.insert(l.example));
    let only_here = a
        .sentences
        .iter()
        .enumerate()
        .filter(|(s, sentence)| !grouped[*s] && !sentence.details.is_empty())
        .map(|(s, _)| s)
        .collect();
    Coverage {
        left_out,
        only_here,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_leaves_out_what_the_others_share() {
        let c = crate::tui::fixture::collation();
        // 002 has no sentence in group 1 (the date, stated by 000 and 001).
        let cov = coverage(&c, 2);
        assert_eq!(cov.left_out.len(), 1);
        let l = cov.left_out[0];
        assert_eq!((l.group, l.sources), (1, 2));
        assert_eq!((l.example.article, l.example.sentence), (0, 1));
        // Its sentence 1 ("The weather in the city was mild.") states no
        // detail; nothing is its alone.
        assert!(cov.only_here.is_empty());
        // 000's last sentence has no detail and no group: not counted either.
        let cov = coverage(&c, 0);
        assert!(
            cov.left_out.is_empty() && cov.only_here.is_empty(),
            "{cov:?}"
        );
    }

    #[test]
    fn a_sentence_in_several_groups_is_listed_once() {
        let mut c = crate::tui::fixture::collation();
        let mut again = c.groups[1].clone();
        again.members.push(SentenceRef {
            article: 1,
            sentence: 1,
        });
        c.groups.push(again);
        assert_eq!(coverage(&c, 2).left_out.len(), 1);
    }

    #[test]
    fn a_detail_no_one_else_states_is_the_sources_alone() {
        let mut c = crate::tui::fixture::collation();
        // Without the place group, 002's "in Istanbul this Thursday" is its
        // own; the other sources' versions are theirs.
        c.groups.remove(0);
        c.divergences.clear();
        assert_eq!(coverage(&c, 2).only_here, [0]);
        assert_eq!(coverage(&c, 1).only_here, [0]);
    }
}
