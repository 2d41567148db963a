//! Inside each aligned group, the details that members state differently.
//!
//! Members are compared two by two. Typed details of one kind that carry the
//! same value agree; those left over on both sides are paired by their context
//! (the words around them, the preposition before them) and each pair whose
//! values are incompatible conflicts ([`slots`]). Quotes are diffed word by word
//! with `similar` ([`quotes`]) and negation cues are checked against the other
//! side ([`negation`]). Agreements and conflicts are then joined across the whole
//! group, so "Istanbul" in three sources and "Ankara" in a fourth become one
//! divergence with a note saying who says what ([`note`]).
//!
//! Paraphrase is never a divergence: only typed details, quoted words and
//! negation are compared, and values are compared after normalisation
//! (aliases, diacritics, number formats).

mod compat;
mod negation;
mod note;
mod quotes;
mod slots;

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::model::{
    Article, Detail, DetailKind, Divergence, DivergenceKind, DivergentValue, Group, SentenceRef,
};
use crate::text::{self, ArticleTokens, Token};

/// A group member prepared for comparison.
pub(crate) struct Member<'a> {
    pub at: SentenceRef,
    pub text: &'a str,
    pub details: &'a [Detail],
    pub tokens: &'a [Token],
}

/// A span of one member: the unit that agrees or conflicts.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Spot {
    pub member: usize,
    pub start: usize,
    pub end: usize,
    pub value: String,
}

/// What a pairwise comparison found.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub agree: Vec<(DivergenceKind, Spot, Spot)>,
    pub conflict: Vec<(DivergenceKind, Spot, Spot)>,
}

/// In a large group each member is compared with this many pivots (members
/// of distinct articles) rather than with every other member: agreement and
/// conflict still connect through the pivots, at a cost linear in the group.
const PIVOTS: usize = 6;

/// Typed divergences for every group.
pub fn contrast(articles: &[Article], groups: &[Group]) -> Vec<Divergence> {
    contrast_tokens(articles, &text::token_table(articles), groups)
}

/// [`contrast`] with every sentence's tokens at hand ([`text::token_table`]).
pub fn contrast_tokens(
    articles: &[Article],
    tokens: &[ArticleTokens],
    groups: &[Group],
) -> Vec<Divergence> {
    groups
        .par_iter()
        .enumerate()
        .flat_map_iter(|(g, group)| contrast_group(articles, tokens, g, group))
        .collect()
}

/// The member pairs to compare: all pairs in a small group, member × pivot in a large one.
fn comparisons(members: &[Member]) -> Vec<(usize, usize)> {
    let mut pivots: Vec<usize> = Vec::new();
    for (i, m) in members.iter().enumerate() {
        if pivots.len() < PIVOTS
            && !pivots
                .iter()
                .any(|&p| members[p].at.article == m.at.article)
        {
            pivots.push(i);
        }
    }
    let all_pairs = members.len() <= PIVOTS + 2;
    let mut pairs = Vec::new();
    for i in 0..members.len() {
        for j in i + 1..members.len() {
            let wanted = all_pairs || pivots.contains(&i) || pivots.contains(&j);
            if wanted && members[i].at.article != members[j].at.article {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

fn contrast_group(
    articles: &[Article],
    tokens: &[ArticleTokens],
    g: usize,
    group: &Group,
) -> Vec<Divergence> {
    let members: Vec<Member> = group
        .members
        .iter()
        .map(|&at| {
            let s = &articles[at.article].sentences[at.sentence];
            Member {
                at,
                text: &s.text,
                details: &s.details,
                tokens: &tokens[at.article][at.sentence],
            }
        })
        .collect();
    let mut findings = Findings::default();
    for (i, j) in comparisons(&members) {
        let (a, b) = (&members[i], &members[j]);
        slots::compare(a, b, i, j, &mut findings);
        quotes::compare(a, b, i, j, &mut findings);
        negation::compare(a, b, i, j, &mut findings);
    }
    join(articles, &members, g, findings)
}

/// Joins pairwise findings into group-level divergences: one per connected set
/// of spots that contains a conflict.
fn join(articles: &[Article], members: &[Member], g: usize, findings: Findings) -> Vec<Divergence> {
    let mut ids: BTreeMap<(DivergenceKind, Spot), usize> = BTreeMap::new();
    let mut parent: Vec<usize> = Vec::new();
    let mut id_of = |kind: DivergenceKind, spot: &Spot, parent: &mut Vec<usize>| {
        *ids.entry((kind, spot.clone())).or_insert_with(|| {
            parent.push(parent.len());
            parent.len() - 1
        })
    };
    let mut edges = Vec::new();
    for (conflict, list) in [(false, &findings.agree), (true, &findings.conflict)] {
        for (kind, a, b) in list {
            let (x, y) = (id_of(*kind, a, &mut parent), id_of(*kind, b, &mut parent));
            edges.push((x, y, conflict));
        }
    }
    for &(x, y, _) in &edges {
        let (rx, ry) = (find(&mut parent, x), find(&mut parent, y));
        parent[rx] = ry;
    }
    let mut has_conflict = vec![false; parent.len()];
    for &(x, _, conflict) in &edges {
        if conflict {
            let r = find(&mut parent, x);
            has_conflict[r] = true;
        }
    }
    let mut components: BTreeMap<usize, (DivergenceKind, Vec<Spot>)> = BTreeMap::new();
    for ((kind, spot), id) in &ids {
        let root = find(&mut parent, *id);
        if has_conflict[root] {
            components
                .entry(root)
                .or_insert_with(|| (*kind, Vec::new()))
                .1
                .push(spot.clone());
        }
    }
    let mut out: Vec<Divergence> = components
        .into_values()
        .filter_map(|(kind, spots)| {
            let values: Vec<DivergentValue> = spots
                .iter()
                .map(|s| {
                    let m = &members[s.member];
                    DivergentValue {
                        article: m.at.article,
                        sentence: m.at.sentence,
                        text: m.text[s.start..s.end].to_string(),
                        start: s.start,
                        end: s.end,
                        value: s.value.clone(),
                    }
                })
                .collect();
            let distinct: std::collections::BTreeSet<&str> =
                values.iter().map(|v| v.value.as_str()).collect();
            (distinct.len() > 1).then(|| Divergence {
                kind,
                group: g,
                note: note::agreement(articles, &values),
                values,
            })
        })
        .collect();
    out.sort_by_key(|d| {
        (
            d.values
                .iter()
                .map(|v| (v.article, v.sentence, v.start))
                .min(),
            d.kind,
        )
    });
    out
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// The divergence kind a detail kind is reported as.
pub(crate) fn kind_of(detail: DetailKind) -> DivergenceKind {
    match detail {
        DetailKind::Place => DivergenceKind::Place,
        DetailKind::Date => DivergenceKind::Date,
        DetailKind::Number => DivergenceKind::Number,
        DetailKind::Person => DivergenceKind::Person,
        DetailKind::Title => DivergenceKind::Title,
        DetailKind::Negation => DivergenceKind::Negation,
        DetailKind::Quote => DivergenceKind::Quote,
    }
}
